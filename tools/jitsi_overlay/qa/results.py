"""Result classes: one class per kind of finding, pkgcheck style.

A result carries the place it was found (``location``: ``cat/pkg-ver``,
``cat/pkg`` or a repository-relative path) and the values it complains about;
``desc`` turns them into one line that quotes the value and says the remedy.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar


class Level(StrEnum):
    """Severity, with pkgcheck's names."""

    ERROR = "error"
    WARNING = "warning"
    STYLE = "style"
    INFO = "info"


@dataclass(frozen=True)
class Result:
    """Base of every finding; subclasses add fields and define ``desc``."""

    location: str
    level: ClassVar[Level] = Level.ERROR

    @classmethod
    def name(cls) -> str:
        return cls.__name__

    @property
    def desc(self) -> str:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError(type(self).__name__)

    def report_line(self) -> str:
        """The report line: ``location: Result: message``."""
        return f"{self.location}: {self.name()}: {self.desc}"

    def __str__(self) -> str:
        return self.report_line()
