"""``tools/release.py configurator X.Y.Z``: the command line over :mod:`.configurator`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..bump.fetch import default_distdir
from ..cli import run, show_or_apply
from ..errors import UsageError
from . import configurator

CHECKOUT = Path(__file__).resolve().parents[3]
USAGE = """\
  tools/release.py configurator 2.0.1     build the sdist of configurator/ at HEAD,
                                           write ebuild + Manifest, commit, say what to upload
  tools/release.py configurator 2.0.1 --dry-run    show the plan and the diff only
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}: see tools/release.py --help")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = _Parser(prog="tools/release.py", description=__doc__, epilog=USAGE,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["configurator"], help="what to release")
    p.add_argument("version", help="version to release; must equal configurator/pyproject.toml")
    p.add_argument("--commit", default="HEAD", help="build from this commit (default: HEAD)")
    p.add_argument("--distdir", type=Path, default=default_distdir(),
                   help="also copy the sdist here (default: %(default)s)")
    p.add_argument("--replace", action="store_true",
                   help="rebuild a version whose sdist was never published")
    p.add_argument("--no-commit", action="store_true", help="write files but do not commit")
    p.add_argument("--dry-run", action="store_true", help="print the plan and diff only")
    p.add_argument("--repo", type=Path, default=CHECKOUT, help="overlay checkout")
    p.add_argument("--templates", type=Path, default=CHECKOUT / "tools" / "templates",
                   help="ebuild templates directory")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    return p.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    opts = configurator.Options(
        repo=args.repo.resolve(), templates=args.templates.resolve(), distdir=args.distdir,
        commit=args.commit, replace=args.replace,
        do_commit=not (args.no_commit or args.dry_run))
    plan = configurator.plan(args.version, opts)
    applied = show_or_apply(
        plan, dry_run=args.dry_run, diff=lambda: configurator.diff(plan, opts),
        apply=lambda: configurator.apply(plan, opts), subject=f"configurator {args.version}",
        committed=f"{configurator.PACKAGE}-{args.version}")
    if not applied:
        return 0
    if opts.distdir is not None:
        print(f"sdist copied to {opts.distdir / plan.distfile.name}")
    print()
    print("\n".join(configurator.upload_steps(plan, opts)))
    return 0


def entry_point() -> int:
    """Console-script entry point."""
    return run(main)


if __name__ == "__main__":
    sys.exit(entry_point())
