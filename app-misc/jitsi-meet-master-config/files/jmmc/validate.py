"""Validators of single answers: each returns the normalized value or raises ConfigError."""

from __future__ import annotations

import ipaddress
import posixpath
import re

from .api import ConfigError
from .keys import RESERVED_USERS

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
_RAM = re.compile(r"^([0-9]{1,15})([kmg]?)$")
_USER = re.compile(r"^[a-z_][a-z0-9_-]{2,15}$")
_LOCAL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$")
_SECRET = re.compile(r"^[A-Za-z0-9]{16,128}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

MIN_RAM = 256 * 1024 * 1024
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def hostname(value: str) -> str:
    """``localhost`` or a fully qualified domain name (lower-cased, no trailing dot)."""
    name = value.strip().lower().removesuffix(".")
    if name == "localhost":
        return name
    labels = name.split(".")
    if (
        len(name) > 253
        or len(labels) < 2
        or not all(_LABEL.match(label) for label in labels)
        or not _TLD.match(labels[-1])
    ):
        raise ConfigError(
            f"invalid hostname {value!r}: use 'localhost' or a fully qualified domain name "
            "such as meet.example.org"
        )
    return name


def is_fqdn(name: str) -> bool:
    return name != "localhost"


def ip_address(value: str, *, allow_localhost: bool = True) -> str:
    """An IPv4/IPv6 address in canonical form (or the seed's literal ``localhost``)."""
    text = value.strip()
    if allow_localhost and text.lower() == "localhost":
        return "localhost"
    try:
        if "%" in text:
            raise ValueError
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise ConfigError(
            f"invalid IP address {value!r}: use an IPv4 address such as 203.0.113.7 "
            "or an IPv6 address such as 2001:db8::7"
        ) from None


def is_public(address: str) -> bool:
    """True for a globally routable unicast address (Let's Encrypt can reach it)."""
    if address == "localhost":
        return False
    ip = ipaddress.ip_address(address)
    return ip.is_global and not ip.is_multicast


def ram(value: str) -> str:
    """A JVM heap size: digits with an optional k/m/g suffix (binary units).

    The size in bytes must be at least 256 MiB and a multiple of 1024 bytes (the JVM
    rejects other -Xmx values).  Returned lower-case, e.g. "1024m".
    """
    m = _RAM.match(value.strip().lower())
    if not m:
        raise ConfigError(
            f"invalid RAM size {value!r}: use a number with a k, m or g suffix, such as 1024m"
        )
    size = int(m.group(1)) * _UNITS[m.group(2)]
    if size < MIN_RAM:
        raise ConfigError(f"RAM size {value!r} is below 256m: use 256m or more")
    if size % 1024:
        raise ConfigError(f"RAM size {value!r} is not a multiple of 1024 bytes: use k, m or g")
    return f"{int(m.group(1))}{m.group(2)}"


def ram_bytes(value: str) -> int:
    m = _RAM.match(ram(value))
    assert m is not None
    return int(m.group(1)) * _UNITS[m.group(2)]


def username(value: str, *, reserved: frozenset[str] = RESERVED_USERS) -> str:
    """An XMPP user name for the convener: 3-16 of a-z 0-9 _ -, not an internal account."""
    name = value.strip()
    if not _USER.match(name):
        raise ConfigError(
            f"invalid username {value!r}: use 3 to 16 lower-case letters, digits, '_' or '-', "
            "starting with a letter or '_'"
        )
    if name in reserved:
        raise ConfigError(
            f"username {value!r} is an internal account (focus, jvb): choose another name"
        )
    return name


def service_user(value: str) -> str:
    return username(value, reserved=frozenset())


def password(value: str) -> str:
    """The convener password: 8-128 printable characters, no leading/trailing blanks."""
    if len(value) < 8:
        raise ConfigError("the password is shorter than 8 characters: use a longer one")
    if len(value) > 128:
        raise ConfigError("the password is longer than 128 characters: use a shorter one")
    if not value.isprintable() or value != value.strip():
        raise ConfigError(
            "the password contains control characters or leading/trailing blanks: remove them"
        )
    return value


def email(value: str) -> str:
    """An e-mail address whose domain is a fully qualified domain name."""
    text = value.strip()
    local, at, domain = text.rpartition("@")
    ok = bool(at) and bool(_LOCAL.match(local)) and ".." not in local
    if ok:
        try:
            ok = is_fqdn(hostname(domain)) and domain == domain.strip()
        except ConfigError:
            ok = False
    if not ok:
        raise ConfigError(f"invalid email address {value!r}: use one such as admin@example.org")
    return f"{local}@{domain.lower()}"


def path(value: str) -> str:
    """An absolute, normalized path without control characters."""
    text = value.strip()
    if (
        not text.startswith("/")
        or len(text) > 4096
        or not text.isprintable()
        or any(part in ("..", ".") for part in text.split("/"))
        or posixpath.normpath(text) != text
    ):
        raise ConfigError(
            f"invalid path {value!r}: use an absolute path such as /etc/ssl/meet.example.org.key"
        )
    return text


def yes_no(value: str) -> str:
    text = value.strip().lower()
    if text in ("y", "yes"):
        return "y"
    if text in ("n", "no"):
        return "n"
    raise ConfigError(f"invalid answer {value!r}: answer y or n")


def secret(value: str) -> str:
    """A generated credential: 16-128 letters and digits (safe in Lua, HOCON, properties)."""
    if not _SECRET.match(value):
        raise ConfigError(
            "a secret is not 16-128 letters and digits: delete it from the master config "
            "so a new one is generated"
        )
    return value


def uuid(value: str) -> str:
    text = value.strip().lower()
    if not _UUID.match(text):
        raise ConfigError(
            f"invalid UUID {value!r}: delete MUC_UUID from the master config to generate one"
        )
    return text


def port(value: str) -> str:
    text = value.strip()
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ConfigError(f"invalid port {value!r}: use a number from 1 to 65535")
    return str(int(text))


def url(value: str) -> str:
    text = value.strip()
    if not re.match(r"^https?://[^\s\"'\\]+$", text):
        raise ConfigError(f"invalid URL {value!r}: use one such as https://acme.example/dir")
    return text
