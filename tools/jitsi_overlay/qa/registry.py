"""Registry of QA checks: listable, ordered by name, no duplicate names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from ..errors import OverlayError, UsageError
from .base import Check
from .results import Result

C = TypeVar("C", bound=type[Check])


class RegistryError(OverlayError):
    """A check or result name is registered twice, or a check is malformed."""


class CheckRegistry:
    def __init__(self) -> None:
        self._checks: dict[str, type[Check]] = {}
        self._results: dict[str, type[Check]] = {}

    def register(self, check: C) -> C:
        """Add ``check``; usable as a class decorator."""
        name = check.name()
        if name in self._checks:
            raise RegistryError(f"QA check {name!r} is registered twice: rename one of them")
        if not check.known_results:
            raise RegistryError(f"QA check {name!r} declares no known_results: list them")
        for result in check.known_results:
            owner = self._results.get(result.name())
            if owner is not None:
                raise RegistryError(
                    f"result {result.name()!r} of check {name!r} is already declared by "
                    f"{owner.name()!r}: give each result class to one check"
                )
        for result in check.known_results:
            self._results[result.name()] = check
        self._checks[name] = check
        return check

    def checks(self) -> list[type[Check]]:
        return [self._checks[n] for n in sorted(self._checks)]

    def results(self) -> list[type[Result]]:
        return [r for c in self.checks() for r in c.known_results]

    def select(self, names: Iterable[str] | None = None) -> list[type[Check]]:
        """The named checks (all when ``names`` is None); unknown names are a usage error."""
        if names is None:
            return self.checks()
        chosen = []
        for name in names:
            if name not in self._checks:
                known = ", ".join(sorted(self._checks))
                raise UsageError(f"unknown QA check {name!r}: choose from {known}")
            chosen.append(self._checks[name])
        return chosen


REGISTRY = CheckRegistry()
register = REGISTRY.register
