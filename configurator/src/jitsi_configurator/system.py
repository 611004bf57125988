"""The target system: installed packages (portage's vdb API) and user/group ids."""

from pathlib import Path


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
    """Id of ``name`` in the target's /etc/passwd or /etc/group (acct-* write them there)."""
    try:
        lines = (root / "etc" / table).read_text(errors="replace").splitlines()
    except OSError:
        lines = []
    ids = [int(f[2]) for f in (x.split(":") for x in lines) if len(f) > 2 and f[0] == name
           and f[2].isdigit()]
    return 0 if name == "root" else (ids or [None])[0]
