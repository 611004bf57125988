"""Data-driven QA cases: each case fires exactly its expected results, its fix clears them."""

from __future__ import annotations

from pathlib import Path

import pytest
from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.qa.cases import Case, load_cases
from jitsi_overlay.qa.metadata import PkgcoreMetadata
from jitsi_overlay.qa.registry import REGISTRY
from jitsi_overlay.qa.runner import run_checks

DATA = Path(__file__).parent / "data"
CASES = load_cases(DATA)


def _run(case: Case, repo: Path, tmp_path: Path, gentoo_master: Path, tag: str) -> list[str]:
    check = next(c for c in REGISTRY.checks() if c.name() == case.check)
    metadata = None
    if check.needs_metadata:
        config = write_pkgcore_config(
            tmp_path / f"config-{tag}", {"gentoo": gentoo_master, "jitsi": repo}
        )
        metadata = PkgcoreMetadata(config, repo)
    results = run_checks(repo, checks=[case.check], distdir=case.distdir, metadata=metadata)
    return [r.report_line() for r in results]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_fires_exactly_and_fix_clears(case: Case, tmp_path: Path, gentoo_master: Path):
    expected = case.expected()
    assert expected, f"{case.id}: the expected file lists no result"
    assert all(f": {case.result}: " in line for line in expected), (
        f"{case.id}: every expected line must be a {case.result} result"
    )

    broken = case.build(tmp_path / "broken")
    assert sorted(_run(case, broken, tmp_path, gentoo_master, "broken")) == sorted(expected)

    fixed = case.build(tmp_path / "fixed", fixed=True)
    assert _run(case, fixed, tmp_path, gentoo_master, "fixed") == []


def test_every_check_and_result_has_a_case():
    cases = {(c.check, c.result) for c in CASES}
    wanted = {(check.name(), r.name()) for check in REGISTRY.checks() for r in check.known_results}
    assert wanted - cases == set(), "registered results without a case under tests/data"
    assert cases - wanted == set(), "cases under tests/data for no registered check/result"


def test_registry_lists_at_least_the_required_checks():
    names = {r.name() for r in REGISTRY.results()}
    required = {
        "MissingMetadataXml",
        "InvalidCopyright",
        "InvalidLicenseHeader",
        "StableKeywords",
        "InsecureHomepage",
        "InsecureSrcUri",
        "OversizedFilesdirFile",
        "OversizedFilesdir",
        "ManifestSizeMismatch",
        "ManifestChecksumMismatch",
        "MissingReleaseVersion",
        "UnknownRelease",
        "UnrevisionedFilesdirFile",
        "InvalidNewsName",
        "NewsTitleTooLong",
        "NewsLineTooLong",
    }
    assert required <= names
