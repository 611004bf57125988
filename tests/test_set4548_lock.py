"""The 4548 set is derived from the recorded facts only, and re-renders with no diff."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jitsi_overlay.bump import facts as facts_mod
from jitsi_overlay.bump.lock import load_lock
from jitsi_overlay.bump.manifest import manifests_for
from jitsi_overlay.bump.render import render_release

DIST_RE = re.compile(r"^DIST (\S+) (\d+) BLAKE2B ([0-9a-f]{128}) SHA512 ([0-9a-f]{128})$")
SET_PACKAGES = (
    "net-im/jicofo",
    "net-im/jitsi-videobridge",
    "net-im/jitsi-meet-web",
    "net-im/jitsi-meet-web-config",
    "net-im/jitsi-meet-prosody",
    "net-im/jitsi-meet-turnserver",
    "dev-java/jitsi-sctp",
)
# The same facts as shared/data/facts-4548.json (shared/ sits beside the checkout),
# committed (xz) so the suite runs anywhere; the shared copy is compared when present.
SHARED_FACTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "facts-4548.json"


@pytest.fixture(scope="module")
def facts(repo_root: Path) -> dict:
    committed = facts_mod.load_facts(repo_root / "tools" / "releases" / facts_mod.FACTS_NAME)
    if SHARED_FACTS.is_file():
        assert facts_mod.load_facts(SHARED_FACTS) == committed
    return committed


def manifest_lines(path: Path) -> list[tuple[str, int, str, str]]:
    out = []
    for line in path.read_text().splitlines():
        m = DIST_RE.match(line)
        assert m, f"{path}: malformed Manifest line {line!r}"
        out.append((m[1], int(m[2]), m[3], m[4]))
    return out


def test_every_dist_line_is_a_recorded_fact(repo_root: Path, facts: dict) -> None:
    recorded = facts_mod.all_dist_facts(facts)
    total = 0
    for pkg in SET_PACKAGES:
        lines = manifest_lines(repo_root / pkg / "Manifest")
        assert lines, pkg
        for name, size, b2, s512 in lines:
            assert recorded.get(name) == (size, b2, s512), f"{pkg}: {name} is not a recorded fact"
        names = [n for n, *_ in lines]
        assert names == sorted(set(names)), f"{pkg}: Manifest not sorted or has duplicates"
        total += len(lines)
        entries = facts["packages"].get(pkg, {}).get("manifest_entries")
        if entries is not None:
            # The 2020 Manifest had exactly this many DIST lines.
            assert len(lines) == entries, pkg
    assert total == 1626 + 1714 + 619 + 4


def test_locks_regenerate_from_facts(repo_root: Path, facts: dict) -> None:
    releases = repo_root / "tools" / "releases"
    for name, text in facts_mod.lock_files(facts).items():
        assert (releases / name).read_text() == text, f"{name} is stale: run " \
            "tools/bump.py 4548 --from-facts"


def test_tree_matches_render(repo_root: Path) -> None:
    """What tools/bump.py 4548 (--from-facts) would write is what is committed."""
    templates = repo_root / "tools" / "templates"
    lock = load_lock(repo_root / "tools" / "releases" / "4548.toml")
    wanted = render_release(lock, templates)
    wanted.update(manifests_for([lock]))
    sctp = load_lock(repo_root / "tools" / "releases" / facts_mod.SCTP_LOCK_NAME)
    wanted.update(facts_mod.render_sctp(sctp, templates))
    assert len(wanted) == 7 + 6 + 2
    for rel, text in wanted.items():
        assert (repo_root / rel).read_text() == text, f"{rel} differs from its rendering"


def test_release_lock_shape(facts: dict) -> None:
    lock = facts_mod.release_lock(facts)
    by_name = {c.name: c for c in lock.components}
    assert {n: c.ebuild_version for n, c in by_name.items()} == {
        "jicofo": "1.0.567.4548",
        "jitsi-videobridge": "2.1.197.4548",
        "jitsi-meet-web": "1.0.4074.4548",
        "jitsi-meet-web-config": "1.0.4074.4548",
        "jitsi-meet-prosody": "1.0.4074.4548",
        "jitsi-meet-turnserver": "1.0.4074.4548",
    }
    jvb = by_name["jitsi-videobridge"]
    rows = jvb.extra["maven_artifacts"]
    assert len(rows) == 1713  # one row per Maven path, i.e. per distfile
    assert len(jvb.distfiles) == 1714
    # Every distfile URL is the first recorded URL of its artifact.
    first = {a["distfile"]: a["url"] for a in reversed(
        facts["packages"]["net-im/jitsi-videobridge"]["maven_artifacts"])}
    for d in jvb.distfiles[1:]:
        assert d.url == first[d.name]
    assert {p["package"] for p in jvb.extra["maven_provided"]} == {"dev-java/jitsi-sctp"}
    web = by_name["jitsi-meet-web"]
    assert [d.name for d in web.distfiles] == ["jitsi-meet-web_1.0.4074-1_all.deb"]
    assert lock.meta == {"deb_package": "jitsi-meet", "deb_version": "2.0.4548-1"}


def test_sctp_lock_pins_the_recorded_commit(facts: dict) -> None:
    comp = facts_mod.sctp_lock(facts).components[0]
    assert comp.vars["git_commit"] == facts["packages"]["dev-java/jitsi-sctp"]["git"][1]
    assert len(comp.distfiles) == 619


def test_sctp_takes_dom4j_from_todays_gentoo_slot(facts: dict) -> None:
    """The facts' dev-java/dom4j:1 jar is gone from ::gentoo: its SLOT 0 jar stands in."""
    recorded = facts["packages"]["dev-java/jitsi-sctp"]["portage_provided_artifacts"]
    assert recorded == [{"from": "/usr/share/dom4j-1/lib/dom4j.jar",
                         "maven_path": "dom4j/dom4j/1.1/dom4j-1.1.jar"}]
    comp = facts_mod.sctp_lock(facts).components[0]
    assert comp.extra["maven_provided"] == [
        {"maven_path": "dom4j/dom4j/1.1/dom4j-1.1.jar", "file": "/usr/share/dom4j/lib/dom4j.jar",
         "package": "dev-java/dom4j:0"}]
    # Maven Central has only the stub pom of dom4j 1.1; it stays a checksummed distfile.
    assert "dom4j_dom4j_1.1_dom4j-1.1.pom" in {d.name for d in comp.distfiles}
    assert not [d for d in comp.distfiles if d.name.startswith("dom4j_dom4j_1.1_")
                and d.name.endswith(".jar")]


def test_sctp_provided_artifact_without_a_package_is_refused(facts: dict) -> None:
    data = copy.deepcopy(facts)
    data["packages"]["dev-java/jitsi-sctp"]["portage_provided_artifacts"].append(
        {"from": "/usr/share/xom/lib/xom.jar", "maven_path": "xom/xom/1.0/xom-1.0.jar"})
    with pytest.raises(facts_mod.FactsError) as exc:
        facts_mod.sctp_lock(data)
    assert str(exc.value) == (
        "dev-java/jitsi-sctp: provided artifact 'xom/xom/1.0/xom-1.0.jar' (recorded from "
        "'/usr/share/xom/lib/xom.jar') has no ::gentoo package known: add it to SCTP_PROVIDED")


def _mutated(facts: dict, key: str) -> dict:
    data = copy.deepcopy(facts)
    return data, data["packages"][key]


def test_unknown_repository_is_refused(facts: dict) -> None:
    data, pkg = _mutated(facts, "net-im/jicofo")
    art = pkg["maven_artifacts"][0]
    art["url"] = "https://maven.example.org/repo/" + art["maven_path"]
    with pytest.raises(facts_mod.FactsError, match="unknown Maven repository"):
        facts_mod.release_lock(data)


def test_missing_hash_is_refused(facts: dict) -> None:
    data, pkg = _mutated(facts, "net-im/jitsi-meet-web")
    del pkg["source_distfiles"]["jitsi-meet-web_1.0.4074-1_all.deb"]["sha512"]
    with pytest.raises(facts_mod.FactsError, match="only recorded checksums"):
        facts_mod.release_lock(data)


def test_conflicting_checksums_are_refused(facts: dict) -> None:
    data, pkg = _mutated(facts, "net-im/jicofo")
    arts = pkg["maven_artifacts"]
    dup = next(a for a in arts if sum(b["distfile"] == a["distfile"] for b in arts) > 1)
    dup["size"] += 1
    with pytest.raises(facts_mod.FactsError, match="two checksums"):
        facts_mod.release_lock(data)


def test_distfile_naming_convention_is_enforced(facts: dict) -> None:
    data, pkg = _mutated(facts, "net-im/jitsi-videobridge")
    pkg["maven_artifacts"][3]["distfile"] = "renamed.jar"
    with pytest.raises(facts_mod.FactsError, match="the eclass cannot find it"):
        facts_mod.release_lock(data)


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def clone(overlay_git_clone) -> Path:
    """A git repository holding the overlay and the 4548 locks and facts as committed."""
    return overlay_git_clone("4548.toml", facts_mod.SCTP_LOCK_NAME, facts_mod.FACTS_NAME)


def from_facts(repo_root: Path, clone: Path, *args: str) -> subprocess.CompletedProcess:
    facts = clone / "tools" / "releases" / facts_mod.FACTS_NAME
    return subprocess.run(
        [sys.executable, str(repo_root / "tools" / "bump.py"), "--repo", str(clone),
         "4548", "--from-facts", str(facts), *args],
        capture_output=True, text=True, timeout=300)


def test_from_facts_rewrites_nothing_when_current(repo_root: Path, clone: Path) -> None:
    head = _git(clone, "rev-parse", "HEAD")
    before = {p: p.stat().st_mtime_ns for p in clone.rglob("*") if ".git" not in p.parts}
    res = from_facts(repo_root, clone)
    assert res.returncode == 0, res.stderr
    assert "release 4548: up to date, nothing to commit" in res.stdout
    assert _git(clone, "rev-parse", "HEAD") == head
    assert _git(clone, "status", "--porcelain") == ""
    assert {p: p.stat().st_mtime_ns for p in clone.rglob("*") if ".git" not in p.parts} == before


def test_from_facts_repairs_the_tree_in_one_commit(repo_root: Path, clone: Path) -> None:
    """A stale lock and a lost Manifest come back through the bump's plan → apply → commit."""
    sctp_lock = clone / "tools" / "releases" / facts_mod.SCTP_LOCK_NAME
    sctp_lock.write_text(sctp_lock.read_text() + "# hand edit\n")
    (clone / "dev-java/jitsi-sctp/Manifest").unlink()
    _git(clone, "commit", "-q", "-am", "damage")
    head = _git(clone, "rev-parse", "HEAD").strip()
    res = from_facts(repo_root, clone)
    assert res.returncode == 0, res.stderr
    assert f"write  tools/releases/{facts_mod.SCTP_LOCK_NAME}" in res.stdout
    assert _git(clone, "rev-list", "--count", f"{head}..HEAD").strip() == "1"
    touched = _git(clone, "diff", "--name-only", head, "HEAD").split()
    assert touched == ["dev-java/jitsi-sctp/Manifest", f"tools/releases/{facts_mod.SCTP_LOCK_NAME}"]
    assert "4548 from the recorded facts" in _git(clone, "log", "-1", "--format=%s")
    for rel in touched:
        assert (clone / rel).read_bytes() == (repo_root / rel).read_bytes(), rel
    assert _git(clone, "status", "--porcelain") == ""


def test_from_facts_is_only_for_4548(repo_root: Path, clone: Path) -> None:
    res = subprocess.run([sys.executable, str(repo_root / "tools" / "bump.py"), "--repo",
                          str(clone), "11146", "--from-facts"], capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr.strip() == ("error: --from-facts is for release 4548 only: run "
                                  "tools/bump.py 4548 --from-facts")


@pytest.mark.parametrize("pkg", ["net-im/jicofo", "net-im/jitsi-videobridge",
                                 "dev-java/jitsi-sctp"])
def test_src_uri_is_exactly_the_recorded_urls(repo_root: Path, facts: dict, pkg: str) -> None:
    """Run maven-offline_src_uri on the committed ebuild's arrays (real bash, real eclass)."""
    # The 4548 ebuild (a -9999 of the live set may sit beside it).
    name = pkg.split("/")[1]
    ebuild = repo_root / pkg / f"{name}-{facts['packages'][pkg]['ebuild_version']}.ebuild"
    text = ebuild.read_text()
    arrays = re.findall(r"^(MAVEN_OFFLINE_(?:REPOS|ARTIFACTS)=\(\n.*?^\))$", text,
                        re.MULTILINE | re.DOTALL)
    assert len(arrays) == 2
    script = "\n".join([
        "die() { echo \"die: $*\" >&2; exit 1; }",
        "EAPI=8", "EXPORT_FUNCTIONS() { :; }",
        f"source '{repo_root / 'eclass/maven-offline.eclass'}'",
        *arrays, "maven-offline_src_uri",
    ])
    res = subprocess.run(["bash"], input=script, capture_output=True, text=True, check=True)
    got = {tuple(line.split(" -> ")) for line in res.stdout.splitlines()}
    want = {(a["url"], a["distfile"]) for a in facts["packages"][pkg]["maven_artifacts"]}
    assert got == want
