"""Rootfs images, for real: build both images from signed stage3-shaped tarballs with
tools/rootfs.py (the emerge step replaced by the Debian stand-in), install them with the
.nspawn file, boot them under systemd-nspawn with OpenRC and with systemd as PID 1,
configure, start jitsi-meet-server through our init files, log in over BOSH through the
container's nginx from the host, reach sshd on 127.0.0.1:2222 (OpenRC), shut down cleanly,
and find the image on disk untouched (--volatile=overlay).

The .nspawn file shares "the host's" network with the container.  Each container here is
started in a network namespace the test makes (rootfs_netns.TestNetns): that namespace is
the host the container sees, and every probe "from the host" (ssh, BOSH) runs in it.  The
real host's interfaces and routes are checked before and after every test
(rootfs_netguard); image builds use the network only for apt's downloads.

This host's PID 1 is not systemd, so machinectl cannot work: the container is started with
the command line of systemd-nspawn@.service plus --register=no (docs/containers-and-
hosts.md), and the systemd image's login path is exercised with ``systemd-run -M NAME``,
the same container-bus transport ``machinectl shell`` uses.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import rootfs_standin as standin
from jitsi_overlay.realservers import configs, xmpp
from jitsi_overlay.realservers.ports import free_port
from jitsi_overlay.realservers.testroot import Ports
from rootfs_netguard import host_network_unchanged
from rootfs_netguard import host_network_untouched as host_network_untouched  # autouse
from rootfs_netguard import (  # autouse
    host_network_untouched_by_fixtures as host_network_untouched_by_fixtures,
)
from rootfs_netns import TestNetns

REPO = Path(__file__).resolve().parent.parent

ROOTFS = REPO / "tools/rootfs.py"
DOMAIN = "meet.test"
NSPAWN_RUN_DIR = Path("/run/systemd/nspawn")  # trusted settings location, gone at reboot
MISSING = [t for t in ("mmdebstrap", "systemd-nspawn", "nsenter", "gpg", "gpgv", "xz", "ssh",
                       "setcap", "getcap", "ip") if shutil.which(t) is None]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="images need root (owners, nspawn)"),
    pytest.mark.skipif(bool(MISSING), reason=f"not installed: {MISSING} (./dev setup)"),
]


def rootfs(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, str(ROOTFS), *map(str, args)], capture_output=True,
                          text=True, timeout=900, check=False)
    if check and proc.returncode != 0:
        raise AssertionError(f"tools/rootfs.py {args[0]} exited {proc.returncode}:\n"
                             f"{proc.stdout}{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def stage3s() -> standin.Stage3Set:
    return standin.stage3_set()


def build_args(s3: standin.Stage3Set, init: str, out: Path, stage3: Path | None = None,
               step: str = standin.STEP) -> list[str | Path]:
    return ["build", "--init", init, "--stage3", stage3 or s3.tarball(init),
            "--keyring", s3.releng.public, "--signer", s3.releng.fingerprint,
            "--sign-key", s3.publisher.fingerprint, "--gnupg-home", s3.publisher.home,
            "--output", out, "--work-dir", out.parent / "work",
            "--cache-dir", standin.CACHE / "downloads", "--package-step", step,
            "--xz-level", "0"]


@dataclass(frozen=True)
class Built:
    init: str
    image: Path
    stdout: str
    seconds: float


class Images:
    """Each image is built once per test module, when a test first asks for it."""

    def __init__(self, stage3s: standin.Stage3Set, factory: pytest.TempPathFactory) -> None:
        self.stage3s, self.factory, self.built = stage3s, factory, {}

    def __getitem__(self, init: str) -> Built:
        if init not in self.built:
            base = self.factory.mktemp(f"image-{init}")
            t0 = time.monotonic()
            proc = rootfs(*build_args(self.stage3s, init, base / "out"))
            self.built[init] = Built(init, base / "out" / f"gentoo-jitsi-{init}.tar.xz",
                                     proc.stdout, time.monotonic() - t0)
        return self.built[init]

    def values(self) -> list[Built]:
        return [self[i] for i in ("openrc", "systemd")]


@pytest.fixture(scope="module")
def images(stage3s: standin.Stage3Set, tmp_path_factory: pytest.TempPathFactory) -> Images:
    return Images(stage3s, tmp_path_factory)


# --- build ----------------------------------------------------------------------------


def test_build_writes_image_digest_and_signature_only(images: Images,
                                                      stage3s: standin.Stage3Set) -> None:
    for b in images.values():
        names = sorted(p.name for p in b.image.parent.iterdir())
        assert names == [b.image.name, f"{b.image.name}.asc", f"{b.image.name}.sha512"]
        digest = subprocess.run(["sha512sum", "--check", "--strict", f"{b.image.name}.sha512"],
                                cwd=b.image.parent, capture_output=True, text=True)
        assert digest.returncode == 0, digest.stdout + digest.stderr
        gpg = subprocess.run(["gpgv", "--keyring", str(stage3s.publisher.home / "pubring.kbx"),
                              f"{b.image}.asc", str(b.image)], capture_output=True, text=True)
        assert gpg.returncode == 0, gpg.stderr
        assert "pack" in b.stdout and "built" in b.stdout


def _listing(image: Path) -> str:
    return subprocess.run(["tar", "--list", "--verbose", "--numeric-owner", "--file",
                           str(image)], capture_output=True, text=True, check=True).stdout


def test_image_has_no_shared_secrets_or_caches(images: Images) -> None:
    for b in images.values():
        listing = _listing(b.image)
        assert not re.search(r"etc/ssh/ssh_host_\w+_key", listing), "host keys would be shared"
        assert not re.search(r"var/cache/apt/archives/\S+\.deb", listing)
        assert not re.search(r"var/lib/apt/lists/\S+_Packages", listing)
        assert "/.partial" not in listing
        # the root account has no password in the image (the seed's was public)
        shadow = subprocess.run(["tar", "-xOJf", str(b.image), "./etc/shadow"],
                                capture_output=True, text=True, check=True).stdout
        root = next(ln for ln in shadow.splitlines() if ln.startswith("root:"))
        assert root.split(":")[1] in ("*", "!", "!*", "x"), f"root has a password: {root[:12]}"


# --- install --------------------------------------------------------------------------


@pytest.fixture
def machine_dirs(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """(machines dir, nspawn dir, unique name); the nspawn file goes where systemd-nspawn
    trusts it (/run/systemd/nspawn) and is removed after."""
    name = f"jitsi-rootfs-test-{os.getpid()}-{tmp_path.name[-12:]}".replace("_", "-")
    name = re.sub(r"[^A-Za-z0-9-]", "", name)[:60]
    yield tmp_path / "machines", NSPAWN_RUN_DIR, name
    (NSPAWN_RUN_DIR / f"{name}.nspawn").unlink(missing_ok=True)


@pytest.fixture
def netns() -> Iterator[TestNetns]:
    """The network the booted container shares (its "host's network", with an uplink)."""
    with TestNetns() as ns:
        ns.add_uplink()
        yield ns


def install_args(s3: standin.Stage3Set, image: Path, dirs: tuple[Path, Path, str],
                 *extra: str | Path) -> list[str | Path]:
    machines, nspawn_dir, name = dirs
    return ["install", image, "--name", name, "--keyring", s3.publisher.public,
            "--signer", s3.publisher.fingerprint, "--machines-dir", machines,
            "--nspawn-dir", nspawn_dir, *extra]


def test_install_refuses_tampered_image_and_digest(images: Images,
                                                   stage3s: standin.Stage3Set, tmp_path: Path,
                                                   machine_dirs: tuple[Path, Path, str]) -> None:
    good = images["systemd"].image
    copy = tmp_path / "dl" / good.name
    copy.parent.mkdir()
    for suffix in ("", ".sha512", ".asc"):
        shutil.copy(f"{good}{suffix}", f"{copy}{suffix}")
    # a changed digest file: the signature still holds, the digest does not
    digest = Path(f"{copy}.sha512")
    original = digest.read_text()
    digest.write_text(("0" if original[0] != "0" else "1") + original[1:])
    proc = rootfs(*install_args(stage3s, copy, machine_dirs), check=False)
    assert proc.returncode == 1 and "does not match its SHA512 digest" in proc.stderr
    digest.write_text(original)
    # one byte of the image changed
    with copy.open("r+b") as f:
        f.seek(copy.stat().st_size // 2)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 0xFF]))
    proc = rootfs(*install_args(stage3s, copy, machine_dirs), check=False)
    assert proc.returncode == 1 and "bad signature on image" in proc.stderr, proc.stderr
    # signed by a key the user did not pin
    proc = rootfs(*install_args(stage3s, good, machine_dirs)[:-6], "--signer",
                  stage3s.releng.fingerprint, "--machines-dir", machine_dirs[0],
                  "--nspawn-dir", machine_dirs[1], check=False)
    assert proc.returncode == 1 and "not pinned" in proc.stderr, proc.stderr
    machines = machine_dirs[0]
    assert not machines.exists() or not any(machines.iterdir()), "nothing may be unpacked"


def test_install_refuses_to_overwrite_without_force(images: Images,
                                                    stage3s: standin.Stage3Set,
                                                    machine_dirs: tuple[Path, Path, str]) -> None:
    image = images["systemd"].image
    rootfs(*install_args(stage3s, image, machine_dirs))
    marker = machine_dirs[0] / machine_dirs[2] / "root/admin-edit"
    marker.write_text("kept")
    proc = rootfs(*install_args(stage3s, image, machine_dirs), check=False)
    assert proc.returncode == 1 and "pass --force" in proc.stderr
    assert marker.read_text() == "kept"
    rootfs(*install_args(stage3s, image, machine_dirs, "--force"))
    assert not marker.exists()


def test_openrc_install_needs_a_login_key(images: Images, stage3s: standin.Stage3Set,
                                          machine_dirs: tuple[Path, Path, str]) -> None:
    proc = rootfs(*install_args(stage3s, images["openrc"].image, machine_dirs), check=False)
    assert proc.returncode == 1 and "--authorized-keys" in proc.stderr
    assert not (machine_dirs[0] / machine_dirs[2]).exists()


# --- boot -----------------------------------------------------------------------------


def snapshot(tree: Path) -> dict[str, tuple[int, int, int, int]]:
    """(mode, uid, size, mtime) of every path: what --volatile=overlay must leave alone."""
    out = {}
    for dirpath, dirs, files in os.walk(tree):
        for name in dirs + files:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            out[p] = (st.st_mode, st.st_uid, st.st_size, st.st_mtime_ns)
    return out


class Container:
    """systemd-nspawn with the command line of systemd-nspawn@.service (+ --register=no,
    --volatile=overlay), settings from the installed .nspawn file, started in ``netns``
    (the network the .nspawn file's Private=no shares)."""

    def __init__(self, name: str, tree: Path, log: Path, netns: TestNetns) -> None:
        self.name, self.tree, self.log = name, tree, log
        argv = ["systemd-nspawn", "--quiet", "--keep-unit", "--register=no", "--boot",
                "--link-journal=try-guest", "--network-veth", "-U", "--settings=override",
                f"--machine={name}", f"--directory={tree}", "--volatile=overlay"]
        self.proc = subprocess.Popen(netns.command(argv), stdin=subprocess.DEVNULL,
                                     stdout=log.open("wb"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.leader = self._find_leader()

    def _find_leader(self) -> int:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"systemd-nspawn exited {self.proc.returncode}:\n"
                                     f"{self.log.read_text(errors='replace')}")
            for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
                children = (task / "children").read_text().split()
                if children:
                    return int(children[0])
            time.sleep(0.1)
        raise AssertionError("systemd-nspawn started no container")

    def run(self, *argv: str, input: str | None = None, check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(["nsenter", "-t", str(self.leader), "-a", "/usr/bin/env", "-i",
                               "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "TERM=dumb", *argv],
                              input=input, capture_output=True, text=True, timeout=timeout)
        if check and proc.returncode != 0:
            raise AssertionError(f"{argv} in the container exited {proc.returncode}:\n"
                                 f"{proc.stdout}{proc.stderr}")
        return proc

    def write(self, path: str, text: str) -> None:
        self.run("sh", "-c", f"mkdir -p \"$(dirname {path})\" && cat > {path}", input=text)

    def file(self, rel: str) -> Path:
        return Path(f"/proc/{self.leader}/root") / rel

    def stop(self, poweroff: list[str], timeout: float = 90) -> int:
        if self.proc.poll() is None:
            self.run(*poweroff, check=False)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            raise AssertionError(f"container {self.name} did not shut down in {timeout} s:\n"
                                 f"{self.log.read_text(errors='replace')[-3000:]}") from None


def wait_for(what: str, probe, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def ssh_banner(netns: TestNetns, port: int = 2222) -> bytes:
    try:
        with netns.entered(), socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            return s.recv(64)
    except OSError:
        return b""


@dataclass
class Answers:
    values: dict[str, str]
    jicofo_port: int
    jvb_port: int
    https_port: int


def answers() -> Answers:
    ports = Ports.allocate()
    values = {"JVB_HOSTNAME": DOMAIN, "JMMC_BIND_ADDRESS": "127.0.0.1",
              "JVB_HOSTNAME_LOCALHOST_ALIAS": "y", "JVB_CONFORM_ETC_HOSTNAME": "n",
              "JVB_EXTERNAL_IP": "127.0.0.1", "JVB_INTERNAL_IP": "127.0.0.1",
              "LE_ENABLE_AUTO": "n", **ports.answers()}
    return Answers(values, free_port(), free_port(), ports.https)


def configure_and_start(c: Container, init: str, a: Answers) -> tuple[str, str]:
    """Configurator in batch mode against /, then jitsi-meet-server through our init files;
    returns the convener's credentials as the configurator printed them."""
    env = [f"{k}={v}" for k, v in a.values.items()]
    out = c.run("env", "JMMC_BATCH_MODE=y", "JMMC_NO_NETWORK=y", *env,
                "jitsi-meet-master-config").stdout
    m = re.search(r"^ \* Convener: (\S+) / (\S+)$", out, re.M)
    assert m, out
    health = f"http://127.0.0.1:{a.jicofo_port}/about/health"
    c.write("/" + standin.STANDIN_ENV, f"JICOFO_PORT={a.jicofo_port}\nJVB_PORT={a.jvb_port}\n")
    if init == "openrc":
        c.write("/etc/conf.d/jitsi-meet-server", f'JICOFO_HEALTH_URL="{health}"\n')
        start = c.run("rc-service", "jitsi-meet-server", "start", check=False)
        status = c.run("rc-service", "jitsi-meet-server", "status", check=False)
        assert start.returncode == 0 and "started" in status.stdout, (
            start.stdout + start.stderr + status.stdout)
    else:
        c.write("/etc/systemd/system/jitsi-meet-server.service.d/test.conf",
                f"[Service]\nEnvironment=JICOFO_HEALTH_URL={health}\n")
        c.run("systemctl", "daemon-reload")
        start = c.run("systemctl", "start", "jitsi-meet-server", check=False)
        if start.returncode != 0:
            log = c.run("journalctl", "--no-pager", "-n", "80", check=False).stdout
            raise AssertionError(f"systemctl start jitsi-meet-server failed:\n{start.stderr}\n"
                                 f"{log}")
        assert c.run("systemctl", "is-active", "jitsi-meet-server").stdout.strip() == "active"
    return m.group(1), m.group(2)


def bosh_login_through_nginx(c: Container, convener: tuple[str, str], tmp: Path) -> str:
    js = configs.read_config_js(c.file(f"etc/jitsi/meet/{DOMAIN}-config.js"))
    hostport = js["bosh"].removeprefix("https:").removeprefix("//").split("/", 1)[0]
    port = hostport.partition(":")[2]
    ca = tmp / "web-ca.crt"
    shutil.copy(c.file(f"etc/jitsi/meet/{DOMAIN}.crt"), ca)
    session = xmpp.BoshSession(int(port or 443), js["domain"], tls=True, cafile=ca,
                               address="127.0.0.1")
    session.http_host = hostport
    login = session.login(*convener)
    session.close()
    return login.jid


def boot_serve_and_stop(c: Container, init: str, netns: TestNetns, key: Path,
                        tmp_path: Path) -> None:
    """Wait for the boot, check the .nspawn settings took effect, configure, start and log
    in, stop the services and power off."""
    poweroff = ["/sbin/poweroff"] if init == "openrc" else ["systemctl", "poweroff"]
    try:
        if init == "openrc":
            wait_for("sshd on 127.0.0.1:2222",
                     lambda: ssh_banner(netns).startswith(b"SSH-2.0"))
        else:
            wait_for("multi-user.target", lambda: c.run(
                "systemctl", "is-system-running", check=False).stdout.strip()
                in ("running", "degraded"))
        # the .nspawn file overrode the unit's -U and --network-veth and added the cap:
        # the container is in the network it was started in (no veth, no namespace of
        # its own) and sees that network's interfaces
        assert os.stat(f"/proc/{c.leader}/ns/net").st_ino == netns.inode()
        dev = c.run("cat", "/proc/net/dev").stdout.splitlines()[2:]
        assert sorted(ln.split(":")[0].strip() for ln in dev) == ["eth0", "eth0-peer", "lo"]
        assert c.run("cat", "/proc/self/uid_map").stdout.split() == ["0", "0", "4294967295"]
        capbnd = int(re.search(r"^CapBnd:\s*(\w+)", c.file("proc/1/status").read_text(),
                               re.M).group(1), 16)  # type: ignore[union-attr]
        assert capbnd & (1 << 12), "CAP_NET_ADMIN (Capability=) missing"

        with netns.entered():
            a = answers()  # free ports of the network the container shares
        convener = configure_and_start(c, init, a)
        with netns.entered():
            jid = bosh_login_through_nginx(c, convener, tmp_path)
        assert jid.startswith(f"{convener[0]}@{DOMAIN}/")

        if init == "openrc":
            login = subprocess.run(netns.command(
                ["ssh", "-p", "2222", "-i", str(key), "-o", "BatchMode=yes",
                 "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                 "root@127.0.0.1", "cat /etc/jitsi-rootfs-release; rc-status --runlevel"]),
                capture_output=True, text=True, timeout=30)
            assert login.returncode == 0, login.stderr
            assert 'INIT="openrc"' in login.stdout and "default" in login.stdout
            c.run("rc-service", "jitsi-meet-server", "stop")
        else:
            # machinectl's transport: the container's bus through its leader
            Path("/run/systemd/machines").mkdir(parents=True, exist_ok=True)
            # what machined would record (LEADER= alone gives "Input/output error")
            Path(f"/run/systemd/machines/{c.name}").write_text(
                f"NAME={c.name}\nLEADER={c.leader}\nCLASS=container\nSTATE=running\n")
            try:
                shell = subprocess.run(["systemd-run", "-M", c.name, "--wait", "--pipe", "-q",
                                        "/bin/sh", "-c", "id -u; cat /etc/jitsi-rootfs-release"],
                                       capture_output=True, text=True, timeout=60)
            finally:
                Path(f"/run/systemd/machines/{c.name}").unlink(missing_ok=True)
            assert shell.returncode == 0, shell.stderr
            assert shell.stdout.startswith("0\n") and 'INIT="systemd"' in shell.stdout
            shadow = c.file("etc/shadow").read_text()
            assert f"root:{(tmp_path / 'hash').read_text().strip()}:" in shadow
            c.run("systemctl", "stop", "jitsi-meet-server")
        assert c.stop(poweroff) == 0
    finally:
        if c.proc.poll() is None:
            c.stop(poweroff)


@pytest.mark.parametrize("init", ["openrc", "systemd"])
def test_image_installs_boots_serves_and_stops(init: str, images: Images,
                                               stage3s: standin.Stage3Set, tmp_path: Path,
                                               machine_dirs: tuple[Path, Path, str],
                                               netns: TestNetns) -> None:
    machines, nspawn_dir, name = machine_dirs
    extra: list[str | Path] = []
    key = tmp_path / "id_ed25519"
    if init == "openrc":
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)],
                       check=True)
        extra = ["--authorized-keys", f"{key}.pub"]
    else:
        crypt = subprocess.run(["openssl", "passwd", "-6", "-stdin"], input="s3cret-test\n",
                               capture_output=True, text=True, check=True).stdout.strip()
        (tmp_path / "hash").write_text(crypt + "\n")
        extra = ["--root-password-hash", tmp_path / "hash"]
    installed = rootfs(*install_args(stage3s, images[init].image, machine_dirs, *extra))
    assert "next steps:" in installed.stdout
    tree = machines / name
    settings = (nspawn_dir / f"{name}.nspawn").read_text()
    for line in ("PrivateUsers=no", "Capability=CAP_NET_ADMIN", "Private=no",
                 "VirtualEthernet=no"):
        assert line in settings
    # numeric owners, file capabilities survived stage3 -> image -> machine
    st = os.lstat(tree / standin.OWNED_FILE)
    assert (st.st_uid, st.st_gid) == standin.OWNED_IDS
    caps = subprocess.run(["getcap", str(tree / standin.CAP_FILE)], capture_output=True,
                          text=True).stdout
    assert "cap_net_bind_service" in caps, caps
    before = snapshot(tree)

    # Booting and stopping must leave the network the container shares as it was: on a
    # real host that is the host's own network.
    with host_network_unchanged(f"booting and stopping the {init} container",
                                inside=netns.command,
                                network=f"the network it shares ({netns.name})"):
        c = Container(name, tree, tmp_path / "console.log", netns)
        boot_serve_and_stop(c, init, netns, key, tmp_path)
    console = c.log.read_text(errors="replace")
    assert f"Container {name} has been shut down" in console or c.proc.returncode == 0
    assert snapshot(tree) == before, "the image on disk changed despite --volatile=overlay"
    if init == "openrc":
        assert not ssh_banner(netns), "sshd still answers after the container stopped"
