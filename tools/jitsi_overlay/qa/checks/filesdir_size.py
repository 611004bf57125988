"""FILESDIR stays small: no file over 20 KiB, no files/ over 50 KiB in total.

Large content belongs in a distfile, where it is checksummed by the Manifest
and fetched once, instead of in every sync of the repository.  The limits
are Gentoo's; sizes are of regular files, found recursively.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result

FILE_LIMIT = 20 * 1024
TOTAL_LIMIT = 50 * 1024


@dataclass(frozen=True)
class OversizedFilesdirFile(Result):
    level = Level.WARNING
    path: str
    size: int

    @property
    def desc(self) -> str:
        return (
            f"{self.path!r} is {self.size} bytes, over the {FILE_LIMIT}-byte limit: "
            "ship it as a distfile"
        )


@dataclass(frozen=True)
class OversizedFilesdir(Result):
    level = Level.WARNING
    size: int

    @property
    def desc(self) -> str:
        return (
            f"files/ holds {self.size} bytes, over the {TOTAL_LIMIT}-byte limit: "
            "move large files to a distfile"
        )


@register
class FilesdirSizeCheck(Check):
    """Oversized files in FILESDIR, and oversized FILESDIRs."""

    known_results = (OversizedFilesdirFile, OversizedFilesdir)

    def run(self, repo: Repository) -> Iterator[Result]:
        for pkg in repo.packages:
            filesdir = pkg.path / "files"
            if not filesdir.is_dir():
                continue
            total = 0
            for path in sorted(filesdir.rglob("*")):
                if path.is_symlink() or not path.is_file():
                    continue
                size = path.stat().st_size
                total += size
                if size > FILE_LIMIT:
                    shown = path.relative_to(pkg.path).as_posix()
                    yield OversizedFilesdirFile(pkg.key, shown, size)
            if total > TOTAL_LIMIT:
                yield OversizedFilesdir(pkg.key, total)
