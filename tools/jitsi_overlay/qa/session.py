"""A full QA run over an overlay: pkgcheck and our own checks, one finding list.

Both read the overlay through a pkgcore configuration we write ourselves
(``write_pkgcore_config``) naming the overlay and its ``gentoo`` master:
the master is given explicitly (``gentoo_repo``, e.g. the synthetic test
master) or, on a Gentoo host, taken from the system configuration in
/etc/portage together with its selected profile.  Writing our own config
means a checkout that is not in the system's repos.conf can be checked too.
Everything runs on a temporary snapshot of the repository, so a QA run
never writes into the checkout.
"""

from __future__ import annotations

import gc
import os
import shutil
import signal
import tempfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError, UsageError
from .findings import Finding, from_pkgcheck, from_result
from .metadata import PkgcoreMetadata
from .registry import REGISTRY
from .runner import run_checks

SYSTEM_PORTAGE = Path("/etc/portage")
DEFAULT_PROFILE = "default/linux/amd64"
PKGCHECK_LEVELS = frozenset({"error", "warning", "style"})


@dataclass(frozen=True)
class Master:
    path: Path
    profile: str


def repo_name(repo: Path) -> str:
    name_file = repo / "profiles" / "repo_name"
    try:
        return name_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise OverlayError(
            f"cannot read {str(name_file)!r}: {exc.strerror}: pass the overlay's root directory"
        ) from exc


def system_master(portage_dir: Path = SYSTEM_PORTAGE) -> Master | None:
    """The ``gentoo`` repository and profile of this host's portage config, if any."""
    if not portage_dir.is_dir():
        return None
    from pkgcore.config import load_config

    config = load_config(location=str(portage_dir))
    for repo_config in config.objects["repo_config"].values():
        if repo_config.repo_id == "gentoo":
            gentoo = Path(repo_config.location)
            break
    else:
        return None
    profile = DEFAULT_PROFILE
    link = portage_dir / "make.profile"
    if link.exists():
        target = Path(os.path.realpath(link))
        base = Path(os.path.realpath(gentoo / "profiles"))
        if target.is_relative_to(base):
            profile = target.relative_to(base).as_posix()
    return Master(gentoo, profile)


def find_master(gentoo_repo: Path | None) -> Master:
    if gentoo_repo is not None:
        if not (gentoo_repo / "profiles").is_dir():
            raise UsageError(
                f"--gentoo-repo {str(gentoo_repo)!r} is not an ebuild repository "
                "(no profiles/): pass the gentoo repository's root"
            )
        return Master(gentoo_repo.resolve(), DEFAULT_PROFILE)
    master = system_master()
    if master is None:
        raise UsageError(
            "no gentoo repository: pass --gentoo-repo DIR (e.g. tests/fixtures/gentoo) "
            "or run on a Gentoo host whose /etc/portage configures one"
        )
    return master


def snapshot(repo: Path, dest: Path) -> Path:
    """Copy the repository parts of ``repo`` (not tools/ or tests/) to ``dest``.

    pkgcheck sources ebuilds through pkgcore, which writes metadata/md5-cache
    into any writable repository whose layout.conf names md5-dict; scanning a
    snapshot keeps the checkout untouched.  An existing md5-cache is left
    out so a stale one can never stand in for sourcing.
    """
    names = {"profiles", "metadata", "eclass", "licenses"}
    categories = repo / "profiles" / "categories"
    if categories.is_file():
        names.update(categories.read_text(encoding="utf-8").split())
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("md5-cache", "__pycache__", "*.pyc")
    for name in sorted(names):
        if (repo / name).is_dir():
            shutil.copytree(repo / name, dest / name, symlinks=True, ignore=ignore)
    return dest


def run_qa(
    repo: Path,
    *,
    gentoo_repo: Path | None = None,
    distdir: Path | None = None,
    checks: Iterable[str] | None = None,
    pkgcheck: bool = True,
    pkgcheck_levels: Collection[str] = PKGCHECK_LEVELS,
) -> list[Finding]:
    """Findings of pkgcheck (at ``pkgcheck_levels``) and of our checks, sorted."""
    from ..gentoo.pkgcore_config import write_pkgcore_config

    repo = repo.resolve()
    if not (repo / "profiles").is_dir():
        raise UsageError(f"{str(repo)!r} is not an ebuild repository (no profiles/ directory)")
    if distdir is not None and not distdir.is_dir():
        raise UsageError(f"--distdir {str(distdir)!r} is not a directory")
    selected = REGISTRY.select(checks)  # unknown names fail before any work
    master = find_master(gentoo_repo)
    with tempfile.TemporaryDirectory(prefix="jitsi-qa-") as tmp:
        work = Path(tmp)
        repo = snapshot(repo, work / repo.name)
        config = write_pkgcore_config(
            work / "config",
            {"gentoo": master.path, repo_name(repo): repo},
            distdir=distdir,
            profile=master.profile,
        )
        findings: list[Finding] = []
        if pkgcheck:
            from ..gentoo.pkgcheck_scan import scan

            # pkgcheck installs a SIGINT handler that keeps its pipeline (and
            # the pipeline's multiprocessing queue) alive for the rest of the
            # process; put ours back and collect the pipeline now, or its pipes
            # are closed late, after pkgcore reused their descriptors (EBADF
            # noise on stderr at exit).
            sigint = signal.getsignal(signal.SIGINT)
            try:
                pkgcheck_results = scan(repo, config, work / "pkgcheck-cache")
            finally:
                signal.signal(signal.SIGINT, sigint)
                gc.collect()
            findings.extend(
                from_pkgcheck(r) for r in pkgcheck_results if str(r.level) in pkgcheck_levels
            )
        metadata = None
        if any(c.needs_metadata for c in selected):
            metadata = PkgcoreMetadata(config, repo)
        results = run_checks(
            repo,
            distdir=distdir,
            metadata=metadata,
            checks=[c.name() for c in selected],
        )
        findings.extend(from_result(r) for r in results)
    return sorted(findings, key=lambda f: (f.location, f.name, f.desc))
