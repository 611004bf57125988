"""Text helpers shared by the pkgcore config and the Portage prefix."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..errors import OverlayError

# Fetching must never reach the network from a test or maintainer run: a missing
# or bad distfile fails at once instead of trying mirrors.
NO_FETCH = '"/bin/false \\"\\${URI}\\" \\"\\${DISTDIR}/\\${FILE}\\""'


def check_repos(repos: Mapping[str, Path]) -> dict[str, Path]:
    """Return the repositories with absolute paths; require a ``gentoo`` master."""
    if "gentoo" not in repos:
        raise OverlayError(
            f"repositories {sorted(repos)!r} lack 'gentoo': pass the master "
            "(tests/fixtures/gentoo) as repos['gentoo']"
        )
    out: dict[str, Path] = {}
    for name, location in repos.items():
        path = Path(location).resolve()
        if not (path / "profiles" / "repo_name").is_file():
            raise OverlayError(
                f"repository {name!r} at '{path}' has no profiles/repo_name: "
                "point it at the root of an ebuild repository"
            )
        out[name] = path
    return out


def repos_conf(repos: Mapping[str, Path]) -> str:
    """repos.conf text naming ``gentoo`` the main repository."""
    lines = ["[DEFAULT]", "main-repo = gentoo", ""]
    for name, path in repos.items():
        lines += [f"[{name}]", f"location = {path}", ""]
    return "\n".join(lines)


def profile_dir(gentoo: Path, profile: str) -> Path:
    """Directory of ``profile`` inside the master; raise if it does not exist."""
    path = gentoo / "profiles" / profile
    if not path.is_dir():
        raise OverlayError(
            f"profile {profile!r} not found under '{gentoo / 'profiles'}': "
            "use one listed in its profiles.desc, e.g. 'default/linux/amd64'"
        )
    return path


def symlink(link: Path, target: Path) -> None:
    """Create or replace ``link`` pointing at ``target``."""
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(target)
