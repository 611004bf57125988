"""The configurator against a hostile or clumsy root, answers and environment: links out of
the root, FIFOs, broken state files, values that would break a service, hidden values in
messages, and the messages of its failures.  Every run is tools/configure.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from jitsi_overlay.realservers.testroot import SEED_ROOT as FIXTURE_ROOT

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
MASTER = "etc/jitsi/jitsi-meet-master-config"
PUBLIC = "82.221.139.201"
UUID = "5d1c1f36-7e2a-4f4b-9a51-6f1b8f0e2c11"


def run(root: Path, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "JMMC_NO_NETWORK": "y", **env}
    return subprocess.run([sys.executable, str(CONFIGURE), "--root", str(root), *args],
                          capture_output=True, text=True, env=full, timeout=timeout)


def snapshot(top: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(top.rglob("*")):
        st = p.lstat()
        data = os.readlink(p) if p.is_symlink() else (
            p.read_bytes() if p.is_file() and not p.is_symlink() else None)
        out[str(p.relative_to(top))] = (data, st.st_mode, st.st_uid, st.st_gid)
    return out


def callbacks(tmp: Path, body: str) -> tuple[str, ...]:
    """Arguments running one test-local callback (package test/demo) in batch mode."""
    d = tmp / "callbacks/demo"
    d.mkdir(parents=True)
    (d / "callback.py").write_text(
        "API_VERSION = 1\nfrom jitsi_configurator.api import Callback, Command, Directory, "
        "File, Remove, Symlink\n" + textwrap.dedent(body)
        + 'CALLBACK = Callback("demo", "test/demo", render)\n')
    return ("--batch", "--no-default-callbacks", "--callbacks-dir", str(d.parent),
            "--assume-installed", "test/demo-1")


WRITES_DEMO = """
def render(ctx):
    yield File("/etc/demo/app.conf", "x\\n")
    yield File("/etc/demo/private.key", "secret\\n", mode=0o600, secret=True)
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "root"
    (r / "etc").mkdir(parents=True)
    (r / "etc/group").write_text("root:x:0:\njitsi:x:4242:\n")
    return r


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    o = tmp_path / "elsewhere"
    o.mkdir()
    os.chmod(o, 0o755)
    (o / "host-file").write_text("the host's own file\n")
    return o


def one_line_error(res: subprocess.CompletedProcess) -> str:
    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr, res.stderr
    return res.stderr


# --- paths: nothing read or written outside the root ---------------------------------


def test_a_directory_link_out_of_the_root_is_refused(tmp_path: Path, root: Path,
                                                      outside: Path) -> None:
    (root / "etc/demo").symlink_to(outside)  # absolute: the host's directory
    before, seen = snapshot(root), snapshot(outside)
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    err = one_line_error(res)
    assert f"the symbolic link /etc/demo -> {outside} leads out of the root" in err
    assert snapshot(outside) == seen and snapshot(root) == before


def test_a_relative_link_that_climbs_out_is_refused(tmp_path: Path, root: Path,
                                                     outside: Path) -> None:
    (root / "etc/demo").symlink_to("../../elsewhere")
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    assert "the symbolic link /etc/demo -> ../../elsewhere leads out of the root" in \
        one_line_error(res)
    assert sorted(p.name for p in outside.iterdir()) == ["host-file"]


def test_a_link_that_stays_inside_the_root_is_followed(tmp_path: Path, root: Path) -> None:
    (root / "srv/demo").mkdir(parents=True)
    (root / "etc/demo").symlink_to("../srv/demo")
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    assert res.returncode == 0, res.stderr
    assert (root / "srv/demo/app.conf").read_text() == "x\n"
    assert (root / "etc/demo").is_symlink()


def test_a_final_link_is_replaced_not_followed(tmp_path: Path, root: Path,
                                               outside: Path) -> None:
    (root / "etc/demo").mkdir()
    (root / "etc/demo/app.conf").symlink_to(outside / "host-file")
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    assert res.returncode == 0, res.stderr
    assert (outside / "host-file").read_text() == "the host's own file\n"
    assert not (root / "etc/demo/app.conf").is_symlink()
    backups = list((root / "var/lib/jitsi-meet-master-config/backups").rglob("app.conf"))
    assert [os.readlink(b) for b in backups] == [str(outside / "host-file")]


def test_a_backups_directory_linked_out_of_the_root_is_refused(tmp_path: Path, root: Path,
                                                                outside: Path) -> None:
    (root / "etc/demo").mkdir()
    (root / "etc/demo/app.conf").write_text("admin's\n")
    (root / "var/lib/jitsi-meet-master-config").mkdir(parents=True)
    (root / "var/lib/jitsi-meet-master-config/backups").symlink_to(outside)
    before, seen = snapshot(root), snapshot(outside)
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    err = one_line_error(res)
    assert "the symbolic link /var/lib/jitsi-meet-master-config/backups" in err
    assert snapshot(outside) == seen and snapshot(root) == before
    assert outside.stat().st_mode & 0o777 == 0o755  # not chmod-ed either


def test_an_own_certificate_linked_to_a_host_file_is_refused(tmp_path: Path, root: Path,
                                                              outside: Path) -> None:
    (root / "etc/ssl").mkdir()
    (outside / "host.key").write_text("-----BEGIN PRIVATE KEY-----\nhost\n"
                                      "-----END PRIVATE KEY-----\n")
    (root / "etc/ssl/meet.key").symlink_to(outside / "host.key")
    (root / "etc/ssl/meet.crt").write_text("-----BEGIN CERTIFICATE-----\nx\n"
                                           "-----END CERTIFICATE-----\n")
    before = snapshot(root)
    res = run(root, *callbacks(tmp_path, "def render(ctx):\n    return []\n"),
              JVB_HOSTNAME="meet.example.org", JMMC_PUBLIC_ADDRESS=PUBLIC,
              JM_SUPPLY_OWN_CRT="y", JM_WEB_CERT_KEY="/etc/ssl/meet.key",
              JM_WEB_CERT_CRT="/etc/ssl/meet.crt")
    err = one_line_error(res)
    assert f"the symbolic link /etc/ssl/meet.key -> {outside / 'host.key'} leads out" in err
    assert snapshot(root) == before


def test_the_real_components_refuse_a_config_dir_linked_out(tmp_path: Path,
                                                             outside: Path) -> None:
    groot = tmp_path / "groot"
    shutil.copytree(FIXTURE_ROOT, groot, symlinks=True)
    (groot / "etc/turnserver").symlink_to(outside)
    (groot / "etc/jitsi").mkdir(exist_ok=True)
    before, seen = snapshot(groot), snapshot(outside)
    res = run(groot, "--batch", timeout=120)
    assert f"/etc/turnserver -> {outside} leads out of the root" in one_line_error(res)
    assert snapshot(outside) == seen and snapshot(groot) == before


# --- non-regular files and broken state ------------------------------------------------


def test_a_fifo_where_a_file_is_read_is_refused_without_blocking(tmp_path: Path,
                                                                 root: Path) -> None:
    os.mkfifo(root / "etc/hosts")
    reads = "def render(ctx):\n    ctx.read_text('/etc/hosts')\n    return []\n"
    res = run(root, *callbacks(tmp_path, reads), timeout=30)
    assert "/etc/hosts" in one_line_error(res) and "a FIFO where a regular file belongs" in \
        res.stderr


def test_a_fifo_where_a_file_is_written_is_refused(tmp_path: Path, root: Path) -> None:
    (root / "etc/demo").mkdir()
    os.mkfifo(root / "etc/demo/app.conf")
    res = run(root, *callbacks(tmp_path, WRITES_DEMO), timeout=30)
    assert "/etc/demo/app.conf: a FIFO where a file belongs" in one_line_error(res)


@pytest.mark.parametrize("where", ["master config", "passwd", "answers"])
def test_other_fifos_are_refused(tmp_path: Path, root: Path, where: str) -> None:
    args: tuple[str, ...] = callbacks(tmp_path, WRITES_DEMO)
    if where == "master config":
        (root / "etc/jitsi").mkdir()
        os.mkfifo(root / MASTER)
    elif where == "passwd":  # read for the owner of a file
        os.mkfifo(root / "etc/passwd")
        args = callbacks(tmp_path / "p", 'def render(ctx):\n    yield File("/etc/a", "x", '
                         'owner="jitsi")\n')
    else:
        os.mkfifo(tmp_path / "answers")
        args = (*args, "--answers", str(tmp_path / "answers"))
    res = run(root, *args, timeout=30)
    assert "a FIFO where a regular file belongs" in one_line_error(res)


def test_a_missing_answers_file_is_an_error(tmp_path: Path, root: Path) -> None:
    res = run(root, "--answers", str(tmp_path / "nonexistent"), "--no-default-callbacks")
    err = one_line_error(res)
    assert f"answers file {tmp_path / 'nonexistent'}: no such file" in err
    assert not (root / MASTER).exists()


@pytest.mark.parametrize("record", ["{not json", "[]", '{"/etc/x": 1}', "\xff"])
def test_a_malformed_record_names_the_file_and_the_fix(tmp_path: Path, root: Path,
                                                       record: str) -> None:
    state = root / "var/lib/jitsi-meet-master-config"
    state.mkdir(parents=True)
    (state / "written.json").write_bytes(record.encode("latin-1"))
    res = run(root, *callbacks(tmp_path, WRITES_DEMO))
    err = one_line_error(res)
    assert f"{state / 'written.json'}: not" in err and "move it away" in err


def test_a_uid_beyond_32_bits_names_the_line_and_the_fix(tmp_path: Path, root: Path) -> None:
    (root / "etc/passwd").write_text("root:x:0:0::/root:/bin/sh\n"
                                     "jitsi:x:4294967296:4242::/:/bin/false\n")
    body = 'def render(ctx):\n    yield File("/etc/demo/a", "x", owner="jitsi")\n'
    err = one_line_error(run(root, *callbacks(tmp_path, body)))
    assert "etc/passwd: line 2: jitsi has the id '4294967296'" in err and "fix that line" in err


# --- values that would break a service, and hidden values --------------------------------


@pytest.mark.parametrize(("env", "expected"), [
    ({"JVB_MAX_MEMORY": "999999999999999g"}, "JVB_MAX_MEMORY='999999999999999g': invalid RAM"),
    ({"JVB_MAX_MEMORY": "2048g"}, "use from 256m to 1024g"),
    ({"JMMC_HTTP_PORT": "443"}, "JMMC_HTTP_PORT and JMMC_HTTPS_PORT are all 443"),
    ({"JMMC_HTTPS_PORT": "5280"}, "JMMC_HTTPS_PORT and JMMC_BOSH_PORT are all 5280"),
    ({"TURN_PORT": "5222"}, "JMMC_C2S_PORT and TURN_PORT are all 5222"),
    ({"JMMC_LE_SERVER": "https://acme.example/\x1b[31mdir"},
     "JMMC_LE_SERVER='https://acme.example/\\x1b[31mdir': holds the control character U+001B"),
    ({"JICOFO_CONVENE_USER": "bob\nEVIL=1"}, "holds the control character U+000A"),
])
def test_values_that_would_break_a_service_are_refused(root: Path, env: dict[str, str],
                                                      expected: str) -> None:
    res = run(root, "--batch", "--no-default-callbacks", **env)
    err = one_line_error(res)
    assert expected in err
    assert "\x1b" not in err  # shown escaped, never sent raw to the terminal
    assert not (root / MASTER).exists()


@pytest.mark.parametrize(("key", "value"), [
    ("MUC_UUID", "not-a-uuid-Hunter2"),  # lower-cased before it is checked
    ("JVB_SECRET", "Hunter2"),
    ("JICOFO_SECRET", "Hunter2Hunter2Hunter2\x1b"),
    ("JICOFO_CONVENE_PASSWORD", "Hunter2\x07Hunter2"),
])
def test_hidden_values_are_never_echoed(root: Path, key: str, value: str) -> None:
    res = run(root, "--batch", "--no-default-callbacks", **{key: value})
    err = one_line_error(res)
    assert f"{key}=<hidden>" in err
    assert "hunter2" not in (err + res.stdout).lower()


# --- failure messages that are true ------------------------------------------------------


def test_a_failed_command_after_the_commit_says_what_was_written(tmp_path: Path,
                                                                 root: Path) -> None:
    (root / "etc/demo").mkdir()
    (root / "etc/demo/app.conf").write_text("admin's\n")
    body = """
        def render(ctx):
            yield File("/etc/demo/app.conf", "x\\n")
            yield Command(("sh", "-c", "echo broken >&2; exit 3"), description="reload demo")
    """
    res = run(root, *callbacks(tmp_path, body), "--run-commands")
    err = one_line_error(res)
    assert "command 'reload demo' exited 3: broken" in err
    assert "2 file(s) had been written (/etc/jitsi/jitsi-meet-master-config, " \
           "/etc/demo/app.conf)" in err
    assert "the files they replaced are in " in err and "nothing written" not in err
    assert (root / "etc/demo/app.conf").read_text() == "x\n"


def test_debug_shows_the_traceback_and_usage_errors_exit_2(tmp_path: Path, root: Path) -> None:
    (root / "etc/demo").mkdir()
    os.mkfifo(root / "etc/demo/app.conf")
    args = callbacks(tmp_path, WRITES_DEMO)
    plain = run(root, *args)
    assert plain.stderr.count("\n") == 1 and plain.stderr.startswith("jitsi-meet-master-config: ")
    debug = run(root, *args, "--debug")
    assert debug.returncode == 1 and "Traceback (most recent call last)" in debug.stderr
    usage = run(root, "--no-such-flag")
    assert usage.returncode == 2 and "usage: jitsi-meet-master-config" in usage.stderr


@pytest.mark.parametrize(("body", "expected"), [
    ('def render(ctx):\n    yield "not an action"\n', "'not an action' is not an action"),
    ('def render(ctx):\n    yield File("etc/x", "")\n', "File path 'etc/x' is not a normalized"),
    ('def render(ctx):\n    yield File("/etc/../x", "")\n', "is not a normalized absolute"),
    ('def render(ctx):\n    yield File("/etc/x", "")\n    yield Remove("/etc/x")\n',
     "/etc/x: yielded by both callback demo and callback demo"),
])
def test_each_bad_action_gets_its_own_message(tmp_path: Path, root: Path, body: str,
                                              expected: str) -> None:
    err = one_line_error(run(root, *callbacks(tmp_path, body)))
    assert expected in err and "None" not in err


def test_third_party_callbacks_linked_out_of_the_root_never_run(tmp_path: Path, root: Path,
                                                                 outside: Path) -> None:
    (outside / "evil").mkdir()
    (outside / "evil/callback.py").write_text(
        f"open({str(outside / 'ran')!r}, 'w').close()\nAPI_VERSION = 1\n")
    share = root / "usr/share/jitsi-meet-master-config"
    share.mkdir(parents=True)
    (share / "callbacks").symlink_to(outside)
    # The command itself (tools/configure.py passes its own callbacks).
    res = subprocess.run([sys.executable, "-m", "jitsi_configurator", "--root", str(root),
                          "--batch"], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "JMMC_NO_NETWORK": "y"})
    assert "the symbolic link /usr/share/jitsi-meet-master-config/callbacks" in \
        one_line_error(res)
    assert not (outside / "ran").exists()
