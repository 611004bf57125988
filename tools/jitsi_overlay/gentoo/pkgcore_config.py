"""Write a portage-style config directory for ``pkgcheck --config`` / ``pkgdev --config``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ._conf import NO_FETCH, check_repos, profile_dir, repos_conf, symlink


def write_pkgcore_config(
    dest: Path,
    repos: Mapping[str, Path],
    *,
    distdir: Path | None = None,
    profile: str = "default/linux/amd64",
) -> Path:
    """Write repos.conf, make.profile and make.conf into ``dest`` and return it.

    ``repos`` maps repository names to their roots and must include ``gentoo``.
    Passing the directory as pkgcore's global ``--config`` keeps any
    /etc/portage of the host out of the run.
    """
    checked = check_repos(repos)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "repos.conf").write_text(repos_conf(checked))
    symlink(dest / "make.profile", profile_dir(checked["gentoo"], profile))
    lines = [
        "# Written by jitsi_overlay.gentoo.pkgcore_config; fetching is disabled.",
        f"FETCHCOMMAND={NO_FETCH}",
        f"RESUMECOMMAND={NO_FETCH}",
        'GENTOO_MIRRORS=""',
    ]
    if distdir is not None:
        lines.append(f'DISTDIR="{Path(distdir).resolve()}"')
    (dest / "make.conf").write_text("\n".join(lines) + "\n")
    return dest
