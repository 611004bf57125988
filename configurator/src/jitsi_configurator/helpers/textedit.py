"""Minimal edits to files the configurator shares with their owners (conf.d files)."""

from __future__ import annotations

import re

from .quoting import shell_double_quoted


def set_shell_assignment(text: str, key: str, value: str) -> str:
    """``text`` (a shell-variable file) with ``key`` set to ``value``, as ``KEY="value"``.

    Every line assigning ``key`` is replaced (a later one would win when the file is
    sourced), keeping its indentation and line ending; when there is none, the assignment
    is appended.  Every other byte stays as it was, so a second run with the same value
    returns ``text`` unchanged.
    """
    assignment = f"{key}={shell_double_quoted(value)}"
    lines = text.splitlines(keepends=True)
    pattern = re.compile(rf"([ \t]*){re.escape(key)}=[^\r\n]*(\r?\n?)")
    found = False
    for i, line in enumerate(lines):
        if match := pattern.fullmatch(line):
            lines[i] = match[1] + assignment + match[2]
            found = True
    if found:
        return "".join(lines)
    separator = "\n" if text and not text.endswith("\n") else ""
    return f"{text}{separator}{assignment}\n"
