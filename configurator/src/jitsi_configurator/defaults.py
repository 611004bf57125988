"""Defaults nobody typed: secrets, the convener's password, addresses.

Address lookups can be kept offline (and made predictable for tests) with the environment:
JMMC_NO_NETWORK=y, JMMC_DNS_OVERRIDE="host=ip,...", JMMC_PUBLIC_ADDRESS=ip.
"""

import ipaddress
import os
import re
import secrets
import socket
import string
import uuid
from collections.abc import Mapping
from pathlib import Path

from . import rootfs
from .api import ConfigError
from .validate import is_public

WORDS = "/usr/share/dict/words"
MIN_WORDS = 1024


def secret(length: int = 32) -> str:
    """Letters and digits; 32 of them carry about 190 bits."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def muc_uuid() -> str:
    """A random (version 4) UUID from the CSPRNG."""
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def load_words(root: Path = Path("/")) -> list[str]:
    """Short lower-case words of the root's dictionary, for the convener's password; empty
    when there is no usable dictionary (the password is made of syllables then)."""
    try:
        text = rootfs.read_text(root, WORDS) or ""
    except (OSError, ConfigError):  # unreadable, or not a regular file: no dictionary
        return []
    words = set(re.findall(r"^[a-z]{4,8}$", text, re.M))
    # Fewer words would make guessable passwords.
    return sorted(words) if len(words) >= MIN_WORDS else []


def word_password(words: list[str], count: int = 3) -> str:
    """``count`` random words (or three-syllable nonsense words) joined by dashes."""
    syl = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    return "-".join(secrets.choice(words) if words else
                    "".join(secrets.choice(syl) for _ in range(3)) for _ in range(count))


def external_address(host: str, env: Mapping[str, str] = os.environ) -> str:
    """``host``'s A record, else our public address, else localhost."""
    if host == "localhost":
        return host
    off = env.get("JMMC_NO_NETWORK", "").lower() in ("y", "yes", "1")
    if "JMMC_DNS_OVERRIDE" in env:
        found = [x[len(host) + 1:] for x in env["JMMC_DNS_OVERRIDE"].split(",")
                 if x.startswith(host + "=")]
    else:
        try:
            found = [] if off else [str(ipaddress.ip_address(i[4][0].split("%")[0])) for i in
                                    socket.getaddrinfo(host, None, 0, socket.SOCK_STREAM)]
        except (OSError, UnicodeError):
            found = []
    if found:
        return next((a for a in found if ":" not in a), found[0])
    if "JMMC_PUBLIC_ADDRESS" in env or off:
        return env.get("JMMC_PUBLIC_ADDRESS") or "localhost"
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # a route lookup: nothing is sent
            return addr if is_public(addr := s.getsockname()[0]) else "localhost"
    except OSError:
        return "localhost"
