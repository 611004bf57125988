"""A validly signed but hostile index: every field that reaches a URL, a file name or an
ebuild is refused by name, never pasted into bash (issue 11, "bump and the upstream index").

The index is served by the real loopback archive (dpkg-scanpackages output, signed with gpg)
and edited *before* signing, so signatures and checksums are all good: only the field
grammar stands between the index and the ebuilds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bump_archive import archive as archive  # fixtures
from bump_archive import fast_retries as fast_retries
from bump_archive import pristine as pristine
from bump_archive import server as server
from debian import deb822
from jitsi_overlay.bump import apt
from jitsi_overlay.bump.apt import AptIndex, ResolveError
from jitsi_overlay.errors import OverlayError
from jitsi_overlay.loopback_archive import REAL_SHAPED_VERSIONS, ArchiveServer, FlatRepo

JICOFO = ("jicofo", REAL_SHAPED_VERSIONS["jicofo"])
META = ("jitsi-meet", "2.0.11146-1")


def _stanzas(packages: bytes) -> list[str]:
    return [s for s in packages.decode().split("\n\n") if s.strip()]


def _set_field(stanza: str, name: str, value: str) -> str:
    """``stanza`` with field ``name`` set to ``value`` (kept raw: may hold newlines)."""
    lines = stanza.split("\n")
    out = [ln for ln in lines if not ln.startswith(f"{name}:")]
    return "\n".join([*out, f"{name}: {value}"])


def edit(target: tuple[str, str], **fields: str) -> Callable[[bytes], bytes]:
    """Rewrite fields of one stanza of the Packages text before it is signed."""

    def apply(packages: bytes) -> bytes:
        out = []
        for st in _stanzas(packages):
            if f"\nPackage: {target[0]}\n" in f"\n{st}\n" and f"\nVersion: {target[1]}\n" in \
                    f"\n{st}\n":
                for name, value in fields.items():
                    st = _set_field(st, name, value)
            out.append(st)
        return ("\n\n".join(out) + "\n").encode()

    return apply


def duplicate(target: tuple[str, str], **fields: str) -> Callable[[bytes], bytes]:
    """Append a second stanza for ``target`` with ``fields`` changed."""

    def apply(packages: bytes) -> bytes:
        sts = _stanzas(packages)
        orig = next(st for st in sts if f"Package: {target[0]}\n" in st
                    and f"Version: {target[1]}" in st)
        copy = orig
        for name, value in fields.items():
            copy = _set_field(copy, name, value)
        return ("\n\n".join([*sts, copy]) + "\n").encode()

    return apply


def _resolve(archive: FlatRepo, server: ArchiveServer, tmp_path: Path,
             change: Callable[[bytes], bytes]):
    archive.publish(edit=change)
    keyring = archive.key.keyring(tmp_path / "keyring.gpg")
    return AptIndex(server.url, "stable/", keyring=keyring).resolve(11146)


DEB = f"stable/jicofo_{JICOFO[1]}_all.deb"

HOSTILE_FILENAMES = [
    (DEB + '"$(touch /tmp/jitsi-overlay-pwned)"', "command substitution after the name"),
    (DEB[:-4] + "`touch x`.deb", "backticks"),
    (DEB[:-4] + "$(id).deb", "command substitution inside"),
    (DEB[:-4] + ";id;.deb", "command separator"),
    (DEB[:-4] + "'.deb", "single quote"),
    ("../../etc/passwd", "parent directories, no .deb"),
    ("../../etc/passwd.deb", "parent directories"),
    ("stable/../../../etc/x.deb", "parent directories inside"),
    ("/etc/passwd", "absolute path"),
    ("/stable/jicofo.deb", "absolute .deb"),
    ("stable//jicofo.deb", "empty component"),
    ("stable/./jicofo.deb", "a '.' component"),
    ("stable/.hidden.deb", "hidden file"),
    ("stable/.deb", "only the suffix"),
    ("stable/jicofo.tar.gz", "not a .deb"),
    ("https://evil.example/jicofo.deb", "a URL"),
    ("stable/jicofo\u00e9.deb", "non-ASCII"),
    ("stable/jicofo.deb\n touch /tmp/x", "a continuation line"),
    ("stable/jico fo.deb", "a space"),
]


@pytest.mark.parametrize(("filename", "why"), HOSTILE_FILENAMES,
                         ids=[w for _f, w in HOSTILE_FILENAMES])
def test_hostile_filename_is_refused_by_name(archive, server, tmp_path, filename, why) -> None:
    with pytest.raises(OverlayError) as caught:
        _resolve(archive, server, tmp_path, edit(JICOFO, Filename=filename))
    message = str(caught.value)
    assert message.startswith(f"Filename of jicofo {JICOFO[1]} ")
    first_line = filename.split("\n")[0]
    assert repr(first_line)[1:-1].split("\\n")[0] in message
    assert "relative pool path ending in .deb" in message and "\n" not in message


def test_a_leading_dot_slash_is_normalised(archive, server, tmp_path) -> None:
    res = _resolve(archive, server, tmp_path, edit(JICOFO, Filename="./" + DEB))
    assert res.components["jicofo"].public_url == f"https://download.jitsi.org/{DEB}"
    assert res.components["jicofo"].name == DEB.rsplit("/", 1)[1]


@pytest.mark.parametrize(("size", "shown"), [
    ("-1", "'-1'"), ("lots", "'lots'"), ("0", "'0'"), ("1e9", "'1e9'"), ("+12", "'+12'"),
    ("12 34", "'12 34'"), ("99999999999", "'99999999999'"), ("9" * 5000, "'999"),
    ("\u0661\u0662", "'\u0661\u0662'"),  # Arabic-Indic digits: int() takes them, we do not
])
def test_bad_sizes_are_refused_with_a_clear_error(archive, server, tmp_path, size, shown):
    with pytest.raises(OverlayError, match=re.escape(f"Size of jicofo {JICOFO[1]} {shown}")):
        _resolve(archive, server, tmp_path, edit(JICOFO, Size=size))


@pytest.mark.parametrize("sha", ["0" * 63, "g" * 64, "0" * 65, "$(id)" + "0" * 59, ""])
def test_bad_sha256_is_refused(archive, server, tmp_path, sha) -> None:
    with pytest.raises(OverlayError, match=r"SHA256|lacks SHA256"):
        _resolve(archive, server, tmp_path, edit(JICOFO, SHA256=sha))


@pytest.mark.parametrize("version", ['1.0-1189-1"$(id)"', "1.0-1189-1;id", "1.0 1189-1",
                                     "a1.0-1", "1.0-1189-1\u00e9"])
def test_bad_pinned_version_is_refused(archive, server, tmp_path, version) -> None:
    pins = (f"jicofo (= {version}), jitsi-meet-web (= 1.0.9365-1), "
            "jitsi-meet-web-config (= 1.0.9365-1), jitsi-meet-prosody (= 1.0.9365-1)")
    with pytest.raises(OverlayError) as caught:
        _resolve(archive, server, tmp_path, edit(META, Depends=pins))
    # python-debian may leave an unparsable relation raw: then no pin is found at all.
    assert re.search(r"pin of jicofo '.*' is not a Debian version|pins no exact version of "
                     r"jicofo", str(caught.value))


@pytest.mark.parametrize(("field", "value"), [
    ("Package", "jicofo$(id)"), ("Package", "Jicofo"), ("Package", "j"),
    ("Version", "1.0-1189-1`id`"), ("Version", "1:"), ("Version", "x:1.0"),
    ("Version", "1.0-"), ("Version", "1.0-1-"),
])
def test_a_stanza_with_a_hostile_name_or_version_is_refused(field, value) -> None:
    stanza = deb822.Packages({"Package": "jicofo", "Version": JICOFO[1], "Filename": DEB,
                              "Size": "10", "SHA256": "0" * 64, field: value})
    with pytest.raises(OverlayError, match=re.escape(repr(value))):
        apt.debfile_from(stanza, "http://127.0.0.1:1", "https://download.jitsi.org")


def test_two_meta_stanzas_with_different_pins_are_refused(archive, server, tmp_path) -> None:
    other = ("jitsi-videobridge2 (= 2.3-307-g4bb0aead1-1)")
    change = duplicate(META, **{"Pre-Depends": other.replace("307", "308")})
    with pytest.raises(ResolveError, match=r"2 different stanzas for jitsi-meet 2\.0\.11146-1 "
                                           r"\(they differ in Pre-Depends\)"):
        _resolve(archive, server, tmp_path, change)


def test_identical_duplicate_stanzas_are_harmless(archive, server, tmp_path) -> None:
    res = _resolve(archive, server, tmp_path, duplicate(META))
    assert res.components["jicofo"].version == JICOFO[1]


def test_two_component_stanzas_with_different_sums_are_refused(archive, server, tmp_path):
    with pytest.raises(ResolveError, match=r"2 different stanzas for jicofo 1\.0-1189-1 "
                                           r"\(they differ in SHA256\)"):
        _resolve(archive, server, tmp_path, duplicate(JICOFO, SHA256="ab" * 32))


def test_one_meta_pinning_a_component_twice_is_refused(archive, server, tmp_path) -> None:
    change = edit(META, Recommends="jitsi-meet-turnserver (= 1.0.9365-1), jicofo (= 1.0-1190-1)")
    with pytest.raises(ResolveError, match=r"pins jicofo at both 1\.0-1189-1 and 1\.0-1190-1"):
        _resolve(archive, server, tmp_path, change)
