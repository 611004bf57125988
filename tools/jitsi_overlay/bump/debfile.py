"""Read the member list of a .deb (an ar archive) without unpacking it.

The ebuild needs to know how ``data.tar`` is compressed: a zstd-compressed one needs
``app-arch/zstd`` at build time, which unpacker.eclass does not add for .deb files.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import OverlayError

AR_MAGIC = b"!<arch>\n"
HEADER = 60


class DebFormatError(OverlayError):
    pass


def ar_members(path: Path) -> list[str]:
    names = []
    with path.open("rb") as fh:
        if fh.read(len(AR_MAGIC)) != AR_MAGIC:
            raise DebFormatError(f"{str(path)!r} is not a .deb (no ar header): check the "
                                 "archive's Filename entries")
        while header := fh.read(HEADER):
            if len(header) < HEADER or header[58:60] != b"`\n":
                raise DebFormatError(f"{str(path)!r} has a truncated ar member header: the "
                                     "download is damaged; remove it and retry")
            name = header[:16].decode("ascii", "replace").strip().rstrip("/")
            size = int(header[48:58].decode("ascii").strip())
            names.append(name)
            fh.seek(size + (size & 1), 1)  # members are 2-byte aligned
    return names


def data_member(path: Path) -> str:
    """``data.tar.xz``, ``data.tar.zst``, … of a .deb."""
    for name in ar_members(path):
        if name.startswith("data.tar"):
            return name
    raise DebFormatError(f"{str(path)!r} has no data.tar member: it is not a binary package")
