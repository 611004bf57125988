"""The QA framework's contracts: registry, result classes, runner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jitsi_overlay.errors import OverlayError, UsageError
from jitsi_overlay.qa.base import Check
from jitsi_overlay.qa.cases import load_cases
from jitsi_overlay.qa.registry import REGISTRY, CheckRegistry, RegistryError
from jitsi_overlay.qa.repo import Repository
from jitsi_overlay.qa.results import Level, Result
from jitsi_overlay.qa.runner import CheckContractError, run_checks

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Planted(Result):
    level = Level.INFO
    value: str

    @property
    def desc(self) -> str:
        return f"planted {self.value!r}"


@dataclass(frozen=True)
class _Undeclared(Result):
    @property
    def desc(self) -> str:
        return "not declared"


def _check(name: str, results: tuple[type[Result], ...], yields: list[Result]) -> type[Check]:
    def run(self: Check, repo: Repository) -> Iterator[Result]:
        yield from yields

    return type(name, (Check,), {"known_results": results, "run": run, "__doc__": "Test."})


def test_duplicate_check_name_is_an_error():
    registry = CheckRegistry()
    registry.register(_check("DupCheck", (_Planted,), []))
    with pytest.raises(RegistryError, match="'DupCheck' is registered twice"):
        registry.register(_check("DupCheck", (_Undeclared,), []))


def test_result_owned_by_two_checks_is_an_error():
    registry = CheckRegistry()
    registry.register(_check("FirstCheck", (_Planted,), []))
    with pytest.raises(RegistryError, match="'_Planted' of check 'SecondCheck' is already"):
        registry.register(_check("SecondCheck", (_Planted,), []))


def test_check_without_results_is_an_error():
    with pytest.raises(RegistryError, match="declares no known_results"):
        CheckRegistry().register(_check("EmptyCheck", (), []))


def test_unknown_check_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown QA check 'Nope'"):
        REGISTRY.select(["Nope"])


def test_runner_refuses_undeclared_results(tmp_path: Path):
    (tmp_path / "profiles").mkdir()
    registry = CheckRegistry()
    registry.register(_check("LyingCheck", (_Planted,), [_Undeclared("x")]))
    with pytest.raises(CheckContractError, match="undeclared result '_Undeclared'"):
        run_checks(tmp_path, registry=registry)


def test_runner_sorts_results(tmp_path: Path):
    (tmp_path / "profiles").mkdir()
    registry = CheckRegistry()
    found = [_Planted("b/b", "2"), _Planted("a/a", "9"), _Planted("b/b", "1")]
    registry.register(_check("SortCheck", (_Planted,), found))
    lines = [r.report_line() for r in run_checks(tmp_path, registry=registry)]
    assert lines == [
        "a/a: _Planted: planted '9'",
        "b/b: _Planted: planted '1'",
        "b/b: _Planted: planted '2'",
    ]


def test_not_a_repository_is_reported(tmp_path: Path):
    with pytest.raises(OverlayError, match="is not an ebuild repository"):
        run_checks(tmp_path / "missing")


def test_metadata_checks_need_a_metadata_source(tmp_path: Path):
    case = next(c for c in load_cases(DATA) if c.result == "StableKeywords")
    repo = case.build(tmp_path / "repo")
    with pytest.raises(OverlayError, match="needs sourced ebuild metadata"):
        run_checks(repo, checks=["StableKeywordsCheck"])


@pytest.mark.parametrize("check", REGISTRY.checks(), ids=lambda c: c.name())
def test_registered_checks_meet_the_contract(check: type[Check]):
    assert check.name().endswith("Check")
    assert check.summary(), f"{check.name()} needs a docstring whose first line says what it finds"
    assert len(check.rule()) > 80, f"{check.name()}'s module docstring must state its rule"
    for result in check.known_results:
        assert isinstance(result.level, Level)
        assert issubclass(result, Result)
        assert "desc" in vars(result), f"{result.name()} must define its own desc"
