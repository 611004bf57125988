"""Default addresses: the hostname's A record, else the host's own public address.

No external service is contacted.  The public address is the source address the kernel
would use towards the internet (a UDP ``connect`` sends no packet), kept only when it is
globally routable.  Tests and offline hosts switch lookups off or inject answers:

- ``JMMC_NO_NETWORK=y``: no DNS lookup and no address discovery;
- ``JMMC_DNS_OVERRIDE="host=ip,host2=ip"``: answers for these names, no lookup for others;
- ``JMMC_PUBLIC_ADDRESS=ip``: the host's public address ("" = none).
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field

from .validate import is_public

_TIMEOUT = 3.0


@dataclass(frozen=True)
class NetInfo:
    enabled: bool = True
    dns: Mapping[str, str] | None = None  # injected answers; None = ask the resolver
    public_address: str | None = None  # injected; None = discover
    resolver_timeout: float = field(default=_TIMEOUT)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> NetInfo:
        dns = None
        if "JMMC_DNS_OVERRIDE" in env:
            dns = dict(
                item.split("=", 1) for item in env["JMMC_DNS_OVERRIDE"].split(",") if "=" in item
            )
        return cls(
            enabled=env.get("JMMC_NO_NETWORK", "n").lower() not in ("y", "yes", "1"),
            dns=dns,
            public_address=env.get("JMMC_PUBLIC_ADDRESS"),
        )

    def a_record(self, host: str) -> str | None:
        """The hostname's IPv4 address (or IPv6 if it has none), or None."""
        if self.dns is not None:
            return self.dns.get(host) or None
        if not self.enabled:
            return None
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        try:
            infos = pool.submit(socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM).result(
                timeout=self.resolver_timeout
            )
        except (OSError, concurrent.futures.TimeoutError, UnicodeError):
            return None
        finally:
            pool.shutdown(wait=False)
        found = [str(ipaddress.ip_address(i[4][0].split("%")[0])) for i in infos]
        v4 = [a for a in found if ":" not in a]
        return (v4 or found or [None])[0]

    def own_public_address(self) -> str | None:
        if self.public_address is not None:
            return self.public_address or None
        if not self.enabled:
            return None
        for family, probe in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
            try:
                with socket.socket(family, socket.SOCK_DGRAM) as s:
                    s.connect((probe, 9))  # UDP connect: route lookup only, nothing sent
                    addr = s.getsockname()[0]
            except OSError:
                continue
            if is_public(addr):
                return addr
        return None

    def default_external(self, host: str) -> str:
        if host == "localhost":
            return "localhost"
        return self.a_record(host) or self.own_public_address() or "localhost"
