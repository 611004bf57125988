"""What the tree does at boot under systemd-nspawn: services, consoles, sshd, networking."""

from __future__ import annotations

import re
from pathlib import Path

from . import RootfsError
from .portage_config import MARK

SSH_PORT = 2222
SSHD_DROPIN = "etc/ssh/sshd_config.d/50-jitsi-rootfs.conf"
# Only root logs in, on loopback, with a key: the image has no password to share.
SSHD_SETTINGS = f"""{MARK}
# The container shares the host's network: listen on the host's loopback only,
# next to the host's own sshd.  Reach it with: ssh -p {SSH_PORT} root@localhost
Port {SSH_PORT}
ListenAddress 127.0.0.1:{SSH_PORT}
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
"""

_GETTY = re.compile(r"^(?!#)(\S+:\S*:\S+:\S*getty\b.*\btty[0-9]+\b.*)$", re.M)


def comment_out_vt_gettys(tree: Path) -> int:
    """Only /dev/console exists in an nspawn container: gettys on tty1… would respawn in a
    loop.  Returns how many lines were commented out."""
    inittab = tree / "etc/inittab"
    if not inittab.is_file():
        return 0
    text = inittab.read_text(encoding="utf-8")
    new, n = _GETTY.subn(r"#\1  # no virtual consoles under systemd-nspawn", text)
    inittab.write_text(new, encoding="utf-8")
    return n


def provide_host_network(tree: Path) -> None:
    """The container uses the host's network (VirtualEthernet=no): the host brings it up,
    so every service that needs net may start.  netifrc's net.lo would reconfigure the
    host's loopback: it leaves the boot runlevel."""
    rc_conf = tree / "etc/rc.conf"
    text = rc_conf.read_text(encoding="utf-8") if rc_conf.is_file() else ""
    if MARK not in text:
        with rc_conf.open("a", encoding="utf-8") as f:
            f.write(f"\n{MARK}\n# The host owns the network this container shares.\n"
                    'rc_provide="loopback net"\n')
    (tree / "etc/runlevels/boot/net.lo").unlink(missing_ok=True)


def enable_openrc(tree: Path, service: str, runlevel: str = "default") -> Path:
    """What ``rc-update add SERVICE RUNLEVEL`` does: a link in the runlevel directory."""
    script = tree / "etc/init.d" / service
    if not script.is_file():
        raise RootfsError(f"OpenRC service {service!r} is not installed in the tree "
                          f"(/etc/init.d/{service}): install its package in the package step")
    link = tree / "etc/runlevels" / runlevel / service
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(f"/etc/init.d/{service}")
    return link


def configure_sshd(tree: Path) -> Path:
    config = tree / "etc/ssh/sshd_config"
    if not config.is_file():
        raise RootfsError("the tree has no /etc/ssh/sshd_config: the OpenRC image needs "
                          "net-misc/openssh (part of every Gentoo stage3)")
    text = config.read_text(encoding="utf-8")
    # The drop-in must come first: for sshd the first value of a keyword wins.
    if not re.search(r"^\s*Include\s+/etc/ssh/sshd_config\.d/\*\.conf", text, re.M):
        config.write_text(f"{MARK}\nInclude /etc/ssh/sshd_config.d/*.conf\n\n{text}",
                          encoding="utf-8")
    dropin = tree / SSHD_DROPIN
    dropin.parent.mkdir(mode=0o755, exist_ok=True)
    dropin.write_text(SSHD_SETTINGS, encoding="utf-8")
    dropin.chmod(0o644)
    return dropin


def configure(tree: Path, init: str, boot_services: tuple[str, ...]) -> list[str]:
    """Boot settings for ``init``; returns a line per change (for the build log)."""
    done: list[str] = []
    if init == "openrc":
        n = comment_out_vt_gettys(tree)
        done.append(f"/etc/inittab: {n} virtual-console getty line(s) commented out")
        provide_host_network(tree)
        done.append("/etc/rc.conf: rc_provide=\"loopback net\" (host network)")
        configure_sshd(tree)
        done.append(f"sshd on 127.0.0.1:{SSH_PORT}, keys only ({SSHD_DROPIN})")
        for service in ("sshd", *boot_services):
            enable_openrc(tree, service)
            done.append(f"OpenRC: {service} in the default runlevel")
    else:
        for unit in boot_services:
            path = tree / "etc/systemd/system/multi-user.target.wants" / unit
            target = next((p for p in (tree / "usr/lib/systemd/system" / unit,
                                       tree / "lib/systemd/system" / unit) if p.exists()), None)
            if target is None:
                raise RootfsError(f"systemd unit {unit!r} is not installed in the tree: "
                                  "install its package in the package step")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            path.symlink_to("/" + str(target.relative_to(tree)))
            done.append(f"systemd: {unit} wanted by multi-user.target")
    return done
