"""Fuzzing the .deb (ar) reader with hypothesis, on a fixed budget.

Derandomized (the same examples on every run), each example under a watchdog, so a hang
(an ar member size of -60 used to loop forever) fails the test instead of stalling the
suite.  The only exception allowed out is the project's own error type.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jitsi_overlay.bump.debfile import DebFormatError, ar_members

WATCHDOG = 5.0  # seconds per example; the deadline below is the soft limit


def budget(examples: int) -> settings:
    return settings(max_examples=examples, deadline=timedelta(seconds=2), derandomize=True,
                    database=None, suppress_health_check=[HealthCheck.too_slow])


class Hang(BaseException):
    """Raised by the watchdog; a BaseException so no reader can swallow it."""


@contextlib.contextmanager
def watchdog(seconds: float = WATCHDOG) -> Iterator[None]:
    def fire(_signum: int, _frame: object) -> None:
        raise Hang(f"no answer within {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


SIZE_FIELDS = st.one_of(
    st.integers(-10**12, 10**12).map(lambda n: str(n).encode()),
    st.binary(min_size=0, max_size=10),
    st.sampled_from([b"-60", b"-1", b"lots", b" ", b"0", b"1e3", b"\xff", b"99999999999"]),
)
MEMBER = st.tuples(
    st.one_of(st.sampled_from([b"debian-binary", b"control.tar.xz", b"data.tar.zst"]),
              st.binary(max_size=16)),
    SIZE_FIELDS,
    st.binary(max_size=64),
    st.sampled_from([b"`\n", b"`\r", b"  "]),
)


def _archive(members: list[tuple[bytes, bytes, bytes, bytes]]) -> bytes:
    out = b"!<arch>\n"
    for name, size, body, magic in members:
        out += (name[:16].ljust(16) + b"0".ljust(12) + b"0".ljust(6) + b"0".ljust(6)
                + b"100644".ljust(8) + size[:10].ljust(10) + magic) + body
    return out


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "x.deb"


@budget(400)
@given(data=st.one_of(
    st.lists(MEMBER, max_size=5).map(_archive),
    st.binary(max_size=300).map(lambda b: b"!<arch>\n" + b),
    st.binary(max_size=100),
))
def test_fuzz_ar_reader(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(data)
    with watchdog():
        try:
            names = ar_members(scratch)
        except DebFormatError as exc:
            assert "\n" not in str(exc)
            return
    assert len(names) <= 64
    assert all(n.isascii() and n.isprintable() and " " not in n for n in names)
