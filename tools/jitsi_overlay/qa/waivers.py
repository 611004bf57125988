"""Waivers: findings the project accepts on purpose, each with its reason.

pkgcheck can only silence a keyword repository-wide (metadata/pkgcheck.conf);
a waiver is narrower: one result name at one package (any of its versions)
or one exact location, optionally only when the message contains a given
text.  A waiver that matches nothing is itself reported (UnusedWaiver), so a
waiver disappears as soon as its reason does.

The file is TOML::

    [[waiver]]
    location = "dev-java/jitsi-sctp"      # cat/pkg (all versions) or an exact location
    name = "VisibleVcsPkg"                # result name, pkgcheck's or ours
    contains = ""                         # optional: text the message must contain
    reason = "why this is accepted"       # required
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError
from . import checks as _checks  # noqa: F401  (registers the checks named below)
from .findings import Finding
from .registry import REGISTRY, CheckRegistry

DEFAULT_WAIVERS = Path(__file__).with_name("waivers.toml")


@dataclass(frozen=True)
class Waiver:
    location: str
    name: str
    reason: str
    contains: str = ""

    def matches(self, finding: Finding) -> bool:
        if finding.name != self.name or self.contains not in finding.desc:
            return False
        # cat/pkg also covers cat/pkg-<version>; anything else must match exactly.
        return re.fullmatch(re.escape(self.location) + r"(-\d\S*)?", finding.location) is not None


def load_waivers(path: Path) -> list[Waiver]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OverlayError(f"cannot read waivers {str(path)!r}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OverlayError(f"waivers {str(path)!r} are not valid TOML: {exc}") from exc
    waivers = []
    for index, entry in enumerate(data.get("waiver", []), start=1):
        unknown = set(entry) - {"location", "name", "reason", "contains"}
        missing = [k for k in ("location", "name", "reason") if not str(entry.get(k, "")).strip()]
        if unknown or missing:
            problem = f"unknown keys {sorted(unknown)}" if unknown else f"empty {missing}"
            raise OverlayError(
                f"waiver #{index} in {str(path)!r} has {problem}: "
                "give location, name and reason (contains is optional)"
            )
        waivers.append(
            Waiver(entry["location"], entry["name"], entry["reason"], entry.get("contains", ""))
        )
    return waivers


def applicable(
    waivers: Iterable[Waiver],
    *,
    pkgcheck_ran: bool,
    checks: Iterable[str] | None,
    registry: CheckRegistry = REGISTRY,
) -> list[Waiver]:
    """The waivers whose result this run can report.

    A waiver for a pkgcheck result when pkgcheck did not run, or for a result
    of a check that was not selected, is neither applied nor "unused".
    """
    selected = None if checks is None else set(checks)
    owner = {r.name(): c.name() for c in registry.checks() for r in c.known_results}

    def can_fire(name: str) -> bool:
        if name not in owner:  # not one of ours, so pkgcheck's
            return pkgcheck_ran
        return selected is None or owner[name] in selected

    return [w for w in waivers if can_fire(w.name)]


def apply_waivers(
    findings: Iterable[Finding], waivers: Iterable[Waiver], source: str = "waivers"
) -> tuple[list[Finding], list[Finding]]:
    """(findings still reported, findings waived); unused waivers join the first list."""
    waivers = list(waivers)
    used: set[Waiver] = set()
    kept, waived = [], []
    for finding in findings:
        match = next((w for w in waivers if w.matches(finding)), None)
        if match is None:
            kept.append(finding)
        else:
            used.add(match)
            waived.append(finding)
    for waiver in waivers:
        if waiver not in used:
            kept.append(
                Finding(
                    source,
                    "UnusedWaiver",
                    "warning",
                    f"waiver for {waiver.name} at {waiver.location!r} matches no finding: "
                    "remove it",
                    "qa",
                )
            )
    return sorted(kept, key=lambda f: (f.location, f.name, f.desc)), waived
