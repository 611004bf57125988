"""A scratch target root configured ONLY by our configurator, then made runnable here.

``seed`` copies the Gentoo-like seed root (:data:`SEED_ROOT`); ``configure`` runs
``tools/configure.py`` in batch mode with an answers file; ``adapt`` applies the test-root
changes, and only those, each recorded in :class:`Adaptation` so a test can show them:

* absolute system paths in the files the servers read (``/etc/prosody``, ``/etc/jitsi``,
  ``/etc/nginx``, ``/etc/turnserver…``, ``/etc/letsencrypt``, ``/usr/share/jitsi-meet``,
  ``/var/lib/…``, ``/var/log``, ``/run``) point into the scratch root;
* prosody: ``data_path`` (the default is the system's) and an s2s port on loopback in
  the global section; the Jitsi-only modules that cannot load here are left out
  (:data:`JITSI_ONLY_MODULES`, :data:`JITSI_ONLY_COMPONENTS`); its data dirs go to this
  host's prosody user (the configurator gave them the root's prosody uid);
* nginx: Debian builds the stream module as a dynamic module (``load_module``), Gentoo's
  ``nginx`` user is ``nobody`` here, the servers of ::gentoo's nginx.conf keep their
  address but move from port 80 to the site's HTTP port (the configurator's port 80), and
  ``daemon off``/``pid`` come from the command line;
* coturn: its pid file, user database and relay port range go into the scratch root.

Ports, domains and secrets are never edited: ports move only through the
configurator's own port keys (:class:`Ports`).
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from jitsi_configurator.keys import ALL_KEYS

from .. import serverversions
from ..checkout import CHECKOUT, TOOLS_DIR
from .ports import free_port, free_range
from .scratch import chown_tree, open_dir

# A Gentoo system root as the packages leave it before anything is configured (users,
# hosts, nginx.conf, prosody.cfg.lua, the web app's files); every scratch root starts
# as a copy of it.
SEED_ROOT = Path(__file__).with_name("gentoo-root")
# What www-servers/nginx and net-im/prosody install (shared/ sits beside the checkout).
GENTOO_BASE = CHECKOUT.parent / "shared" / "data" / "gentoo-base"
GENTOO_NGINX_CONF = GENTOO_BASE / "etc" / "nginx" / "nginx.conf"
GENTOO_PROSODY_CFG = GENTOO_BASE / "etc" / "prosody" / "prosody.cfg.lua"
CONFIGURE = TOOLS_DIR / "configure.py"
DOMAIN = "meet.test"
# Let's Encrypt needs a public address in the answers; nothing is ever sent to it (all
# traffic stays on 127.0.0.1); coturn announces it as its external address.
PUBLIC_IP = "1.2.3.4"

# Jitsi's own prosody plugins (not packaged anywhere reachable).  Debian's
# prosody-modules has a community mod_turncredentials, but it reads other options
# (turncredentials_host/port) than Jitsi's fork, whose ``turncredentials`` table the
# generated file uses; it is left out too and the tests compute what Jitsi's module
# would announce from the same two settings (stack.turn_services).
JITSI_ONLY_MODULES = ("speakerstats", "turncredentials", "conference_duration",
                      "muc_meeting_id", "muc_domain_mapper")
JITSI_ONLY_COMPONENTS = ("speakerstats_component", "conference_duration_component")
SERVICE_USERS = ("prosody", "turnserver")
STREAM_MODULE = "/usr/lib/nginx/modules/ngx_stream_module.so"

_SYSTEM_PATH = re.compile(
    r"(?<![\w./-])(/(?:etc/(?:prosody|jitsi|nginx|turnserver|letsencrypt)|usr/share/jitsi-meet"
    r"|var/lib/(?:prosody|jitsi-meet-web-config|letsencrypt)|var/log|var/www|run)"
    r"(?=[/\s\"';]|$)[^\s\"';]*)"
)


class AdaptError(Exception):
    """The generated file no longer has the shape a test-root change expects."""


@dataclass(frozen=True)
class Ports:
    """Free loopback ports for every port key of the configurator (plan.md)."""

    http: int
    https: int
    web_backend: int
    bosh: int
    c2s: int
    component: int
    turn: int
    turns: int

    @classmethod
    def allocate(cls) -> Ports:
        return cls(*(free_port() for _ in range(8)))

    def answers(self) -> dict[str, str]:
        return {
            "JMMC_HTTP_PORT": str(self.http), "JMMC_HTTPS_PORT": str(self.https),
            "JMMC_WEB_BACKEND_PORT": str(self.web_backend), "JMMC_BOSH_PORT": str(self.bosh),
            "JMMC_C2S_PORT": str(self.c2s), "JVB_PORT": str(self.component),
            "TURN_PORT": str(self.turn), "TURNS_PORT": str(self.turns),
        }


def answers(ports: Ports, *, domain: str = DOMAIN, acme_directory: str | None = None) -> dict:
    """Batch answers: the test domain, loopback binding, ports; LE when a CA is given."""
    out = {
        "JVB_HOSTNAME": domain,
        "JMMC_BIND_ADDRESS": "127.0.0.1",
        "JVB_HOSTNAME_LOCALHOST_ALIAS": "y",
        "JVB_CONFORM_ETC_HOSTNAME": "n",
        **ports.answers(),
    }
    if acme_directory:
        out.update(JVB_EXTERNAL_IP=PUBLIC_IP, LE_ENABLE_AUTO="y", JMMC_LE_SERVER=acme_directory,
                   LE_EMAIL=f"admin@{domain}")
    else:
        out.update(JVB_EXTERNAL_IP="127.0.0.1", LE_ENABLE_AUTO="n")
    return out


def demo_answers(ports: Ports) -> dict[str, str]:
    """The demo's answers: built-in defaults (hostname ``localhost``), services bound to
    loopback and moved to free ports through the configurator's port keys."""
    return {"JMMC_BIND_ADDRESS": "127.0.0.1", **ports.answers()}


def seed(root: Path) -> Path:
    """Copy the seed root with ::gentoo's own nginx.conf (read from ../shared), and a vdb
    naming the Jitsi set and the servers on PATH; service users get this host's ids."""
    open_dir(root)
    shutil.copytree(SEED_ROOT, root, dirs_exist_ok=True, symlinks=True)
    if not GENTOO_NGINX_CONF.is_file():
        raise AdaptError(f"{GENTOO_NGINX_CONF} is missing: the tests read ::gentoo's nginx.conf "
                         "from shared/ beside the checkout")
    shutil.copyfile(GENTOO_NGINX_CONF, root / "etc/nginx/nginx.conf")
    written = serverversions.write_vdb(root)
    if any(re.fullmatch(r"net-im/prosody-(1[3-9]|[2-9]\d)\..*", a) for a in written):
        # prosody 13's own base file, as net-im/prosody-13 installs it (the fixture's is 0.12's)
        shutil.copyfile(GENTOO_PROSODY_CFG, root / "etc/prosody/prosody.cfg.lua")
    for table, lookup in (("passwd", pwd.getpwnam), ("group", grp.getgrnam)):
        path = root / "etc" / table
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            fields = line.split(":")
            if fields[0] in SERVICE_USERS:
                try:
                    entry = lookup(fields[0])
                except KeyError:
                    continue
                fields[2] = str(entry[2])
                if table == "passwd":
                    fields[3] = str(entry.pw_gid)  # type: ignore[union-attr]
                lines[i] = ":".join(fields)
        path.write_text("\n".join(lines) + "\n")
    return root


# Variables the configurator takes as answers or as batch switches besides its keys.
ANSWER_SWITCHES = ("JMMC_BATCH_MODE", "JMMC_JOIN_FILE", "JMMC_ROTATE_SECRETS")


def answerless_env() -> dict[str, str]:
    """This process's environment without configurator answers: the answers file alone
    decides, so a key exported in the caller's shell (or left by another test) cannot
    change what is generated."""
    drop = {*ALL_KEYS, *ANSWER_SWITCHES}
    return {k: v for k, v in os.environ.items() if k not in drop}


@dataclass(frozen=True)
class Configured:
    root: Path
    stdout: str
    seconds: float
    convener: tuple[str, str]  # user and password as the flow printed them


def configure(root: Path, values: dict[str, str], *, answers_file: Path | None = None,
              extra: tuple[str, ...] = ()) -> Configured:
    """Run tools/configure.py in batch mode; raises with its output when it fails."""
    answers_file = answers_file or root.parent / f"{root.name}-answers"
    answers_file.write_text("".join(f'{k}="{v}"\n' for k, v in values.items()))
    answers_file.chmod(0o600)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, str(CONFIGURE), "--root", str(root),
                           "--answers", str(answers_file), *extra],
                          capture_output=True, text=True, timeout=120, env=answerless_env())
    seconds = time.monotonic() - t0
    if proc.returncode != 0:
        raise AdaptError(f"tools/configure.py exited {proc.returncode}:\n{proc.stdout}"
                         f"{proc.stderr}")
    m = re.search(r"^ \* Convener: (\S+) / (\S+)$", proc.stdout, re.M)
    if not m:
        raise AdaptError(f"tools/configure.py printed no convener line:\n{proc.stdout}")
    return Configured(root, proc.stdout, seconds, (m.group(1), m.group(2)))


@dataclass
class Adaptation:
    root: Path
    notes: list[str] = field(default_factory=list)
    s2s_port: int = 0
    nginx_example_port: int = 0
    relay: tuple[int, int] = (0, 0)
    left_out: list[str] = field(default_factory=list)

    def note(self, file: str, what: str) -> None:
        self.notes.append(f"{file}: {what}")


def _rebase(root: Path, adapt: Adaptation, rel: str) -> str:
    path = root / rel
    if not path.is_file():
        raise AdaptError(f"{path}: the configurator did not write it; its output above says "
                         "which components ran (a server missing from the root's vdb is "
                         "not configured)")
    text = path.read_text()
    new, n = _SYSTEM_PATH.subn(lambda m: f"{root}{m.group(1)}", text)
    if n:
        adapt.note(rel, f"{n} absolute path(s) moved into the scratch root")
    path.write_text(new)
    return new


def _replace(adapt: Adaptation, rel: str, text: str, pattern: str, repl: str, what: str,
             flags: int = re.M) -> str:
    new, n = re.subn(pattern, repl, text, flags=flags)
    if n == 0:
        raise AdaptError(f"{rel}: expected {pattern!r} for the test-root change {what!r}")
    adapt.note(rel, what)
    return new


def _prosody(root: Path, a: Adaptation, domain: str, modules: tuple[str, ...],
             components: tuple[str, ...]) -> None:
    main = "etc/prosody/prosody.cfg.lua"
    text = _rebase(root, a, main)
    # ::gentoo's prosody 13 file names its logs relative: into the scratch root's log dir
    text, n = re.subn(r'^(\s*\w+\s*=\s*")(prosody\.(?:log|err))(";)',
                      rf"\g<1>{root}/var/log/prosody/\g<2>\g<3>", text, flags=re.M)
    if n:
        a.note(main, f"{n} relative log file(s): absolute path moved into the scratch root")
    a.s2s_port = free_port()
    block = (f"-- test root: data in the scratch root, s2s on a free loopback port\n"
             f'data_path = "{root}/var/lib/prosody"\n'
             f"s2s_ports = {{ {a.s2s_port} }}\ns2s_interfaces = {{ \"127.0.0.1\" }}\n\n")
    first_host = re.search(r"^VirtualHost\b", text, re.M)
    if not first_host:
        raise AdaptError(f"{main}: no VirtualHost line to put the global test settings before")
    text = text[:first_host.start()] + block + text[first_host.start():]
    a.note(main, "data_path and a loopback s2s port set in the global section")
    (root / main).write_text(text)

    host = f"etc/prosody/conf.d/{domain}.cfg.lua"
    text = _rebase(root, a, host)
    for module in modules:
        text = _replace(a, host, text, rf'^\s*"{module}";\n', "",
                        f"left out Jitsi-only module {module!r}")
        a.left_out.append(f"module {module}")
    for module in components:
        text = _replace(a, host, text,
                        rf'^Component "[^"]+" "{module}"\n(?:[ \t]+.*\n|[ \t]*\n)*', "",
                        f"left out Component of Jitsi-only module {module!r}")
        a.left_out.append(f"component {module}")
    (root / host).write_text(text)

    for d in ("var/lib/prosody", "var/log/prosody", "run/prosody"):
        open_dir(root / d)
        chown_tree(root / d, "prosody")
    a.note("var/lib/prosody", "owned by prosody of this host (the configurator used the "
           "root's /etc/passwd, whose prosody uid differs)")


def _nginx(root: Path, a: Adaptation, domain: str) -> None:
    main = "etc/nginx/nginx.conf"
    text = _rebase(root, a, main)
    if _stream_is_dynamic():
        text = f"load_module {STREAM_MODULE};  # test root: Debian's dynamic stream module\n" + text
        a.note(main, "load_module for the stream module (built in on Gentoo)")
    text = _replace(a, main, text, r"^user\s+nginx\s+nginx;", "user nobody nogroup;",
                    "workers run as nobody (no nginx user on this host)")
    # Port 80 is the configurator's JMMC_HTTP_PORT here: the admin's servers on port 80 move
    # with it, address and all, so they meet the Jitsi site as they would on port 80.
    a.nginx_example_port = _site_http_port(root, domain)
    text = _replace(a, main, text, r"^(\s*listen\s+(?:[\d.]+|\[[^]]+\]|\*));",
                    rf"\g<1>:{a.nginx_example_port};",
                    "the example vhost's port 80 moved to the site's HTTP port (address kept)")
    (root / main).write_text(text)
    _rebase(root, a, f"etc/nginx/jitsi-meet/http.d/{domain}.conf")
    open_dir(root / "var/log/nginx")
    open_dir(root / "run")


def _stream_is_dynamic() -> bool:
    """Whether the nginx on PATH has the stream module as a loadable file (Debian's)."""
    if shutil.which("nginx") is None:  # the demo then skips nginx
        return False
    proc = subprocess.run(["nginx", "-V"], capture_output=True, text=True, timeout=30)
    return "--with-stream=dynamic" in proc.stderr


def _site_http_port(root: Path, domain: str) -> int:
    site = (root / f"etc/nginx/jitsi-meet/http.d/{domain}.conf").read_text()
    m = re.search(r"^\s*listen\s+(?:\S*:)?(\d+);", site, re.M)
    if not m:
        raise AdaptError(f"{domain}.conf: no plain listen line to take port 80's place from")
    return int(m.group(1))


def _coturn(root: Path, a: Adaptation) -> None:
    rel = "etc/turnserver.conf"
    text = _rebase(root, a, rel)
    lo, hi = a.relay = free_range(20)
    open_dir(root / "var/lib/turn")
    text += (f"\n# test root\npidfile={root}/run/turnserver.pid\n"
             f"userdb={root}/var/lib/turn/turndb\nmin-port={lo}\nmax-port={hi}\n")
    a.note(rel, "pidfile, userdb and a 20-port relay range in the scratch root")
    (root / rel).write_text(text)


def _letsencrypt(root: Path, a: Adaptation) -> None:
    for rel in ("etc/jitsi/certbot/certbot.ini", "etc/jitsi/certbot/run-certbot",
                "etc/jitsi/certbot/deploy-hook"):
        if (root / rel).exists():
            _rebase(root, a, rel)
    open_dir(root / "var/lib/jitsi-meet-web-config")
    a.note("var/lib/jitsi-meet-web-config", "ACME webroot created (the ebuild's keepdir)")


# The current generation's Jitsi-only prosody plugins and components (not installable here).
CURRENT_JITSI_MODULES = ("speakerstats", "conference_duration", "muc_meeting_id",
                         "muc_domain_mapper", "muc_lobby_rooms", "muc_breakout_rooms",
                         "muc_hide_all", "limits_exception")
CURRENT_JITSI_COMPONENTS = ("speakerstats_component", "conference_duration_component",
                            "client_proxy")


def adapt_current(root: Path, domain: str = DOMAIN) -> Adaptation:
    """:func:`adapt` for the current generation's set: its own Jitsi-only plugins are left
    out, and its guests use prosody's ``anonymous`` instead of Jitsi's ``jitsi-anonymous``."""
    a = adapt(root, domain, CURRENT_JITSI_MODULES, CURRENT_JITSI_COMPONENTS)
    host = f"etc/prosody/conf.d/{domain}.cfg.lua"
    text = (root / host).read_text()
    new = text.replace('authentication = "jitsi-anonymous"', 'authentication = "anonymous"')
    if new == text:
        raise AdaptError(f"{host}: the guest host no longer uses jitsi-anonymous")
    (root / host).write_text(new)
    a.note(host, "guest host: Jitsi's jitsi-anonymous auth -> prosody's anonymous")
    return a


def adapt(root: Path, domain: str = DOMAIN, modules: tuple[str, ...] | None = None,
          components: tuple[str, ...] | None = None) -> Adaptation:
    a = Adaptation(root)
    _prosody(root, a, domain, JITSI_ONLY_MODULES if modules is None else modules,
             JITSI_ONLY_COMPONENTS if components is None else components)
    _nginx(root, a, domain)
    if (root / "etc/turnserver.conf").exists():
        _coturn(root, a)
    _letsencrypt(root, a)
    return a
