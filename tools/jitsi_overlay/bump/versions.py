"""Map upstream Debian versions to ebuild versions (read, never computed from N alone)."""

from __future__ import annotations

import re

from ..errors import OverlayError

# 2.3-307-g4bb0aead1-1 → 2.3.307 ; 1.0-1189-1 → 1.0.1189 ; 1.0.9365-1 → 1.0.9365
_DEB = re.compile(r"(?P<major>[0-9]+\.[0-9]+)[-.](?P<build>[0-9]+)(?:-g[0-9a-f]+)?-1")


class VersionError(OverlayError):
    pass


def ebuild_version(deb_version: str, release: int) -> str:
    """``<upstream version>.<stable number>`` for one component."""
    m = _DEB.fullmatch(deb_version)  # fullmatch: no trailing newline slips through
    if m is None:
        raise VersionError(
            f"Debian version {deb_version!r} has an unknown shape: extend the mapping in "
            "bump/versions.py (and its tests) before bumping"
        )
    return f"{m['major']}.{m['build']}.{release}"
