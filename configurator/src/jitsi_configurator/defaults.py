"""Defaults nobody typed: secrets, the convener's words, addresses.  Offline and tests:
JMMC_NO_NETWORK=y, JMMC_DNS_OVERRIDE="host=ip,...", JMMC_PUBLIC_ADDRESS=ip."""

import ipaddress
import os
import re
import secrets
import socket
import string
import uuid
from collections.abc import Mapping
from pathlib import Path

from .validate import is_public


def secret(length: int = 32) -> str:
    """Letters and digits; 32 of them carry about 190 bits."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def muc_uuid() -> str:
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def load_words(root: Path = Path("/")) -> list[str]:
    try:
        words = set(re.findall(r"^[a-z]{4,8}$", (root / "usr/share/dict/words").read_text(
            errors="replace"), re.M))
        if len(words) >= 1024:
            return sorted(words)
    except OSError:
        pass
    return []


def word_password(words: list[str], count: int = 3) -> str:
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
