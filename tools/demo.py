#!/usr/bin/env python3
"""``tools/demo.py``: the ``jitsi-overlay-demo`` command (``./dev demo``), run from a checkout."""

import sys

import _bootstrap  # noqa: F401  (one clear line when the project is not installed)
from jitsi_overlay.commands.demo import main

if __name__ == "__main__":
    sys.exit(main())
