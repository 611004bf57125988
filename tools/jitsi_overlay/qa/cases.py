"""Data-driven QA cases: a repository fragment, the results it must give, a fix.

A case lives in ``<data>/<Check>/<Result>/``:

``repo/``        files of a minimal repository fragment (category dirs,
                 ``eclass/``, ``metadata/news/``); ``profiles/repo_name``,
                 ``metadata/layout.conf`` and (unless the case has one)
                 ``profiles/categories`` are added around it
``expected``     the exact report lines (``location: Result: message``) the
                 check yields on ``repo/``; ``#`` lines are comments
``fix/``         files copied over ``repo/`` that clear every result
``fix.remove``   optional: repository-relative paths the fix deletes
``pad``          optional: ``<path> <bytes>`` lines; generated filler files,
                 so that size cases need no large files in git
``distdir/``     optional: distfiles handed to the check as DISTDIR
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError

REPO_NAME = "jitsi"
LAYOUT_CONF = """\
masters = gentoo
thin-manifests = true
sign-manifests = false
manifest-hashes = BLAKE2B SHA512
manifest-required-hashes = BLAKE2B
cache-formats = md5-dict
"""
NOT_CATEGORIES = frozenset({"eclass", "metadata", "profiles", "licenses"})


@dataclass(frozen=True)
class Case:
    check: str
    result: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.check}/{self.result}"

    @property
    def distdir(self) -> Path | None:
        distdir = self.path / "distdir"
        return distdir if distdir.is_dir() else None

    def expected(self) -> list[str]:
        text = (self.path / "expected").read_text(encoding="utf-8")
        return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]

    def build(self, dest: Path, *, fixed: bool = False) -> Path:
        """Write the case's repository (with the fix applied when ``fixed``) to ``dest``."""
        if dest.exists():
            raise OverlayError(f"case destination {str(dest)!r} exists: pass a fresh directory")
        shutil.copytree(self.path / "repo", dest)
        _pad(dest, self.path / "pad")
        if fixed:
            fix = self.path / "fix"
            if fix.is_dir():
                shutil.copytree(fix, dest, dirs_exist_ok=True)
            remove = self.path / "fix.remove"
            if remove.is_file():
                for rel in remove.read_text(encoding="utf-8").split():
                    target = dest / rel
                    if target.is_dir():
                        shutil.rmtree(target)
                    else:
                        target.unlink()
        (dest / "profiles").mkdir(exist_ok=True)
        (dest / "metadata").mkdir(exist_ok=True)
        (dest / "profiles" / "repo_name").write_text(REPO_NAME + "\n", encoding="utf-8")
        (dest / "metadata" / "layout.conf").write_text(LAYOUT_CONF, encoding="utf-8")
        listed = dest / "profiles" / "categories"
        if not listed.exists():  # a case may bring its own list
            categories = sorted(
                p.name for p in dest.iterdir() if p.is_dir() and p.name not in NOT_CATEGORIES
            )
            listed.write_text("".join(c + "\n" for c in categories), encoding="utf-8")
        return dest


def _pad(dest: Path, spec: Path) -> None:
    if not spec.is_file():
        return
    for line in spec.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rel, size = line.split()
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        # Readable filler: comment lines, cut to the exact size.
        filler = ("# filler line for a size check\n" * (int(size) // 31 + 1))[: int(size)]
        target.write_text(filler, encoding="utf-8")


def load_cases(data_dir: Path) -> list[Case]:
    """Every ``<Check>/<Result>/`` case under ``data_dir``, sorted."""
    cases = []
    for check_dir in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        for result_dir in sorted(p for p in check_dir.iterdir() if p.is_dir()):
            cases.append(Case(check_dir.name, result_dir.name, result_dir))
    return cases
