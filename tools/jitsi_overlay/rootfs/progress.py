"""Progress for long steps: a bar on a terminal, nothing in logs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol


class Meter(Protocol):
    def update(self, n: int) -> object: ...
    def close(self) -> None: ...


# (description, total bytes or None) -> Meter
MeterFactory = Callable[[str, "int | None"], Meter]


class _Silent:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def silent(description: str, total: int | None) -> Meter:
    return _Silent()


def terminal_meters() -> MeterFactory:
    """tqdm bars when stderr is a terminal; silent meters otherwise (logs stay clean)."""
    if not sys.stderr.isatty():
        return silent
    from tqdm import tqdm

    def make(description: str, total: int | None) -> Meter:
        return tqdm(total=total, desc=description, unit="B", unit_scale=True,
                    unit_divisor=1024, leave=False, file=sys.stderr)

    return make
