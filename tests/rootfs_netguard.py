"""Guard for tests that start containers: the host's network must come out untouched.

A container that shares "the host's" network (the installer's .nspawn file says so) can
take interfaces down or delete routes when its init shuts down (Debian's halt does
``ifdown`` on everything).  The guard records the interfaces and routes of the namespace
the test runs in, watches netlink while the test runs (a change that a watchdog repairs
within a second is still caught), and compares again after.

Only interfaces that existed before count: other processes on this machine may add and
remove their own (veth pairs made here and moved into a namespace, for example).

A test module turns the guard on for each test and for its module-scoped fixtures by
importing the fixtures ``host_network_untouched`` and
``host_network_untouched_by_fixtures`` by name (both autouse).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

# "4: eth0: <BROADCAST,UP,LOWER_UP> mtu 1400 qdisc ... state UP mode ..."
_LINK = re.compile(r"^(?:Deleted )?\d+: ([^:@\s]+)(?:@\S+)?: <([^>]*)>.*?\bmtu (\d+).*?"
                   r"\bstate (\S+)")
_DEV = re.compile(r"\bdev (\S+)")


Wrap = Callable[[Sequence[str]], list[str]]  # argv -> argv run in the namespace to watch


def _here(argv: Sequence[str]) -> list[str]:
    return list(argv)


def _ip(*args: str, inside: Wrap = _here) -> list[str]:
    proc = subprocess.run(inside(["ip", *args]), capture_output=True, text=True, timeout=30,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {proc.stderr.strip()}")
    return [ln for ln in proc.stdout.splitlines() if ln.strip()]


@dataclass(frozen=True)
class NetworkState:
    links: dict[str, tuple[str, str, str]]  # name -> (flags, mtu, state)
    addresses: frozenset[str]  # "dev family address/prefix" of those links
    routes: frozenset[str]  # IPv4 and IPv6 routes through those links

    @classmethod
    def read(cls, names: frozenset[str] | None = None, inside: Wrap = _here) -> NetworkState:
        links = {}
        for line in _ip("-o", "link", "show", inside=inside):
            m = _LINK.match(line)
            if m and (names is None or m.group(1) in names):
                links[m.group(1)] = (m.group(2), m.group(3), m.group(4))
        keep = frozenset(links) if names is None else names
        addr_lines = _ip("-o", "addr", "show", inside=inside)
        addresses = frozenset(" ".join(f[1:4]) for f in map(str.split, addr_lines)
                              if len(f) > 3 and f[1] in keep)
        routes = frozenset(
            f"{family} {ln.strip()}" for family in ("-4", "-6")
            for ln in _ip(family, "route", "show", "table", "all", inside=inside)
            if (m := _DEV.search(ln)) and m.group(1) in keep)
        return cls(links, addresses, routes)

    def changes_to(self, after: NetworkState) -> list[str]:
        out = []
        for name, was in sorted(self.links.items()):
            now = after.links.get(name)
            if now is None:
                out.append(f"interface {name} is gone")
            elif now != was:
                out.append(f"interface {name}: <{was[0]}> mtu {was[1]} state {was[2]} -> "
                           f"<{now[0]}> mtu {now[1]} state {now[2]}")
        out += [f"address lost: {a}" for a in sorted(self.addresses - after.addresses)]
        out += [f"address added: {a}" for a in sorted(after.addresses - self.addresses)]
        out += [f"route lost: {r}" for r in sorted(self.routes - after.routes)]
        out += [f"route added: {r}" for r in sorted(after.routes - self.routes)]
        return out


def _events_touching(before: NetworkState, lines: list[str]) -> list[str]:
    """Netlink events (``ip -o monitor``) that changed one of ``before``'s interfaces."""
    out = []
    for line in lines:
        tagged = re.match(r"^\[(LINK|ROUTE|ADDR)\](.*)$", line)
        if not tagged:
            continue
        kind, rest = tagged.groups()
        if kind == "LINK":
            m = _LINK.match(rest)
            if m and m.group(1) in before.links and (
                    rest.startswith("Deleted ")
                    or (m.group(2), m.group(3), m.group(4)) != before.links[m.group(1)]):
                out.append(line)
        else:
            dev = _DEV.search(rest) or re.match(r"(?:Deleted )?\d+: (\S+)", rest)
            if dev and dev.group(1) in before.links:
                out.append(line)
    return out


def _subscribed(pid: int) -> bool:
    """Whether process ``pid`` holds a netlink socket subscribed to some multicast group
    (``ip monitor`` opens an unsubscribed one first)."""
    inodes = set()
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
    try:
        rows = Path(f"/proc/{pid}/net/netlink").read_text().splitlines()[1:]
    except OSError:
        return False
    # columns: sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
    return any(f[9] in inodes and int(f[3], 16) != 0 for f in map(str.split, rows))


@contextlib.contextmanager
def _monitor(inside: Wrap) -> Iterator[list[str]]:
    """``ip monitor`` events (lines) for the duration of the block, read by a thread so
    that a long test cannot fill the pipe."""
    proc = subprocess.Popen(inside(["ip", "-o", "monitor", "label", "link", "address",
                                    "route"]),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    reader = threading.Thread(
        target=lambda: lines.extend(ln.rstrip("\n") for ln in proc.stdout or ()), daemon=True)
    reader.start()
    deadline = time.monotonic() + 10
    while not _subscribed(proc.pid):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("ip monitor did not start listening")
        time.sleep(0.01)
    try:
        yield lines
    finally:
        time.sleep(0.1)  # events still in flight
        proc.terminate()
        proc.wait(timeout=10)
        reader.join(timeout=10)


@contextlib.contextmanager
def host_network_unchanged(what: str = "the test", inside: Wrap = _here,
                           network: str = "the host's network") -> Iterator[None]:
    """Fail (AssertionError) if ``what`` changed the interfaces or routes of this
    namespace (or of the one ``inside`` wraps commands into)."""
    with _monitor(inside) as events:
        before = NetworkState.read(inside=inside)
        yield
    after = NetworkState.read(frozenset(before.links), inside=inside)
    seen = _events_touching(before, events)
    problems = before.changes_to(after)
    if problems or seen:
        raise AssertionError(
            f"{what} changed {network} (it must only touch namespaces it made):\n  "
            + "\n  ".join(problems + [f"while running: {e}" for e in seen[:20]]))


@pytest.fixture(autouse=True)
def host_network_untouched() -> Iterator[None]:
    """Every test fails if the host's interfaces or routes changed meanwhile."""
    with host_network_unchanged():
        yield


@pytest.fixture(scope="module", autouse=True)
def host_network_untouched_by_fixtures() -> Iterator[None]:
    """The same for the module's shared fixtures (stage3s made with mmdebstrap)."""
    with host_network_unchanged("this module's fixtures"):
        yield
