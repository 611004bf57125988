"""IP addresses: the one parser the configurator uses, and nginx ``listen`` addresses."""

from __future__ import annotations

import ipaddress

from ..api import ConfigError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_ip(text: str) -> IPAddress | None:
    """``text`` as an IPv4 or IPv6 address, or None when it is not one.

    An IPv6 zone (``fe80::1%eth0``) is refused: it names an interface of one machine and
    means nothing in a configuration file.  ``localhost`` is a name, so None as well.
    """
    if "%" in text:
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def is_ip(text: str) -> bool:
    """``text`` is an IP address (see :func:`parse_ip`)."""
    return parse_ip(text) is not None


def listen_addresses(bind: str, port: int) -> list[str]:
    """nginx ``listen`` addresses for ``port``: on ``bind`` only, or on every address.

    An empty ``bind`` means every IPv4 and every IPv6 address.  Anything else must be an IP
    address (IPv6 in brackets); a name would make nginx resolve it at start-up, so it is
    refused here, before any file is written.
    """
    if not bind:
        return [str(port), f"[::]:{port}"]
    address = parse_ip(bind)
    if address is None:
        raise ConfigError(f"JMMC_BIND_ADDRESS={bind!r} is not an IP address: use one such as "
                          "192.0.2.7 or 2001:db8::7, or leave it empty to listen on all")
    host = f"[{bind}]" if address.version == 6 else bind
    return [f"{host}:{port}"]


def join_host_port(address: str, port: int) -> str:
    """``address:port``, with an IPv6 address in brackets (as URLs and nginx write it)."""
    parsed = parse_ip(address)
    host = f"[{address}]" if parsed is not None and parsed.version == 6 else address
    return f"{host}:{port}"
