"""Transaction, batch mode and dry-run tests with test-local callbacks (controlled behaviour)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
MASTER = "etc/jitsi/jitsi-meet-master-config"
PUBLIC = "82.221.139.201"


def run(root: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "JMMC_NO_NETWORK": "y", **env}
    return subprocess.run([sys.executable, str(CONFIGURE), "--root", str(root), *args],
                          input=stdin, capture_output=True, text=True, env=full, timeout=120)


def snapshot(root: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        data = os.readlink(p) if p.is_symlink() else (p.read_bytes() if p.is_file() else None)
        out[str(p.relative_to(root))] = (data, st.st_mode, st.st_uid, st.st_gid)
    return out


def callbacks(tmp: Path, **sources: str) -> Path:
    """A callbacks dir: one ``NAME/callback.py`` per keyword (``_`` in NAME becomes ``-``)."""
    d = tmp / "callbacks"
    for name, body in sources.items():
        (d / name).mkdir(parents=True)
        (d / name / "callback.py").write_text(
            "API_VERSION = 1\nfrom jitsi_configurator.api import Callback, Command, File, "
            "Remove, Symlink\n" + textwrap.dedent(body))
    return d


GOOD = """
    def render(ctx):
        cfg = ctx.config
        yield File("/etc/demo/app.conf", f"host={cfg.hostname}\\n", mode=0o644)
        yield File("/etc/demo/secret.conf", f"turn={cfg['TURN_SECRET']}\\n", mode=0o644,
                   group="jitsi", secret=True, validator="shell-env")
        yield Symlink("/etc/demo/current", "app.conf")
    CALLBACK = Callback("good", "test/good", render)
"""


def batch_args(cbdir: Path, *extra: str) -> tuple[str, ...]:
    return ("--batch", "--no-default-callbacks", "--callbacks-dir", str(cbdir),
            "--assume-installed", "test/good-1,test/bad-1", *extra)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "root"
    (r / "etc/demo").mkdir(parents=True)
    (r / "etc/group").write_text("root:x:0:\njitsi:x:4242:\n")
    (r / "etc/demo/app.conf").write_text("admin's own text\n")
    os.chmod(r / "etc/demo/app.conf", 0o600)
    (r / "etc/demo/other.conf").write_text("not ours\n")
    return r


def test_batch_writes_backs_up_and_protects_secrets(tmp_path: Path, root: Path) -> None:
    cb = callbacks(tmp_path, good=GOOD)
    res = run(root, *batch_args(cb))
    assert res.returncode == 0, res.stderr
    assert (root / "etc/demo/app.conf").read_text() == "host=localhost\n"
    secret = root / "etc/demo/secret.conf"
    st = secret.stat()
    assert st.st_mode & 0o777 == 0o640 and st.st_gid == 4242  # 0644 asked, secret wins
    m = (root / MASTER).stat()
    assert m.st_mode & 0o777 == 0o640 and m.st_gid == 4242
    assert os.readlink(root / "etc/demo/current") == "app.conf"
    backups = list((root / "var/lib/jitsi-meet-master-config/backups").rglob("app.conf"))
    assert len(backups) == 1 and backups[0].read_text() == "admin's own text\n"
    assert backups[0].stat().st_mode & 0o777 == 0o600
    turn = secret.read_text().split("=")[1].strip()
    assert turn not in res.stdout + res.stderr  # secrets never printed
    # A rerun changes nothing at all.
    before = snapshot(root)
    res = run(root, *batch_args(cb))
    assert res.returncode == 0 and "0 file(s) written" in res.stdout
    assert snapshot(root) == before


@pytest.mark.parametrize("failure", ["render", "validator", "own-validator", "commit"])
def test_failing_callback_leaves_every_file_byte_identical(tmp_path: Path, root: Path,
                                                           failure: str) -> None:
    (root / "etc/blocker").write_text("a regular file where a directory is needed\n")
    bad = {
        "render": 'def render(ctx):\n    raise RuntimeError("boom")\n',
        "validator": 'def render(ctx):\n    yield File("/etc/demo/x.json", "x = {", '
                     'validator="json")\n',
        # The owner's own check (a callable) runs the real tool, like the component ones.
        "own-validator": 'from jitsi_configurator.api import run_check\ndef sh(path, data):\n'
                         '    run_check(path, ["sh", "-n", "-c", data.decode()])\n'
                         'def render(ctx):\n    yield File("/etc/demo/x.sh", "if then", '
                         'validator=sh)\n',
        "commit": 'def render(ctx):\n    yield File("/etc/blocker/inside.conf", "x")\n',
    }[failure]
    cb = callbacks(tmp_path, good=GOOD,
                   bad=bad + 'CALLBACK = Callback("bad", "test/bad", render, after=("good",))\n')
    before = snapshot(root)
    res = run(root, *batch_args(cb))
    assert res.returncode == 1
    assert {"render": "callback bad failed", "validator": "invalid JSON",
            "own-validator": "/etc/demo/x.sh: sh rejects it",
            "commit": "/etc/blocker is a regular file where a directory belongs"}[failure] \
        in res.stderr
    assert snapshot(root) == before


def test_remove_only_deletes_files_we_wrote(tmp_path: Path, root: Path) -> None:
    first = callbacks(tmp_path, good=GOOD)
    assert run(root, *batch_args(first)).returncode == 0
    second = callbacks(tmp_path / "2", good="""
        def render(ctx):
            yield Remove("/etc/demo/secret.conf")   # ours: removed (backed up)
            yield Remove("/etc/demo/other.conf")    # not ours: kept
            yield Remove("/etc/demo/never.conf")    # absent: nothing to do
        CALLBACK = Callback("good", "test/good", render)
    """)
    res = run(root, *batch_args(second))
    assert res.returncode == 0, res.stderr
    assert not (root / "etc/demo/secret.conf").exists()
    assert (root / "etc/demo/other.conf").read_text() == "not ours\n"
    assert "/etc/demo/other.conf: not written by the configurator: kept" in res.stdout
    assert "/etc/demo/never.conf" not in res.stdout
    assert list((root / "var/lib/jitsi-meet-master-config/backups").rglob("secret.conf"))


def test_dry_run_prints_a_diff_and_writes_nothing(tmp_path: Path, root: Path) -> None:
    cb = callbacks(tmp_path, good=GOOD)
    before = snapshot(root)
    res = run(root, *batch_args(cb, "--dry-run"))
    assert res.returncode == 0, res.stderr
    assert "-admin's own text\n+host=localhost" in res.stdout
    assert "File /etc/demo/secret.conf \n(0640 0:4242)" in res.stdout
    assert "turn=" not in res.stdout and "TURN_SECRET" not in res.stdout
    assert "File /etc/jitsi/jitsi-meet-master-config \n(0640 0:4242)" in res.stdout
    assert snapshot(root) == before


def test_batch_answers_file_and_environment(tmp_path: Path, root: Path) -> None:
    answers = tmp_path / "answers"
    answers.write_text('JVB_HOSTNAME="meet.example.org"\nJVB_MAX_MEMORY="2048m"\n'
                       'LE_EMAIL="ops@example.org"\n')
    res = run(root, "--answers", str(answers), "--no-default-callbacks",
              JMMC_DNS_OVERRIDE=f"meet.example.org={PUBLIC}", JICOFO_CONVENE_USER="boss")
    assert res.returncode == 0, res.stderr
    from jitsi_configurator.masterfile import parse

    cfg = parse((root / MASTER).read_text())[0]
    assert cfg["JVB_EXTERNAL_IP"] == PUBLIC and cfg["LE_ENABLE_AUTO"] == "y"
    assert cfg["JICOFO_CONVENE_USER"] == "boss" and cfg["LE_EMAIL"] == "ops@example.org"
    assert f"Convener: boss / {cfg['JICOFO_CONVENE_PASSWORD']}" in res.stdout


def test_batch_names_every_invalid_value(tmp_path: Path, root: Path) -> None:
    answers = tmp_path / "answers"
    answers.write_text('JVB_HOSTNAME="meet.example.org"\nJVB_EXTERNAL_IP="300.1.1.1"\n'
                       'JVB_MAX_MEMORY="1k"\nJICOFO_CONVENE_USER="jvb"\n'
                       'JICOFO_CONVENE_PASSWORD="x"\nJM_SUPPLY_OWN_CRT="y"\n'
                       'JM_WEB_CERT_KEY="/etc/ssl/none.key"\nJVB_SECRET="Tiny5ecret"\n')
    before = snapshot(root)
    res = run(root, "--answers", str(answers), "--no-default-callbacks")
    assert res.returncode == 1
    for key in ("JVB_EXTERNAL_IP='300.1.1.1'", "JVB_MAX_MEMORY='1k'", "JICOFO_CONVENE_USER",
                "JICOFO_CONVENE_PASSWORD=<hidden>", "JM_WEB_CERT_KEY='/etc/ssl/none.key'",
                "JM_WEB_CERT_CRT", "JVB_SECRET=<hidden>"):
        assert key in res.stderr, key
    assert "Tiny5ecret" not in res.stderr
    assert snapshot(root) == before


def test_batch_mode_from_the_existing_master_config(tmp_path: Path, root: Path) -> None:
    (root / "etc/jitsi").mkdir()
    seed = ('JMMC_BATCH_MODE="y"\nJVB_HOST="localhost"\nJVB_PORT="5347"\n'
            'JVB_HOSTNAME="localhost"\nJICOFO_AUTH_DOMAIN="auth.localhost"\n'
            'JICOFO_CONVENE_USER="admin"\nJICOFO_CONVENE_PASSWORD="horse-battery-staple"\n'
            'JVB_SECRET="AbCdEfGh12345678"\nMUC_UUID="5d1c1f36-7e2a-4f4b-9a51-6f1b8f0e2c11"\n'
            'JMMC_CONFIGURED="y"\n')
    (root / MASTER).write_text(seed)
    res = run(root, "--no-default-callbacks")  # no stdin: no question may be asked
    assert res.returncode == 0, res.stderr
    text = (root / MASTER).read_text()
    assert 'JVB_SECRET="AbCdEfGh12345678"' in text and 'JMMC_BATCH_MODE="y"' in text
    assert 'MUC_UUID="5d1c1f36-7e2a-4f4b-9a51-6f1b8f0e2c11"' in text
    assert 'TURN_SECRET="' in text  # missing secrets are generated once


def test_ordering_cycle_is_an_error(tmp_path: Path, root: Path) -> None:
    cb = callbacks(tmp_path,
                   good='CALLBACK = Callback("good", "test/good", lambda c: [], after=("bad",))\n',
                   bad='CALLBACK = Callback("bad", "test/bad", lambda c: [], after=("good",))\n')
    res = run(root, *batch_args(cb))
    assert res.returncode == 1 and "cycle" in res.stderr


def test_callback_of_a_missing_package_does_not_run(tmp_path: Path, root: Path) -> None:
    cb = callbacks(tmp_path, good=GOOD)
    res = run(root, "--batch", "--no-default-callbacks", "--callbacks-dir", str(cb),
              "--assume-installed", "test/other-1")
    assert res.returncode == 0, res.stderr
    assert (root / "etc/demo/app.conf").read_text() == "admin's own text\n"


def test_a_secret_on_a_command_line_is_refused(tmp_path: Path, root: Path) -> None:
    cb = callbacks(tmp_path, good="""
        def render(ctx):
            yield Command(("prosodyctl", "passwd", ctx.config["JVB_AUTH_PASSWORD"]))
        CALLBACK = Callback("good", "test/good", render)
    """)
    before = snapshot(root)
    res = run(root, *batch_args(cb))
    assert res.returncode == 1 and "carry a secret in argv" in res.stderr
    assert snapshot(root) == before


def test_commands_run_after_commit_with_stdin(tmp_path: Path, root: Path) -> None:
    out = root / "etc/demo/from-command"
    cb = callbacks(tmp_path, good=f"""
        def render(ctx):
            yield File("/etc/demo/app.conf", "x\\n")
            yield Command(("sh", "-c", 'cat "$JMMC_ROOT/etc/demo/app.conf" - > {out}'),
                          stdin=ctx.config["TURN_SECRET"].encode(), description="copy")
        CALLBACK = Callback("good", "test/good", render)
    """)
    res = run(root, *batch_args(cb, "--run-commands"))
    assert res.returncode == 0, res.stderr
    assert "ran: copy" in res.stdout
    secret = out.read_text().split("\n")[1]
    assert len(secret) == 32 and secret not in res.stdout + res.stderr
