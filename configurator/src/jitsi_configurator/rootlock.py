"""One configurator run per target root at a time.

Two runs at once (say, two ``--rotate-secrets``) would each read the master config, make
their own secrets and write their files in turn, leaving components with secrets that
differ.  The lock is ``flock`` on the root directory itself: it writes nothing into the
root (a failed or dry run leaves it byte-identical), the kernel drops it when the process
dies however it dies, and ``--root R`` and ``--root R/.`` name the same lock.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .api import ConfigError

# How long a second run waits for the first before giving up (an interactive first run
# may sit at a question for a long time; the second then says what it waits for).
DEFAULT_WAIT_SECONDS = 600.0
_POLL_SECONDS = 0.1


@contextmanager
def held(root: Path, notify: Callable[[str], None],
         wait: float = DEFAULT_WAIT_SECONDS) -> Iterator[None]:
    """Hold the root's lock for the ``with`` block, waiting up to ``wait`` seconds."""
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        raise ConfigError(f"root {root}: {exc.strerror}: give an existing directory") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notify(f"waiting for another configurator run on {root} to finish "
                   f"(at most {wait:.0f} s)")
            _wait(fd, root, wait)
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


def _wait(fd: int, root: Path, wait: float) -> None:
    # Polling instead of a blocking flock: a timeout needs no signal handler.
    deadline = time.monotonic() + wait
    while True:
        time.sleep(_POLL_SECONDS)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise ConfigError(
                    f"root {root}: another configurator run still holds it after {wait:.0f} s: "
                    "let it finish (or end it) and run again") from None
