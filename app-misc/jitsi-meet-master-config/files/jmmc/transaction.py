"""One transaction: plan (drop unchanged files), diff, commit with backups and rollback."""

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

from . import system
from .api import Command, ConfigError, File, Remove, Symlink

STATE = "var/lib/jitsi-meet-master-config"
RECORD = f"{STATE}/written.json"  # path -> fingerprint of each file we wrote


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
    record: dict[str, str]
    changes: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)


def make_plan(root: Path, actions: list[tuple[str, object]]) -> Plan:
    """``actions``: (callback name, action) pairs in run order."""
    try:
        plan = Plan(root, json.loads((root / RECORD).read_text()))
    except FileNotFoundError:
        plan = Plan(root, {})
    except ValueError as exc:
        raise ConfigError(f"{root / RECORD}: {exc}: move it away") from exc
    owner: dict[str, str] = {}
    unknown: set[str] = set()
    for cb, a in actions:
        if isinstance(a, Command):
            plan.commands.append(a)
            continue
        if not isinstance(a, File | Symlink | Remove):
            raise ConfigError(f"callback {cb}: {a!r} is not a File, Symlink, Remove or Command")
        if not a.path.startswith("/") or os.path.normpath(a.path) != a.path:
            raise ConfigError(f"callback {cb}: path {a.path!r} is not absolute and normalized")
        if a.path in owner:
            raise ConfigError(f"{a.path}: written by {owner[a.path]} and {cb}: one owner only")
        owner[a.path] = cb
        c = Change(a, root / a.path.lstrip("/"))
        if isinstance(a, File):
            u, g = system.uid(root, a.owner), system.gid(root, a.group)
            unknown.update(n for n, i in ((a.owner, u), (a.group, g)) if i is None)
            # A secret is never readable by others nor writable by the group.
            c.uid, c.gid, c.mode = u or 0, g or 0, a.mode & (0o640 if a.secret else 0o7777)
        if isinstance(a, Remove):
            if not os.path.lexists(c.target) or a.path not in plan.record:
                if os.path.lexists(c.target):
                    plan.notes.append(f"{a.path}: not written by the configurator: kept")
                continue
            del plan.record[a.path]
        elif _same(c):
            plan.unchanged.append(a.path)
            continue
        else:
            plan.record[a.path] = (f"symlink:{a.target}" if isinstance(a, Symlink) else
                                   "sha256:" + hashlib.sha256(a.data()).hexdigest())
        plan.changes.append(c)
    if unknown:
        plan.notes.append(f"users/groups {', '.join(sorted(unknown))} not in {root}/etc: "
                          "their files are owned by root")
    return plan


def _same(c: Change) -> bool:
    a, t = c.action, c.target
    if isinstance(a, Symlink):
        return t.is_symlink() and os.readlink(t) == a.target
    if not isinstance(a, File) or t.is_symlink() or not t.is_file():
        return False
    st = t.stat()
    return (st.st_mode & 0o7777, st.st_uid, st.st_gid) == (c.mode, c.uid, c.gid) \
        and t.read_bytes() == a.data()


def diff(plan: Plan) -> str:
    """Unified diff; a secret file is only summarized."""
    out = []
    for c in plan.changes:
        a = c.action
        if not isinstance(a, File):
            out.append(f"symlink {a.path} -> {a.target}\n" if isinstance(a, Symlink) else
                       f"remove {a.path}\n")
        elif a.secret:
            out.append(f"secret file {a.path}: {len(a.data())} bytes, mode {c.mode:04o}\n")
        else:
            old = c.target.read_bytes() if c.target.is_file() else b""
            out += difflib.unified_diff(old.decode(errors="replace").splitlines(True),
                                        a.data().decode(errors="replace").splitlines(True),
                                        f"a{a.path}", f"b{a.path}")
            out.append(f"(mode {c.mode:04o}, owner {c.uid}:{c.gid})\n")
    return "".join(out)


def _put(target: Path, data: bytes | None, uid: int, gid: int, mode: int,
         link: str | None = None) -> None:
    """Atomically replace ``target`` by ``data`` (or a symlink to ``link``)."""
    tmp = target.parent / f".{target.name}.jmmc{os.getpid()}"
    try:
        if link is not None:
            os.symlink(link, tmp)
        else:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data or b"")
                if os.geteuid() == 0:
                    os.fchown(fh.fileno(), uid, gid)
                os.fchmod(fh.fileno(), mode)
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def commit(plan: Plan) -> tuple[list[str], Path | None]:
    """Apply every change or none; returns (paths written, backup dir or None)."""
    root = plan.root
    bdir = root / STATE / "backups" / time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    done: list[tuple[Path, Path | None]] = []  # (target, its backup; None if it was new)
    made = [d for d in bdir.parents if d.is_relative_to(root) and not d.exists()]
    rec = Change(File("/" + RECORD, json.dumps(plan.record, indent=1) + "\n"),
                 root / RECORD, 0, 0, 0o600)
    try:
        for c in plan.changes + ([rec] if plan.changes and not _same(rec) else []):
            backup = None
            for d in reversed([*c.target.parents][: len(c.target.relative_to(root).parts) - 1]):
                if not d.exists():
                    d.mkdir(0o755)
                    made.append(d)
            if c.target.is_dir() and not c.target.is_symlink():
                raise ConfigError(f"{c.action.path} is a directory: move it away")
            if os.path.lexists(c.target):
                backup = bdir / c.action.path.lstrip("/")
                backup.parent.mkdir(0o700, parents=True, exist_ok=True)
                os.chmod(bdir.parent, 0o700)  # backups may hold secrets
                shutil.copy2(c.target, backup, follow_symlinks=False)
                if not backup.is_symlink() and os.geteuid() == 0:
                    os.chown(backup, c.target.stat().st_uid, c.target.stat().st_gid)
            a = c.action
            if isinstance(a, Remove):
                c.target.unlink()
            else:
                _put(c.target, a.data() if isinstance(a, File) else None, c.uid, c.gid, c.mode,
                     a.target if isinstance(a, Symlink) else None)
            done.append((c.target, backup))  # a failed step changed nothing itself
    except BaseException as exc:
        for target, b in reversed(done):
            if b is None:
                target.unlink(missing_ok=True)
            elif b.is_symlink():
                _put(target, None, 0, 0, 0, os.readlink(b))
            else:
                st = b.stat()
                _put(target, b.read_bytes(), st.st_uid, st.st_gid, st.st_mode & 0o7777)
        shutil.rmtree(bdir, ignore_errors=True)  # restored: this run's copies go too
        for d in sorted(set(made), key=lambda p: -len(p.parts)):  # deepest first
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()
        if isinstance(exc, OSError):
            raise ConfigError(f"writing failed, every file restored: {exc}") from exc
        raise
    return [c.action.path for c in plan.changes], (bdir if bdir.exists() else None)


def run_commands(commands: list[Command], root: Path) -> list[str]:
    """Run post-commit commands in order (secrets go through stdin); stop at a failure."""
    for cmd in commands:
        label = cmd.description or cmd.argv[0]
        try:
            p = subprocess.run(cmd.argv, input=cmd.stdin, capture_output=True, timeout=300,
                               env={**os.environ, "JMMC_ROOT": str(root)})
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"command {label!r} could not run: {exc}") from exc
        if p.returncode:
            tail = " / ".join(p.stderr.decode(errors="replace").strip().splitlines()[-3:])
            raise ConfigError(f"command {label!r} failed with status {p.returncode}: {tail}")
    return [c.description or c.argv[0] for c in commands]
