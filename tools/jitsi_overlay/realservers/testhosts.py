"""Test hosts in network namespaces: several machines on one box, joined by one switch.

Each host is a network namespace with a loopback and one veth interface plugged into a
Linux bridge device that lives in a namespace of its own (the switch), so nothing is added
to the caller's namespace and nothing routes out: the hosts have addresses from a
documentation range and no default route.  Needs root and ``ip`` (iproute2).
"""

from __future__ import annotations

import contextlib
import ctypes
import ipaddress
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field


class TestHostError(Exception):
    """A namespace or link could not be made; the message quotes ip's answer."""


def available() -> str | None:
    """None when namespaces can be made here, else why not (for a test's skip reason)."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    if shutil.which("ip") is None:
        return "iproute2's ip is not installed"
    return None


_CLONE_NEWNET = 0x40000000


def _setns(fd: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, _CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise TestHostError(f"setns: {os.strerror(err)}")


def ip(*args: str) -> None:
    """``ip ARGS`` (iproute2); TestHostError quoting ip's answer when it fails."""
    proc = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)
    if proc.returncode:
        raise TestHostError(f"ip {' '.join(args)}: {proc.stderr.strip()}")


def add_namespace(name: str) -> None:
    """A new network namespace ``name`` holding only ``lo``, up; none is left behind when
    that fails."""
    ip("netns", "add", name)
    try:
        ip("-n", name, "link", "set", "lo", "up")
    except TestHostError:
        remove_namespace(name)
        raise


def remove_namespace(name: str) -> None:
    """Delete namespace ``name`` (with the interfaces in it), quietly if it is gone."""
    subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=30)


@contextlib.contextmanager
def inside_namespace(name: str) -> Iterator[None]:
    """Run this thread inside network namespace ``name``: sockets it opens, and processes
    it starts, belong there.  Only the calling thread moves; it moves back after."""
    with open("/proc/thread-self/ns/net", "rb") as home, \
            open(f"/run/netns/{name}", "rb") as there:
        _setns(there.fileno())
        try:
            yield
        finally:
            _setns(home.fileno())


@dataclass(frozen=True)
class Host:
    """One test host: its namespace and its address on the shared segment."""

    name: str
    namespace: str
    address: str

    def command(self, argv: Sequence[str]) -> list[str]:
        """``argv`` wrapped to run inside this host's namespace."""
        return ["ip", "netns", "exec", self.namespace, *argv]

    def run(self, argv: Sequence[str], **kw: object) -> subprocess.CompletedProcess:
        kw.setdefault("timeout", 120)
        return subprocess.run(self.command(argv), **kw)  # type: ignore[call-overload]

    def popen(self, argv: Sequence[str], **kw: object) -> subprocess.Popen:
        return subprocess.Popen(self.command(argv), **kw)  # type: ignore[call-overload]

    def entered(self) -> contextlib.AbstractContextManager[None]:
        """Run this thread inside the host's namespace (see :func:`inside_namespace`)."""
        return inside_namespace(self.namespace)


@dataclass
class TestNetwork:
    """A switch and the hosts plugged into it; use as a context manager (``close`` deletes
    every namespace, which takes the veth pairs and the bridge device with it)."""

    subnet: str = "192.0.2.0/24"
    tag: str = field(default_factory=lambda: secrets.token_hex(3))
    hosts: dict[str, Host] = field(default_factory=dict)
    _namespaces: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._net = ipaddress.ip_network(self.subnet)
        self._next = iter(self._net.hosts())
        self.switch = self._namespace("sw")
        ip("-n", self.switch, "link", "add", "br0", "type", "bridge")
        ip("-n", self.switch, "link", "set", "br0", "up")

    def _namespace(self, role: str) -> str:
        name = f"jt{self.tag}{role}"[:15]
        add_namespace(name)
        self._namespaces.append(name)
        return name

    def add_host(self, name: str) -> Host:
        """A new host named ``name`` with the next free address of the subnet."""
        if name in self.hosts:
            raise TestHostError(f"test host {name!r} exists already")
        index = len(self.hosts)
        namespace = self._namespace(f"h{index}")
        address = str(next(self._next))
        inside, outside = f"jt{self.tag}i{index}"[:15], f"jt{self.tag}o{index}"[:15]
        ip("link", "add", inside, "type", "veth", "peer", "name", outside)
        ip("link", "set", inside, "netns", namespace)
        ip("link", "set", outside, "netns", self.switch)
        ip("-n", self.switch, "link", "set", outside, "master", "br0")
        ip("-n", self.switch, "link", "set", outside, "up")
        ip("-n", namespace, "addr", "add", f"{address}/{self._net.prefixlen}", "dev", inside)
        ip("-n", namespace, "link", "set", inside, "up")
        host = self.hosts[name] = Host(name, namespace, address)
        return host

    def close(self) -> None:
        for name in reversed(self._namespaces):
            remove_namespace(name)
        self._namespaces.clear()

    def __enter__(self) -> TestNetwork:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
