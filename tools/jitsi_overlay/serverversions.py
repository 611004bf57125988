"""Which prosody, nginx and certbot the real-server tests run: Debian 12's or today's.

``./dev setup`` (``setup_server_versions``) puts today's servers beside the system's:
prosody 13 unpacked from bookworm-backports, an nginx newer than 1.25.1 built from Debian's
source, certbot 5 from PyPI in a venv, all under :data:`SERVERS_DIR`.  A :class:`ServerSet`
selects one combination by putting its bin directories first on ``PATH`` (the harness starts
every server and tool by name), and reports the versions it really runs.

The configurator renders by the versions in the target root's vdb, so
:func:`write_vdb` records the selected servers there, next to the Jitsi components,
as a Gentoo root with those packages merged would have them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

RELEASES = Path(__file__).resolve().parents[1] / "releases"
SERVERS_DIR = Path(os.environ.get("JITSI_SERVERS_DIR", "/var/cache/jitsi-overlay/servers"))
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# Packages whose version decides what the configurator writes.
ATOMS = {"prosody": "net-im/prosody", "nginx": "www-servers/nginx", "certbot": "app-crypt/certbot"}


class ServerVersionError(Exception):
    """A server of the selected set is missing or reports another version than expected."""


@dataclass(frozen=True)
class ServerBuild:
    """One build of one server: where its binaries are and what version it must report."""

    server: str  # "prosody", "nginx" or "certbot"
    expect: str  # version prefix, e.g. "13." or "1.22."
    bin_dirs: tuple[Path, ...] = ()  # () = the system's packages

    def which(self) -> str | None:
        name = {"prosody": "prosodyctl", "nginx": "nginx", "certbot": "certbot"}[self.server]
        path = ":".join([*map(str, self.bin_dirs), SYSTEM_PATH]) if self.bin_dirs \
            else SYSTEM_PATH
        return shutil.which(name, path=path)

    def version(self) -> str:
        """The version the binary reports; raises naming the build when it is absent."""
        exe = self.which()
        if exe is None:
            where = ", ".join(map(str, self.bin_dirs)) or "the system"
            raise ServerVersionError(f"{self.server} {self.expect}x: not installed in {where} "
                                     "(./dev setup installs it as root)")
        argv = {"prosody": [exe, "about"], "nginx": [exe, "-v"],
                "certbot": [exe, "--version"]}[self.server]
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        pattern = {"prosody": r"Prosody (\d[\w.+~-]*)", "nginx": r"nginx/(\d[\d.]*)",
                   "certbot": r"certbot (\d[\d.]*)"}[self.server]
        m = re.search(pattern, proc.stdout + proc.stderr)
        if not m:
            raise ServerVersionError(f"{exe}: no version in its output "
                                     f"{(proc.stdout + proc.stderr)[:200]!r}")
        return m.group(1)

    def check(self) -> str:
        found = self.version()
        if not found.startswith(self.expect):
            raise ServerVersionError(f"{self.server}: expected {self.expect}x, "
                                     f"{self.which()} is {found}")
        return found


@dataclass(frozen=True)
class ServerSet:
    """prosody, nginx and certbot as one combination, named for test ids."""

    name: str
    prosody: ServerBuild
    nginx: ServerBuild
    certbot: ServerBuild

    @property
    def builds(self) -> tuple[ServerBuild, ...]:
        return (self.prosody, self.nginx, self.certbot)

    def path(self) -> str:
        dirs = [str(d) for b in self.builds for d in b.bin_dirs]
        return ":".join([*dirs, os.environ.get("PATH", SYSTEM_PATH)])

    def versions(self) -> dict[str, str]:
        """{"prosody": "13.0.1", ...}, each checked against what the set expects."""
        return {b.server: b.check() for b in self.builds}

    def label(self) -> str:
        return ", ".join(f"{s} {v}" for s, v in self.versions().items())


def _newest(pattern: str) -> Path:
    found = sorted(SERVERS_DIR.glob(pattern))
    return found[-1] if found else SERVERS_DIR / pattern.replace("*", "NOT-INSTALLED")


DEBIAN12 = ServerSet(
    "debian12",
    ServerBuild("prosody", "0.12."),
    ServerBuild("nginx", "1.22."),
    ServerBuild("certbot", "2."),
)
CURRENT = ServerSet(
    "current",
    ServerBuild("prosody", "13.", (SERVERS_DIR / "prosody-13/usr/bin",)),
    ServerBuild("nginx", "1.2", (_newest("nginx-1.*") / "sbin",)),
    ServerBuild("certbot", "5.", (SERVERS_DIR / "certbot-5/bin",)),
)
SETS = (DEBIAN12, CURRENT)


def missing(server_set: ServerSet) -> list[str]:
    """Why ``server_set`` cannot run here (empty when it can)."""
    problems = []
    for build in server_set.builds:
        try:
            build.check()
        except ServerVersionError as e:
            problems.append(str(e))
    return problems


@contextmanager
def selected(server_set: ServerSet | ServerBuild) -> Iterator[dict[str, str]]:
    """``PATH`` starts with the binaries of the set (or of one build) inside the block;
    yields the versions it runs."""
    if isinstance(server_set, ServerBuild):
        versions = {server_set.server: server_set.check()}
        path = ":".join([*map(str, server_set.bin_dirs), os.environ.get("PATH", SYSTEM_PATH)])
    else:
        versions, path = server_set.versions(), server_set.path()
    old = os.environ.get("PATH")
    os.environ["PATH"] = path
    try:
        yield versions
    finally:
        if old is None:
            os.environ.pop("PATH", None)
        else:
            os.environ["PATH"] = old


def installed_versions() -> dict[str, str]:
    """The versions of prosody, nginx and certbot first on ``PATH`` right now; a server
    that is not there is left out, one that is there but names no version is an error
    (left out, the configurator would silently not configure it)."""
    out = {}
    for server in ATOMS:
        exe = shutil.which({"prosody": "prosodyctl"}.get(server, server))
        if exe is None:
            continue
        out[server] = ServerBuild(server, "", (Path(exe).parent,)).version()
    return out


def release_components(releases: Path = RELEASES) -> dict[str, str]:
    """The Jitsi set of the newest release lock, as tools/configure.py assumes it without
    a vdb: every component, the meta package and the configurator."""
    locks = sorted((p for p in releases.glob("*.toml") if p.stem.isdigit()),
                   key=lambda p: int(p.stem))
    if not locks:
        return {}
    data = tomllib.loads(locks[-1].read_text(encoding="utf-8"))
    found = {f"net-im/{c['name']}": c["ebuild_version"] for c in data["components"]}
    found["net-im/jitsi-meet-server"] = str(data["release"])
    from jitsi_configurator import __version__
    found["app-misc/jitsi-meet-master-config"] = __version__
    return found


def write_vdb(root: Path, components: dict[str, str] | None = None,
              servers: dict[str, str] | None = None) -> list[str]:
    """Record ``components`` (default: :func:`release_components`) and the servers first on
    ``PATH`` as merged packages in ``root``'s vdb; returns the atoms written."""
    servers = installed_versions() if servers is None else servers
    atoms = dict(release_components() if components is None else components)
    for server, version in servers.items():
        # Debian's "13.0.1-1~bpo12+1" is upstream 13.0.1 to portage
        atoms[ATOMS[server]] = re.match(r"[\d.]+\d", version).group(0)  # type: ignore[union-attr]
    written = []
    for cp, version in sorted(atoms.items()):
        entry = root / "var/db/pkg" / f"{cp}-{version}"
        entry.mkdir(parents=True, exist_ok=True)
        (entry / "SLOT").write_text("0\n")
        written.append(f"{cp}-{version}")
    return written
