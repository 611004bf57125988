#!/usr/bin/env python3
"""``tools/configure.py``: the ``jitsi-overlay-configure`` command, run from a checkout.

Runs the configurator as ``emerge --config app-misc/jitsi-meet-master-config`` does, against
an alternate root (see --help).
"""

import sys

import _bootstrap  # noqa: F401  (one clear line when the project is not installed)
from jitsi_overlay.commands.configure import console

if __name__ == "__main__":
    sys.exit(console())
