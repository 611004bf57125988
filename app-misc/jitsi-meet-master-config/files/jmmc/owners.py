"""User and group names to ids, looked up in the target root's /etc/passwd and /etc/group."""

from __future__ import annotations

import grp
import pwd
from pathlib import Path


def _lookup(root: Path, table: str, name: str) -> int | None:
    try:
        lines = (root / "etc" / table).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    for line in lines:
        fields = line.split(":")
        if len(fields) >= 3 and fields[0] == name and fields[2].isdigit():
            return int(fields[2])
    if root == Path("/"):
        try:
            return pwd.getpwnam(name).pw_uid if table == "passwd" else grp.getgrnam(name).gr_gid
        except KeyError:
            return None
    return None


def uid(root: Path, name: str) -> int | None:
    return 0 if name == "root" else _lookup(root, "passwd", name)


def gid(root: Path, name: str) -> int | None:
    return 0 if name == "root" else _lookup(root, "group", name)
