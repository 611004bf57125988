"""File validators by name: the real tool where installed, else a parser.  ``run`` returns
None or a note ("not checked: ..."); a problem raises ConfigError with the tool's words."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .api import ConfigError


def _tool(path: str, argv: list[str], data: bytes | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="jmmc-") as tmp:
        if data is not None:
            Path(tmp, "file").write_bytes(data)
            argv = [*argv, f"{tmp}/file"]
        try:
            p = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                               stdin=subprocess.DEVNULL, cwd=tmp)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"{path}: validator {argv[0]} failed to run: {exc}") from exc
    if p.returncode:
        tail = " / ".join((p.stderr or p.stdout).strip().splitlines()[-3:])
        raise ConfigError(f"{path}: {Path(argv[0]).name} rejects it: {tail}")


def _with(names: tuple[str, ...], *args: str, marker: str = ""):
    # The first installed of ``names`` runs with ``args`` on the file.
    def check(path: str, data: bytes) -> str | None:
        if marker and marker not in data.decode(errors="replace"):
            raise ConfigError(f"{path}: holds no PEM {marker[-16:].strip('- ').lower()}")
        if not (tool := next(filter(None, map(shutil.which, names)), None)):
            return f"not checked: no {names[0]} installed"
        _tool(path, [tool, *args], data)
        return None
    return check


# Certificates and includes may exist only later, on the target: dropped, as is TLS.
_DROP = re.compile(r"(^|[\s;{}])((ssl_certificate(_key)?|ssl_trusted_certificate|ssl_dhparam)"
                   r"\s[^;]*|include\s+/[^;*]*);")


def _nginx(path: str, data: bytes, context: str) -> str | None:
    if not (nginx := shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")):
        return "not checked: no nginx installed"
    text = _DROP.sub(r"\1", data.decode(errors="replace"))
    text = re.sub(r"(\blisten\s[^;]*?)\sssl\b", r"\1", text)
    with tempfile.TemporaryDirectory(prefix="jmmc-") as t:
        Path(t, "part.conf").write_text(text)
        mod = next((d for d in ("/usr/lib/nginx/modules", "/usr/lib64/nginx/modules")
                    if Path(d, "ngx_stream_module.so").exists()), None)
        load = f"load_module {mod}/ngx_stream_module.so;\n" if context == "stream" and mod else ""
        inc = f"include {t}/part.conf;"  # a file with its own http/stream block: top level
        # access_log off: the built-in log path is the host's, not a scratch file.
        body = inc if re.search(rf"(^|[;{{}}\s]){context}\s*{{", text) else \
            f"{context} {{access_log off;{inc}}}"
        Path(t, "nginx.conf").write_text(
            f"{load}pid {t}/pid;\nerror_log {t}/log;\nevents {{}}\n{body}\n")
        _tool(path, [nginx, "-t", "-q", "-p", t, "-e", f"{t}/log", "-c", f"{t}/nginx.conf"])
    return None


def hocon(path: str, data: bytes) -> str | None:
    try:
        import pyhocon
    except ImportError:
        return json_file(path, data) if data.lstrip()[:1] == b"{" else \
            "not checked: pyhocon not installed"
    try:
        pyhocon.ConfigFactory.parse_string(data.decode())
    except Exception as exc:  # pyhocon raises several unrelated types
        raise ConfigError(f"{path}: invalid HOCON: {exc}") from exc
    return None


def json_file(path: str, data: bytes) -> str | None:
    try:
        json.loads(data)
    except ValueError as exc:
        raise ConfigError(f"{path}: invalid JSON: {exc}") from exc
    return None


def _lines(pattern: str, what: str):
    def check(path: str, data: bytes) -> str | None:
        for n, line in enumerate(data.decode("latin-1").splitlines(), 1):
            if not re.fullmatch(pattern, line):
                raise ConfigError(f"{path}: line {n}: {line[:40]!r} is not {what}")
        return None
    return check


REGISTRY = {
    "lua": _with(("luac5.4", "luac"), "-p"),
    "nginx-site": lambda p, d: _nginx(p, d, "http"),
    "nginx-stream": lambda p, d: _nginx(p, d, "stream"),
    "hocon": hocon,
    "json": json_file,
    "properties": _lines(r"([^\\]|\\[^u]|\\u[0-9a-fA-F]{4})*\\?", "key=value (bad \\u escape)"),
    "shell-env": _with(("sh",), "-n"),  # -n: parse only, run nothing
    "turnserver": _lines(r"\s*(#.*|[a-z0-9_-]+(\s*=\s*\S.*)?)?", "option or option=value"),
    "pem-cert": _with(("openssl",), "x509", "-noout", "-in", marker="BEGIN CERTIFICATE-----"),
    "pem-key": _with(("openssl",), "pkey", "-noout", "-in", marker="PRIVATE KEY-----"),
}


def run(name: str, path: str, data: bytes) -> str | None:
    if name not in REGISTRY:
        raise ConfigError(f"{path}: unknown validator {name!r}: use one of "
                          f"{', '.join(sorted(REGISTRY))}")
    return REGISTRY[name](path, data)
