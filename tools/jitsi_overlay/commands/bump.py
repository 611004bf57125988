"""Follow an upstream Jitsi stable release into ebuilds, Manifests and one git commit.

  jitsi-overlay-bump 11146       resolve, lock, fetch, render, manifest, commit
  jitsi-overlay-bump 4548        re-render from the committed lock (offline)
  jitsi-overlay-bump --list      stable releases the archive offers
  jitsi-overlay-bump 4548 --from-facts [FACTS.json]   rebuild 4548's locks from the facts

``tools/bump.py`` in a checkout runs the same command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..bump import facts, workflow
from ..bump.apt import DEFAULT_ARCHIVE, DEFAULT_SUITE, AptIndex
from ..bump.facts import FACTS_NAME
from ..bump.facts import RELEASE as FACTS_RELEASE
from ..bump.fetch import default_distdir
from ..checkout import CHECKOUT, TOOLS_DIR, require_checkout
from ..cli import invoked_as, run, show_or_apply
from ..errors import UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}: see {self.prog} --help")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = _Parser(prog=invoked_as("bump"), description=__doc__,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("release", nargs="?", type=int, help="stable number, e.g. 11146")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the stable releases offered")
    what.add_argument("--latest", action="store_true", help="bump the newest stable release")
    p.add_argument("--archive", default=DEFAULT_ARCHIVE, help="archive root URL (mirror)")
    p.add_argument("--suite", default=DEFAULT_SUITE, help="flat suite directory (stable/)")
    p.add_argument("--src-uri-base", default=DEFAULT_ARCHIVE,
                   help="archive root the ebuilds' SRC_URI names (default: %(default)s)")
    p.add_argument("--keyring", type=Path, help="verify with this keyring instead of the "
                   "pinned Jitsi key")
    p.add_argument("--distdir", type=Path, default=default_distdir(),
                   help="distfile cache (default: %(default)s)")
    p.add_argument("--keep", type=int, default=1, help="previous releases to keep (default 1)")
    p.add_argument("--refresh", action="store_true", help="resolve again even if a lock exists")
    p.add_argument("--from-facts", nargs="?", type=Path, metavar="FACTS",
                   const=TOOLS_DIR / "releases" / FACTS_NAME,
                   help="4548 only: derive its locks from the recorded facts (default: "
                   f"tools/releases/{FACTS_NAME})")
    p.add_argument("--allow-dirty", action="store_true", help="bump in a dirty working tree")
    p.add_argument("--no-commit", action="store_true", help="write files but do not commit")
    p.add_argument("--dry-run", action="store_true", help="print the plan and diff only")
    p.add_argument("--repo", type=Path, default=CHECKOUT, help="overlay checkout to update "
                   "(default: %(default)s)")
    p.add_argument("--templates", type=Path, default=TOOLS_DIR / "templates",
                   help="ebuild templates directory")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    args = p.parse_args(argv)
    if args.list or args.latest:
        if args.release is not None:
            raise UsageError("give either a release number or --list/--latest, not both")
    elif args.release is None:
        raise UsageError(f"missing release number: e.g. {p.prog} 11146, or --latest")
    if args.from_facts is not None and args.release != FACTS_RELEASE:
        raise UsageError(f"--from-facts is for release {FACTS_RELEASE} only: run "
                         f"{p.prog} {FACTS_RELEASE} --from-facts")
    return args


def _progress_factory():
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    def make(name: str, total: int, initial: int):
        return tqdm(total=total, initial=initial, desc=name, unit="B", unit_scale=True,
                    leave=False)

    return make


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    require_checkout()  # the templates and the release locks live there

    def index() -> AptIndex:
        return AptIndex(args.archive, args.suite, keyring=args.keyring,
                        public_archive=args.src_uri_base)

    if args.list:
        for n in index().stable_releases():
            print(n)
        return 0
    opts = workflow.Options(
        repo=args.repo.resolve(), templates=args.templates.resolve(), distdir=args.distdir,
        keep=args.keep, refresh=args.refresh, allow_dirty=args.allow_dirty,
        commit=not (args.no_commit or args.dry_run), index_factory=index,
        progress=_progress_factory(),
    )
    release = args.release
    # A dirty tree is refused before any download, but a rerun from an existing lock
    # that changes nothing is fine anywhere.
    checked = False
    if not args.dry_run and (args.latest or workflow.needs_network(release, opts)):
        workflow.preflight(opts)
        checked = True
    if args.latest:
        offered = index().stable_releases()
        if not offered:
            raise UsageError(f"{args.archive} {args.suite} offers no stable release: check "
                             "--archive/--suite")
        release = offered[-1]
    if args.from_facts is not None:
        plan = facts.plan(args.from_facts, opts)
    else:
        plan = workflow.plan(release, opts)
    if not args.dry_run and not checked and plan.changes:
        workflow.preflight(opts)
    show_or_apply(plan, dry_run=args.dry_run, diff=lambda: workflow.diff(plan, opts),
                  apply=lambda: workflow.apply(plan, opts), subject=f"release {release}",
                  committed=f"net-im/jitsi-meet-server {release}")
    return 0


def console() -> int:
    """Entry point of ``jitsi-overlay-bump``."""
    return run(main)
