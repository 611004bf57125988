"""Test support for the rootfs images: Debian-built stage3-shaped tarballs signed with a
throw-away key (cached between runs on one machine), and the Debian stand-in for the one
build step that cannot run here (emerge of net-im/jitsi-meet-server).

The stand-in is passed to ``tools/rootfs.py build --package-step
tests/rootfs_standin.py:debian_standin`` (``STEP``).  It installs what emerge would
leave in the tree, from Debian and from this checkout: prosody, nginx (stream module) and
coturn with Gentoo-shaped configuration files (the harness's seed root), OpenRC scripts
for them under Gentoo's service names, the users our acct-* packages create, a vdb listing
the server set, portage (for the configurator's vdb lookup), the configurator, and our own
jitsi-meet-server OpenRC script, systemd unit and health check.  jicofo and the
videobridge are small stand-ins answering their health URL.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jitsi_overlay.realservers.testroot import (
    JITSI_ONLY_COMPONENTS,
    JITSI_ONLY_MODULES,
    SEED_ROOT,
)
from jitsi_overlay.rootfs.packages import StepContext

REPO = Path(__file__).resolve().parent.parent
STEP = f"{Path(__file__).resolve()}:debian_standin"  # for --package-step

MIRROR = "http://deb.debian.org/debian"
SUITE = "bookworm"
FIXTURE_ROOT = SEED_ROOT
SERVER_FILES = REPO / "net-im/jitsi-meet-server/files"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "jitsi-overlay/rootfs"

# Bump when the recipe below changes: it is part of the cache key.
RECIPE = 4
STAGE3_PACKAGES = {
    "openrc": ("openrc", "sysvinit-core", "procps", "openssh-server", "python3"),
    "systemd": ("systemd", "systemd-sysv", "dbus", "procps", "python3"),
}
STANDIN_PACKAGES = ("prosody", "nginx", "libnginx-mod-stream", "coturn", "python3-jinja2",
                    "openssl", "ca-certificates")
# Marks checked after build and install: a file capability and an owner with no name.
CAP_FILE = "usr/local/bin/cap-probe"
CAP_VALUE = "cap_net_bind_service=ep"
OWNED_FILE = "var/lib/owner-probe"
OWNED_IDS = (4242, 4343)

# What ::gentoo's net-misc/openssh installs as /etc/init.d/sshd, in short.
GENTOO_SSHD = """#!/sbin/openrc-run
# stand-in for ::gentoo's net-misc/openssh service (test stage3)
description="OpenSSH server"
command=/usr/sbin/sshd
command_args="-D"
supervisor=supervise-daemon
pidfile=/run/sshd-supervise.pid
depend() { need net; use logger dns; }
start_pre() {
	mkdir -p /run/sshd
	ssh-keygen -A || return 1
	/usr/sbin/sshd -t
}
"""


def _run(argv: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(argv, capture_output=True, text=True, check=False, **kw)  # type: ignore[call-overload]
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield


# --- throw-away keys ------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    home: Path  # gpg home with the secret key
    fingerprint: str
    public: Path  # armoured public key


def make_key(home: Path, uid: str) -> SigningKey:
    if not (home / "fpr").is_file():
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True, mode=0o700)
        _run(["gpg", "--homedir", str(home), "--batch", "--passphrase", "",
              "--quick-gen-key", uid, "ed25519", "sign", "never"])
        out = _run(["gpg", "--homedir", str(home), "--with-colons", "--list-keys", uid]).stdout
        fpr = next(ln.split(":")[9] for ln in out.splitlines() if ln.startswith("fpr:"))
        (home / "public.asc").write_text(_run(["gpg", "--homedir", str(home), "--armor",
                                               "--export", fpr]).stdout)
        (home / "fpr").write_text(fpr)
    return SigningKey(home, (home / "fpr").read_text().strip(), home / "public.asc")


# --- stage3-shaped tarballs -----------------------------------------------------------


def _stage3_hook(init: str) -> str:
    """Shell run by mmdebstrap on the finished tree ("$1"): make it look like a stage3."""
    common = f"""
set -e
mkdir -p "$1/etc/portage/repos.conf" "$1/var/db/repos" "$1/var/cache/distfiles"
printf 'COMMON_FLAGS="-O2 -pipe"\\nCHOST="x86_64-pc-linux-gnu"\\n' > "$1/etc/portage/make.conf"
mkdir -p "$1/usr/local/bin"
cp "$1/usr/bin/true" "$1/{CAP_FILE}"
setcap {CAP_VALUE} "$1/{CAP_FILE}"
touch "$1/{OWNED_FILE}"
chown {OWNED_IDS[0]}:{OWNED_IDS[1]} "$1/{OWNED_FILE}"
"""
    if init == "openrc":
        # Gentoo's halt leaves interfaces alone; Debian's runs ifdown on every one of them
        # (NETDOWN=yes), which in a container sharing the host's network is the host's.
        return common + f"""
sed -i 's/^NETDOWN=.*/NETDOWN=no/' "$1/etc/default/halt"
grep -qx NETDOWN=no "$1/etc/default/halt"
rm -f "$1/etc/init.d/ssh" "$1"/etc/runlevels/*/ssh "$1"/etc/rc?.d/[SK]??ssh
cat > "$1/etc/init.d/sshd" <<'EOF'
{GENTOO_SSHD}EOF
chmod 755 "$1/etc/init.d/sshd"
"""
    return common


def _stage3_key() -> str:
    spec = {"recipe": RECIPE, "suite": SUITE, "packages": STAGE3_PACKAGES,
            "hooks": {i: _stage3_hook(i) for i in STAGE3_PACKAGES}}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Stage3Set:
    directory: Path
    releng: SigningKey  # signs the stage3s (Gentoo's release key in real life)
    publisher: SigningKey  # signs the images

    def tarball(self, init: str) -> Path:
        return self.directory / f"stage3-amd64-{init}-debian-{SUITE}.tar.xz"


def stage3_set() -> Stage3Set:
    """Both stage3s and both keys, made once per recipe and machine (~2 min cold)."""
    base = CACHE / _stage3_key()
    with _locked(CACHE / ".lock"):
        s = Stage3Set(base, make_key(base / "releng-gpg", "rootfs test releng <r@example.org>"),
                      make_key(base / "publisher-gpg", "rootfs test images <i@example.org>"))
        for init, packages in STAGE3_PACKAGES.items():
            out = s.tarball(init)
            if out.is_file() and out.with_name(out.name + ".asc").is_file():
                continue
            with tempfile.TemporaryDirectory(dir=base, prefix="mmdebstrap-") as tmp:
                tree = Path(tmp, "tree")
                _run(["mmdebstrap", "--variant=minbase", "--quiet",
                      f"--include={','.join(packages)}",
                      f"--customize-hook={_stage3_hook(init)}", SUITE, str(tree), MIRROR],
                     stdin=subprocess.DEVNULL)
                partial = Path(tmp, out.name)
                # Packed as Gentoo packs a stage3: numeric owners, xattrs (capabilities).
                _run(["tar", "--create", "--xz", "--numeric-owner", "--xattrs",
                      "--xattrs-include=*", "--acls", f"--file={partial}", "-C", str(tree), "."],
                     env={**os.environ, "XZ_OPT": "-1 -T0"})
                _run(["gpg", "--homedir", str(s.releng.home), "--batch", "--yes", "--armor",
                      "--detach-sign", "--output", f"{partial}.asc", str(partial)])
                os.replace(f"{partial}.asc", f"{out}.asc")
                os.replace(partial, out)
        return s


# --- the Debian stand-in for the emerge step ------------------------------------------

# jicofo and the bridge: a health endpoint and nothing else.
HEALTH_SERVER = """#!/usr/bin/python3
# Stand-in for jicofo / jitsi-videobridge (their Java builds are not obtainable here):
# answers GET /about/health with 200 on 127.0.0.1:PORT.
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/about/health" else 404)
        self.end_headers()
    def log_message(self, *a):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""
STANDIN_ENV = "etc/jitsi-standin.env"  # JICOFO_PORT=, JVB_PORT= (tests write it)

# Gentoo's service names for Debian's daemons, supervised (Debian's openrc has no
# OpenRC start-stop-daemon, see docs/containers-and-hosts.md).
OPENRC_SERVICES = {
    "prosody": ("prosody:prosody", "/usr/bin/prosody", "-F",
                "checkpath -d -o prosody:prosody /run/prosody /var/log/prosody"),
    "nginx": ("", "/usr/sbin/nginx", "-g 'daemon off;'",
              "checkpath -d /var/log/nginx && /usr/sbin/nginx -t -q"),
    "turnserver": ("turnserver:turnserver", "/usr/bin/turnserver", "-c /etc/turnserver.conf",
                   "true"),
    "jicofo": ("nobody", "/usr/libexec/jitsi-standin/health-server", "${JICOFO_PORT:-8888}",
               "true"),
    "jitsi-videobridge": ("nobody", "/usr/libexec/jitsi-standin/health-server",
                          "${JVB_PORT:-8080}", "true"),
}
SYSTEMD_STANDINS = {"jicofo.service": "JICOFO_PORT", "jitsi-videobridge.service": "JVB_PORT"}


def _openrc_script(name: str, user: str, command: str, args: str, pre: str) -> str:
    return f"""#!/sbin/openrc-run
# Debian stand-in for ::gentoo's / ::jitsi's {name} service (rootfs tests)
description="{name} (stand-in)"
[ -r /{STANDIN_ENV} ] && . /{STANDIN_ENV}
supervisor=supervise-daemon
command={command}
command_args="{args}"
{f'command_user="{user}"' if user else ""}
pidfile=/run/{name}-supervise.pid
depend() {{ need net; }}
start_pre() {{ {pre}; }}
"""


def _systemd_unit(name: str, var: str, default: int) -> str:
    return f"""[Unit]
Description={name} (stand-in for the rootfs tests)
After=network.target prosody.service
[Service]
EnvironmentFile=-/{STANDIN_ENV}
User=nobody
ExecStart=/bin/sh -c 'exec /usr/libexec/jitsi-standin/health-server "${{{var}:-{default}}}"'
"""


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)


def _copy_python_package(tree: Path, source: Path) -> None:
    dest = tree / "usr/lib/python3/dist-packages" / source.name
    shutil.copytree(source, dest, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))


def server_set() -> dict[str, str]:
    """The packages emerge would have recorded in the vdb (newest committed release)."""
    from jitsi_overlay.commands.configure import newest_release_components

    return newest_release_components()


def debian_standin(ctx: StepContext) -> tuple[str, ...]:
    tree, run = ctx.tree, ctx.nspawn.run
    apt = CACHE / "apt"
    for sub, inside in (("archives", "/var/cache/apt/archives"), ("lists", "/var/lib/apt/lists")):
        (apt / sub / "partial").mkdir(parents=True, exist_ok=True)
        ctx.nspawn.binds[apt / sub] = inside
    _write(tree / "usr/sbin/policy-rc.d", "#!/bin/sh\nexit 101\n", 0o755)
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *STANDIN_PACKAGES]
    with _locked(apt / ".lock"):
        # Only the downloads share the host's network; maintainer scripts run without it.
        run(["apt-get", "update", "-qq"], env=env, what="apt-get update", network=True)
        run([*install, "--download-only"], env=env, what="apt-get download", network=True)
        run(install, env=env, what="apt-get install")
    (tree / "usr/sbin/policy-rc.d").unlink()
    # Accounts of acct-group/jitsi, acct-user/{jicofo,jvb} and ::gentoo's nginx.
    run(["sh", "-ec", "groupadd -r jitsi; groupadd -r nginx;"
         " useradd -r -g nginx -d /var/lib/nginx -s /sbin/nologin nginx;"
         " useradd -r -g jitsi -d /etc/jitsi/jicofo -s /sbin/nologin jicofo;"
         " useradd -r -g jitsi -d /etc/jitsi/videobridge -s /sbin/nologin jvb"],
        what="useradd")

    # Gentoo-shaped configuration files, as ::gentoo's packages install them.
    for rel in ("etc/prosody/prosody.cfg.lua", "etc/nginx/mime.types.nginx",
                "usr/share/jitsi-meet"):
        src, dst = FIXTURE_ROOT / rel, tree / rel
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)
    nginx_conf = (FIXTURE_ROOT / "etc/nginx/nginx.conf").read_text()
    # Debian builds the stream module as a loadable module; Gentoo builds it in.
    _write(tree / "etc/nginx/nginx.conf",
           "include /etc/nginx/modules-enabled/*.conf;\n" + nginx_conf)
    for module in (*JITSI_ONLY_MODULES, *JITSI_ONLY_COMPONENTS):
        _write(tree / f"usr/lib/prosody/modules/mod_{module}.lua",
               f'module:log("info", "stand-in for Jitsi\'s mod_{module}");\n')

    # The configurator and the portage it asks for installed packages.
    _copy_python_package(tree, REPO / "configurator/src/jitsi_configurator")
    site = Path(sysconfig.get_paths()["purelib"])
    for pkg in ("portage", "_emerge"):
        _copy_python_package(tree, site / pkg)
    shutil.copytree(Path(sys.prefix) / "share/portage", tree / "usr/share/portage",
                    dirs_exist_ok=True)
    _write(tree / "usr/bin/jitsi-meet-master-config",
           "#!/usr/bin/python3\nimport sys\nfrom jitsi_configurator.main import main\n"
           "sys.exit(main())\n", 0o755)
    for atom, version in server_set().items():
        (tree / "var/db/pkg" / f"{atom}-{version}").mkdir(parents=True, exist_ok=True)

    # Our service files, as net-im/jitsi-meet-server's src_install places them.
    shutil.copy2(SERVER_FILES / "jitsi-meet-server.initd-r1", tree / "etc/init.d/jitsi-meet-server")
    (tree / "etc/init.d/jitsi-meet-server").chmod(0o755)
    _write(tree / "usr/lib/systemd/system/jitsi-meet-server.service",
           (SERVER_FILES / "jitsi-meet-server.service-r1").read_text())
    _write(tree / "usr/libexec/jitsi-meet-server/jitsi-meet-server-healthcheck",
           (SERVER_FILES / "jitsi-meet-server-healthcheck-r1").read_text(), 0o755)
    _write(tree / "usr/libexec/jitsi-standin/health-server", HEALTH_SERVER, 0o755)

    if ctx.init == "openrc":
        for name in ("prosody", "nginx", "coturn"):
            (tree / "etc/init.d" / name).unlink(missing_ok=True)
            for link in tree.glob(f"etc/runlevels/*/{name}"):
                link.unlink()
        for name, (user, command, args, pre) in OPENRC_SERVICES.items():
            _write(tree / "etc/init.d" / name, _openrc_script(name, user, command, args, pre),
                   0o755)
    else:
        # emerge enables nothing; Debian's maintainer scripts did.
        run(["systemctl", "disable", "--quiet", "prosody.service", "nginx.service",
             "coturn.service"], what="systemctl disable")
        for unit, var in SYSTEMD_STANDINS.items():
            default = 8888 if unit.startswith("jicofo") else 8080
            _write(tree / "usr/lib/systemd/system" / unit, _systemd_unit(unit, var, default))
    ctx.notes.append("Debian stand-in: " + " ".join(STANDIN_PACKAGES))
    return ()



def interrupted_step(ctx: StepContext) -> tuple[str, ...]:
    """A package step stopped by Ctrl-C half-way (test_interrupted_build_leaves_no_image)."""
    (ctx.tree / "half-installed").write_text("")
    raise KeyboardInterrupt
