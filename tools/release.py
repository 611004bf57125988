#!/usr/bin/env python3
"""Release what the overlay publishes besides ebuilds: tools/release.py configurator 2.0.1.

Builds the reproducible sdist of configurator/, writes its ebuild and Manifest, commits,
and prints what to upload where (see jitsi_overlay.release).
"""

import sys

import _bootstrap  # noqa: F401  (one clear line when the project is not installed)
from jitsi_overlay.release.cli import entry_point

if __name__ == "__main__":
    sys.exit(entry_point())
