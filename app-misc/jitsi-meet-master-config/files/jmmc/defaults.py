"""Defaults nobody typed.  Secrets come from the CSPRNG; the convener's three words from
/usr/share/dict/words (sys-apps/miscfiles), else of three random syllables (~18 bits each).
Addresses: the hostname's A record, else this host's public address (the kernel's source
address towards the internet: a UDP connect sends nothing; no service is asked).
Offline/tests: JMMC_NO_NETWORK=y, JMMC_DNS_OVERRIDE="host=ip,...", JMMC_PUBLIC_ADDRESS=ip."""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
import socket
import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class NetInfo:
    enabled: bool = True
    dns: Mapping[str, str] | None = None
    public_address: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> NetInfo:
        dns = env.get("JMMC_DNS_OVERRIDE")
        return cls(env.get("JMMC_NO_NETWORK", "").lower() not in ("y", "yes", "1"), None
                   if dns is None else dict(x.split("=", 1) for x in dns.split(",") if "=" in x),
                   env.get("JMMC_PUBLIC_ADDRESS"))

    def a_record(self, host: str) -> str | None:
        if self.dns is not None or not self.enabled:
            return (self.dns or {}).get(host)
        try:
            found = [str(ipaddress.ip_address(i[4][0].split("%")[0]))
                     for i in socket.getaddrinfo(host, None, 0, socket.SOCK_STREAM)]
        except (OSError, UnicodeError):
            return None
        return next((a for a in found if ":" not in a), found[0] if found else None)

    def own_public_address(self) -> str | None:
        if self.public_address is not None or not self.enabled:
            return self.public_address or None
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect(("192.0.2.1", 9))
                return addr if is_public(addr := s.getsockname()[0]) else None
        except OSError:
            return None

    def default_external(self, host: str) -> str:
        if host == "localhost":
            return host
        return self.a_record(host) or self.own_public_address() or "localhost"
