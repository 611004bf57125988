"""Validators of single values: each returns the normalized value or raises ConfigError."""

from __future__ import annotations

import ipaddress
import posixpath
import re

from .api import ConfigError
from .keys import RESERVED_USERS

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _fail(what: str, value: str, remedy: str) -> ConfigError:
    return ConfigError(f"invalid {what} {value!r}: {remedy}")


def hostname(value: str) -> str:
    """``localhost`` or a FQDN (lower-cased, no trailing dot)."""
    name = value.strip().lower().removesuffix(".")
    labels = name.split(".")
    if name == "localhost" or len(name) < 254 and len(labels) > 1 and re.fullmatch(
            r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}", labels[-1]) and all(
            re.fullmatch(r"(?!-)[a-z0-9-]{1,63}(?<!-)", x) for x in labels):
        return name
    raise _fail("hostname", value, "use 'localhost' or a fully qualified domain name such as "
                "meet.example.org")


def ip_address(value: str, allow_localhost: bool = True) -> str:
    """An IPv4/IPv6 address, canonical (or the seed's literal ``localhost``); no zone."""
    text = value.strip()
    if allow_localhost and text.lower() == "localhost":
        return "localhost"
    try:
        if "%" not in text:
            return str(ipaddress.ip_address(text))
    except ValueError:
        pass
    raise _fail("IP address", value, "use one such as 203.0.113.7 or 2001:db8::7")


def is_public(address: str) -> bool:
    """Globally routable unicast (what Let's Encrypt must reach)."""
    if address == "localhost":
        return False
    ip = ipaddress.ip_address(address)
    return ip.is_global and not ip.is_multicast


def ram_bytes(value: str) -> int:
    if m := re.fullmatch(r"([0-9]{1,15})([kmg]?)", value.strip().lower()):
        return int(m[1]) * _UNITS[m[2]]
    raise _fail("RAM size", value, "use a number with a k, m or g suffix, such as 1024m")


def ram(value: str) -> str:
    """JVM heap: digits, optional k/m/g (binary units); >= 256 MiB, whole KiB (-Xmx rule)."""
    size = ram_bytes(value)
    if size < 256 * 1024**2 or size % 1024:
        raise _fail("RAM size", value, "use at least 256m, in whole k, m or g")
    return value.strip().lower().lstrip("0") or "0"


def username(value: str, reserved: frozenset[str] = RESERVED_USERS) -> str:
    name = value.strip()
    if not re.fullmatch(r"[a-z_][a-z0-9_-]{2,15}", name):
        raise _fail("username", value, "use 3 to 16 of a-z 0-9 _ -, starting with a letter or _")
    if name in reserved:
        raise _fail("username", value, "focus and jvb are internal accounts, choose another")
    return name


def service_user(value: str) -> str:
    return username(value, frozenset())


def password(value: str) -> str:
    if len(value) < 8:
        raise ConfigError("the password is shorter than 8 characters: use a longer one")
    if len(value) > 128 or not value.isprintable() or value != value.strip():
        raise ConfigError("the password is over 128 characters or has control characters or "
                          "outer blanks: choose another")
    return value


def email(value: str) -> str:
    local, _, domain = value.strip().rpartition("@")
    try:
        if re.fullmatch(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}", local) and ".." not in local \
                and domain == domain.strip() and hostname(domain) != "localhost":
            return f"{local}@{domain.lower()}"
    except ConfigError:
        pass
    raise _fail("email address", value, "use one such as admin@example.org")


def path(value: str) -> str:
    text = value.strip()
    if text.startswith("/") and not text.startswith("//") and len(text) < 4096 \
            and text.isprintable() and posixpath.normpath(text) == text:
        return text
    raise _fail("path", value, "use an absolute path such as /etc/ssl/meet.example.org.key")


def yes_no(value: str) -> str:
    if (text := value.strip().lower()) in ("y", "yes", "n", "no"):
        return text[0]
    raise _fail("answer", value, "answer y or n")


def secret(value: str) -> str:
    """16-128 letters and digits: safe unquoted in Lua, HOCON and properties files."""
    if re.fullmatch(r"[A-Za-z0-9]{16,128}", value):
        return value
    raise ConfigError("not 16-128 letters and digits: delete it so a new one is generated")


def uuid(value: str) -> str:
    if re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", text := value.strip().lower()):
        return text
    raise _fail("UUID", value, "delete it so a new one is generated")


def port(value: str) -> str:
    if re.fullmatch(r"[0-9]{1,5}", value.strip()) and 0 < int(value) < 65536:
        return str(int(value))
    raise _fail("port", value, "use a number from 1 to 65535")


def url(value: str) -> str:
    if re.fullmatch(r"https?://[^\s\"'\\]+", value.strip()):
        return value.strip()
    raise _fail("URL", value, "use one such as https://acme.example/directory")
