"""Start of every ``tools/*.py`` script: the project must be installed in this Python.

``./dev setup`` installs the maintainer library (jitsi-overlay-tools) and the configurator
(jitsi-meet-master-config) editable into ``.venv``; a script run by another Python stops
here with one line saying so instead of an ImportError traceback.  Nothing here changes
the module search path: Python puts the script's own directory (tools/) on it, which is
all a script needs to find this module.
"""

import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

REQUIRED = ("jitsi-overlay-tools", "jitsi-meet-master-config")


def _require_installed() -> None:
    script = f"tools/{Path(sys.argv[0]).name}"
    for name in REQUIRED:
        try:
            distribution(name)
        except PackageNotFoundError:
            sys.exit(f"{script}: the distribution {name!r} is not installed for "
                     f"{sys.executable}: run ./dev setup, then .venv/bin/python {script}")


_require_installed()
