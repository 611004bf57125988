"""Maintainer library of the jitsi overlay: bump, render, QA, the commands
(``commands/``), Gentoo test environments and the real-server harness (``realservers/``)."""
