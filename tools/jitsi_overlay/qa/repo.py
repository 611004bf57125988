"""A read-only view of an ebuild repository, shaped for the QA checks.

Package and version parsing is pkgcore's (``VersionedCPV``), so a name the
package manager would reject is skipped here and left to pkgcheck, which
reports it (InvalidPN and friends).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pkgcore.ebuild.cpv import VersionedCPV
from pkgcore.ebuild.errors import InvalidCPV

from ..errors import OverlayError
from .metadata import EbuildMetadata, MetadataSource


@dataclass(frozen=True)
class Ebuild:
    """One ebuild file and its parsed name."""

    path: Path
    category: str
    package: str
    version: str  # upstream part, without the revision
    revision: int
    fullver: str  # version plus ``-rN`` when present

    @property
    def cpv(self) -> str:
        return f"{self.category}/{self.package}-{self.fullver}"

    @property
    def package_dir(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class Package:
    """A package directory ``category/name`` with its ebuilds."""

    category: str
    name: str
    path: Path
    ebuilds: tuple[Ebuild, ...]

    @property
    def key(self) -> str:
        return f"{self.category}/{self.name}"


@dataclass
class Repository:
    """The repository at ``root`` plus the inputs some checks need.

    ``distdir`` is where the Manifest check looks for distfiles; ``metadata``
    supplies sourced ebuild variables to checks that declare ``needs_metadata``.
    """

    root: Path
    distdir: Path | None = None
    metadata: MetadataSource | None = None
    _meta_cache: dict[str, EbuildMetadata | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        if not (self.root / "profiles").is_dir():
            raise OverlayError(
                f"{str(self.root)!r} is not an ebuild repository (no profiles/ directory): "
                "pass the repository root"
            )

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    @cached_property
    def categories(self) -> tuple[str, ...]:
        """Categories listed in profiles/categories that exist as directories."""
        listed = self.root / "profiles" / "categories"
        if not listed.is_file():
            return ()
        names = [ln.strip() for ln in listed.read_text(encoding="utf-8").splitlines()]
        return tuple(n for n in names if n and not n.startswith("#") and (self.root / n).is_dir())

    @cached_property
    def packages(self) -> tuple[Package, ...]:
        found = []
        for category in self.categories:
            for pkg_dir in sorted(p for p in (self.root / category).iterdir() if p.is_dir()):
                ebuilds = tuple(
                    e
                    for f in sorted(pkg_dir.glob("*.ebuild"))
                    if (e := _parse_ebuild(f, category, pkg_dir.name)) is not None
                )
                found.append(Package(category, pkg_dir.name, pkg_dir, ebuilds))
        return tuple(found)

    @property
    def ebuilds(self) -> tuple[Ebuild, ...]:
        return tuple(e for p in self.packages for e in p.ebuilds)

    @cached_property
    def eclasses(self) -> tuple[Path, ...]:
        return tuple(sorted((self.root / "eclass").glob("*.eclass")))

    @cached_property
    def news_dirs(self) -> tuple[Path, ...]:
        news = self.root / "metadata" / "news"
        if not news.is_dir():
            return ()
        return tuple(sorted(p for p in news.iterdir() if p.is_dir() and p.name[0] != "."))

    def metadata_of(self, ebuild: Ebuild) -> EbuildMetadata | None:
        """Sourced metadata of ``ebuild``; None when it cannot be sourced.

        A sourcing failure is pkgcheck's to report (SourcingError), so the
        checks that use metadata simply skip such an ebuild.
        """
        if self.metadata is None:
            raise OverlayError(
                "this QA check needs sourced ebuild metadata but no metadata source was given: "
                "pass a pkgcore config (tools/qa.py --gentoo-repo DIR)"
            )
        if ebuild.cpv not in self._meta_cache:
            self._meta_cache[ebuild.cpv] = self.metadata.get(ebuild.cpv)
        return self._meta_cache[ebuild.cpv]


def _parse_ebuild(path: Path, category: str, package: str) -> Ebuild | None:
    stem = path.name[: -len(".ebuild")]
    try:
        cpv = VersionedCPV(f"{category}/{stem}")
    except InvalidCPV:
        return None
    if cpv.package != package:
        return None
    return Ebuild(
        path=path,
        category=category,
        package=package,
        version=cpv.version,
        revision=int(cpv.revision or 0),
        fullver=cpv.fullver,
    )
