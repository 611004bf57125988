"""The net-im packages of one Jitsi stable release move together.

The rule, precisely:

* The release packages are all packages in the ``net-im`` category of the
  repository.  ``net-im/jitsi-meet-server`` is the meta package; every other
  one is a component.
* The meta package's version is the stable number itself: a plain integer
  such as ``4548`` (``-rN`` revisions allowed).
* A component's version is ``<upstream version>.<stable number>``: at least
  two dot-separated parts, the last one a plain integer, e.g. ``1.0.567.4548``
  (``-rN`` allowed; no ``_p``/letter suffix on the stable part).
* Every component has a version for every stable number the meta package
  has (MissingReleaseVersion), carries no stable number the meta package
  lacks (UnknownRelease), and has exactly one upstream version per stable
  number; revisions of that one version are fine (DuplicateReleaseVersion).

Revisions never count: ``jicofo-1.0.567.4548-r1`` belongs to release 4548.

Live ebuilds (version ``9999``, see eclass/jitsi-live.eclass) name no stable
number: they resolve one at merge time.  They come as a set: the meta package's
``-9999`` pulls in every component's ``-9999``, so either all of them exist or
none does (IncompleteLiveSet).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Ebuild, Package, Repository
from ..results import Level, Result

CATEGORY = "net-im"
META_PACKAGE = "jitsi-meet-server"
COMPONENT_VERSION_RE = re.compile(r".+\.(?P<stable>\d+)")
META_VERSION_RE = re.compile(r"\d+")
LIVE_VERSION_RE = re.compile(r"9999(?:-r\d+)?")


@dataclass(frozen=True)
class InvalidReleaseVersion(Result):
    level = Level.ERROR
    version: str
    expected: str

    @property
    def desc(self) -> str:
        return f"version {self.version!r} does not name a stable release: use {self.expected}"


@dataclass(frozen=True)
class MissingReleaseVersion(Result):
    level = Level.ERROR
    stable: int

    @property
    def desc(self) -> str:
        return (
            f"no version for stable release {self.stable} "
            f"({CATEGORY}/{META_PACKAGE}-{self.stable} exists): add "
            f"{self.location}-<component version>.{self.stable} or drop the release"
        )


@dataclass(frozen=True)
class UnknownRelease(Result):
    level = Level.ERROR
    stable: int

    @property
    def desc(self) -> str:
        return (
            f"stable number {self.stable} has no {CATEGORY}/{META_PACKAGE}-{self.stable}: "
            "add that release to the meta package or drop this version"
        )


@dataclass(frozen=True)
class DuplicateReleaseVersion(Result):
    level = Level.ERROR
    stable: int
    versions: tuple[str, ...]

    @property
    def desc(self) -> str:
        listed = ", ".join(repr(v) for v in self.versions)
        return (
            f"stable release {self.stable} has several upstream versions {listed}: "
            "keep the one the release's lock names"
        )


@dataclass(frozen=True)
class IncompleteLiveSet(Result):
    level = Level.ERROR
    missing: str

    @property
    def desc(self) -> str:
        return (
            f"the live set lacks {self.missing}: render every -9999 ebuild together "
            "(jitsi_overlay.bump.render.render_live) or drop the live set"
        )


def is_live(ebuild: Ebuild) -> bool:
    return LIVE_VERSION_RE.fullmatch(ebuild.version) is not None


def component_stable(ebuild: Ebuild) -> int | None:
    match = COMPONENT_VERSION_RE.fullmatch(ebuild.version)
    return int(match["stable"]) if match else None


@register
class ReleaseSuffixCheck(Check):
    """net-im versions whose stable-release suffixes disagree with the meta package."""

    known_results = (
        InvalidReleaseVersion,
        MissingReleaseVersion,
        UnknownRelease,
        DuplicateReleaseVersion,
        IncompleteLiveSet,
    )

    def run(self, repo: Repository) -> Iterator[Result]:
        packages = [p for p in repo.packages if p.category == CATEGORY and p.ebuilds]
        meta = next((p for p in packages if p.name == META_PACKAGE), None)
        stables: set[int] = set()
        if meta is not None:
            for ebuild in meta.ebuilds:
                if is_live(ebuild):
                    continue
                if META_VERSION_RE.fullmatch(ebuild.version):
                    stables.add(int(ebuild.version))
                else:
                    yield InvalidReleaseVersion(
                        ebuild.cpv, ebuild.version, "the bare stable number, e.g. '4548'"
                    )
        for pkg in packages:
            if pkg.name != META_PACKAGE:
                yield from self._component(pkg, stables)
        yield from self._live_set(packages, meta)

    @staticmethod
    def _live_set(packages: list[Package], meta: Package | None) -> Iterator[Result]:
        live = {p.name for p in packages if any(is_live(e) for e in p.ebuilds)}
        if not live:
            return
        if meta is None or META_PACKAGE not in live:
            yield IncompleteLiveSet(f"{CATEGORY}/{META_PACKAGE}",
                                    f"{CATEGORY}/{META_PACKAGE}-9999")
            return
        for pkg in packages:
            if pkg.name not in live:
                yield IncompleteLiveSet(pkg.key, f"{pkg.key}-9999")

    @staticmethod
    def _component(pkg: Package, stables: set[int]) -> Iterator[Result]:
        by_stable: dict[int, set[str]] = defaultdict(set)
        for ebuild in pkg.ebuilds:
            if is_live(ebuild):
                continue
            stable = component_stable(ebuild)
            if stable is None:
                yield InvalidReleaseVersion(
                    ebuild.cpv,
                    ebuild.version,
                    "'<component version>.<stable number>', e.g. '1.0.567.4548'",
                )
                continue
            by_stable[stable].add(ebuild.version)
            if stable not in stables:
                yield UnknownRelease(ebuild.cpv, stable)
        for stable in sorted(stables - by_stable.keys()):
            yield MissingReleaseVersion(pkg.key, stable)
        for stable, versions in sorted(by_stable.items()):
            if len(versions) > 1:
                yield DuplicateReleaseVersion(pkg.key, stable, tuple(sorted(versions)))
