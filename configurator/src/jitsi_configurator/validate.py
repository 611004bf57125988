"""Validators of single values: each returns the normalized value or raises ConfigError."""

import ipaddress
import posixpath
import re

from .api import ConfigError
from .helpers.addresses import parse_ip
from .keys import RESERVED_USERS


def _ok(pattern: str, value: str, what: str, remedy: str) -> str:
    if re.fullmatch(pattern, value):
        return value
    raise ConfigError(f"invalid {what} {value!r}: {remedy}")


def hostname(value: str) -> str:
    """``localhost`` or a FQDN (lower-cased, no trailing dot)."""
    name = value.strip().lower().removesuffix(".")
    label = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
    return _ok(rf"localhost|(?=.{{4,253}}$)({label}\.)+([a-z]{{2,63}}|xn--[a-z0-9-]{{1,59}})",
               name, "hostname",
               "use 'localhost' or a fully qualified domain name such as meet.example.org")


def ip_address(value: str, allow_localhost: bool = True) -> str:
    """Canonical IPv4/IPv6 address without zone, or the seed's ``localhost``."""
    text = value.strip()
    if allow_localhost and text.lower() == "localhost":
        return "localhost"
    address = parse_ip(text)
    if address is None:
        raise ConfigError(f"invalid IP address {value!r}: use one such as 203.0.113.7 or "
                          "2001:db8::7")
    return str(address)


def is_public(address: str) -> bool:
    """Globally routable unicast (what Let's Encrypt must reach)."""
    ip = ipaddress.ip_address("::" if address == "localhost" else address)
    return ip.is_global and not ip.is_multicast


# The JVM's heap ceiling that still makes sense for one videobridge: 1 TiB (java refuses
# to start with a heap larger than the address space it can reserve).
MAX_RAM_BYTES = 1024**4


def ram_bytes(value: str) -> int:
    """A size with an optional k, m or g suffix (binary units), in bytes."""
    text = _ok(r"[0-9]{1,15}[kmg]?", value.strip().lower(), "RAM size",
               "use a number with a k, m or g suffix, such as 1024m")
    unit = {"k": 1024, "m": 1024**2, "g": 1024**3}.get(text[-1], 1)
    return int(text.rstrip("kmg")) * unit


def ram(value: str) -> str:
    """JVM heap (-Xmx): k/m/g binary units, from 256 MiB to 1 TiB, whole KiB."""
    size = ram_bytes(value)
    if size < 256 * 1024**2 or size % 1024 or size > MAX_RAM_BYTES:
        raise ConfigError(f"invalid RAM size {value!r}: use from 256m to 1024g, in whole k, m "
                          "or g")
    return value.strip().lower().lstrip("0")


def username(value: str, reserved: frozenset[str] = RESERVED_USERS) -> str:
    if value.strip() in reserved:
        raise ConfigError(f"invalid username {value!r}: focus and jvb are internal accounts, "
                          "choose another")
    return _ok(r"[a-z_][a-z0-9_-]{2,15}", value.strip(), "username",
               "use 3 to 16 of a-z 0-9 _ -, starting with a letter or _")


def service_user(value: str) -> str:
    return username(value, frozenset())


def password(value: str) -> str:
    if len(value) < 8 or len(value) > 128 or not value.isprintable() or value != value.strip():
        raise ConfigError("the password is shorter than 8 characters, longer than 128, or has "
                          "control characters or outer blanks: choose another")
    return value


def email(value: str) -> str:
    local, _, domain = value.strip().rpartition("@")
    try:
        if ".." not in local and hostname(domain) != "localhost" and domain == domain.strip():
            return _ok(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}", local, "", "") + "@" + \
                domain.lower()
    except ConfigError:
        pass
    raise ConfigError(f"invalid email address {value!r}: use one such as admin@example.org")


def path(value: str) -> str:
    text = value.strip()
    if text[:1] == "/" and text[:2] != "//" and len(text) < 4096 and text.isprintable() \
            and posixpath.normpath(text) == text:
        return text
    raise ConfigError(f"invalid path {value!r}: use an absolute one such as /etc/ssl/a.key")


def yes_no(value: str) -> str:
    return _ok("y|yes|n|no", value.strip().lower(), "answer", "answer y or n")[0]


def secret(value: str) -> str:
    """Letters and digits only: safe unquoted in Lua, HOCON and properties."""
    if re.fullmatch(r"[A-Za-z0-9]{16,128}", value):
        return value
    raise ConfigError("not 16-128 letters and digits: delete it so a new one is generated")


def uuid(value: str) -> str:
    """A lower-case UUID.  A hidden value: the message never repeats it."""
    text = value.strip().lower()
    if re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", text):
        return text
    raise ConfigError("not a UUID such as 5d1c1f36-7e2a-4f4b-9a51-6f1b8f0e2c11: delete it so "
                      "a new one is generated")


def port(value: str) -> str:
    text = _ok(r"[0-9]{1,5}", value.strip(), "port", "use a number from 1 to 65535")
    if 0 < int(text) < 65536:
        return str(int(text))
    raise ConfigError(f"invalid port {value!r}: use a number from 1 to 65535")


def url(value: str) -> str:
    return _ok(r"https?://[^\s\"'\\]+", value.strip(), "URL", "use one such as https://a.example/dir")


def choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """One of ``allowed`` (exactly)."""
    if value in allowed:
        return value
    raise ConfigError(f"invalid {what} {value!r}: use {' or '.join(map(repr, allowed))}, or "
                      "leave it empty")
