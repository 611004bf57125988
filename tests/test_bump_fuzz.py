"""Fuzzing the readers of untrusted upstream data with hypothesis, on a fixed budget.

Derandomized (the same examples on every run), each example under a watchdog, so a hang
fails the test instead of stalling the suite.  The only exception allowed out of a reader
is the project's own :class:`OverlayError`; anything it accepts must follow the grammar.
"""

from __future__ import annotations

import contextlib
import lzma
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jitsi_overlay.bump import fields
from jitsi_overlay.bump.apt import (
    decompress,
    parse_packages,
    parse_release,
    resolve_in,
    stable_releases_in,
)
from jitsi_overlay.errors import OverlayError
from test_bump_fuzz_deb import budget, watchdog


def _assert_inert(value: str) -> None:
    assert fields.ebuild_word(value) == value


# -- deb822: Release -------------------------------------------------------------------

HEX64 = st.text("0123456789abcdef", min_size=64, max_size=64)
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["-1", "lots", "0", "$(id)", "../../x", "\n", " ", "99999999999999999",
                     "Packages.xz", "Packages", "\u0661", "a b c d"]),
)


@st.composite
def release_texts(draw: st.DrawFn) -> str:
    lines = [f"Origin: {draw(NASTY)}"]
    if draw(st.booleans()):
        lines.append(f"Valid-Until: {draw(st.one_of(NASTY, st.just('Fri, 01 Jan 2100 0:0:0')))}")
    lines.append("SHA256:" + draw(st.sampled_from(["", " x"])))
    for _ in range(draw(st.integers(0, 4))):
        parts = [draw(st.one_of(HEX64, NASTY)), draw(st.one_of(st.integers(-5, 10**9)
                                                              .map(str), NASTY)),
                 draw(st.one_of(st.sampled_from(["Packages", "Packages.gz", "Packages.xz"]),
                                NASTY))]
        lines.append(" " + " ".join(parts[: draw(st.integers(1, 3))]))
    return "\n".join(lines) + "\n"


@budget(400)
@given(text=st.one_of(release_texts(), st.text(max_size=200)))
def test_fuzz_release_parser(text: str) -> None:
    with watchdog():
        try:
            listed = parse_release(text, "http://h/stable/")
        except OverlayError as exc:
            assert "\n" not in str(exc)
            return
    for name, (size, sha) in listed.items():
        assert name in ("Packages", "Packages.gz", "Packages.xz")
        assert 1 <= size <= fields.MAX_PACKAGES_FILE
        assert fields.sha256(sha) == sha


# -- deb822: Packages and resolution -----------------------------------------------------

def _stanza(package: str, version: str, **extra: str) -> dict[str, str]:
    return {"Package": package, "Version": version,
            "Filename": f"stable/{package}_{version}_all.deb", "Size": "1000",
            "SHA256": "ab" * 32, **extra}


VERSIONS = {"jitsi-videobridge2": "2.3-307-g4bb0aead1-1", "jicofo": "1.0-1189-1",
            **{p: "1.0.9365-1" for p in ("jitsi-meet-web", "jitsi-meet-web-config",
                                         "jitsi-meet-prosody", "jitsi-meet-turnserver")}}
BASE = [
    *(_stanza(p, v) for p, v in VERSIONS.items()),
    _stanza("jitsi-meet", "2.0.11146-1",
            **{"Pre-Depends": "jitsi-videobridge2 (= 2.3-307-g4bb0aead1-1)",
               "Depends": ", ".join(f"{p} (= {v})" for p, v in VERSIONS.items()
                                    if p not in ("jitsi-videobridge2",
                                                 "jitsi-meet-turnserver")),
               "Recommends": "jitsi-meet-turnserver (= 1.0.9365-1)"}),
]
FIELD_NAMES = st.sampled_from(["Package", "Version", "Filename", "Size", "SHA256", "Depends",
                               "Pre-Depends", "Recommends", "X-Other"])
VALUES = st.one_of(
    NASTY,
    st.sampled_from(["jicofo", "jitsi-meet", "2.0.11146-1", "1.0-1189-1", "stable/a.deb",
                     "jicofo (= 1.0-1189-1)", "jicofo (= $(id))", "jicofo (>> 1)",
                     "openjdk-17-jre | openjdk-\u0661-jre", "./stable/x_1_all.deb",
                     "stable/x.deb\n y", "-60", "AB" * 32]),
)


@st.composite
def packages_texts(draw: st.DrawFn) -> str:
    stanzas = [dict(s) for s in BASE]
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["set", "drop", "dup", "add"]))
        target = draw(st.sampled_from(stanzas))
        if action == "set":
            target[draw(FIELD_NAMES)] = draw(VALUES)
        elif action == "drop":
            target.pop(draw(FIELD_NAMES), None)
        elif action == "dup":
            stanzas.append(dict(target))
        else:
            stanzas.append({draw(FIELD_NAMES): draw(VALUES) for _ in range(3)})
    return "\n\n".join("\n".join(f"{k}: {v}" for k, v in s.items()) for s in stanzas) + "\n"


@budget(300)
@given(text=st.one_of(packages_texts(), st.text(max_size=300)))
def test_fuzz_packages_and_resolve(text: str) -> None:
    with watchdog():
        try:
            stanzas = parse_packages(text)
            stable_releases_in(stanzas)
            res = resolve_in(stanzas, 11146, base="http://h/stable/", archive="http://h",
                             public_archive="https://download.jitsi.org")
        except OverlayError as exc:
            assert "\n" not in str(exc)
            return
    for deb in [res.meta, *res.components.values()]:
        for value in (deb.package, deb.version, deb.public_url, deb.name, deb.sha256):
            _assert_inert(value)
        assert deb.public_url.startswith("https://download.jitsi.org/stable/")
        assert "/../" not in deb.public_url and deb.name.endswith(".deb")
        assert 1 <= deb.size <= fields.MAX_DEB_SIZE
        assert all(isinstance(s, int) and 0 < s < 1000 for s in deb.java_slots)


@budget(200)
@given(data=st.one_of(st.binary(max_size=200),
                      st.binary(max_size=200).map(lambda b: zlib.compress(b)[:-4]),
                      st.binary(max_size=200).map(lambda b: lzma.compress(b)[:-3])),
       name=st.sampled_from(["Packages.gz", "Packages.xz"]))
def test_fuzz_decompress(data: bytes, name: str) -> None:
    with watchdog(), contextlib.suppress(OverlayError):
        assert len(decompress(data, name, f"http://h/{name}")) <= fields.MAX_PACKAGES_FILE


# -- the grammars themselves -----------------------------------------------------------

CHECKS = {
    "package_name": fields.package_name,
    "version": fields.version,
    "pool_filename": fields.pool_filename,
    "distfile_name": fields.distfile_name,
    "url": fields.url,
    "data_member": fields.data_member,
    "gentoo_package": fields.gentoo_package,
    "gentoo_version": fields.gentoo_version,
    "sha256": fields.sha256,
}


@pytest.mark.parametrize("check", sorted(CHECKS))
@budget(300)
@given(value=st.one_of(st.text(max_size=80), NASTY,
                       st.text("abc019.+~-:/_$`'\"\\ \n", max_size=30)))
def test_fuzz_every_accepted_value_is_one_inert_word(check: str, value: str) -> None:
    try:
        out = CHECKS[check](value)
    except fields.FieldError as exc:
        assert "\n" not in str(exc) and " is not " in str(exc)
        return
    _assert_inert(out)
    if check == "pool_filename":
        assert not out.startswith("/") and ".." not in out.split("/")


@budget(300)
@given(value=st.one_of(st.text(max_size=20), st.integers(-10, 10**13), st.none(),
                       st.booleans(), st.floats()))
def test_fuzz_sizes(value: object) -> None:
    try:
        n = fields.size(value)
    except fields.FieldError:
        return
    assert isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= fields.MAX_DEB_SIZE
