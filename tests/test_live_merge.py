"""The -9999 set merged by real portage from a signed loopback archive.

jitsi-live.eclass fetches with curl, verifies with gpgv and unpacks in src_unpack, the one
phase portage gives live ebuilds network access (network-sandbox stays on for the others).
The archive is signed by a throw-away key, so the overlay copy pins that key's fingerprint
instead of Jitsi's: the code under test is the shipped eclass, only its pin list differs.
"""

from __future__ import annotations

import gzip
import hashlib
import lzma
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from email.utils import formatdate
from pathlib import Path

import pytest
from conftest import overlay_parts
from jitsi_overlay.gentoo.portage_prefix import PortagePrefix
from jitsi_overlay.loopback_archive import (
    REAL_SHAPED_VERSIONS,
    ArchiveServer,
    FlatRepo,
    GpgKey,
    component_files,
)
from test_configurator_emerge import OVERRIDE, _local_clone

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
LIVE = {  # net-im package -> upstream Debian package
    "jicofo": "jicofo", "jitsi-meet-prosody": "jitsi-meet-prosody",
    "jitsi-meet-turnserver": "jitsi-meet-turnserver", "jitsi-meet-web": "jitsi-meet-web",
    "jitsi-meet-web-config": "jitsi-meet-web-config", "jitsi-videobridge": "jitsi-videobridge2",
    "jitsi-meet-server": "jitsi-meet",
}
# What each ebuild installs from its .deb (the rest of the payload stays out).
INSTALLED_FROM_DEB = {
    "jicofo": ("usr/share/jicofo/jicofo.jar", "usr/share/jicofo/lib/",
               "etc/jitsi/jicofo/logging.properties"),
    "jitsi-videobridge2": ("usr/share/jitsi-videobridge/jitsi-videobridge.jar",
                           "usr/share/jitsi-videobridge/lib/",
                           "etc/jitsi/videobridge/logging.properties"),
    "jitsi-meet-web": ("usr/share/jitsi-meet/",),
    "jitsi-meet-web-config": ("usr/share/jitsi-meet-web-config/",),
    "jitsi-meet-prosody": ("usr/share/jitsi-meet/prosody-plugins/",
                           "usr/share/jitsi-meet-prosody/"),
    "jitsi-meet-turnserver": ("usr/share/jitsi-meet-turnserver/",),
}
NEWER = {**{p: "1.0.9400-1" for p in REAL_SHAPED_VERSIONS},
         "jitsi-videobridge2": "2.3-310-g0123abcd9-1", "jicofo": "1.0-1190-1"}
# External ::gentoo packages count as installed (their stubs install nothing); the
# configurator is merged for real, its -9999 ebuild from a clone of this checkout.
PROVIDED = (
    "app-arch/zstd-1.5.7", "app-crypt/certbot-5.6.0", "app-crypt/gnupg-2.4.8",
    "dev-lang/python-3.11.15",
    "dev-libs/openssl-3.5.4", "net-im/coturn-4.17.2", "net-im/prosody-13.0.5",
    "net-misc/curl-8.17.0", "sys-apps/miscfiles-1.5-r4", "sys-apps/util-linux-2.41",
    "sys-process/procps-4.0.5", "virtual/jre-21", "virtual/tmpfiles-0-r7",
    "www-servers/nginx-1.30.0",
)
RECORDS = "usr/share/jitsi-meet-server/release"
WEB = "=net-im/jitsi-meet-web-9999"
CONFIGURATOR = "app-misc/jitsi-meet-master-config"
MASTER = "etc/jitsi/jitsi-meet-master-config"
# Batch answers for `emerge --config`: a public host, no Let's Encrypt.
ANSWERS = {"JVB_HOSTNAME": "meet.example.org", "JVB_EXTERNAL_IP": "203.0.113.7",
           "JVB_INTERNAL_IP": "203.0.113.7", "LE_ENABLE_AUTO": "n",
           "JICOFO_CONVENE_USER": "host"}


# --- the archive ---------------------------------------------------------------------


def publish_packages(repo: FlatRepo, packages: bytes, key: GpgKey | None = None) -> None:
    """Sign ``packages`` as the suite's index (as FlatRepo.publish, with a given text)."""
    sd = repo.suite_dir
    files = {"Packages": packages, "Packages.gz": gzip.compress(packages, mtime=0),
             "Packages.xz": lzma.compress(packages)}
    for name, data in files.items():
        (sd / name).write_bytes(data)
    lines = ["Origin: jitsi-overlay-tests", "Label: synthetic", f"Suite: {repo.suite}",
             f"Date: {formatdate(usegmt=True)}", "Architectures: all", "SHA256:"]
    lines += [f" {hashlib.sha256(d).hexdigest()} {len(d)} {n}" for n, d in files.items()]
    release = ("\n".join(lines) + "\n").encode()
    (sd / "Release").write_bytes(release)
    (sd / "InRelease").write_bytes((key or repo.key).sign(release, clear=True))


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> tuple[GpgKey, GpgKey]:
    """The pinned (test) key and one nobody pinned."""
    return (GpgKey.generate(tmp_path_factory.mktemp("pinned")),
            GpgKey.generate(tmp_path_factory.mktemp("other"), uid="Other <o@test.invalid>"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory, keys) -> FlatRepo:
    repo = FlatRepo(tmp_path_factory.mktemp("archive") / "root", keys[0])
    repo.add_release(11146, REAL_SHAPED_VERSIONS)
    repo.publish()
    repo.export_key()
    return repo


@pytest.fixture
def serve() -> Iterator[Callable[[FlatRepo], str]]:
    servers: list[ArchiveServer] = []

    def start(repo: FlatRepo) -> str:
        srv = ArchiveServer(repo.root)
        srv.__enter__()
        servers.append(srv)
        return srv.url

    yield start
    for srv in servers:
        srv.stop()


# --- the overlay and the prefix --------------------------------------------------------


def pin(overlay: Path, fingerprints: list[str]) -> None:
    eclass = overlay / "eclass/jitsi-live.eclass"
    text, n = re.subn(r"^_JITSI_LIVE_PINS=\(\n.*?^\)", "_JITSI_LIVE_PINS=(\n"
                      + "".join(f"\t{f}\n" for f in fingerprints) + ")",
                      eclass.read_text(), count=1, flags=re.M | re.S)
    assert n == 1
    eclass.write_text(text)


@pytest.fixture(scope="module")
def overlay(tmp_path_factory, keys) -> Path:
    dest = tmp_path_factory.mktemp("overlay")
    for part in overlay_parts(REPO):
        shutil.copytree(part, dest / part.name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    pin(dest, [keys[0].fingerprint])
    return dest


def live_prefix(path: Path, overlay: Path, gentoo: Path) -> PortagePrefix:
    prefix = PortagePrefix.create(path, repos={"gentoo": gentoo, "jitsi": overlay}, distdirs=[],
                                  provided=PROVIDED)
    etc = prefix.root / "etc/portage"
    # What a user does to choose the live set: accept the unkeyworded -9999 ebuilds.
    (etc / "package.accept_keywords").write_text(
        "".join(f"=net-im/{pn}-9999 **\n" for pn in LIVE))
    return prefix


def emerge(prefix: PortagePrefix, monkeypatch: pytest.MonkeyPatch, url: str, *atoms: str,
           release: str | None = None) -> subprocess.CompletedProcess:
    """``emerge --oneshot ATOMS`` with JITSI_ARCHIVE (and JITSI_RELEASE) from the environment."""
    with monkeypatch.context() as mp:
        mp.setenv("JITSI_ARCHIVE", url)
        if release is None:
            mp.delenv("JITSI_RELEASE", raising=False)
        else:
            mp.setenv("JITSI_RELEASE", release)
        return prefix.emerge("--oneshot", "--quiet-build=n", *atoms, check=False)


def record(root: Path, pn: str) -> dict[str, str]:
    return dict(re.findall(r'^(\w+)="([^"]*)"$', (root / RECORDS / pn).read_text(), re.M))


def live_installed(prefix: PortagePrefix) -> set[str]:
    return {d.name for d in prefix.vdb.glob("net-im/*-9999")}


# --- the whole set, then the real configurator ----------------------------------------


def with_live_configurator(prefix: PortagePrefix, clone: Path) -> None:
    """Choose the -9999 configurator, cloned by git-r3 from ``clone`` (today's code).

    The released 2.0.0 sdist predates what the live set relies on (the one-release
    check of releases.py among others), so the set is configured by the code in this
    checkout, as a user following the live set gets it.
    """
    etc = prefix.root / "etc/portage"
    with (etc / "package.accept_keywords").open("a") as fh:
        fh.write(f"={CONFIGURATOR}-9999 **\n")
    with (etc / "make.conf").open("a") as fh:
        fh.write(f'{OVERRIDE}="{clone}"\n')


@pytest.fixture(scope="module")
def merged(tmp_path_factory, overlay, gentoo_master, archive):
    prefix = live_prefix(tmp_path_factory.mktemp("prefix"), overlay, gentoo_master)
    with_live_configurator(prefix, _local_clone(REPO, tmp_path_factory.mktemp("clone")))
    mp = pytest.MonkeyPatch()
    with ArchiveServer(archive.root) as srv:
        res = emerge(prefix, mp, srv.url, "=net-im/jitsi-meet-server-9999")
        requests = [path for path, _ in srv.requests]
    mp.undo()
    return prefix, res, requests


def test_the_live_set_merges_from_the_signed_archive(merged, keys) -> None:
    prefix, res, requests = merged
    assert res.returncode == 0, (res.stdout + res.stderr)[-6000:]
    assert live_installed(prefix) == {f"{pn}-9999" for pn in LIVE}
    out = res.stdout + res.stderr
    assert f"good signature by pinned key {keys[0].fingerprint}" in out
    # Each package fetched the key, the signed index, the index and its own .deb.
    assert requests.count("/jitsi-key.gpg.key") == len(LIVE)
    assert requests.count("/stable/InRelease") == len(LIVE)
    assert requests.count("/stable/Packages.xz") == len(LIVE)
    assert all(not p.endswith("Release.gpg") for p in requests)


def test_each_package_records_the_one_release(merged, keys, archive) -> None:
    prefix = merged[0]
    for pn, deb in LIVE.items():
        rec = record(prefix.root, pn)
        version = REAL_SHAPED_VERSIONS.get(deb, "2.0.11146-1")
        path = archive.suite_dir / f"{deb}_{version}_all.deb"
        assert rec == {"JITSI_RELEASE": "11146", "DEB_PACKAGE": deb, "DEB_VERSION": version,
                       "DEB_SHA256": hashlib.sha256(path.read_bytes()).hexdigest(),
                       "SIGNER": keys[0].fingerprint}, pn


def test_payloads_are_installed_byte_for_byte(merged) -> None:
    root = merged[0].root
    checked = 0
    for deb, wanted in INSTALLED_FROM_DEB.items():
        for rel, data in component_files(deb, REAL_SHAPED_VERSIONS[deb]).items():
            if rel.startswith(wanted):
                assert (root / rel).read_bytes() == data, rel
                checked += 1
    assert checked >= 15
    # The FILESDIR support files of the current generation came along.
    assert (root / "usr/libexec/jicofo/jicofo").is_file()
    assert (root / "usr/libexec/jitsi-meet-server/jitsi-meet-server-healthcheck").is_file()


def test_other_phases_have_no_network(merged) -> None:
    """network-sandbox is on: only src_unpack of a live ebuild reached the archive."""
    info = merged[0].emerge("--info")
    features = re.search(r'^FEATURES="([^"]*)"', info.stdout, re.M)
    assert features and "network-sandbox" in features[1].split()


def test_the_configurator_configures_the_current_generation(merged) -> None:
    from test_current_set import add_service_users, seed

    prefix = merged[0]
    root = prefix.root
    # jitsi-meet-server-9999 pulled in the configurator: the -9999 built from this checkout.
    assert [d.name for d in prefix.vdb.glob(f"{CONFIGURATOR}-*")] == [
        "jitsi-meet-master-config-9999"]
    merged_code = root / "usr/lib/python3.11/site-packages/jitsi_configurator/releases.py"
    assert merged_code.read_bytes() == (
        REPO / "configurator/src/jitsi_configurator/releases.py").read_bytes()
    seed(root)  # what prosody, nginx and coturn (provided, so not merged) leave in /etc
    add_service_users(root)
    # Batch mode the way that reaches pkg_config: JMMC_BATCH_MODE="y" in the master config
    # with the answers.  (Variables of the calling environment, JMMC_ANSWERS included, do
    # not: portage runs pkg_config in the package's saved environment and passes only its
    # whitelist of the caller's variables.)
    (root / MASTER).write_text('JMMC_BATCH_MODE="y"\n'
                               + "".join(f'{k}="{v}"\n' for k, v in ANSWERS.items()))
    (root / MASTER).chmod(0o640)
    res = prefix.emerge("--config", CONFIGURATOR, check=False)  # stdin: empty
    out = res.stdout + res.stderr
    assert res.returncode == 0, out[-4000:]
    assert "file(s) written" in out and "Hostname [" not in out  # nothing was asked
    master = dict(re.findall(r'^(\w+)="([^"]*)"$', (root / MASTER).read_text(), re.M))
    assert {k: master[k] for k in ANSWERS} == ANSWERS
    # The current generation's HOCON files, not the 2020 generation's properties.
    jvb = (root / "etc/jitsi/videobridge/jvb.conf").read_text()
    jicofo = (root / "etc/jitsi/jicofo/jicofo.conf").read_text()
    assert "videobridge {" in jvb and "jicofo {" in jicofo
    assert "meet.example.org" in jvb and "meet.example.org" in jicofo
    assert master["JVB_AUTH_PASSWORD"] in jvb
    assert master["JICOFO_AUTH_PASSWORD"] in jicofo
    for legacy in ("videobridge/sip-communicator.properties",
                   "jicofo/sip-communicator.properties"):
        assert not (root / "etc/jitsi" / legacy).exists()


# --- every broken chain fails src_unpack and installs nothing -------------------------


def _tamper_inrelease(repo: FlatRepo, keys) -> None:
    p = repo.suite_dir / "InRelease"
    p.write_bytes(p.read_bytes().replace(b"Label: synthetic", b"Label: synthetiC"))


def _unpinned_key(repo: FlatRepo, keys) -> None:
    repo.key = keys[1]
    repo.publish()
    repo.export_key()


def _signed_by_unpinned(repo: FlatRepo, keys) -> None:
    publish_packages(repo, (repo.suite_dir / "Packages").read_bytes(), key=keys[1])


def _packages_mismatch(repo: FlatRepo, keys) -> None:
    repo.publish(tamper=["Packages.xz"])


def _deb_mismatch(repo: FlatRepo, keys) -> None:
    deb = repo.suite_dir / f"jitsi-meet-web_{REAL_SHAPED_VERSIONS['jitsi-meet-web']}_all.deb"
    data = bytearray(deb.read_bytes())
    data[-10] ^= 0x01
    deb.write_bytes(bytes(data))


def _hostile(field: str, value: str) -> Callable[[FlatRepo, object], None]:
    def change(repo: FlatRepo, keys) -> None:
        text = (repo.suite_dir / "Packages").read_text()
        stanzas = text.split("\n\n")
        for i, st in enumerate(stanzas):
            if st.startswith("Package: jitsi-meet-web\n"):
                stanzas[i] = re.sub(rf"^{field}: .*$", f"{field}: {value}", st, flags=re.M)
        if field == "Version":  # the meta package pins the hostile version
            stanzas = [re.sub(r"jitsi-meet-web \(= [^)]*\)", f"jitsi-meet-web (= {value})", s)
                       for s in stanzas]
        publish_packages(repo, "\n\n".join(stanzas).encode())
    return change


BROKEN = {
    "tampered-inrelease": (_tamper_inrelease, "bad or unverifiable signature on"),
    "unpinned-key": (_unpinned_key, "is not pinned: if Jitsi rotated its key"),
    "signed-by-unpinned-key": (_signed_by_unpinned, "bad or unverifiable signature on"),
    "packages-mismatch": (_packages_mismatch, "but the signed Release says"),
    "deb-mismatch": (_deb_mismatch, "but the signed Packages index says"),
    "filename-traversal": (_hostile("Filename", "stable/../../../etc/evil.deb"),
                           "has Filename 'stable/../../../etc/evil.deb', which is not a "
                           "relative pool path"),
    "filename-absolute": (_hostile("Filename", "/etc/evil.deb"), "has Filename '/etc/evil.deb'"),
    "version-command": (_hostile("Version", "1.0.9365-1;touch${IFS}/tmp/x"),
                        "which is not a Debian version"),
    "size-garbage": (_hostile("Size", "5969872x"), "has Size '5969872x'"),
    "sha256-short": (_hostile("SHA256", "abc123"), "has SHA256 'abc123', which is not 64"),
}


@pytest.fixture(scope="module")
def bare(tmp_path_factory, overlay, gentoo_master) -> PortagePrefix:
    return live_prefix(tmp_path_factory.mktemp("bare"), overlay, gentoo_master)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_chain_fails_src_unpack(case, archive, keys, bare, serve, tmp_path,
                                         monkeypatch) -> None:
    change, message = BROKEN[case]
    repo = archive.copy(tmp_path / "archive")
    change(repo, keys)
    res = emerge(bare, monkeypatch, serve(repo), WEB)
    out = res.stdout + res.stderr
    assert res.returncode == 1
    assert message in out, out[-3000:]
    assert "ERROR: net-im/jitsi-meet-web-9999::jitsi failed (unpack phase)" in out
    assert not live_installed(bare)
    assert not (bare.root / "usr/share/jitsi-meet").exists()
    assert not Path("/tmp/x").exists()


def test_a_mirror_can_move_the_files_but_not_the_trust(archive, keys, overlay, gentoo_master,
                                                        serve, tmp_path, monkeypatch) -> None:
    """A mirror under another path serves the set; its own key is refused."""
    prefix = live_prefix(tmp_path / "prefix", overlay, gentoo_master)
    mirror = tmp_path / "srv"
    repo = archive.copy(mirror / "jitsi-mirror")
    url = serve(FlatRepo(mirror, keys[0])) + "/jitsi-mirror/"
    res = emerge(prefix, monkeypatch, url, WEB)
    assert res.returncode == 0, (res.stdout + res.stderr)[-4000:]
    assert record(prefix.root, "jitsi-meet-web")["JITSI_RELEASE"] == "11146"
    _unpinned_key(repo, keys)
    res = emerge(prefix, monkeypatch, url, WEB)
    assert res.returncode == 1 and "is not pinned" in res.stdout + res.stderr
    # The installed package stays as it was.
    assert record(prefix.root, "jitsi-meet-web")["SIGNER"] == keys[0].fingerprint


# --- one release across merges --------------------------------------------------------


def test_one_release_across_merges(tmp_path, overlay, gentoo_master, archive, serve,
                                   monkeypatch) -> None:
    repo = archive.copy(tmp_path / "archive")
    url = serve(repo)
    prefix = live_prefix(tmp_path / "prefix", overlay, gentoo_master)
    root = prefix.root

    def merge(atom: str, release: str | None) -> None:
        res = emerge(prefix, monkeypatch, url, atom, release=release)
        assert res.returncode == 0, (res.stdout + res.stderr)[-4000:]

    merge(WEB, "11146")
    repo.add_release(11200, NEWER)  # upstream publishes a newer release meanwhile
    repo.publish()
    merge("=net-im/jitsi-meet-web-config-9999", "11146")  # the admin's pin is honoured
    merge("=net-im/jitsi-meet-prosody-9999", None)  # unset: follows what is installed
    for pn in ("jitsi-meet-web", "jitsi-meet-web-config", "jitsi-meet-prosody"):
        assert record(root, pn)["JITSI_RELEASE"] == "11146", pn
    assert record(root, "jitsi-meet-prosody")["DEB_VERSION"] == "1.0.9365-1"

    merge("=net-im/jitsi-meet-turnserver-9999", "newest")  # the admin moves one package
    assert record(root, "jitsi-meet-turnserver") == {
        **record(root, "jitsi-meet-turnserver"), "JITSI_RELEASE": "11200",
        "DEB_VERSION": "1.0.9400-1"}

    # The eclass refuses to guess which release to follow now ...
    res = emerge(prefix, monkeypatch, url, "=net-im/jicofo-9999")
    assert res.returncode == 1
    assert "come from different releases" in res.stdout + res.stderr
    assert not (prefix.vdb / "net-im/jicofo-9999").exists()
    # ... and the configurator refuses the mixed set, naming the packages.
    res = subprocess.run([sys.executable, "-m", "jitsi_configurator", "--root", str(root),
                          "--batch"], input="", capture_output=True, text=True,
                         env=prefix.env())
    assert res.returncode == 1
    assert ("the installed Jitsi packages come from different releases (release 11146: "
            "net-im/jitsi-meet-prosody-9999, net-im/jitsi-meet-web-9999, "
            "net-im/jitsi-meet-web-config-9999; release 11200: "
            "net-im/jitsi-meet-turnserver-9999)") in res.stderr
    assert not (root / "etc/jitsi/jitsi-meet-master-config").exists()
