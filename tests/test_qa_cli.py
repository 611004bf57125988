"""tools/qa.py end to end: real pkgcheck plus our checks, as a subprocess."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jitsi_overlay.qa.registry import REGISTRY

QA = Path(__file__).resolve().parent.parent / "tools" / "qa.py"

PLANTED_EBUILD = """\
# Copyright Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Package with planted QA mistakes"
HOMEPAGE="http://example.org/qa-planted"
SRC_URI="https://example.org/${P}.tar.gz"
S="${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"

RDEPEND="net-im/no-such-package"

src_install() {
\tnewinitd "${FILESDIR}"/${PN}.initd ${PN}
}
"""


def qa(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(QA), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_list_names_every_check_and_result():
    proc = qa("--list")
    assert proc.returncode == 0, proc.stderr
    for check in REGISTRY.checks():
        assert f"{check.name()}: " in proc.stdout
        for result in check.known_results:
            assert f"  {result.name()} ({result.level})" in proc.stdout
    assert qa("--checks").stdout == proc.stdout


def test_explain_prints_the_rule():
    proc = qa("--explain", "ReleaseSuffixCheck")
    assert proc.returncode == 0, proc.stderr
    assert "net-im/jitsi-meet-server" in proc.stdout
    assert "Revisions never count" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--explain", "NoSuchCheck"], "unknown QA check 'NoSuchCheck'"),
        (["--select", "NoSuchCheck", "--gentoo-repo", "."], "unknown QA check 'NoSuchCheck'"),
        (["--pkgcheck-levels", "loud"], "unknown --pkgcheck-levels 'loud'"),
        (["--gentoo-repo", "/nonexistent"], "--gentoo-repo '/nonexistent' is not an ebuild"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str):
    proc = qa(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""


@pytest.mark.skipif(Path("/etc/portage").exists(), reason="a Gentoo host supplies the master")
def test_without_a_master_is_a_usage_error():
    proc = qa()
    assert proc.returncode == 2
    assert "no gentoo repository: pass --gentoo-repo DIR" in proc.stderr


def test_real_overlay_is_clean(repo_root: Path):
    # The checkout itself, as a maintainer runs it (qa.py scans a snapshot).
    proc = subprocess.run(
        [sys.executable, "tools/qa.py", "--gentoo-repo", "tests/fixtures/gentoo"],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (proc.stdout, proc.stderr, proc.returncode) == ("", "", 0)


def test_snapshot_leaves_the_repository_untouched(copy_overlay, gentoo_master: Path):
    overlay = copy_overlay()
    shutil.rmtree(overlay / "metadata" / "md5-cache", ignore_errors=True)
    before = sorted(p.relative_to(overlay) for p in overlay.rglob("*"))
    qa("--repo", overlay, "--gentoo-repo", gentoo_master)
    assert sorted(p.relative_to(overlay) for p in overlay.rglob("*")) == before


def _plant(overlay: Path, distdir: Path) -> None:
    pkg = overlay / "app-misc" / "qa-planted"
    (pkg / "files").mkdir(parents=True)
    (pkg / "qa-planted-1.ebuild").write_text(PLANTED_EBUILD)
    (pkg / "files" / "qa-planted.initd").write_text("#!/sbin/openrc-run\n")
    distfile = distdir / "qa-planted-1.tar.gz"
    distfile.write_bytes(b"planted distfile\n")
    data = distfile.read_bytes()
    # Planted mistake: the size is one byte too large; the digests are right.
    (pkg / "Manifest").write_text(
        f"DIST {distfile.name} {len(data) + 1} BLAKE2B {hashlib.blake2b(data).hexdigest()} "
        f"SHA512 {hashlib.sha512(data).hexdigest()}\n"
    )
    news = overlay / "metadata" / "news" / "2024-05-01-planted"
    news.mkdir(parents=True)
    (news / f"{news.name}.en.txt").write_text(
        "Title: A planted news item whose title runs over fifty characters\n"
        "Author: QA <qa@example.org>\n"
        "Posted: 2024-05-01\n"
        "Revision: 1\n"
        "News-Item-Format: 2.0\n"
        "\n"
        "Body.\n"
    )


def test_planted_mistakes_exit_1_with_one_line_each(copy_overlay, gentoo_master, tmp_path):
    overlay = copy_overlay()
    distdir = tmp_path / "distfiles"
    distdir.mkdir()
    baseline = qa("--repo", overlay, "--gentoo-repo", gentoo_master, "--distdir", distdir)
    assert baseline.returncode in (0, 1), baseline.stderr
    _plant(overlay, distdir)

    proc = qa("--repo", overlay, "--gentoo-repo", gentoo_master, "--distdir", distdir)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    new = set(proc.stdout.splitlines()) - set(baseline.stdout.splitlines())
    ours = {
        "app-misc/qa-planted: ManifestSizeMismatch: DIST 'qa-planted-1.tar.gz' has size 18 in "
        "the Manifest but 17 in DISTDIR: regenerate the Manifest from the verified distfile",
        "app-misc/qa-planted: MissingMetadataXml: package directory 'app-misc/qa-planted' has "
        "no metadata.xml: add one with a <maintainer> and an <upstream> remote-id",
        "app-misc/qa-planted-1: InsecureHomepage: HOMEPAGE 'http://example.org/qa-planted' uses "
        "plain http: use https://",
        "app-misc/qa-planted-1: InvalidCopyright: first line '# Copyright Jitsi overlay authors' "
        "is not a copyright line: write '# Copyright YYYY[-YYYY] <holder>'",
        "app-misc/qa-planted-1: StableKeywords: stable KEYWORDS 'amd64': use testing keywords "
        "'~amd64'",
        "app-misc/qa-planted-1: UnrevisionedFilesdirFile: newinitd installs "
        "'files/qa-planted.initd' without a revision suffix: rename it to "
        "'files/qa-planted.initd-r1' (bump the suffix on every change)",
        "metadata/news/2024-05-01-planted/2024-05-01-planted.en.txt: NewsTitleTooLong: Title "
        "'A planted news item whose title runs over fifty characters' has 58 characters: "
        "shorten it to 50 or fewer",
    }
    assert ours <= new
    # pkgcheck's own findings on the planted dependency come through the same report.
    rest = {line.split(": ")[0] + ": " + line.split(": ")[1] for line in new - ours}
    assert rest == {
        "app-misc/qa-planted-1: NonexistentDeps",
        "app-misc/qa-planted-1: NonsolvableDepsInStable",
    }
    # One finding per line, sorted by location.
    lines = proc.stdout.splitlines()
    assert lines == sorted(lines, key=lambda ln: ln.split(": ")[0])


def test_waivers_file_silences_exactly_its_findings(copy_overlay, gentoo_master, tmp_path):
    overlay = copy_overlay()
    _plant(overlay, tmp_path)
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(
        "[[waiver]]\n"
        'location = "app-misc/qa-planted"\n'
        'name = "StableKeywords"\n'
        'reason = "planted: the test accepts this one finding"\n'
        "[[waiver]]\n"
        'location = "app-misc/no-such-package"\n'
        'name = "StableKeywords"\n'
        'reason = "planted: matches nothing, so it is reported"\n'
    )
    common = ["--repo", overlay, "--gentoo-repo", gentoo_master, "--select", "StableKeywordsCheck"]
    proc = qa(*common, "--no-pkgcheck", "--waivers", waivers)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [
        "waivers: UnusedWaiver: waiver for StableKeywords at 'app-misc/no-such-package' "
        "matches no finding: remove it"
    ]
    shown = qa(*common, "--no-pkgcheck", "--no-waivers")
    assert "app-misc/qa-planted-1: StableKeywords: " in shown.stdout
