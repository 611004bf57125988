"""pytest fixtures for the bump tests that talk to the signed loopback archive
(jitsi_overlay.loopback_archive); import them into a test module by name.

``pristine`` publishes release 11146 alone; a module that needs other releases defines
its own.  ``archive`` copies it, so every test may tamper with its archive; ``server``
serves that copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay.bump import http
from jitsi_overlay.loopback_archive import ArchiveServer, FlatRepo, GpgKey


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # Same retry logic, shorter waits: the tests exercise the path, not the clock.
    monkeypatch.setattr(http, "BACKOFF", 0.01)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, key: GpgKey) -> FlatRepo:
    repo = FlatRepo(tmp_path_factory.mktemp("pristine") / "archive", key)
    repo.add_release(11146)
    repo.publish()
    return repo


@pytest.fixture
def archive(tmp_path: Path, pristine: FlatRepo) -> FlatRepo:
    """A private copy each test may tamper with."""
    return pristine.copy(tmp_path / "archive")


@pytest.fixture
def server(archive: FlatRepo) -> Iterator[ArchiveServer]:
    with ArchiveServer(archive.root) as srv:
        yield srv
