"""The master config: ``KEY="value"`` lines, tokenized and never executed.  A value goes in
double quotes, or single quotes when it holds $ or `, so sh and shlex read the same string."""

import re
import shlex

from .api import ConfigError
from .keys import ALL_KEYS

HEADER = ("# Jitsi Meet master configuration, written by jitsi-meet-master-config.\n"
          "# Edit, then run `emerge --config app-misc/jitsi-meet-master-config` again;\n"
          '# JMMC_BATCH_MODE="y" makes that run use this file without questions.\n')


def quote(value: str) -> str:
    """``value`` quoted so that sh and :func:`parse` both read it back unchanged."""
    if "\0" in value:
        raise ConfigError("a master-config value contains a NUL byte: remove it")
    if re.search(r"[$`]", value):
        return "'" + value.replace("'", "'\\''") + "'"
    return '"' + re.sub(r'(["\\])', r"\\\1", value) + '"'


def format_config(values: dict[str, str]) -> str:
    """The master config file: the header, then one line per known key, in key order."""
    return HEADER + "".join(f"{k}={quote(values[k])}\n" for k in ALL_KEYS if k in values)


def parse(text: str, keys: tuple[str, ...] = ALL_KEYS) -> tuple[dict[str, str], list[str]]:
    """(values of ``keys``, ignored other key names); other syntax raises ConfigError.

    The same format serves the master config (the default ``keys``), the main server's
    bridge files and the join file (see :mod:`jitsi_configurator.bridges`).
    """
    lex = shlex.shlex(text, posix=True)
    lex.whitespace_split, lex.commenters = True, "#"
    values: dict[str, str] = {}
    unknown: list[str] = []
    try:
        for word in lex:
            key, eq, value = word.partition("=")
            if word == "export":
                continue
            if not eq or not re.fullmatch(r"[A-Za-z_]\w*", key):
                # The word is not quoted back: it may be the tail of a secret whose value
                # lacks its quotes.
                raise ConfigError(f"line {lex.lineno}: text that is not a KEY=\"value\" "
                                  "assignment (a value with blanks needs quotes): fix or remove it")
            (values.__setitem__(key, value) if key in keys else unknown.append(key))
    except ValueError as exc:  # an unclosed quote
        raise ConfigError(f"line {lex.lineno}: {exc}: close the quote") from exc
    return values, unknown
