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
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ...api import Action, Callback, ConfigError, Context, File, Port, Remove, run_check

PACKAGE = "net-im/jitsi-meet-turnserver"
TURN_CONF = "/etc/turnserver.conf"
TURN_CERT_DIR = "/etc/turnserver/certs"
STREAM_FILE = "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"
MODULE_DIRS = ("/usr/lib/nginx/modules", "/usr/lib64/nginx/modules")
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


def turnserver_check(path: str, data: bytes) -> str | None:
    """turnserver.conf: comments, ``option`` and ``option=value`` lines only."""
    for n, line in enumerate(data.decode("latin-1").splitlines(), 1):
        if not re.fullmatch(r"\s*(#.*|[a-z0-9_-]+(\s*=\s*\S.*)?)?", line):
            raise ConfigError(f"{path}: line {n}: {line[:40]!r} is not option or option=value")
    return None


def nginx_stream_check(path: str, data: bytes) -> str | None:
    """``nginx -t`` on the stream block, loading the stream module when it is one."""
    if not (nginx := shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")):
        return "not checked: no nginx installed"
    # Only an nginx built with a loadable stream module (Debian's) may load one; another
    # version's module file refuses to load into it.
    built = subprocess.run([nginx, "-V"], capture_output=True, text=True, timeout=30).stderr
    mod = next(
        (
            f"{d}/ngx_stream_module.so"
            for d in MODULE_DIRS
            if Path(d, "ngx_stream_module.so").exists()
        ),
        None,
    ) if "--with-stream=dynamic" in built else None
    with tempfile.TemporaryDirectory(prefix="jmmc-") as t:
        Path(t, "stream.conf").write_bytes(data)
        load = f"load_module {mod};\n" if mod else ""
        Path(t, "nginx.conf").write_text(
            f"{load}pid {t}/pid;\nerror_log {t}/log;\nevents {{}}\ninclude {t}/stream.conf;\n"
        )
        run_check(path, [nginx, "-t", "-q", "-p", t, "-e", f"{t}/log", "-c", f"{t}/nginx.conf"])
    return None


def render(ctx: Context) -> Iterator[Action]:
    cfg, domain = ctx.config, ctx.config.hostname
    hocon = ctx.generation(PACKAGE) != "2020"
    turn_port, turns_port, mux = cfg.turn(ctx.generation(PACKAGE))
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
        turn_port=turn_port,
        turns_port=turns_port,
        listening_ips=[bind] if bind else [],
        external_ip=external_ip(cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]),
        secret=cfg["TURN_SECRET"],
        cert=f"{TURN_CERT_DIR}/{domain}.crt",
        pkey=f"{TURN_CERT_DIR}/{domain}.key",
        allowed_peers=allowed,
        denied=DENIED_PEERS,
    )
    yield File(
        TURN_CONF, text, mode=0o640, group="turnserver", secret=True, validator=turnserver_check
    )
    yield Port(turn_port, "udp", "TURN/STUN")
    if mux:
        yield Port(cfg.port("JMMC_HTTPS_PORT"), "tcp", "TURN over TLS via nginx")
        stream = ctx.template(
            "stream.conf.j2",
            domain=domain,
            https_port=cfg.port("JMMC_HTTPS_PORT"),
            web_port=cfg.port("JMMC_WEB_BACKEND_PORT"),
            turns_port=turns_port,
            listen=listen(bind, cfg.port("JMMC_HTTPS_PORT")),
        )
        yield File(STREAM_FILE, stream, mode=0o644, validator=nginx_stream_check)
    else:
        yield Port(turns_port, "tcp", "TURN over TLS")
        yield Remove(STREAM_FILE)


CALLBACK = Callback(
    name="jitsi-meet-turnserver",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-web-config",),
    description="coturn shared-secret TURN server and the nginx TLS multiplexer",
)
