"""Shared shell for thin CLIs: one error line on stderr, exit 1 (2 for usage)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

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
