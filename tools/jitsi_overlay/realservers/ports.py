"""Free loopback ports, handed out once per process so two services never share one."""

from __future__ import annotations

import random
import socket
import threading

LOOPBACK = "127.0.0.1"
_lock = threading.Lock()
_given: set[int] = set()


def _free_for(port: int, kind: int) -> bool:
    with socket.socket(socket.AF_INET, kind) as s:
        try:
            s.bind((LOOPBACK, port))
        except OSError:
            return False
    return True


def is_free(port: int) -> bool:
    """True when both TCP and UDP ``port`` can be bound on 127.0.0.1 right now."""
    return _free_for(port, socket.SOCK_STREAM) and _free_for(port, socket.SOCK_DGRAM)


def free_port() -> int:
    """A loopback port free for TCP and UDP that this process has not handed out before."""
    with _lock:
        for _ in range(200):
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.bind((LOOPBACK, 0))
                port = s.getsockname()[1]
            if port not in _given and _free_for(port, socket.SOCK_DGRAM):
                _given.add(port)
                return port
    raise RuntimeError("no free loopback port found after 200 tries; is the port range exhausted?")


def free_range(count: int, low: int = 40000, high: int = 60000) -> tuple[int, int]:
    """``count`` consecutive free ports (for coturn's relay range), as (first, last)."""
    with _lock:
        for _ in range(200):
            first = random.randrange(low, high - count)
            ports = range(first, first + count)
            if not _given.intersection(ports) and all(is_free(p) for p in ports):
                _given.update(ports)
                return first, first + count - 1
    raise RuntimeError(f"no {count} consecutive free ports between {low} and {high}")
