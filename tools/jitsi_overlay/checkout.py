"""The overlay checkout this library works on.

The maintainer library is installed editable from a clone (``./dev setup``), so the
checkout is the directory two levels above this package: ``<checkout>/tools/jitsi_overlay``.
The ebuild templates, the release locks and ``tools/configure.py`` live there.
"""

from __future__ import annotations

from pathlib import Path

from .errors import OverlayError

CHECKOUT = Path(__file__).resolve().parents[2]
TOOLS_DIR = CHECKOUT / "tools"


def require_checkout() -> Path:
    """The checkout, or an error when the library was installed from somewhere else."""
    if not (CHECKOUT / "profiles" / "repo_name").is_file():
        raise OverlayError(
            f"jitsi_overlay at {CHECKOUT} is not inside an overlay checkout: install it "
            "editable from your clone with ./dev setup"
        )
    return CHECKOUT
