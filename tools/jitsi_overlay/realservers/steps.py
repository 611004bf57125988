"""The checks run against a :class:`stack.Stack`, as named, ordered steps.

Every probe takes its parameters from the generated file of the component that would
use them (jicofo's config for the focus account, config.js for BOSH, prosody's TURN
settings for coturn …), so one inconsistent value fails the step where the real
components would fail.  Failures name the server, its log file and the log line.
"""

from __future__ import annotations

import re
import signal
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import configs, servers, turn, web, xmpp
from .servers import Server
from .stack import Stack
from .supervisor import ServerFailure, explaining_line

# Errors prosody logs here that are not about our configuration: none are expected.
PROSODY_ALLOWED: tuple[str, ...] = ()


@contextmanager
def blame(step: str, *chain: Server | None) -> Iterator[None]:
    """Like Server.blame for a request crossing several servers (nginx → coturn): the
    failure names the first server and cites the explaining log line of each."""
    try:
        yield
    except ServerFailure:
        raise
    except Exception as e:
        servers_ = [s for s in chain if s is not None]
        lines = "; ".join(f"{s.name}: see {explaining_line(s.all_logs())}" for s in servers_)
        raise ServerFailure(f"{servers_[0].name}: {step} failed: {e}; {lines}") from e


def _jicofo(st: Stack) -> dict[str, str]:
    return configs.read_shell_env(
        st.path("etc/jitsi/jicofo/config"), "JICOFO_HOST", "JICOFO_HOSTNAME", "JICOFO_SECRET",
        "JICOFO_PORT", "JICOFO_AUTH_DOMAIN", "JICOFO_AUTH_USER", "JICOFO_AUTH_PASSWORD")


def _jvb(st: Stack) -> dict[str, str]:
    props = configs.read_properties(st.path("etc/jitsi/videobridge/sip-communicator.properties"))
    prefix = "org.jitsi.videobridge.xmpp.user.shard."
    return {k[len(prefix):]: v for k, v in props.items() if k.startswith(prefix)}


def resolve(st: Stack, host: str) -> str:
    """``host`` looked up in the scratch root's /etc/hosts (the configurator adds the
    domain to the loopback line), IPv4 only; unknown names fail like a DNS miss."""
    for line in st.path("etc/hosts").read_text().splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) > 1 and host in fields[1:] and ":" not in fields[0]:
            return fields[0]
    raise ServerFailure(f"resolver: {host!r} is not in {st.path('etc/hosts')}")


NGINX_LOG_ERRORS = r"\[(emerg|alert|crit)\]"


def step_logs_clean(st: Stack) -> None:
    """No server logged a configuration problem while starting (coturn starts even with
    a broken config, so its log is the only sign)."""
    for server, pattern in ((st.prosody, servers.PROSODY_LOG_ERRORS),
                            (st.nginx, NGINX_LOG_ERRORS),
                            (st.coturn, servers.COTURN_LOG_ERRORS)):
        if server is not None:
            allow = PROSODY_ALLOWED if server is st.prosody else ()
            server.assert_no_log_errors(pattern, allow=allow)


def _c2s_port(st: Stack) -> int:
    return configs.read_prosody(st.prosody_files()).first_port("c2s_ports")


def step_focus_login(st: Stack) -> None:
    """jicofo's account, with the domain, user and password from jicofo's config.

    4548's jicofo has no client-port setting in this file (it uses 5222); the test
    uses prosody's c2s port, which the configurator moved with JMMC_C2S_PORT."""
    j = _jicofo(st)
    assert st.prosody is not None
    with st.prosody.blame("focus login (jicofo's config)"):
        login = xmpp.c2s_login(_c2s_port(st), j["JICOFO_AUTH_DOMAIN"], j["JICOFO_AUTH_USER"],
                               j["JICOFO_AUTH_PASSWORD"], address=resolve(st, j["JICOFO_HOST"]),
                               cafile=_auth_ca(st, j["JICOFO_AUTH_DOMAIN"]))
    st.facts["focus_jid"] = login.jid


def _auth_ca(st: Stack, auth_domain: str) -> Path:
    # The configurator puts prosody's auth certificate into the system CA store so the
    # Java daemons trust it: verify the c2s TLS against exactly that file.
    return st.path(f"usr/local/share/ca-certificates/{auth_domain}.crt")


def step_jvb_login(st: Stack) -> None:
    """The bridge's account, from the bridge's sip-communicator.properties."""
    p = _jvb(st)
    assert st.prosody is not None
    with st.prosody.blame("jvb login (videobridge properties)"):
        login = xmpp.c2s_login(int(p.get("PORT", "5222")), p["DOMAIN"], p["USERNAME"],
                               p["PASSWORD"], address=resolve(st, p["HOSTNAME"]),
                               cafile=_auth_ca(st, p["DOMAIN"]))
    st.facts["jvb_jid"] = login.jid


def step_focus_component(st: Stack) -> None:
    """jicofo's XEP-0114 component focus.<JICOFO_HOSTNAME> with JICOFO_SECRET/JICOFO_PORT."""
    j = _jicofo(st)
    assert st.prosody is not None
    with st.prosody.blame("focus component handshake (jicofo's config)"):
        xmpp.component_handshake(int(j["JICOFO_PORT"]), f"focus.{j['JICOFO_HOSTNAME']}",
                                 j["JICOFO_SECRET"], address=resolve(st, j["JICOFO_HOST"]))


def _jicofo_props(st: Stack) -> dict[str, str]:
    return configs.read_properties(st.path("etc/jitsi/jicofo/sip-communicator.properties"))


def step_brewery(st: Stack) -> None:
    """jicofo (focus, in BRIDGE_MUC) sees the bridge join its brewery (MUC_JIDS, as
    MUC_NICKNAME): the way jicofo discovers bridges."""
    j, p = _jicofo(st), _jvb(st)
    brewery = _jicofo_props(st).get("org.jitsi.jicofo.BRIDGE_MUC", "")
    assert st.prosody is not None
    focus_login = dict(port=_c2s_port(st), domain=j["JICOFO_AUTH_DOMAIN"],
                       user=j["JICOFO_AUTH_USER"], password=j["JICOFO_AUTH_PASSWORD"],
                       address=resolve(st, j["JICOFO_HOST"]),
                       cafile=_auth_ca(st, j["JICOFO_AUTH_DOMAIN"]))
    bridge_login = dict(port=int(p.get("PORT", "5222")), domain=p["DOMAIN"],
                        user=p["USERNAME"], password=p["PASSWORD"],
                        address=resolve(st, p["HOSTNAME"]), cafile=_auth_ca(st, p["DOMAIN"]))
    with (st.prosody.blame("brewery MUC (jicofo BRIDGE_MUC, videobridge MUC_JIDS)"),
          xmpp.c2s_session(**focus_login) as focus):  # type: ignore[arg-type]
        focus.join_muc(brewery, "focus")
        with xmpp.c2s_session(**bridge_login) as bridge:  # type: ignore[arg-type]
            bridge.join_muc(p["MUC_JIDS"], p["MUC_NICKNAME"])
            focus.wait_presence(f"{brewery}/{p['MUC_NICKNAME']}")


def _bosh_target(st: Stack) -> tuple[str, int]:
    js = configs.read_config_js(st.path(f"etc/jitsi/meet/{st.domain}-config.js"))
    url = js["bosh"]  # "//host[:port]/http-bind"
    hostport = url.removeprefix("https:").removeprefix("//").split("/", 1)[0]
    host, _, port = hostport.partition(":")
    return host, int(port or 443)


def _web_ca(st: Stack) -> Path:
    return Path(str(st.facts.get("web_ca") or st.path(f"etc/jitsi/meet/{st.domain}.crt")))


def step_convener_bosh(st: Stack) -> None:
    """The convener logs in with the printed password, over BOSH through nginx over TLS,
    at the URL config.js gives the browser."""
    assert st.configured is not None and st.nginx is not None
    js = configs.read_config_js(st.path(f"etc/jitsi/meet/{st.domain}-config.js"))
    host, port = _bosh_target(st)
    user, password = st.configured.convener
    t0 = time.monotonic()
    session = xmpp.BoshSession(port, js["domain"], tls=True, cafile=_web_ca(st),
                               address=resolve(st, host))
    session.http_host = f"{host}:{port}" if port != 443 else host
    with blame(f"convener BOSH login through nginx (https://{host}:{port})", st.nginx,
               st.prosody):
        login = session.login(user, password)
        st.timings["BOSH login through nginx"] = time.monotonic() - t0
        # a conference room on the MUC service config.js names (hosts.muc)
        session.join_muc(f"probe-room@{js['muc']}", "convener")
    session.close()
    st.facts["convener_jid"] = login.jid


def step_web_app(st: Stack) -> None:
    """What the browser does first: plain HTTP is redirected to the HTTPS address, which
    serves the app for a room path and the generated config.js (through the mux)."""
    site = configs.nginx_blocks(st.path(f"etc/nginx/jitsi-meet/http.d/{st.domain}.conf"))
    plain = [s for s in configs.find_directives(site, "server")
             if not any("ssl" in d["args"] for d in s["block"] if d["directive"] == "listen")]
    http_port = configs.port_of(configs.directive_args(plain[0], "listen")[0])
    assert st.nginx is not None
    config_js = st.path(f"etc/jitsi/meet/{st.domain}-config.js").read_bytes()
    index = st.path("usr/share/jitsi-meet/index.html").read_bytes()
    with blame("web app through nginx", st.nginx):
        moved = web.request(http_port, "/some-room", host=st.domain, tls=False)
        location = moved.headers.get("location", "")
        m = re.fullmatch(r"https://([^/:]+)(?::(\d+))?(/some-room)", location)
        if moved.status != 301 or not m:
            raise ValueError(f"http://{st.domain}:{http_port}/some-room answered {moved.status} "
                             f"to {location!r}, not a 301 to https://{st.domain}/some-room")
        host, port = m.group(1), int(m.group(2) or 443)
        for path, body in (("/some-room", index), ("/config.js", config_js)):
            resp = web.request(port, path, host=host, cafile=_web_ca(st),
                               address=resolve(st, host))
            if resp.status != 200 or resp.body != body:
                raise ValueError(f"https://{host}:{port}{path} answered {resp.status} with "
                                 f"{len(resp.body)} bytes, not the generated file")


def turn_services(st: Stack) -> list[dict[str, str]]:
    """What Jitsi's mod_turncredentials announces to clients for this prosody config:
    each ``turncredentials`` entry, with a bare-expiry user and the HMAC of
    ``turncredentials_secret`` (the module itself cannot load here, see testroot)."""
    cfg = configs.read_prosody(st.prosody_files())
    secret = cfg.globals.get("turncredentials_secret")
    entries = cfg.globals.get("turncredentials") or []
    if not secret or not entries:
        raise ServerFailure(f"prosody: no turncredentials/turncredentials_secret in "
                            f"{[str(f) for f in st.prosody_files()]}")
    user, password = turn.rest_credentials(str(secret), name=None, ttl=86400)
    return [{**{k: str(v) for k, v in e.items()}, "username": user, "password": password}
            for e in entries]


def _service(st: Stack, kind: str) -> dict[str, str]:
    services = turn_services(st)
    for s in services:
        if s.get("type") == kind:
            return s
    raise ServerFailure(f"prosody: announces no {kind!r} service (got "
                        f"{[x.get('type') for x in services]}); see {st.prosody_files()[-1]}")


def step_turn_udp(st: Stack) -> None:
    """TURN over UDP with the credentials prosody handed out; realm = the domain."""
    s = _service(st, "turn")
    assert st.coturn is not None
    with st.coturn.blame(f"TURN allocation over UDP at {s['host']}:{s['port']}"):
        with turn.TurnClient(int(s["port"]), "udp", address=resolve(st, s["host"])) as c:
            realm, _ = c.challenge()
            relayed = c.allocate(s["username"], s["password"])
        if realm != st.domain:
            raise ValueError(f"coturn's realm is {realm!r}, clients know the domain {st.domain!r}")
    st.facts["relayed_udp"] = relayed


def step_turn_tls_mux(st: Stack) -> None:
    """TURN over TLS through nginx's stream multiplexer on the HTTPS port (turns entry)."""
    s = _service(st, "turns")
    assert st.coturn is not None and st.nginx is not None
    where = f"{s['host']}:{s['port']}"
    with (blame(f"TURN allocation over TLS through the multiplexer at {where}",
                st.coturn, st.nginx),
          turn.TurnClient(int(s["port"]), "tls", address=resolve(st, s["host"]), sni=s["host"],
                          cafile=_web_ca(st)) as c):
        st.facts["relayed_tls"] = c.allocate(s["username"], s["password"])


def step_wrong_turn_secret(st: Stack) -> None:
    """Credentials signed with any other secret are refused (401) on UDP and TLS."""
    user, password = turn.rest_credentials("not-the-secret")
    for kind, transport in (("turn", "udp"), ("turns", "tls")):
        s = _service(st, kind)
        try:
            with turn.TurnClient(int(s["port"]), transport, address=resolve(st, s["host"]),
                                 sni=s["host"], cafile=_web_ca(st)) as c:
                c.allocate(user, password)
        except turn.TurnError as e:
            if e.code != 401:
                raise st.coturn.failure(f"wrong secret over {transport}: {e}") from e  # type: ignore
        else:
            raise st.coturn.failure(f"accepted credentials from a wrong secret over {transport}")  # type: ignore


def _certbot_env(st: Stack) -> dict[str, str]:
    shims = st.scratch / "shims"
    shims.mkdir(exist_ok=True)
    log = st.scratch / "service-requests.log"
    for tool in ("rc-service", "systemctl"):
        shim = shims / tool
        # The hook asks the init system to reload/restart; the test does that by handle.
        shim.write_text(f'#!/bin/sh\necho "{tool} $*" >> {log}\n')
        shim.chmod(0o755)
    assert st.pebble is not None
    return {"REQUESTS_CA_BUNDLE": str(st.pebble.ca_bundle),
            "PATH": f"{shims}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}


def _run_certbot(st: Stack, step: str, *extra: str) -> str:
    argv = [str(st.path("etc/jitsi/certbot/run-certbot")), "--work-dir",
            str(st.path("var/lib/letsencrypt")), "--logs-dir", str(st.path("var/log/letsencrypt")),
            *extra]
    log = st.scratch / "logs" / "certbot.log"
    try:
        proc = servers.run_checked(f"certbot ({step})", argv, log, env=_certbot_env(st))
    except ServerFailure as e:
        hit = explaining_line([st.path("var/log/letsencrypt/letsencrypt.log"), log])
        raise ServerFailure(f"{e}; certbot's own log: {hit}") from e
    return proc.stdout + proc.stderr


def step_le_issue(st: Stack) -> None:
    """The generated run-certbot obtains the certificate through the generated webroot."""
    t0 = time.monotonic()
    out = _run_certbot(st, "issuance")
    st.timings["certbot issuance"] = time.monotonic() - t0
    if "Successfully received certificate" not in out:
        raise ServerFailure(f"certbot: no certificate issued: {out[-400:]}")


def step_le_deploy(st: Stack) -> None:
    """The deploy hook installed the certificate and asked for nginx and coturn reloads;
    after doing those by handle, both serve the new certificate, chained to pebble's root."""
    assert st.pebble is not None and st.nginx is not None
    requests = (st.scratch / "service-requests.log")
    asked = requests.read_text() if requests.exists() else ""
    live = st.path(f"etc/letsencrypt/live/{st.domain}")
    issued = ssl.PEM_cert_to_DER_cert((live / "cert.pem").read_text())
    if "nginx reload" not in asked:
        raise ServerFailure(f"deploy hook: never asked to reload nginx (asked: {asked!r}); "
                            f"see {st.path('etc/jitsi/certbot/deploy-hook')}")
    st.nginx.signal(signal.SIGHUP)
    if "turnserver restart" not in asked:
        raise ServerFailure(f"deploy hook: never asked to restart coturn (asked: {asked!r}); "
                            f"see {st.path('etc/jitsi/certbot/deploy-hook')}")
    st.restart_coturn()
    root_pem = st.scratch / "pebble-root.pem"
    root_pem.write_text(st.pebble.root_pem() + (live / "chain.pem").read_text())
    st.facts["web_ca"] = root_pem
    _, port = _bosh_target(st)
    deadline = time.monotonic() + 5
    while web.peer_certificate(port, st.domain) != issued:  # HUP is asynchronous
        if time.monotonic() > deadline:
            raise st.nginx.failure("still serves the old certificate after the deploy hook")
        time.sleep(0.05)
    with st.nginx.blame("HTTPS with the issued certificate (verified against pebble's root)"):
        resp = web.request(port, "/", host=st.domain, cafile=root_pem)
        if resp.status != 200:
            raise ValueError(f"GET / answered {resp.status}")
    step_turn_tls_mux(st)  # coturn now serves the issued certificate, verified


def step_le_renew(st: Stack) -> None:
    """Renewal dry runs succeed: the generated run-certbot (what the generated timer and
    cron job run), and plain ``certbot renew`` over the lineage it created."""
    assert st.pebble is not None
    t0 = time.monotonic()
    out = _run_certbot(st, "renewal dry run", "--dry-run")
    st.timings["certbot dry run"] = time.monotonic() - t0
    if "dry run" not in out.lower() or "success" not in out.lower():
        raise ServerFailure(f"certbot: dry run did not succeed: {out[-400:]}")
    # --dry-run switches to Let's Encrypt's staging CA unless --server is given again
    argv = ["certbot", "renew", "--dry-run", "--no-random-sleep-on-renew", "--non-interactive",
            "--server", st.pebble.directory_url,
            "--config-dir", str(st.path("etc/letsencrypt")),
            "--work-dir", str(st.path("var/lib/letsencrypt")),
            "--logs-dir", str(st.path("var/log/letsencrypt"))]
    out = servers.run_checked("certbot (renew --dry-run)", argv, st.scratch / "logs" /
                              "certbot.log", env=_certbot_env(st)).stdout
    if "succeeded" not in out:
        raise ServerFailure(f"certbot renew: dry run did not succeed: {out[-400:]}")


Step = Callable[[Stack], None]
STEPS: list[tuple[str, Step]] = [
    ("server logs clean", step_logs_clean),
    ("focus login", step_focus_login),
    ("jvb login", step_jvb_login),
    ("focus component", step_focus_component),
    ("bridge joins jicofo's brewery", step_brewery),
    ("convener BOSH through nginx", step_convener_bosh),
    ("web app through nginx", step_web_app),
    ("TURN over UDP", step_turn_udp),
    ("TURN over TLS via the multiplexer", step_turn_tls_mux),
    ("wrong TURN secret refused", step_wrong_turn_secret),
]
LE_STEPS: list[tuple[str, Step]] = [
    ("certificate issuance", step_le_issue),
    ("deploy hook", step_le_deploy),
    ("renewal dry run", step_le_renew),
]


def first_failure(st: Stack, steps: list[tuple[str, Step]]) -> tuple[str, Exception] | None:
    """Run ``steps`` in order; the name and error of the first that fails."""
    for name, step in steps:
        try:
            step(st)
        except Exception as e:  # the caller asserts which step it was
            return name, e
    return None
