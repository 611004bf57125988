"""pytest fixtures for the real-server tests (harness: jitsi_overlay.realservers);
import them into a test module by name."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from jitsi_overlay.realservers.scratch import make_scratch
from jitsi_overlay.realservers.servers import missing
from jitsi_overlay.realservers.supervisor import Supervisor


def require(*servers: str) -> None:
    """Skip (naming the binaries) when a server needed by the test is not installed."""
    absent = missing(*servers)
    if absent:
        pytest.skip(f"missing: {', '.join(absent)} (./dev setup installs the Debian packages; "
                    "the servers need root)")


@contextmanager
def kept_if_failed(request: pytest.FixtureRequest) -> Iterator[Path]:
    """A 0755 directory under /tmp (service users cannot traverse pytest's tmp_path),
    removed at the end unless a test failed meanwhile (or JITSI_IT_KEEP=1), so the logs
    of a failure can be read."""
    path = make_scratch()
    failures_before = request.session.testsfailed
    try:
        yield path
    finally:
        # The call phase is reported before teardown, so a failure has been counted here.
        if (request.session.testsfailed == failures_before
                and os.environ.get("JITSI_IT_KEEP") != "1"):
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def supervised_scratch(request: pytest.FixtureRequest) -> Iterator[tuple[Path, Supervisor]]:
    """:func:`kept_if_failed` with a supervisor whose servers are all stopped by their
    handles before the directory goes; for module-scoped stacks."""
    with kept_if_failed(request) as path:
        sup = Supervisor(path / "logs")
        try:
            yield path, sup
        finally:
            sup.stop_all()


@pytest.fixture
def scratch(request: pytest.FixtureRequest) -> Iterator[Path]:
    """A scratch directory for one test (see :func:`kept_if_failed`)."""
    with kept_if_failed(request) as path:
        yield path


@pytest.fixture
def supervisor(scratch: Path) -> Iterator[Supervisor]:
    """Every server started through it is stopped by its handle at teardown."""
    sup = Supervisor(scratch / "logs")
    try:
        yield sup
    finally:
        sup.stop_all()
