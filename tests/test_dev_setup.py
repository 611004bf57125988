"""``./dev setup`` as a fresh machine meets it: no download cache, no server builds.

CI machines share caches between runs, so a set-up step that only works with a warm cache
would pass there and fail for a newcomer; these tests run the set-up with empty cache and
server directories (the project's venv is reused: installing it is not what is tested).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jitsi_overlay.serverversions import ServerBuild
from server_fixtures import scratch as scratch  # a fixture

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]


def dev_setup(tmp_path: Path, servers: Path) -> subprocess.CompletedProcess:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("the server-version set-up runs as root on a Debian-like host only")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "JITSI_SERVERS_DIR": str(servers), "VENV": sys.prefix}
    return subprocess.run([str(REPO / "dev"), "setup"], capture_output=True, text=True,
                          env=env, timeout=1200, cwd=REPO)


def test_setup_builds_the_current_servers_from_empty_caches(tmp_path: Path,
                                                            scratch: Path) -> None:
    # prosodyctl drops to the prosody user, who must reach the prefix (pytest's tmp_path
    # is 0700): the scratch directory is 0755 under /tmp, as /var/cache is for the real one
    servers = scratch / "servers"
    res = dev_setup(tmp_path, servers)
    assert res.returncode == 0, res.stderr[-3000:]
    nginx = sorted(servers.glob("nginx-*/sbin"))
    assert nginx, sorted(p.name for p in servers.iterdir())
    for build in (ServerBuild("prosody", "13.", (servers / "prosody-13/usr/bin",)),
                  ServerBuild("nginx", "1.2", (nginx[-1],)),
                  ServerBuild("certbot", "5.", (servers / "certbot-5/bin",))):
        assert build.which() is not None and str(build.bin_dirs[0]) in build.which()
        build.check()


def test_a_failed_setup_step_names_itself(tmp_path: Path) -> None:
    res = dev_setup(tmp_path, Path("/proc/no-such-dir/servers"))
    assert res.returncode != 0
    assert './dev: failed (exit 1) at line' in res.stderr
    assert 'mkdir -p "$SERVERS_DIR"' in res.stderr, res.stderr[-2000:]
