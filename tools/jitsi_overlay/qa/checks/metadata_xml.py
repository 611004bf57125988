"""Every package directory carries a metadata.xml.

pkgcheck reports a missing metadata.xml only in the repository named
``gentoo``, so an overlay needs its own check.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result


@dataclass(frozen=True)
class MissingMetadataXml(Result):
    level = Level.ERROR

    @property
    def desc(self) -> str:
        return (
            f"package directory {self.location!r} has no metadata.xml: "
            "add one with a <maintainer> and an <upstream> remote-id"
        )


@register
class MetadataXmlCheck(Check):
    """Package directories without metadata.xml."""

    known_results = (MissingMetadataXml,)

    def run(self, repo: Repository) -> Iterator[Result]:
        for pkg in repo.packages:
            if pkg.ebuilds and not (pkg.path / "metadata.xml").is_file():
                yield MissingMetadataXml(pkg.key)
