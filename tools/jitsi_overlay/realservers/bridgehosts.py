"""A main server and bridge hosts on test hosts (network namespaces), configured by the
configurator and checked with real prosody and nginx.

The main host runs prosody and nginx from the generated set; each bridge host gets its
configuration from a join file written by ``jitsi-meet-master-config bridge add`` and runs
:mod:`bridge_standin` (the Java bridge is not obtainable here) with the files the
configurator wrote there.  :class:`Deployment` does the steps; the tests and the bridge
benchmark check and time them.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import serverversions
from . import testroot
from .stack import Stack
from .supervisor import Supervisor
from .testhosts import Host, TestNetwork
from .xmpp import NS_CLIENT, NS_MUC, NS_MUC_USER, XmppError, c2s_session

DOMAIN = testroot.DOMAIN
CONFIGURATOR = Path(sys.executable).with_name("jitsi-meet-master-config")
# The component sets of the two generations (what the vdb names on each host).
SETS = {
    "2020": {"net-im/jicofo": "1.0.567.4548", "net-im/jitsi-videobridge": "2.1.197.4548",
             "net-im/jitsi-meet-web": "1.0.4074.4548",
             "net-im/jitsi-meet-web-config": "1.0.4074.4548",
             "net-im/jitsi-meet-prosody": "1.0.4074.4548",
             "net-im/jitsi-meet-turnserver": "1.0.4074.4548", "net-im/jitsi-meet-server": "4548"},
    "hocon": {"net-im/jicofo": "1.0.1189.11146", "net-im/jitsi-videobridge": "2.3.307.11146",
              "net-im/jitsi-meet-web": "1.0.9365.11146",
              "net-im/jitsi-meet-web-config": "1.0.9365.11146",
              "net-im/jitsi-meet-prosody": "1.0.9365.11146",
              "net-im/jitsi-meet-turnserver": "1.0.9365.11146",
              "net-im/jitsi-meet-server": "11146"},
}


class DeploymentError(AssertionError):
    """A step failed; the message names the step and quotes what the tool printed."""


def configurator(*args: str, env: dict[str, str] | None = None,
                 timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The installed ``jitsi-meet-master-config`` command (as an admin runs it)."""
    return subprocess.run([str(CONFIGURATOR), *args], capture_output=True, text=True,
                          env={**os.environ, "JMMC_NO_NETWORK": "y", **(env or {})},
                          timeout=timeout)


def _checked(proc: subprocess.CompletedProcess[str], what: str) -> str:
    if proc.returncode != 0:
        raise DeploymentError(f"{what} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def write_vdb(root: Path, packages: dict[str, str]) -> None:
    """``root``'s vdb names exactly ``packages`` (plus the servers on PATH)."""
    shutil.rmtree(root / "var/db/pkg", ignore_errors=True)
    serverversions.write_vdb(root, packages)


@dataclass
class StandIn:
    """A running bridge stand-in on a bridge host."""

    id: str
    host: Host
    root: Path
    process: subprocess.Popen

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()  # type: ignore[union-attr]
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


@dataclass
class Deployment:
    """One main host and any number of bridge hosts on one test network."""

    scratch: Path
    generation: str = "hocon"
    network: TestNetwork = field(default_factory=TestNetwork)
    sup: Supervisor | None = None
    main: Host | None = None
    generated: Stack | None = None  # the unadapted root the configurator works on
    running: Stack | None = None  # the adapted copy whose servers run
    standins: dict[str, StandIn] = field(default_factory=dict)
    joins: dict[str, Path] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sup = Supervisor(self.scratch / "logs")
        self.main = self.network.add_host("main")

    # --- the main server ------------------------------------------------------------

    def configure_main(self) -> str:
        """Seed the main root and configure it (batch, every port free on loopback)."""
        assert self.main is not None and self.sup is not None
        with self.main.entered():
            ports = testroot.Ports.allocate()
        stack = self.generated = Stack(self.scratch / "generated", self.sup, ports)
        testroot.seed(stack.root)
        write_vdb(stack.root, SETS[self.generation])
        answers = {**testroot.answers(ports), "JVB_EXTERNAL_IP": self.main.address,
                   "JVB_INTERNAL_IP": self.main.address}
        stack.configured = testroot.configure(stack.root, answers)
        return stack.configured.stdout

    def add_bridge(self, bridge_id: str, *, host: Host | None = None) -> tuple[Host, str]:
        """A new bridge host registered with ``bridge add``; (host, the command's output)."""
        assert self.generated is not None and self.main is not None
        host = host or self.network.add_host(bridge_id)
        join = self.scratch / f"{bridge_id}.join"
        out = _checked(configurator(
            "bridge", "--root", str(self.generated.root), "add", bridge_id,
            "--address", host.address, "--main-address", self.main.address,
            "--join-file", str(join)), f"bridge add {bridge_id}")
        self.joins[bridge_id] = join
        return host, out

    def remove_bridge(self, bridge_id: str) -> str:
        assert self.generated is not None
        return _checked(configurator("bridge", "--root", str(self.generated.root), "remove",
                                     bridge_id), f"bridge remove {bridge_id}")

    def start_main(self) -> Stack:
        """(Re)start prosody and nginx from an adapted copy of the generated root."""
        assert self.generated is not None and self.main is not None and self.sup is not None
        if self.running is not None:
            for server in (self.running.nginx, self.running.prosody):
                if server is not None:
                    self.sup.stop(server)
        copy = self.scratch / f"running-{time.monotonic_ns()}"
        stack = self.running = Stack(copy, self.sup, self.generated.ports)
        stack.use_generated(self.generated, adapt=(
            testroot.adapt_current if self.generation == "hocon" else testroot.adapt))
        with self.main.entered():
            stack.start_prosody()
            stack.start_nginx()
        return stack

    def master_config(self) -> dict[str, str]:
        assert self.generated is not None
        from jitsi_configurator import masterfile

        text = (self.generated.root / "etc/jitsi/jitsi-meet-master-config").read_text()
        return masterfile.parse(text)[0]

    # --- bridge hosts ---------------------------------------------------------------

    def configure_bridge(self, bridge_id: str, host: Host) -> Path:
        """Configure ``host`` as a bridge from its join file; returns its root."""
        root = self.scratch / f"bridge-{bridge_id}"
        testroot.seed(root)
        write_vdb(root, {"net-im/jitsi-videobridge":
                         SETS[self.generation]["net-im/jitsi-videobridge"]})
        _checked(configurator("--root", str(root), "--join", str(self.joins[bridge_id]),
                              env={"JVB_EXTERNAL_IP": host.address,
                                   "JVB_INTERNAL_IP": host.address}),
                 f"configuring bridge host {bridge_id}")
        return root

    def start_standin(self, bridge_id: str, host: Host, root: Path,
                      timeout: float = 30.0) -> StandIn:
        """The bridge stand-in on ``host``; returns once it sits in the brewery."""
        log = (self.scratch / "logs" / f"standin-{bridge_id}.err").open("w")
        process = host.popen([sys.executable, "-m", "jitsi_overlay.realservers.bridge_standin",
                              str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=log, text=True)
        standin = self.standins[bridge_id] = StandIn(bridge_id, host, root, process)
        line = _read_line(process, timeout)
        if line.strip() != f"ready {bridge_id}":
            standin.stop()
            raise DeploymentError(f"bridge stand-in {bridge_id} on {host.address} did not get "
                                  f"ready ({line.strip()!r}): "
                                  f"{Path(log.name).read_text().strip()}")
        return standin

    def bridge_login(self, host: Host, root: Path) -> subprocess.CompletedProcess[str]:
        """One login attempt from ``host`` with the credentials in ``root``'s jvb.conf."""
        code = ("import sys; from pathlib import Path; "
                "from jitsi_overlay.realservers import bridge_standin as b; "
                "s = b.BridgeSettings.read(Path(sys.argv[1])); "
                "from jitsi_overlay.realservers.xmpp import c2s_login; "
                "c2s_login(s.port, s.domain, s.user, s.password, address=s.host, "
                "cafile=b.pinned_certificate(Path(sys.argv[1]), s.domain))")
        return host.run([sys.executable, "-c", code, str(root)], capture_output=True,
                        text=True, timeout=60)

    # --- what jicofo sees ---------------------------------------------------------------

    def brewery_occupants(self) -> list[str]:
        """The nicknames in the brewery, as focus (jicofo's account) sees them on joining."""
        assert self.main is not None and self.generated is not None
        cfg = self.master_config()
        auth = cfg.get("JICOFO_AUTH_DOMAIN") or f"auth.{DOMAIN}"
        brewery = f"JvbBrewery@internal.{auth}"
        with self.main.entered(), c2s_session(
                int(cfg["JMMC_C2S_PORT"]), auth, cfg.get("JICOFO_AUTH_USER", "focus"),
                cfg["JICOFO_AUTH_PASSWORD"], resource=f"watch{time.monotonic_ns()}") as s:
            return occupants_on_join(s, brewery, f"focus-watch-{time.monotonic_ns()}")

    def site_status(self, path: str) -> tuple[int, str]:
        """(status, body) of a GET through the main nginx's HTTPS site, from the main host."""
        assert self.running is not None and self.main is not None
        from . import web

        with self.main.entered():
            answer = web.request(self.running.ports.https, path, host=DOMAIN, tls=True,
                                 timeout=5.0)
        return answer.status, answer.body.decode(errors="replace")

    def close(self) -> None:
        for standin in self.standins.values():
            standin.stop()
        if self.sup is not None:
            with contextlib.suppress(RuntimeError):
                self.sup.stop_all()
        self.network.close()

    def __enter__(self) -> Deployment:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def occupants_on_join(session: object, room: str, nick: str, timeout: float = 5.0) -> list[str]:
    """Join ``room`` and return the other occupants' nicknames (sent before our own
    presence, as XEP-0045 says)."""
    stream = session.stream  # type: ignore[attr-defined]
    me = f"{room}/{nick}".lower()
    stream.send(f"<presence to='{room}/{nick}'><x xmlns='{NS_MUC}'/></presence>")
    stream.sock.settimeout(timeout)
    others = []
    while True:
        elem = stream.next()
        if elem.tag != f"{{{NS_CLIENT}}}presence":
            continue
        sender = (elem.get("from") or "").lower()
        if elem.get("type") == "error":
            raise XmppError(f"joining {room} as {nick} refused")
        if sender == me:
            codes = {c.get("code") for c in elem.iter(f"{{{NS_MUC_USER}}}status")}
            if "110" in codes:
                return sorted(others)
        elif sender.startswith(room.lower() + "/"):
            others.append((elem.get("from") or "").split("/", 1)[1])


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    """One line of ``process``'s stdout, or "" after ``timeout`` or its exit."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=0.2):
            return process.stdout.readline()  # type: ignore[union-attr]
        if process.poll() is not None:
            return ""
    return ""


@contextlib.contextmanager
def deployment(scratch: Path, generation: str = "hocon") -> Iterator[Deployment]:
    with Deployment(scratch, generation) as d:
        yield d
