"""Unpack and pack root trees keeping numeric owners, ACLs, xattrs and file capabilities."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
from pathlib import Path

from . import RootfsError
from .progress import MeterFactory, silent
from .streams import CHUNK, feed

# File capabilities are the security.capability xattr; '*' keeps every namespace.
KEEP = ["--numeric-owner", "--xattrs", "--xattrs-include=*", "--acls"]

_MAGIC = (
    (b"\xfd7zXZ\x00", "--xz"),
    (b"\x1f\x8b", "--gzip"),
    (b"\x28\xb5\x2f\xfd", "--zstd"),
    (b"BZh", "--bzip2"),
)


def compression_flag(path: Path) -> list[str]:
    """tar's decompression option for ``path`` by its magic bytes (tar cannot sniff a pipe)."""
    with path.open("rb") as f:
        head = f.read(8)
    for magic, flag in _MAGIC:
        if head.startswith(magic):
            return [flag]
    if len(head) < 8:
        raise RootfsError(f"{str(path)!r} is too short to be a tar archive: download it again")
    return []


def _tar_error(err: bytes) -> str:
    lines = [ln for ln in err.decode(errors="replace").splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"


def unpack(archive: Path, dest: Path, *, meters: MeterFactory = silent,
           description: str = "unpack", digest: str | None = None) -> str | None:
    """Extract ``archive`` into ``dest`` (which must exist) as root would: owners by number,
    modes, ACLs and xattrs as stored.  Returns the archive's digest when asked."""
    proc = subprocess.Popen(
        ["tar", "--extract", "--file=-", "--preserve-permissions", "--same-owner", *KEEP,
         *compression_flag(archive), f"--directory={dest}"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    hexdigest = feed(archive, proc, meters=meters, description=description, digest=digest)
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise RootfsError(f"cannot unpack {str(archive)!r}: tar says {_tar_error(err)!r}; "
                          "download it again, and unpack as root on a file system with xattrs")
    return hexdigest


def tree_size(root: Path) -> int:
    """Bytes of regular files under ``root`` (for the progress bar of pack)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                st = os.lstat(os.path.join(dirpath, name))
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
    return total


def pack(root: Path, out: Path, *, xz_level: int = 6, meters: MeterFactory = silent) -> None:
    """Write ``root``'s contents (paths ``./…``) to ``out`` as tar.xz.

    tar's stream goes through this process only to count bytes for the bar; xz runs on
    every core.
    """
    if not 0 <= xz_level <= 9:
        raise RootfsError(f"xz level {xz_level} is out of range: use 0 (fast) to 9 (small)")
    meter = meters(f"pack {out.name}", tree_size(root))
    with out.open("wb") as sink:
        xz = subprocess.Popen(["xz", "--threads=0", f"-{xz_level}", "--stdout"],
                              stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.PIPE)
        tar = subprocess.Popen(
            ["tar", "--create", "--file=-", "--one-file-system", "--sort=name", *KEEP,
             f"--directory={root}", "."],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert tar.stdout is not None and xz.stdin is not None
        tar_err: list[bytes] = []
        # Drain tar's stderr on the side so a chatty tar cannot block.
        drain = threading.Thread(target=lambda: tar_err.append(tar.stderr.read()))  # type: ignore[union-attr]
        drain.start()
        try:
            while chunk := tar.stdout.read(CHUNK):
                xz.stdin.write(chunk)
                meter.update(len(chunk))
        except BrokenPipeError:
            pass
        finally:
            meter.close()
            xz.stdin.close()
            xz.stdin = None  # closed: communicate() must not flush it
            tar.wait()
            drain.join()
            _, xz_err = xz.communicate()
    # tar exits 1 when a file changed while it was read: that is an unfinished tree.
    if tar.returncode != 0:
        raise RootfsError(f"cannot pack {str(root)!r}: tar says {_tar_error(b''.join(tar_err))!r}")
    if xz.returncode != 0:
        raise RootfsError(f"xz failed packing {str(root)!r}: {_tar_error(xz_err)!r}; check the "
                          "free space of the output directory")
