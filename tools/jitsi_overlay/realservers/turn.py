"""A small STUN/TURN client (RFC 5389/5766) for probing coturn over UDP, TCP and TLS.

Enough for: a Binding request, an Allocate challenged with 401 + realm/nonce, an
authenticated Allocate with TURN REST credentials, and a Refresh(0) release.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import socket
import ssl
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

from .web import tls_context

MAGIC = 0x2112A442
BINDING, ALLOCATE, REFRESH = 0x0001, 0x0003, 0x0004
SUCCESS, ERROR = 0x0100, 0x0110
A_USERNAME, A_INTEGRITY, A_ERROR_CODE = 0x0006, 0x0008, 0x0009
A_LIFETIME, A_XOR_RELAYED, A_REALM, A_NONCE = 0x000D, 0x0016, 0x0014, 0x0015
A_TRANSPORT, A_XOR_MAPPED, A_SOFTWARE = 0x0019, 0x0020, 0x8022


class TurnError(Exception):
    """A STUN/TURN exchange failed; ``code`` is the STUN error code when there was one."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Message:
    method: int
    klass: int
    txid: bytes
    attrs: dict[int, bytes] = field(default_factory=dict)

    @property
    def is_success(self) -> bool:
        return self.klass == SUCCESS

    def error(self) -> tuple[int, str]:
        raw = self.attrs.get(A_ERROR_CODE, b"\0\0\0\0")
        return raw[2] * 100 + raw[3], raw[4:].decode(errors="replace")


def rest_credentials(secret: str, name: str | None = "probe",
                     ttl: int = 3600) -> tuple[str, str]:
    """TURN REST API credentials: ``<expiry>[:<name>]`` and base64(HMAC-SHA1(secret, user)).

    Jitsi's mod_turncredentials hands out the bare expiry (``name=None``)."""
    expiry = int(time.time()) + ttl
    user = f"{expiry}:{name}" if name else str(expiry)
    mac = hmac.new(secret.encode(), user.encode(), hashlib.sha1).digest()
    return user, base64.b64encode(mac).decode()


def _attr(kind: int, value: bytes) -> bytes:
    pad = (4 - len(value) % 4) % 4
    return struct.pack("!HH", kind, len(value)) + value + b"\0" * pad


def encode(method: int, attrs: list[tuple[int, bytes]], txid: bytes,
           key: bytes | None = None) -> bytes:
    body = b"".join(_attr(k, v) for k, v in attrs)
    if key is None:
        return struct.pack("!HHI", method, len(body), MAGIC) + txid + body
    # MESSAGE-INTEGRITY covers the header with a length that already counts it (24 bytes).
    head = struct.pack("!HHI", method, len(body) + 24, MAGIC) + txid
    mac = hmac.new(key, head + body, hashlib.sha1).digest()
    return head + body + _attr(A_INTEGRITY, mac)


def decode(data: bytes) -> Message:
    if len(data) < 20:
        raise TurnError(f"short STUN message ({len(data)} bytes)")
    mtype, length, magic = struct.unpack("!HHI", data[:8])
    if magic != MAGIC:
        raise TurnError(f"not a STUN message (cookie {magic:#x})")
    msg = Message(mtype & ~0x0110, mtype & 0x0110, data[8:20])
    pos = 20
    while pos + 4 <= 20 + length:
        kind, alen = struct.unpack("!HH", data[pos:pos + 4])
        msg.attrs.setdefault(kind, data[pos + 4:pos + 4 + alen])
        pos += 4 + alen + (4 - alen % 4) % 4
    return msg


def xor_address(raw: bytes) -> tuple[str, int]:
    port = struct.unpack("!H", raw[2:4])[0] ^ (MAGIC >> 16)
    addr = struct.unpack("!I", raw[4:8])[0] ^ MAGIC
    return socket.inet_ntoa(struct.pack("!I", addr)), port


class TurnClient:
    """One transport connection to a STUN/TURN server."""

    def __init__(self, port: int, transport: str = "udp", *, address: str = "127.0.0.1",
                 sni: str | None = None, alpn: list[str] | None = None,
                 cafile: Path | None = None, timeout: float = 3.0) -> None:
        self.transport = transport
        self.where = f"TURN {transport} {address}:{port}" + (f" (SNI {sni})" if sni else "")
        if transport == "udp":
            self.sock: socket.socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self.sock.settimeout(timeout)
            self.sock.connect((address, port))
        else:
            self.sock = socket.create_connection((address, port), timeout=timeout)
            if transport == "tls":
                ctx = tls_context(cafile, alpn)
                self.sock = ctx.wrap_socket(self.sock, server_hostname=sni or address)
        self._buf = b""

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> TurnClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recv_stream(self) -> bytes:
        while True:
            if len(self._buf) >= 4:
                need = 20 + struct.unpack("!H", self._buf[2:4])[0]
                if len(self._buf) >= need:
                    data, self._buf = self._buf[:need], self._buf[need:]
                    return data
            chunk = self.sock.recv(65536)
            if not chunk:
                raise TurnError(f"{self.where}: connection closed by the server")
            self._buf += chunk

    def exchange(self, method: int, attrs: list[tuple[int, bytes]],
                 key: bytes | None = None) -> Message:
        txid = os.urandom(12)
        packet = encode(method, attrs, txid, key)
        tries = 3 if self.transport == "udp" else 1
        for attempt in range(tries):
            self.sock.sendall(packet)
            try:
                data = self.sock.recv(65536) if self.transport == "udp" else self._recv_stream()
            except (TimeoutError, ssl.SSLError, OSError) as e:
                if attempt + 1 < tries and isinstance(e, TimeoutError):
                    continue
                raise TurnError(f"{self.where}: no answer to request {method:#06x}: {e}") from e
            msg = decode(data)
            if msg.txid == txid:
                return msg
        raise TurnError(f"{self.where}: no matching answer to request {method:#06x}")

    def binding(self) -> tuple[str, int]:
        """STUN Binding; returns the reflexive address the server saw."""
        msg = self.exchange(BINDING, [])
        if not msg.is_success or A_XOR_MAPPED not in msg.attrs:
            raise TurnError(f"{self.where}: binding failed: {msg.error()}")
        return xor_address(msg.attrs[A_XOR_MAPPED])

    def challenge(self) -> tuple[str, bytes]:
        """Unauthenticated Allocate; the server must answer 401 with realm and nonce."""
        msg = self.exchange(ALLOCATE, [(A_TRANSPORT, bytes([17, 0, 0, 0]))])
        code, reason = msg.error() if not msg.is_success else (0, "")
        if code != 401 or A_REALM not in msg.attrs or A_NONCE not in msg.attrs:
            raise TurnError(f"{self.where}: unauthenticated Allocate answered {code} {reason!r}, "
                            "expected 401 with realm and nonce", code)
        return msg.attrs[A_REALM].decode(), msg.attrs[A_NONCE]

    def allocate(self, user: str, password: str) -> tuple[str, int]:
        """Authenticated Allocate (UDP relay); returns the relayed address and releases it."""
        realm, nonce = self.challenge()
        key = hashlib.md5(f"{user}:{realm}:{password}".encode()).digest()
        auth = [(A_USERNAME, user.encode()), (A_REALM, realm.encode()), (A_NONCE, nonce)]
        msg = self.exchange(ALLOCATE, [(A_TRANSPORT, bytes([17, 0, 0, 0])), *auth], key)
        if not msg.is_success:
            code, reason = msg.error()
            raise TurnError(f"{self.where}: Allocate as {user!r} in realm {realm!r} refused: "
                            f"{code} {reason}", code)
        if A_XOR_RELAYED not in msg.attrs:
            raise TurnError(f"{self.where}: Allocate succeeded without a relayed address")
        relayed = xor_address(msg.attrs[A_XOR_RELAYED])
        self.exchange(REFRESH, [(A_LIFETIME, struct.pack("!I", 0)), *auth], key)
        return relayed


def turn_allocate(port: int, secret: str, transport: str = "udp", **kw: object) -> tuple[str, int]:
    """Allocate with credentials derived from the shared ``secret``."""
    user, password = rest_credentials(secret)
    with TurnClient(port, transport, **kw) as client:  # type: ignore[arg-type]
        return client.allocate(user, password)


def stun_ready(port: int) -> bool:
    """Readiness probe: a UDP STUN binding answered."""
    with TurnClient(port, "udp", timeout=0.3) as client:
        try:
            client.binding()
        except TurnError as e:
            raise ValueError(str(e)) from e
    return True
