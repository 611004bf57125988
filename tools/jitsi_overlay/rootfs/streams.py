"""Feed a file through a child process in chunks, hashing and metering on the way."""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
from pathlib import Path

from .progress import MeterFactory, silent

CHUNK = 1 << 20


def feed(path: Path, proc: subprocess.Popen[bytes], *, meters: MeterFactory = silent,
         description: str = "", digest: str | None = None) -> str | None:
    """Write ``path`` to ``proc``'s stdin (then close it); return the hex digest if asked.

    A child that exits early (a bad archive) closes its stdin: the rest is skipped and the
    caller reads the child's status.
    """
    h = hashlib.new(digest) if digest else None
    meter = meters(description, path.stat().st_size)
    assert proc.stdin is not None
    try:
        with path.open("rb") as src:
            while chunk := src.read(CHUNK):
                if h:
                    h.update(chunk)
                try:
                    proc.stdin.write(chunk)
                except BrokenPipeError:
                    break
                meter.update(len(chunk))
    finally:
        meter.close()
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        proc.stdin = None  # closed: communicate() must not flush it
    return h.hexdigest() if h else None


def file_digest(path: Path, algorithm: str = "sha512", *, meters: MeterFactory = silent,
                description: str = "") -> str:
    h = hashlib.new(algorithm)
    meter = meters(description, path.stat().st_size)
    try:
        with path.open("rb") as src:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                meter.update(len(chunk))
    finally:
        meter.close()
    return h.hexdigest()
