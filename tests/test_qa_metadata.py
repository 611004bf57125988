"""Sourced metadata through pkgcore, and finding the gentoo master."""

from __future__ import annotations

from pathlib import Path

import pytest
from jitsi_overlay.errors import OverlayError, UsageError
from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.qa.cases import LAYOUT_CONF
from jitsi_overlay.qa.metadata import EbuildMetadata, PkgcoreMetadata
from jitsi_overlay.qa.runner import run_checks
from jitsi_overlay.qa.session import Master, find_master, system_master

HEADER = (
    "# Copyright 2024 Jitsi overlay authors\n"
    "# Distributed under the terms of the GNU General Public License v2\n\n"
)


def _repo(root: Path) -> Path:
    (root / "profiles").mkdir(parents=True)
    (root / "metadata").mkdir()
    (root / "profiles" / "repo_name").write_text("jitsi\n")
    (root / "profiles" / "categories").write_text("app-misc\n")
    (root / "metadata" / "layout.conf").write_text(LAYOUT_CONF)
    (root / "eclass").mkdir()
    # The URL is built inside an eclass: only real sourcing can see it.
    (root / "eclass" / "qa-url.eclass").write_text(
        HEADER + 'SRC_URI="http://downloads.example.org/${PN}/${P}.tar.gz"\n'
    )
    pkg = root / "app-misc" / "foo"
    pkg.mkdir(parents=True)
    (pkg / "foo-1.2.ebuild").write_text(
        HEADER + "EAPI=8\ninherit qa-url\n"
        'DESCRIPTION="x"\nHOMEPAGE="https://example.org/${PN}"\n'
        'LICENSE="MIT"\nSLOT="0"\nKEYWORDS="~amd64 arm64"\n'
    )
    (pkg / "foo-2.ebuild").write_text(HEADER + "EAPI=8\nif [[ ; then\n")
    return root


@pytest.fixture
def sourced(tmp_path: Path, gentoo_master: Path) -> tuple[Path, PkgcoreMetadata]:
    repo = _repo(tmp_path / "repo")
    config = write_pkgcore_config(tmp_path / "config", {"gentoo": gentoo_master, "jitsi": repo})
    return repo, PkgcoreMetadata(config, repo)


def test_values_come_from_sourcing_with_eclasses(sourced):
    repo, metadata = sourced
    assert metadata.get("app-misc/foo-1.2") == EbuildMetadata(
        keywords=("~amd64", "arm64"),
        homepage=("https://example.org/foo",),
        src_uri=("http://downloads.example.org/foo/foo-1.2.tar.gz",),
    )
    lines = [
        r.report_line() for r in run_checks(repo, metadata=metadata, checks=["InsecureUrlCheck"])
    ]
    assert lines == [
        "app-misc/foo-1.2: InsecureSrcUri: SRC_URI "
        "'http://downloads.example.org/foo/foo-1.2.tar.gz' uses plain http: "
        "use https:// (or a mirror://)"
    ]


def test_unsourceable_ebuild_is_skipped(sourced):
    _, metadata = sourced
    assert metadata.get("app-misc/foo-2") is None
    assert metadata.get("app-misc/foo-3") is None


def test_sourcing_never_writes_a_cache_into_the_repository(sourced):
    # layout.conf asks for md5-dict and the directory is writable: pkgcore
    # would write metadata/md5-cache there unless the cache is read-only.
    repo, metadata = sourced
    assert metadata.get("app-misc/foo-1.2") is not None
    assert not (repo / "metadata" / "md5-cache").exists()


def test_unconfigured_repository_is_reported(tmp_path: Path, gentoo_master: Path):
    repo = _repo(tmp_path / "repo")
    config = write_pkgcore_config(tmp_path / "config", {"gentoo": gentoo_master})
    with pytest.raises(OverlayError, match="is not configured in"):
        PkgcoreMetadata(config, repo)


def test_system_master_reads_a_portage_config_dir(tmp_path: Path, gentoo_master: Path):
    repo = _repo(tmp_path / "repo")
    etc = write_pkgcore_config(
        tmp_path / "etc-portage",
        {"gentoo": gentoo_master, "jitsi": repo},
        profile="default/linux/arm64",
    )
    assert system_master(etc) == Master(gentoo_master.resolve(), "default/linux/arm64")
    assert system_master(tmp_path / "no-such-dir") is None


def test_explicit_master_must_be_a_repository(tmp_path: Path):
    with pytest.raises(UsageError, match="is not an ebuild repository"):
        find_master(tmp_path)
