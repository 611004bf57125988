"""The Manifest check agrees with the real tools: pkgdev writes, we verify."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.qa.cases import LAYOUT_CONF
from jitsi_overlay.qa.checks.manifest import digests
from jitsi_overlay.qa.runner import run_checks

CASES = Path(__file__).parent / "data" / "ManifestDistfilesCheck"
EBUILD = """\
# Copyright 2024 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Package for the Manifest oracle test"
HOMEPAGE="https://example.org/"
SRC_URI="https://example.org/${P}.tar.gz https://example.org/${P}-data.tar.gz"

LICENSE="MIT"
SLOT="0"
KEYWORDS="~amd64"
"""


def _pkgdev_manifest(tmp_path: Path, gentoo_master: Path, distdir: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "profiles").mkdir(parents=True)
    (repo / "metadata").mkdir()
    (repo / "profiles" / "repo_name").write_text("jitsi\n")
    (repo / "profiles" / "categories").write_text("app-misc\n")
    (repo / "metadata" / "layout.conf").write_text(LAYOUT_CONF)
    pkg = repo / "app-misc" / "foo"
    pkg.mkdir(parents=True)
    (pkg / "foo-1.ebuild").write_text(EBUILD)
    config = write_pkgcore_config(
        tmp_path / "config", {"gentoo": gentoo_master, "jitsi": repo}, distdir=distdir
    )
    pkgdev = Path(sys.executable).with_name("pkgdev")
    subprocess.run(
        [str(pkgdev), "--config", str(config), "manifest", "-d", str(distdir)],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return pkg / "Manifest"


def test_case_fix_manifests_hold_the_values_pkgdev_writes(tmp_path: Path, gentoo_master: Path):
    # The data cases' "fix" Manifests must carry real digests, not invented ones.
    for case in ("ManifestSizeMismatch", "ManifestChecksumMismatch"):
        distdir = CASES / case / "distdir"
        work = tmp_path / case
        manifest = _pkgdev_manifest(work, gentoo_master, distdir)
        written = set(manifest.read_text().splitlines())
        fix = set((CASES / case / "fix" / "app-misc" / "foo" / "Manifest").read_text().splitlines())
        assert written and written <= fix
        assert len(fix - written) == 1  # the entry whose distfile is absent on purpose

        # Our check is silent on pkgdev's Manifest ...
        repo = manifest.parents[2]
        assert run_checks(repo, distdir=distdir, checks=["ManifestDistfilesCheck"]) == []
        # ... and names exactly the entry whose file changed after the Manifest was written.
        changed = work / "distdir"
        shutil.copytree(distdir, changed)
        target = changed / "foo-1-data.tar.gz"
        target.write_bytes(target.read_bytes().replace(b"distfile", b"DISTFILE"))
        got = {
            (r.name(), getattr(r, "hash_name", "size"))
            for r in run_checks(repo, distdir=changed, checks=["ManifestDistfilesCheck"])
        }
        assert got == {
            ("ManifestChecksumMismatch", "BLAKE2B"),
            ("ManifestChecksumMismatch", "SHA512"),
        }


def test_one_pass_digests_match_hashlib(tmp_path: Path):
    data = bytes(range(256)) * 9000  # a little over two read chunks
    path = tmp_path / "blob"
    path.write_bytes(data)
    assert digests(path) == {
        "blake2b": hashlib.blake2b(data).hexdigest(),
        "sha512": hashlib.sha512(data).hexdigest(),
    }
