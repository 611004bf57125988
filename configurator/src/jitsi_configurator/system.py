"""The target system: its installed packages (portage's vdb API) and its user/group ids."""

from __future__ import annotations

from pathlib import Path

from . import rootfs
from .api import ConfigError

# uid_t and gid_t are 32 bits; (uid_t)-1 means "no change" to chown, so it is no real id.
MAX_ID = 2**32 - 2


def installed(root: Path) -> dict[str, str] | None:
    """``{"net-im/jicofo": "1.0.567.4548", ...}`` under EROOT ``root``; None without a vdb."""
    if not (root / "var/db/pkg").is_dir():
        return None
    import portage
    from portage.dbapi.vartree import vardbapi, vartree
    from portage.versions import cpv_getkey, cpv_getversion

    # EROOT holds the prefix already.
    settings = portage.config(config_root=str(root), target_root=str(root), eprefix="")
    db = vardbapi(settings=settings, vartree=vartree(settings=settings))
    return {cpv_getkey(cpv): cpv_getversion(cpv) for cpv in db.cpv_all()}


def ident(root: Path, name: str, table: str) -> int | None:
    """Id of ``name`` in the target's /etc/passwd or /etc/group (acct-* write them there);
    None when the table or the name is missing.  ``root`` is always 0."""
    if name == "root":
        return 0
    path = f"/etc/{table}"
    text = rootfs.read_text(root, path) or ""
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split(":")
        if len(fields) < 3 or fields[0] != name:
            continue
        if not fields[2].isdigit() or int(fields[2]) > MAX_ID:
            raise ConfigError(
                f"{root / path.lstrip('/')}: line {number}: {name} has the id {fields[2]!r}, "
                f"not a number from 0 to {MAX_ID}: fix that line")
        return int(fields[2])
    return None
