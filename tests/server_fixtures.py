"""pytest fixtures for the real-server tests (harness: jitsi_overlay.realservers);
import them into a test module by name."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
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


@pytest.fixture
def scratch(request: pytest.FixtureRequest) -> Iterator[Path]:
    """A 0755 directory under /tmp (service users cannot traverse pytest's tmp_path);
    kept when the test failed, so its logs can be read."""
    path = make_scratch()
    failures_before = request.session.testsfailed
    yield path
    # The call phase is reported before teardown, so a failure has been counted here.
    if request.session.testsfailed == failures_before and os.environ.get("JITSI_IT_KEEP") != "1":
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def supervisor(scratch: Path) -> Iterator[Supervisor]:
    """Every server started through it is stopped by its handle at teardown."""
    sup = Supervisor(scratch / "logs")
    try:
        yield sup
    finally:
        sup.stop_all()
