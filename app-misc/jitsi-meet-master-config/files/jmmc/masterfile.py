"""The master config: ``KEY="value"`` lines, tokenized here and never executed.

Values are written double-quoted with \\ " $ ` escaped, so any string without NUL reads
back unchanged, and a shell sourcing the file (as 2020 did) sees the same literal value.
"""

from __future__ import annotations

import re

from .api import ConfigError
from .keys import ALL_KEYS

_NAME = re.compile(r"(?:export[ \t]+)?([A-Za-z_]\w*)=")
_END = " \t\n;#"
HEADER = ("# Jitsi Meet master configuration, written by jitsi-meet-master-config.\n"
          "# Edit, then run `emerge --config app-misc/jitsi-meet-master-config` again;\n"
          '# JMMC_BATCH_MODE="y" makes that run use this file without questions.\n')


def quote(value: str) -> str:
    if "\0" in value:
        raise ConfigError("a master-config value contains a NUL byte: remove it")
    return '"' + re.sub(r'([\\"$`])', r"\\\1", value) + '"'


def format_config(values: dict[str, str]) -> str:
    return HEADER + "".join(f"{k}={quote(values[k])}\n" for k in ALL_KEYS if k in values)


def _word(text: str, i: int, line: int) -> tuple[str, int]:
    """One shell word from ``i``: plain, '…' and "…" parts (quoted parts may span lines)."""
    out, n = [], len(text)
    while i < n and text[i] not in _END:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n and text[i + 1] in '\\"$`\n':
                    out.append("" if text[i + 1] == "\n" else text[i + 1])
                    i += 2
                    continue
                if text[i] in "$`":
                    raise ConfigError(f"line {line}: unescaped {text[i]!r}: expansions are not "
                                      f"supported, write \\{text[i]}")
                out.append(text[i])
                i += 1
            if i >= n:
                raise ConfigError(f"line {line}: unterminated double quote: close it")
            i += 1
        elif c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise ConfigError(f"line {line}: unterminated single quote: close it")
            out.append(text[i + 1 : end])
            i = end + 1
        elif c == "\\":
            out.append(text[i + 1 : i + 2].replace("\n", ""))
            i += 2
        elif c in "$`|&<>(){}":
            raise ConfigError(f"line {line}: shell syntax {c!r} outside quotes: quote the value")
        else:
            out.append(c)
            i += 1
    return "".join(out), i


def parse(text: str) -> tuple[dict[str, str], list[str]]:
    """(known KEY values, names of ignored unknown keys); bad syntax raises ConfigError."""
    values: dict[str, str] = {}
    unknown: list[str] = []
    i, n = 0, len(text)
    while i < n:
        line = text.count("\n", 0, i) + 1
        if text[i] in " \t\n;":
            i += 1
        elif text[i] == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif m := _NAME.match(text, i):
            value, i = _word(text, m.end(), line)
            while i < n and text[i] in " \t":
                i += 1
            if i < n and text[i] not in "\n;#":
                raise ConfigError(f"line {line}: more than one word after {m[1]}=: quote it")
            (values.__setitem__(m[1], value) if m[1] in ALL_KEYS else unknown.append(m[1]))
        else:
            raise ConfigError(f"line {line}: {text[i:].split(chr(10))[0][:60]!r} is not a "
                              'KEY="value" assignment: fix or remove it')
    return values, unknown
