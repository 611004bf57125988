"""Shared shell for thin CLIs: one error line on stderr, exit 1 (2 for usage); the
plan → diff or apply → outcome report of the commands that write and commit files."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from .errors import OverlayError, UsageError


def invoked_as(command: str) -> str:
    """How the user started ``command``, for usage lines: ``tools/bump.py`` from a
    checkout's script, ``jitsi-overlay-bump`` from the installed entry point."""
    started = Path(sys.argv[0]).name
    return f"tools/{command}.py" if started == f"{command}.py" else f"jitsi-overlay-{command}"


def run(main: Callable[[Sequence[str]], int], argv: Sequence[str] | None = None) -> int:
    """Call ``main(argv)``; turn project errors into one stderr line and a status."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        return main(args)
    except UsageError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OverlayError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed", file=sys.stderr)
        return 1


class Plan(Protocol):
    """What :func:`show_or_apply` needs of a command's plan."""

    @property
    def changes(self) -> Mapping[str, object]: ...

    def summary(self) -> str: ...


def show_or_apply(plan: Plan, *, dry_run: bool, diff: Callable[[], str],
                  apply: Callable[[], str | None], subject: str, committed: str) -> bool:
    """Print the plan's summary, then its diff (``dry_run``) or what applying it did.

    ``apply`` returns the commit's sha, or None when it did not commit; ``subject`` names
    the plan in the outcome line ("release 11146"), ``committed`` names the commit.
    Returns whether the plan was applied.
    """
    print(plan.summary())
    if dry_run:
        text = diff()
        if text:
            print(text, end="")
        return False
    sha = apply()
    if not plan.changes:
        print(f"{subject}: up to date, nothing to commit")
    elif sha:
        print(f"committed {sha[:12]}: {committed}")
    else:
        print(f"{subject}: files written, not committed (--no-commit)")
    return True
