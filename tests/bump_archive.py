"""pytest fixtures for the bump tests that talk to the signed loopback archive
(jitsi_overlay.loopback_archive); import them into a test module by name.

``archive`` copies the module's own ``pristine`` fixture (each module publishes the
releases it needs), so every test may tamper with its archive; ``server`` serves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay.bump import http
from jitsi_overlay.loopback_archive import ArchiveServer, FlatRepo


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # Same retry logic, shorter waits: the tests exercise the path, not the clock.
    monkeypatch.setattr(http, "BACKOFF", 0.01)


@pytest.fixture
def archive(tmp_path: Path, pristine: FlatRepo) -> FlatRepo:
    """A private copy each test may tamper with."""
    return pristine.copy(tmp_path / "archive")


@pytest.fixture
def server(archive: FlatRepo) -> Iterator[ArchiveServer]:
    with ArchiveServer(archive.root) as srv:
        yield srv
