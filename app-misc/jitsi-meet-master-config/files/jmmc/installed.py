"""Installed packages and versions from portage's vdb API, under a target root."""

from __future__ import annotations

from pathlib import Path


def from_vdb(root: Path) -> dict[str, str] | None:
    """``{"net-im/jicofo": "1.0.567.4548", ...}``, or None when ``root`` has no vdb.

    ``root`` is EROOT (the offset prefix included), so the vdb is ``var/db/pkg`` under
    it; portage is configured with that as its target root and an empty prefix.
    """
    if not (root / "var/db/pkg").is_dir():
        return None
    import portage  # late: the rest of the core works without portage
    from portage.dbapi.vartree import vardbapi, vartree
    from portage.versions import cpv_getkey, cpv_getversion

    settings = portage.config(config_root=str(root), target_root=str(root), eprefix="")
    db = vardbapi(settings=settings, vartree=vartree(settings=settings))
    return {cpv_getkey(cpv): cpv_getversion(cpv) for cpv in db.cpv_all()}
