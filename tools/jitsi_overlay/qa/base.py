"""The contract every QA check follows."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from .results import Result

if TYPE_CHECKING:
    from .repo import Repository


class Check:
    """A check runs over one repository and yields results.

    ``known_results`` lists every result class the check may yield; the runner
    refuses anything else, so the list doubles as documentation and as the
    index the data-driven tests are keyed on.  ``needs_metadata`` marks checks
    that read sourced ebuild metadata (KEYWORDS, HOMEPAGE, SRC_URI).
    """

    known_results: ClassVar[tuple[type[Result], ...]] = ()
    needs_metadata: ClassVar[bool] = False

    @classmethod
    def name(cls) -> str:
        return cls.__name__

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    @classmethod
    def rule(cls) -> str:
        """The precise rule, as documented in the check's module."""
        module = sys.modules[cls.__module__]
        return inspect.cleandoc(module.__doc__ or cls.summary())

    def run(self, repo: Repository) -> Iterator[Result]:  # pragma: no cover - abstract
        raise NotImplementedError(self.name())
