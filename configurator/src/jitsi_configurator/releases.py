"""One upstream release for the whole Jitsi set: refuse to configure a mixed one.

Components of different stable releases speak different protocol versions and expect
different configuration, so a set merged at different times must come from one release.
A stable ebuild names its release in its version (``jicofo-1.0.1189.11146``, the meta
package ``jitsi-meet-server-11146``); a live ``-9999`` one records the release it
resolved at merge time in ``/usr/share/jitsi-meet-server/release/<name>`` (written by
jitsi-live.eclass).
"""

import re
from collections.abc import Mapping
from pathlib import Path

from . import rootfs
from .api import ConfigError

RECORD_DIR = "usr/share/jitsi-meet-server/release"
# The packages of one release (the meta package and every component).
SET = ("jicofo", "jitsi-meet-prosody", "jitsi-meet-server", "jitsi-meet-turnserver",
       "jitsi-meet-web", "jitsi-meet-web-config", "jitsi-videobridge")
_LIVE = re.compile(r"9999(?:-r\d+)?")
_STABLE = re.compile(r"(?:[\d.]+\.)?(\d+)(?:-r\d+)?")
_RECORD = re.compile(r'^JITSI_RELEASE="([1-9]\d{0,8})"$', re.M)


def recorded(root: Path, name: str) -> int | None:
    """The release a live package recorded, or None without a readable record."""
    try:
        data = rootfs.read_bytes(root, f"/{RECORD_DIR}/{name}")
        text = "" if data is None else data.decode("utf-8")
    except (OSError, UnicodeError, ConfigError):
        return None
    found = _RECORD.findall(text)
    return int(found[0]) if len(found) == 1 else None


def release_of(root: Path, name: str, version: str) -> int | None:
    """The stable release an installed package of the set came from (None: unknown)."""
    if _LIVE.fullmatch(version):
        return recorded(root, name)
    match = _STABLE.fullmatch(version)
    return int(match[1]) if match else None


def releases(root: Path, installed: Mapping[str, str] | None) -> dict[str, int | None]:
    """``{"net-im/jicofo-9999": 11146, ...}`` for every installed package of the set."""
    out: dict[str, int | None] = {}
    for key, version in sorted((installed or {}).items()):
        category, _, name = key.partition("/")
        if category == "net-im" and name in SET:
            out[f"{key}-{version}"] = release_of(root, name, version)
    return out


def refuse_mixed(root: Path, installed: Mapping[str, str] | None) -> None:
    """Raise ConfigError naming the packages when the installed set mixes releases."""
    found = releases(root, installed)
    unknown = [cpv for cpv, rel in found.items() if rel is None]
    if unknown:
        raise ConfigError(
            f"cannot tell which Jitsi release {', '.join(unknown)} came from (no record in "
            f"/{RECORD_DIR}): re-emerge {'it' if len(unknown) == 1 else 'them'}")
    by_release: dict[int, list[str]] = {}
    for cpv, rel in found.items():
        by_release.setdefault(rel, []).append(cpv)  # type: ignore[arg-type]
    if len(by_release) > 1:
        parts = "; ".join(f"release {rel}: {', '.join(cpvs)}"
                          for rel, cpvs in sorted(by_release.items()))
        raise ConfigError(
            f"the installed Jitsi packages come from different releases ({parts}): install "
            "one release for the whole set (stable ebuilds of one release, or the -9999 set "
            "with JITSI_RELEASE set once in make.conf), then configure again")
