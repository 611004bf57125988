"""Rootfs build and install pieces: refusals, settings written into the tree, README
agreement, an interrupted build.  The full build/boot is in test_rootfs_images.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rootfs_standin as standin
from jitsi_overlay.rootfs import RootfsError, boot, credentials, portage_config
from jitsi_overlay.rootfs.nspawn import Nspawn
from jitsi_overlay.rootfs.packages import StepContext, gentoo_emerge, load_step
from rootfs_netguard import host_network_unchanged
from rootfs_netguard import host_network_untouched as host_network_untouched  # autouse
from rootfs_netguard import (  # autouse
    host_network_untouched_by_fixtures as host_network_untouched_by_fixtures,
)
from rootfs_netns import TestNetns

REPO = Path(__file__).resolve().parent.parent

ROOTFS = REPO / "tools/rootfs.py"
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root")


def rootfs(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOTFS), *map(str, args)], capture_output=True,
                          text=True, timeout=600, check=False)


# --- settings written into the tree ---------------------------------------------------


def _readme_heredoc(target: str) -> list[str]:
    text = (REPO / "README.md").read_text()
    m = re.search(rf"cat >> {re.escape(target)} <<EOF\n(.*?)\nEOF", text, re.S)
    assert m, f"README.md no longer writes {target}"
    return m.group(1).splitlines()


def test_use_and_keywords_are_the_readmes() -> None:
    assert list(portage_config.ACCEPT_KEYWORDS) == _readme_heredoc(
        "/etc/portage/package.accept_keywords/jitsi")
    assert list(portage_config.PACKAGE_USE) == _readme_heredoc("/etc/portage/package.use/jitsi")


def test_repositories_as_eselect_repository_writes_them(tmp_path: Path) -> None:
    (tmp_path / "etc/portage").mkdir(parents=True)
    jitsi = portage_config.jitsi_repository()
    assert jitsi.sync_uri in (REPO / "README.md").read_text()
    out = portage_config.write_repositories(tmp_path, (portage_config.GENTOO, jitsi))
    assert out == tmp_path / "etc/portage/repos.conf/eselect-repo.conf"
    text = out.read_text()
    assert "[jitsi]\nlocation = /var/db/repos/jitsi\nsync-type = git\nsync-uri = https://" in text
    assert "[gentoo]\nlocation = /var/db/repos/gentoo\n" in text
    assert (tmp_path / "var/db/repos/jitsi").is_dir()


def test_settings_files_or_directories_and_binhost(tmp_path: Path) -> None:
    etc = tmp_path / "etc/portage"
    etc.mkdir(parents=True)
    (etc / "package.use").write_text("sys-apps/foo bar\n")  # a stage3 with a single file
    (etc / "make.conf").write_text('COMMON_FLAGS="-O2"\n')
    kw, use = portage_config.write_use_and_keywords(tmp_path)
    assert kw == etc / "package.accept_keywords/jitsi"
    assert use == etc / "package.use"
    assert use.read_text().startswith("sys-apps/foo bar\n")
    assert portage_config.PACKAGE_USE[0] in use.read_text()
    written = portage_config.write_binhost(tmp_path)
    assert (etc / "binrepos.conf/gentoobinhost.conf") in written
    assert "getbinpkg binpkg-request-signature" in (etc / "make.conf").read_text()
    # a rerun adds nothing twice
    portage_config.write_binhost(tmp_path)
    assert (etc / "make.conf").read_text().count("getbinpkg") == 1


def test_missing_portage_dir_is_named(tmp_path: Path) -> None:
    with pytest.raises(RootfsError, match="no /etc/portage"):
        portage_config.write_use_and_keywords(tmp_path)


def test_openrc_boot_settings(tmp_path: Path) -> None:
    (tmp_path / "etc/init.d").mkdir(parents=True)
    (tmp_path / "etc/init.d/sshd").write_text("#!/sbin/openrc-run\n")
    (tmp_path / "etc/ssh").mkdir()
    (tmp_path / "etc/ssh/sshd_config").write_text("PermitRootLogin yes\n")
    (tmp_path / "etc/inittab").write_text(
        "c1:12345:respawn:/sbin/agetty 38400 tty1 linux\n"
        "#c7:12345:respawn:/sbin/agetty 38400 tty7 linux\n"
        "s0:12345:respawn:/sbin/agetty -L 9600 console vt100\n")
    (tmp_path / "etc/runlevels/boot").mkdir(parents=True)
    (tmp_path / "etc/runlevels/boot/net.lo").symlink_to("/etc/init.d/net.lo")
    boot.configure(tmp_path, "openrc", ())
    inittab = (tmp_path / "etc/inittab").read_text().splitlines()
    assert inittab[0].startswith("#c1:") and inittab[2].startswith("s0:")
    sshd = (tmp_path / "etc/ssh/sshd_config").read_text()
    # the drop-in is read before the stage3's own "PermitRootLogin yes" (first value wins)
    assert sshd.index("Include /etc/ssh/sshd_config.d/*.conf") < sshd.index("PermitRootLogin")
    dropin = (tmp_path / boot.SSHD_DROPIN).read_text()
    assert "ListenAddress 127.0.0.1:2222" in dropin and "PasswordAuthentication no" in dropin
    assert os.readlink(tmp_path / "etc/runlevels/default/sshd") == "/etc/init.d/sshd"
    assert not (tmp_path / "etc/runlevels/boot/net.lo").is_symlink()
    assert 'rc_provide="loopback net"' in (tmp_path / "etc/rc.conf").read_text()
    with pytest.raises(RootfsError, match="'cronie' is not installed"):
        boot.configure(tmp_path, "openrc", ("cronie",))


# --- credentials ----------------------------------------------------------------------


def test_credentials_refuse_private_keys_and_passwords(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")
    with pytest.raises(RootfsError, match="no OpenSSH public key"):
        credentials.read_authorized_keys(key)
    key.write_text("# mine\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9v me@host\n")
    assert credentials.read_authorized_keys(key).startswith("ssh-ed25519 ")
    pw = tmp_path / "pw"
    pw.write_text("hunter2\n")
    with pytest.raises(RootfsError, match="one crypt"):
        credentials.read_password_hash(pw)
    pw.write_text("$6$salt$" + "a" * 86 + "\n")
    assert credentials.read_password_hash(pw).startswith("$6$")


def test_package_step_spec_errors(tmp_path: Path) -> None:
    with pytest.raises(RootfsError, match=r"neither 'gentoo' nor FILE\.py:NAME or MODULE:NAME"):
        load_step("emerge")
    with pytest.raises(RootfsError, match="cannot load package step"):
        load_step("no_such_module_here:step")
    with pytest.raises(RootfsError, match=r"no file .*/absent\.py"):
        load_step(f"{tmp_path}/absent.py:step")
    assert load_step("gentoo").__name__ == "gentoo_emerge"
    (tmp_path / "rootfs_test_own_step.py").write_text("def go(ctx):\n    return ('x',)\n")
    assert load_step(f"{tmp_path}/rootfs_test_own_step.py:go")(None) == ("x",)  # type: ignore[arg-type]
    with pytest.raises(RootfsError, match="cannot load package step"):
        load_step(f"{tmp_path}/rootfs_test_own_step.py:absent")


def test_package_step_commands_get_the_host_network_only_to_download(tmp_path: Path) -> None:
    n = Nspawn(tmp_path)
    assert "--private-network" in n.argv(["useradd", "x"], {})
    assert "--private-network" not in n.argv(["apt-get", "update"], {}, network=True)
    assert "--boot" not in n.argv(["true"], {}) and "--boot" not in n.argv(["true"], {}, True)
    # the real emerge step asks for the network only for syncs, keys and emerge
    calls: list[tuple[list[str], bool]] = []

    class Recorder(Nspawn):
        def run(self, command, *, env=None, what=None, input=None, network=False) -> str:  # type: ignore[no-untyped-def,override]
            calls.append((list(command), network))
            return ""

    gentoo_emerge(StepContext(tmp_path, "openrc", Recorder(tmp_path)))
    downloading = {c[0] for c, net in calls if net}
    assert downloading == {"emaint", "getuto", "emerge"}, calls
    assert [c for c, net in calls if not net] == [["eselect", "news", "read", "--quiet", "all"]]


@needs_root
def test_guard_sees_changes_to_existing_interfaces_even_when_undone() -> None:
    """The guard every test here runs under, on a namespace of its own (never the host's)."""
    if shutil.which("ip") is None:
        pytest.skip("iproute2 is not installed (./dev setup)")

    def ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True)

    with TestNetns("jrootfsg") as ns, ns.entered():
        with host_network_unchanged():  # somebody else's interface coming and going
            ip("link", "add", "jrg-a", "type", "veth", "peer", "name", "jrg-b")
            ip("link", "set", "jrg-a", "up")
            ip("link", "del", "jrg-a")
        with pytest.raises(AssertionError, match=r"route added: -4 198\.51\.100\.0/24 dev lo"), \
                host_network_unchanged():
            ip("route", "add", "198.51.100.0/24", "dev", "lo")
        with pytest.raises(AssertionError, match=r"route lost: -4 198\.51\.100\.0/24 dev lo"), \
                host_network_unchanged():
            ip("route", "del", "198.51.100.0/24", "dev", "lo")
        with pytest.raises(AssertionError, match=r"interface lo: .* state UNKNOWN -> "), \
                host_network_unchanged():
            ip("link", "set", "lo", "down")
        ip("link", "set", "lo", "up")
        # down and up again at once (a watchdog repairing it): only the events tell
        with pytest.raises(AssertionError, match=r"while running: \[LINK\]1: lo: <LOOPBACK>"), \
                host_network_unchanged():
            ip("link", "set", "lo", "down")
            ip("link", "set", "lo", "up")


# --- refusals and interruption, through the CLI ---------------------------------------


@pytest.fixture(scope="module")
def stage3s():
    if os.geteuid() != 0 or shutil.which("mmdebstrap") is None:
        pytest.skip("needs root and mmdebstrap (./dev setup)")
    return standin.stage3_set()


def _build(s3, init: str, out: Path, stage3: Path, *extra: str | Path,
           step: str = standin.STEP) -> subprocess.CompletedProcess[str]:
    return rootfs("build", "--init", init, "--stage3", stage3, "--keyring", s3.releng.public,
                  "--signer", s3.releng.fingerprint, "--sign-key", s3.publisher.fingerprint,
                  "--gnupg-home", s3.publisher.home, "--output", out, "--work-dir",
                  out.parent / "work", "--package-step", step, "--xz-level", "0", *extra)


@needs_root
def test_unsigned_or_foreign_signed_stage3_is_refused(stage3s, tmp_path: Path) -> None:
    tiny = tmp_path / "stage3-amd64-openrc-tiny.tar.xz"
    (tmp_path / "content").mkdir()
    subprocess.run(["tar", "-cJf", str(tiny), "-C", str(tmp_path / "content"), "."], check=True)
    proc = _build(stage3s, "openrc", tmp_path / "out", tiny)
    assert proc.returncode == 1 and "unsigned file is refused" in proc.stderr, proc.stderr
    # signed, but by the image key, which is not the pinned stage3 signer
    subprocess.run(["gpg", "--homedir", str(stage3s.publisher.home), "--batch", "--armor",
                    "--detach-sign", str(tiny)], check=True, capture_output=True)
    proc = _build(stage3s, "openrc", tmp_path / "out", tiny)
    assert proc.returncode == 1 and "not pinned" in proc.stderr, proc.stderr
    # Gentoo's pinned key is the default signer
    proc = rootfs("build", "--init", "openrc", "--stage3", tiny, "--keyring",
                  stage3s.publisher.public, "--sign-key", "x", "--output", tmp_path / "out")
    assert proc.returncode == 1 and "not pinned" in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@needs_root
def test_stage3_of_the_other_init_is_refused(stage3s, tmp_path: Path) -> None:
    proc = _build(stage3s, "openrc", tmp_path / "out", stage3s.tarball("systemd"))
    assert proc.returncode == 1 and "boots systemd, not openrc" in proc.stderr, proc.stderr


@needs_root
def test_interrupted_build_leaves_no_image(stage3s, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    proc = _build(stage3s, "openrc", out, stage3s.tarball("openrc"),
                  step=standin.STEP.replace(":debian_standin", ":interrupted_step"))
    assert proc.returncode == 1 and "interrupted" in proc.stderr, proc.stderr
    assert list(out.iterdir()) == []
    assert list((tmp_path / "work").iterdir()) == [], "the half-made tree is left behind"
