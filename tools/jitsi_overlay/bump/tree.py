"""Apply a set of file changes to a tree atomically: temp files, renames, roll back on failure."""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

# repo-relative path → new text (bytes for binary files, e.g. a released sdist), or None
# to delete
Content = str | bytes | None
Changes = Mapping[str, Content]


def _current(path: Path, like: Content) -> Content:
    if not path.is_file():
        return None
    return path.read_bytes() if isinstance(like, bytes) else path.read_text(encoding="utf-8")


def pending_changes(root: Path, wanted: Mapping[str, Content]) -> dict[str, Content]:
    """The subset of ``wanted`` that differs from what is on disk."""
    out: dict[str, Content] = {}
    for rel, text in sorted(wanted.items()):
        if _current(root / rel, text) != text:
            out[rel] = text
    return out


def unified_diff(root: Path, changes: Changes) -> str:
    chunks = []
    for rel, text in sorted(changes.items()):
        path = root / rel
        if isinstance(text, bytes):
            chunks.append(f"Binary file b/{rel} differs\n")
            continue
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        chunks.extend(difflib.unified_diff(
            old.splitlines(keepends=True), (text or "").splitlines(keepends=True),
            fromfile=f"a/{rel}" if path.is_file() else "/dev/null",
            tofile=f"b/{rel}" if text is not None else "/dev/null",
        ))
    return "".join(chunks)


class Transaction:
    """Write every change to a temp file first, then rename them all into place.

    ``rollback()`` restores the previous content of every touched path.
    """

    def __init__(self, root: Path, changes: Changes) -> None:
        self.root = root
        self.changes = dict(changes)
        self._backup: dict[Path, bytes | None] = {}
        self._created_dirs: list[Path] = []

    def apply(self) -> None:
        staged: list[tuple[Path, Path | None]] = []
        try:
            for rel, text in sorted(self.changes.items()):
                path = self.root / rel
                self._backup[path] = path.read_bytes() if path.is_file() else None
                if text is None:
                    staged.append((path, None))
                    continue
                self._mkdirs(path.parent)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
                with os.fdopen(fd, "wb") as fh:
                    fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
                os.chmod(tmp, 0o644)
                staged.append((path, Path(tmp)))
            for path, tmp in staged:
                if tmp is None:
                    path.unlink(missing_ok=True)
                else:
                    tmp.replace(path)
        except BaseException:
            for _path, tmp in staged:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)
            self.rollback()
            raise

    def _mkdirs(self, directory: Path) -> None:
        missing = []
        d = directory
        while not d.exists():
            missing.append(d)
            d = d.parent
        for d in reversed(missing):
            d.mkdir()
            self._created_dirs.append(d)

    def rollback(self) -> None:
        for path, old in self._backup.items():
            if old is None:
                path.unlink(missing_ok=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(old)
        for d in reversed(self._created_dirs):
            with contextlib.suppress(OSError):
                d.rmdir()
