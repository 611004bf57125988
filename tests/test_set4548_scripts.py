"""The 4548 set's service files: syntax, OpenRC order, the aggregate service, launchers.

Scripts run for real (dash for OpenRC scripts, bash for launchers, a JVM for
the argument file) with stand-ins only for rc-service and the OpenRC helpers.
"""

from __future__ import annotations

import http.server
import os
import shlex
import shutil
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

NET_IM = Path(__file__).resolve().parent.parent / "net-im"
INITD = {
    "jicofo": NET_IM / "jicofo/files/jicofo.initd-r1",
    "jitsi-videobridge": NET_IM / "jitsi-videobridge/files/jitsi-videobridge.initd-r1",
    "jitsi-meet-server": NET_IM / "jitsi-meet-server/files/jitsi-meet-server.initd-r1",
}
LAUNCHERS = {
    "jicofo": NET_IM / "jicofo/files/jicofo.launcher-r1",
    "jitsi-videobridge": NET_IM / "jitsi-videobridge/files/jitsi-videobridge.launcher-r1",
}
HEALTHCHECK = NET_IM / "jitsi-meet-server/files/jitsi-meet-server-healthcheck-r1"
UNITS = [
    NET_IM / "jicofo/files/jicofo.service-r1",
    NET_IM / "jitsi-videobridge/files/jitsi-videobridge.service-r1",
    NET_IM / "jitsi-meet-server/files/jitsi-meet-server.service-r1",
]
SERVICES = ["prosody", "jicofo", "jitsi-videobridge", "turnserver", "nginx"]
SECRET = "s3cr3t-Value'with\"quotes"

# OpenRC's helpers as plain shell functions, recording what the script asks for.
OPENRC_STUBS = r"""
need() { echo "need $*"; }
use() { echo "use $*"; }
want() { echo "want $*"; }
after() { echo "after $*"; }
before() { echo "before $*"; }
ebegin() { echo "ebegin $*"; }
eend() { rc=$1; shift; [ "$rc" = 0 ] || echo "eend-error $*"; return "$rc"; }
eerror() { echo "eerror $*"; }
einfo() { echo "einfo $*"; }
checkpath() { :; }
"""


def sh(script: str, *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["dash", "-c", script], capture_output=True, text=True,
                          env=env, timeout=30)


@pytest.mark.parametrize("path", [*INITD.values()], ids=[*INITD])
def test_init_scripts_are_posix(path: Path) -> None:
    assert path.read_text().startswith("#!/sbin/openrc-run\n")
    for shell in ("dash", "bash"):
        res = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
    assert "[[" not in path.read_text(), "bash-only test in an OpenRC script"


@pytest.mark.parametrize("path", [*LAUNCHERS.values(), HEALTHCHECK], ids=lambda p: p.name)
def test_bash_scripts_parse(path: Path) -> None:
    res = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def depend_of(path: Path) -> dict[str, list[str]]:
    res = sh(f"{OPENRC_STUBS}\n. '{path}'\ndepend")
    assert res.returncode == 0, res.stderr
    out: dict[str, list[str]] = {}
    for line in res.stdout.splitlines():
        kind, _, names = line.partition(" ")
        out.setdefault(kind, []).extend(names.split())
    return out


def test_depend_orders_daemons_after_prosody() -> None:
    for name in ("jicofo", "jitsi-videobridge"):
        dep = depend_of(INITD[name])
        assert dep["need"] == ["net"]
        assert "prosody" in dep["after"] and "prosody" in dep["want"]
    server = depend_of(INITD["jitsi-meet-server"])
    assert server["after"] == SERVICES
    assert server["need"] == ["net"]


@pytest.fixture
def fake_openrc(tmp_path: Path) -> Path:
    """A PATH directory with rc-service that logs calls and fails on request."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    rc = bindir / "rc-service"
    rc.write_text(
        "#!/bin/sh\n"
        'svc=$1; [ "$svc" = --ifstarted ] && { shift; svc=$1; }\n'
        'echo "$svc $2" >> "$RC_LOG"\n'
        '[ "$svc" = "$FAIL_SERVICE" ] && exit 1\n'
        "exit 0\n"
    )
    check = bindir / "healthcheck"
    check.write_text('#!/bin/sh\necho "healthcheck $*" >> "$RC_LOG"\nexit "${CHECK_RC:-0}"\n')
    for f in (rc, check):
        f.chmod(0o755)
    return bindir


def run_server(action: str, bindir: Path, **extra: str) -> tuple[subprocess.CompletedProcess,
                                                                list[str]]:
    log = bindir.parent / "rc.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}", "RC_LOG": str(log),
           "JITSI_MEET_HEALTHCHECK": str(bindir / "healthcheck"),
           "JITSI_MEET_RUN_CERTBOT": str(bindir / "absent-run-certbot"), **extra}
    res = sh(f"{OPENRC_STUBS}\n. '{INITD['jitsi-meet-server']}'\n{action}", env=env)
    calls = log.read_text().splitlines() if log.exists() else []
    return res, calls


def test_server_starts_in_order_then_checks_health(fake_openrc: Path) -> None:
    res, calls = run_server("start", fake_openrc)
    assert res.returncode == 0, res.stdout + res.stderr
    assert calls == [f"{s} start" for s in SERVICES] + ["healthcheck --init=openrc"]


def test_server_names_the_service_that_failed(fake_openrc: Path) -> None:
    res, calls = run_server("start", fake_openrc, FAIL_SERVICE="jitsi-videobridge")
    assert res.returncode == 1
    assert calls == ["prosody start", "jicofo start", "jitsi-videobridge start"]
    assert "jitsi-videobridge failed" in res.stdout


def test_server_reports_failed_health_check(fake_openrc: Path) -> None:
    res, _ = run_server("start", fake_openrc, CHECK_RC="1")
    assert res.returncode == 1
    assert "health check failed" in res.stdout


@pytest.fixture
def run_certbot(tmp_path: Path) -> Path:
    """A stand-in for the configurator's run-certbot: talks, takes its time, leaves a mark."""
    script = tmp_path / "certbot/run-certbot"
    script.parent.mkdir()
    script.write_text('#!/bin/sh\necho "certbot says $*"\nsleep 2\n'
                      'echo "args $*" > "$CERTBOT_DONE"\n')
    script.chmod(0o755)
    return script


def test_server_runs_certbot_in_the_background_after_start(fake_openrc: Path, run_certbot: Path,
                                                           tmp_path: Path) -> None:
    done, log = tmp_path / "certbot.done", tmp_path / "log/certbot.log"
    log.parent.mkdir()
    began = time.monotonic()
    res, calls = run_server("start", fake_openrc, JITSI_MEET_RUN_CERTBOT=str(run_certbot),
                            JITSI_MEET_CERTBOT_LOG=str(log), CERTBOT_DONE=str(done))
    assert res.returncode == 0, res.stdout + res.stderr
    assert time.monotonic() - began < 1.5, "start waited for certbot"
    assert calls[-1] == "healthcheck --init=openrc"
    assert "certbot says" not in res.stdout + res.stderr
    for _ in range(100):
        if done.exists():
            break
        time.sleep(0.1)
    assert done.read_text() == "args --quiet\n"
    assert log.read_text() == "certbot says --quiet\n"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.parametrize("case", ["missing", "not-executable", "service-fails", "check-fails"])
def test_server_skips_certbot(case: str, fake_openrc: Path, run_certbot: Path,
                              tmp_path: Path) -> None:
    done = tmp_path / "certbot.done"
    extra = {"JITSI_MEET_RUN_CERTBOT": str(run_certbot), "CERTBOT_DONE": str(done),
             "JITSI_MEET_CERTBOT_LOG": str(tmp_path / "certbot.log")}
    if case == "missing":
        run_certbot.unlink()
    elif case == "not-executable":
        run_certbot.chmod(0o644)
    else:
        extra["FAIL_SERVICE" if case == "service-fails" else "CHECK_RC"] = (
            "nginx" if case == "service-fails" else "1")
    res, _ = run_server("start", fake_openrc, **extra)
    assert res.returncode == (0 if case in ("missing", "not-executable") else 1)
    time.sleep(2.5)
    assert not done.exists() and "Let's Encrypt" not in res.stdout


def test_server_stops_in_reverse(fake_openrc: Path) -> None:
    res, calls = run_server("stop", fake_openrc)
    assert res.returncode == 0, res.stdout
    assert calls == [f"{s} stop" for s in reversed(SERVICES)]
    res, calls = run_server("stop", fake_openrc, JITSI_MEET_KEEP_RUNNING="nginx prosody")
    assert calls == ["turnserver stop", "jitsi-videobridge stop", "jicofo stop"]
    res, calls = run_server("stop", fake_openrc, FAIL_SERVICE="jicofo")
    assert res.returncode == 1 and "could not stop: jicofo" in res.stdout
    assert calls[-1] == "prosody stop", "a failed stop must not stop the rest from stopping"


# --- launchers ---------------------------------------------------------------

MAIN_JAVA = """
import java.nio.file.*;
public class Main {
    public static void main(String[] args) throws Exception {
        byte[] raw = Files.readAllBytes(Paths.get("/proc/self/cmdline"));
        System.out.println("CMDLINE " + new String(raw).replace('\\0', ' '));
        for (String a : args) System.out.println("ARG " + a);
        String prop = "net.java.sip.communicator.SC_HOME_DIR_NAME";
        System.out.println("PROP " + System.getProperty(prop));
    }
}
"""


@pytest.fixture(scope="module")
def java_home() -> Path:
    javac = shutil.which("javac")
    if javac is None:
        pytest.skip("no JDK installed")
    return Path(os.path.realpath(javac)).parent.parent


@pytest.mark.parametrize("name", ["jicofo", "jitsi-videobridge"])
def test_launcher_keeps_secrets_out_of_argv(name: str, tmp_path: Path, java_home: Path) -> None:
    share = tmp_path / "share"
    (share / "lib").mkdir(parents=True)
    (tmp_path / "Main.java").write_text(MAIN_JAVA)
    subprocess.run([str(java_home / "bin/javac"), "-d", str(share / "lib"),
                    str(tmp_path / "Main.java")], check=True)
    # Classes in a directory, not a jar: put it on the classpath through lib/*'s dir.
    (share / "main-class").write_text("Main\n")
    launcher = tmp_path / "launcher"
    text = LAUNCHERS[name].read_text()
    text = text.replace(f"readonly SHARE=/usr/share/{name}", f"readonly SHARE={share}")
    text = text.replace('"${SHARE}/*:${SHARE}/lib/*"', '"${SHARE}/*:${SHARE}/lib"')
    launcher.write_text(text)
    rundir = tmp_path / "run"
    rundir.mkdir()
    prefix = "JICOFO" if name == "jicofo" else "JVB"
    quoted = "'" + SECRET.replace("'", "'\\''") + "'"
    config = tmp_path / "config"
    config.write_text(
        f"# generated\n{prefix}_HOSTNAME='meet.example.org'\n{prefix}_SECRET={quoted}\n"
        + (f"JICOFO_AUTH_PASSWORD={quoted}\n" if name == "jicofo" else "")
        + f"JAVA_HOME='{java_home}'\n"
        "EVIL=$(touch /tmp/should-not-exist)\n"
    )
    env = {"PATH": os.environ["PATH"], f"{prefix}_CONFIG": str(config),
           "RUNTIME_DIRECTORY": str(rundir)}
    res = subprocess.run(["bash", str(launcher)], capture_output=True, text=True, env=env,
                         timeout=60)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    cmdline = next(line for line in lines if line.startswith("CMDLINE "))
    assert SECRET not in cmdline and "--secret" not in cmdline
    assert f"ARG --secret={SECRET}" in lines
    assert "ARG --domain=meet.example.org" in lines
    if name == "jicofo":
        assert f"ARG --user_password={SECRET}" in lines
        assert "PROP jicofo" in lines
    else:
        assert "PROP videobridge" in lines
    argfile = rundir / f"{name}.args"
    assert stat.S_IMODE(argfile.stat().st_mode) == 0o600
    assert not Path("/tmp/should-not-exist").exists()


def test_launcher_refuses_missing_config(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"], "JICOFO_CONFIG": str(tmp_path / "absent"),
           "RUNTIME_DIRECTORY": str(tmp_path)}
    res = subprocess.run(["bash", str(LAUNCHERS["jicofo"])], capture_output=True, text=True,
                         env=env)
    assert res.returncode == 1
    assert "emerge --config app-misc/jitsi-meet-master-config" in res.stderr


# --- health check --------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    statuses: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        self.send_response(self.statuses.get(self.path, 404))
        self.end_headers()
        self.wfile.write(b"ok\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[tuple[int, dict[str, int]]]:
    statuses = {"/http-bind": 200, "/about/health": 200}
    handler = type("H", (_Handler,), {"statuses": statuses})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], statuses
    server.shutdown()
    server.server_close()


def run_check(port: int, tmp_path: Path) -> subprocess.CompletedProcess:
    master = tmp_path / "master"
    master.write_text(f'JVB_HOSTNAME="meet.example.org"\nJMMC_BOSH_PORT="{port}"\n'
                      f'JICOFO_AUTH_PASSWORD="{SECRET}"\nTURN_SECRET="{SECRET}"\n')
    env = {"PATH": os.environ["PATH"], "JITSI_MEET_MASTER_CONFIG": str(master),
           "JICOFO_HEALTH_URL": f"http://127.0.0.1:{port}/about/health"}
    return subprocess.run(["bash", str(HEALTHCHECK), "--init=none", "--timeout=1"],
                          capture_output=True, text=True, env=env, timeout=30)


def test_healthcheck_passes(loopback: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    port, _ = loopback
    res = run_check(port, tmp_path)
    assert res.returncode == 0, res.stdout
    assert f"ok: prosody BOSH answers at http://127.0.0.1:{port}/http-bind" in res.stdout
    assert "ok: jicofo health" in res.stdout
    assert SECRET not in res.stdout + res.stderr


def test_healthcheck_names_what_failed(loopback: tuple[int, dict[str, int]],
                                       tmp_path: Path) -> None:
    port, statuses = loopback
    statuses["/about/health"] = 503
    res = run_check(port, tmp_path)
    assert res.returncode == 1
    assert "FAILED: jicofo health" in res.stdout and "HTTP 503" in res.stdout
    assert res.stdout.rstrip().endswith("failed: jicofo health")
    assert SECRET not in res.stdout + res.stderr


# --- systemd units -------------------------------------------------------------

@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_units_verify(tmp_path: Path) -> None:
    """systemd-analyze verify, with ExecStart pointed at stand-in executables here."""
    paths = []
    for unit in UNITS:
        text = unit.read_text()
        for line in text.splitlines():
            if line.startswith("ExecStart="):
                exe = Path(line.split("=", 1)[1].split()[0])
                fake = tmp_path / exe.relative_to("/")
                fake.parent.mkdir(parents=True, exist_ok=True)
                fake.write_text("#!/bin/sh\n")
                fake.chmod(0o755)
        name = unit.name.removesuffix("-r1")
        dest = tmp_path / name
        dest.write_text(text.replace("ExecStart=/", f"ExecStart={tmp_path}/"))
        paths.append(str(dest))
    res = subprocess.run(["systemd-analyze", "verify", *paths], capture_output=True, text=True)
    noise = [line for line in res.stderr.splitlines() if str(tmp_path) in line
             or ".service" in line]
    assert res.returncode == 0 and noise == [], res.stderr


def test_units_order_and_stop_propagation() -> None:
    server = UNITS[2].read_text()
    units = "prosody.service jicofo.service jitsi-videobridge.service coturn.service nginx.service"
    assert f"After=network-online.target {units}" in server
    assert f"Wants=network-online.target {units}" in server
    assert "PropagatesStopTo=nginx.service coturn.service jitsi-videobridge.service " \
        "jicofo.service prosody.service" in server
    for unit in UNITS[:2]:
        assert "After=network-online.target prosody.service" in unit.read_text()


def test_sysctl_and_tmpfiles() -> None:
    sysctl = (NET_IM / "jitsi-videobridge/files/jitsi-videobridge.sysctl-r1").read_text()
    keys = dict(line.split(" = ") for line in sysctl.splitlines()
                if line and not line.startswith("#"))
    assert int(keys["net.core.rmem_max"]) >= 10485760
    for name in ("jicofo", "jitsi-videobridge"):
        lines = (NET_IM / f"{name}/files/{name}.tmpfiles-r1").read_text().splitlines()
        entries = {f[1]: f for f in (line.split() for line in lines if line[:1] == "d")}
        user = "jicofo" if name == "jicofo" else "jvb"
        assert entries[f"/run/{name}"] == ["d", f"/run/{name}", "0750", user, "jitsi", "-"]
        assert entries["/var/log/jitsi"] == ["d", "/var/log/jitsi", "0770", "root", "jitsi", "-"]


def certbot_post(tmp_path: Path) -> list[str]:
    """The unit's ExecStartPost, pointed at a run-certbot in ``tmp_path``."""
    line = next(x for x in UNITS[2].read_text().splitlines() if x.startswith("ExecStartPost="))
    assert line.startswith("ExecStartPost=-"), "a certbot problem must not fail the start"
    return shlex.split(line.removeprefix("ExecStartPost=-").replace(
        "/etc/jitsi/certbot/run-certbot", str(tmp_path / "certbot/run-certbot")))


@pytest.mark.parametrize("case", ["present", "missing", "not-executable"])
def test_unit_starts_certbot_without_blocking(case: str, run_certbot: Path,
                                              tmp_path: Path) -> None:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    calls = tmp_path / "systemd-run.log"
    (bindir / "systemd-run").write_text(f'#!/bin/sh\necho "$@" > {calls}\n')
    (bindir / "systemd-run").chmod(0o755)
    if case == "missing":
        run_certbot.unlink()
    elif case == "not-executable":
        run_certbot.chmod(0o644)
    argv = certbot_post(tmp_path)
    assert argv[0] == "/bin/sh" and Path(argv[0]).exists()
    res = subprocess.run(argv, capture_output=True, text=True, timeout=30,
                         env={**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}"})
    assert res.returncode == 0, res.stderr
    if case != "present":
        assert not calls.exists()
        return
    args = calls.read_text().split()
    assert "--no-block" in args and args[-2:] == [str(run_certbot), "--quiet"]
    assert res.stdout == ""
