"""Minimal XMPP probes: BOSH login, client login with STARTTLS, component handshake.

Only what a readiness or credential check needs: open a session, authenticate with
SASL PLAIN, bind a resource.  Each failure raises :class:`XmppError` naming the
step and quoting the server's answer.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import secrets
import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .web import request, tls_context

NS_BOSH = "http://jabber.org/protocol/httpbind"
NS_XBOSH = "urn:xmpp:xbosh"
NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
NS_BIND = "urn:ietf:params:xml:ns:xmpp-bind"
NS_TLS = "urn:ietf:params:xml:ns:xmpp-tls"
NS_STREAM = "http://etherx.jabber.org/streams"
NS_CLIENT = "jabber:client"
NS_COMPONENT = "jabber:component:accept"
NS_MUC = "http://jabber.org/protocol/muc"
NS_MUC_USER = "http://jabber.org/protocol/muc#user"


class XmppError(Exception):
    """An XMPP step failed; the message names the step and quotes the answer."""


@dataclass(frozen=True)
class Login:
    jid: str  # the full JID the server bound
    mechanisms: tuple[str, ...]  # SASL mechanisms offered before login


def _plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


def _short(data: bytes | str, limit: int = 300) -> str:
    text = data.decode(errors="replace") if isinstance(data, bytes) else data
    return text if len(text) <= limit else text[:limit] + "…"


def _mechanisms(features: ET.Element) -> tuple[str, ...]:
    return tuple(m.text or "" for m in features.iter(f"{{{NS_SASL}}}mechanism"))


# --- BOSH -------------------------------------------------------------------------


class BoshSession:
    """A BOSH session against ``/http-bind`` on a loopback port (direct or via nginx)."""

    def __init__(self, port: int, domain: str, *, tls: bool, cafile: Path | None = None,
                 path: str = "/http-bind", timeout: float = 10.0,
                 address: str = "127.0.0.1") -> None:
        self.address = address
        self.port, self.domain, self.tls, self.cafile = port, domain, tls, cafile
        self.path, self.timeout = path, timeout
        self.http_host = domain  # Host header; SNI is always the domain
        self.rid = secrets.randbelow(1 << 40) + 1
        self.sid: str | None = None

    def _post(self, step: str, inner: str = "", **attrs: str) -> ET.Element:
        self.rid += 1
        attrs = {"rid": str(self.rid), **({"sid": self.sid} if self.sid else {}), **attrs}
        attr_text = " ".join(f"{k}='{v}'" for k, v in attrs.items())
        body = (f"<body {attr_text} xmlns='{NS_BOSH}' xmlns:xmpp='{NS_XBOSH}'>{inner}</body>"
                .encode())
        resp = request(self.port, self.path, host=self.domain, tls=self.tls, cafile=self.cafile,
                       address=self.address,
                       method="POST", body=body, timeout=self.timeout,
                       headers={"Content-Type": "text/xml; charset=utf-8",
                                "Host": self.http_host})
        if resp.status != 200:
            raise XmppError(f"BOSH {step} on port {self.port}: HTTP {resp.status}, "
                            f"body {_short(resp.body)!r}")
        try:
            root = ET.fromstring(resp.body)
        except ET.ParseError as e:
            raise XmppError(f"BOSH {step}: unparsable answer {_short(resp.body)!r}: {e}") from e
        if root.get("type") == "terminate":
            raise XmppError(f"BOSH {step}: session terminated: {_short(resp.body)!r}")
        return root

    def open(self) -> ET.Element:
        """Create the session; returns the stream features."""
        root = self._post("session request", to=self.domain, wait="10", hold="1", ver="1.6",
                          **{"xml:lang": "en", "xmpp:version": "1.0"})
        self.sid = root.get("sid")
        if not self.sid:
            raise XmppError(f"BOSH session request: no sid in {_short(ET.tostring(root))!r}")
        features = root.find(f"{{{NS_STREAM}}}features")
        while features is None:  # features may come in a later poll
            root = self._post("features poll")
            features = root.find(f"{{{NS_STREAM}}}features")
        return features

    def login(self, user: str, password: str, resource: str = "probe") -> Login:
        """SASL PLAIN and resource bind; the session stays open for :meth:`iq`."""
        return self.sasl_login("PLAIN", _plain(user, password), f"{user}@{self.domain}",
                               resource)

    def sasl_login(self, mechanism: str, response: str, who: str, resource: str) -> Login:
        """SASL ``mechanism`` (``response``: its initial response, base64), stream restart
        and resource bind; ``who`` names the account in errors."""
        mechanisms = _mechanisms(self.open())
        if mechanism not in mechanisms:
            raise XmppError(f"BOSH {self.domain}: {mechanism} not offered "
                            f"(offered {mechanisms})")
        auth = f"<auth xmlns='{NS_SASL}' mechanism='{mechanism}'>{response}</auth>"
        root = self._post(f"SASL {mechanism}", auth)
        if root.find(f"{{{NS_SASL}}}success") is None:
            raise XmppError(f"BOSH login as {who} refused: {_short(ET.tostring(root))!r}")
        self._post("stream restart", to=self.domain, **{"xmpp:restart": "true"})
        root = self._post("resource bind",
                          f"<iq type='set' id='bind1' xmlns='{NS_CLIENT}'><bind xmlns='{NS_BIND}'>"
                          f"<resource>{resource}</resource></bind></iq>")
        jid = root.find(f".//{{{NS_BIND}}}jid")
        if jid is None or not jid.text:
            raise XmppError(f"BOSH bind for {who}: no jid in {_short(ET.tostring(root))!r}")
        return Login(jid.text, mechanisms)

    def iq(self, step: str, kind: str, to: str, payload: str) -> ET.Element:
        """Send an iq and return the answering iq (raises on type='error')."""
        root = self._post(step, f"<iq type='{kind}' id='q{self.rid + 1}' to='{to}' "
                                f"xmlns='{NS_CLIENT}'>{payload}</iq>")
        while (answer := root.find(f"{{{NS_CLIENT}}}iq")) is None:
            root = self._post(f"{step} (poll)")
        if answer.get("type") != "result":
            raise XmppError(f"BOSH {step}: {_short(ET.tostring(answer))!r}")
        return answer

    def join_muc(self, room: str, nick: str) -> None:
        """Enter ``room`` over this BOSH session; wait for our own presence."""
        outbox: list[str] = []
        inbox: list[ET.Element] = []

        def send(text: str) -> None:
            outbox.append(text)

        def receive() -> ET.Element:
            while not inbox:
                payload = "".join(outbox)
                outbox.clear()
                root = self._post(f"MUC join {room}", payload)
                inbox.extend(root)
            return inbox.pop(0)

        join_muc(send, receive, room, nick, f"BOSH {self.domain}")

    def close(self) -> None:
        if self.sid:
            # the answer to a terminate is itself type='terminate', which _post raises on
            with contextlib.suppress(XmppError):
                self._post("terminate", type="terminate")
            self.sid = None


def bosh_login(port: int, domain: str, user: str, password: str, *, tls: bool,
               cafile: Path | None = None) -> Login:
    session = BoshSession(port, domain, tls=tls, cafile=cafile)
    try:
        return session.login(user, password)
    finally:
        session.close()


def bosh_ready(port: int, domain: str, *, tls: bool = False) -> bool:
    """Readiness probe: a BOSH session request answered with a sid."""
    session = BoshSession(port, domain, tls=tls, timeout=2.0)
    try:
        session.open()
    except XmppError as e:
        raise ValueError(str(e)) from e
    session.close()
    return True


# --- raw streams (c2s, component) -------------------------------------------------


class _Stream:
    """An XML stream over a socket that yields top-level child elements."""

    def __init__(self, sock: socket.socket, step: str) -> None:
        self.sock, self.step = sock, step
        self.header: dict[str, str] = {}
        self._reset()

    def _reset(self) -> None:
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth = 0
        self.pending: list[ET.Element] = []
        self.header = {}

    def open(self, namespace: str, to: str) -> None:
        self._reset()
        self.send(f"<?xml version='1.0'?><stream:stream xmlns='{namespace}' "
                  f"xmlns:stream='{NS_STREAM}' to='{to}' version='1.0'>")

    def send(self, text: str) -> None:
        self.sock.sendall(text.encode())

    def _feed(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise XmppError(f"{self.step}: connection closed by the server")
        self.parser.feed(data)
        for event, elem in self.parser.read_events():
            if event == "start":
                self.depth += 1
                if self.depth == 1:
                    self.header = dict(elem.attrib)
            else:
                self.depth -= 1
                if self.depth == 1:
                    self.pending.append(elem)

    def wait_header(self) -> dict[str, str]:
        while not self.header:
            self._feed()
        return self.header

    def next(self) -> ET.Element:
        while not self.pending:
            self._feed()
        elem = self.pending.pop(0)
        if elem.tag == f"{{{NS_STREAM}}}error":
            raise XmppError(f"{self.step}: stream error {_short(ET.tostring(elem))!r}")
        return elem


class C2sSession:
    """A logged-in client stream (STARTTLS, SASL PLAIN, bind), as jicofo/jvb open one."""

    def __init__(self, stream: _Stream, login: Login) -> None:
        self.stream, self.login = stream, login

    def join_muc(self, room: str, nick: str) -> None:
        """Enter ``room`` (a bare room JID) as ``nick``; wait for our own presence."""
        join_muc(self.stream.send, self.stream.next, room, nick, self.stream.step)

    def wait_presence(self, full_jid: str, timeout: float = 3.0) -> ET.Element:
        """The next presence from ``full_jid`` (another occupant), or XmppError."""
        self.stream.sock.settimeout(timeout)
        try:
            while True:
                elem = self.stream.next()
                if elem.tag == f"{{{NS_CLIENT}}}presence" and \
                        (elem.get("from") or "").lower() == full_jid.lower():
                    return elem
        except TimeoutError:
            raise XmppError(f"{self.stream.step}: no presence from {full_jid} within "
                            f"{timeout:g} s") from None


@contextlib.contextmanager
def c2s_session(port: int, domain: str, user: str, password: str, *,
                cafile: Path | None = None, resource: str = "probe", timeout: float = 5.0,
                address: str = "127.0.0.1") -> Iterator[C2sSession]:
    """Log in over the client port the way jicofo/jvb do: STARTTLS, SASL PLAIN, bind."""
    sock = socket.create_connection((address, port), timeout=timeout)
    stream = _Stream(sock, f"c2s {user}@{domain} on port {port}")
    try:
        stream.open(NS_CLIENT, domain)
        features = stream.next()
        if features.find(f"{{{NS_TLS}}}starttls") is not None:
            stream.send(f"<starttls xmlns='{NS_TLS}'/>")
            if stream.next().tag != f"{{{NS_TLS}}}proceed":
                raise XmppError(f"{stream.step}: STARTTLS not accepted")
            stream.sock = tls_context(cafile).wrap_socket(sock, server_hostname=domain)
            stream.open(NS_CLIENT, domain)
            features = stream.next()
        mechanisms = _mechanisms(features)
        if "PLAIN" not in mechanisms:
            raise XmppError(f"{stream.step}: PLAIN not offered (offered {mechanisms})")
        stream.send(f"<auth xmlns='{NS_SASL}' mechanism='PLAIN'>{_plain(user, password)}</auth>")
        answer = stream.next()
        if answer.tag != f"{{{NS_SASL}}}success":
            raise XmppError(f"{stream.step}: login refused: {_short(ET.tostring(answer))!r}")
        stream.open(NS_CLIENT, domain)
        stream.next()  # features after authentication
        stream.send(f"<iq type='set' id='bind1'><bind xmlns='{NS_BIND}'>"
                    f"<resource>{resource}</resource></bind></iq>")
        jid = stream.next().find(f".//{{{NS_BIND}}}jid")
        if jid is None or not jid.text:
            raise XmppError(f"{stream.step}: bind returned no jid")
        yield C2sSession(stream, Login(jid.text, mechanisms))
        with contextlib.suppress(OSError):
            stream.send("</stream:stream>")
    finally:
        stream.sock.close()


def c2s_login(port: int, domain: str, user: str, password: str, **kw: object) -> Login:
    with c2s_session(port, domain, user, password, **kw) as session:  # type: ignore[arg-type]
        return session.login


def join_muc(send: Callable[[str], None], receive: Callable[[], ET.Element], room: str,
             nick: str, step: str) -> ET.Element:
    """Send MUC join presence and read stanzas until our own presence (status 110),
    which is returned (it carries our affiliation and role)."""
    me = f"{room}/{nick}"
    send(f"<presence to='{me}'><x xmlns='{NS_MUC}'/></presence>")
    while True:
        elem = receive()
        if elem.tag != f"{{{NS_CLIENT}}}presence" or (elem.get("from") or "").lower() != \
                me.lower():
            continue
        if elem.get("type") == "error":
            raise XmppError(f"{step}: joining {me} refused: {_short(ET.tostring(elem))!r}")
        codes = {c.get("code") for c in elem.iter(f"{{{NS_MUC_USER}}}status")}
        if "110" in codes:
            return elem


def component_handshake(port: int, component: str, secret: str, timeout: float = 5.0,
                        address: str = "127.0.0.1") -> None:
    """XEP-0114: authenticate as ``component`` with ``secret``; raises XmppError if refused."""
    with socket.create_connection((address, port), timeout=timeout) as sock:
        stream = _Stream(sock, f"component {component} on port {port}")
        stream.open(NS_COMPONENT, component)
        header = stream.wait_header()
        if "id" not in header:
            raise XmppError(f"{stream.step}: no stream id in header {header}")
        digest = hashlib.sha1((header["id"] + secret).encode()).hexdigest()
        stream.send(f"<handshake>{digest}</handshake>")
        answer = stream.next()
        if answer.tag != f"{{{NS_COMPONENT}}}handshake":
            raise XmppError(f"{stream.step}: handshake refused: {_short(ET.tostring(answer))!r}")
        stream.send("</stream:stream>")

