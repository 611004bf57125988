"""The generated set in a scratch root, brought up with real servers.

:class:`Stack` seeds and configures the root (testroot), applies the test-root changes
and starts prosody, nginx and coturn (and pebble when Let's Encrypt is on) from it,
each polled for a real protocol answer.  The checks are in :mod:`steps`.
"""

from __future__ import annotations

import dataclasses
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import configs, servers, testroot
from .pki import KeyPair, make_ca, make_leaf
from .servers import Pebble, Server
from .supervisor import Supervisor
from .testroot import DOMAIN, Adaptation, Configured, Ports


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

    def use_generated(self, other: Stack, mutate: Callable[[Path], None] | None = None,
                      adapt: Callable[[Path, str], Adaptation] = testroot.adapt) -> None:
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
        self.adaptation = adapt(self.root, self.domain)

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
