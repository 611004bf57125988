#!/usr/bin/env python3
"""``tools/rootfs.py``: the ``jitsi-overlay-rootfs`` command, run from a checkout (see --help)."""

import sys

import _bootstrap  # noqa: F401  (one clear line when the project is not installed)
from jitsi_overlay.commands.rootfs import console

if __name__ == "__main__":
    sys.exit(console())
