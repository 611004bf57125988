"""A real browser on the host reaches the room through the generated site (issue 12).

Headless Chromium (Debian's ``chromium``, driven by playwright-core from npm) opens
``http://HOST:<port 80>/<room>`` with HOST resolved as the scratch root's /etc/hosts says
(the configurator's loopback alias).  nginx.conf is ::gentoo's own file, whose example
server listens on 127.0.0.1 — the harness keeps it, on the same port as the site — and the
site listens on every address (``JMMC_BIND_ADDRESS`` empty, the default), so the request
reaches Jitsi only because the site also listens on the alias' loopback addresses.

A stand-in page for the Jitsi web app (tests/browser/standin, installed into the web root
as the web app package would be) takes config.js in by SSI like the real index.html, and
with strophe.js 1.x connects over BOSH (and websocket when config.js names one) as a guest
and as the convener, joins the room, and is refused with a wrong password.
Runs on every server set (prosody 0.12/13, nginx 1.22/current).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay import serverversions
from jitsi_overlay.realservers import configs, stack, steps, testroot, web
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
HERE = Path(__file__).resolve().parent / "browser"
CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) \
    / "jitsi-overlay" / "browser" / "node_modules"
SETS = {s.name: s for s in serverversions.SETS}
ROOM = "browser-room"


def _missing_browser() -> list[str]:
    absent = [str(p) for p in (CHROMIUM, NODE_MODULES / "playwright-core",
                               NODE_MODULES / "strophe.js") if not p.exists()]
    if shutil.which("node") is None:
        absent.append("node")
    return absent


def install_standin(st: stack.Stack) -> None:
    """The stand-in web app into the web root, where net-im/jitsi-meet-web puts the bundle."""
    webroot = st.path("usr/share/jitsi-meet")
    (webroot / "libs").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / "standin/index.html", webroot / "index.html")
    shutil.copyfile(HERE / "standin/standin.js", webroot / "libs/standin.js")
    shutil.copyfile(NODE_MODULES / "strophe.js/dist/strophe.umd.min.js",
                    webroot / "libs/strophe.umd.min.js")
    for path in (webroot, webroot / "libs", *webroot.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture(scope="module", params=list(SETS), ids=lambda n: f"servers-{n}")
def bst(request: pytest.FixtureRequest) -> Iterator[stack.Stack]:
    require("prosody", "nginx", "lua")
    server_set = SETS[request.param]
    problems = serverversions.missing(server_set) + _missing_browser()
    if problems:  # CI ran ./dev setup, which installs all of it
        (pytest.fail if os.environ.get("CI") else pytest.skip)("; ".join(problems))
    with serverversions.selected(server_set) as versions, \
            supervised_scratch(request) as (scratch, sup):
        ports = testroot.Ports.allocate()
        # the default bind address (every address), as an admin who answers nothing gets it
        st = stack.Stack(scratch, sup, ports,
                         answers={**testroot.answers(ports), "JMMC_BIND_ADDRESS": ""})
        st.facts["versions"] = versions
        st.generate()
        install_standin(st)
        st.start_prosody()
        st.start_nginx()
        yield st


def _http_port(st: stack.Stack) -> int:
    site = configs.nginx_blocks(st.path(f"etc/nginx/jitsi-meet/http.d/{st.domain}.conf"))
    plain = [s for s in configs.find_directives(site, "server")
             if not any("ssl" in d["args"] for d in s["block"] if d["directive"] == "listen")]
    return configs.port_of(configs.directive_args(plain[0], "listen")[0])


def drive(st: stack.Stack, url: str) -> dict:
    """Run tests/browser/drive.mjs (its node_modules from ./dev setup's cache)."""
    work = st.scratch / "browser"
    work.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "drive.mjs", work / "drive.mjs")
    if not (work / "node_modules").exists():
        (work / "node_modules").symlink_to(NODE_MODULES)
    assert st.configured is not None
    user, password = st.configured.convener
    request = {"url": url, "executable": str(CHROMIUM),
               "hostMap": {st.domain: steps.resolve(st, st.domain)},
               "params": {"user": user, "password": password}}
    t0 = time.monotonic()
    proc = subprocess.run(["node", str(work / "drive.mjs")], input=json.dumps(request),
                          capture_output=True, text=True, timeout=120, cwd=work)
    st.timings["browser"] = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def visit(bst: stack.Stack) -> dict:
    return drive(bst, f"http://{bst.domain}:{_http_port(bst)}/{ROOM}")


def _where(st: stack.Stack) -> str:
    return ", ".join(f"{k} {v}" for k, v in st.facts["versions"].items())  # type: ignore[union-attr]


def test_the_room_url_on_the_host_reaches_the_app(bst: stack.Stack, visit: dict) -> None:
    """http://HOST/room → 301 to https://HOST/room → the app (not the example server's 404)."""
    assert "error" not in visit, (_where(bst), visit)
    first, *_ = visit["navigations"]
    assert first[0] == 301 and first[1].startswith(f"http://{bst.domain}:"), (_where(bst), visit)
    assert re.fullmatch(rf"https://{re.escape(bst.domain)}(:\d+)?/{ROOM}", visit["finalUrl"]), visit
    assert visit["status"] == 200 and visit["title"] == "Jitsi Meet stand-in", visit


def test_config_js_is_evaluated_as_the_app_does(bst: stack.Stack, visit: dict) -> None:
    js = configs.read_config_js(bst.path(f"etc/jitsi/meet/{bst.domain}-config.js"))
    got = visit["results"]["config"]
    assert got["bosh"] == js["bosh"] and got["hosts"]["muc"] == js["muc"], (_where(bst), got)
    assert visit["results"]["room"] == f"{ROOM}@{js['muc']}"


def _kinds(visit: dict) -> list[str]:
    return ["bosh"] + (["websocket"] if visit["results"]["config"]["websocket"] else [])


def test_a_guest_joins_the_room(bst: stack.Stack, visit: dict) -> None:
    for kind in _kinds(visit):
        guest = visit["results"][f"guest-{kind}"]
        assert guest["connected"] and guest["joined"], (_where(bst), kind, guest)
        assert guest["jid"].split("@")[1].startswith(f"guest.{bst.domain}/"), guest


def test_the_convener_logs_in_and_joins(bst: stack.Stack, visit: dict) -> None:
    assert bst.configured is not None
    user = bst.configured.convener[0]
    for kind in _kinds(visit):
        convener = visit["results"][f"convener-{kind}"]
        assert convener["connected"] and convener["joined"], (_where(bst), kind, convener)
        assert convener["jid"].startswith(f"{user}@{bst.domain}/"), convener


def test_a_wrong_password_is_refused(bst: stack.Stack, visit: dict) -> None:
    for kind in _kinds(visit):
        wrong = visit["results"][f"wrong-password-{kind}"]
        assert not wrong["connected"] and any(s.startswith("AUTHFAIL") for s in wrong["states"]), (
            _where(bst), kind, wrong)


def test_without_the_loopback_listen_the_example_server_answers(bst: stack.Stack) -> None:
    """Why the site listens on the alias' addresses: without those lines (reloaded), the
    host's own request for HOST lands in ::gentoo's example server."""
    assert bst.nginx is not None
    site = bst.path(f"etc/nginx/jitsi-meet/http.d/{bst.domain}.conf")
    text = site.read_text()
    port = _http_port(bst)
    stripped = re.sub(rf"^\s*listen (127\.0\.0\.1|\[::1\]):{port};\n", "", text, flags=re.M)
    assert stripped != text, "the site has no loopback listen lines"
    before = web.request(port, f"/{ROOM}", host=bst.domain, tls=False)
    site.write_text(stripped)
    try:
        bst.nginx.signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while (after := web.request(port, f"/{ROOM}", host=bst.domain, tls=False)).status == 301:
            assert time.monotonic() < deadline, "nginx did not reload"
            time.sleep(0.1)
    finally:
        site.write_text(text)
        bst.nginx.signal(signal.SIGHUP)
    assert before.status == 301 and after.status == 404, (before.status, after.status)
