"""Quote a value for the file format it is written into.

Master-config values are validated before any callback sees them, so quoting rarely has
anything to escape; it still has to be right, so that an odd value stays data in the
generated file instead of becoming syntax.
"""

from __future__ import annotations

import json

# java.util.Properties skips these before a value starts.
_PROPERTIES_LEADING_BLANKS = (" ", "\t", "\f")


def shell_word(value: str) -> str:
    """A single-quoted POSIX shell word: the shell reads it as data, nothing expands."""
    return "'" + value.replace("'", "'\\''") + "'"


def shell_double_quoted(value: str) -> str:
    """A double-quoted shell word (the ``KEY="value"`` style of ``/etc/conf.d`` files)."""
    escaped = "".join("\\" + c if c in '\\"$`' else c for c in value)
    return f'"{escaped}"'


def properties_value(value: str) -> str:
    """A ``java.util.Properties`` value.

    Backslashes and line breaks are escaped, characters outside ASCII become ``\\uXXXX``
    (as UTF-16 code units: the format reads exactly four hex digits), and a leading blank is
    escaped so that the parser does not skip it.
    """
    out = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    out = "".join(c if ord(c) < 128 else _utf16_escapes(c) for c in out)
    return "\\" + out if out.startswith(_PROPERTIES_LEADING_BLANKS) else out


def _utf16_escapes(char: str) -> str:
    units = char.encode("utf-16-be")
    return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}"
                   for i in range(0, len(units), 2))


def lua_string(value: str) -> str:
    """A double-quoted Lua string literal (prosody's configuration language)."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\0", "\\000")
    )
    return f'"{escaped}"'


def json_string(value: str) -> str:
    """A JSON string literal; it is equally a valid HOCON and JavaScript string literal."""
    return json.dumps(value)


# jvb.conf and jicofo.conf are HOCON, and a JSON string is a HOCON string.
hocon_string = json_string
