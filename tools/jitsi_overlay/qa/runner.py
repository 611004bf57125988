"""Run registered QA checks over a repository and collect their results."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import OverlayError
from . import checks as _checks  # noqa: F401  (importing registers the checks)
from .metadata import MetadataSource
from .registry import REGISTRY, CheckRegistry
from .repo import Repository
from .results import Result


class CheckContractError(OverlayError):
    """A check yielded a result class it does not declare."""


def run_checks(
    root: Path,
    *,
    distdir: Path | None = None,
    metadata: MetadataSource | None = None,
    checks: Iterable[str] | None = None,
    registry: CheckRegistry = REGISTRY,
) -> list[Result]:
    """Results of the selected checks (all by default) over the repository at ``root``.

    Results come sorted by location, then result name, then message, so two
    runs over the same tree give the same report.
    """
    repo = Repository(Path(root), distdir=distdir, metadata=metadata)
    found: list[Result] = []
    for check_cls in registry.select(checks):
        check = check_cls()
        for result in check.run(repo):
            if not isinstance(result, check_cls.known_results):
                raise CheckContractError(
                    f"check {check_cls.name()!r} yielded undeclared result "
                    f"{type(result).__name__!r}: add it to known_results"
                )
            found.append(result)
    return sorted(found, key=lambda r: (r.location, r.name(), r.desc))
