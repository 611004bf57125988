"""Resolve a Jitsi stable release from a signed flat apt repository.

Flow (like apt): ``SUITE/InRelease`` (or ``Release`` + ``Release.gpg``) verified with gpgv →
``Packages`` (``.xz``/``.gz``/plain) checked against the Release SHA256 list → the
``jitsi-meet 2.0.N-1`` stanza → exact component versions → each component's stanza
(Filename, Size, SHA256).
"""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import lzma
import os
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import requests
from debian import deb822

from ..errors import OverlayError
from . import fields
from .http import NotFound, TooLarge, get_bytes
from .signing import KEY_PATH, PINNED_FINGERPRINTS, check_pinned, dearmor, verify

DEFAULT_ARCHIVE = "https://download.jitsi.org"
DEFAULT_SUITE = "stable/"
META_PACKAGE = "jitsi-meet"
META_VERSION = re.compile(r"2\.0\.([0-9]{1,9})-1")  # fullmatch; ASCII digits only

# Debian package → net-im package name.  Unversioned alternatives (apache2) are ignored.
DEB_TO_PN: dict[str, str] = {
    "jitsi-videobridge2": "jitsi-videobridge",
    "jicofo": "jicofo",
    "jitsi-meet-web": "jitsi-meet-web",
    "jitsi-meet-web-config": "jitsi-meet-web-config",
    "jitsi-meet-prosody": "jitsi-meet-prosody",
    "jitsi-meet-turnserver": "jitsi-meet-turnserver",
}
_PACKAGES_ORDER = ("Packages.xz", "Packages.gz", "Packages")


class ResolveError(OverlayError):
    """The index does not describe the requested release."""


class IndexChecksumError(OverlayError):
    """A downloaded index does not match the signed Release file."""


class IndexFormatError(OverlayError):
    """A signed index cannot be read: not UTF-8, a bad compression, a malformed field."""


@dataclass(frozen=True)
class DebFile:
    package: str
    version: str
    url: str  # where this run downloads it (the archive or mirror)
    public_url: str  # what the ebuild's SRC_URI names (the upstream archive)
    name: str
    size: int
    sha256: str
    stanza: deb822.Packages

    @property
    def java_slots(self) -> tuple[int, ...]:
        """OpenJDK majors the package accepts (from its Depends/Pre-Depends alternatives)."""
        slots: set[int] = set()
        for field in ("pre-depends", "depends"):
            for alts in self.stanza.relations[field]:
                for rel in alts:
                    m = re.match(r"openjdk-([0-9]{1,3})-jre", rel["name"])
                    if m and int(m.group(1)) > 0:
                        slots.add(int(m.group(1)))
        return tuple(sorted(slots))


@dataclass(frozen=True)
class Resolved:
    release: int
    meta: DebFile
    components: dict[str, DebFile]  # net-im PN → deb
    signer: str


def suite_url(archive: str, suite: str) -> str:
    return archive.rstrip("/") + "/" + suite.strip("/") + "/"


def default_key_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jitsi-overlay" / "jitsi-keyring.gpg"


def _check_valid_until(release: deb822.Release, base: str) -> None:
    """Refuse an expired Release, as apt does (a replayed old index is still validly signed)."""
    raw = release.get("Valid-Until")
    if not raw:
        return
    try:
        until = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        raise IndexChecksumError(f"the Release of {base!r} has an unreadable Valid-Until "
                                 f"{raw!r}: use another --archive") from None
    if until.tzinfo is None:
        until = until.replace(tzinfo=datetime.UTC)
    if until < datetime.datetime.now(datetime.UTC):
        raise IndexChecksumError(f"the Release of {base!r} expired on {raw!r}: the mirror is "
                                 "stale or replayed; use an up-to-date --archive")


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IndexFormatError(f"{what} is not UTF-8 text (byte {exc.start}): "
                               f"{fields.INDEX_FIX}") from None


def parse_release(text: str, base: str) -> dict[str, tuple[int, str]]:
    """``{index name: (size, sha256)}`` of the Packages indices a signed Release lists."""
    try:
        release = deb822.Release(text)
    except ValueError as exc:
        raise IndexFormatError(f"the Release of {base!r} cannot be parsed ({exc}): "
                               f"{fields.INDEX_FIX}") from None
    _check_valid_until(release, base)
    entries = release.get("SHA256", [])
    if not isinstance(entries, list):
        entries = []
    listed: dict[str, tuple[int, str]] = {}
    for entry in entries:
        name = entry.get("name")
        if name not in _PACKAGES_ORDER:
            continue  # other files of the suite are never fetched
        what = f"the Release of {base!r}: {name}"
        got = (fields.size(entry.get("size"), what=f"{what} size",
                           limit=fields.MAX_PACKAGES_FILE),
               fields.sha256(entry.get("sha256"), what=f"{what} SHA256"))
        if listed.setdefault(name, got) != got:
            raise IndexFormatError(f"{what} is listed twice with different sums: "
                                   f"{fields.INDEX_FIX}")
    return listed


def decompress(data: bytes, name: str, url: str) -> bytes:
    """Unpack ``Packages.xz``/``.gz`` to at most MAX_PACKAGES_FILE bytes (no bomb)."""
    limit = fields.MAX_PACKAGES_FILE
    if name.endswith(".xz"):
        unpacker: lzma.LZMADecompressor | zlib._Decompress = lzma.LZMADecompressor()
    elif name.endswith(".gz"):
        unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    else:
        return data
    try:
        out = unpacker.decompress(data, limit + 1)
    except (lzma.LZMAError, zlib.error, EOFError) as exc:
        raise IndexFormatError(f"{url!r} cannot be unpacked ({exc}): {fields.INDEX_FIX}") from None
    if len(out) > limit:
        raise IndexFormatError(f"{url!r} unpacks to more than {limit} bytes: "
                               f"{fields.INDEX_FIX}")
    if not unpacker.eof:
        raise IndexFormatError(f"{url!r} is truncated: {fields.INDEX_FIX}")
    return out


def parse_packages(text: str) -> list[deb822.Packages]:
    """The stanzas of a Packages index (python-debian's parser, without apt_pkg)."""
    try:
        return list(deb822.Packages.iter_paragraphs(text, use_apt_pkg=False))
    except ValueError as exc:
        raise IndexFormatError(f"the Packages index cannot be parsed ({exc}): "
                               f"{fields.INDEX_FIX}") from None


def _describe(st: deb822.Packages) -> str:
    return f"{st.get('Package')!r} {st.get('Version')!r}"


def find_unique(stanzas: Sequence[deb822.Packages], package: str,
                version: str) -> deb822.Packages | None:
    """The stanza of ``package version``; two that differ are refused, never guessed."""
    found = [st for st in stanzas if st.get("Package") == package
             and st.get("Version") == version]
    for other in found[1:]:
        if dict(other) != dict(found[0]):
            differ = sorted(k for k in set(other) | set(found[0])
                            if other.get(k) != found[0].get(k))
            raise ResolveError(
                f"the index has {len(found)} different stanzas for {package} {version} "
                f"(they differ in {', '.join(differ)}): refusing to guess which one is meant; "
                "use another --archive"
            )
    return found[0] if found else None


def debfile_from(st: deb822.Packages, archive: str, public_archive: str) -> DebFile:
    """A validated :class:`DebFile`: every field that reaches a URL, name or ebuild checked."""
    for key in ("Package", "Version", "Filename", "Size", "SHA256"):
        if not st.get(key):
            raise ResolveError(f"stanza {_describe(st)} lacks {key}: the index is incomplete; "
                               "use another --archive")
    package = fields.package_name(st["Package"])
    ver = fields.version(st["Version"], what=f"Version of {package}")
    what = f"of {package} {ver}"
    rel = fields.pool_filename(st["Filename"], what=f"Filename {what}")
    return DebFile(
        package=package, version=ver, url=f"{archive}/{rel}",
        public_url=fields.url(f"{public_archive}/{rel}", fix=fields.INDEX_FIX),
        name=fields.distfile_name(rel.rsplit("/", 1)[-1], fix=fields.INDEX_FIX),
        size=fields.size(st["Size"], what=f"Size {what}"),
        sha256=fields.sha256(st["SHA256"], what=f"SHA256 {what}"), stanza=st,
    )


def exact_pins(meta: deb822.Packages) -> dict[str, str]:
    """``{deb: version}`` the meta package pins with ``(= V)``; two different pins refused."""
    pins: dict[str, str] = {}
    where = f"{META_PACKAGE} {meta.get('Version')!r}"
    for field in ("pre-depends", "depends", "recommends"):
        for alts in meta.relations[field]:
            for rel in alts:
                ver = rel.get("version")
                if rel["name"] not in DEB_TO_PN or not ver or ver[0] != "=":
                    continue
                pinned = fields.version(ver[1], what=f"{where} pin of {rel['name']}")
                if pins.setdefault(rel["name"], pinned) != pinned:
                    raise ResolveError(
                        f"{where} pins {rel['name']} at both {pins[rel['name']]} and {pinned}: "
                        "refusing to guess; use another --archive"
                    )
    return pins


def stable_releases_in(stanzas: Iterable[deb822.Packages]) -> list[int]:
    """Every N for which the stanzas offer ``jitsi-meet 2.0.N-1``, ascending."""
    found = set()
    for st in stanzas:
        if st.get("Package") == META_PACKAGE:
            m = META_VERSION.fullmatch(st.get("Version", ""))
            if m:
                found.add(int(m.group(1)))
    return sorted(found)


def resolve_in(stanzas: Sequence[deb822.Packages], release: int, *, base: str,
               archive: str, public_archive: str, signer: str = "") -> Resolved:
    """Resolve ``release`` from already verified stanzas (no I/O)."""
    version = f"2.0.{release}-1"
    meta = find_unique(stanzas, META_PACKAGE, version)
    if meta is None:
        known = stable_releases_in(stanzas)
        newest = f" (newest offered: {known[-1]})" if known else ""
        raise ResolveError(
            f"release {release} is unknown: {base} has no {META_PACKAGE} {version}"
            f"{newest}; run with --list to see the releases offered"
        )
    pins = exact_pins(meta)
    missing = sorted(set(DEB_TO_PN) - set(pins))
    if missing:
        raise ResolveError(
            f"{META_PACKAGE} {version} pins no exact version of {', '.join(missing)}: "
            "the meta package changed shape; update DEB_TO_PN in bump/apt.py"
        )
    comps: dict[str, DebFile] = {}
    for deb, ver in sorted(pins.items()):
        st = find_unique(stanzas, deb, ver)
        if st is None:
            raise ResolveError(
                f"{META_PACKAGE} {version} needs {deb} {ver}, which {base} does not "
                "offer: the mirror is incomplete; use another --archive"
            )
        comps[DEB_TO_PN[deb]] = debfile_from(st, archive, public_archive)
    return Resolved(release=release, meta=debfile_from(meta, archive, public_archive),
                    components=comps, signer=signer)


class AptIndex:
    """A verified view of one flat suite."""

    def __init__(self, archive: str = DEFAULT_ARCHIVE, suite: str = DEFAULT_SUITE, *,
                 keyring: Path | None = None, key_cache: Path | None = None,
                 pinned: Iterable[str] = PINNED_FINGERPRINTS,
                 session: requests.Session | None = None,
                 public_archive: str = DEFAULT_ARCHIVE) -> None:
        self.archive = archive.rstrip("/")
        # A mirror serves the same Filename paths; ebuilds point users at upstream.
        self.public_archive = public_archive.rstrip("/")
        self.suite = suite
        self.base = suite_url(archive, suite)
        self.keyring = keyring
        self.key_cache = key_cache or default_key_cache()
        self.pinned = frozenset(pinned)
        self.session = session or requests.Session()
        self._stanzas: list[deb822.Packages] | None = None
        self.signer = ""

    # -- trust -------------------------------------------------------------------------
    def _trusted_keyring(self) -> tuple[Path, frozenset[str] | None]:
        """The keyring to verify with, and the pins to enforce (none for --keyring)."""
        if self.keyring is not None:
            if not self.keyring.is_file():
                raise OverlayError(f"keyring {str(self.keyring)!r} does not exist: pass an "
                                   "existing file to --keyring")
            return self.keyring, None
        if not self.key_cache.is_file():
            key_url = f"{self.archive}/{KEY_PATH}"
            binary = dearmor(get_bytes(self.session, key_url, limit=fields.MAX_KEY_FILE))
            check_pinned(binary, self.pinned)
            self.key_cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.key_cache.with_suffix(".tmp")
            tmp.write_bytes(binary)
            tmp.replace(self.key_cache)
        return self.key_cache, self.pinned

    def release_text(self) -> str:
        keyring, pins = self._trusted_keyring()
        limit = fields.MAX_RELEASE_FILE  # as apt: a bigger Release is refused unread
        try:
            inrelease = get_bytes(self.session, self.base + "InRelease", limit=limit)
            verified = verify(keyring, inrelease=inrelease, pinned=pins,
                              what=f"{self.base}InRelease")
        except NotFound:
            release = get_bytes(self.session, self.base + "Release", limit=limit)
            try:
                detached = get_bytes(self.session, self.base + "Release.gpg",
                                     limit=fields.MAX_KEY_FILE)
            except NotFound:
                detached = None
            verified = verify(keyring, release=release, detached=detached, pinned=pins,
                              what=f"{self.base}Release")
        self.signer = verified.fingerprint
        return _utf8(verified.data, f"the signed Release of {self.base!r}")

    # -- index -------------------------------------------------------------------------
    def stanzas(self) -> list[deb822.Packages]:
        if self._stanzas is None:
            self._stanzas = parse_packages(self._packages_text())
        return self._stanzas

    def _packages_text(self) -> str:
        listed = parse_release(self.release_text(), self.base)
        for name in _PACKAGES_ORDER:
            if name not in listed:
                continue
            size, sha256 = listed[name]
            url = self.base + name
            try:
                data = get_bytes(self.session, url, limit=size)  # never more than declared
            except TooLarge:
                data = b""  # reported as a mismatch just below
            if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
                raise IndexChecksumError(
                    f"{url!r} does not match the SHA256/size in the signed Release: the mirror "
                    "is inconsistent or tampered with; retry later or use another --archive"
                )
            return _utf8(decompress(data, name, url), f"{url!r}")
        raise IndexChecksumError(
            f"the signed Release of {self.base!r} lists no Packages index with a SHA256: "
            "use an archive whose Release carries SHA256 sums"
        )

    def find(self, package: str, version: str) -> deb822.Packages | None:
        return find_unique(self.stanzas(), package, version)

    def stable_releases(self) -> list[int]:
        """Every N for which the index offers ``jitsi-meet 2.0.N-1``, ascending."""
        return stable_releases_in(self.stanzas())

    def resolve(self, release: int) -> Resolved:
        return resolve_in(self.stanzas(), release, base=self.base, archive=self.archive,
                          public_archive=self.public_archive, signer=self.signer)
