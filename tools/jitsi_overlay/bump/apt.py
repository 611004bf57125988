"""Resolve a Jitsi stable release from a signed flat apt repository.

Flow (like apt): ``SUITE/InRelease`` (or ``Release`` + ``Release.gpg``) verified with gpgv →
``Packages`` (``.xz``/``.gz``/plain) checked against the Release SHA256 list → the
``jitsi-meet 2.0.N-1`` stanza → exact component versions → each component's stanza
(Filename, Size, SHA256).
"""

from __future__ import annotations

import datetime
import email.utils
import gzip
import hashlib
import lzma
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import requests
from debian import deb822

from ..errors import OverlayError
from .http import NotFound, get_bytes
from .signing import KEY_PATH, PINNED_FINGERPRINTS, check_pinned, dearmor, verify

DEFAULT_ARCHIVE = "https://download.jitsi.org"
DEFAULT_SUITE = "stable/"
META_PACKAGE = "jitsi-meet"
META_VERSION = re.compile(r"^2\.0\.(\d+)-1$")

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
                    m = re.match(r"openjdk-(\d+)-jre", rel["name"])
                    if m:
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
    except (TypeError, ValueError):
        raise IndexChecksumError(f"the Release of {base!r} has an unreadable Valid-Until "
                                 f"{raw!r}: use another --archive") from None
    if until.tzinfo is None:
        until = until.replace(tzinfo=datetime.UTC)
    if until < datetime.datetime.now(datetime.UTC):
        raise IndexChecksumError(f"the Release of {base!r} expired on {raw!r}: the mirror is "
                                 "stale or replayed; use an up-to-date --archive")


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
            binary = dearmor(get_bytes(self.session, key_url))
            check_pinned(binary, self.pinned)
            self.key_cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.key_cache.with_suffix(".tmp")
            tmp.write_bytes(binary)
            tmp.replace(self.key_cache)
        return self.key_cache, self.pinned

    def release_text(self) -> str:
        keyring, pins = self._trusted_keyring()
        try:
            inrelease = get_bytes(self.session, self.base + "InRelease")
            verified = verify(keyring, inrelease=inrelease, pinned=pins,
                              what=f"{self.base}InRelease")
        except NotFound:
            release = get_bytes(self.session, self.base + "Release")
            try:
                detached = get_bytes(self.session, self.base + "Release.gpg")
            except NotFound:
                detached = None
            verified = verify(keyring, release=release, detached=detached, pinned=pins,
                              what=f"{self.base}Release")
        self.signer = verified.fingerprint
        return verified.data.decode("utf-8")

    # -- index -------------------------------------------------------------------------
    def stanzas(self) -> list[deb822.Packages]:
        if self._stanzas is None:
            self._stanzas = list(deb822.Packages.iter_paragraphs(self._packages_text(),
                                                                 use_apt_pkg=False))
        return self._stanzas

    def _packages_text(self) -> str:
        release = deb822.Release(self.release_text())
        _check_valid_until(release, self.base)
        listed = {e["name"]: e for e in release.get("SHA256", [])}
        for name in _PACKAGES_ORDER:
            if name not in listed:
                continue
            entry = listed[name]
            url = self.base + name
            data = get_bytes(self.session, url)
            if len(data) != int(entry["size"]) or hashlib.sha256(data).hexdigest() != entry[
                "sha256"
            ]:
                raise IndexChecksumError(
                    f"{url!r} does not match the SHA256/size in the signed Release: the mirror "
                    "is inconsistent or tampered with; retry later or use another --archive"
                )
            if name.endswith(".xz"):
                data = lzma.decompress(data)
            elif name.endswith(".gz"):
                data = gzip.decompress(data)
            return data.decode("utf-8")
        raise IndexChecksumError(
            f"the signed Release of {self.base!r} lists no Packages index with a SHA256: "
            "use an archive whose Release carries SHA256 sums"
        )

    def find(self, package: str, version: str) -> deb822.Packages | None:
        for st in self.stanzas():
            if st.get("Package") == package and st.get("Version") == version:
                return st
        return None

    def stable_releases(self) -> list[int]:
        """Every N for which the index offers ``jitsi-meet 2.0.N-1``, ascending."""
        found = set()
        for st in self.stanzas():
            if st.get("Package") == META_PACKAGE:
                m = META_VERSION.match(st.get("Version", ""))
                if m:
                    found.add(int(m.group(1)))
        return sorted(found)

    def _debfile(self, st: deb822.Packages) -> DebFile:
        filename = st.get("Filename", "")
        size, sha256 = st.get("Size"), st.get("SHA256")
        if not filename or size is None or not sha256:
            raise ResolveError(
                f"stanza {st.get('Package')} {st.get('Version')} lacks Filename/Size/SHA256: "
                "the index is incomplete; use another --archive"
            )
        rel = filename[2:] if filename.startswith("./") else filename
        return DebFile(
            package=st["Package"], version=st["Version"], url=f"{self.archive}/{rel}",
            public_url=f"{self.public_archive}/{rel}", name=rel.rsplit("/", 1)[-1],
            size=int(size), sha256=sha256.lower(), stanza=st,
        )

    def resolve(self, release: int) -> Resolved:
        version = f"2.0.{release}-1"
        meta = self.find(META_PACKAGE, version)
        if meta is None:
            known = self.stable_releases()
            newest = f" (newest offered: {known[-1]})" if known else ""
            raise ResolveError(
                f"release {release} is unknown: {self.base} has no {META_PACKAGE} {version}"
                f"{newest}; run with --list to see the releases offered"
            )
        pins: dict[str, str] = {}
        for field in ("pre-depends", "depends", "recommends"):
            for alts in meta.relations[field]:
                for rel in alts:
                    ver = rel.get("version")
                    if rel["name"] in DEB_TO_PN and ver and ver[0] == "=":
                        pins[rel["name"]] = ver[1]
        missing = sorted(set(DEB_TO_PN) - set(pins))
        if missing:
            raise ResolveError(
                f"{META_PACKAGE} {version} pins no exact version of {', '.join(missing)}: "
                "the meta package changed shape; update DEB_TO_PN in bump/apt.py"
            )
        comps: dict[str, DebFile] = {}
        for deb, ver in pins.items():
            st = self.find(deb, ver)
            if st is None:
                raise ResolveError(
                    f"{META_PACKAGE} {version} needs {deb} {ver}, which {self.base} does not "
                    "offer: the mirror is incomplete; use another --archive"
                )
            comps[DEB_TO_PN[deb]] = self._debfile(st)
        return Resolved(release=release, meta=self._debfile(meta), components=comps,
                        signer=self.signer)
