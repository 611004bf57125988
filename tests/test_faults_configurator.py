"""Faults during a configurator run: killed at every write step, two runs at once, a full
disk, runs within one second.  Every run is a real process running tools/configure.py;
faults come in through ``journal.step_hook``, which the core calls after each single write
to the root."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from jitsi_overlay.realservers.testroot import SEED_ROOT

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
PUBLIC = "82.221.139.201"
HOST = "meet.example.org"

# Runs tools/configure.py in this process after installing a step hook chosen by the
# environment: FAULT=kill:N (SIGKILL after the Nth write), FAULT=count (print the number
# of writes on stderr), FAULT=hold:FILE (after the first write, wait until FILE exists).
DRIVER = textwrap.dedent("""
    import os, runpy, signal, sys, time
    fault, seen = os.environ.get("FAULT", ""), []
    def hook(label):
        seen.append(label)
        if fault.startswith("kill:") and len(seen) == int(fault[5:]):
            os.kill(os.getpid(), signal.SIGKILL)
        if fault.startswith("hold:") and len(seen) == 1:
            while not os.path.exists(fault[5:]):
                time.sleep(0.05)
    if fault:
        from jitsi_configurator import journal
        journal.step_hook = hook
    sys.argv = [{configure!r}, *sys.argv[1:]]
    try:
        runpy.run_path({configure!r}, run_name="__main__")
    finally:
        if fault == "count":
            sys.stderr.write(f"WRITES={{len(seen)}}:{{','.join(seen)}}\\n")
""").format(configure=str(CONFIGURE))

# A test-local component touching every kind of step: new and replaced files, a secret
# file, a symlink, a new directory below missing parents, an existing directory's mode,
# and removals of the previous hostname's files.
DEMO = """
API_VERSION = 1
from jitsi_configurator.api import Callback, Directory, File, Remove, Symlink

def render(ctx):
    host = ctx.config.hostname
    yield File(f"/etc/demo/{host}.conf", f"host={host}\\n")
    yield File("/etc/demo/app.conf", f"serving {host}\\n")
    yield File("/etc/demo/secret.conf", f"turn={ctx.config['TURN_SECRET']}\\n", mode=0o640,
               group="jitsi", secret=True)
    yield Symlink("/etc/demo/current", f"{host}.conf")
    yield Directory("/var/lib/demo", 0o755 if host == "localhost" else 0o711)
    yield Directory(f"/var/lib/demo/{host}/store", 0o750)
    yield File(f"/var/lib/demo/{host}/store/data", f"{host}\\n", mode=0o600)
    if ctx.previous is not None and ctx.previous.hostname != host:
        old = ctx.previous.hostname
        yield Remove(f"/etc/demo/{old}.conf")
        yield Remove(f"/var/lib/demo/{old}/store/data")

CALLBACK = Callback("demo", "test/demo", render)
"""


def configure(root: Path, cbdir: Path, *args: str, fault: str = "", timeout: float = 120,
              **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "JMMC_NO_NETWORK": "y", "JMMC_DNS_OVERRIDE": f"{HOST}={PUBLIC}",
            "FAULT": fault, **env}
    return subprocess.run(
        [sys.executable, "-c", DRIVER, "--root", str(root), "--batch", "--no-default-callbacks",
         "--callbacks-dir", str(cbdir), "--assume-installed", "test/demo-1", *args],
        capture_output=True, text=True, env=full, timeout=timeout)


def snapshot(root: Path) -> dict[str, tuple]:
    """Every path with its content, mode and owner; a backup directory's time stamp is
    replaced by BACKUP (runs at different times name theirs differently)."""
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        data = os.readlink(p) if p.is_symlink() else (p.read_bytes() if p.is_file() else None)
        rel = re.sub(r"backups/\d{8}T\d{6}Z(-\d+)?", "backups/BACKUP", str(p.relative_to(root)))
        out[rel] = (data, st.st_mode, st.st_uid, st.st_gid)
    return out


@pytest.fixture
def cbdir(tmp_path: Path) -> Path:
    d = tmp_path / "callbacks/demo"
    d.mkdir(parents=True)
    (d / "callback.py").write_text(DEMO)
    return d.parent


@pytest.fixture
def start(tmp_path: Path, cbdir: Path) -> Path:
    """A root configured once for localhost, with an admin's file the next run replaces."""
    root = tmp_path / "start"
    (root / "etc/demo").mkdir(parents=True)
    (root / "etc/group").write_text("root:x:0:\njitsi:x:4242:\n")
    res = configure(root, cbdir)
    assert res.returncode == 0, res.stderr
    (root / "etc/demo/app.conf").write_text("the admin edited this\n")
    return root


def fresh(start: Path, name: str) -> Path:
    copy = start.parent / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(start, copy, symlinks=True)
    return copy


def test_a_run_killed_after_any_write_step_is_undone_by_the_next(start: Path, cbdir: Path,
                                                                 capsys) -> None:
    rename = {"JVB_HOSTNAME": HOST}
    reference = fresh(start, "reference")
    counted = configure(reference, cbdir, fault="count", **rename)
    assert counted.returncode == 0, counted.stderr
    labels = re.search(r"WRITES=(\d+):(.*)", counted.stderr)
    steps = int(labels.group(1))
    assert steps >= 20  # every kind of step is in the run
    expected = snapshot(reference)
    assert any("backups/BACKUP/etc/demo/app.conf" in k for k in expected)
    for n in range(1, steps + 1):
        root = fresh(start, f"killed{n}")
        killed = configure(root, cbdir, fault=f"kill:{n}", **rename)
        assert killed.returncode == -9, (n, killed.stderr)
        again = configure(root, cbdir, **rename)
        assert again.returncode == 0, (n, again.stderr)
        assert snapshot(root) == expected, f"after a kill at write step {n}"
        shutil.rmtree(root)
    with capsys.disabled():
        print(f"\nkill-at-every-step: {steps} injection points: "
              f"{labels.group(2).replace(',', ', ')}")


def test_a_first_run_killed_after_any_write_step_converges(tmp_path: Path, cbdir: Path) -> None:
    """No state directory yet: the journal's own directory is made by the run."""
    fixed = {"JVB_AUTH_PASSWORD": "A" * 32, "JICOFO_AUTH_PASSWORD": "B" * 32,
             "JVB_SECRET": "C" * 32, "JICOFO_SECRET": "D" * 32, "TURN_SECRET": "E" * 32,
             "MUC_UUID": "5d1c1f36-7e2a-4f4b-9a51-6f1b8f0e2c11",
             "JICOFO_CONVENE_PASSWORD": "horse-battery-staple"}
    empty = tmp_path / "empty"
    (empty / "etc").mkdir(parents=True)
    (empty / "etc/group").write_text("root:x:0:\njitsi:x:4242:\n")
    reference = fresh(empty, "reference")
    counted = configure(reference, cbdir, fault="count", **fixed)
    assert counted.returncode == 0, counted.stderr
    steps = int(re.search(r"WRITES=(\d+):", counted.stderr).group(1))
    assert "state directory made" in counted.stderr
    expected = snapshot(reference)
    for n in range(1, steps + 1):
        root = fresh(empty, "killed")
        assert configure(root, cbdir, fault=f"kill:{n}", **fixed).returncode == -9, n
        again = configure(root, cbdir, **fixed)
        assert again.returncode == 0, (n, again.stderr)
        assert snapshot(root) == expected, f"after a kill at write step {n}"


def test_an_undo_killed_midway_is_finished_by_the_next_run(start: Path, cbdir: Path) -> None:
    rename = {"JVB_HOSTNAME": HOST}
    reference = fresh(start, "reference")
    assert configure(reference, cbdir, **rename).returncode == 0
    expected = snapshot(reference)
    # Killed at the 12th write; how many writes does the next run's undo take?
    probe = fresh(start, "probe")
    assert configure(probe, cbdir, fault="kill:12", **rename).returncode == -9
    counted = configure(probe, cbdir, fault="count", **rename)
    labels = re.search(r"WRITES=\d+:(.*)", counted.stderr).group(1).split(",")
    undo_writes = labels.index("journal removed") + 1
    assert undo_writes >= 5, labels
    # Now kill that undo at each of its writes: the run after must still converge.
    for m in range(1, undo_writes + 1):
        root = fresh(start, f"undo{m}")
        assert configure(root, cbdir, fault="kill:12", **rename).returncode == -9
        assert configure(root, cbdir, fault=f"kill:{m}", **rename).returncode == -9
        final = configure(root, cbdir, **rename)
        assert final.returncode == 0, (m, final.stderr)
        assert snapshot(root) == expected, f"undo killed at its write step {m}"
        shutil.rmtree(root)


# Renders only after RELEASE exists (when HOLD is set), after saying it started: the
# first run then sits inside its run, the way an interactive one sits at a question.
SLOW = DEMO.replace("def render(ctx):\n", """import os, pathlib, time
def render(ctx):
    if os.environ.get("HOLD"):
        pathlib.Path(os.environ["HOLD"], "rendering").touch()
        while not pathlib.Path(os.environ["HOLD"], "release").exists():
            time.sleep(0.05)
""", 1)


def test_a_second_run_waits_for_the_first(start: Path, tmp_path: Path) -> None:
    slow = tmp_path / "slow/demo"
    slow.mkdir(parents=True)
    (slow / "callback.py").write_text(SLOW)
    flags = tmp_path / "flags"
    flags.mkdir()
    env = {**os.environ, "JMMC_NO_NETWORK": "y"}
    argv = [sys.executable, str(CONFIGURE), "--root", str(start), "--batch",
            "--no-default-callbacks", "--callbacks-dir", str(slow.parent), "--assume-installed",
            "test/demo-1", "--rotate-secrets"]
    first = subprocess.Popen(argv, env={**env, "HOLD": str(flags)}, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (flags / "rendering").exists():
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    # The first run has read the master config and made its secrets: a second one must
    # wait for it, not read the same file and write secrets of its own in between.
    second = subprocess.Popen(argv, env=env, text=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    time.sleep(3)
    assert second.poll() is None, second.communicate()
    (flags / "release").touch()
    _, err1 = first.communicate(timeout=60)
    _, err2 = second.communicate(timeout=60)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "waiting for another configurator run" in err2
    master = (start / "etc/jitsi/jitsi-meet-master-config").read_text()
    turn = re.search(r'TURN_SECRET="(\w+)"', master).group(1)
    assert (start / "etc/demo/secret.conf").read_text() == f"turn={turn}\n"


def test_a_run_in_the_same_second_never_deletes_a_backup(start: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from jitsi_configurator import transaction
    from jitsi_configurator.api import ConfigError, File

    monkeypatch.setattr(transaction.time, "strftime", lambda fmt, t=None: "20260101T000000Z")
    root = start
    backups = root / "var/lib/jitsi-meet-master-config/backups"
    first = transaction.make_plan(root, [("t", File("/etc/demo/app.conf", "first\n"))])
    transaction.commit(first)
    saved = backups / "20260101T000000Z/etc/demo/app.conf"
    assert saved.read_text() == "the admin edited this\n"
    # A failing run in the same second: a file where a directory belongs.
    (root / "etc/blocker").write_text("x\n")
    with pytest.raises(ConfigError):
        transaction.commit(transaction.make_plan(root, [
            ("t", File("/etc/demo/app.conf", "second\n")),
            ("t", File("/etc/blocker/inside.conf", "x\n"))]))
    assert saved.read_text() == "the admin edited this\n"
    # One failing inside its commit (the disk fills as the new file is written).
    from jitsi_configurator import journal

    def full_disk(label: str) -> None:
        if label == "new file written":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "step_hook", full_disk)
    failing = transaction.make_plan(root, [("t", File("/etc/demo/app.conf", "second\n"))])
    with pytest.raises(ConfigError, match="every file restored"):
        transaction.commit(failing)
    monkeypatch.setattr(journal, "step_hook", None)
    assert saved.read_text() == "the admin edited this\n"
    third = transaction.make_plan(root, [("t", File("/etc/demo/app.conf", "third\n"))])
    _, where = transaction.commit(third)
    assert where == backups / "20260101T000000Z-2"
    assert (where / "etc/demo/app.conf").read_text() == "first\n"
    assert sorted(p.name for p in backups.iterdir()) == ["20260101T000000Z",
                                                         "20260101T000000Z-2"]


# The disk-full scenarios run in a private mount namespace on a 1 MiB tmpfs, so the
# filesystem really is full; the script reports what it saw as JSON on its last line.
DISK_FULL = textwrap.dedent("""
    import contextlib, io, json, os, shutil, subprocess, sys
    from pathlib import Path
    from jitsi_configurator import journal, main, registry
    mount, cbdir, saved = (Path(a) for a in sys.argv[1:4])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    root, filler = mount / "root", mount / "filler"
    os.environ["JMMC_NO_NETWORK"] = "y"

    def snapshot():
        out = {}
        for p in sorted(root.rglob("*")):
            st = p.lstat()
            data = os.readlink(p) if p.is_symlink() else (
                p.read_bytes().hex() if p.is_file() else None)
            out[str(p.relative_to(root))] = [data, st.st_mode, st.st_uid, st.st_gid]
        return out

    def run(size):
        os.environ["BIG"] = str(size)
        loaded = registry.load_all(registry.find_files(cbdir, ["*/callback.py"]))
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = main.main(["--root", str(root), "--batch"], callbacks=loaded,
                               installed={"test/big": "1"})
        return status, err.getvalue().strip()

    def restore():
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(saved, root, symlinks=True)

    def fill_at(n, seen):
        def hook(label):
            seen.append(label)
            if len(seen) == n:
                with open(filler, "wb") as fh:
                    with contextlib.suppress(OSError):
                        while True:
                            fh.write(b"x" * 65536)
                            fh.flush()
        return hook

    results = {}
    (root / "etc/demo").mkdir(parents=True)
    (root / "etc/demo/big.conf").write_bytes(b"o" * 300_000)
    results["first"] = run(200_000)
    shutil.copytree(root, saved, symlinks=True)
    before = snapshot()
    status, err = run(900_000)  # cannot fit: refused before any write
    results["too_big"] = [status, err, snapshot() == before]
    steps = []
    journal.step_hook = steps.append
    restore()
    results["plain"] = run(250_000)
    results["steps"] = steps
    outcomes = []
    for n in range(1, len(steps) + 1):
        restore()
        seen = []
        journal.step_hook = fill_at(n, seen)
        status, err = run(250_000)
        journal.step_hook = None
        outcomes.append([n, status, err[-300:], snapshot() == before])
        filler.unlink(missing_ok=True)
    results["filled"] = outcomes
    print(json.dumps(results))
""")

BIG = """
API_VERSION = 1
import os
from jitsi_configurator.api import Callback, File

def render(ctx):
    yield File("/etc/demo/big.conf", b"n" * int(os.environ["BIG"]))
    yield File("/etc/demo/small.conf", "small\\n")

CALLBACK = Callback("big", "test/big", render)
"""


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="needs root and unshare for a private tmpfs")
def test_a_full_disk_leaves_the_root_byte_identical(tmp_path: Path, capsys) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    cb = tmp_path / "callbacks/big"
    cb.mkdir(parents=True)
    (cb / "callback.py").write_text(BIG)
    proc = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c",
                           DISK_FULL, str(mount), str(cb.parent), str(tmp_path / "saved")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout.splitlines()[-1])
    assert results["first"][0] == 0, results["first"]
    status, err, unchanged = results["too_big"]
    assert status == 1 and "not enough space" in err and "nothing was written" in err, err
    assert unchanged
    assert results["plain"][0] == 0, results["plain"]
    steps = results["steps"]
    failed = 0
    for n, status, err, same in results["filled"]:
        if status == 0:  # nothing after this step needed space: the run completed
            assert n >= len(steps) - 3, (n, steps[n - 1:])
            continue
        failed += 1
        assert status == 1 and "every file restored" in err, (n, err)
        assert same, f"the root changed when the disk filled after write step {n}"
    assert failed >= 5
    with capsys.disabled():
        print(f"\ndisk-full: {len(steps)} fill points, {failed} runs failed and were "
              "rolled back byte-identically")


def real_run(root: Path, fault: str = "", **env: str) -> subprocess.CompletedProcess:
    """Every component of the checkout, in batch mode, on a copy of the Gentoo-like root."""
    full = {**os.environ, "JMMC_NO_NETWORK": "y", "JMMC_DNS_OVERRIDE": f"{HOST}={PUBLIC}",
            "FAULT": fault, **env}
    return subprocess.run([sys.executable, "-c", DRIVER, "--root", str(root), "--batch"],
                          capture_output=True, text=True, env=full, timeout=120)


def test_a_real_rename_killed_after_any_write_step_converges(tmp_path: Path, capsys) -> None:
    """The issue's case: every real component, a rename localhost -> meet.example.org killed
    after each single write, then run again.  Certificates, salts and the like are random,
    so two uninterrupted runs tell which files may differ in content: for those, path,
    mode and owner must still match; every other file must match byte for byte."""
    start = tmp_path / "start"
    shutil.copytree(SEED_ROOT, start, symlinks=True)
    assert real_run(start).returncode == 0
    rename = {"JVB_HOSTNAME": HOST}
    references = []
    for name in ("reference1", "reference2"):
        ref = fresh(start, name)
        res = real_run(ref, fault="count", **rename)
        assert res.returncode == 0, res.stderr
        references.append(snapshot(ref))
    steps = int(re.search(r"WRITES=(\d+)", res.stderr).group(1))
    first, second = references
    assert first.keys() == second.keys()
    random = {k for k in first if first[k][0] != second[k][0]}
    assert len(random) < len(first) / 4, sorted(random)  # most files are deterministic

    def shape(tree: dict[str, tuple]) -> dict[str, tuple]:
        return {k: (None if k in random else v[0], *v[1:]) for k, v in tree.items()}

    expected = shape(first)
    for n in range(1, steps + 1):
        root = fresh(start, "killed")
        assert real_run(root, fault=f"kill:{n}", **rename).returncode == -9, n
        again = real_run(root, **rename)
        assert again.returncode == 0, (n, again.stderr)
        assert "not written by the configurator" not in again.stdout, (n, again.stdout)
        got = shape(snapshot(root))
        assert got.keys() == expected.keys(), (n, sorted(got.keys() ^ expected.keys()))
        assert got == expected, (n, [k for k in got if got[k] != expected[k]])
    with capsys.disabled():
        print(f"\nreal rename: killed at each of {steps} write steps; {len(random)} of "
              f"{len(first)} paths hold random bytes")
