"""HTTP(S) requests to a loopback address with an explicit SNI name and Host header.

The generated nginx site selects its server block by name and prosody selects its
virtual host from the Host header, so a probe must send the test domain while
connecting to 127.0.0.1.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def tls_context(cafile: Path | None, alpn: list[str] | None = None) -> ssl.SSLContext:
    """A client context trusting only ``cafile`` (or nothing checked when None)."""
    if cafile is None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    else:
        ctx = ssl.create_default_context(cafile=str(cafile))
    if alpn:
        ctx.set_alpn_protocols(alpn)
    return ctx


def request(
    port: int,
    path: str,
    *,
    host: str,
    tls: bool = True,
    cafile: Path | None = None,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    address: str = "127.0.0.1",
    timeout: float = 5.0,
) -> Response:
    """One request to ``address:port`` naming ``host`` in SNI and the Host header."""
    conn = http.client.HTTPConnection(address, port, timeout=timeout)
    sock = socket.create_connection((address, port), timeout=timeout)
    if tls:
        sock = tls_context(cafile, ["http/1.1"]).wrap_socket(sock, server_hostname=host)
    conn.sock = sock
    try:
        all_headers = {"Host": host, **(headers or {})}
        conn.request(method, path, body=body, headers=all_headers)
        resp = conn.getresponse()
        return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


def peer_certificate(port: int, host: str, address: str = "127.0.0.1") -> bytes:
    """The DER certificate served on ``address:port`` for SNI ``host`` (not verified)."""
    with socket.create_connection((address, port), timeout=5) as raw:
        ctx = tls_context(None, ["http/1.1"])
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            der = s.getpeercert(binary_form=True)
    if der is None:
        raise ValueError(f"{address}:{port} (SNI {host}) sent no certificate")
    return der
