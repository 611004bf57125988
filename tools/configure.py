#!/usr/bin/env python3
"""Run the configurator as ``emerge --config app-misc/jitsi-meet-master-config`` does,
with every callback of this checkout, against an alternate root.

    tools/configure.py --root DIR [--answers FILE] [--batch] [--dry-run]
                       [--assume-installed CAT/PN-VER ...] [--run-commands]

When DIR has no vdb (var/db/pkg) and no --assume-installed is given, the components of
the newest committed release lock (tools/releases/NNNN.toml) count as installed, plus
net-im/jitsi-meet-server-NNNN and app-misc/jitsi-meet-master-config-1.0.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import _bootstrap

REPO = _bootstrap.TOOLS_DIR.parent
sys.path.insert(0, str(REPO / "app-misc/jitsi-meet-master-config/files"))

from jmmc.main import main  # noqa: E402


def newest_release_components(releases: Path = REPO / "tools/releases") -> dict[str, str]:
    """``{"net-im/jicofo": "1.0.567.4548", ...}`` from the newest NNNN.toml lock."""
    locks = sorted((p for p in releases.glob("*.toml") if p.stem.isdigit()),
                   key=lambda p: int(p.stem))
    if not locks:
        return {"app-misc/jitsi-meet-master-config": "1.0"}
    data = tomllib.loads(locks[-1].read_text(encoding="utf-8"))
    found = {f"net-im/{c['name']}": c["ebuild_version"] for c in data["components"]}
    found["net-im/jitsi-meet-server"] = str(data["release"])
    found["app-misc/jitsi-meet-master-config"] = "1.0"
    return found


if __name__ == "__main__":
    sys.exit(main(checkout=REPO, default_installed=newest_release_components()))
