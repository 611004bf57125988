"""A stand-in for jitsi-videobridge on a bridge host, driven by the generated configuration.

The Java bridge is not obtainable here, so this process does, with the files the
configurator wrote on the bridge host, what the bridge does with them: it reads the
xmpp-client shard of ``jvb.conf`` (or of the 2020 generation's
``sip-communicator.properties``: host, port, domain, user, password, brewery, nickname),
logs in to the main server's prosody over STARTTLS verifying the certificate the bridge
host trusts (the pinned one in its CA directory), joins the brewery under its nickname,
and serves its colibri websocket port over plain HTTP, answering every
``/colibri-ws/<server-id>/…`` and ``/colibri-relay-ws/<server-id>/…`` request with
``bridge <server-id>``.

Run it inside the bridge host's network namespace::

    python -m jitsi_overlay.realservers.bridge_standin ROOT

It prints ``ready <nickname>`` on stdout once it sits in the brewery and listens, and runs
until stdin closes or it is killed.  Any failure is one line on stderr and exit status 1.
"""

from __future__ import annotations

import http.server
import ssl
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .xmpp import XmppError, c2s_session

JVB_CONF = "etc/jitsi/videobridge/jvb.conf"
PROPERTIES = "etc/jitsi/videobridge/sip-communicator.properties"
SHARD = "org.jitsi.videobridge.xmpp.user.shard."
CA_DIR = "usr/local/share/ca-certificates"


@dataclass(frozen=True)
class BridgeSettings:
    """What the stand-in takes from the generated jvb.conf."""

    host: str
    port: int
    domain: str
    user: str
    password: str
    brewery: str
    nickname: str
    websocket_port: int
    server_id: str

    @classmethod
    def read(cls, root: Path) -> BridgeSettings:
        """From jvb.conf (current generation) or sip-communicator.properties (2020)."""
        if not (root / JVB_CONF).exists():
            return cls.read_properties(root / PROPERTIES)
        from pyhocon import ConfigFactory

        conf = ConfigFactory.parse_file(str(root / JVB_CONF))
        shard = conf.get_config("videobridge.apis.xmpp-client.configs.shard")
        return cls(shard.get_string("HOSTNAME"), shard.get_int("PORT"),
                   shard.get_string("DOMAIN"), shard.get_string("USERNAME"),
                   shard.get_string("PASSWORD"), shard.get_string("MUC_JIDS"),
                   shard.get_string("MUC_NICKNAME"),
                   conf.get_int("videobridge.http-servers.public.port", 0),
                   conf.get_string("videobridge.websockets.server-id", ""))


    @classmethod
    def read_properties(cls, path: Path) -> BridgeSettings:
        """The 2020 generation's shard settings (Java properties; our values need no
        unescaping: names, digits and generated letters-and-digits secrets)."""
        props = dict(line.split("=", 1) for line in path.read_text().splitlines()
                     if "=" in line and not line.lstrip().startswith(("#", "!")))
        shard = {k.removeprefix(SHARD): v for k, v in props.items() if k.startswith(SHARD)}
        return cls(shard["HOSTNAME"], int(shard.get("PORT", "5222")), shard["DOMAIN"],
                   shard["USERNAME"], shard["PASSWORD"], shard["MUC_JIDS"],
                   shard["MUC_NICKNAME"], 0, "")


def pinned_certificate(root: Path, domain: str) -> Path:
    """The certificate the bridge host trusts for ``domain`` (written from the join file)."""
    path = root / CA_DIR / f"jitsi-{domain}.crt"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no pinned certificate for {domain}")
    return path


def serve_websocket_port(settings: BridgeSettings) -> http.server.ThreadingHTTPServer:
    """An HTTP server on the colibri websocket port answering for this bridge's id only."""
    prefixes = (f"/colibri-ws/{settings.server_id}/", f"/colibri-relay-ws/{settings.server_id}/")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ok = self.path.startswith(prefixes)
            body = f"bridge {settings.server_id}\n".encode() if ok else b"unknown\n"
            self.send_response(200 if ok else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("0.0.0.0", settings.websocket_port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(root: Path) -> None:
    settings = BridgeSettings.read(root)
    cafile = pinned_certificate(root, settings.domain)
    with c2s_session(settings.port, settings.domain, settings.user, settings.password,
                     cafile=cafile, address=settings.host, resource=settings.nickname,
                     timeout=10.0) as session:
        if not isinstance(session.stream.sock, ssl.SSLSocket):
            raise XmppError(f"{settings.host}:{settings.port} offered no STARTTLS: a bridge "
                            "never logs in without TLS")
        session.join_muc(settings.brewery, settings.nickname)
        server = serve_websocket_port(settings) if settings.websocket_port else None
        print(f"ready {settings.nickname}", flush=True)
        sys.stdin.read()  # until the test closes our stdin
        if server is not None:
            server.shutdown()


def main() -> int:
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python -m jitsi_overlay.realservers.bridge_standin ROOT\n")
        return 2
    try:
        run(Path(sys.argv[1]))
    except (OSError, XmppError, ValueError) as exc:
        sys.stderr.write(f"bridge stand-in: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
