"""Harness for running real servers (prosody, nginx, coturn, pebble) on loopback.

Every module here is importable by tests, ``tools/demo.py`` and the benchmarks;
none of them prints.  Failures raise :class:`supervisor.ServerFailure`, whose
message names the server, the log file and the log line that explains it.
"""
