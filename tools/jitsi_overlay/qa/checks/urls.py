"""HOMEPAGE and SRC_URI must not use plain http://.

The values are read after pkgcore has sourced the ebuild with its eclasses,
so a URL assembled from ``${PN}``/``${PV}`` or set by an eclass is checked as
the package manager sees it; every URL of SRC_URI counts, USE-conditional
ones included.  ``https://`` and ``mirror://`` are fine.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result


@dataclass(frozen=True)
class InsecureHomepage(Result):
    level = Level.WARNING
    url: str

    @property
    def desc(self) -> str:
        return f"HOMEPAGE {self.url!r} uses plain http: use https://"


@dataclass(frozen=True)
class InsecureSrcUri(Result):
    level = Level.WARNING
    url: str

    @property
    def desc(self) -> str:
        return f"SRC_URI {self.url!r} uses plain http: use https:// (or a mirror://)"


def _is_http(token: str) -> bool:
    return token.lower().startswith("http://")


@register
class InsecureUrlCheck(Check):
    """Plain http:// in HOMEPAGE or SRC_URI."""

    known_results = (InsecureHomepage, InsecureSrcUri)
    needs_metadata = True

    def run(self, repo: Repository) -> Iterator[Result]:
        for ebuild in repo.ebuilds:
            meta = repo.metadata_of(ebuild)
            if meta is None:
                continue
            for url in meta.homepage:
                if _is_http(url):
                    yield InsecureHomepage(ebuild.cpv, url)
            # SRC_URI tokens also hold "->", "flag?" and parentheses; only URLs match.
            for url in meta.src_uri:
                if _is_http(url):
                    yield InsecureSrcUri(ebuild.cpv, url)
