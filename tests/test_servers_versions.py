"""The generated set on today's servers as well as Debian 12's (issue 12).

Each :data:`serverversions.SETS` entry is a combination of prosody, nginx and certbot that
``./dev setup`` installs: ``debian12`` (prosody 0.12, nginx 1.22, certbot 2.1, the system's
packages) and ``current`` (prosody 13 from bookworm-backports, nginx built from Debian's
source of a release after 1.25.1, certbot 5 from PyPI).  Test ids name the set and the
failure message names the versions, so a red run says which server version failed.

Every real-server step runs on ``current`` here (tests/test_servers_generated.py runs them on
the system's servers); both sets must pass the no-warnings checks: ``prosodyctl check
config`` and ``nginx -t`` print no warning for what we generate, and the running servers log
none.  In CI (``CI`` set) a set that is not installed fails instead of skipping.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay import serverversions
from jitsi_overlay.realservers import servers, stack, steps, testroot
from jitsi_overlay.realservers.supervisor import read_lines
from jitsi_overlay.serverversions import ServerSet
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
NEEDED = ("prosody", "nginx", "coturn", "pebble", "certbot", "lua")
SETS = {s.name: s for s in serverversions.SETS}
DEMO = Path(__file__).resolve().parents[1] / "tools" / "demo.py"

# Any warning fails (SIGTERM is logged at warn level when the test stops the server, after
# this check).
PROSODY_WARN = re.compile(r"\twarn\t")
NGINX_WARN = re.compile(r"\[warn\]")


def require_set(server_set: ServerSet) -> dict[str, str]:
    """The set's versions; skip naming what is missing (fail in CI, where setup ran)."""
    require(*NEEDED)
    problems = serverversions.missing(server_set)
    if problems:
        message = f"server set {server_set.name}: " + "; ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return server_set.versions()


@pytest.fixture(scope="module", params=list(SETS), ids=lambda n: f"servers-{n}")
def vst(request: pytest.FixtureRequest) -> Iterator[stack.Stack]:
    server_set = SETS[request.param]
    versions = require_set(server_set)
    with serverversions.selected(server_set), supervised_scratch(request) as (scratch, sup):
        s = stack.Stack(scratch, sup, testroot.Ports.allocate(), le=True)
        s.facts["versions"] = versions
        s.facts["set"] = server_set.name
        s.prepare_ca()
        s.generate()
        s.start_all()
        yield s


def _where(st: stack.Stack) -> str:
    versions = st.facts["versions"]
    return f"[{st.facts['set']}: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + "]"  # type: ignore[union-attr]


def test_the_set_runs_the_versions_it_names(vst: stack.Stack) -> None:
    """The binaries first on PATH report the set's versions, and the vdb the configurator
    read names them (it renders by them)."""
    versions: dict[str, str] = vst.facts["versions"]  # type: ignore[assignment]
    vdb = {p.name for p in vst.path("var/db/pkg").glob("*/*")}
    for server, atom in serverversions.ATOMS.items():
        upstream = re.match(r"[\d.]+\d", versions[server]).group(0)  # type: ignore[union-attr]
        assert f"{atom.split('/')[1]}-{upstream}" in vdb, (_where(vst), sorted(vdb))
    if vst.facts["set"] == "current":
        assert versions["prosody"].startswith("13.") and versions["certbot"].startswith("5.")
        assert tuple(int(n) for n in versions["nginx"].split(".")[:2]) >= (1, 25)


def test_nginx_site_uses_the_form_of_its_nginx(vst: stack.Stack) -> None:
    """``listen … http2`` up to 1.25.0, ``http2 on;`` from 1.25.1 (deprecated form gone)."""
    site = vst.path(f"etc/nginx/jitsi-meet/http.d/{vst.domain}.conf").read_text()
    nginx: str = vst.facts["versions"]["nginx"]  # type: ignore[index]
    new = tuple(int(n) for n in nginx.split(".")) >= (1, 25, 1)
    assert bool(re.search(r"^\s*http2 on;", site, re.M)) == new, _where(vst)
    assert bool(re.search(r"^\s*listen [^;]*\bhttp2\b", site, re.M)) != new, _where(vst)


def test_prosodyctl_check_config_prints_no_warning(vst: stack.Stack) -> None:
    checked = servers.prosodyctl(vst.path("etc/prosody/prosody.cfg.lua"), "check", "config")
    out = checked.stdout + checked.stderr
    assert checked.returncode == 0, (_where(vst), out)
    assert not re.search(r"deprecat|warn|obsolete", out, re.I), (_where(vst), out)


def test_nginx_t_prints_no_warning(vst: stack.Stack) -> None:
    """``nginx -t`` on the whole running configuration (nginx.conf with our includes)."""
    proc = subprocess.run(servers.nginx_argv(vst.root, vst.path("etc/nginx/nginx.conf"), "-t",
                                             "-g", f"pid {vst.scratch}/nginx-t.pid;"),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (_where(vst), proc.stderr)
    assert not NGINX_WARN.search(proc.stderr), (_where(vst), proc.stderr)


@pytest.mark.parametrize("name", [n for n, _ in steps.STEPS + steps.LE_STEPS])
def test_step(vst: stack.Stack, name: str) -> None:
    if vst.facts["set"] == "debian12":
        pytest.skip("tests/test_servers_generated.py runs every step on Debian 12's servers")
    try:
        dict(steps.STEPS + steps.LE_STEPS)[name](vst)
    except AssertionError as e:
        raise AssertionError(f"{_where(vst)} {e}") from e


def test_running_servers_logged_no_warning(vst: stack.Stack) -> None:
    """After every step: prosody's and nginx's own logs hold no warning."""
    assert vst.prosody is not None and vst.nginx is not None
    bad = [f"{path}:{i}: {line}" for server, rx in ((vst.prosody, PROSODY_WARN),
                                                   (vst.nginx, NGINX_WARN))
           for path in server.all_logs() for i, line in enumerate(read_lines(path), 1)
           if rx.search(line)]
    assert bad == [], (_where(vst), bad)


def test_demo_passes_on_the_current_servers() -> None:
    """``./dev demo`` with today's servers first on PATH (test_servers_demo runs Debian 12's)."""
    versions = require_set(serverversions.CURRENT)
    env = {**os.environ, "PATH": serverversions.CURRENT.path()}
    proc = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True,
                          timeout=300, env=env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, (versions, out)
    assert ">>> Demo passed" in out and "ok       convener BOSH through nginx" in out, out
