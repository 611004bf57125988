"""The real ``emerge --config app-misc/jitsi-meet-master-config`` in a test prefix."""

from __future__ import annotations

import shutil

import pexpect
import pytest

ATOM = "app-misc/jitsi-meet-master-config"
MASTER = "etc/jitsi/jitsi-meet-master-config"
# localhost: Hostname, RAM, Username, Password, own crt, write, build.
LOCALHOST = "\n" * 7

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DNS query and no address discovery from inside pkg_config (env passes through)."""
    monkeypatch.setenv("JMMC_NO_NETWORK", "y")


@pytest.fixture(scope="module")
def prefix(tmp_path_factory, gentoo_master, repo_root):
    """The configurator merged (with its dependencies) into a fresh prefix."""
    from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

    overlay = tmp_path_factory.mktemp("overlay")
    for part in ("profiles", "metadata", "eclass", "acct-group", "app-misc"):
        if (repo_root / part).exists():
            shutil.copytree(repo_root / part, overlay / part,
                            ignore=shutil.ignore_patterns("__pycache__"))
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": overlay}, distdirs=[])
    prefix.emerge("--oneshot", ATOM)
    return prefix


def _clean(prefix) -> None:
    for p in (prefix.root / MASTER, prefix.root / "var/lib/jitsi-meet-master-config/written.json"):
        p.unlink(missing_ok=True)


def test_merge_installs_core_and_keeps_dirs(prefix) -> None:
    lib = prefix.root / "usr/lib/jitsi-meet-master-config/jmmc"
    assert (lib / "api.py").is_file() and (lib / "__main__.py").is_file()
    assert (prefix.root / "usr/share/jitsi-meet-master-config/callbacks").is_dir()
    assert (prefix.root / "etc/jitsi").is_dir()
    assert any(prefix.vdb.glob("app-misc/jitsi-meet-master-config-1.0"))


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
