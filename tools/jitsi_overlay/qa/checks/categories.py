"""Every directory that holds packages is listed in profiles/categories.

metadata/pkgcheck.conf turns off pkgcheck's UnknownCategoryDirs because
tools/ and tests/ sit beside the repository; this check closes the gap that
leaves: a category directory missing from profiles/categories is invisible to
the package manager, to pkgcheck and to every other check here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result

NOT_CATEGORIES = frozenset({"eclass", "licenses", "metadata", "profiles"})


@dataclass(frozen=True)
class UnlistedCategory(Result):
    level = Level.ERROR

    @property
    def desc(self) -> str:
        return (
            f"directory {self.location!r} holds ebuilds but is not in profiles/categories: "
            "add it there"
        )


@register
class CategoriesCheck(Check):
    """Category directories with ebuilds that profiles/categories does not list."""

    known_results = (UnlistedCategory,)

    def run(self, repo: Repository) -> Iterator[Result]:
        listed = set(repo.categories)
        for path in sorted(repo.root.iterdir()):
            if (
                path.is_dir()
                and path.name not in listed
                and path.name not in NOT_CATEGORIES
                and not path.name.startswith(".")
                and next(path.glob("*/*.ebuild"), None) is not None
            ):
                yield UnlistedCategory(path.name)
