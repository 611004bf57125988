"""The generated set brought up with real servers, and the checks run against it.

:class:`Stack` starts prosody, nginx and coturn (and pebble when Let's Encrypt is on)
from the adapted scratch root and runs the named steps of :data:`STEPS` in order.
Every probe takes its parameters from the generated file of the component that would
use them (jicofo's config for the focus account, config.js for BOSH, prosody's TURN
credentials for coturn …), so one inconsistent value fails the step where the real
components would fail.  Failures name the server, its log file and the log line.
"""

from __future__ import annotations

import dataclasses
import signal
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import configs, servers, testroot, turn, web, xmpp
from .pki import KeyPair, make_ca, make_leaf
from .servers import Pebble, Server
from .supervisor import ServerFailure, Supervisor, explaining_line
from .testroot import DOMAIN, Adaptation, Configured, Ports

# Errors prosody logs here that are not about our configuration: none are expected.
PROSODY_ALLOWED: tuple[str, ...] = ()


@dataclass
class Stack:
    scratch: Path
    sup: Supervisor
    ports: Ports
    domain: str = DOMAIN
    le: bool = False
    answers: dict[str, str] | None = None  # None: testroot.answers for the domain
    configured: Configured | None = None
    adaptation: Adaptation | None = None
    pebble: Pebble | None = None
    pki: KeyPair | None = None
    prosody: Server | None = None
    nginx: Server | None = None
    coturn: Server | None = None
    timings: dict[str, float] = field(default_factory=dict)
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.scratch / "root"

    def path(self, rel: str) -> Path:
        return self.root / rel

    # --- generation --------------------------------------------------------------

    def prepare_ca(self) -> None:
        """pebble's listener certificate, and the ACME directory URL for the answers."""
        ca = make_ca(self.scratch / "pebble-pki")
        self.pki = make_leaf(ca, self.scratch / "pebble-pki", "pebble", ["localhost"],
                             ["127.0.0.1"])
        self.facts["pebble_ca"] = ca.cert
        self.facts["acme_port"] = servers.free_port()

    def generate(self, *, adapt: bool = True) -> Configured:
        """Seed the root and run the configurator (LE answers when ``le``)."""
        testroot.seed(self.root)
        acme = f"https://127.0.0.1:{self.facts['acme_port']}/dir" if "acme_port" in self.facts \
            else None
        values = self.answers or testroot.answers(self.ports, domain=self.domain,
                                                  acme_directory=acme)
        self.configured = testroot.configure(self.root, values)
        if adapt:
            self.adaptation = testroot.adapt(self.root, self.domain)
        return self.configured

    def use_generated(self, other: Stack, mutate: Callable[[Path], None] | None = None) -> None:
        """Start from a copy of ``other``'s unadapted generated root (owners kept)."""
        assert other.configured is not None
        self.root.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", f"{other.root}/.", str(self.root)], check=True)
        self.configured = dataclasses.replace(other.configured, root=self.root)
        self.facts.update({k: other.facts[k] for k in ("pebble_ca", "acme_port")
                           if k in other.facts})
        self.pki = other.pki
        if mutate:
            mutate(self.root)
        self.adaptation = testroot.adapt(self.root, self.domain)

    # --- servers -----------------------------------------------------------------

    def prosody_files(self) -> list[Path]:
        return [self.path("etc/prosody/prosody.cfg.lua"),
                *sorted(self.path("etc/prosody/conf.d").glob("*.cfg.lua"))]

    def start_pebble(self) -> Pebble:
        assert self.pki is not None
        self.pebble = servers.start_pebble(
            self.sup, self.scratch, self.pki, KeyPair(self.facts["pebble_ca"], Path()),
            http_port=self.ports.http, acme_port=int(self.facts["acme_port"]))  # type: ignore
        return self.pebble

    def start_prosody(self) -> Server:
        cfg = configs.read_prosody(self.prosody_files())
        bosh_host = next(h for h, o in cfg.hosts.items() if "bosh" in o.get("modules_enabled", []))
        self.prosody = servers.start_prosody(
            self.sup, self.path("etc/prosody/prosody.cfg.lua"), domain=bosh_host,
            bosh_port=cfg.first_port("http_ports"), log=self.path("var/log/prosody/prosody.log"),
            extra_logs=[self.path("var/log/prosody/prosody.err")])
        return self.prosody

    def start_nginx(self) -> Server:
        site = configs.nginx_blocks(self.path(f"etc/nginx/jitsi-meet/http.d/{self.domain}.conf"))
        plain = [s for s in configs.find_directives(site, "server")
                 if not any("ssl" in d["args"] for d in s["block"] if d["directive"] == "listen")]
        port = configs.port_of(configs.directive_args(plain[0], "listen")[0])
        conf = self.path("etc/nginx/nginx.conf")
        self.nginx = servers.start_nginx(
            self.sup, self.root, conf, ready_port=port, host=self.domain,
            error_log=self.path("var/log/nginx/error_log"),
            globals_=f"daemon off; pid {self.path('run/nginx.pid')};")
        return self.nginx

    def start_coturn(self) -> Server:
        conf = configs.read_keyvalue(self.path("etc/turnserver.conf"))
        self.coturn = servers.start_coturn(
            self.sup, self.path("etc/turnserver.conf"),
            stun_port=int(conf["listening-port"][0]), log=Path(conf["log-file"][0]))
        return self.coturn

    def start_all(self) -> None:
        t0 = time.monotonic()
        if self.le:
            self.start_pebble()
        self.start_prosody()
        self.start_nginx()
        self.start_coturn()
        self.timings["servers up"] = time.monotonic() - t0

    def restart_coturn(self) -> Server:
        assert self.coturn is not None
        self.sup.stop(self.coturn)
        return self.start_coturn()


# --- the steps ----------------------------------------------------------------------


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


def step_prosody_log_clean(st: Stack) -> None:
    assert st.prosody is not None
    st.prosody.assert_no_log_errors(servers.PROSODY_LOG_ERRORS, allow=PROSODY_ALLOWED)


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
    le = st.path("etc/letsencrypt")
    argv = [str(st.path("etc/jitsi/certbot/run-certbot")), "--work-dir",
            str(st.path("var/lib/letsencrypt")), "--logs-dir", str(st.path("var/log/letsencrypt")),
            *extra]
    log = st.scratch / "logs" / "certbot.log"
    try:
        proc = servers.run_checked(f"certbot ({step})", argv, log, env=_certbot_env(st))
    except ServerFailure as e:
        hit = explaining_line([st.path("var/log/letsencrypt/letsencrypt.log"), log])
        raise ServerFailure(f"{e}; certbot's own log: {hit}") from e
    del le
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
    ("prosody log clean", step_prosody_log_clean),
    ("focus login", step_focus_login),
    ("jvb login", step_jvb_login),
    ("focus component", step_focus_component),
    ("bridge joins jicofo's brewery", step_brewery),
    ("convener BOSH through nginx", step_convener_bosh),
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
