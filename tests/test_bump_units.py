"""Unit tests of the bump library pieces that need no server: versions, lock, hashing, render."""

from __future__ import annotations

import hashlib
import os
import subprocess
import tomllib
from pathlib import Path

import jinja2
import pytest
from jitsi_overlay.bump.debfile import DebFormatError, ar_members, data_member
from jitsi_overlay.bump.hashing import BLOCK, hash_file
from jitsi_overlay.bump.lock import LockError, dump_lock, load_lock, lock_from_dict
from jitsi_overlay.bump.manifest import ManifestError, manifest_text, manifests_for
from jitsi_overlay.bump.render import render_release
from jitsi_overlay.bump.signing import dearmor
from jitsi_overlay.bump.versions import VersionError, ebuild_version

TEMPLATES = Path(__file__).resolve().parent.parent / "tools" / "templates"


@pytest.mark.parametrize(("deb", "expected"), [
    ("2.3-307-g4bb0aead1-1", "2.3.307.11146"),
    ("1.0-1189-1", "1.0.1189.11146"),
    ("1.0.9365-1", "1.0.9365.11146"),
    ("2.1-197-g38256192-1", "2.1.197.11146"),  # 8-digit hash era
])
def test_versions_map_as_in_the_issue(deb: str, expected: str) -> None:
    assert ebuild_version(deb, 11146) == expected


@pytest.mark.parametrize("deb", ["1.0.9365-2", "2.3-307-gXYZ-1", "1:1.0.1-1", "nightly"])
def test_unknown_version_shapes_are_refused(deb: str) -> None:
    with pytest.raises(VersionError, match="unknown shape"):
        ebuild_version(deb, 1)


def _distfile(name: str, data: bytes, url: str | None = None) -> dict:
    return {
        "name": name, "url": url or f"https://download.jitsi.org/stable/{name}",
        "size": len(data), "blake2b": hashlib.blake2b(data).hexdigest(),
        "sha512": hashlib.sha512(data).hexdigest(), "sha256": hashlib.sha256(data).hexdigest(),
    }


def _lock_data(release: int = 11146) -> dict:
    comps = []
    for pn, deb, ver in [
        ("jicofo", "jicofo", "1.0-1189-1"),
        ("jitsi-videobridge", "jitsi-videobridge2", "2.3-307-g4bb0aead1-1"),
        ("jitsi-meet-web", "jitsi-meet-web", "1.0.9365-1"),
        ("jitsi-meet-web-config", "jitsi-meet-web-config", "1.0.9365-1"),
        ("jitsi-meet-prosody", "jitsi-meet-prosody", "1.0.9365-1"),
        ("jitsi-meet-turnserver", "jitsi-meet-turnserver", "1.0.9365-1"),
    ]:
        name = f"{deb}_{ver}_all.deb"
        comps.append({
            "name": pn, "deb_package": deb, "deb_version": ver,
            "ebuild_version": ebuild_version(ver, release), "template": f"deb/{pn}.ebuild.j2",
            "vars": {"deb_data": "data.tar.xz",
                     **({"java_slots": [17, 21]} if deb in ("jicofo", "jitsi-videobridge2")
                        else {})},
            "distfiles": [_distfile(name, name.encode())],
        })
    return {"schema": 1, "release": release, "generation": "hocon",
            "meta": {"deb_package": "jitsi-meet", "deb_version": f"2.0.{release}-1"},
            "components": comps}


def test_lock_round_trips_through_toml(tmp_path: Path) -> None:
    lock = lock_from_dict(_lock_data())
    path = tmp_path / "11146.toml"
    path.write_text(dump_lock(lock))
    assert load_lock(path) == lock
    assert dump_lock(load_lock(path)) == dump_lock(lock)


def test_lock_keeps_extra_tables_for_templates() -> None:
    data = _lock_data()
    data["components"][0]["maven_artifacts"] = [{"maven_path": "a/b.jar", "distfile": "b.jar"}]
    lock = lock_from_dict(data)
    assert lock.components[0].to_dict()["maven_artifacts"][0]["distfile"] == "b.jar"


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(schema=2), "schema 2 is not supported"),
    (lambda d: d.update(generation="2030"), "generation '2030' is unknown"),
    (lambda d: d["components"][0].pop("deb_version"), "missing key 'deb_version'"),
    (lambda d: d["components"][0]["distfiles"][0].update(size="12"), "key 'size' is '12'"),
    (lambda d: d["components"].append(dict(d["components"][0])), "listed twice"),
])
def test_lock_validation_names_the_problem(mutate, message: str) -> None:
    data = _lock_data()
    mutate(data)
    with pytest.raises(LockError, match=message):
        lock_from_dict(data)


def test_lock_file_name_must_match_release(tmp_path: Path) -> None:
    path = tmp_path / "4548.toml"
    path.write_text(dump_lock(lock_from_dict(_lock_data())))
    with pytest.raises(LockError, match="says release 11146"):
        load_lock(path)


@pytest.mark.parametrize("size", [0, 1, BLOCK - 1, BLOCK, 3 * BLOCK + 7])
def test_hash_file_matches_hashlib(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(data)
    got = hash_file(path, ("sha256", "blake2b", "sha512"))
    assert got == {
        "sha256": hashlib.sha256(data).hexdigest(),
        "blake2b": hashlib.blake2b(data).hexdigest(),
        "sha512": hashlib.sha512(data).hexdigest(),
    }


def test_manifest_lines_are_sorted_and_merged_across_locks() -> None:
    new = lock_from_dict(_lock_data(11146))
    old_data = _lock_data(11031)
    old_data["components"][0]["distfiles"] = [_distfile("jicofo_1.0-1183-1_all.deb", b"old")]
    old = lock_from_dict(old_data)
    text = manifests_for([new, old])["net-im/jicofo/Manifest"]
    names = [line.split()[1] for line in text.splitlines()]
    assert names == ["jicofo_1.0-1183-1_all.deb", "jicofo_1.0-1189-1_all.deb"]
    assert text.splitlines()[0] == (
        f"DIST jicofo_1.0-1183-1_all.deb 3 BLAKE2B {hashlib.blake2b(b'old').hexdigest()} "
        f"SHA512 {hashlib.sha512(b'old').hexdigest()}"
    )


def test_manifest_refuses_one_name_with_two_hashes() -> None:
    a = lock_from_dict(_lock_data()).components[0].distfiles[0]
    b = type(a)(**{**a.to_dict(), "sha512": "0" * 128})
    with pytest.raises(ManifestError, match="different sizes or hashes"):
        manifest_text([a, b])


def test_render_release_paths_and_pins() -> None:
    lock = lock_from_dict(_lock_data())
    out = render_release(lock, TEMPLATES)
    assert sorted(out) == sorted([
        "net-im/jicofo/jicofo-1.0.1189.11146.ebuild",
        "net-im/jitsi-videobridge/jitsi-videobridge-2.3.307.11146.ebuild",
        "net-im/jitsi-meet-web/jitsi-meet-web-1.0.9365.11146.ebuild",
        "net-im/jitsi-meet-web-config/jitsi-meet-web-config-1.0.9365.11146.ebuild",
        "net-im/jitsi-meet-prosody/jitsi-meet-prosody-1.0.9365.11146.ebuild",
        "net-im/jitsi-meet-turnserver/jitsi-meet-turnserver-1.0.9365.11146.ebuild",
        "net-im/jitsi-meet-server/jitsi-meet-server-11146.ebuild",
    ])
    meta = out["net-im/jitsi-meet-server/jitsi-meet-server-11146.ebuild"]
    for c in lock.components:
        assert f"\t~net-im/{c.name}-{c.ebuild_version}\n" in meta
    jvb = out["net-im/jitsi-videobridge/jitsi-videobridge-2.3.307.11146.ebuild"]
    assert 'MY_PV="2.3-307-g4bb0aead1-1"' in jvb
    assert 'SRC_URI="https://download.jitsi.org/stable/${MY_PN}_${MY_PV}_all.deb"' in jvb
    assert "\t\tvirtual/jre:21\n\t\tvirtual/jre:17\n" in jvb
    for text in out.values():
        assert text.startswith("# Copyright 2026 Jitsi overlay authors\n")
        assert "\nEAPI=8\n" in text and 'KEYWORDS="~amd64"' in text
        assert not any(line.startswith("    ") for line in text.splitlines())
        assert text.endswith("}\n")


def test_zstd_compressed_debs_get_a_build_dependency() -> None:
    data = _lock_data()
    for comp in data["components"]:
        if comp["name"] in ("jicofo", "jitsi-meet-web"):
            comp["vars"]["deb_data"] = "data.tar.zst"
    out = render_release(lock_from_dict(data), TEMPLATES)
    jicofo = out["net-im/jicofo/jicofo-1.0.1189.11146.ebuild"]
    assert '\t)\n"\nBDEPEND="app-arch/zstd"\n\nsrc_unpack() {' in jicofo
    web = out["net-im/jitsi-meet-web/jitsi-meet-web-1.0.9365.11146.ebuild"]
    assert 'KEYWORDS="~amd64"\n\nBDEPEND="app-arch/zstd"\n\nsrc_unpack() {' in web
    xz = out["net-im/jitsi-meet-prosody/jitsi-meet-prosody-1.0.9365.11146.ebuild"]
    assert "BDEPEND" not in xz and 'RDEPEND=">=net-im/prosody-0.12"\n\nsrc_unpack() {' in xz


@pytest.mark.parametrize("compression", ["xz", "zstd", "gzip", "none"])
def test_data_member_agrees_with_ar(tmp_path: Path, compression: str) -> None:
    from jitsi_overlay.loopback_archive import build_deb

    deb = build_deb(tmp_path, "probe", "1.0-1", {"usr/share/probe/x": b"x" * 1001},
                    compression=compression)
    listed = subprocess.run(["ar", "t", str(deb)], capture_output=True, text=True,
                            check=True).stdout.split()
    assert ar_members(deb) == listed
    assert data_member(deb) == next(n for n in listed if n.startswith("data.tar"))


def test_data_member_refuses_a_non_deb(tmp_path: Path) -> None:
    path = tmp_path / "x.deb"
    path.write_bytes(b"<html>not found</html>")
    with pytest.raises(DebFormatError, match=r"is not a \.deb"):
        data_member(path)


def test_render_is_strict_about_missing_variables() -> None:
    data = _lock_data()
    data["components"][0]["vars"] = {"deb_data": "data.tar.xz"}  # jicofo needs java_slots
    with pytest.raises(jinja2.UndefinedError, match="java_slots"):
        render_release(lock_from_dict(data), TEMPLATES)


def test_dearmor_matches_gpg(tmp_path: Path) -> None:
    from jitsi_overlay.loopback_archive import GpgKey

    key = GpgKey.generate(tmp_path / "gnupg")
    armored = key.export(armor=True)
    via_gpg = subprocess.run(["gpg", "--dearmor"], input=armored, capture_output=True,
                             check=True, env={**os.environ, "GNUPGHOME": str(key.home)}).stdout
    assert dearmor(armored) == via_gpg == key.export()


def test_lock_toml_is_plain_toml(tmp_path: Path) -> None:
    text = dump_lock(lock_from_dict(_lock_data()))
    assert tomllib.loads(text)["components"][1]["vars"]["java_slots"] == [17, 21]
