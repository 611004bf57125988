"""Real emerge into a temporary Portage prefix, and emerge --config fed through a pipe and a pty."""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

import pexpect
import pytest
from jitsi_overlay.gentoo.portage_prefix import EmergeError, PortagePrefix

pytestmark = pytest.mark.slow

PROBE = "app-misc/prompt-probe"


@pytest.fixture(scope="module")
def testrepo(repo_root: Path) -> Path:
    return repo_root / "tests" / "fixtures" / "testrepo"


@pytest.fixture(scope="module")
def merged(
    tmp_path_factory: pytest.TempPathFactory, gentoo_master: Path, testrepo: Path
) -> PortagePrefix:
    """One prefix with both test packages merged (shared: merging is the slow part)."""
    prefix = PortagePrefix.create(
        tmp_path_factory.mktemp("prefix"),
        repos={"gentoo": gentoo_master, "jitsi-testrepo": testrepo},
        distdirs=[testrepo / ".distfiles"],
    )
    prefix.emerge("--oneshot", "--quiet-build=y", PROBE, "app-misc/deb-probe")
    return prefix


def installed(prefix: PortagePrefix) -> set[str]:
    return {f"{d.parent.name}/{d.name}" for d in prefix.vdb.glob("*/*") if d.is_dir()}


def contents(prefix: PortagePrefix, cpv: str) -> set[str]:
    lines = (prefix.vdb / cpv / "CONTENTS").read_text().splitlines()
    return {line.split()[1] for line in lines if line.startswith("obj ")}


def answers(prefix: PortagePrefix) -> Path:
    return prefix.root / "etc" / "prompt-probe" / "answers.conf"


def test_distfile_matches_its_committed_source(testrepo: Path) -> None:
    # The tarball is what portage unpacks; the source beside it is what people read.
    source = testrepo / ".distfiles" / "src" / "prompt-probe-1.0" / "probe.py"
    with tarfile.open(testrepo / ".distfiles" / "prompt-probe-1.0.tar.gz") as tar:
        member = tar.extractfile("prompt-probe-1.0/probe.py")
        assert member is not None
        assert member.read() == source.read_bytes()


def test_merge_records_packages_and_installs_files(merged: PortagePrefix) -> None:
    assert {
        "app-misc/prompt-probe-1.0",
        "app-misc/deb-probe-1.0",
        "dev-lang/python-3.11.15",  # from PYTHON_DEPS
        "dev-python/jinja2-3.1.6",  # from python_gen_cond_dep
        "virtual/tmpfiles-0-r7",  # IDEPEND of tmpfiles.eclass
        "app-arch/zstd-1.5.7",  # BDEPEND for data.tar.zst
    } <= installed(merged)
    root = str(merged.root)
    files = contents(merged, "app-misc/prompt-probe-1.0")
    for path in (
        "/usr/bin/prompt-probe",
        "/usr/lib/tmpfiles.d/prompt-probe.conf",
        "/usr/lib/systemd/system/prompt-probe.service",
    ):
        assert root + path in files
        assert (merged.root / path.lstrip("/")).is_file()
    script = (merged.root / "usr/bin/prompt-probe").read_text().splitlines()[0]
    assert script == f"#!{root}/usr/bin/python3.11", "python_newscript must fix the shebang"
    assert (merged.vdb / f"{PROBE}-1.0" / "repository").read_text().strip() == "jitsi-testrepo"
    # unpack_deb took data.tar.zst out of the .deb
    payload = merged.root / "usr/share/deb-probe/payload.txt"
    assert payload.read_text() == "deb-probe payload 1.0\n"


@pytest.mark.skipif(os.geteuid() != 0, reason="portage's network-sandbox needs root")
def test_builds_run_without_network(merged: PortagePrefix) -> None:
    netdevs = merged.root / "usr/share/prompt-probe/build-netdevs"
    assert netdevs.read_text() == "lo\n", "the build saw network devices besides loopback"


def test_config_answers_through_a_pipe(merged: PortagePrefix) -> None:
    answers(merged).unlink(missing_ok=True)
    result = merged.emerge("--config", PROBE, input="meet.example.org\ny\n")
    assert result.returncode == 0
    assert answers(merged).read_text() == 'DOMAIN="meet.example.org"\nTURN="y"\nTTY="no"\n'


def test_config_answers_through_a_pty(merged: PortagePrefix) -> None:
    answers(merged).unlink(missing_ok=True)
    child = merged.spawn("emerge", "--config", PROBE)
    try:
        child.expect(r"Domain name\? ")
        child.sendline("bad name")  # rejected, asked again
        child.expect(r"not valid")
        child.expect(r"Domain name\? ")
        child.sendline("jitsi.example.net")
        child.expect(r"Enable TURN \[y/n\]\? ")
        child.sendline("n")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    assert answers(merged).read_text() == 'DOMAIN="jitsi.example.net"\nTURN="n"\nTTY="yes"\n'


def test_config_fails_on_end_of_input(merged: PortagePrefix) -> None:
    answers(merged).unlink(missing_ok=True)
    result = merged.emerge("--config", PROBE, input="", check=False)
    assert result.returncode == 1
    assert "end of input" in result.stderr + result.stdout
    assert not answers(merged).exists()
    with pytest.raises(EmergeError, match="emerge --config app-misc/prompt-probe"):
        merged.emerge("--config", PROBE, input="only.one.answer\n")


def test_missing_distfile_fails_without_network(
    make_prefix, testrepo: Path, tmp_path: Path
) -> None:
    # No read-only distdir: portage must fail at once (FETCHCOMMAND is /bin/false).
    (tmp_path / "empty").mkdir()
    prefix = make_prefix({"jitsi-testrepo": testrepo}, [tmp_path / "empty"])
    result = prefix.emerge("--oneshot", "--nodeps", "app-misc/deb-probe", check=False)
    assert result.returncode == 1
    log = prefix.root / "var/tmp/portage/app-misc/deb-probe-1.0/temp/build.log"
    assert "Couldn't download 'deb-probe_1.0-1_all.deb'" in log.read_text()
    assert not (prefix.vdb / "app-misc" / "deb-probe-1.0").exists()
