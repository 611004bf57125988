"""HARNESS SELF-TEST ONLY: a minimal in-test generator of server configs.

These configs exist to prove the harness (launchers, probes, failure messages) works
against real servers.  They are NOT the configurator's output and prove nothing
about it; the configurator's own files are tested in test_servers_generated.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .pki import KeyPair, make_ca, make_leaf
from .ports import free_port, free_range
from .scratch import chown_tree, open_dir

DOMAIN = "meet.test"


@dataclass
class SelfTestSet:
    root: Path
    ca: KeyPair
    web: KeyPair
    ports: dict[str, int] = field(default_factory=dict)
    turn_secret: str = "selftest-turn-secret"
    focus_secret: str = "selftest-focus-secret"
    relay: tuple[int, int] = (0, 0)

    @property
    def prosody_cfg(self) -> Path:
        return self.root / "prosody" / "prosody.cfg.lua"

    @property
    def prosody_log(self) -> Path:
        return self.root / "prosody" / "prosody.log"

    @property
    def nginx_prefix(self) -> Path:
        return self.root / "nginx"

    @property
    def nginx_conf(self) -> Path:
        return self.root / "nginx" / "nginx.conf"

    @property
    def coturn_conf(self) -> Path:
        return self.root / "coturn" / "turnserver.conf"

    @property
    def coturn_log(self) -> Path:
        return self.root / "coturn" / "turn.log"

    @property
    def webroot(self) -> Path:
        return self.root / "www"


def build(root: Path) -> SelfTestSet:
    ca = make_ca(root / "pki")
    web = make_leaf(ca, root / "pki", DOMAIN, [DOMAIN, f"*.{DOMAIN}", f"auth.{DOMAIN}"])
    s = SelfTestSet(root, ca, web)
    for name in ("c2s", "component", "bosh", "http", "https", "web", "turn", "turns"):
        s.ports[name] = free_port()
    s.relay = free_range(20)
    _prosody(s)
    _nginx(s)
    _coturn(s)
    return s


def _prosody(s: SelfTestSet) -> None:
    d = open_dir(s.root / "prosody")
    certs = open_dir(d / "certs")
    for name in (DOMAIN, f"auth.{DOMAIN}"):
        (certs / f"{name}.crt").write_bytes(s.web.cert.read_bytes())
        (certs / f"{name}.key").write_bytes(s.web.key.read_bytes())
    open_dir(d / "data")
    s.prosody_cfg.write_text(f'''-- harness self-test config
pidfile = "{d}/prosody.pid"
data_path = "{d}/data"
log = {{ {{ levels = {{ min = "info" }}, to = "file", filename = "{s.prosody_log}" }} }}
certificates = "{certs}"
interfaces = {{ "127.0.0.1" }}
c2s_ports = {{ {s.ports["c2s"]} }}
component_ports = {{ {s.ports["component"]} }}
component_interfaces = {{ "127.0.0.1" }}
http_ports = {{ {s.ports["bosh"]} }}
http_interfaces = {{ "127.0.0.1" }}
https_ports = {{ }}
modules_enabled = {{ "roster"; "saslauth"; "tls"; "disco"; "posix"; "ping" }}
modules_disabled = {{ "s2s" }}
consider_bosh_secure = true

VirtualHost "{DOMAIN}"
    authentication = "internal_hashed"
    modules_enabled = {{ "bosh" }}

VirtualHost "auth.{DOMAIN}"
    authentication = "internal_hashed"

Component "focus.{DOMAIN}"
    component_secret = "{s.focus_secret}"
''')
    chown_tree(d, "prosody")


def _nginx(s: SelfTestSet) -> None:
    p = open_dir(s.nginx_prefix)
    www = open_dir(s.webroot)
    (www / "index.html").write_text("self-test\n")
    open_dir(www / ".well-known" / "acme-challenge")
    s.nginx_conf.write_text(f'''# harness self-test config
load_module /usr/lib/nginx/modules/ngx_stream_module.so;
daemon off;
pid {p}/nginx.pid;
error_log {p}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {p}/access.log;
    client_body_temp_path {p}/client_body; proxy_temp_path {p}/proxy;
    fastcgi_temp_path {p}/fastcgi; uwsgi_temp_path {p}/uwsgi; scgi_temp_path {p}/scgi;
    server {{
        listen 127.0.0.1:{s.ports["http"]};
        server_name {DOMAIN};
        location /.well-known/acme-challenge/ {{ root {www}; }}
        location / {{ return 301 https://$host$request_uri; }}
    }}
    server {{
        listen 127.0.0.1:{s.ports["web"]} ssl;
        server_name {DOMAIN};
        ssl_certificate {s.web.cert};
        ssl_certificate_key {s.web.key};
        root {www};
        location = /http-bind {{
            proxy_pass http://127.0.0.1:{s.ports["bosh"]}/http-bind;
            proxy_set_header Host $http_host;
        }}
    }}
}}
stream {{
    map $ssl_preread_alpn_protocols $upstream {{
        ~\\bh2\\b 127.0.0.1:{s.ports["web"]};
        ~\\bhttp/1\\. 127.0.0.1:{s.ports["web"]};
        default 127.0.0.1:{s.ports["turns"]};
    }}
    server {{
        listen 127.0.0.1:{s.ports["https"]};
        ssl_preread on;
        proxy_pass $upstream;
    }}
}}
''')


def _coturn(s: SelfTestSet) -> None:
    d = open_dir(s.root / "coturn")
    lo, hi = s.relay
    s.coturn_conf.write_text(f'''# harness self-test config
use-auth-secret
static-auth-secret={s.turn_secret}
realm={DOMAIN}
cert={s.web.cert}
pkey={s.web.key}
listening-ip=127.0.0.1
relay-ip=127.0.0.1
listening-port={s.ports["turn"]}
tls-listening-port={s.ports["turns"]}
min-port={lo}
max-port={hi}
no-cli
no-dtls
no-tcp-relay
userdb={d}/turndb
pidfile={d}/turn.pid
log-file={s.coturn_log}
simple-log
no-stdout-log
''')
