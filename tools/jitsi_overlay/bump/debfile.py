"""Read the member list of a .deb (an ar archive) without unpacking it.

The ebuild needs to know how ``data.tar`` is compressed: a zstd-compressed one needs
``app-arch/zstd`` at build time, which unpacker.eclass does not add for .deb files.
Every header field is checked, so a hostile archive ends in :class:`DebFormatError`,
never in a loop, a huge read or a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import OverlayError
from . import fields

AR_MAGIC = b"!<arch>\n"
HEADER = 60
MAX_MEMBERS = 64  # a .deb has three; anything beyond is not a package
_SIZE = re.compile(rb"[0-9]{1,10} *")  # decimal, space-padded to 10 columns
_NAME = re.compile(rb"[\x21-\x7e]{1,16}")  # printable ASCII, no spaces


class DebFormatError(OverlayError):
    pass


def _damaged(path: Path, why: str) -> DebFormatError:
    return DebFormatError(f"{str(path)!r} {why}: the download is damaged or hostile; remove "
                          "it and retry, or use another --archive")


def ar_members(path: Path) -> list[str]:
    names = []
    total = path.stat().st_size
    with path.open("rb") as fh:
        if fh.read(len(AR_MAGIC)) != AR_MAGIC:
            raise DebFormatError(f"{str(path)!r} is not a .deb (no ar header): check the "
                                 "archive's Filename entries")
        while header := fh.read(HEADER):
            if len(header) < HEADER or header[58:60] != b"`\n":
                raise _damaged(path, "has a truncated ar member header")
            raw_name, raw_size = header[:16].rstrip(b" "), header[48:58]
            if not _NAME.fullmatch(raw_name):
                raise _damaged(path, f"has an ar member with an unreadable name {raw_name!r}")
            if not _SIZE.fullmatch(raw_size):
                raise _damaged(path, f"has an ar member size {raw_size.decode('latin-1')!r} "
                                     "that is not a decimal number")
            size = int(raw_size)
            end = fh.tell() + size + (size & 1)  # members are 2-byte aligned
            if fh.tell() + size > total:
                raise _damaged(path, f"has an ar member of {size} bytes past the end of the "
                                     "file")
            names.append(raw_name.decode("ascii").rstrip("/"))
            if len(names) > MAX_MEMBERS:
                raise _damaged(path, f"has more than {MAX_MEMBERS} ar members")
            fh.seek(end)
    return names


def data_member(path: Path) -> str:
    """``data.tar.xz``, ``data.tar.zst``, … of a .deb."""
    for name in ar_members(path):
        if name.startswith("data.tar"):
            return fields.data_member(name, what=f"the data member of {str(path)!r}")
    raise DebFormatError(f"{str(path)!r} has no data.tar member: it is not a binary package")
