"""Launchers for the real servers, each in the foreground under a :class:`Supervisor`.

Which binaries exist decides which tests run: :func:`missing` names the ones absent,
for skip reasons.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import web
from .pki import KeyPair
from .ports import free_port
from .supervisor import Server, ServerFailure, Supervisor, explaining_line
from .turn import stun_ready
from .xmpp import bosh_ready

PROSODY_USER = "prosody"
NGINX_STREAM_MODULE = Path("/usr/lib/nginx/modules/ngx_stream_module.so")

BINARIES = {
    "prosody": ("prosody", "prosodyctl", "setpriv"),
    "nginx": ("nginx",),
    "coturn": ("turnserver",),
    "pebble": ("pebble", "pebble-challtestsrv"),
    "certbot": ("certbot",),
    "java": ("java", "javac"),
    "lua": ("luac5.4",),
}


def missing(*servers: str) -> list[str]:
    """Names of the binaries (or files) needed by ``servers`` that are not installed."""
    absent = [b for s in servers for b in BINARIES[s] if shutil.which(b) is None]
    if os.geteuid() != 0 and {"prosody", "coturn", "nginx"} & set(servers):
        # setpriv to the prosody user, chown of its data, nginx/coturn as root
        absent.append("root privileges")
    if "nginx" in servers and not NGINX_STREAM_MODULE.exists():
        absent.append(str(NGINX_STREAM_MODULE))
    if "java" in servers and not Path("/usr/share/java/typesafe-config.jar").exists():
        absent.append("/usr/share/java/typesafe-config.jar")
    return absent


# --- prosody ----------------------------------------------------------------------


def prosodyctl(config: Path, *args: str,
               stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """prosodyctl with an explicit config (it drops to the prosody user by itself)."""
    return subprocess.run(["prosodyctl", "--config", str(config), *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def start_prosody(sup: Supervisor, config: Path, *, domain: str, bosh_port: int | None,
                  log: Path, timeout: float = 15.0, ready: object = None,
                  extra_logs: Sequence[Path] = ()) -> Server:
    """prosody as its own user (it refuses root and then hangs); ready when BOSH answers.

    With ``bosh_port`` None, ``ready`` must be a probe callable.
    """
    argv = ["setpriv", f"--reuid={PROSODY_USER}", f"--regid={PROSODY_USER}", "--init-groups",
            "prosody", "-F", "--config", str(config)]
    probe = ready if bosh_port is None else (lambda: bosh_ready(bosh_port, domain))
    return sup.start("prosody", argv, ready=probe,  # type: ignore[arg-type]
                     timeout=timeout, logs=[log, *extra_logs])


PROSODY_LOG_ERRORS = r"\s(error|critical)\s"  # the level column of its log


# --- nginx ------------------------------------------------------------------------


def nginx_argv(prefix: Path, conf: Path, *extra: str) -> list[str]:
    return ["nginx", "-e", "stderr", "-p", str(prefix), "-c", str(conf), *extra]


def nginx_test(prefix: Path, conf: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(nginx_argv(prefix, conf, "-t", "-q"), capture_output=True, text=True,
                          timeout=30)


def start_nginx(sup: Supervisor, prefix: Path, conf: Path, *, ready_port: int, host: str,
                error_log: Path | None = None, timeout: float = 10.0,
                globals_: str | None = None) -> Server:
    """nginx in the foreground (``daemon off`` in the config or in ``globals_``, which
    goes to ``-g``); ready when plain HTTP on ``ready_port`` answers."""
    def probe() -> bool:
        web.request(ready_port, "/", host=host, tls=False, timeout=1.0)
        return True

    logs = [error_log] if error_log else []
    extra = ("-g", globals_) if globals_ else ()
    return sup.start("nginx", nginx_argv(prefix, conf, *extra), ready=probe, timeout=timeout,
                     logs=logs)



# --- coturn -----------------------------------------------------------------------

# coturn has no config-check mode and starts even with a broken config; these lines
# in its log are the only sign.
COTURN_LOG_ERRORS = (r"Bad configuration format|WARNING: cannot|cannot start TLS|CONFIG ERROR"
                     r"|ERROR: Cannot")


def start_coturn(sup: Supervisor, config: Path, *, stun_port: int, log: Path | None,
                 timeout: float = 10.0) -> Server:
    logs = [log] if log else []
    return sup.start("coturn", ["turnserver", "-c", str(config)],
                     ready=lambda: stun_ready(stun_port), timeout=timeout, logs=logs)


# --- pebble -----------------------------------------------------------------------


@dataclass(frozen=True)
class Pebble:
    directory_url: str
    ca_bundle: Path  # CA of pebble's own HTTPS listener (for REQUESTS_CA_BUNDLE)
    management_port: int
    server: Server
    dns: Server

    def root_pem(self) -> str:
        """The root that signs issued certificates (new on every pebble start)."""
        resp = web.request(self.management_port, "/roots/0", host="127.0.0.1",
                           cafile=self.ca_bundle)
        if resp.status != 200:
            raise self.server.failure(f"/roots/0 answered HTTP {resp.status}")
        return resp.body.decode()


def start_pebble(sup: Supervisor, workdir: Path, listener: KeyPair, ca: KeyPair, *,
                 http_port: int, acme_port: int | None = None, timeout: float = 15.0) -> Pebble:
    """pebble with pebble-challtestsrv as its DNS (every name → 127.0.0.1, no AAAA)."""
    dns_port, mgmt_dns, mgmt_port = (free_port() for _ in range(3))
    acme_port = acme_port or free_port()
    dns = sup.start("pebble-challtestsrv", [
        "pebble-challtestsrv", "-defaultIPv4", "127.0.0.1", "-defaultIPv6", "",
        "-dns01", f"127.0.0.1:{dns_port}", "-http01", "", "-https01", "", "-tlsalpn01", "",
        "-management", f"127.0.0.1:{mgmt_dns}",
    ], ready=lambda: web.request(mgmt_dns, "/", host="127.0.0.1", tls=False, timeout=1)
       is not None, timeout=timeout)
    config = workdir / "pebble-config.json"
    config.write_text(json.dumps({"pebble": {
        "listenAddress": f"127.0.0.1:{acme_port}",
        "managementListenAddress": f"127.0.0.1:{mgmt_port}",
        "certificate": str(listener.cert), "privateKey": str(listener.key),
        "httpPort": http_port, "tlsPort": free_port(), "ocspResponderURL": "",
        "externalAccountBindingRequired": False,
    }}))

    def ready() -> bool:
        return web.request(acme_port, "/dir", host="127.0.0.1", cafile=ca.cert,
                           timeout=1).status == 200

    server = sup.start("pebble", ["pebble", "-config", str(config), "-dnsserver",
                                  f"127.0.0.1:{dns_port}"],
                       ready=ready, timeout=timeout,
                       env={"PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0"})
    return Pebble(f"https://127.0.0.1:{acme_port}/dir", ca.cert, mgmt_port, server, dns)



def run_checked(name: str, argv: Sequence[str], log: Path, *, env: dict[str, str] | None = None,
                timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    """Run a one-shot tool with its output in ``log``; failure names the tool, log and line."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(list(argv), capture_output=True, text=True, env=full_env,
                          timeout=timeout)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a") as f:
        f.write(f"$ {' '.join(argv)}\n{proc.stdout}{proc.stderr}(rc {proc.returncode})\n")
    if proc.returncode != 0:
        raise ServerFailure(f"{name}: exited {proc.returncode}; see {explaining_line([log])}")
    return proc
