"""Run pkgcheck in-process over one repository."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from ..errors import OverlayError

# pkgcheck picks the target repository from the working directory, which is
# process-wide state: serialise scans inside one process.
_CWD_LOCK = threading.Lock()


def scan(
    repo: Path,
    config_dir: Path,
    cache_dir: Path,
    extra_args: Sequence[str] = (),
) -> list:
    """Scan ``repo`` (configured in ``config_dir``) and return pkgcheck's result objects.

    ``config_dir`` comes from ``write_pkgcore_config``; ``cache_dir`` keeps
    pkgcheck's caches out of ~/.cache.  ``extra_args`` go to ``pkgcheck scan``
    (e.g. ``["-c", "+EbuildHeaderCheck"]``).  Each result has ``level``
    ('error', 'warning', 'style', 'info') and ``desc``; its class name is the
    keyword.
    """
    from pkgcheck import scan as pkgcheck_scan  # heavy import, only when used

    repo = Path(repo).resolve()
    if not (repo / "profiles" / "repo_name").is_file():
        raise OverlayError(f"'{repo}' is not an ebuild repository: it has no profiles/repo_name")
    # -r by path: pkgcheck otherwise guesses the repository from the working
    # directory, which picks the overlay for a master nested inside it.
    args = ["-r", str(repo), "--cache-dir", str(Path(cache_dir).resolve()), *extra_args]
    base_args = ["--config", str(Path(config_dir).resolve())]
    with _CWD_LOCK:
        old = os.getcwd()
        os.chdir(repo)
        try:
            return list(pkgcheck_scan(args, base_args=base_args))
        except SystemExit as exc:  # pkgcheck's argparse reports bad usage this way
            raise OverlayError(
                f"pkgcheck rejected the scan of '{repo}' with arguments {args!r} (exit {exc.code})"
            ) from exc
        finally:
            os.chdir(old)


def describe(result) -> str:
    """One line naming the target, keyword, level and message of a result."""
    where = "/".join(
        str(part)
        for part in (
            getattr(result, "category", None),
            getattr(result, "package", None),
        )
        if part
    )
    version = getattr(result, "version", None)
    if version:
        where = f"{where}-{version}"
    return f"{where or 'repo'}: {type(result).__name__} ({result.level}): {result.desc}"
