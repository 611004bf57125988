"""Checks of rendered files before anything is written.

A ``File.validator`` is a name from :data:`REGISTRY` or the owning callback's own callable;
either gets ``(path, content)`` and returns None (fine), a note for the summary (such as
"not checked: no nginx installed"), or raises ConfigError naming what is wrong.
"""

import json
import re
import shutil

from .api import ConfigError, run_check


def _tool(*argv: str):
    """A check by a real tool that reads the file on its stdin; a note when it is absent."""
    def check(path: str, data: bytes) -> str | None:
        if not shutil.which(argv[0]):
            return f"not checked: no {argv[0]} installed"
        return run_check(path, argv, data)
    return check


def json_file(path: str, data: bytes) -> str | None:
    """The content parses as JSON."""
    try:
        json.loads(data)
    except ValueError as exc:
        raise ConfigError(f"{path}: invalid JSON: {exc}") from exc
    return None


def _lines(pattern: str, what: str):
    """A check that every line matches ``pattern``."""
    def check(path: str, data: bytes) -> str | None:
        for n, line in enumerate(data.decode("latin-1").splitlines(), 1):
            if not re.fullmatch(pattern, line):
                raise ConfigError(f"{path}: line {n}: {line[:40]!r} is not {what}")
        return None
    return check


REGISTRY = {
    "json": json_file,
    "properties": _lines(r"([^\\]|\\[^u]|\\u[0-9a-fA-F]{4})*\\?", "key=value (bad \\u escape)"),
    "shell-env": _tool("sh", "-n"),  # -n: parse only, run nothing
    "pem-cert": _tool("openssl", "x509", "-noout"),
    "pem-key": _tool("openssl", "pkey", "-noout", "-passin", "pass:"),
}


def run(validator, path: str, data: bytes) -> str | None:
    """Apply ``validator`` (a REGISTRY name or a callable) to one rendered file."""
    if callable(validator):
        return validator(path, data)
    if validator not in REGISTRY:
        raise ConfigError(f"{path}: unknown validator {validator!r}: use one of "
                          f"{', '.join(REGISTRY)} or the callback's own function")
    return REGISTRY[validator](path, data)
