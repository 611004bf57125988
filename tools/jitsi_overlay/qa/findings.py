"""One report line per finding, whether pkgcheck or our own checks found it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .results import Result


@dataclass(frozen=True, order=True)
class Finding:
    location: str
    name: str
    level: str
    desc: str
    source: str  # "pkgcheck" or "qa"

    def report_line(self) -> str:
        return f"{self.location}: {self.name}: {self.desc}"


def from_result(result: Result) -> Finding:
    return Finding(result.location, result.name(), str(result.level), result.desc, "qa")


def pkgcheck_location(result: Any) -> str:
    """``cat/pkg-ver``, ``cat/pkg``, ``cat``, ``eclass/X.eclass`` or the scope's name."""
    category = getattr(result, "category", None)
    package = getattr(result, "package", None)
    version = getattr(result, "version", None)
    if category and package and version:
        return f"{category}/{package}-{version}"
    if category and package:
        return f"{category}/{package}"
    if category:
        return str(category)
    eclass = getattr(result, "eclass", None)
    if eclass:
        return f"eclass/{eclass}.eclass"
    scope = getattr(result, "scope", None)
    return str(getattr(scope, "desc", None) or "repository")


def from_pkgcheck(result: Any) -> Finding:
    name = getattr(result, "name", None) or type(result).__name__
    return Finding(pkgcheck_location(result), str(name), str(result.level), result.desc, "pkgcheck")
