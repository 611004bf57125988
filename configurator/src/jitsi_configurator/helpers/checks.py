"""File validators that run the real tools on a generated file before it is written.

Each is a ``File.validator``: ``(path, data) -> None`` when the file passes, a note starting
``"not checked: "`` when the tool is not installed, or :class:`~..api.ConfigError` naming
the file and the tool's complaint.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..api import ConfigError, run_check

# Where distributions keep nginx's dynamic modules (the stream module may be one).
NGINX_MODULE_DIRS = ("/usr/lib/nginx/modules", "/usr/lib64/nginx/modules")

# Certificates and absolute includes a site names may exist only later, on the target:
# the check drops them (and with them TLS on the listen lines).
_TARGET_ONLY = re.compile(
    r"(^|[\s;{}])((ssl_certificate(_key)?|ssl_trusted_certificate|ssl_dhparam)\s[^;]*"
    r"|include\s+/[^;*]*);"
)


def nginx_binary() -> str | None:
    # /usr/sbin is not on every user's PATH.
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")


def nginx_stream_module(nginx: str) -> str | None:
    """The stream module's file when ``nginx`` was built to load it dynamically, else None.

    Only such an nginx (Debian's) may load one: another build or version refuses a module
    file that was not made for it.
    """
    built = subprocess.run([nginx, "-V"], capture_output=True, text=True, timeout=30).stderr
    if "--with-stream=dynamic" not in built:
        return None
    return next((f"{d}/ngx_stream_module.so" for d in NGINX_MODULE_DIRS
                 if Path(d, "ngx_stream_module.so").exists()), None)


def nginx_test(path: str, data: bytes, *, in_http_block: bool,
               modules: Sequence[str] = ()) -> str | None:
    """``nginx -t`` on ``data`` included by a scratch main configuration.

    The scratch configuration has its own pid and log files, so the check touches nothing
    of the host; ``in_http_block`` includes the file inside ``http {}`` (a site), otherwise
    at the top level (a ``stream {}`` block).
    """
    if not (nginx := nginx_binary()):
        return "not checked: no nginx installed"
    with tempfile.TemporaryDirectory(prefix="jitsi-configurator-") as tmp:
        included = Path(tmp, "checked", Path(path).name or "file.conf")
        included.parent.mkdir()
        included.write_bytes(data)
        include = f"include {included};"
        body = f"http {{access_log off; {include}}}" if in_http_block else include
        loads = "".join(f"load_module {m};\n" for m in modules)
        Path(tmp, "nginx.conf").write_text(
            f"{loads}pid {tmp}/pid;\nerror_log {tmp}/log;\nevents {{}}\n{body}\n")
        run_check(path, [nginx, "-t", "-q", "-p", tmp, "-e", f"{tmp}/log",
                         "-c", f"{tmp}/nginx.conf"])
    return None


def nginx_site_check(path: str, data: bytes) -> str | None:
    """An nginx site (``server`` blocks) passes ``nginx -t`` inside an ``http`` block."""
    text = _TARGET_ONLY.sub(r"\1", data.decode(errors="replace"))
    text = re.sub(r"(\blisten\s[^;]*?)\sssl\b", r"\1", text)
    return nginx_test(path, text.encode(), in_http_block=True)


def nginx_stream_check(path: str, data: bytes) -> str | None:
    """An nginx ``stream`` block passes ``nginx -t`` (loading the stream module if needed)."""
    module = nginx_stream_module(nginx) if (nginx := nginx_binary()) else None
    return nginx_test(path, data, in_http_block=False, modules=[module] if module else [])


def lua_check(path: str, data: bytes) -> str | None:
    """``luac -p``: prosody's configuration and account files are Lua chunks."""
    if not (luac := shutil.which("luac5.4") or shutil.which("luac")):
        return "not checked: no luac installed"
    run_check(path, [luac, "-p", "-"], data)  # "-": the chunk on stdin
    return None


def hocon_check(path: str, data: bytes) -> str | None:
    """The file parses as HOCON (with pyhocon, where it is installed)."""
    try:
        from pyhocon import ConfigFactory
    except ImportError:
        return "not checked: pyhocon not installed"
    try:
        ConfigFactory.parse_string(data.decode())
    except Exception as exc:  # pyhocon raises several unrelated types
        raise ConfigError(f"{path}: invalid HOCON: {exc}") from exc
    return None
