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
import ctypes
import os
import secrets
import subprocess
from collections.abc import Iterator, Sequence

_CLONE_NEWNET = 0x40000000


def _setns(fd: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, _CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), f"setns: {os.strerror(ctypes.get_errno())}")


def _ip(*args: str) -> None:
    proc = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {proc.stderr.strip()}")


class TestNetns:
    """``ip netns add`` on enter (``lo`` up, nothing else), ``ip netns del`` on exit."""

    __test__ = False  # not a pytest test class

    def __init__(self, prefix: str = "jrootfs") -> None:
        # Unique per process and call: parallel runs on one machine must not collide.
        self.name = f"{prefix}{os.getpid() % 100000}{secrets.token_hex(2)}"[:15]

    def __enter__(self) -> TestNetns:
        _ip("netns", "add", self.name)
        try:
            _ip("-n", self.name, "link", "set", "lo", "up")
        except RuntimeError:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True, timeout=30,
                       check=False)

    def command(self, argv: Sequence[str]) -> list[str]:
        """``argv`` wrapped to run in this namespace (and no other: ``ip netns exec`` would
        also remount /sys, losing the cgroup mounts systemd-nspawn needs).  nsenter execs
        ``argv`` in place, so the pid a Popen sees is ``argv``'s."""
        return ["nsenter", f"--net=/run/netns/{self.name}", "--", *argv]

    def add_uplink(self, name: str = "eth0", address: str = "198.51.100.2/24",
                   gateway: str = "198.51.100.1") -> None:
        """An interface with an address and a default route, as a host has: what a
        container's init could take down.  Both ends of the veth pair stay in here."""
        _ip("-n", self.name, "link", "add", name, "type", "veth", "peer", "name",
            f"{name}-peer")
        for dev in (name, f"{name}-peer"):
            _ip("-n", self.name, "link", "set", dev, "up")
        _ip("-n", self.name, "addr", "add", address, "dev", name)
        _ip("-n", self.name, "route", "add", "default", "via", gateway, "dev", name)

    def inode(self) -> int:
        """The namespace's inode (what /proc/PID/ns/net of its processes stat to)."""
        return os.stat(f"/run/netns/{self.name}").st_ino

    @contextlib.contextmanager
    def entered(self) -> Iterator[None]:
        """This thread's sockets (and processes it starts) belong to the namespace until the
        block ends; other threads stay where they are."""
        with open("/proc/thread-self/ns/net", "rb") as home, \
                open(f"/run/netns/{self.name}", "rb") as there:
            _setns(there.fileno())
            try:
                yield
            finally:
                _setns(home.fileno())
