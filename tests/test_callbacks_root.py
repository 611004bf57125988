"""``--run-commands`` on a scratch root changes nothing outside it.

The configurator runs with every callback of the checkout in a private mount namespace
where the whole host file system is read-only except the scratch directory: any write
outside the root (a command with a host path, a host user's id, a validator's log file)
fails the run.  The root's own accounts own what the callbacks create.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay.realservers.testroot import SEED_ROOT as FIXTURE_ROOT

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
# Everything read-only but the scratch directory ($1), in a namespace of our own.
SANDBOX = ('mount --bind "$1" "$1" && mount -o remount,bind,ro / && shift && exec "$@"')


def sandboxed(scratch: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", SANDBOX,
                           "sh", str(scratch), "env", f"TMPDIR={scratch}/tmp", *argv],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def scratch() -> Iterator[Path]:
    if shutil.which("unshare") is None or shutil.which("update-ca-certificates") is None:
        pytest.skip("needs unshare and update-ca-certificates")
    base = Path(tempfile.mkdtemp(prefix="jmmc-rootonly-"))
    os.chmod(base, 0o755)
    (base / "tmp").mkdir()
    shutil.copytree(FIXTURE_ROOT, base / "root", symlinks=True)
    probe = sandboxed(base, "sh", "-c", f'touch "{base}/tmp/in" && touch /var/tmp/jmmc-probe')
    if not (base / "tmp/in").exists():
        pytest.skip(f"no private read-only mount namespace here: {probe.stderr.strip()}")
    assert probe.returncode != 0 and "Read-only" in probe.stderr, "the sandbox lets writes out"
    yield base
    shutil.rmtree(base, ignore_errors=True)


def ids(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_uid, st.st_gid, st.st_mode & 0o7777


def test_run_commands_on_a_scratch_root_stays_inside_it(scratch: Path) -> None:
    root = scratch / "root"
    res = sandboxed(scratch, "JMMC_NO_NETWORK=y", sys.executable, str(CONFIGURE),
                    "--root", str(root), "--batch", "--run-commands")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "ran: trust prosody's auth.localhost certificate" in res.stdout
    bundle = (root / "etc/ssl/certs/ca-certificates.crt").read_text()
    assert (root / "usr/local/share/ca-certificates/auth.localhost.crt").read_text() in bundle
    prosody = next(x.split(":") for x in (root / "etc/passwd").read_text().splitlines()
                   if x.startswith("prosody:"))
    uid, gid = int(prosody[2]), int(prosody[3])
    for store in ("auth%2elocalhost", "localhost"):
        accounts = root / "var/lib/prosody" / store / "accounts"
        assert ids(accounts) == ids(accounts.parent) == (uid, gid, 0o750)
        focus_or_admin = next(accounts.iterdir())
        assert ids(focus_or_admin) == (uid, gid, 0o640)
    # A second run changes nothing and runs no command.
    again = sandboxed(scratch, "JMMC_NO_NETWORK=y", sys.executable, str(CONFIGURE),
                      "--root", str(root), "--batch", "--run-commands")
    assert again.returncode == 0, again.stderr
    assert " * 0 file(s) written" in again.stdout and "ran:" not in again.stdout
