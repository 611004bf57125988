"""A network namespace of the test's own, standing in for "the host's network".

The installed .nspawn file shares the host's network with the container (Private=no,
VirtualEthernet=no).  A test starts systemd-nspawn in this namespace (``command``): the
network it shares is then this one, with only ``lo`` in it, and whatever the container's
init does to interfaces and routes at boot or shutdown stays in here.  Probes that reach
the container "from the host" run in the same namespace (``command`` for programs,
``entered`` for sockets this process opens).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Sequence

from jitsi_overlay.realservers.testhosts import (
    add_namespace,
    inside_namespace,
    ip,
    remove_namespace,
)


class TestNetns:
    """``ip netns add`` on enter (``lo`` up, nothing else), ``ip netns del`` on exit."""

    __test__ = False  # not a pytest test class

    def __init__(self, prefix: str = "jrootfs") -> None:
        # Unique per process and call: parallel runs on one machine must not collide.
        self.name = f"{prefix}{os.getpid() % 100000}{secrets.token_hex(2)}"[:15]

    def __enter__(self) -> TestNetns:
        add_namespace(self.name)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        remove_namespace(self.name)

    def command(self, argv: Sequence[str]) -> list[str]:
        """``argv`` wrapped to run in this namespace (and no other: ``ip netns exec`` would
        also remount /sys, losing the cgroup mounts systemd-nspawn needs).  nsenter execs
        ``argv`` in place, so the pid a Popen sees is ``argv``'s."""
        return ["nsenter", f"--net=/run/netns/{self.name}", "--", *argv]

    def add_uplink(self, name: str = "eth0", address: str = "198.51.100.2/24",
                   gateway: str = "198.51.100.1") -> None:
        """An interface with an address and a default route, as a host has: what a
        container's init could take down.  Both ends of the veth pair stay in here."""
        ip("-n", self.name, "link", "add", name, "type", "veth", "peer", "name",
            f"{name}-peer")
        for dev in (name, f"{name}-peer"):
            ip("-n", self.name, "link", "set", dev, "up")
        ip("-n", self.name, "addr", "add", address, "dev", name)
        ip("-n", self.name, "route", "add", "default", "via", gateway, "dev", name)

    def inode(self) -> int:
        """The namespace's inode (what /proc/PID/ns/net of its processes stat to)."""
        return os.stat(f"/run/netns/{self.name}").st_ino

    def entered(self) -> contextlib.AbstractContextManager[None]:
        """This thread's sockets (and processes it starts) belong to the namespace until the
        block ends; other threads stay where they are."""
        return inside_namespace(self.name)
