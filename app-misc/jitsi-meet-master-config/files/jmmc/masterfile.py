"""Read and format the master config: ``KEY="value"`` lines, parsed and never executed.

The format stays shell-compatible (a 2020 installation sources it), but we only ever
tokenize it.  Values are written in double quotes with ``\\ " $ `` escaped, so every
string without NUL reads back unchanged and a shell sees the same literal value.
"""

from __future__ import annotations

import re

from .api import ConfigError
from .keys import ALL_KEYS

_NAME = re.compile(r"(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=")
_ESCAPED = frozenset('\\"$`')

HEADER = (
    "# Jitsi Meet master configuration, written by jitsi-meet-master-config.\n"
    "# Edit it and run `emerge --config app-misc/jitsi-meet-master-config` again;\n"
    '# JMMC_BATCH_MODE="y" makes that run use this file without asking.\n'
)


def quote(value: str) -> str:
    """Double-quote ``value`` so that sh and :func:`parse` both read it back unchanged."""
    if "\0" in value:
        raise ConfigError("a master-config value contains a NUL byte: remove it")
    return '"' + "".join("\\" + c if c in _ESCAPED else c for c in value) + '"'


def format_config(values: dict[str, str]) -> str:
    """The file text: the header, then every known key in the seed's order."""
    lines = [HEADER]
    for key in ALL_KEYS:
        if key in values:
            lines.append(f"{key}={quote(values[key])}\n")
    return "".join(lines)


def _read_value(text: str, pos: int, lineno: int) -> tuple[str, int]:
    """Read one shell word starting at ``pos``; quoted parts may span lines."""
    out: list[str] = []
    n = len(text)
    while pos < n and text[pos] not in " \t\n#;":
        c = text[pos]
        if c == '"':
            pos += 1
            while True:
                if pos >= n:
                    raise ConfigError(f"line {lineno}: unterminated double quote: close it")
                c = text[pos]
                if c == '"':
                    pos += 1
                    break
                if c == "\\" and pos + 1 < n and text[pos + 1] in '\\"$`\n':
                    if text[pos + 1] != "\n":  # backslash-newline is a line continuation
                        out.append(text[pos + 1])
                    pos += 2
                    continue
                if c in "$`":
                    raise ConfigError(
                        f"line {lineno}: unescaped {c!r} in a value: expansions are not "
                        "supported, escape it as \\" + c
                    )
                out.append(c)
                pos += 1
        elif c == "'":
            end = text.find("'", pos + 1)
            if end < 0:
                raise ConfigError(f"line {lineno}: unterminated single quote: close it")
            out.append(text[pos + 1 : end])
            pos = end + 1
        elif c == "\\":
            if pos + 1 < n and text[pos + 1] != "\n":
                out.append(text[pos + 1])
            pos += 2
        elif c in "$`|&<>(){}":
            raise ConfigError(f"line {lineno}: shell syntax {c!r} outside quotes: quote the value")
        else:
            out.append(c)
            pos += 1
    return "".join(out), pos


def parse(text: str) -> tuple[dict[str, str], list[str]]:
    """Parse master-config text into (known values, names of ignored unknown keys)."""
    values: dict[str, str] = {}
    unknown: list[str] = []
    pos, n = 0, len(text)
    while pos < n:
        lineno = text.count("\n", 0, pos) + 1
        c = text[pos]
        if c in " \t\n;":
            pos += 1
            continue
        if c == "#":
            end = text.find("\n", pos)
            pos = n if end < 0 else end + 1
            continue
        m = _NAME.match(text, pos)
        if not m:
            line = text[pos : text.find("\n", pos) if "\n" in text[pos:] else n]
            raise ConfigError(
                f'line {lineno}: {line[:60]!r} is not a KEY="value" assignment: fix or remove it'
            )
        value, pos = _read_value(text, m.end(), lineno)
        if pos < n and text[pos] not in " \t\n#;":
            raise ConfigError(f"line {lineno}: unexpected text after {m.group(1)}: quote it")
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] not in "\n#;":
            raise ConfigError(
                f"line {lineno}: more than one word after {m.group(1)}=: quote the value"
            )
        key = m.group(1)
        if key in ALL_KEYS:
            values[key] = value
        else:
            unknown.append(key)
    return values, unknown
