"""Paths inside the target root, and reading files there without surprises.

The configurator works on an alternate root (``--root R``, portage's EROOT) as well as on
``/``.  A symbolic link inside R is read the way the host kernel reads it: ``R/etc/ssl ->
/etc/ssl`` leads to the *host's* /etc/ssl.  Following such a link would write private keys
outside R, or copy a host file into R, so :func:`resolve` walks the path one component at a
time (``lstat``, never ``stat``) and follows a link only while its target stays inside R;
a link that leads out is refused, by name.  A missing component ends the walk: whatever the
configurator creates below it is inside R.

:func:`read_bytes` and friends read only regular files, and look before they open, so a
FIFO or a device where a configuration file belongs is refused instead of blocking the run.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .api import ConfigError, Context

# As the kernel's own limit on links followed while resolving one path (MAXSYMLINKS).
MAX_LINKS = 40

_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFDIR: "a directory", stat.S_IFLNK: "a symlink"}


def kind(mode: int) -> str:
    """'a FIFO', 'a directory', ... for ``st_mode`` (messages name what was found)."""
    return _KINDS.get(stat.S_IFMT(mode), "a regular file")


def real_root(root: Path) -> str:
    """``root`` without symlinks, as a string (the walk compares string prefixes)."""
    return os.path.realpath(root)


def inside(base: str, host_path: str) -> bool:
    return base == "/" or host_path == base or host_path.startswith(base + "/")


def shown(base: str, host_path: str) -> str:
    """The path as the target system sees it (``/etc/x`` for ``R/etc/x``)."""
    if base == "/":
        return host_path
    return "/" + os.path.relpath(host_path, base) if inside(base, host_path) else host_path


def resolve(root: Path, path: str, *, follow_last: bool = True) -> Path:
    """The host path of the absolute ``path`` inside ``root``, never leading out of it.

    ``follow_last=False`` keeps a final symbolic link itself (the transaction replaces or
    removes the link, never what it points to).  Raises ConfigError naming the link that
    leads out of the root, or a link loop.
    """
    base = real_root(root)
    current = base
    pending = [part for part in reversed(path.split("/")) if part not in ("", ".")]
    links = 0
    while pending:
        name = pending.pop()
        if name == "..":
            if current == base:  # only a link's target can say this: the link is named below
                raise ConfigError(f"{path}: leads above the root {base}: use a path inside it")
            current = os.path.dirname(current)
            continue
        candidate = os.path.join(current, name)
        if not pending and not follow_last:
            return Path(candidate)
        try:
            mode = os.lstat(candidate).st_mode
        except (FileNotFoundError, NotADirectoryError):
            # Nothing below exists (or a file sits where a directory belongs: the caller's
            # open or mkdir reports that); no link is left to follow.
            return Path(candidate, *reversed(pending))
        if not stat.S_ISLNK(mode):
            current = candidate
            continue
        links += 1
        if links > MAX_LINKS:
            raise ConfigError(f"{path}: more than {MAX_LINKS} symbolic links (a loop?) at "
                              f"{shown(base, candidate)}: fix the links")
        target = os.readlink(candidate)
        landing = os.path.normpath(os.path.join(current, target))
        if not inside(base, landing):
            raise ConfigError(
                f"{path}: the symbolic link {shown(base, candidate)} -> {target} leads out of "
                f"the root {base}: replace it with a directory or file inside the root")
        # Walk the target's components too: each of them may be a link again.
        rest = landing[len(base):] if base != "/" else landing
        current = base
        pending.extend(part for part in reversed(rest.split("/")) if part not in ("", "."))
    return Path(current)


def _open_regular(host_path: Path, shown_as: str) -> int:
    """A read-only descriptor of a regular file; anything else is refused before opening."""
    try:
        st = os.lstat(host_path)
    except NotADirectoryError:
        raise FileNotFoundError(host_path) from None
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError(f"{shown_as}: {kind(st.st_mode)} where a regular file belongs: "
                          "replace it with a regular file")
    # O_NONBLOCK: should the path turn into a FIFO between lstat and open, open returns at
    # once and fstat below refuses it.  O_NOFOLLOW: no link swapped in either.
    fd = os.open(host_path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ConfigError(f"{shown_as}: changed into a non-regular file while being read: "
                          "run again")
    return fd


def read_host_file(host_path: Path, shown_as: str | None = None) -> bytes:
    """The bytes of a regular file named by a host path (FileNotFoundError when absent)."""
    fd = _open_regular(host_path, shown_as or str(host_path))
    with open(fd, "rb") as fh:
        return fh.read()


def read_bytes(root: Path, path: str) -> bytes | None:
    """The bytes of ``path`` inside ``root``; None when it does not exist."""
    host = resolve(root, path)
    try:
        return read_host_file(host, f"{path} (in {real_root(root)})"
                              if real_root(root) != "/" else path)
    except FileNotFoundError:
        return None


def read_text(root: Path, path: str) -> str | None:
    """``path`` inside ``root`` as UTF-8 text (undecodable bytes replaced); None if absent."""
    data = read_bytes(root, path)
    return None if data is None else data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class RootedContext(Context):
    """The callbacks' context, reading the root through :func:`read_text`.

    Callbacks read the files they edit (``/etc/hosts``, an admin's own certificate) with
    ``ctx.read_text``; here that read stays inside the root and refuses non-regular files.
    """

    def read_text(self, path: str) -> str | None:
        return read_text(self.root, path)
