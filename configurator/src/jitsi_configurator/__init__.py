"""The Jitsi Meet master-config configurator, run by ``emerge --config``.

It asks the seed's questions (or reads a batch of answers), writes the master
configuration, then lets one callback per installed component render that component's
files; every file is validated before one transaction writes them all.  The callback
contract is in :mod:`jitsi_configurator.api`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jitsi-meet-master-config")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
