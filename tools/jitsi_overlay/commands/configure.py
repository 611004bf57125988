"""jitsi-overlay-configure: run the configurator as ``emerge --config
app-misc/jitsi-meet-master-config`` does, with every component of this checkout, against an
alternate root.

    tools/configure.py --root DIR [--answers FILE] [--batch] [--dry-run] [--rotate-secrets]
        [--run-commands] [--assume-installed CAT/PN-VER[,...]] [--callbacks-dir DIR]
        [--no-default-callbacks]

Installed packages come from DIR's vdb (var/db/pkg) through portage's API.  When DIR has
no vdb and no --assume-installed is given, the components of the newest committed release
lock (tools/releases/NNNN.toml) count as installed, with net-im/jitsi-meet-server-NNNN and
app-misc/jitsi-meet-master-config.  Callbacks: every component of the configurator
distribution (configurator/), plus the third-party ``DIR/*/callback.py`` of each
--callbacks-dir (tests use those for controlled behaviour).

Batch mode (--batch, --answers FILE, JMMC_BATCH_MODE=y in DIR's master config or in the
environment) asks nothing.  Its values, later ones winning: DIR/etc/jitsi/jitsi-meet-
master-config, the answers file (the master config's own format: ``KEY="value"`` lines with
its key names, e.g. ``JVB_HOSTNAME="meet.example.org"``, ``JMMC_HTTPS_PORT="8443"``), then
environment variables named like the keys.  Whatever is missing gets the interactive
default; every invalid value is named and nothing is written.  Default addresses are looked
up offline-safely: JMMC_NO_NETWORK=y, JMMC_DNS_OVERRIDE="host=ip,...", JMMC_PUBLIC_ADDRESS.
Commands (e.g. update-ca-certificates) run only for --root / or with --run-commands.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from jitsi_configurator import __version__, registry, system
from jitsi_configurator.api import ConfigError
from jitsi_configurator.main import main

from ..checkout import CHECKOUT as REPO


def newest_release_components(releases: Path = REPO / "tools/releases") -> dict[str, str]:
    """``{"net-im/jicofo": "1.0.567.4548", ...}`` from the newest NNNN.toml lock."""
    found = {"app-misc/jitsi-meet-master-config": __version__}
    locks = sorted((p for p in releases.glob("*.toml") if p.stem.isdigit()),
                   key=lambda p: int(p.stem))
    if locks:
        data = tomllib.loads(locks[-1].read_text(encoding="utf-8"))
        found |= {f"net-im/{c['name']}": c["ebuild_version"] for c in data["components"]}
        found["net-im/jitsi-meet-server"] = str(data["release"])
    return found


def assumed(atoms: list[str]) -> dict[str, str]:
    from portage.versions import catpkgsplit

    out = {}
    for atom in (a for item in atoms for a in item.split(",") if a):
        cat, pn, ver, rev = catpkgsplit(atom) or (None,) * 4
        if cat is None:
            raise SystemExit(f"configure.py: --assume-installed {atom!r}: use CATEGORY/PN-VERSION")
        out[f"{cat}/{pn}"] = ver if rev == "r0" else f"{ver}-{rev}"
    return out


def run(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv):
        print(__doc__)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--root", type=Path, default=Path("/"))
    ap.add_argument("--assume-installed", action="append", default=[])
    ap.add_argument("--callbacks-dir", type=Path, action="append", default=[])
    ap.add_argument("--no-default-callbacks", action="store_true")
    ours, rest = ap.parse_known_args(argv)
    paths = [p for d in ours.callbacks_dir for p in registry.find_files(d, ["*/callback.py"])]
    try:
        callbacks = registry.load_all(paths, [] if ours.no_default_callbacks
                                      else registry.builtin())
    except ConfigError as exc:
        raise SystemExit(f"configure.py: {exc}") from exc
    if ours.assume_installed:
        installed = assumed(ours.assume_installed)
    else:
        try:
            installed = system.installed(ours.root.resolve())
        except ConfigError as exc:
            raise SystemExit(f"configure.py: {exc}") from exc
        if installed is None:
            installed = newest_release_components()
    return main(["--root", str(ours.root), *rest], callbacks=callbacks, installed=installed)


def console() -> int:
    """Entry point of ``jitsi-overlay-configure``."""
    return run(sys.argv[1:])
