"""Sourced ebuild metadata for the QA checks, read through pkgcore.

The variables (KEYWORDS, HOMEPAGE, SRC_URI) are taken after pkgcore has
sourced the ebuild with its eclasses, exactly as the package manager sees
them, so values built from ``${PN}``, ``${PV}`` or eclass code are checked
as expanded.  The repository's metadata cache is opened read-only: a QA run
never writes ``metadata/md5-cache`` into a checkout.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import OverlayError


@dataclass(frozen=True)
class EbuildMetadata:
    keywords: tuple[str, ...]
    homepage: tuple[str, ...]
    src_uri: tuple[str, ...]  # whitespace-split tokens of the expanded SRC_URI


class MetadataSource(Protocol):
    def get(self, cpv: str) -> EbuildMetadata | None:
        """Metadata of ``cat/pkg-ver``, or None when it cannot be sourced."""
        ...


class PkgcoreMetadata:
    """Metadata of the repository at ``repo_root`` via the pkgcore config in ``config_dir``.

    ``config_dir`` is a portage-style configuration directory (repos.conf,
    make.profile) in which ``repo_root`` is a configured repository, e.g. one
    written by ``jitsi_overlay.gentoo.pkgcore_config.write_pkgcore_config``.
    """

    def __init__(self, config_dir: Path, repo_root: Path) -> None:
        from pkgcore.config import load_config

        # No user or system pkgcore.conf: only the directory we were given counts.
        config = load_config(user_conf_file=None, system_conf_file=None, location=str(config_dir))
        wanted = os.path.realpath(repo_root)
        self._repo = None
        # Match on the cheap repo_config objects so that only our repository
        # (and its masters) get instantiated, not every repo of a system config.
        for section, repo_config in config.objects["repo_config"].items():
            if os.path.realpath(repo_config.location) == wanted:
                self._repo = config.objects["repo"][section.removeprefix("conf:")]
                break
        if self._repo is None:
            raise OverlayError(
                f"repository {str(repo_root)!r} is not configured in {str(config_dir)!r}: "
                "add it to repos.conf there"
            )
        for cache in getattr(self._repo, "cache", ()):
            cache.readonly = True

    def get(self, cpv: str) -> EbuildMetadata | None:
        from pkgcore.ebuild.atom import atom
        from pkgcore.package.errors import MetadataException

        try:
            matches = self._repo.match(atom(f"={cpv}"))
            if not matches:
                return None
            pkg = matches[0]
            return EbuildMetadata(
                keywords=tuple(pkg.keywords),
                homepage=tuple(pkg.homepage),
                src_uri=tuple(pkg.data.get("SRC_URI", "").split()),
            )
        except MetadataException:
            return None
