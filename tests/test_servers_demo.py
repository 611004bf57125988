"""``./dev demo`` (tools/demo.py) end to end: it configures, checks with real servers,
stops them, cleans up, and says so; it fails (exit 1) when a check fails."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from server_fixtures import require

pytestmark = [pytest.mark.servers, pytest.mark.slow]
DEMO = Path(__file__).resolve().parents[1] / "tools" / "demo.py"


def test_demo_passes_and_cleans_up() -> None:
    require("prosody", "nginx", "coturn", "lua")
    proc = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True,
                          timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    scratch = Path(next(line.split(": ", 1)[1] for line in out.splitlines()
                        if line.startswith(">>> Configuring a scratch root"))).parent
    assert not scratch.exists(), f"{scratch} left behind"
    for expected in (" * Convener: admin / ", "ok       convener BOSH through nginx",
                     "ok       TURN over TLS via the multiplexer",
                     ">>> Every server stopped by its process handle.", ">>> Demo passed"):
        assert expected in out, out


def test_demo_fails_naming_the_server_and_its_log(tmp_path: Path) -> None:
    require("prosody", "nginx", "coturn", "lua")
    fake = tmp_path / "turnserver"  # a coturn that dies at start
    fake.write_text("#!/bin/sh\necho 'fake coturn: cannot bind' >&2\nexit 1\n")
    fake.chmod(0o755)
    env = {"PATH": f"{tmp_path}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
    proc = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True,
                          timeout=300, env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert re.search(r"!!! FAILED: coturn: exited before it answered \(exit status 1\); see "
                     r"\S+/coturn\.out:1: fake coturn: cannot bind", out), out
    assert ">>> Every server stopped by its process handle." in out
    kept = re.search(r">>> Scratch directory kept: (\S+)", out)
    assert kept, out
    shutil.rmtree(kept.group(1))


def test_demo_skips_a_server_that_is_not_installed(tmp_path: Path) -> None:
    require("prosody", "coturn", "lua")
    # a PATH without /usr/sbin: nginx (Debian: /usr/sbin/nginx) is "not installed"
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True,
                          timeout=300, env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert ">>> Skipping nginx checks: not installed: nginx" in out, out
    assert "skipped  convener BOSH through nginx (needs prosody, nginx)" in out, out
    assert "ok       TURN over UDP" in out and "ok       jvb login" in out, out


def test_demo_ignores_answers_exported_in_the_callers_environment() -> None:
    """Batch answers in the environment (an admin's shell, or a test fixture that did not
    clean up) must not reach the demo: its built-in defaults decide."""
    require("prosody", "nginx", "coturn", "lua")
    env = {**os.environ, "JVB_HOSTNAME": "stray.example.org", "JICOFO_CONVENE_USER": "stray",
           "JMMC_BATCH_MODE": "y"}
    proc = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True,
                          timeout=300, env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert " * Convener: admin / " in out and "stray" not in out, out
