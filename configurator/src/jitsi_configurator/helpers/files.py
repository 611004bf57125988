"""Shapes of generated files that recur across the components."""

from __future__ import annotations

from ..api import File, Validator


def secret_file(path: str, content: str | bytes, *, group: str, owner: str = "root",
                validator: Validator | None = None) -> File:
    """A file holding a secret: 0640, readable by ``group`` only, never shown in a diff."""
    return File(path, content, mode=0o640, owner=owner, group=group, secret=True,
                validator=validator)
