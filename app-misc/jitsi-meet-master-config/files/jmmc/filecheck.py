"""Validators of rendered files, by name: the real tool where installed, else a parser.

Each takes (path, bytes) and returns None or a note (e.g. "not checked: no luac"); a
problem raises ConfigError naming the file and the tool's message.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from .api import ConfigError

Check = Callable[[str, bytes], "str | None"]
_TIMEOUT = 60


def _run(argv: list[str], path: str, cwd: str | None = None) -> None:
    try:
        proc = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"{path}: validator {argv[0]} failed to run: {exc}") from exc
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise ConfigError(f"{path}: {Path(argv[0]).name} rejects it: {' / '.join(detail)}")


def _with_temp(data: bytes, suffix: str, fn: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="jmmc-check-") as tmp:
        f = Path(tmp) / f"file{suffix}"
        f.write_bytes(data)
        fn(f)


def lua(path: str, data: bytes) -> str | None:
    tool = shutil.which("luac5.4") or shutil.which("luac")
    if tool is None:
        return "not checked: no luac installed"
    _with_temp(data, ".lua", lambda f: _run([tool, "-p", str(f)], path))
    return None


_CERT_LINE = re.compile(
    r"(^|[\s;{}])(ssl_certificate(?:_key)?|ssl_trusted_certificate|ssl_dhparam)\s[^;]*;"
)
_INCLUDE = re.compile(r"(^|[\s;{}])include\s+([^;\s]+)\s*;")


def _nginx(path: str, data: bytes, context: str) -> str | None:
    tool = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    openssl = shutil.which("openssl")
    if tool is None or openssl is None:
        return "not checked: nginx or openssl not installed"
    with tempfile.TemporaryDirectory(prefix="jmmc-nginx-") as tmp:
        t = Path(tmp)
        # The certificates the file names may only exist after this transaction: a
        # throw-away pair stands in for them, and includes of missing files are dropped.
        key, crt = t / "k.pem", t / "c.pem"
        _run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
              "-subj", "/CN=jmmc-check", "-keyout", str(key), "-out", str(crt)], path)

        def cert(m: re.Match[str]) -> str:
            if m.group(2) in ("ssl_trusted_certificate", "ssl_dhparam"):
                return m.group(1)  # dropped: the check needs no CA bundle or DH file
            return f"{m.group(1)}{m.group(2)} {key if m.group(2).endswith('key') else crt};"

        def include(m: re.Match[str]) -> str:
            target = m.group(2)
            keep = "*" in target or Path(target).exists() or not target.startswith("/")
            return m.group(0) if keep else m.group(1)

        text = _INCLUDE.sub(include, _CERT_LINE.sub(cert, data.decode("utf-8", "replace")))
        (t / "part.conf").write_text(text)
        mods = [p for p in ("/usr/lib/nginx/modules", "/usr/lib64/nginx/modules")
                if Path(p, "ngx_stream_module.so").exists()]
        load = f"load_module {mods[0]}/ngx_stream_module.so;\n" if context == "stream" and mods else ""
        # A file holding its own http/stream block is included at the top level.
        top = re.search(rf"(^|[;{{}}\s]){context}\s*{{", text)
        inc = f"include {t}/part.conf;"
        body = inc if top else f"{context} {{\n{inc}\n}}"
        (t / "nginx.conf").write_text(
            f"{load}pid {t}/nginx.pid;\nerror_log {t}/error.log;\nevents {{}}\n{body}\n")
        _run([tool, "-t", "-q", "-p", tmp, "-e", f"{t}/error.log", "-c", f"{t}/nginx.conf"], path)
    return None


def nginx_site(path: str, data: bytes) -> str | None:
    return _nginx(path, data, "http")


def nginx_stream(path: str, data: bytes) -> str | None:
    return _nginx(path, data, "stream")


def hocon(path: str, data: bytes) -> str | None:
    try:
        import pyhocon
    except ImportError:
        try:
            json.loads(data)  # JSON is valid HOCON: the configurator may emit it
        except ValueError:
            return "not checked: pyhocon not installed"
        return None
    try:
        pyhocon.ConfigFactory.parse_string(data.decode("utf-8"))
    except Exception as exc:  # pyhocon raises many unrelated types
        raise ConfigError(f"{path}: invalid HOCON: {exc}") from exc
    return None


def json_file(path: str, data: bytes) -> str | None:
    try:
        json.loads(data)
    except ValueError as exc:
        raise ConfigError(f"{path}: invalid JSON: {exc}") from exc
    return None


_PROP_KEY = re.compile(r"^\s*(?:[^\s=:\\]|\\.)+\s*(?:[=:]|\s|$)")


def properties(path: str, data: bytes) -> str | None:
    """Java .properties: every logical line is a key (then = : or blank) and a value."""
    try:
        text = data.decode("latin-1")
    except UnicodeDecodeError as exc:  # pragma: no cover - latin-1 decodes anything
        raise ConfigError(f"{path}: not ISO-8859-1: {exc}") from exc
    continued = False
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        is_cont = continued
        continued = bool(re.search(r"(?<!\\)(?:\\\\)*\\$", line))
        if is_cont or not stripped or stripped[0] in "#!":
            continue
        if not _PROP_KEY.match(line):
            raise ConfigError(f"{path}: line {n}: {stripped[:40]!r} is not key=value")
        if re.search(r"\\u(?![0-9a-fA-F]{4})", line):
            raise ConfigError(f"{path}: line {n}: malformed \\uXXXX escape")
    return None


def shell_env(path: str, data: bytes) -> str | None:
    tool = shutil.which("sh") or shutil.which("bash")
    if tool is None:
        return "not checked: no sh installed"
    _with_temp(data, ".sh", lambda f: _run([tool, "-n", str(f)], path))  # -n: parse only
    return None


_TURN_LINE = re.compile(r"^[a-z0-9_-]+(\s*=\s*\S.*)?$")


def turnserver(path: str, data: bytes) -> str | None:
    """coturn: ``option`` or ``option=value`` lines; cert and pkey go together."""
    options = set()
    for n, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not _TURN_LINE.match(s):
            raise ConfigError(f"{path}: line {n}: {s[:40]!r} is not an option or option=value")
        options.add(re.split(r"[\s=]", s, maxsplit=1)[0])
    if ("cert" in options) != ("pkey" in options):
        raise ConfigError(f"{path}: 'cert' and 'pkey' must be set together")
    return None


_PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.S)


def _pem_blocks(path: str, data: bytes) -> list[str]:
    blocks = []
    for m in _PEM.finditer(data.decode("ascii", "replace")):
        body = "".join(line for line in m.group(2).splitlines() if ":" not in line)
        try:
            der = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ConfigError(f"{path}: {m.group(1)} block is not base64: {exc}") from exc
        if not der or der[0] != 0x30:
            raise ConfigError(f"{path}: {m.group(1)} block is not DER (ASN.1 SEQUENCE)")
        blocks.append(m.group(1))
    return blocks


def pem_cert(path: str, data: bytes) -> str | None:
    if "CERTIFICATE" not in _pem_blocks(path, data):
        raise ConfigError(f"{path}: holds no PEM certificate")
    tool = shutil.which("openssl")
    if tool:
        _with_temp(data, ".pem", lambda f: _run([tool, "x509", "-noout", "-in", str(f)], path))
    return None


def pem_key(path: str, data: bytes) -> str | None:
    if not any(b.endswith("PRIVATE KEY") for b in _pem_blocks(path, data)):
        raise ConfigError(f"{path}: holds no PEM private key")
    tool = shutil.which("openssl")
    if tool:
        _with_temp(data, ".pem", lambda f: _run([tool, "pkey", "-noout", "-in", str(f)], path))
    return None


REGISTRY: dict[str, Check] = {
    "lua": lua,
    "nginx-site": nginx_site,
    "nginx-stream": nginx_stream,
    "hocon": hocon,
    "properties": properties,
    "shell-env": shell_env,
    "turnserver": turnserver,
    "pem-cert": pem_cert,
    "pem-key": pem_key,
    "json": json_file,
}


def run(name: str, path: str, data: bytes) -> str | None:
    try:
        check = REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"{path}: unknown validator {name!r}: use one of {', '.join(sorted(REGISTRY))}"
        ) from None
    return check(path, data)
