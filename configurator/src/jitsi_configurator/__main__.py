"""``python -m jitsi_configurator``: the same as the ``jitsi-meet-master-config`` command."""

import sys

from .main import main

sys.exit(main())
