"""QA for the overlay: pkgcheck plus our own checks, one line per finding.

Exit status: 0 clean, 1 on any finding (or an error), 2 on a usage error.

  jitsi-overlay-qa --gentoo-repo tests/fixtures/gentoo        # on any machine
  jitsi-overlay-qa                                             # on a Gentoo host
  jitsi-overlay-qa --gentoo-repo DIR --distdir DIR             # also verify Manifests
  jitsi-overlay-qa --list                                      # registered checks
  jitsi-overlay-qa --explain ReleaseSuffixCheck                # the exact rule of one

Findings listed in the waivers file (default: jitsi_overlay/qa/waivers.toml,
each with a reason) are not reported; --no-waivers shows them.
``tools/qa.py`` in a checkout runs the same command.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ..checkout import CHECKOUT
from ..cli import invoked_as, run
from ..errors import UsageError
from ..qa.registry import REGISTRY
from ..qa.session import PKGCHECK_LEVELS, run_qa
from ..qa.waivers import DEFAULT_WAIVERS, applicable, apply_waivers, load_waivers

LEVELS = ("error", "warning", "style", "info")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    doc = __doc__.splitlines()
    parser = _Parser(
        prog=invoked_as("qa"),
        description=doc[0],
        epilog="\n".join(doc[2:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--repo", type=Path, default=CHECKOUT, help="overlay root (default: %(default)s)"
    )
    parser.add_argument(
        "--gentoo-repo",
        type=Path,
        help="the gentoo master repository (default: from /etc/portage on a Gentoo host)",
    )
    parser.add_argument(
        "--distdir", type=Path, help="compare Manifest DIST entries with the distfiles here"
    )
    parser.add_argument(
        "--select",
        metavar="CHECKS",
        help="comma-separated names of our checks to run (default: all)",
    )
    parser.add_argument("--no-pkgcheck", action="store_true", help="run only our own checks")
    parser.add_argument(
        "--pkgcheck-levels",
        default=",".join(lv for lv in LEVELS if lv in PKGCHECK_LEVELS),
        help="pkgcheck result levels that count as findings (default: %(default)s)",
    )
    parser.add_argument(
        "--waivers",
        type=Path,
        default=DEFAULT_WAIVERS,
        help="accepted findings, each with a reason (default: %(default)s)",
    )
    parser.add_argument("--no-waivers", action="store_true", help="report waived findings too")
    parser.add_argument(
        "--list",
        "--checks",
        dest="list_checks",
        action="store_true",
        help="list our registered checks and their results, then exit",
    )
    parser.add_argument(
        "--explain", metavar="CHECK", help="print the exact rule a check enforces, then exit"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(list(argv))
    levels = {lv.strip() for lv in args.pkgcheck_levels.split(",") if lv.strip()}
    if not levels <= set(LEVELS):
        bad = ", ".join(sorted(levels - set(LEVELS)))
        raise UsageError(f"unknown --pkgcheck-levels {bad!r}: choose from {', '.join(LEVELS)}")
    args.pkgcheck_levels = levels
    return args


def list_checks() -> list[str]:
    lines = []
    for check in REGISTRY.checks():
        lines.append(f"{check.name()}: {check.summary()}")
        for result in check.known_results:
            lines.append(f"  {result.name()} ({result.level})")
    return lines


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.list_checks:
        print("\n".join(list_checks()))
        return 0
    if args.explain:
        (check,) = REGISTRY.select([args.explain])
        print(f"{check.name()}: {check.summary()}\n\n{check.rule()}")
        return 0
    checks = None
    if args.select:
        checks = [name.strip() for name in args.select.split(",") if name.strip()]
    findings = run_qa(
        args.repo,
        gentoo_repo=args.gentoo_repo,
        distdir=args.distdir,
        checks=checks,
        pkgcheck=not args.no_pkgcheck,
        pkgcheck_levels=args.pkgcheck_levels,
    )
    if not args.no_waivers:
        waivers = applicable(
            load_waivers(args.waivers), pkgcheck_ran=not args.no_pkgcheck, checks=checks
        )
        findings, _waived = apply_waivers(findings, waivers)
    for finding in findings:
        print(finding.report_line())
    return 1 if findings else 0


def console() -> int:
    """Entry point of ``jitsi-overlay-qa``."""
    return run(main)
