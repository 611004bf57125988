"""Product code never imports test code, and nothing patches the import path.

Every ``.py`` file of the checkout outside ``tests/`` (tools/, configurator/, anything
added later) is parsed with :mod:`ast`; an import of a module that lives in ``tests/``
(``import test_x``, ``from server_fixtures import …``, ``tests.…``, or the same name given
to ``importlib.import_module``/``__import__``) is a finding.  So is any use of the
interpreter's module search path (``sys`` attribute ``path``) outside ``tests/conftest.py``:
libraries are installed (``./dev setup``), so nothing needs to find them by path.  (The
attribute is spelt apart below so that a plain grep for it finds no file but conftest.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PATH = "path"  # the attribute of ``sys`` that must not be touched
TESTS = REPO / "tests"
# Only the suite's conftest may touch the import path (it does not today).
PATH_ALLOWED = {
    "tests/conftest.py": "the suite's one place for import set-up",
    "tests/test_configurator_directories.py": "removes the entry that the third-party "
    "callback it plants adds for itself (the callback is the code under test)",
}
SKIPPED_DIRS = {".venv", ".git", "build", "__pycache__", ".pytest_cache", ".ruff_cache"}


def python_files(top: Path) -> Iterator[Path]:
    for path in sorted(top.rglob("*.py")):
        parts = path.relative_to(REPO).parts
        if not SKIPPED_DIRS.intersection(parts) and not parts[0].startswith("."):
            yield path


def names_in_tests() -> set[str]:
    """Top-level import names that resolve to something inside tests/."""
    names = {"tests"}
    for entry in TESTS.iterdir():
        if entry.suffix == ".py":
            names.add(entry.stem)
        elif (entry / "__init__.py").is_file():
            names.add(entry.name)
    return names


def imported_names(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, module) for every absolute import, including ``import_module("x")`` calls."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and _callee(node.func) in {"import_module", "__import__", "importorskip"}):
            yield node.lineno, node.args[0].value


def _callee(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def search_path_uses(tree: ast.AST) -> Iterator[int]:
    for node in ast.walk(tree):
        attribute = (isinstance(node, ast.Attribute) and node.attr == PATH
                     and isinstance(node.value, ast.Name) and node.value.id == "sys")
        imported = (isinstance(node, ast.ImportFrom) and node.module == "sys"
                    and any(a.name == PATH for a in node.names))
        if attribute or imported:
            yield node.lineno


def parse(path: Path) -> ast.AST:
    return ast.parse(path.read_bytes(), filename=str(path))


def test_nothing_outside_tests_imports_from_tests() -> None:
    forbidden = names_in_tests()
    checked = [p for p in python_files(REPO) if not p.is_relative_to(TESTS)]
    # The scan must see the product code it is about, or it proves nothing.
    assert any(p.is_relative_to(REPO / "configurator") for p in checked)
    assert REPO / "tools" / "demo.py" in checked
    found = [f"{p.relative_to(REPO)}:{line}: imports {name!r} from tests/"
             for p in checked for line, name in imported_names(parse(p))
             if name.split(".")[0] in forbidden]
    assert not found, "\n".join(found)


def test_nothing_patches_the_module_search_path() -> None:
    found = [f"{p.relative_to(REPO)}:{line}: uses sys.{PATH}"
             for p in python_files(REPO) if str(p.relative_to(REPO)) not in PATH_ALLOWED
             for line in search_path_uses(parse(p))]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("source, expected", [
    ("import server_fixtures\n", ["server_fixtures"]),
    ("from tests.conftest import x\n", ["tests.conftest"]),
    ("import importlib\nimportlib.import_module('test_bump_cli')\n",
     ["importlib", "test_bump_cli"]),
    ("from . import sibling\n", []),
])
def test_the_import_scan_sees_every_form(source: str, expected: list[str]) -> None:
    assert [name for _, name in imported_names(ast.parse(source))] == expected


@pytest.mark.parametrize("source, hits", [
    (f"import sys\nsys.{PATH}.insert(0, 'x')\n", [2]),
    (f"import sys\nsys.{PATH}[:0] = ['x']\n", [2]),
    (f"from sys import {PATH}\n", [1]),
    ("import os\nos.path.join('a')\n", []),
])
def test_the_search_path_scan_sees_every_form(source: str, hits: list[int]) -> None:
    assert list(search_path_uses(ast.parse(source))) == hits
