"""The real ``emerge --config app-misc/jitsi-meet-master-config`` in a test prefix.

The configurator is merged the two ways users get it: the released sdist from a DISTDIR
(``tools/releases/configurator``, what ``tools/release.py`` published) and the ``-9999``
ebuild cloning a local repository with git-r3.  Both run the same ``emerge --config``
checks.  A third prefix upgrades from the 1.0 package (the FILESDIR program, taken from
git history) and checks that the configuration and its state survive unchanged.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pexpect
import pytest

ATOM = "app-misc/jitsi-meet-master-config"
MASTER = "etc/jitsi/jitsi-meet-master-config"
STATE = "var/lib/jitsi-meet-master-config"
WRITTEN = f"{STATE}/written.json"
SITE = "usr/lib/python3.11/site-packages"
# localhost: Hostname, RAM, Username, Password, own crt, write, build.
LOCALHOST = "\n" * 7
# git-r3's override variable for EGIT_REPO_URI .../jitsi-gentoo/jitsi-overlay.git
OVERRIDE = "EGIT_OVERRIDE_REPO_JITSI_GENTOO_JITSI_OVERLAY"
# The last commit with the 1.0 package (FILESDIR program under /usr/lib).
COMMIT_1_0 = "73fbcac"
OVERLAY_PARTS = ("profiles", "metadata", "eclass", "acct-group", "app-misc")

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DNS query and no address discovery from inside pkg_config (env passes through)."""
    monkeypatch.setenv("JMMC_NO_NETWORK", "y")


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def _overlay(repo_root: Path, dest: Path) -> Path:
    for part in OVERLAY_PARTS:
        shutil.copytree(repo_root / part, dest / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def _local_clone(repo_root: Path, dest: Path) -> Path:
    """A git repository holding today's configurator/ (committed or not), as git-r3's source."""
    shutil.copytree(repo_root / "configurator", dest / "configurator",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"))
    _git(dest, "init", "-q", "-b", "main")
    _git(dest, "-c", "user.name=Test", "-c", "user.email=test@test.invalid", "add", "-A")
    _git(dest, "-c", "user.name=Test", "-c", "user.email=test@test.invalid",
         "commit", "-q", "-m", "configurator as in the working tree")
    return dest


@pytest.fixture(scope="module", params=["released", "live"])
def prefix(request, tmp_path_factory, gentoo_master, repo_root):
    """The configurator merged (with its dependencies) into a fresh prefix."""
    from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

    overlay = _overlay(repo_root, tmp_path_factory.mktemp("overlay"))
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": overlay}, distdirs=[])
    if request.param == "live":
        clone = _local_clone(repo_root, tmp_path_factory.mktemp("clone"))
        etc = prefix.root / "etc/portage"
        (etc / "package.accept_keywords").write_text(f"={ATOM}-9999 **\n")
        with (etc / "make.conf").open("a") as fh:
            fh.write(f'{OVERRIDE}="{clone}"\n')
        prefix.emerge("--oneshot", f"={ATOM}-9999")
    else:
        prefix.emerge("--oneshot", ATOM)
    return prefix


def _clean(prefix) -> None:
    for p in (prefix.root / MASTER, prefix.root / WRITTEN):
        p.unlink(missing_ok=True)


VERSIONS = {"released": "2.0.0", "live": "9999"}


def test_merge_installs_the_distribution(prefix, request, repo_root: Path) -> None:
    root = prefix.root
    version = VERSIONS[request.node.callspec.params["prefix"]]
    assert [d.name for d in prefix.vdb.glob(f"{ATOM}-*")] == [
        f"jitsi-meet-master-config-{version}"]
    package = root / SITE / "jitsi_configurator"
    assert (package / "main.py").is_file()
    assert sorted(p.name for p in (package / "components/jicofo/templates").glob("*.j2"))
    assert not (root / "usr/lib/jitsi-meet-master-config").exists()
    script = (root / "usr/bin/jitsi-meet-master-config").read_text().splitlines()
    assert script[0] == f"#!{root}/usr/bin/python3.11"
    assert (root / "usr/share/jitsi-meet-master-config/callbacks").is_dir()
    assert (root / "etc/jitsi").is_dir()
    assert (root / STATE).stat().st_mode & 0o777 == 0o700
    # portage's module comes from sys-apps/portage, the Gentoo way (no sys.path patching).
    rdepend = (prefix.vdb / f"{ATOM}-{version}" / "RDEPEND").read_text()
    assert "sys-apps/portage[python_targets_python3_11(-)]" in rdepend
    if version == "9999":
        # git-r3 cloned the local repository: the merged code is today's working tree.
        mine = repo_root / "configurator/src/jitsi_configurator/registry.py"
        assert (package / "registry.py").read_bytes() == mine.read_bytes()


def test_prefix_interpreter_imports_the_merged_package(prefix) -> None:
    res = subprocess.run(
        [str(prefix.root / "usr/bin/python3.11"), "-c",
         "import jitsi_configurator, portage; print(jitsi_configurator.__file__)"],
        capture_output=True, text=True, check=True, env={"PATH": os.environ["PATH"]})
    assert res.stdout.strip() == str(prefix.root / SITE / "jitsi_configurator/__init__.py")


def test_config_through_a_pipe(prefix) -> None:
    _clean(prefix)
    result = prefix.emerge("--config", ATOM, input=LOCALHOST)
    out = result.stdout + result.stderr
    assert "* Hostname [localhost]: " in out and "Convener: admin / " in out
    master = prefix.root / MASTER
    st = master.stat()
    assert st.st_mode & 0o777 == 0o640
    jitsi_gid = next(int(line.split(":")[2]) for line in
                     (prefix.root / "etc/group").read_text().splitlines()
                     if line.startswith("jitsi:"))
    assert st.st_gid == jitsi_gid
    assert 'JVB_HOSTNAME="localhost"' in master.read_text()


def test_config_through_a_pty_then_reuse(prefix) -> None:
    _clean(prefix)
    child = prefix.spawn("emerge", "--config", ATOM)
    for prompt, answer in (("Hostname [localhost]: ", ""),
                           ("Max videobridge daemon RAM [1024m]: ", "512m"),
                           ("Username [admin]: ", "chair"), ("Password [", ""),
                           ("key/crt pair for localhost? (y/n) [n]: ", ""),
                           ("write it? (y/n) [y]: ", ""),
                           ("Build component configurations from this? (y/n) [y]: ", "")):
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    text = (prefix.root / MASTER).read_text()
    assert 'JVB_MAX_MEMORY="512m"' in text and 'JICOFO_CONVENE_USER="chair"' in text
    result = prefix.emerge("--config", ATOM, input="y\n")
    assert "Re-use existing configuration for localhost? (y/n) [n]: " in result.stdout
    assert "0 file(s) written" in result.stdout
    assert (prefix.root / MASTER).read_text() == text


def test_end_of_input_fails_and_writes_nothing(prefix) -> None:
    _clean(prefix)
    result = prefix.emerge("--config", ATOM, input="meet.example.org\n", check=False)
    assert result.returncode == 1
    assert "end of input" in result.stdout + result.stderr
    assert "External IP address [localhost]: " in result.stdout  # offline default
    assert not (prefix.root / MASTER).exists()


# --- upgrade from the 1.0 package ----------------------------------------------------


def _package_1_0(repo_root: Path, overlay: Path) -> None:
    """Add the 1.0 ebuild and its FILESDIR program, as committed before the move."""
    try:
        data = subprocess.run(
            ["git", "archive", "--format=tar", COMMIT_1_0, "--", "app-misc"],
            cwd=repo_root, check=True, capture_output=True).stdout
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"commit {COMMIT_1_0} (the 1.0 package) is not in this clone "
                    f"({exc.stderr.decode().strip()}): fetch the full history "
                    "(git fetch --unshallow)")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(overlay, filter="data")


def _state(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Master config, record and backups: content, mode and group of every file."""
    out = {}
    for path in [root / MASTER, *sorted((root / STATE).rglob("*"))]:
        if path.is_file() and not path.name.startswith(".keep"):
            st = path.stat()
            out[str(path.relative_to(root))] = (path.read_bytes(), st.st_mode, st.st_gid)
    return out


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory, gentoo_master, repo_root):
    """1.0 merged and configured twice (so a backup exists), then upgraded to 2.0.0."""
    from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

    overlay = _overlay(repo_root, tmp_path_factory.mktemp("overlay"))
    _package_1_0(repo_root, overlay)
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": overlay}, distdirs=[])
    prefix.emerge("--oneshot", f"={ATOM}-1.0")
    assert (prefix.root / "usr/lib/jitsi-meet-master-config/jmmc/main.py").is_file()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JMMC_NO_NETWORK", "y")  # module scope: the autouse fixture is not active
        prefix.emerge("--config", ATOM, input=LOCALHOST)
        # Second run: no re-use, another RAM size: the master config is replaced (backup).
        prefix.emerge("--config", ATOM, input="n\n\n512m\n" + "\n" * 5)
    # A 1.0-era component package's callback, with no API_VERSION: 2.0 must skip it.
    legacy = prefix.root / "usr/share/jitsi-meet-master-config/callbacks/jitsi-videobridge"
    legacy.mkdir(parents=True)
    (legacy / "callback.py").write_text("raise SystemExit('1.0-era callback must not run')\n")
    before = _state(prefix.root)
    upgrade = prefix.emerge("--oneshot", ATOM)
    return prefix, before, upgrade


def test_upgrade_from_1_0_keeps_the_configuration(upgraded) -> None:
    prefix, before, _ = upgraded
    assert any("/backups/" in rel for rel in before), sorted(before)
    assert WRITTEN in before and MASTER in before
    assert [d.name for d in prefix.vdb.glob(f"{ATOM}-*")] == ["jitsi-meet-master-config-2.0.0"]
    assert not (prefix.root / "usr/lib/jitsi-meet-master-config/jmmc").exists()
    assert _state(prefix.root) == before


def test_reuse_after_upgrade_changes_nothing(upgraded) -> None:
    prefix, before, _ = upgraded
    result = prefix.emerge("--config", ATOM, input="y\n")
    assert "Re-use existing configuration for localhost? (y/n) [n]: " in result.stdout
    assert "0 file(s) written" in result.stdout, result.stdout[-2000:]
    assert _state(prefix.root) == before
