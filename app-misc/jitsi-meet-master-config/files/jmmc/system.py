"""The target system: installed packages (portage's vdb API) and user/group ids."""

from __future__ import annotations

import grp
import pwd
from pathlib import Path


def installed(root: Path) -> dict[str, str] | None:
    """``{"net-im/jicofo": "1.0.567.4548", ...}`` under EROOT ``root``; None without a vdb."""
    if not (root / "var/db/pkg").is_dir():
        return None
    import portage
    from portage.dbapi.vartree import vardbapi, vartree
    from portage.versions import cpv_getkey, cpv_getversion

    # EROOT already holds the prefix: portage sees it as a target root with no prefix.
    settings = portage.config(config_root=str(root), target_root=str(root), eprefix="")
    db = vardbapi(settings=settings, vartree=vartree(settings=settings))
    return {cpv_getkey(cpv): cpv_getversion(cpv) for cpv in db.cpv_all()}


def _id(root: Path, table: str, name: str) -> int | None:
    """Id of ``name`` in the target's /etc/passwd or /etc/group (the host's when root is /)."""
    if name == "root":
        return 0
    try:
        for line in (root / "etc" / table).read_text(errors="replace").splitlines():
            f = line.split(":")
            if len(f) > 2 and f[0] == name and f[2].isdigit():
                return int(f[2])
    except OSError:
        pass
    if root == Path("/"):
        try:
            return pwd.getpwnam(name).pw_uid if table == "passwd" else grp.getgrnam(name).gr_gid
        except KeyError:
            return None
    return None


def uid(root: Path, name: str) -> int | None:
    return _id(root, "passwd", name)


def gid(root: Path, name: str) -> int | None:
    return _id(root, "group", name)
