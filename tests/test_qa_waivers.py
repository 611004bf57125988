"""Waivers: narrow, reasoned, and reported when they no longer match."""

from __future__ import annotations

from pathlib import Path

import pytest
from jitsi_overlay.errors import OverlayError
from jitsi_overlay.qa.findings import Finding
from jitsi_overlay.qa.waivers import (
    DEFAULT_WAIVERS,
    Waiver,
    applicable,
    apply_waivers,
    load_waivers,
)


def _finding(location: str, name: str, desc: str = "message") -> Finding:
    return Finding(location, name, "warning", desc, "pkgcheck")


@pytest.mark.parametrize(
    ("location", "matched"),
    [
        ("dev-java/jitsi-sctp", True),
        ("dev-java/jitsi-sctp-20200407", True),
        ("dev-java/jitsi-sctp-20200407-r1", True),
        ("dev-java/jitsi-sctp-extra", False),
        ("dev-java/jitsi-sctp-extra-1", False),
        ("dev-java/jitsi", False),
    ],
)
def test_package_waiver_covers_its_versions_only(location: str, matched: bool):
    waiver = Waiver("dev-java/jitsi-sctp", "VisibleVcsPkg", "reason")
    assert waiver.matches(_finding(location, "VisibleVcsPkg")) is matched
    assert not waiver.matches(_finding(location, "OtherResult"))


def test_contains_narrows_a_waiver():
    waiver = Waiver("net-im/jicofo", "ExecutableFile", "reason", contains="-r2'")
    assert waiver.matches(_finding("net-im/jicofo", "ExecutableFile", "bit: 'files/a-r2'"))
    assert not waiver.matches(_finding("net-im/jicofo", "ExecutableFile", "bit: 'files/a-r1'"))


def test_apply_reports_unused_waivers():
    waivers = [
        Waiver("app-misc/foo", "StableKeywords", "reason"),
        Waiver("app-misc/gone", "StableKeywords", "reason"),
    ]
    findings = [_finding("app-misc/foo-1", "StableKeywords"), _finding("app-misc/bar-1", "X")]
    kept, waived = apply_waivers(findings, waivers)
    assert waived == [findings[0]]
    assert [f.report_line() for f in kept] == [
        "app-misc/bar-1: X: message",
        "waivers: UnusedWaiver: waiver for StableKeywords at 'app-misc/gone' matches no "
        "finding: remove it",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[waiver]]\nlocation = "a/b"\nname = "X"\n', r"empty \['reason'\]"),
        ('[[waiver]]\nlocation = "a/b"\nname = "X"\nreason = " "\n', r"empty \['reason'\]"),
        (
            '[[waiver]]\nlocation = "a/b"\nname = "X"\nreason = "r"\nwhy = "w"\n',
            r"unknown keys \['why'\]",
        ),
        ("[[waiver]\n", "not valid TOML"),
    ],
)
def test_malformed_waivers_are_refused(tmp_path: Path, text: str, message: str):
    path = tmp_path / "waivers.toml"
    path.write_text(text)
    with pytest.raises(OverlayError, match=message):
        load_waivers(path)


def test_shipped_waivers_load_and_give_reasons():
    waivers = load_waivers(DEFAULT_WAIVERS)
    assert waivers
    assert all(len(w.reason) > 20 for w in waivers)


def test_only_waivers_the_run_can_report_apply():
    ours = Waiver("app-misc/foo", "StableKeywords", "reason")
    theirs = Waiver("app-misc/foo", "VisibleVcsPkg", "reason")
    both = [ours, theirs]
    assert applicable(both, pkgcheck_ran=True, checks=None) == both
    assert applicable(both, pkgcheck_ran=False, checks=None) == [ours]
    assert applicable(both, pkgcheck_ran=True, checks=["MetadataXmlCheck"]) == [theirs]
    assert applicable(both, pkgcheck_ran=False, checks=["StableKeywordsCheck"]) == [ours]
