"""The configurator package passes pkgcheck and the overlay's QA; its files/ stays small."""

from __future__ import annotations

from pathlib import Path

from jitsi_overlay.qa.session import run_qa

PKG = "app-misc/jitsi-meet-master-config"


def test_package_is_clean(repo_root: Path, gentoo_master: Path) -> None:
    findings = run_qa(repo_root, gentoo_repo=gentoo_master)
    assert [f.report_line() for f in findings if f.location.startswith(PKG)] == []


def test_files_stay_within_the_limits(repo_root: Path) -> None:
    # pkgcheck: 20 KiB a file, 50 KiB for files/ (gitignored caches do not count).
    files = [p for p in (repo_root / PKG / "files").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    assert files and all(p.stat().st_size < 20 * 1024 for p in files)
    assert sum(p.stat().st_size for p in files) < 50 * 1024
