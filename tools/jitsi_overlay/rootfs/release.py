"""The image's own record (/etc/jitsi-rootfs-release): which init, built from what."""

from __future__ import annotations

import re
from pathlib import Path

from . import INITS, RootfsError

RELEASE_FILE = "etc/jitsi-rootfs-release"


def write(tree: Path, values: dict[str, str]) -> Path:
    path = tree / RELEASE_FILE
    path.write_text("".join(f'{k}="{v}"\n' for k, v in values.items()), encoding="utf-8")
    path.chmod(0o644)
    return path


def read(tree: Path) -> dict[str, str]:
    try:
        text = (tree / RELEASE_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise RootfsError(f"{str(tree)!r} has no /{RELEASE_FILE}: it is not an image made by "
                          "tools/rootfs.py build") from exc
    return dict(re.findall(r'^([A-Z_]+)="([^"]*)"$', text, re.M))


def detect_init(tree: Path) -> str:
    """The init the tree boots with, from its files (a stage3's name can lie)."""
    has = {
        "openrc": any((tree / p).exists() for p in ("sbin/openrc", "usr/sbin/openrc",
                                                    "sbin/openrc-run", "usr/sbin/openrc-run")),
        "systemd": any((tree / p).exists() for p in ("usr/lib/systemd/systemd",
                                                     "lib/systemd/systemd")),
    }
    # A systemd tree may carry OpenRC's helpers too; PID 1 decides.
    init = tree / "sbin/init"
    if init.is_symlink() and "systemd" in str(init.readlink()):
        return "systemd"
    found = [i for i in INITS if has[i]]
    if found == ["systemd"] or found == ["openrc"]:
        return found[0]
    if not found:
        raise RootfsError(f"{str(tree)!r} has neither OpenRC nor systemd: use a Gentoo stage3 "
                          "(stage3-amd64-openrc-… or stage3-amd64-systemd-…)")
    return "openrc"
