"""tools/release.py configurator: a reproducible sdist, its ebuild, Manifest and one commit."""

from __future__ import annotations

import gzip
import hashlib
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
from jitsi_overlay.release import configurator, sdist

RELEASE = Path("tools/release.py")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


def release(repo_root: Path, clone: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(repo_root / RELEASE), "configurator", *args,
                           "--repo", str(clone)], capture_output=True, text=True, timeout=300)


def test_sdist_is_byte_identical_when_built_twice(repo_root: Path, tmp_path: Path) -> None:
    source = sdist.resolve_source(repo_root, configurator.SUBDIR)
    first = sdist.build(source, tmp_path / "one")
    # Another umask and time zone must not leak into the archive either.
    old = os.umask(0o077)
    os.environ["TZ"] = "America/Sao_Paulo"
    try:
        second = sdist.build(source, tmp_path / "two")
    finally:
        os.umask(old)
        del os.environ["TZ"]
    assert first.name == second.name
    assert first.read_bytes() == second.read_bytes()


def test_sdist_is_canonical(repo_root: Path, tmp_path: Path) -> None:
    source = sdist.resolve_source(repo_root, configurator.SUBDIR)
    built = sdist.build(source, tmp_path)
    raw = built.read_bytes()
    assert raw[4:8] == b"\0\0\0\0", "gzip header carries a timestamp"
    assert gzip.decompress(raw)  # the tar stream
    with tarfile.open(built) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names == sorted(names, key=lambda n: n.split("/"))
    for m in members:
        assert (m.mtime, m.uid, m.gid, m.uname, m.gname) == (source.epoch, 0, 0, "", ""), m.name
        assert m.mode in (0o644, 0o755), m.name
    stem = built.name.removesuffix(".tar.gz")
    # Package data (templates) is in the sdist, so the wheel built from it has it too.
    assert f"{stem}/src/jitsi_configurator/components/jicofo/templates/jicofo.conf.j2" in names
    assert f"{stem}/PKG-INFO" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_released_sdists_match_record_manifest_and_commit(repo_root: Path,
                                                          tmp_path: Path) -> None:
    """Every released sdist rebuilds byte for byte from the commit its record names."""
    released = configurator.released_distdir(repo_root)
    records = sorted(released.glob("*.toml"))
    assert records, f"no release record in {released}"
    manifest = (repo_root / configurator.PACKAGE / "Manifest").read_text().splitlines()
    for path in records:
        rec = tomllib.loads(path.read_text())
        dist = rec["distfile"]
        data = (released / dist["name"]).read_bytes()
        assert (len(data), hashlib.blake2b(data).hexdigest(), hashlib.sha512(data).hexdigest()) \
            == (dist["size"], dist["blake2b"], dist["sha512"]), path.name
        assert (f"DIST {dist['name']} {dist['size']} BLAKE2B {dist['blake2b']} "
                f"SHA512 {dist['sha512']}") in manifest
        assert (repo_root / configurator.ebuild_path(rec["version"])).is_file()
        assert dist["url"] == configurator.release_url("jitsi_meet_master_config",
                                                       rec["version"])
        assert rec["builder"] == configurator._builder(), (
            f"{path.name} was built with {rec['builder']}: install it (./dev setup) to check")
        source = sdist.resolve_source(repo_root, configurator.SUBDIR, rec["commit"])
        assert source.commit == rec["commit"] and source.epoch == rec["source_date_epoch"]
        rebuilt = sdist.build(source, tmp_path / rec["version"])
        assert rebuilt.read_bytes() == data, f"{dist['name']} does not rebuild from its commit"


@pytest.fixture
def clone(repo_root: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo_root), str(dest)], check=True)
    _git(dest, "config", "user.name", "Release Test")
    _git(dest, "config", "user.email", "release@test.invalid")
    return dest


def _set_version(clone: Path, version: str) -> None:
    pyproject = clone / "configurator/pyproject.toml"
    text = pyproject.read_text()
    old = tomllib.loads(text)["project"]["version"]
    pyproject.write_text(text.replace(f'version = "{old}"', f'version = "{version}"', 1))


def test_release_writes_ebuild_manifest_sdist_in_one_commit(repo_root: Path, clone: Path,
                                                             tmp_path: Path) -> None:
    _set_version(clone, "2.0.1")
    _git(clone, "commit", "-q", "-am", "configurator: 2.0.1")
    head = _git(clone, "rev-parse", "HEAD").strip()
    res = release(repo_root, clone, "2.0.1", "--distdir", str(tmp_path / "dist"))
    assert res.returncode == 0, res.stderr
    assert _git(clone, "rev-list", "--count", f"{head}..HEAD").strip() == "1"
    touched = set(_git(clone, "diff", "--name-only", head, "HEAD").split())
    assert touched == {
        "app-misc/jitsi-meet-master-config/Manifest",
        "app-misc/jitsi-meet-master-config/jitsi-meet-master-config-2.0.1.ebuild",
        "tools/releases/configurator/2.0.1.toml",
        "tools/releases/configurator/jitsi_meet_master_config-2.0.1.tar.gz",
    }
    manifest = (clone / "app-misc/jitsi-meet-master-config/Manifest").read_text()
    assert [line.split()[1] for line in manifest.splitlines()] == [
        "jitsi_meet_master_config-2.0.0.tar.gz", "jitsi_meet_master_config-2.0.1.tar.gz"]
    sdist_bytes = (clone / "tools/releases/configurator/jitsi_meet_master_config-2.0.1.tar.gz"
                   ).read_bytes()
    assert (tmp_path / "dist/jitsi_meet_master_config-2.0.1.tar.gz").read_bytes() == sdist_bytes
    url = configurator.release_url("jitsi_meet_master_config", "2.0.1")
    assert url in res.stdout and f"git tag configurator-2.0.1 {head}" in res.stdout
    assert _git(clone, "status", "--porcelain") == ""
    # Same commit, same bytes: a rerun has nothing to do.
    again = release(repo_root, clone, "2.0.1", "--distdir", str(tmp_path / "dist"))
    assert again.returncode == 0, again.stderr
    assert "configurator 2.0.1: up to date, nothing to commit" in again.stdout


@pytest.mark.parametrize(("prepare", "args", "fragment"), [
    ("none", ["2.0.1"], "pyproject.toml at "),
    ("dirty", ["2.0.0"], "configurator/ has uncommitted changes"),
    ("changed", ["2.0.0"], "is already released with other content"),
    ("none", ["v2.0.1"], None),
])
def test_release_refuses(repo_root: Path, clone: Path, prepare: str, args: list[str],
                         fragment: str | None) -> None:
    if prepare == "dirty":
        (clone / "configurator/README.md").write_text("edited\n")
    elif prepare == "changed":
        readme = clone / "configurator/README.md"
        readme.write_text(readme.read_text() + "More.\n")
        _git(clone, "commit", "-q", "-am", "configurator: change without a new version")
    head = _git(clone, "rev-parse", "HEAD")
    res = release(repo_root, clone, *args)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    if fragment is None:  # a malformed version is a usage error
        assert res.returncode == 2 and "'v2.0.1' is not of the form X.Y.Z" in lines[0]
    else:
        assert res.returncode == 1 and fragment in lines[0]
    assert _git(clone, "rev-parse", "HEAD") == head


def test_ebuilds_match_their_template(repo_root: Path) -> None:
    """The committed ebuilds are what the release step renders (edit the template instead)."""
    templates = repo_root / "tools" / "templates"
    for version in [*configurator.load_released(repo_root), configurator.LIVE_VERSION]:
        text = configurator.render(templates, "jitsi_meet_master_config",
                                   live=version == configurator.LIVE_VERSION)
        assert (repo_root / configurator.ebuild_path(version)).read_text() == text, version
