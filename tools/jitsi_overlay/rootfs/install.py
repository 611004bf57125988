"""Signed image -> /var/lib/machines/NAME + /etc/systemd/nspawn/NAME.nspawn on a systemd
host (Debian, Ubuntu, …), started and enabled when asked."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import RootfsError, credentials, keys, release, tarball
from .artifacts import ImageFiles, read_digest
from .boot import SSH_PORT
from .progress import MeterFactory, silent

# The host's network, as the host's root: the container runs nginx on 80/443, coturn and
# the bridge on their UDP ports, and needs CAP_NET_ADMIN for the bridge's UDP buffers.
# systemd-nspawn@.service passes --network-veth -U; this file turns both off.
NSPAWN_SETTINGS = """\
# written by tools/rootfs.py install
[Exec]
PrivateUsers=no
Capability=CAP_NET_ADMIN

[Files]

[Network]
Private=no
VirtualEthernet=no
"""

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


@dataclass
class InstallOptions:
    image: Path
    name: str
    keyring: Path | None = None  # the image signer's public key
    signers: frozenset[str] = keys.IMAGE_FINGERPRINTS
    digest_file: Path | None = None  # default: IMAGE.sha512
    signature: Path | None = None  # default: IMAGE.asc
    machines_dir: Path = Path("/var/lib/machines")
    nspawn_dir: Path = Path("/etc/systemd/nspawn")
    authorized_keys: Path | None = None
    root_password_hash: Path | None = None
    force: bool = False
    start: bool = False
    enable: bool = False
    meters: MeterFactory = silent
    report: Callable[[str], None] = lambda line: None


@dataclass
class InstallResult:
    tree: Path
    nspawn_file: Path
    init: str
    signer: str
    started: bool
    enabled: bool
    next_steps: list[str] = field(default_factory=list)


def _systemctl(*args: str) -> None:
    if not Path("/run/systemd/system").is_dir():
        raise RootfsError("this host is not running systemd, so systemd-nspawn@ cannot be "
                          "started: install without --start/--enable and boot it with "
                          "systemd-nspawn --boot --machine NAME")
    proc = subprocess.run(["systemctl", *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RootfsError(f"systemctl {' '.join(args)} failed: {proc.stderr.strip()}")


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise RootfsError(f"machine name {name!r} is not usable: use letters, digits, - and _ "
                          "(at most 64), e.g. gentoo-jitsi-openrc")
    return name


def next_steps(name: str, init: str, *, started: bool, enabled: bool,
               has_key: bool, has_password: bool) -> list[str]:
    steps = [] if started else [f"systemctl start systemd-nspawn@{name}"]
    if init == "openrc":
        steps.append(f"ssh -p {SSH_PORT} root@localhost")
        steps += ["emaint sync -a", "emerge --config app-misc/jitsi-meet-master-config",
                  "rc-service jitsi-meet-server start",
                  "rc-update add jitsi-meet-server default"]
    else:
        steps.append(f"machinectl login {name}" if has_password else
                     f"machinectl shell {name}")
        steps += ["emaint sync -a", "emerge --config app-misc/jitsi-meet-master-config",
                  "systemctl enable --now jitsi-meet-server"]
    if not enabled:
        steps.append(f"exit; systemctl enable systemd-nspawn@{name}   (host: start at boot)")
    return steps


def install(opts: InstallOptions) -> InstallResult:
    name = check_name(opts.name)
    files = ImageFiles(opts.image)
    if not opts.image.is_file():
        raise RootfsError(f"image {str(opts.image)!r} does not exist: download "
                          "gentoo-jitsi-<init>.tar.xz with its .sha512 and .asc")
    if opts.keyring is None:
        raise RootfsError("no keyring for the image's signature: pass --keyring FILE with the "
                          "publisher's public key (and --signer FINGERPRINT)")
    if os.geteuid() != 0:
        raise RootfsError("installing an image needs root (numeric owners, file "
                          "capabilities): run it with sudo")
    target = opts.machines_dir / name
    nspawn_file = opts.nspawn_dir / f"{name}.nspawn"
    existing = [p for p in (target, nspawn_file) if p.exists() or p.is_symlink()]
    if existing and not opts.force:
        raise RootfsError(f"machine {name!r} exists ({existing[0]}): pick another --name, or "
                          "pass --force to replace it (its files are lost)")
    keys_text = (credentials.read_authorized_keys(opts.authorized_keys)
                 if opts.authorized_keys else None)
    hash_text = (credentials.read_password_hash(opts.root_password_hash)
                 if opts.root_password_hash else None)

    expected = read_digest(opts.digest_file or files.digest, opts.image.name)
    opts.report(f"verifying {opts.image.name} …")
    verified = keys.verify_detached(opts.image, opts.signature or files.signature,
                                    opts.keyring, opts.signers, what="image",
                                    meters=opts.meters)
    if verified.digest != expected:
        raise RootfsError(f"image {str(opts.image)!r} does not match its SHA512 digest file: "
                          "one of them was altered or is from another build; download both "
                          "again")
    opts.report(f"good signature by {verified.fingerprint}; unpacking into {target} …")
    opts.machines_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".partial",
                                    dir=opts.machines_dir))
    try:
        staging.chmod(0o755)
        tarball.unpack(opts.image, staging, meters=opts.meters,
                       description=f"unpack {opts.image.name}")
        init = release.read(staging).get("INIT") or release.detect_init(staging)
        if init == "openrc" and keys_text is None:
            raise RootfsError("the OpenRC image is reached with ssh and a key (it has no "
                              "password): pass --authorized-keys ~/.ssh/id_ed25519.pub")
        if keys_text is not None:
            credentials.install_authorized_keys(staging, keys_text)
        if hash_text is not None:
            credentials.set_root_password_hash(staging, hash_text)
        if opts.force and (target.exists() or target.is_symlink()):
            shutil.rmtree(target) if target.is_dir() and not target.is_symlink() \
                else target.unlink()
        os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)

    opts.nspawn_dir.mkdir(parents=True, exist_ok=True)
    tmp = nspawn_file.with_name(f".{nspawn_file.name}.partial")
    tmp.write_text(NSPAWN_SETTINGS, encoding="utf-8")
    tmp.chmod(0o644)
    os.replace(tmp, nspawn_file)

    if opts.start:
        _systemctl("start", f"systemd-nspawn@{name}")
    if opts.enable:
        _systemctl("enable", f"systemd-nspawn@{name}")
    return InstallResult(target, nspawn_file, init, verified.fingerprint, opts.start,
                         opts.enable, next_steps(name, init, started=opts.start,
                                                 enabled=opts.enable,
                                                 has_key=keys_text is not None,
                                                 has_password=hash_text is not None))
