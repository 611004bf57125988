"""Real servers (prosody, nginx, coturn, pebble) on loopback, run against a configured root.

``jitsi-overlay-demo`` (``tools/demo.py``), the benchmarks and the tests use it to prove
that what the configurator writes works: :mod:`testroot` seeds a scratch root from
``gentoo-root/`` (package data) and configures it, :mod:`stack` starts the servers under a
:mod:`supervisor`, :mod:`steps` logs in over XMPP/BOSH and allocates TURN relays.
None of these modules prints.  Failures raise :class:`supervisor.ServerFailure`, whose
message names the server, the log file and the log line that explains it.
"""
