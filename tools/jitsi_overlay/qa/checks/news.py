"""GLEP 42 news items under metadata/news (pkgcheck has no news check).

* Directory ``YYYY-MM-DD-<short name>`` (a real date; short name at most 20
  characters of ``a-z 0-9 + - _``) holding ``<directory>.<lang>.txt`` files.
* Headers first, ``Name: value`` lines up to the first blank line: exactly
  one Title, Posted, Revision and News-Item-Format; one or more Author;
  optional Translator and Display-If-Installed/-Keyword/-Profile.  Title is
  at most 50 characters, Posted equals the directory's date, Revision is a
  positive integer, the format is 1.0 or 2.0, authors are ``Name <email>``,
  Display-If-Installed holds an atom portage accepts for that format (EAPI 5
  atoms in 2.0, EAPI 0 in 1.0; portage silently drops an item it rejects).
  Unknown headers are reported as likely typos, although package managers
  ignore them.
* Then a non-empty body of lines no wider than 72 columns.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from portage.news import DisplayInstalledRestriction

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result

DIR_RE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<short>[a-z0-9+_-]{1,20})")
LANG_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
HEADER_RE = re.compile(r"(?P<name>[A-Za-z][A-Za-z-]*): (?P<value>\S.*)")
PERSON_RE = re.compile(r"[^<>]+ <[^<>@\s]+@[^<>@\s]+>")
KEYWORD_RE = re.compile(r"~?[a-z0-9][a-z0-9-]*")
PROFILE_RE = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*(?:/\*)?")
SINGLE = ("Title", "Posted", "Revision", "News-Item-Format")
REPEATABLE = (
    "Author",
    "Translator",
    "Display-If-Installed",
    "Display-If-Keyword",
    "Display-If-Profile",
)
REQUIRED = ("Title", "Author", "Posted", "Revision", "News-Item-Format")
TITLE_MAX = 50
BODY_COLUMNS = 72


@dataclass(frozen=True)
class InvalidNewsName(Result):
    level = Level.ERROR
    filename: str
    reason: str

    @property
    def desc(self) -> str:
        return f"{self.filename!r} {self.reason}"


@dataclass(frozen=True)
class MissingNewsHeader(Result):
    level = Level.ERROR
    header: str

    @property
    def desc(self) -> str:
        return f"no {self.header!r} header: add '{self.header}: ...' before the blank line"


@dataclass(frozen=True)
class InvalidNewsHeader(Result):
    level = Level.ERROR
    line: str
    reason: str

    @property
    def desc(self) -> str:
        return f"header {self.line!r} {self.reason}"


@dataclass(frozen=True)
class NewsTitleTooLong(Result):
    level = Level.WARNING
    title: str

    @property
    def desc(self) -> str:
        return (
            f"Title {self.title!r} has {len(self.title)} characters: "
            f"shorten it to {TITLE_MAX} or fewer"
        )


@dataclass(frozen=True)
class NewsLineTooLong(Result):
    level = Level.WARNING
    lineno: int
    width: int

    @property
    def desc(self) -> str:
        return (
            f"line {self.lineno} is {self.width} columns wide: "
            f"wrap the body at {BODY_COLUMNS} columns"
        )


def _valid_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def header_problem(name: str, value: str, posted: str, news_format: str) -> str | None:
    """Why header ``name: value`` is invalid, or None."""
    if name == "Posted":
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and _valid_date(value)):
            return "is not a date: write it as YYYY-MM-DD"
        if value != posted:
            return f"differs from the directory's date {posted!r}: make them equal"
    elif name == "Revision":
        if not re.fullmatch(r"[1-9]\d*", value):
            return "is not a positive integer: start at 1"
    elif name == "News-Item-Format":
        if value not in ("1.0", "2.0"):
            return "is not a known format: use 2.0"
    elif name in ("Author", "Translator"):
        if not PERSON_RE.fullmatch(value):
            return "does not name a person: write 'Full Name <address@example.org>'"
    elif name == "Display-If-Installed":
        if not DisplayInstalledRestriction(value, news_format).isValid():
            return f"is not a package atom portage accepts in format {news_format}"
    elif name == "Display-If-Keyword":
        if not KEYWORD_RE.fullmatch(value):
            return "is not a keyword: write one such as ~amd64"
    elif name == "Display-If-Profile" and not PROFILE_RE.fullmatch(value):
        return "is not a profile path: write one such as default/linux/amd64"
    return None


@register
class NewsItemCheck(Check):
    """GLEP 42 news items: names, headers, title length, 72-column body."""

    known_results = (
        InvalidNewsName,
        MissingNewsHeader,
        InvalidNewsHeader,
        NewsTitleTooLong,
        NewsLineTooLong,
    )

    def run(self, repo: Repository) -> Iterator[Result]:
        for news_dir in repo.news_dirs:
            location = repo.rel(news_dir)
            match = DIR_RE.fullmatch(news_dir.name)
            if match is None or not _valid_date(match["date"]):
                yield InvalidNewsName(
                    location,
                    news_dir.name,
                    "is not 'YYYY-MM-DD-<name>' (a real date, then at most 20 characters "
                    "of a-z 0-9 + - _): rename the directory",
                )
                continue
            items = sorted(news_dir.glob(f"{news_dir.name}.*.txt"))
            for other in sorted(set(news_dir.iterdir()) - set(items)):
                yield InvalidNewsName(
                    location,
                    other.name,
                    f"is not '{news_dir.name}.<language>.txt': rename or remove it",
                )
            if not items:
                yield InvalidNewsName(
                    location,
                    news_dir.name,
                    f"holds no '{news_dir.name}.en.txt': add the English item",
                )
            for item in items:
                lang = item.name[len(news_dir.name) + 1 : -len(".txt")]
                if not LANG_RE.fullmatch(lang):
                    yield InvalidNewsName(
                        repo.rel(item), item.name, f"has no valid language tag ('{lang}'): use en"
                    )
                    continue
                yield from self._item(item, repo.rel(item), match["date"])

    @staticmethod
    def _item(path: Path, location: str, posted: str) -> Iterator[Result]:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        news_format = next(
            (ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("News-Item-Format:")),
            "2.0",
        )
        seen: dict[str, int] = {}
        body_start = len(lines)
        for index, line in enumerate(lines):
            if not line.strip():
                body_start = index + 1
                break
            header = HEADER_RE.fullmatch(line.rstrip())
            if header is None:
                yield InvalidNewsHeader(location, line, "is not a 'Name: value' line")
                continue
            name, value = header["name"], header["value"]
            if name not in SINGLE and name not in REPEATABLE:
                yield InvalidNewsHeader(
                    location, line, "is not a GLEP 42 header (ignored by portage): fix or remove it"
                )
                continue
            seen[name] = seen.get(name, 0) + 1
            if name in SINGLE and seen[name] == 2:
                yield InvalidNewsHeader(location, line, "repeats a single header: keep one")
            if name == "Title" and len(value) > TITLE_MAX:
                yield NewsTitleTooLong(location, value)
            problem = header_problem(name, value, posted, news_format)
            if problem is not None:
                yield InvalidNewsHeader(location, line, problem)
        for name in REQUIRED:
            if name not in seen:
                yield MissingNewsHeader(location, name)
        body = lines[body_start:]
        if not any(ln.strip() for ln in body):
            yield InvalidNewsHeader(
                location, lines[-1] if lines else "", "ends the file: add a blank line and a body"
            )
        for offset, line in enumerate(body):
            width = len(line.expandtabs())
            if width > BODY_COLUMNS:
                yield NewsLineTooLong(location, body_start + offset + 1, width)
