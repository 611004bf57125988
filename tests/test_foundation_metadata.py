"""Repository metadata: name, layout.conf, repositories.xml and GLEP 42 news items."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from portage.news import NewsItem

NEWS_DIR_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<short>[a-z0-9+_-]{1,20})$")
NEWS_FILE_RE = re.compile(r"^(?P<item>.+)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^(?P<key>[A-Za-z-]+): (?P<value>\S.*)$")
# GLEP 42 order: each key at most once except the repeatable ones (+).
HEADER_ORDER = [
    "Title",
    "Author+",
    "Translator+",
    "Posted",
    "Revision",
    "News-Item-Format",
    "Display-If-Installed+",
    "Display-If-Keyword+",
    "Display-If-Profile+",
]
REQUIRED = {"Title", "Author", "Posted", "Revision", "News-Item-Format"}


def layout(root: Path) -> dict[str, str]:
    out = {}
    for line in (root / "metadata" / "layout.conf").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def news_problems(path: Path) -> list[str]:
    """Our format rules for one news file (what portage's isValid() does not check)."""
    problems = []
    item = path.parent.name
    m = NEWS_DIR_RE.match(item)
    if not m:
        problems.append(f"directory name {item!r} is not YYYY-MM-DD-<short name of a-z0-9+_- ≤20>")
    fm = NEWS_FILE_RE.match(path.name)
    if not fm or fm.group("item") != item:
        problems.append(f"file name {path.name!r} must be '{item}.<lang>.txt'")
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    if not sep or not body.strip():
        problems.append("no blank line between headers and body, or empty body")
    headers: list[tuple[str, str]] = []
    for line in head.splitlines():
        hm = HEADER_RE.match(line)
        if not hm:
            problems.append(f"malformed header line {line!r}")
            continue
        headers.append((hm.group("key"), hm.group("value")))
    keys = [k for k, _ in headers]
    order = [k.rstrip("+") for k in HEADER_ORDER]
    for key in keys:
        if key not in order:
            problems.append(f"unknown header {key!r}")
    positions = [order.index(k) for k in keys if k in order]
    if positions != sorted(positions):
        problems.append(f"headers out of GLEP 42 order: {keys}")
    for key in order:
        if f"{key}+" not in HEADER_ORDER and keys.count(key) > 1:
            problems.append(f"header {key!r} repeated")
    missing = REQUIRED - set(keys)
    if missing:
        problems.append(f"missing headers {sorted(missing)}")
    values = dict(headers)
    if len(values.get("Title", "")) > 50:
        problems.append(f"Title {values['Title']!r} is longer than 50 characters")
    if values.get("News-Item-Format") not in (None, "2.0"):
        problems.append(f"News-Item-Format {values['News-Item-Format']!r} must be 2.0")
    if m and values.get("Posted") != m.group("date"):
        problems.append(f"Posted {values.get('Posted')!r} differs from the date in {item!r}")
    if "Posted" in values:
        try:
            date.fromisoformat(values["Posted"])
        except ValueError:
            problems.append(f"Posted {values['Posted']!r} is not a date")
    if not values.get("Revision", "").isdigit():
        problems.append(f"Revision {values.get('Revision')!r} must be a number")
    for author in [v for k, v in headers if k in ("Author", "Translator")]:
        if not re.fullmatch(r"[^<>]+ <[^<>@\s]+@[^<>@\s]+>", author):
            problems.append(f"{author!r} is not 'Name <email>'")
    for n, line in enumerate(text.splitlines(), 1):
        if len(line) > 72:
            problems.append(f"line {n} is {len(line)} columns (max 72)")
        if line != line.rstrip():
            problems.append(f"line {n} has trailing whitespace")
    return problems


def news_files(root: Path) -> list[Path]:
    return sorted((root / "metadata" / "news").glob("*/*.txt"))


def test_repo_name_matches_eselect_name_and_layout(repo_root: Path) -> None:
    name = (repo_root / "profiles" / "repo_name").read_text().strip()
    assert name == "jitsi"
    assert layout(repo_root)["repo-name"] == name
    readme = (repo_root / "README.md").read_text()
    eselect = re.findall(r"eselect repository add (\S+) git ", readme)
    assert eselect and set(eselect) == {name}, f"README's eselect lines name {eselect}"
    assert f"[{name}]" in readme, "README's repos.conf entry must use the repository name"


def test_layout_conf(repo_root: Path) -> None:
    conf = layout(repo_root)
    assert conf["masters"] == "gentoo"
    assert conf["thin-manifests"] == "true"
    assert conf["sign-manifests"] == "false"
    assert set(conf["manifest-hashes"].split()) == {"BLAKE2B", "SHA512"}
    assert conf["manifest-required-hashes"] == "BLAKE2B"
    assert set(conf["eapis-banned"].split()) == set("0123456")
    assert conf["eapis-deprecated"] == "7"
    # Claim a metadata cache only when one is shipped.
    shipped = (repo_root / "metadata" / "md5-cache").is_dir()
    assert ("md5-dict" in conf.get("cache-formats", "").split()) == shipped


def test_only_tools_tests_and_configurator_are_non_category_dirs(repo_root: Path) -> None:
    # pkgcheck.conf silences UnknownCategoryDirs for the whole repository, so
    # make sure that only covers tools/, tests/ and configurator/.
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    top_dirs = {p.split("/", 1)[0] for p in tracked if "/" in p}
    categories = set((repo_root / "profiles" / "categories").read_text().split())
    repo_dirs = {"profiles", "metadata", "eclass", "licenses"}
    others = {d for d in top_dirs - categories - repo_dirs if not d.startswith(".")}
    assert others <= {"tools", "tests", "configurator"}, \
        f"unexpected top-level directories: {sorted(others)}"
    conf = (repo_root / "metadata" / "pkgcheck.conf").read_text()
    assert "keywords = -UnknownCategoryDirs" in conf


def test_repositories_xml_names_the_repository(repo_root: Path) -> None:
    root = ET.parse(repo_root / "repositories.xml").getroot()
    assert root.tag == "repositories" and root.get("version") == "1.0"
    repos = root.findall("repo")
    assert len(repos) == 1
    repo = repos[0]
    assert repo.findtext("name") == (repo_root / "profiles" / "repo_name").read_text().strip()
    assert repo.get("quality") in {"core", "stable", "testing", "experimental", "graveyard"}
    assert repo.get("status") in {"official", "unofficial"}
    assert repo.find("description").get("lang") == "en"
    owner = repo.find("owner")
    assert owner.get("type") in {"person", "project"} and "@" in owner.findtext("email")
    sources = repo.findall("source")
    assert sources and all(s.get("type") == "git" for s in sources)
    assert any(s.text.startswith("https://") for s in sources)


def test_there_is_an_introductory_news_item(repo_root: Path) -> None:
    assert news_files(repo_root), "metadata/news/ has no news item"


@pytest.mark.parametrize("path", news_files(Path(__file__).resolve().parent.parent), ids=str)
def test_news_item_is_valid(path: Path) -> None:
    assert NewsItem(str(path), path.parent.name).isValid(), f"portage rejects {path}"
    assert news_problems(path) == []


GOOD_NEWS = """\
Title: A short title
Author: Jane Doe <jane@example.org>
Posted: 2026-11-26
Revision: 1
News-Item-Format: 2.0

Body text.
"""


@pytest.mark.parametrize(
    ("dirname", "text", "problem"),
    [
        ("2026-11-26-probe", GOOD_NEWS.replace("A short title", "T" * 51), "longer than 50"),
        ("2026-11-26-probe", GOOD_NEWS + "x" * 73 + "\n", "73 columns"),
        ("2026-11-26-Probe", GOOD_NEWS, "directory name"),
        ("2026-11-26-a-far-too-long-short-name", GOOD_NEWS, "directory name"),
        ("2026-11-26-probe", GOOD_NEWS.replace("2026-11-26", "2026-11-27"), "differs from"),
        ("2026-11-26-probe", GOOD_NEWS.replace("\n\nBody", "\nBody"), "malformed header"),
        ("2026-11-26-probe", GOOD_NEWS.replace("Jane Doe <jane@example.org>", "Jane"), "Name <"),
        (
            "2026-11-26-probe",
            GOOD_NEWS.replace("Posted: 2026-11-26\n", "").replace(
                "Revision: 1\n", "Revision: 1\nPosted: 2026-11-26\n"
            ),
            "order",
        ),
    ],
)
def test_news_rules_catch_mistakes(tmp_path: Path, dirname: str, text: str, problem: str) -> None:
    item = tmp_path / dirname
    item.mkdir()
    path = item / f"{dirname}.en.txt"
    path.write_text(text)
    problems = news_problems(path)
    assert any(problem in p for p in problems), problems


def test_news_rules_accept_a_good_item(tmp_path: Path) -> None:
    item = tmp_path / "2026-11-26-probe"
    item.mkdir()
    path = item / "2026-11-26-probe.en.txt"
    path.write_text(GOOD_NEWS)
    assert news_problems(path) == []
    assert NewsItem(str(path), item.name).isValid()
    path.write_text(GOOD_NEWS.replace("News-Item-Format: 2.0", "News-Item-Format: 9.9"))
    assert not NewsItem(str(path), item.name).isValid(), "portage accepts any format?"


def test_portage_announces_the_news_items(copy_overlay, make_prefix, repo_root: Path) -> None:
    # A user who adds the overlay sees every item as unread after the next emerge.
    prefix = make_prefix({"jitsi": copy_overlay()}, [])
    result = prefix.emerge("--check-news", "--pretend", "virtual/cron")
    items = [p.parent.name for p in news_files(repo_root)]
    assert f"{len(items)} news items need reading for repository 'jitsi'" in result.stdout
    unread = prefix.root / "var/lib/gentoo/news/news-jitsi.unread"
    assert sorted(unread.read_text().split()) == sorted(items)
