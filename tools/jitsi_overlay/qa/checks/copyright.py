"""The two-line licence header of ebuilds and eclasses.

Line 1: ``# Copyright YYYY[-YYYY] <holder>`` (years in order, none in the
future); line 2: ``# Distributed under the terms of the GNU General Public
License v2``.  pkgcheck's own header checks run only in the ``gentoo`` repo.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result

COPYRIGHT_RE = re.compile(r"# Copyright (?P<first>\d{4})(?:-(?P<last>\d{4}))? (?P<holder>\S.*)")
LICENSE_LINE = "# Distributed under the terms of the GNU General Public License v2"


@dataclass(frozen=True)
class InvalidCopyright(Result):
    level = Level.ERROR
    line: str
    reason: str

    @property
    def desc(self) -> str:
        return f"first line {self.line!r} {self.reason}: write '# Copyright YYYY[-YYYY] <holder>'"


@dataclass(frozen=True)
class InvalidLicenseHeader(Result):
    level = Level.ERROR
    line: str

    @property
    def desc(self) -> str:
        return f"second line {self.line!r} is not the licence line: write {LICENSE_LINE!r}"


def copyright_problem(line: str, this_year: int) -> str | None:
    """Why ``line`` is not a valid copyright line, or None when it is."""
    match = COPYRIGHT_RE.fullmatch(line.rstrip())
    if match is None:
        return "is not a copyright line"
    first = int(match["first"])
    last = int(match["last"] or first)
    if match["last"] and last <= first:
        return f"has the year range {first}-{last} out of order"
    if last > this_year:
        return f"has the year {last} in the future"
    return None


@register
class CopyrightHeaderCheck(Check):
    """Ebuilds and eclasses must start with the copyright and GPL-2 lines."""

    known_results = (InvalidCopyright, InvalidLicenseHeader)

    def run(self, repo: Repository) -> Iterator[Result]:
        this_year = datetime.date.today().year
        for ebuild in repo.ebuilds:
            yield from self._header(ebuild.path, ebuild.cpv, this_year)
        for eclass in repo.eclasses:
            yield from self._header(eclass, repo.rel(eclass), this_year)

    @staticmethod
    def _header(path: Path, location: str, this_year: int) -> Iterator[Result]:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        lines += ["", ""]
        reason = copyright_problem(lines[0], this_year)
        if reason is not None:
            yield InvalidCopyright(location, lines[0], reason)
        if lines[1].rstrip() != LICENSE_LINE:
            yield InvalidLicenseHeader(location, lines[1])
