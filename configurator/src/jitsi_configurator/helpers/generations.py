"""The generation questions the components ask (see ``api`` for what a generation is)."""

from __future__ import annotations

from ..api import GENERATION_2020, Context


def is_current(ctx: Context, package: str) -> bool:
    """``package`` speaks the current (HOCON-era) formats, not the 4548 ones."""
    return ctx.generation(package) != GENERATION_2020


def label(ctx: Context, package: str) -> str:
    """How a generated file's header names its generation: ``current`` or ``4548``."""
    return "current" if is_current(ctx, package) else "4548"
