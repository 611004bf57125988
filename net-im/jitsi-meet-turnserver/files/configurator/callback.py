"""coturn for Jitsi Meet: ``/etc/turnserver.conf`` and the nginx TLS multiplexer.

The shared secret is prosody's ``turncredentials_secret`` (current generation:
``external_service_secret``); the ports are the ones prosody announces; the certificate
is the web certificate's private copy that the web-config callback writes to
``/etc/turnserver/certs``.  In the 4548 generation with ``JMMC_TURN_MUX=y`` nginx's
stream block takes the public HTTPS port and splits web and TURN traffic by ALPN; the
current generation, like upstream, has TLS TURN on its own port (5349) and no mux.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from jmmc.api import Action, Callback, Context, File, MasterConfig, Remove

PACKAGE = "net-im/jitsi-meet-turnserver"
TURN_CONF = "/etc/turnserver.conf"
TURN_CERT_DIR = "/etc/turnserver/certs"
STREAM_FILE = "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"
# The current generation's ports; a master config still holding the 4548 defaults gets these.
CURRENT_TURN = {"TURN_PORT": ("4446", 3478), "TURNS_PORT": ("4445", 5349)}
# Peers a relay must never reach (private, loopback, link-local, documentation, ...).
DENIED_PEERS = (
    "0.0.0.0-0.255.255.255",
    "10.0.0.0-10.255.255.255",
    "100.64.0.0-100.127.255.255",
    "127.0.0.0-127.255.255.255",
    "169.254.0.0-169.254.255.255",
    "172.16.0.0-172.31.255.255",
    "192.0.0.0-192.0.0.255",
    "192.0.2.0-192.0.2.255",
    "192.88.99.0-192.88.99.255",
    "192.168.0.0-192.168.255.255",
    "198.18.0.0-198.19.255.255",
    "198.51.100.0-198.51.100.255",
    "203.0.113.0-203.0.113.255",
    "224.0.0.0-255.255.255.255",
    "::1",
    "64:ff9b::-64:ff9b::ffff:ffff",
    "::ffff:0.0.0.0-::ffff:255.255.255.255",
    "100::-100::ffff:ffff:ffff:ffff",
    "2001::-2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff",
    "2002::-2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "fc00::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    "fe80::-febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
)


def ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def external_ip(internal: str, external: str) -> str:
    """coturn's ``external-ip``: public[/private] for real addresses, nothing for localhost."""
    public, private = ip(external), ip(internal)
    if public is None or public.is_loopback:
        return ""
    if private is not None and private != public and not private.is_loopback:
        return f"{public}/{private}"
    return str(public)


def listen(bind: str, port: int) -> list[str]:
    if not bind:
        return [str(port), f"[::]:{port}"]
    addr = ip(bind)
    return [f"[{bind}]:{port}" if addr is not None and addr.version == 6 else f"{bind}:{port}"]


def port(cfg: MasterConfig, key: str, hocon: bool) -> int:
    legacy, current = CURRENT_TURN[key]
    return current if hocon and cfg[key] == legacy else cfg.port(key)


def render(ctx: Context) -> Iterator[Action]:
    cfg, domain = ctx.config, ctx.config.hostname
    hocon = ctx.generation(PACKAGE) != "2020"
    mux = cfg.flag("JMMC_TURN_MUX") and not hocon
    bind = cfg.get("JMMC_BIND_ADDRESS")
    # The bridge may sit on an address the denied ranges would cut off.
    bridge = (ip(cfg["JVB_INTERNAL_IP"]), ip(cfg["JVB_EXTERNAL_IP"]))
    allowed = sorted({str(a) for a in bridge if a is not None and not a.is_loopback})

    text = ctx.template(
        "turnserver.conf.j2",
        domain=domain,
        generation="current" if hocon else "4548",
        prosody_option="external_services" if hocon else "turncredentials",
        mux=mux,
        https_port=cfg.port("JMMC_HTTPS_PORT"),
        turn_port=port(cfg, "TURN_PORT", hocon),
        turns_port=port(cfg, "TURNS_PORT", hocon),
        listening_ips=[bind] if bind else [],
        external_ip=external_ip(cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]),
        secret=cfg["TURN_SECRET"],
        cert=f"{TURN_CERT_DIR}/{domain}.crt",
        pkey=f"{TURN_CERT_DIR}/{domain}.key",
        allowed_peers=allowed,
        denied=DENIED_PEERS,
    )
    yield File(TURN_CONF, text, mode=0o640, group="turnserver", secret=True, validator="turnserver")
    if mux:
        stream = ctx.template(
            "stream.conf.j2",
            domain=domain,
            https_port=cfg.port("JMMC_HTTPS_PORT"),
            web_port=cfg.port("JMMC_WEB_BACKEND_PORT"),
            turns_port=cfg.port("TURNS_PORT"),
            listen=listen(bind, cfg.port("JMMC_HTTPS_PORT")),
        )
        yield File(STREAM_FILE, stream, mode=0o644, validator="nginx-stream")
    else:
        yield Remove(STREAM_FILE)


CALLBACK = Callback(
    name="jitsi-meet-turnserver",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-web-config",),
    description="coturn shared-secret TURN server and the nginx TLS multiplexer",
)
