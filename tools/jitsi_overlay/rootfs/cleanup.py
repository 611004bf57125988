"""Leave nothing in the image that is a download cache, a build left-over or a secret
every installation would share."""

from __future__ import annotations

import shutil
from pathlib import Path

# Contents emptied, directories kept (packages own them).
EMPTIED = (
    "var/cache/distfiles", "var/cache/binpkgs", "var/tmp/portage", "var/cache/edb/binhost",
    "var/cache/apt/archives", "var/lib/apt/lists", "tmp", "var/tmp", "root/.cache",
)
# Per-installation identity: regenerated on first boot (sshd's start, systemd's machine-id).
REMOVED_GLOBS = ("etc/ssh/ssh_host_*", "root/.bash_history", "root/.python_history",
                 "var/lib/systemd/random-seed", "var/lib/dbus/machine-id")


def _empty(directory: Path) -> int:
    n = 0
    if directory.is_symlink() or not directory.is_dir():
        return 0
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
        n += 1
    return n


def _drop_files(directory: Path) -> int:
    """Log files go; the log directories packages created (with their owners) stay."""
    n = 0
    for path in directory.rglob("*") if directory.is_dir() else ():
        if path.is_file() or path.is_symlink():
            path.unlink()
            n += 1
    return n


def clean(tree: Path, *, keep_repos: bool = False) -> list[str]:
    """Returns a line per cleaned place."""
    done = []
    emptied = [*EMPTIED, *(() if keep_repos else ("var/db/repos/gentoo", "var/db/repos/jitsi"))]
    for rel in emptied:
        if n := _empty(tree / rel):
            done.append(f"/{rel}: {n} entr{'y' if n == 1 else 'ies'} removed")
    if n := _drop_files(tree / "var/log"):
        done.append(f"/var/log: {n} log file(s) removed")
    for pattern in REMOVED_GLOBS:
        for path in tree.glob(pattern):
            path.unlink()
            done.append(f"/{path.relative_to(tree)} removed")
    machine_id = tree / "etc/machine-id"
    if machine_id.is_file() and machine_id.stat().st_size:
        # Empty (not absent): systemd makes a new one at first boot.
        machine_id.write_text("")
        done.append("/etc/machine-id emptied")
    return done
