"""The current generation's set run with real servers: prosody 0.12, nginx and coturn.

``tools/configure.py`` generates the set for ``meet.test`` with the 11146 components
assumed installed and every port key moved to a free loopback port (explicit ports are
honoured, so TURN is not on 3478/5349 here; the multiplexer is off as in production).
``jitsi_overlay.realservers.testroot.adapt`` applies its test-root changes with the current
set's list of Jitsi-only plugins (they cannot load here), plus one more change: the guest host's
``jitsi-anonymous`` authentication (Jitsi's plugin) becomes prosody's ``anonymous``.

Checked with the servers: the logins jicofo.conf and jvb.conf hold, the brewery, jicofo
creating a room that only it may create, BOSH and websocket at config.js's URLs through
nginx, and TURN credentials that prosody's own ``mod_external_services`` hands out
(XEP-0215), accepted by coturn over UDP and over TLS on its own port.
"""

from __future__ import annotations

import base64
import re
import secrets
import socket
from collections.abc import Iterator

import pytest
from jitsi_overlay.realservers import stack, steps, testroot, turn, web, xmpp
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
pyhocon = pytest.importorskip("pyhocon")

NEEDED = ("prosody", "nginx", "coturn", "lua")
CURRENT_ATOMS = (
    "net-im/jicofo-1.0.1189.11146", "net-im/jitsi-videobridge-2.3.307.11146",
    "net-im/jitsi-meet-web-1.0.9365.11146", "net-im/jitsi-meet-web-config-1.0.9365.11146",
    "net-im/jitsi-meet-prosody-1.0.9365.11146", "net-im/jitsi-meet-turnserver-1.0.9365.11146",
    "net-im/jitsi-meet-server-11146", "app-misc/jitsi-meet-master-config-1.0",
)
NS_EXTDISCO = "urn:xmpp:extdisco:2"


@pytest.fixture(scope="module")
def st(request: pytest.FixtureRequest) -> Iterator[stack.Stack]:
    require(*NEEDED)
    with supervised_scratch(request) as (scratch, sup):
        s = stack.Stack(scratch, sup, testroot.Ports.allocate())
        testroot.seed(s.root)
        s.configured = testroot.configure(
            s.root, testroot.answers(s.ports),
            extra=("--assume-installed", ",".join(CURRENT_ATOMS)))
        s.adaptation = testroot.adapt_current(s.root, s.domain)
        s.start_all()
        yield s


def hocon(st: stack.Stack, rel: str):  # type: ignore[no-untyped-def]
    return pyhocon.ConfigFactory.parse_file(str(st.path(rel)))


def focus_login(st: stack.Stack) -> dict[str, object]:
    c = hocon(st, "etc/jitsi/jicofo/jicofo.conf")["jicofo.xmpp.client"]
    return dict(port=int(c["port"]), domain=c["domain"], user=c["username"],
                password=c["password"], address=steps.resolve(st, c["hostname"]),
                cafile=st.path(f"usr/local/share/ca-certificates/{c['domain']}.crt"))


def bridge(st: stack.Stack) -> tuple[dict[str, object], str, str]:
    s = hocon(st, "etc/jitsi/videobridge/jvb.conf")["videobridge.apis.xmpp-client.configs.shard"]
    login = dict(port=int(s["PORT"]), domain=s["DOMAIN"], user=s["USERNAME"],
                 password=s["PASSWORD"], address=steps.resolve(st, s["HOSTNAME"]),
                 cafile=st.path(f"usr/local/share/ca-certificates/{s['DOMAIN']}.crt"))
    return login, s["MUC_JIDS"], s["MUC_NICKNAME"]


def config_js(st: stack.Stack) -> str:
    return st.path(f"etc/jitsi/meet/{st.domain}-config.js").read_text()


def js_url(st: stack.Stack, key: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path) of config.js's ``key`` URL."""
    m = re.search(rf'^\s*{key}:\s*"(\w+)://([^/:"]+)(?::(\d+))?(/[^"]*)"', config_js(st), re.M)
    assert m, f"config.js has no absolute {key} URL"
    return m[1], m[2], int(m[3] or 443), m[4]


def convener_bosh(st: stack.Stack) -> xmpp.BoshSession:
    assert st.configured is not None
    _, host, port, _ = js_url(st, "bosh")
    session = xmpp.BoshSession(port, st.domain, tls=True,
                               cafile=st.path(f"etc/jitsi/meet/{st.domain}.crt"),
                               address=steps.resolve(st, host))
    session.http_host = f"{host}:{port}"
    session.login(*st.configured.convener)
    return session


def test_only_test_root_changes(st: stack.Stack) -> None:
    assert st.adaptation is not None
    assert sorted(st.adaptation.left_out) == sorted(
        [f"module {m}" for m in testroot.CURRENT_JITSI_MODULES]
        + [f"component {c}" for c in testroot.CURRENT_JITSI_COMPONENTS])
    allowed = re.compile(r"absolute path|data_path|load_module|nobody|example vhost|Jitsi-only"
                         r"|pidfile, userdb|owned by|ACME webroot|jitsi-anonymous")
    assert [n for n in st.adaptation.notes if not allowed.search(n)] == []
    assert not st.path("etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf").exists()


def test_logs_clean(st: stack.Stack) -> None:
    steps.step_logs_clean(st)


def test_focus_and_bridge_log_in_with_the_hocon_credentials(st: stack.Stack) -> None:
    assert st.prosody is not None
    login, _, _ = bridge(st)
    with st.prosody.blame("logins from jicofo.conf and jvb.conf"):
        assert xmpp.c2s_login(**focus_login(st)).jid.startswith("focus@auth.")  # type: ignore[arg-type]
        assert xmpp.c2s_login(**login).jid.startswith("jvb@auth.")  # type: ignore[arg-type]


def test_brewery(st: stack.Stack) -> None:
    """jicofo's brewery-jid is the room the bridge joins as MUC_NICKNAME."""
    assert st.prosody is not None
    brewery = hocon(st, "etc/jitsi/jicofo/jicofo.conf")["jicofo.bridge.brewery-jid"]
    login, muc, nick = bridge(st)
    with (st.prosody.blame("brewery (jicofo.conf brewery-jid, jvb.conf MUC_JIDS)"),
          xmpp.c2s_session(**focus_login(st)) as focus):  # type: ignore[arg-type]
        focus.join_muc(brewery, "focus")
        with xmpp.c2s_session(**login) as bridge_session:  # type: ignore[arg-type]
            bridge_session.join_muc(muc, nick)
            focus.wait_presence(f"{brewery}/{nick}")


def test_only_jicofo_creates_rooms_then_the_convener_joins_over_bosh(st: stack.Stack) -> None:
    """restrict_room_creation: the convener cannot open a room, jicofo (admin) can; then
    the convener joins it over BOSH at config.js's URL through nginx."""
    assert st.prosody is not None and st.nginx is not None
    muc = re.search(r'^\s*muc:\s*"([^"]+)"', config_js(st), re.M)
    assert muc
    lonely = convener_bosh(st)
    with pytest.raises(xmpp.XmppError):
        lonely.join_muc(f"nobody-made-this@{muc[1]}", "convener")
    lonely.close()
    room = f"probe-room@{muc[1]}"
    with (steps.blame("room made by jicofo, joined over BOSH", st.nginx, st.prosody),
          xmpp.c2s_session(**focus_login(st)) as focus):  # type: ignore[arg-type]
        focus.join_muc(room, "focus")
        session = convener_bosh(st)
        session.join_muc(room, "convener")
        focus.wait_presence(f"{room}/convener")
        session.close()


def test_websocket_url_reaches_prosody(st: stack.Stack) -> None:
    """config.js's websocket URL: nginx upgrades the connection to prosody's websocket."""
    assert st.nginx is not None
    scheme, host, port, path = js_url(st, "websocket")
    assert scheme == "wss"
    key = base64.b64encode(secrets.token_bytes(16)).decode()
    ctx = web.tls_context(st.path(f"etc/jitsi/meet/{st.domain}.crt"))
    with steps.blame(f"websocket upgrade at {scheme}://{host}:{port}{path}", st.nginx,
                     st.prosody), \
            socket.create_connection((steps.resolve(st, host), port), timeout=5) as raw, \
            ctx.wrap_socket(raw, server_hostname=host) as tls:
        tls.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                     f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                     "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: xmpp\r\n\r\n"
                     ).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = tls.recv(4096)
            if not chunk:
                break
            head += chunk
    status = head.split(b"\r\n", 1)[0].decode()
    assert status.startswith("HTTP/1.1 101"), head.decode(errors="replace")
    assert re.search(rb"(?im)^sec-websocket-protocol:\s*xmpp\s*$", head)


def test_web_app(st: stack.Stack) -> None:
    steps.step_web_app(st)


def external_services(st: stack.Stack) -> list[dict[str, str]]:
    """XEP-0215 services as prosody's mod_external_services hands them to the convener."""
    session = convener_bosh(st)
    try:
        answer = session.iq("external services", "get", st.domain,
                            f"<services xmlns='{NS_EXTDISCO}'/>")
    finally:
        session.close()
    return [dict(s.attrib) for s in answer.iter(f"{{{NS_EXTDISCO}}}service")]


def test_turn_credentials_from_prosody_work_on_coturn(st: stack.Stack) -> None:
    assert st.prosody is not None and st.coturn is not None
    with st.prosody.blame("XEP-0215 external services"):
        services = {s["type"]: s for s in external_services(st)}
    assert set(services) == {"stun", "turn", "turns"}
    assert {s["host"] for s in services.values()} == {st.domain}
    for kind, transport in (("turn", "udp"), ("turns", "tls")):
        s = services[kind]
        assert s["username"] and s["password"], s
        where = f"{kind} {s['host']}:{s['port']}"
        with st.coturn.blame(f"TURN allocation with prosody's credentials at {where}"), \
                turn.TurnClient(int(s["port"]), transport, address=steps.resolve(st, s["host"]),
                                sni=s["host"],
                                cafile=st.path(f"etc/jitsi/meet/{st.domain}.crt")) as c:
            c.allocate(s["username"], s["password"])
    # Signed with any other secret: refused.
    user, password = turn.rest_credentials("not-the-secret")
    with pytest.raises(turn.TurnError) as refused, \
            turn.TurnClient(int(services["turn"]["port"]), "udp",
                            address=steps.resolve(st, st.domain)) as c:
        c.allocate(user, password)
    assert refused.value.code == 401

