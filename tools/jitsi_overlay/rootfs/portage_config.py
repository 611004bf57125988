"""Portage settings written into the tree: repositories, binary host, USE and keywords."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import RootfsError

CHECKOUT = Path(__file__).resolve().parents[3]
MARK = "# written by tools/rootfs.py (jitsi rootfs image)"

# The settings README.md tells Gentoo users to make ("For Gentoo users"); a test keeps the
# two in step.
ACCEPT_KEYWORDS = (
    "*/*::jitsi ~amd64",
    "net-im/coturn ~amd64",
    "app-crypt/certbot ~amd64",
)
PACKAGE_USE = (
    "www-servers/nginx stream NGINX_MODULES_STREAM: map ssl_preread",
    "app-crypt/certbot certbot-nginx",
)

# Gentoo's official binary package host for the amd64 23.0 profiles (what stage3s ship in
# /etc/portage/binrepos.conf/gentoobinhost.conf); written only when the stage3 lacks it.
DEFAULT_BINHOST = "https://distfiles.gentoo.org/releases/amd64/binpackages/23.0/x86-64"


@dataclass(frozen=True)
class Repository:
    name: str
    location: str
    sync_type: str
    sync_uri: str
    extra: tuple[str, ...] = ()

    def entry(self) -> str:
        lines = [f"[{self.name}]", f"location = {self.location}",
                 f"sync-type = {self.sync_type}", f"sync-uri = {self.sync_uri}", *self.extra]
        return "\n".join(lines) + "\n"


# Portage's own default for ::gentoo (rsync, MetaManifest checked by gemato): it needs no
# git in the stage3 and keeps `emaint sync -a` working for the user.
GENTOO = Repository("gentoo", "/var/db/repos/gentoo", "rsync",
                    "rsync://rsync.gentoo.org/gentoo-portage",
                    ("auto-sync = yes", "sync-rsync-verify-metamanifest = yes"))


def jitsi_repository(repositories_xml: Path = CHECKOUT / "repositories.xml") -> Repository:
    """Our overlay as ``eselect repository add jitsi git URL`` records it (first git source
    of repositories.xml, the file Gentoo's overlay list carries)."""
    try:
        root = ET.parse(repositories_xml).getroot()
    except (OSError, ET.ParseError) as exc:
        raise RootfsError(f"cannot read {str(repositories_xml)!r}: run from a checkout of the "
                          "overlay") from exc
    for repo in root.iter("repo"):
        if repo.findtext("name") == "jitsi":
            for src in repo.iter("source"):
                if src.get("type") == "git" and (src.text or "").startswith("https://"):
                    return Repository("jitsi", "/var/db/repos/jitsi", "git", src.text.strip())
    raise RootfsError(f"{str(repositories_xml)!r} has no https git source for repository "
                      "'jitsi': add one")


def _etc_portage(tree: Path) -> Path:
    p = tree / "etc/portage"
    if not p.is_dir():
        raise RootfsError(f"{str(tree)!r} has no /etc/portage: is this a Gentoo stage3 tree?")
    return p


def _write_setting(base: Path, name: str, body: str) -> Path:
    """Into ``base/name`` as a directory of files (Portage's preferred shape) or, when the
    stage3 has a single file there, appended to it."""
    if base.is_file():
        with base.open("a", encoding="utf-8") as f:
            f.write(f"\n{MARK}\n{body}")
        return base
    base.mkdir(mode=0o755, exist_ok=True)
    path = base / name
    path.write_text(f"{MARK}\n{body}", encoding="utf-8")
    path.chmod(0o644)
    return path


def write_repositories(tree: Path, repos: tuple[Repository, ...]) -> Path:
    """repos.conf entries in the file ``eselect repository`` keeps them in."""
    body = "\n".join(r.entry() for r in repos)
    out = _write_setting(_etc_portage(tree) / "repos.conf", "eselect-repo.conf", body)
    for r in repos:
        (tree / r.location.lstrip("/")).mkdir(parents=True, exist_ok=True)
    return out


def write_use_and_keywords(tree: Path) -> list[Path]:
    etc = _etc_portage(tree)
    return [
        _write_setting(etc / "package.accept_keywords", "jitsi", "\n".join(ACCEPT_KEYWORDS) + "\n"),
        _write_setting(etc / "package.use", "jitsi", "\n".join(PACKAGE_USE) + "\n"),
    ]


def write_binhost(tree: Path, binhost: str = DEFAULT_BINHOST) -> list[Path]:
    """Use Gentoo's signed binary packages where they match our settings."""
    etc = _etc_portage(tree)
    written = []
    conf = etc / "binrepos.conf"
    if not (conf.is_dir() and any(conf.iterdir())) and not conf.is_file():
        written.append(_write_setting(conf, "gentoobinhost.conf",
                                      f"[gentoobinhost]\npriority = 1\nsync-uri = {binhost}\n"))
    make_conf = etc / "make.conf"
    text = make_conf.read_text(encoding="utf-8") if make_conf.is_file() else ""
    if MARK not in text:
        with make_conf.open("a", encoding="utf-8") as f:
            f.write(f"\n{MARK}\n# Binary packages from Gentoo's host, their signatures checked "
                    "(keys set up by getuto).\n"
                    'FEATURES="${FEATURES} getbinpkg binpkg-request-signature"\n')
        written.append(make_conf)
    return written
