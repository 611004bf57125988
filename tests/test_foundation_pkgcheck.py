"""pkgcheck over the whole overlay, and planted mistakes proving the harness can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from jitsi_overlay.gentoo.pkgcheck_scan import describe, scan
from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.qa.findings import from_pkgcheck
from jitsi_overlay.qa.registry import REGISTRY
from jitsi_overlay.qa.waivers import DEFAULT_WAIVERS, load_waivers

BLOCKING = ("error", "warning")  # what `pkgcheck scan --exit error,warning` fails on

# Waivers of our own checks' results are tools/qa.py's business, not pkgcheck's.
OUR_RESULTS = {r.__name__ for r in REGISTRY.results()}


def blocking(results: list) -> list:
    return [r for r in results if r.level in BLOCKING]


def test_overlay_has_no_pkgcheck_errors_or_warnings(
    repo_root: Path, gentoo_master: Path, tmp_path: Path
) -> None:
    config = write_pkgcore_config(
        tmp_path / "config", {"gentoo": gentoo_master, "jitsi": repo_root}
    )
    results = scan(repo_root, config, tmp_path / "cache")
    # cache-formats is empty everywhere, so scanning never writes into the checkout.
    for repo in (repo_root, gentoo_master):
        assert not (repo / "metadata" / "md5-cache").exists(), f"{repo} gained a metadata cache"
    # The project's waivers (each with its reason, shared with tools/qa.py) are the
    # only findings accepted; a waiver that no longer matches anything must go.
    waivers = [w for w in load_waivers(DEFAULT_WAIVERS) if w.name not in OUR_RESULTS]
    used = set()
    bad = []
    for result in blocking(results):
        finding = from_pkgcheck(result)
        match = next((w for w in waivers if w.matches(finding)), None)
        if match is None:
            bad.append(result)
        else:
            used.add(match)
    assert not bad, "pkgcheck reports errors/warnings in the overlay:\n" + "\n".join(
        describe(r) for r in bad
    )
    assert used == set(waivers), f"waivers matching nothing: {set(waivers) - used}"


def test_testrepo_and_its_stubs_are_clean(
    repo_root: Path, gentoo_master: Path, tmp_path: Path
) -> None:
    testrepo = repo_root / "tests" / "fixtures" / "testrepo"
    config = write_pkgcore_config(
        tmp_path / "config", {"gentoo": gentoo_master, "jitsi-testrepo": testrepo}
    )
    results = scan(testrepo, config, tmp_path / "cache")
    assert not blocking(results), "\n".join(describe(r) for r in blocking(results))


# --- planted mistakes (one package per case, scanned alone) -------------------

PROBE = "app-misc/foundation-probe"

GOOD_EBUILD = """\
# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

PYTHON_COMPAT=( python3_{11..13} )

inherit python-single-r1 systemd

DESCRIPTION="Probe package planted by the foundation tests"
HOMEPAGE="https://jitsi.org/"
SRC_URI="https://distfiles.example.org/${P}.tar.gz"

LICENSE="Apache-2.0"
SLOT="0"
KEYWORDS="~amd64 ~arm64"
REQUIRED_USE="${PYTHON_REQUIRED_USE}"

RDEPEND="
	${PYTHON_DEPS}
	www-servers/nginx[stream,nginx_modules_http_ssl,nginx_modules_stream_ssl_preread]
	virtual/jre:17
"

src_install() {
	python_newscript probe.py foundation-probe
	systemd_dounit "${FILESDIR}"/foundation-probe.service
}
"""

GOOD_METADATA = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE pkgmetadata SYSTEM "https://www.gentoo.org/dtd/metadata.dtd">
<pkgmetadata>
	<maintainer type="project">
		<email>tests@jitsi-overlay.invalid</email>
		<name>Jitsi overlay test suite</name>
	</maintainer>
</pkgmetadata>
"""

DIST_LINE = (
    "DIST foundation-probe-1.0.tar.gz 10 BLAKE2B " + "0" * 128 + " SHA512 " + "0" * 128 + "\n"
)


def sub(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, f"planted edit needs {old!r} in the probe ebuild"
        return text.replace(old, new, 1)

    return edit


def eclassless(eapi: str) -> Callable[[str], str]:
    """The probe without eclasses (they die on old EAPIs before pkgcheck's EAPI checks)."""

    def edit(text: str) -> str:
        head, _, _ = text.partition("PYTHON_COMPAT")
        body = text[text.index("DESCRIPTION=") : text.index("REQUIRED_USE=")]
        return head.replace("EAPI=8", f"EAPI={eapi}") + body

    return edit


# (id, ebuild edit, metadata.xml text or None, keep Manifest, expected keyword)
PLANTS = [
    (
        "bad-keyword",
        sub('KEYWORDS="~amd64 ~arm64"', 'KEYWORDS="~amd65 ~arm64"'),
        None,
        True,
        "UnknownKeywords",
    ),
    ("unknown-dep", sub("virtual/jre:17", "net-im/no-such-package"), None, True, "NonexistentDeps"),
    (
        "unsatisfiable-use-dep",
        sub("nginx_modules_stream_ssl_preread", "nginx_modules_stream_nope"),
        None,
        True,
        "NonsolvableDepsInStable",
    ),
    (
        "missing-slot-of-dep",
        sub("virtual/jre:17", "virtual/jre:99"),
        None,
        True,
        "NonsolvableDepsInStable",
    ),
    ("banned-eapi", eclassless("6"), None, True, "BannedEapi"),
    ("deprecated-eapi", eclassless("7"), None, True, "DeprecatedEapi"),
    (
        "unknown-license",
        sub('LICENSE="Apache-2.0"', 'LICENSE="NoSuchLicense"'),
        None,
        True,
        "UnknownLicense",
    ),
    (
        "bash-syntax",
        sub("src_install() {", "src_install() {\n\tif then"),
        None,
        True,
        "SourcingError",
    ),
    (
        "banned-command",
        sub("\tsystemd_dounit", "\tdohtml index.html\n\tsystemd_dounit"),
        None,
        True,
        "BannedEapiCommand",
    ),
    ("python-deps-dropped", sub("\t${PYTHON_DEPS}\n", ""), None, True, "PythonMissingDeps"),
    (
        "missing-inherit",
        sub("inherit python-single-r1 systemd", "inherit python-single-r1"),
        None,
        True,
        "MissingInherits",
    ),
    ("no-manifest", lambda t: t, None, False, "MissingManifest"),
    (
        "maintainer-without-email",
        lambda t: t,
        GOOD_METADATA.replace("\t\t<email>tests@jitsi-overlay.invalid</email>\n", ""),
        True,
        "PkgInvalidXml",
    ),
]


def plant(overlay: Path, ebuild: str, metadata: str, manifest: bool) -> None:
    pkg = overlay / PROBE
    (pkg / "files").mkdir(parents=True)
    (pkg / "files" / "foundation-probe.service").write_text("[Service]\nExecStart=/bin/true\n")
    (pkg / "foundation-probe-1.0.ebuild").write_text(ebuild)
    (pkg / "metadata.xml").write_text(metadata)
    if manifest:
        (pkg / "Manifest").write_text(DIST_LINE)


@pytest.fixture
def scan_probe(
    copy_overlay: Callable[..., Path], gentoo_master: Path, tmp_path: Path
) -> Callable[..., list]:
    def run(ebuild: str, metadata: str = GOOD_METADATA, manifest: bool = True) -> list:
        overlay = copy_overlay()
        plant(overlay, ebuild, metadata, manifest)
        config = write_pkgcore_config(
            tmp_path / "config", {"gentoo": gentoo_master, "jitsi": overlay}
        )
        return scan(overlay, config, tmp_path / "cache", [PROBE])

    return run


def test_probe_package_is_clean(scan_probe: Callable[..., list]) -> None:
    # The baseline the plants start from must pass, or a plant proves nothing.
    results = scan_probe(GOOD_EBUILD)
    assert not blocking(results), "\n".join(describe(r) for r in blocking(results))


@pytest.mark.parametrize(
    ("edit", "metadata", "manifest", "keyword"),
    [pytest.param(*p[1:], id=p[0]) for p in PLANTS],
)
def test_planted_mistake_is_reported(
    scan_probe: Callable[..., list],
    edit: Callable[[str], str],
    metadata: str | None,
    manifest: bool,
    keyword: str | None,
) -> None:
    results = scan_probe(edit(GOOD_EBUILD), metadata or GOOD_METADATA, manifest)
    if keyword is None:  # control case for the eclass-less plants
        assert not blocking(results), "\n".join(describe(r) for r in blocking(results))
        return
    found = {type(r).__name__: r for r in results}
    assert keyword in found, f"expected {keyword}; pkgcheck said:\n" + "\n".join(
        describe(r) for r in results
    )
    assert found[keyword].level in BLOCKING, describe(found[keyword])


def test_pkgdev_reproduces_the_testrepo_manifests(
    repo_root: Path, gentoo_master: Path, tmp_path: Path
) -> None:
    # The same config dir drives pkgdev: with DISTDIR set it hashes local
    # distfiles offline, and must agree with the committed Manifests.
    testrepo = tmp_path / "testrepo"
    shutil.copytree(repo_root / "tests" / "fixtures" / "testrepo", testrepo)
    manifests = sorted(testrepo.glob("*/*/Manifest"))
    expected = {m: m.read_text() for m in manifests}
    assert expected, "the test repository has no Manifest"
    for m in manifests:
        m.unlink()
    config = write_pkgcore_config(
        tmp_path / "config",
        {"gentoo": gentoo_master, "jitsi-testrepo": testrepo},
        distdir=testrepo / ".distfiles",
    )
    pkgdev = Path(sys.executable).parent / "pkgdev"
    subprocess.run(
        [str(pkgdev), "--config", str(config), "manifest"],
        cwd=testrepo,
        check=True,
        capture_output=True,
        text=True,
    )
    assert {m: m.read_text() for m in manifests} == expected
