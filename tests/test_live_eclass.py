"""jitsi-live.eclass without portage: its grammar, its pins, and the rendered -9999 set."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from jitsi_overlay.bump.render import LIVE_VERSION, render_live
from jitsi_overlay.bump.signing import PINNED_FINGERPRINTS

REPO = Path(__file__).resolve().parent.parent
ECLASS = REPO / "eclass" / "jitsi-live.eclass"
LIVE_SET = ("jicofo", "jitsi-meet-prosody", "jitsi-meet-server", "jitsi-meet-turnserver",
            "jitsi-meet-web", "jitsi-meet-web-config", "jitsi-videobridge")

# (bash predicate, Python check in bump/fields.py, value, accepted?)
GRAMMAR = [
    ("package", "package_name", "jitsi-videobridge2", True),
    ("package", "package_name", "g++-12", True),
    ("package", "package_name", "Jicofo", False),
    ("package", "package_name", "j", False),
    ("package", "package_name", "-jicofo", False),
    ("package", "package_name", "jicofo;id", False),
    ("version", "version", "2.3-307-g4bb0aead1-1", True),
    ("version", "version", "1.0-1189-1", True),
    ("version", "version", "1:2.0.11146-1", True),
    ("version", "version", "1.0~rc1+dfsg", True),
    ("version", "version", "2.0-", False),
    ("version", "version", "a1.0", False),
    ("version", "version", "1.0-1$(id)", False),
    ("version", "version", "x:1.0", False),
    ("version", "version", "1.0 -1", False),
    ("filename", "pool_filename", "stable/jicofo_1.0-1189-1_all.deb", True),
    ("filename", "pool_filename", "./jicofo_1.0-1189-1_all.deb", True),
    ("filename", "pool_filename", "pool/main/j/jicofo/jicofo_1.0+x~1_all.deb", True),
    ("filename", "pool_filename", "stable/../../etc/passwd.deb", False),
    ("filename", "pool_filename", "/etc/evil.deb", False),
    ("filename", "pool_filename", "stable//jicofo.deb", False),
    ("filename", "pool_filename", "stable/.hidden.deb", False),
    ("filename", "pool_filename", "stable/jicofo.tar", False),
    ("filename", "pool_filename", "stable/.deb", False),
    ("filename", "pool_filename", "stable/a b.deb", False),
    ("filename", "pool_filename", "stable/$(id).deb", False),
    ("filename", "pool_filename", "/".join(["d"] * 16) + "/x.deb", False),
    ("size", "size", "5969872", True),
    ("size", "size", "0", False),
    ("size", "size", "12abc", False),
    ("size", "size", "-1", False),
    ("size", "size", str((2 << 30) + 1), False),
    ("sha256", "sha256", "ab" * 32, True),
    ("sha256", "sha256", "AB" * 32, True),
    ("sha256", "sha256", "ab" * 31, False),
    ("sha256", "sha256", "zz" * 32, False),
    ("url", "url", "https://download.jitsi.org", True),
    ("url", "url", "http://127.0.0.1:8080/mirror", True),
    ("url", "url", "ftp://download.jitsi.org", False),
    ("url", "url", "https://download.jitsi.org/../x", False),
    ("url", "url", "https://host/a b", False),
    ("url", "url", "file:///etc", False),
]


def eclass_accepts(predicate: str, values: list[str]) -> list[bool]:
    """Source the eclass in plain bash (stub inherit/die) and run one predicate per value."""
    script = (
        'EAPI=8; inherit() { :; }; EXPORT_FUNCTIONS() { :; }\n'
        'die() { echo "die: $*" >&2; exit 1; }\n'
        f'source "{ECLASS}"\n'
        f'for v in "$@"; do _jitsi-live_is_{predicate} "$v" && echo y || echo n; done\n'
    )
    out = subprocess.run(["bash", "-c", script, "bash", *values], capture_output=True,
                         text=True, check=True).stdout.split()
    return [x == "y" for x in out]


def run_eclass(body: str, **env: str) -> subprocess.CompletedProcess:
    script = (
        'EAPI=8; inherit() { :; }; EXPORT_FUNCTIONS() { :; }\n'
        'die() { echo "die: $*" >&2; exit 1; }\n'
        f'source "{ECLASS}"\n{body}\n'
    )
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", **env}, check=False)


@pytest.mark.parametrize("predicate", sorted({g[0] for g in GRAMMAR}))
def test_eclass_grammar(predicate: str) -> None:
    cases = [(value, ok) for p, _, value, ok in GRAMMAR if p == predicate]
    got = eclass_accepts(predicate, [v for v, _ in cases])
    assert dict(zip([v for v, _ in cases], got, strict=True)) == dict(cases)


def test_eclass_grammar_agrees_with_fields_py() -> None:
    """The bash and Python grammars (bump/fields.py, hardened on its own branch) agree."""
    fields = pytest.importorskip("jitsi_overlay.bump.fields")
    for _, check, value, ok in GRAMMAR:
        try:
            getattr(fields, check)(value)
            accepted = True
        except fields.FieldError:
            accepted = False
        assert accepted == ok, (check, value)


def eclass_pins() -> set[str]:
    block = re.search(r"^_JITSI_LIVE_PINS=\(\n(.*?)^\)", ECLASS.read_text(), re.M | re.S)
    assert block, "no _JITSI_LIVE_PINS=( ... ) block in the eclass"
    return set(block[1].split())


def test_eclass_pins_are_signing_py_pins() -> None:
    assert eclass_pins() == set(PINNED_FINGERPRINTS)
    assert all(re.fullmatch(r"[0-9A-F]{40}", f) for f in eclass_pins())


def test_committed_live_ebuilds_are_the_rendered_ones() -> None:
    rendered = render_live(REPO / "tools" / "templates")
    assert sorted(rendered) == sorted(
        f"net-im/{pn}/{pn}-{LIVE_VERSION}.ebuild" for pn in LIVE_SET)
    for rel, text in rendered.items():
        assert (REPO / rel).read_text() == text, f"{rel} is stale: re-render it (bump re-renders)"


def test_live_ebuilds_are_live_without_keywords_or_sources() -> None:
    for pn in LIVE_SET:
        text = (REPO / f"net-im/{pn}/{pn}-9999.ebuild").read_text()
        assert re.search(r"^inherit jitsi-live\b", text, re.M), pn
        assert "jitsi-live_record" in text, pn
        for forbidden in ("KEYWORDS=", "SRC_URI=", "MY_PV="):
            assert forbidden not in text, (pn, forbidden)


@pytest.mark.parametrize("value", ["11146", "newest"])
def test_jitsi_release_setting_is_taken(value: str, tmp_path: Path) -> None:
    res = run_eclass("jitsi-live_wanted_release", JITSI_RELEASE=value, EROOT=str(tmp_path))
    assert res.returncode == 0 and res.stdout.strip() == value


@pytest.mark.parametrize("value", ["latest", "011146", "1.0", "$(id)"])
def test_bad_jitsi_release_setting_is_refused(value: str, tmp_path: Path) -> None:
    res = run_eclass("jitsi-live_wanted_release", JITSI_RELEASE=value, EROOT=str(tmp_path))
    assert res.returncode == 1
    assert f"JITSI_RELEASE='{value}' is not a stable release" in res.stderr


def record(root: Path, pn: str, release: str) -> None:
    d = root / "usr/share/jitsi-meet-server/release"
    d.mkdir(parents=True, exist_ok=True)
    (d / pn).write_text(f'# test\nJITSI_RELEASE="{release}"\nDEB_PACKAGE="{pn}"\n')


def test_unset_release_follows_the_installed_records(tmp_path: Path) -> None:
    assert run_eclass("jitsi-live_wanted_release", EROOT=str(tmp_path)).stdout.strip() == (
        "newest")
    record(tmp_path, "jicofo", "11146")
    record(tmp_path, "jitsi-meet-web", "11146")
    assert run_eclass("jitsi-live_wanted_release", EROOT=str(tmp_path)).stdout.strip() == (
        "11146")
    # The admin's setting wins over the records.
    res = run_eclass("jitsi-live_wanted_release", EROOT=str(tmp_path), JITSI_RELEASE="newest")
    assert res.stdout.strip() == "newest"


def test_mixed_records_are_refused_naming_them(tmp_path: Path) -> None:
    record(tmp_path, "jicofo", "11146")
    record(tmp_path, "jitsi-videobridge", "11200")
    res = run_eclass("jitsi-live_wanted_release", EROOT=str(tmp_path))
    assert res.returncode == 1
    assert "different releases (jicofo 11146 jitsi-videobridge 11200)" in res.stderr
    assert "set JITSI_RELEASE" in res.stderr


def test_meta_package_pins_are_read_exactly(tmp_path: Path) -> None:
    packages = tmp_path / "Packages"
    packages.write_text(
        "Package: jitsi-meet\nVersion: 2.0.11146-1\n"
        "Pre-Depends: jitsi-videobridge2 (= 2.3-307-g4bb0aead1-1)\n"
        "Depends: jicofo (= 1.0-1189-1), jitsi-meet-web (= 1.0.9365-1),\n"
        " jitsi-meet-prosody (= 1.0.9365-1)\n"
        "Recommends: jitsi-meet-turnserver (= 1.0.9365-1) | apache2\n"
        "Description: meta\n multi-line\n\n"
        "Package: jitsi-meet\nVersion: 2.0.11200-1\nDepends: jicofo (= 1.0-1190-1)\n\n")
    body = (f'_jitsi-live_pick_release "{packages}" newest; '
            f'_jitsi-live_pick_release "{packages}" 11146; '
            + " ".join(f'_jitsi-live_pinned_version "{packages}" 11146 {d};'
                       for d in ("jitsi-videobridge2", "jicofo", "jitsi-meet-prosody",
                                 "jitsi-meet-turnserver", "jitsi-meet")))
    res = run_eclass(body)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["11200", "11146", "2.3-307-g4bb0aead1-1", "1.0-1189-1",
                                  "1.0.9365-1", "1.0.9365-1", "2.0.11146-1"]
    res = run_eclass(f'_jitsi-live_pick_release "{packages}" 10000')
    assert res.returncode == 1 and "release 10000 is not offered" in res.stderr
    assert "(newest offered: 11200)" in res.stderr
    res = run_eclass(f'_jitsi-live_pinned_version "{packages}" 11146 jitsi-meet-web-config')
    assert res.returncode == 1 and "pins 0 exact versions of jitsi-meet-web-config" in res.stderr


def test_shown_values_cannot_garble_the_terminal() -> None:
    res = run_eclass('_jitsi-live_show "$1"'.replace("$1", "a\x1b[2Jb" + "x" * 200))
    assert res.stdout.startswith("a?[2Jb") and len(res.stdout) == 90
