"""No stable keywords: the overlay ships testing (``~arch``) keywords only.

Stable keywords promise arch-team testing this overlay cannot give; ``-*``
and other minus keywords are fine.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result


@dataclass(frozen=True)
class StableKeywords(Result):
    level = Level.ERROR
    keywords: tuple[str, ...]

    @property
    def desc(self) -> str:
        stable = " ".join(self.keywords)
        testing = " ".join(f"~{k}" for k in self.keywords)
        return f"stable KEYWORDS {stable!r}: use testing keywords {testing!r}"


@register
class StableKeywordsCheck(Check):
    """Ebuilds with stable (non-~, non-minus) keywords."""

    known_results = (StableKeywords,)
    needs_metadata = True

    def run(self, repo: Repository) -> Iterator[Result]:
        for ebuild in repo.ebuilds:
            meta = repo.metadata_of(ebuild)
            if meta is None:
                continue
            stable = tuple(k for k in meta.keywords if k[:1] not in ("~", "-"))
            if stable:
                yield StableKeywords(ebuild.cpv, stable)
