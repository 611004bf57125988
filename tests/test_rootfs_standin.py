"""The Debian stand-in (tests/rootfs_standin.py) replaces every service our init files
start, so the image tests exercise the real lists."""

from __future__ import annotations

import re

from rootfs_standin import OPENRC_SERVICES, SERVER_FILES, SYSTEMD_STANDINS


def test_standin_provides_every_service_our_openrc_script_starts() -> None:
    script = (SERVER_FILES / "jitsi-meet-server.initd-r1").read_text()
    started = re.search(r'JITSI_MEET_SERVICES:=([^}"]+)', script).group(1).split()  # type: ignore[union-attr]
    assert sorted(started) == sorted(OPENRC_SERVICES)


def test_standin_provides_every_unit_our_systemd_unit_wants() -> None:
    unit = (SERVER_FILES / "jitsi-meet-server.service-r1").read_text()
    wanted = set(re.search(r"^Wants=(.*)$", unit, re.M).group(1).split())  # type: ignore[union-attr]
    debian_units = {"prosody.service", "coturn.service", "nginx.service"}
    assert wanted - {"network-online.target"} == debian_units | set(SYSTEMD_STANDINS)
