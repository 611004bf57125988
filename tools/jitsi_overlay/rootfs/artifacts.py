"""Names of an image's files and its SHA512 digest file (``sha512sum -c`` format)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import RootfsError


def image_name(init: str) -> str:
    return f"gentoo-jitsi-{init}.tar.xz"


@dataclass(frozen=True)
class ImageFiles:
    image: Path

    @property
    def digest(self) -> Path:
        return self.image.with_name(self.image.name + ".sha512")

    @property
    def signature(self) -> Path:
        return self.image.with_name(self.image.name + ".asc")


def digest_text(hexdigest: str, name: str) -> str:
    return f"{hexdigest}  {name}\n"


def read_digest(path: Path, name: str) -> str:
    """The SHA512 the digest file gives for ``name``; refuse any other shape."""
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeError) as exc:
        raise RootfsError(f"cannot read digest file {str(path)!r}: download the image's "
                          ".sha512 next to it") from exc
    for line in text.splitlines():
        m = re.fullmatch(r"([0-9a-fA-F]{128}) [ *](\S+)", line.strip())
        if m and m.group(2) == name:
            return m.group(1).lower()
    raise RootfsError(f"digest file {str(path)!r} has no SHA512 line for {name!r}: download "
                      "the image's .sha512 again")
