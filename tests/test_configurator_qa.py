"""The configurator package passes pkgcheck and the overlay's QA; no FILESDIR nears a limit."""

from __future__ import annotations

from pathlib import Path

from jitsi_overlay.qa.session import run_qa

PKG = "app-misc/jitsi-meet-master-config"


def test_package_is_clean(repo_root: Path, gentoo_master: Path) -> None:
    findings = run_qa(repo_root, gentoo_repo=gentoo_master)
    assert [f.report_line() for f in findings if f.location.startswith(PKG)] == []


def test_the_configurator_ships_no_filesdir(repo_root: Path) -> None:
    # The program is its own distribution (configurator/), installed from its sdist.
    assert not [p for p in (repo_root / PKG).glob("files/**/*") if p.is_file()]


def test_no_filesdir_is_near_pkgcheck_limits(repo_root: Path) -> None:
    # pkgcheck warns at 20 KiB a file and 50 KiB for a files/ directory; stay at half.
    for files in repo_root.glob("*/*/files"):
        sizes = [p.stat().st_size for p in files.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts]
        assert max(sizes, default=0) < 10 * 1024, files
        assert sum(sizes) < 25 * 1024, files
