"""Plan, diff and commit rendered actions as one transaction.

Every change is applied by writing a temporary file in the target's directory (owner,
group and mode set before the rename) and renaming it over the target.  Each replaced or
removed file is first copied to a timestamped backup directory; if any step fails, every
step already done is undone from those copies, so the tree is left byte-identical.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import owners
from .api import Command, ConfigError, File, Remove, Symlink

STATE_DIR = "var/lib/jitsi-meet-master-config"
RECORD = f"{STATE_DIR}/written.json"


@dataclass
class Change:
    action: File | Symlink | Remove
    target: Path
    uid: int = 0
    gid: int = 0
    mode: int = 0o644


@dataclass
class Plan:
    root: Path
    changes: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    record: dict[str, str] = field(default_factory=dict)


def _inside(root: Path, path: str) -> Path:
    if not path.startswith("/") or os.path.normpath(path) != path or "\0" in path:
        raise ConfigError(f"path {path!r} is not absolute and normalized: fix the callback")
    return root / path.lstrip("/")


def read_record(root: Path) -> dict[str, str]:
    try:
        data = json.loads((root / RECORD).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{root / RECORD}: unreadable ({exc}): move it away") from exc
    return {str(k): str(v) for k, v in data.items()}


def _fingerprint(action: File | Symlink) -> str:
    if isinstance(action, Symlink):
        return "symlink:" + action.target
    return "sha256:" + hashlib.sha256(action.data()).hexdigest()


def make_plan(root: Path, actions: list[tuple[str, object]]) -> Plan:
    """``actions`` = (callback name, action) pairs in run order."""
    plan = Plan(root=root, record=read_record(root))
    owner_of: dict[str, str] = {}
    unknown: set[str] = set()
    for cb_name, action in actions:
        if isinstance(action, Command):
            plan.commands.append(action)
            continue
        if not isinstance(action, (File, Symlink, Remove)):
            raise ConfigError(
                f"callback {cb_name}: {action!r} is not an action: return File, "
                "Symlink, Remove or Command"
            )
        target = _inside(root, action.path)
        if action.path in owner_of:
            raise ConfigError(
                f"{action.path}: written by both {owner_of[action.path]} and "
                f"{cb_name}: only one callback may own a file"
            )
        owner_of[action.path] = cb_name
        change = Change(action, target)
        if isinstance(action, File):
            uid, gid = owners.uid(root, action.owner), owners.gid(root, action.group)
            unknown.update(n for n, i in ((action.owner, uid), (action.group, gid)) if i is None)
            mode = action.mode & 0o7777
            if action.secret:
                mode &= 0o640  # secrets: never readable by others, never writable by group
            change.uid, change.gid, change.mode = uid or 0, gid or 0, mode
        if _unchanged(change):
            plan.unchanged.append(action.path)
            continue
        if isinstance(action, Remove):
            if not os.path.lexists(target):
                plan.record.pop(action.path, None)
                continue
            if action.path not in plan.record:
                plan.notes.append(f"{action.path}: not written by the configurator: kept")
                continue
            plan.record.pop(action.path)
        else:
            plan.record[action.path] = _fingerprint(action)
        plan.changes.append(change)
    if unknown:
        plan.notes.append(f"users/groups {', '.join(sorted(unknown))} not in {root}/etc: "
                          "their files are owned by root instead")
    return plan


def _unchanged(c: Change) -> bool:
    a, t = c.action, c.target
    if isinstance(a, Symlink):
        return t.is_symlink() and os.readlink(t) == a.target
    if isinstance(a, Remove):
        return False
    try:
        st = t.lstat()
    except OSError:
        return False
    if not t.is_file() or t.is_symlink():
        return False
    return (st.st_mode & 0o7777, st.st_uid, st.st_gid) == (
        c.mode,
        c.uid,
        c.gid,
    ) and t.read_bytes() == a.data()


def diff(plan: Plan, secret_paths: set[str]) -> str:
    """A unified diff of the plan; secret files are summarized, never shown."""
    out = []
    for c in plan.changes:
        a = c.action
        old = c.target.read_bytes() if c.target.is_file() else b""
        if isinstance(a, Symlink):
            out.append(f"symlink {a.path} -> {a.target}\n")
        elif isinstance(a, Remove):
            out.append(f"remove {a.path}\n")
        elif a.secret or a.path in secret_paths:
            out.append(
                f"secret file {a.path}: {len(a.data())} bytes, mode {c.mode:04o} "
                f"(content not shown)\n"
            )
        else:
            new = a.data()
            lines = difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(True),
                new.decode("utf-8", "replace").splitlines(True),
                f"a{a.path}",
                f"b{a.path}",
            )
            text = "".join(lines)
            out.append(text if text else f"mode/owner {a.path}: {c.mode:04o} {c.uid}:{c.gid}\n")
            if text and not text.endswith("\n"):
                out.append("\n")
    return "".join(out)


@dataclass
class Result:
    written: list[str]
    backups: list[str]
    backup_dir: Path | None


def _tmp(target: Path) -> Path:
    return target.parent / f".{target.name}.jmmc-{os.getpid()}-{time.monotonic_ns()}"


def _write_file(target: Path, data: bytes, uid: int, gid: int, mode: int) -> None:
    tmp = _tmp(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if os.geteuid() == 0:
                os.fchown(fh.fileno(), uid, gid)
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _copy_back(backup: Path, target: Path) -> None:
    tmp = _tmp(target)
    if backup.is_symlink():
        os.symlink(os.readlink(backup), tmp)
    else:
        shutil.copy2(backup, tmp)
        st = backup.stat()
        if os.geteuid() == 0:
            os.chown(tmp, st.st_uid, st.st_gid)
        os.chmod(tmp, st.st_mode & 0o7777)
    os.replace(tmp, target)


def _makedirs(path: Path, created: list[Path]) -> None:
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        d.mkdir(mode=0o755)
        created.append(d)


def commit(plan: Plan, stamp: str | None = None) -> Result:
    """Apply every change or none; returns what was written and backed up."""
    root = plan.root
    stamp = stamp or time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    backup_dir = root / STATE_DIR / "backups" / stamp
    done: list[tuple[Path, Path | None]] = []  # (target, backup or None if it was new)
    created: list[Path] = []
    backups: list[str] = []
    all_changes = list(plan.changes)
    record_data = (json.dumps(plan.record, indent=1, sort_keys=True) + "\n").encode()
    record = File("/" + RECORD, record_data, mode=0o600)
    rec_change = Change(record, root / RECORD, 0, 0, 0o600)
    if not _unchanged(rec_change) and (plan.changes or (root / RECORD).exists()):
        all_changes.append(rec_change)
    try:
        for c in all_changes:
            _makedirs(c.target.parent, created)
            backup = None
            if os.path.lexists(c.target):
                if c.target.is_dir() and not c.target.is_symlink():
                    raise ConfigError(f"{c.action.path} is a directory: move it away")
                backup = backup_dir / c.action.path.lstrip("/")
                _makedirs(backup.parent, created)
                os.chmod(root / STATE_DIR / "backups", 0o700)
                shutil.copy2(c.target, backup, follow_symlinks=False)
                if not backup.is_symlink():
                    st = c.target.lstat()
                    if os.geteuid() == 0:
                        os.chown(backup, st.st_uid, st.st_gid)
                backups.append(str(backup))
            done.append((c.target, backup))
            a = c.action
            if isinstance(a, File):
                _write_file(c.target, a.data(), c.uid, c.gid, c.mode)
            elif isinstance(a, Symlink):
                tmp = _tmp(c.target)
                os.symlink(a.target, tmp)
                os.replace(tmp, c.target)
            else:
                c.target.unlink()
    except BaseException as exc:
        _rollback(done)
        shutil.rmtree(backup_dir, ignore_errors=True)  # restored: this run's copies go
        for d in reversed(created):
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()
        if isinstance(exc, ConfigError):
            raise
        if isinstance(exc, OSError):
            raise ConfigError(f"writing failed, every file restored: {exc}") from exc
        raise
    return Result([c.action.path for c in plan.changes], backups, backup_dir if backups else None)


def _rollback(done: list[tuple[Path, Path | None]]) -> None:
    for target, backup in reversed(done):
        if backup is not None:
            _copy_back(backup, target)
        elif os.path.lexists(target):
            target.unlink()


def run_commands(commands: list[Command], root: Path) -> list[str]:
    """Run post-commit commands in order; returns their descriptions; fails on the first."""
    ran = []
    env = {**os.environ, "JMMC_ROOT": str(root)}
    for cmd in commands:
        label = cmd.description or cmd.argv[0]
        try:
            proc = subprocess.run(
                list(cmd.argv),
                input=cmd.stdin,
                capture_output=True,
                env=env,
                timeout=300,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"command {label!r} could not run: {exc}") from exc
        if proc.returncode != 0:
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise ConfigError(
                f"command {label!r} ({cmd.argv[0]}) failed with status "
                f"{proc.returncode}: {' / '.join(tail)}"
            )
        ran.append(label)
    return ran
