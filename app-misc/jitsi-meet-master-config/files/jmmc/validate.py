"""Validators of single values: each returns the normalized value or raises ConfigError."""

from __future__ import annotations

import ipaddress
import posixpath
import re

from .api import ConfigError
from .keys import RESERVED_USERS

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_RAM = re.compile(r"([0-9]{1,15})([kmg]?)")
_USER = re.compile(r"[a-z_][a-z0-9_-]{2,15}")
_LOCAL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def hostname(value: str) -> str:
    """``localhost`` or a fully qualified domain name (lower-cased, no trailing dot)."""
    name = value.strip().lower().removesuffix(".")
    labels = name.split(".")
    if name == "localhost" or (len(name) <= 253 and len(labels) > 1 and _TLD.fullmatch(labels[-1])
                               and all(_LABEL.fullmatch(x) for x in labels)):
        return name
    raise ConfigError(f"invalid hostname {value!r}: use 'localhost' or a fully qualified "
                      "domain name such as meet.example.org")


def ip_address(value: str, *, allow_localhost: bool = True) -> str:
    """An IPv4/IPv6 address in canonical form (or the seed's literal ``localhost``)."""
    text = value.strip()
    if allow_localhost and text.lower() == "localhost":
        return "localhost"
    try:
        if "%" not in text:  # no IPv6 zone: it means nothing to clients
            return str(ipaddress.ip_address(text))
    except ValueError:
        pass
    raise ConfigError(f"invalid IP address {value!r}: use an IPv4 address such as 203.0.113.7 "
                      "or an IPv6 address such as 2001:db8::7")


def is_public(address: str) -> bool:
    """A globally routable unicast address (what Let's Encrypt must reach)."""
    if address == "localhost":
        return False
    ip = ipaddress.ip_address(address)
    return ip.is_global and not ip.is_multicast


def ram_bytes(value: str) -> int:
    m = _RAM.fullmatch(value.strip().lower())
    if not m:
        raise ConfigError(f"invalid RAM size {value!r}: use a number with a k, m or g suffix, "
                          "such as 1024m")
    return int(m[1]) * _UNITS[m[2]]


def ram(value: str) -> str:
    """JVM heap size: digits, optional k/m/g (binary); >= 256 MiB, a multiple of 1024 bytes."""
    size = ram_bytes(value)
    if size < 256 * 1024**2:
        raise ConfigError(f"RAM size {value!r} is below 256m: use 256m or more")
    if size % 1024:
        raise ConfigError(f"RAM size {value!r} is not a multiple of 1024 bytes: use k, m or g")
    m = _RAM.fullmatch(value.strip().lower())
    return f"{int(m[1])}{m[2]}"  # type: ignore[index]


def username(value: str, *, reserved: frozenset[str] = RESERVED_USERS) -> str:
    """Convener account: 3-16 of a-z 0-9 _ - (not a digit or - first), not focus/jvb."""
    name = value.strip()
    if not _USER.fullmatch(name):
        raise ConfigError(f"invalid username {value!r}: use 3 to 16 lower-case letters, digits, "
                          "'_' or '-', starting with a letter or '_'")
    if name in reserved:
        raise ConfigError(f"username {value!r} is an internal account (focus, jvb): choose "
                          "another name")
    return name


def service_user(value: str) -> str:
    return username(value, reserved=frozenset())


def password(value: str) -> str:
    """Convener password: 8-128 printable characters, no leading/trailing blanks."""
    if len(value) < 8:
        raise ConfigError("the password is shorter than 8 characters: use a longer one")
    if len(value) > 128 or not value.isprintable() or value != value.strip():
        raise ConfigError("the password is over 128 characters or has control characters or "
                          "leading/trailing blanks: choose another")
    return value


def email(value: str) -> str:
    local, _, domain = value.strip().rpartition("@")
    try:
        if _LOCAL.fullmatch(local) and ".." not in local and hostname(domain) != "localhost" \
                and domain == domain.strip():
            return f"{local}@{domain.lower()}"
    except ConfigError:
        pass
    raise ConfigError(f"invalid email address {value!r}: use one such as admin@example.org")


def path(value: str) -> str:
    """An absolute, normalized path of printable characters."""
    text = value.strip()
    if text.startswith("/") and len(text) < 4096 and text.isprintable() \
            and posixpath.normpath(text) == text and not text.startswith("//"):
        return text
    raise ConfigError(f"invalid path {value!r}: use an absolute path such as "
                      "/etc/ssl/meet.example.org.key")


def yes_no(value: str) -> str:
    text = value.strip().lower()
    if text in ("y", "yes", "n", "no"):
        return text[0]
    raise ConfigError(f"invalid answer {value!r}: answer y or n")


def secret(value: str) -> str:
    """A credential: 16-128 letters and digits (safe unquoted in Lua, HOCON, properties)."""
    if re.fullmatch(r"[A-Za-z0-9]{16,128}", value):
        return value
    raise ConfigError("not 16-128 letters and digits: delete it from the master config so a "
                      "new one is generated")


def uuid(value: str) -> str:
    if re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", value.strip().lower()):
        return value.strip().lower()
    raise ConfigError(f"invalid UUID {value!r}: delete it from the master config to generate one")


def port(value: str) -> str:
    if re.fullmatch(r"[0-9]{1,5}", value.strip()) and 0 < int(value) < 65536:
        return str(int(value))
    raise ConfigError(f"invalid port {value!r}: use a number from 1 to 65535")


def url(value: str) -> str:
    if re.fullmatch(r"https?://[^\s\"'\\]+", value.strip()):
        return value.strip()
    raise ConfigError(f"invalid URL {value!r}: use one such as https://acme.example/directory")
