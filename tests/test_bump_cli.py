"""tools/bump.py end to end against a signed loopback archive, in a git clone of the overlay.

One bump renders lock, ebuilds and Manifests and makes one commit; the result passes
pkgcheck, its Manifests equal pkgdev's, and its packages merge with real portage from the
synthetic .debs.  Every refused run leaves the tree and the history exactly as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from bump_archive import archive as archive  # fixtures
from bump_archive import server as server
from jitsi_overlay.gentoo.pkgcheck_scan import describe, scan
from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.loopback_archive import (
    REAL_SHAPED_VERSIONS,
    ArchiveServer,
    FlatRepo,
    GpgKey,
    component_files,
)

REPO = Path(__file__).resolve().parent.parent
BUMP = REPO / "tools" / "bump.py"
NEWER = {
    "jitsi-videobridge2": "2.3-310-g0a1b2c3d4-1",
    "jicofo": "1.0-1190-1",
    **{p: "1.0.9400-1" for p in ("jitsi-meet-web", "jitsi-meet-web-config",
                                 "jitsi-meet-prosody", "jitsi-meet-turnserver")},
}
PKGS = ("jicofo", "jitsi-meet-prosody", "jitsi-meet-turnserver", "jitsi-meet-web",
        "jitsi-meet-web-config", "jitsi-videobridge")
V11146 = {
    "jicofo": "1.0.1189.11146", "jitsi-videobridge": "2.3.307.11146",
    **{p: "1.0.9365.11146" for p in PKGS if p.startswith("jitsi-meet")},
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, key: GpgKey) -> FlatRepo:
    repo = FlatRepo(tmp_path_factory.mktemp("pristine") / "archive", key)
    # One package with data.tar.zst, as Ubuntu-built debs have: its ebuild needs zstd.
    repo.add_release(11146, REAL_SHAPED_VERSIONS, compression={"jitsi-meet-web": "zstd"})
    repo.add_release(11200, NEWER)
    repo.publish()
    repo.export_key()
    return repo


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def clone(overlay_git_clone) -> Path:
    """A git repository holding the overlay as committed, with its 4548 lock."""
    return overlay_git_clone("4548.toml")


def bump(clone: Path, server: ArchiveServer | None, key: GpgKey | None, *args: str,
         tmp: Path, keyring: bool = True) -> subprocess.CompletedProcess:
    argv = [sys.executable, str(BUMP), "--repo", str(clone), "--distdir", str(tmp / "dist")]
    if server is not None:
        argv += ["--archive", server.url]
    if keyring and key is not None:
        argv += ["--keyring", str(key.keyring(tmp / "keyring.gpg"))]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp / "xdg")}
    return subprocess.run([*argv, *args], capture_output=True, text=True, env=env, timeout=300)


def snapshot(repo: Path) -> tuple[str, str, dict[str, str]]:
    """HEAD, status and a hash of every file: 'exactly as before' made checkable."""
    files = {}
    for p in sorted(repo.rglob("*")):
        if p.is_file() and ".git" not in p.relative_to(repo).parts:
            files[str(p.relative_to(repo))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return _git(repo, "rev-parse", "HEAD"), _git(repo, "status", "--porcelain"), files


def assert_refused(res: subprocess.CompletedProcess, before, clone: Path, *fragments: str):
    assert res.returncode == 1, res.stdout + res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert snapshot(clone) == before


# --- the happy path --------------------------------------------------------------------


def test_bump_commits_lock_ebuilds_and_manifests_once(clone, server, key, archive, tmp_path):
    head = _git(clone, "rev-parse", "HEAD")
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    log = _git(clone, "log", "--format=%H%n%B", f"{head.strip()}..HEAD").splitlines()
    assert log[1] == "net-im/jitsi-meet-server: bump to 11146"
    assert "net-im/jitsi-videobridge-2.3.307.11146 (jitsi-videobridge2 2.3-307-g4bb0aead1-1)" in log
    assert len(_git(clone, "rev-list", f"{head.strip()}..HEAD").split()) == 1
    assert _git(clone, "status", "--porcelain") == ""

    lock = tomllib.loads((clone / "tools/releases/11146.toml").read_text())
    assert lock["release"] == 11146 and lock["generation"] == "hocon"
    for comp in lock["components"]:
        assert comp["ebuild_version"] == V11146[comp["name"]]
        (dist,) = comp["distfiles"]
        data = (archive.suite_dir / dist["name"]).read_bytes()
        assert dist["size"] == len(data)
        # Fetched from the loopback mirror, but the ebuild names upstream.
        assert dist["url"] == f"https://download.jitsi.org/stable/{dist['name']}"
        assert dist["sha256"] == hashlib.sha256(data).hexdigest()
        assert dist["blake2b"] == hashlib.blake2b(data).hexdigest()
        assert dist["sha512"] == hashlib.sha512(data).hexdigest()
        assert (clone / f"net-im/{comp['name']}/{comp['name']}-{V11146[comp['name']]}.ebuild"
                ).is_file()
        # --keep 1: the 4548 release stays, and so do its Manifest lines.
        manifest = (clone / f"net-im/{comp['name']}/Manifest").read_text()
        assert f"DIST {dist['name']} {dist['size']} BLAKE2B {dist['blake2b']} " in manifest
    web = lock["components"][[c["name"] for c in lock["components"]].index("jitsi-meet-web")]
    assert web["vars"]["deb_data"] == "data.tar.zst"
    assert 'BDEPEND="app-arch/zstd"' in (
        clone / "net-im/jitsi-meet-web/jitsi-meet-web-1.0.9365.11146.ebuild").read_text()
    meta = (clone / "net-im/jitsi-meet-server/jitsi-meet-server-11146.ebuild").read_text()
    assert "\t~net-im/jicofo-1.0.1189.11146\n" in meta
    assert (clone / "net-im/jitsi-meet-server/jitsi-meet-server-4548.ebuild").is_file()
    old = (REPO / "net-im/jicofo/Manifest").read_text().splitlines()
    assert set(old) <= set((clone / "net-im/jicofo/Manifest").read_text().splitlines())

    # A rerun changes nothing and commits nothing, even without the archive.
    before = snapshot(clone)
    server.stop()
    again = bump(clone, server, key, "11146", tmp=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "up to date, nothing to commit" in again.stdout
    assert snapshot(clone) == before


def test_latest_and_keep_drop_the_oldest_release(clone, server, key, tmp_path):
    assert bump(clone, server, key, "--list", tmp=tmp_path).stdout.split() == ["11146", "11200"]
    assert bump(clone, server, key, "11146", tmp=tmp_path).returncode == 0
    res = bump(clone, server, key, "--latest", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "dropping releases 4548" in res.stdout
    assert _git(clone, "log", "-1", "--format=%s").strip() == (
        "net-im/jitsi-meet-server: bump to 11200")
    assert sorted(p.name for p in (clone / "net-im/jicofo").glob("*.ebuild")) == [
        "jicofo-1.0.1189.11146.ebuild", "jicofo-1.0.1190.11200.ebuild", "jicofo-9999.ebuild"]
    assert sorted(p.name for p in (clone / "net-im/jitsi-meet-server").glob("*.ebuild")) == [
        "jitsi-meet-server-11146.ebuild", "jitsi-meet-server-11200.ebuild",
        "jitsi-meet-server-9999.ebuild"]
    names = [ln.split()[1] for ln in (clone / "net-im/jicofo/Manifest").read_text().splitlines()]
    assert names == ["jicofo_1.0-1189-1_all.deb", "jicofo_1.0-1190-1_all.deb"]
    assert _git(clone, "status", "--porcelain") == ""


def test_dry_run_prints_plan_and_diff_and_writes_nothing(clone, server, key, tmp_path):
    before = snapshot(clone)
    res = bump(clone, server, key, "11146", "--dry-run", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "write  net-im/jicofo/jicofo-1.0.1189.11146.ebuild" in res.stdout
    assert "+++ b/net-im/jitsi-meet-server/jitsi-meet-server-11146.ebuild" in res.stdout
    assert snapshot(clone) == before


def test_no_commit_writes_files_only(clone, server, key, tmp_path):
    head = _git(clone, "rev-parse", "HEAD")
    res = bump(clone, server, key, "11146", "--no-commit", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    assert _git(clone, "rev-parse", "HEAD") == head
    assert "?? net-im/jicofo/jicofo-1.0.1189.11146.ebuild" in _git(
        clone, "status", "--porcelain", "-uall")


def test_rerender_4548_from_its_lock_changes_nothing(clone, tmp_path):
    before = snapshot(clone)
    res = bump(clone, None, None, "4548", tmp=tmp_path)  # no archive: must not need one
    assert res.returncode == 0, res.stderr
    assert "nothing to change" in res.stdout
    assert snapshot(clone) == before


# --- refusals: exit 1, one line, tree and history untouched -----------------------------


def test_refuses_when_server_is_down(clone, server, key, tmp_path):
    before = snapshot(clone)
    server.stop()
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "cannot download", "--archive")


def test_refuses_a_bad_signature(clone, server, key, archive, tmp_path):
    before = snapshot(clone)
    path = archive.suite_dir / "InRelease"
    path.write_bytes(path.read_bytes().replace(b"Suite: stable", b"Suite: stab1e"))
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "bad or unverifiable signature")


def test_refuses_an_unpinned_archive_key(clone, server, key, tmp_path):
    before = snapshot(clone)
    res = bump(clone, server, key, "11146", tmp=tmp_path, keyring=False)
    assert_refused(res, before, clone, f"signing key {key.fingerprint} is not pinned")
    assert not (tmp_path / "xdg" / "jitsi-overlay" / "jitsi-keyring.gpg").exists()


def test_refuses_a_packages_checksum_mismatch(clone, server, key, archive, tmp_path):
    before = snapshot(clone)
    archive.publish(tamper=["Packages.xz"])
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "Packages.xz", "does not match the SHA256/size")


def test_refuses_a_distfile_checksum_mismatch(clone, server, key, archive, tmp_path):
    before = snapshot(clone)
    deb = archive.suite_dir / "jitsi-meet-web_1.0.9365-1_all.deb"
    data = bytearray(deb.read_bytes())
    data[-10] ^= 0x55
    deb.write_bytes(bytes(data))
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "distfile 'jitsi-meet-web_1.0.9365-1_all.deb'")


def test_refuses_an_unknown_release(clone, server, key, tmp_path):
    before = snapshot(clone)
    res = bump(clone, server, key, "9999", tmp=tmp_path)
    assert_refused(res, before, clone, "release 9999 is unknown", "--list")


def test_refuses_a_dirty_tree_before_touching_the_network(clone, server, key, tmp_path):
    (clone / "profiles" / "repo_name").write_text("jitsi-edited\n")
    before = snapshot(clone)
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "uncommitted changes", "--allow-dirty")
    assert server.requests == []


def test_failed_commit_rolls_the_files_back(clone, server, key, tmp_path):
    hook = clone / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'hook says no' >&2\nexit 1\n")
    hook.chmod(0o755)
    before = snapshot(clone)
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "git commit failed", "--no-commit")


def test_interrupted_run_changes_nothing_and_the_next_run_resumes(clone, server, key,
                                                                 archive, tmp_path):
    before = snapshot(clone)
    name = "jicofo_1.0-1189-1_all.deb"
    stalled = server.stall(name, 400)
    argv = [sys.executable, str(BUMP), "--repo", str(clone), "--distdir", str(tmp_path / "dist"),
            "--archive", server.url, "--keyring", str(key.keyring(tmp_path / "k.gpg")), "11146"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert stalled.wait(60), "the bump never reached the download"
    time.sleep(0.3)  # let the client write what it received
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    res = subprocess.CompletedProcess(argv, proc.returncode, out, err)
    assert_refused(res, before, clone, "interrupted")
    assert (tmp_path / "dist" / f"{name}.part").stat().st_size == 400

    server.httpd.stall_after.clear()
    server.httpd.release.set()
    ok = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr
    assert (f"/stable/{name}", "bytes=400-") in server.requests


# --- the result is a real overlay: pkgcheck, pkgdev, portage ----------------------------


@pytest.fixture
def bumped(clone, server, key, tmp_path):
    """11146 bumped with --keep 0, so only the synthetic release is in the tree."""
    res = bump(clone, server, key, "11146", "--keep", "0", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "dropping releases 4548" in res.stdout
    return clone, tmp_path / "dist"


def test_bumped_ebuilds_pass_pkgcheck(bumped, gentoo_master, tmp_path):
    clone, _ = bumped
    config = write_pkgcore_config(tmp_path / "pkgcore", {"gentoo": gentoo_master, "jitsi": clone})
    results = scan(clone, config, tmp_path / "cache",
                   [f"net-im/{pn}" for pn in (*PKGS, "jitsi-meet-server")])
    bad = [r for r in results if r.level in ("error", "warning")]
    assert not bad, "\n".join(describe(r) for r in bad)


def test_manifests_equal_pkgdev_manifest(bumped, gentoo_master, tmp_path):
    clone, dist = bumped
    ours = {pn: (clone / f"net-im/{pn}/Manifest").read_bytes() for pn in PKGS}
    for pn in PKGS:
        (clone / f"net-im/{pn}/Manifest").unlink()
    config = write_pkgcore_config(tmp_path / "pkgdev", {"gentoo": gentoo_master, "jitsi": clone},
                                  distdir=dist)
    pkgdev = Path(sys.executable).with_name("pkgdev")
    subprocess.run([str(pkgdev), "--config", str(config), "manifest", "-d", str(dist),
                    *(f"net-im/{pn}" for pn in PKGS)],
                   cwd=clone, check=True, capture_output=True, timeout=300)
    for pn in PKGS:
        assert (clone / f"net-im/{pn}/Manifest").read_bytes() == ours[pn], pn


@pytest.mark.slow
def test_bumped_release_merges_with_portage(bumped, make_prefix):
    clone, dist = bumped
    prefix = make_prefix({"jitsi": clone}, [dist])
    etc = prefix.root / "etc" / "portage"
    (etc / "package.use").write_text(
        "www-servers/nginx stream NGINX_MODULES_STREAM: ssl_preread map\n"
        "app-crypt/certbot certbot-nginx\n")
    res = prefix.emerge("--quiet-build=y", "net-im/jitsi-meet-server", check=False)
    assert res.returncode == 0, (res.stdout + res.stderr)[-6000:]
    have = {d.name for d in prefix.vdb.glob("net-im/*")}
    assert {f"{pn}-{V11146[pn]}" for pn in PKGS} | {"jitsi-meet-server-11146"} <= have
    # The files the .debs carry are installed byte for byte.
    carried = {
        "jicofo": ["usr/share/jicofo/jicofo.jar", "usr/share/jicofo/lib/jicofo-common.jar",
                   "etc/jitsi/jicofo/logging.properties"],
        "jitsi-videobridge2": ["usr/share/jitsi-videobridge/jitsi-videobridge.jar",
                               "usr/share/jitsi-videobridge/lib/jitsi-media-transform.jar"],
        "jitsi-meet-web": ["usr/share/jitsi-meet/index.html",
                           "usr/share/jitsi-meet/libs/app.bundle.min.js"],
        "jitsi-meet-web-config": ["usr/share/jitsi-meet-web-config/config.js"],
        "jitsi-meet-prosody": ["usr/share/jitsi-meet/prosody-plugins/mod_muc_size.lua"],
        "jitsi-meet-turnserver": ["usr/share/jitsi-meet-turnserver/turnserver.conf"],
    }
    for deb, paths in carried.items():
        payload = component_files(deb, REAL_SHAPED_VERSIONS[deb])
        for rel in paths:
            assert (prefix.root / rel).read_bytes() == payload[rel], rel
    # And the launch files from FILESDIR.
    for rel in ("usr/libexec/jicofo/jicofo", "etc/init.d/jicofo", "etc/conf.d/jitsi-videobridge",
                "usr/lib/systemd/system/jitsi-videobridge.service",
                "usr/lib/sysctl.d/60-jitsi-videobridge.conf", "etc/init.d/jitsi-meet-server"):
        assert (prefix.root / rel).exists(), rel
    # Components carry no callbacks any more; the configurator (released sdist) has them all.
    assert not (prefix.root / "usr/share/jitsi-meet-master-config/callbacks/jicofo").exists()
    assert (prefix.root / "usr/bin/jitsi-meet-master-config").is_file()


def test_bumped_overlay_passes_our_qa_checks(bumped, gentoo_master):
    clone, dist = bumped
    res = subprocess.run(
        [sys.executable, str(REPO / "tools" / "qa.py"), "--repo", str(clone),
         "--gentoo-repo", str(gentoo_master), "--distdir", str(dist), "--no-pkgcheck"],
        capture_output=True, text=True, timeout=600)
    findings = [ln for ln in res.stdout.splitlines() if "net-im/" in ln]
    assert not findings, "\n".join(findings)


def test_refresh_never_turns_a_source_lock_into_debs(clone, server, key, tmp_path):
    before = snapshot(clone)
    res = bump(clone, server, key, "4548", "--refresh", tmp=tmp_path)
    assert res.returncode == 2, res.stderr
    assert "--refresh would replace it with .deb packages" in res.stderr
    assert snapshot(clone) == before


def test_rerender_in_a_dirty_tree_is_fine_when_nothing_changes(clone, tmp_path):
    (clone / "profiles" / "repo_name").write_text("jitsi-edited\n")
    res = bump(clone, None, None, "4548", tmp=tmp_path)
    assert res.returncode == 0, res.stderr
    (clone / "net-im/jicofo/jicofo-1.0.567.4548.ebuild").write_text("edited\n")
    res = bump(clone, None, None, "4548", tmp=tmp_path)
    assert res.returncode == 1 and "uncommitted changes" in res.stderr


def test_progress_bar_only_on_a_terminal(clone, server, key, tmp_path):
    import pexpect

    (tmp_path / "pipe").mkdir()
    res = bump(clone, server, key, "11146", "--no-commit", tmp=tmp_path / "pipe")
    assert res.returncode == 0 and "it/s" not in res.stderr and "B/s" not in res.stderr
    argv = ["--repo", str(clone), "--distdir", str(tmp_path / "tty"), "--archive", server.url,
            "--keyring", str(key.keyring(tmp_path / "k.gpg")), "--allow-dirty", "--no-commit",
            "--refresh", "11146"]
    child = pexpect.spawn(sys.executable, [str(BUMP), *argv], encoding="utf-8", timeout=120)
    out = child.read()
    child.close()
    assert child.exitstatus == 0, out
    assert "jicofo_1.0-1189-1_all.deb" in out and "B/s" in out  # tqdm's rate column


def test_refuses_a_hostile_filename_in_a_validly_signed_index(clone, server, key, archive,
                                                              tmp_path):
    """The mirror even serves the file under its hostile name: only the grammar stops it."""
    good = "jicofo_1.0-1189-1_all.deb"
    hostile = good + '"$(touch jitsi-overlay-canary)"'
    shutil.copy2(archive.suite_dir / good, archive.suite_dir / hostile)
    archive.publish(edit=lambda p: p.replace(f"Filename: stable/{good}\n".encode(),
                                             f"Filename: stable/{hostile}\n".encode()))
    before = snapshot(clone)
    res = bump(clone, server, key, "11146", tmp=tmp_path)
    assert_refused(res, before, clone, "Filename of jicofo 1.0-1189-1",
                   repr(f"stable/{hostile}"), "relative pool path ending in .deb")
    assert not (tmp_path / "dist" / hostile).exists()
