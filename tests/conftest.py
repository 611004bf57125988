"""Shared pytest fixtures: the checkout, the synthetic ::gentoo master, Portage prefixes."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

REPO_ROOT = Path(__file__).resolve().parent.parent
# Tests import modules that live in FILESDIRs (the configurator and its callbacks);
# byte-code caches there would be copied into merged packages and count towards
# the FILESDIR size limits.
sys.dont_write_bytecode = True

# Repository-level directories of the overlay (besides its categories).
_REPO_DIRS = ("profiles", "metadata", "eclass", "licenses")


def overlay_parts(root: Path) -> list[Path]:
    """Top-level paths that make up the ebuild repository at ``root``."""
    categories = (root / "profiles" / "categories").read_text().split()
    names = [*_REPO_DIRS, *categories]
    return [root / name for name in names if (root / name).is_dir()]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """Root of the checkout (which is also the overlay's root)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def gentoo_master() -> Path:
    """The committed synthetic ``gentoo`` master repository (read-only: do not modify)."""
    return REPO_ROOT / "tests" / "fixtures" / "gentoo"


@pytest.fixture
def make_prefix(
    tmp_path_factory: pytest.TempPathFactory, gentoo_master: Path
) -> Callable[..., PortagePrefix]:
    """Factory: ``make_prefix(repos, distdirs)`` builds a fresh Portage prefix.

    ``gentoo`` is added to ``repos`` when missing.
    """

    def make(repos: dict[str, Path], distdirs: list[Path] | None = None) -> PortagePrefix:
        all_repos = {"gentoo": gentoo_master, **repos}
        dest = tmp_path_factory.mktemp("prefix")
        return PortagePrefix.create(dest, repos=all_repos, distdirs=list(distdirs or []))

    return make


@pytest.fixture
def copy_overlay(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Callable[..., Path]:
    """Factory: ``copy_overlay(dest=None)`` copies the overlay's repository parts.

    Copies profiles, metadata, eclass and every category directory (not tools/
    or tests/) to ``dest`` (default: a new temporary directory) and returns it,
    so a test can plant or render packages without touching the checkout.
    """

    def copy(dest: Path | None = None) -> Path:
        target = Path(dest) if dest is not None else tmp_path_factory.mktemp("overlay")
        target.mkdir(parents=True, exist_ok=True)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for part in overlay_parts(repo_root):
            shutil.copytree(
                part, target / part.name, symlinks=True, ignore=ignore, dirs_exist_ok=True
            )
        return target

    return copy


@pytest.fixture
def overlay_git_clone(
    copy_overlay: Callable[..., Path], repo_root: Path, tmp_path: Path
) -> Callable[..., Path]:
    """Factory: ``overlay_git_clone(*release_files)`` makes ``tmp_path/clone``, a git
    repository whose one commit holds the overlay as committed plus the named files of
    tools/releases (what a bump runs against)."""
    from jitsi_overlay.bump.gitops import init_committed

    def make(*release_files: str) -> Path:
        dest = copy_overlay(tmp_path / "clone")
        releases = dest / "tools" / "releases"
        releases.mkdir(parents=True)
        for name in release_files:
            shutil.copy2(repo_root / "tools" / "releases" / name, releases)
        init_committed(dest, "overlay as committed", user="Overlay Test",
                       email="overlay@test.invalid")
        return dest

    return make


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory):
    """A throw-away GPG key that signs the loopback apt archives of the bump tests."""
    from jitsi_overlay.loopback_archive import GpgKey

    return GpgKey.generate(tmp_path_factory.mktemp("gnupg"))
