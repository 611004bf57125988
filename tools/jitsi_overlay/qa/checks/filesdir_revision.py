"""Installed FILESDIR files carry a revision suffix (``name-rN``).

A shipped config file or init script is never edited in place: the next
version gets ``jicofo.initd-r2`` and the ebuild points at it, so every
released ebuild keeps installing exactly what it installed when it was
released.  The rule: every ``${FILESDIR}/path`` argument of an install helper
below must have a file name ending in ``-r<digits>``.  Directory trees
installed with ``-r`` (``doins -r "${FILESDIR}"/configurator/.``: program
code, not configuration) are exempt.  A referenced file that does not exist
is reported too.  The ebuild is parsed with pkgcheck's tree-sitter bash
grammar; ``${PN}``, ``${P}``, ``${PV}``, ``${PR}``, ``${PVR}``, ``${PF}`` and
``${CATEGORY}`` are expanded, any other variable is kept literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from pkgcheck.bash import ParseTree, cmd_query

from ..base import Check
from ..registry import register
from ..repo import Ebuild, Repository
from ..results import Level, Result

INSTALL_HELPERS = frozenset(
    {
        "doinitd", "newinitd", "doconfd", "newconfd", "doenvd", "newenvd",
        "dopamd", "newpamd", "doins", "newins", "doexe", "newexe",
        "systemd_dounit", "systemd_newunit", "systemd_douserunit", "systemd_newuserunit",
        "systemd_install_serviced", "dotmpfiles", "newtmpfiles",
        "systemd_dotmpfilesd", "systemd_newtmpfilesd",
    }
)  # fmt: skip
REVISION_RE = re.compile(r".*-r\d+")
FILESDIR_RE = re.compile(r"\$\{FILESDIR\}|\$FILESDIR(?![A-Za-z0-9_])")
MARK = "\0FILESDIR"


@dataclass(frozen=True)
class UnrevisionedFilesdirFile(Result):
    level = Level.WARNING
    helper: str
    path: str

    @property
    def desc(self) -> str:
        return (
            f"{self.helper} installs {self.path!r} without a revision suffix: "
            f"rename it to '{self.path}-r1' (bump the suffix on every change)"
        )


@dataclass(frozen=True)
class MissingFilesdirFile(Result):
    level = Level.ERROR
    helper: str
    path: str

    @property
    def desc(self) -> str:
        return f"{self.helper} installs {self.path!r}, which does not exist: add it or fix the name"


def expand(word: str, ebuild: Ebuild) -> str:
    """Shell word -> text, with quotes dropped and the PMS name variables expanded."""
    text = word.replace('"', "").replace("'", "")
    text = FILESDIR_RE.sub(MARK, text)
    names = {
        "CATEGORY": ebuild.category,
        "PN": ebuild.package,
        "PV": ebuild.version,
        "P": f"{ebuild.package}-{ebuild.version}",
        "PR": f"r{ebuild.revision}",
        "PVR": ebuild.fullver,
        "PF": f"{ebuild.package}-{ebuild.fullver}",
    }
    for name, value in names.items():
        text = re.sub(rf"\$\{{{name}\}}|\${name}(?![A-Za-z0-9_])", value, text)
    return text


def filesdir_arguments(ebuild: Ebuild) -> Iterator[tuple[str, bool, str]]:
    """(helper, recursive, path under files/) for each FILESDIR argument of an install helper."""
    tree = ParseTree(ebuild.path.read_bytes())
    for node in chain(tree.global_query(cmd_query), tree.func_query(cmd_query)):
        name_node = node.child_by_field_name("name")
        if name_node is None:
            continue
        helper = tree.node_str(name_node)
        if helper not in INSTALL_HELPERS:
            continue
        args = [tree.node_str(a) for a in node.children_by_field_name("argument")]
        recursive = "-r" in args
        for arg in args:
            text = expand(arg, ebuild)
            if text.startswith(MARK + "/"):
                yield helper, recursive, re.sub(r"/+", "/", text[len(MARK) + 1 :])


@register
class FilesdirRevisionCheck(Check):
    """Config files and init scripts installed from FILESDIR without a -rN suffix."""

    known_results = (UnrevisionedFilesdirFile, MissingFilesdirFile)

    def run(self, repo: Repository) -> Iterator[Result]:
        for ebuild in repo.ebuilds:
            seen: set[tuple[str, str]] = set()
            for helper, recursive, path in filesdir_arguments(ebuild):
                if (helper, path) in seen:
                    continue
                seen.add((helper, path))
                shown = f"files/{path}"
                literal = "$" not in path and not any(c in path for c in "*?[")
                if literal and not (ebuild.package_dir / "files" / path).exists():
                    yield MissingFilesdirFile(ebuild.cpv, helper, shown)
                basename = path.rstrip("/").rsplit("/", 1)[-1]
                if not recursive and not REVISION_RE.fullmatch(basename):
                    yield UnrevisionedFilesdirFile(ebuild.cpv, helper, shown)
