"""One bump, as a straight line: lock → render → manifest → write → commit.

``plan()`` does all the work that can fail (network, verification, rendering) without
touching the tree; ``apply()`` then writes everything in one transaction and commits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OverlayError, UsageError
from . import gitops
from .apt import AptIndex, DebFile, Resolved
from .debfile import data_member
from .fetch import ProgressFactory, Wanted, fetch
from .lock import Component, Distfile, Lock, dump_lock, load_lock, lock_path
from .manifest import manifests_for
from .render import CATEGORY, LIVE_VERSION, META_PN, render_live, render_release
from .tree import Changes, Content, Transaction, pending_changes, unified_diff
from .versions import ebuild_version

RELEASES_DIR = Path("tools/releases")
DEFAULT_JAVA_SLOTS = (17, 21)
CURRENT_GENERATION = "hocon"


@dataclass
class Options:
    repo: Path
    templates: Path
    distdir: Path
    keep: int = 1
    refresh: bool = False
    allow_dirty: bool = False
    commit: bool = True
    index_factory: Callable[[], AptIndex] | None = None
    progress: ProgressFactory | None = None


@dataclass
class Plan:
    release: int
    lock: Lock
    lock_is_new: bool
    kept: list[int]
    removed: list[int]
    changes: dict[str, Content] = field(default_factory=dict)
    # Commit message when not the default "bump to"/"re-render" one.
    message: str | None = None

    def summary(self) -> str:
        lines = [f"release {self.release} ({'new lock' if self.lock_is_new else 'from lock'}); "
                 f"keeping {', '.join(map(str, self.kept))}"]
        if self.removed:
            lines.append(f"dropping releases {', '.join(map(str, self.removed))}")
        for c in self.lock.components:
            lines.append(f"  {CATEGORY}/{c.name}-{c.ebuild_version}  (deb {c.deb_package} "
                         f"{c.deb_version})")
        for rel, text in sorted(self.changes.items()):
            lines.append(f"  {'delete' if text is None else 'write '} {rel}")
        if not self.changes:
            lines.append("  nothing to change")
        return "\n".join(lines)


def lock_from_resolved(res: Resolved, fetched: dict[str, Distfile],
                       data_members: dict[str, str]) -> Lock:
    """Build the lock of a resolved current-generation (.deb based) release."""
    comps = []
    for pn in sorted(res.components):
        deb = res.components[pn]
        vars_: dict[str, object] = {"deb_data": data_members[pn]}
        if pn in ("jicofo", "jitsi-videobridge"):
            vars_["java_slots"] = list(deb.java_slots or DEFAULT_JAVA_SLOTS)
        comps.append(Component(
            name=pn, deb_package=deb.package, deb_version=deb.version,
            ebuild_version=ebuild_version(deb.version, res.release),
            template=f"deb/{pn}.ebuild.j2", vars=vars_, distfiles=(fetched[pn],),
        ))
    return Lock(release=res.release, generation=CURRENT_GENERATION,
                meta={"deb_package": res.meta.package, "deb_version": res.meta.version},
                components=tuple(comps))


def _fetch_all(res: Resolved, opts: Options) -> tuple[dict[str, Distfile], dict[str, str]]:
    out, members = {}, {}
    for pn, deb in sorted(res.components.items()):
        got = fetch(_wanted(deb), opts.distdir, progress=opts.progress)
        out[pn] = Distfile(name=deb.name, url=deb.public_url, size=got.size, blake2b=got.blake2b,
                           sha512=got.sha512, sha256=got.sha256)
        members[pn] = data_member(got.path)  # read only after SHA256 verification
    return out, members


def _wanted(deb: DebFile) -> Wanted:
    return Wanted(name=deb.name, url=deb.url, size=deb.size, sha256=deb.sha256)


def releases_in_tree(repo: Path) -> set[int]:
    """Stable numbers with a meta-package ebuild in the tree."""
    found = set()
    for path in (repo / CATEGORY / META_PN).glob(f"{META_PN}-*.ebuild"):
        m = re.fullmatch(rf"{META_PN}-(\d+)\.ebuild", path.name)
        if m and m.group(1) != LIVE_VERSION:  # the live set is no release
            found.add(int(m.group(1)))
    return found


def _ebuilds_of_release(repo: Path, lock: Lock | None, release: int) -> list[str]:
    """Repo-relative ebuilds that belong to ``release`` (by lock, else by version suffix)."""
    out = []
    meta = repo / CATEGORY / META_PN / f"{META_PN}-{release}.ebuild"
    if meta.exists():
        out.append(str(meta.relative_to(repo)))
    if lock is not None:
        for c in lock.components:
            p = repo / CATEGORY / c.name / f"{c.name}-{c.ebuild_version}.ebuild"
            if p.exists():
                out.append(str(p.relative_to(repo)))
        return out
    for p in sorted((repo / CATEGORY).glob(f"*/*.{release}.ebuild")):
        out.append(str(p.relative_to(repo)))
    return out


def _load_or_none(path: Path) -> Lock | None:
    return load_lock(path) if path.is_file() else None


def plan(release: int, opts: Options, given: Lock | None = None) -> Plan:
    """Resolve (or load) the release and compute every file change; writes nothing.

    ``given`` is a lock the caller derived itself (the 4548 facts): it is written (when it
    differs) and rendered instead of one resolved from the archive or loaded from disk.
    """
    if opts.keep < 0:
        raise UsageError(f"--keep {opts.keep} is negative: pass 0 or more")
    releases_dir = opts.repo / RELEASES_DIR
    lpath = lock_path(releases_dir, release)
    lock_is_new = opts.refresh or not lpath.is_file() or given is not None
    if given is not None:
        if given.release != release:
            raise UsageError(f"the given lock is for release {given.release}, not {release}")
        lock = given
    elif lock_is_new:
        if opts.refresh and lpath.is_file():
            old = load_lock(lpath)
            if old.generation != CURRENT_GENERATION:
                raise UsageError(
                    f"release {release} is a {old.generation}-generation lock built from "
                    "sources; --refresh would replace it with .deb packages: edit that lock "
                    "instead")
        if opts.index_factory is None:
            raise OverlayError(f"no lock for release {release} and no apt index to resolve it "
                               "from: give the workflow an index_factory (tools/bump.py does) "
                               f"or commit tools/releases/{release}.toml first")
        index = opts.index_factory()
        resolved = index.resolve(release)
        lock = lock_from_resolved(resolved, *_fetch_all(resolved, opts))
    else:
        lock = load_lock(lpath)

    present = releases_in_tree(opts.repo) | {release}
    kept = sorted(present, reverse=True)[: opts.keep + 1]
    if release not in kept:
        raise UsageError(
            f"release {release} is older than the {opts.keep} newer releases in the tree "
            f"({', '.join(map(str, kept))}): pass a larger --keep to keep it"
        )
    removed = sorted(present - set(kept))

    locks: dict[int, Lock] = {release: lock}
    for other in kept:
        if other == release:
            continue
        olock = _load_or_none(lock_path(releases_dir, other))
        if olock is None:
            raise OverlayError(
                f"release {other} is kept but has no lock {str(RELEASES_DIR / f'{other}.toml')!r}"
                f": create it with tools/bump.py {other}, or drop it with a smaller --keep"
            )
        locks[other] = olock

    wanted: dict[str, Content] = {}
    if lock_is_new:
        wanted[str(RELEASES_DIR / f"{release}.toml")] = dump_lock(lock)
    wanted.update(render_release(lock, opts.templates))
    wanted.update(render_live(opts.templates))  # same templates: keep the -9999 set in step
    for rel in removed:
        for path in _ebuilds_of_release(opts.repo, _load_or_none(lock_path(releases_dir, rel)),
                                        rel):
            wanted[path] = None
    manifests = manifests_for(locks[r] for r in sorted(locks))
    touched_pkgs = {c.name for lk in locks.values() for c in lk.components}
    for rel in removed:
        olock = _load_or_none(lock_path(releases_dir, rel))
        if olock is not None:
            touched_pkgs |= {c.name for c in olock.components}
    for pn in sorted(touched_pkgs):
        key = f"{CATEGORY}/{pn}/Manifest"
        wanted[key] = manifests.get(key)
    return Plan(release=release, lock=lock, lock_is_new=lock_is_new, kept=kept,
                removed=removed, changes=pending_changes(opts.repo, wanted))


def diff(plan_: Plan, opts: Options) -> str:
    return unified_diff(opts.repo, plan_.changes)


def commit_message(lock: Lock, lock_is_new: bool) -> str:
    verb = "bump to" if lock_is_new else "re-render"
    body = "\n".join(
        f"{CATEGORY}/{c.name}-{c.ebuild_version} ({c.deb_package} {c.deb_version})"
        for c in lock.components
    )
    return f"{CATEGORY}/{META_PN}: {verb} {lock.release}\n\n{body}\n"


def needs_network(release: int, opts: Options) -> bool:
    return opts.refresh or not lock_path(opts.repo / RELEASES_DIR, release).is_file()


def preflight(opts: Options) -> None:
    """Refuse a dirty tree (before any network access, or before writing)."""
    if opts.commit and not opts.allow_dirty:
        gitops.require_clean(gitops.open_repo(opts.repo))


def apply(plan_: Plan, opts: Options) -> str | None:
    """Write the plan's changes atomically and commit them; returns the commit sha or None."""
    message = plan_.message or commit_message(plan_.lock, plan_.lock_is_new)
    return apply_changes(opts.repo, plan_.changes, message, commit=opts.commit)


def apply_changes(root: Path, changes: Changes, message: str, *, commit: bool) -> str | None:
    """Every writer of the tree ends here: one transaction, then one commit of its paths.

    A failed commit rolls the files back and leaves HEAD and the index as they were.
    Returns the new commit's sha, or None when nothing changed or ``commit`` is false.
    """
    if not changes:
        return None
    repo = gitops.open_repo(root) if commit else None
    head = repo.head.commit.hexsha if repo is not None and repo.head.is_valid() else None
    txn = Transaction(root, changes)
    txn.apply()
    if repo is None:
        return None
    try:
        return gitops.commit_paths(repo, changes, message)
    except BaseException:
        txn.rollback()
        if head is not None and repo.head.commit.hexsha != head:
            repo.git.reset("-q", "--soft", head)
            repo.git.reset("-q", head, "--", *changes)
        raise
