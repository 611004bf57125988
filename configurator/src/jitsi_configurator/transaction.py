"""Plan (unchanged files drop out), diff, commit with backups; a failure restores all."""

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
from .api import Action, Command, ConfigError, Directory, File, Port, Remove, Symlink

STATE = "var/lib/jitsi-meet-master-config"
RECORD = f"{STATE}/written.json"  # path -> fingerprint of what we wrote


@dataclass
class Plan:
    root: Path
    record: dict[str, str]
    changes: list[tuple[Action, int, int, int]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    ports: list[Port] = field(default_factory=list)


def make_plan(root: Path, actions: list[tuple[str, object]]) -> Plan:
    try:
        plan = Plan(root, json.loads((root / RECORD).read_text()))
    except FileNotFoundError:
        plan = Plan(root, {})
    except ValueError as exc:
        raise ConfigError(f"{root / RECORD}: {exc}: move it away") from exc
    owner: dict[str, str] = {}
    unknown: set[str] = set()
    for cb, a in actions:
        if isinstance(a, Command | Port):
            (plan.commands if isinstance(a, Command) else plan.ports).append(a)
            continue
        if not isinstance(a, Action) or os.path.normpath(a.path) != a.path \
                or a.path[:1] != "/" or a.path in owner:
            raise ConfigError(f"callback {cb}: {a!r}: not an action on a normalized absolute "
                              f"path, or also written by {owner.get(a.path)}")
        owner[a.path], ids, t = cb, (0, 0, 0), root / a.path[1:]
        if isinstance(a, File | Directory):
            u, g = system.ident(root, a.owner, "passwd"), system.ident(root, a.group, "group")
            unknown |= {n for n, i in ((a.owner, u), (a.group, g)) if i is None}
            # A secret: not readable by others nor writable by the group.
            ids = (u or 0, g or 0, a.mode & (0o640 if getattr(a, "secret", 0) else 0o7777))
        if isinstance(a, Remove):
            if a.path not in plan.record and os.path.lexists(t):
                plan.notes.append(f"{a.path}: not written by the configurator: kept")
            if not (plan.record.pop(a.path, None) and os.path.lexists(t)) or _isdir(t):
                continue  # a recorded directory stays
        elif same(t, a, *ids):
            plan.unchanged.append(a.path)
            continue
        else:
            plan.record[a.path] = (f"symlink:{a.target}" if isinstance(a, Symlink) else
                                   "directory" if isinstance(a, Directory) else
                                   "sha256:" + hashlib.sha256(a.data()).hexdigest())
        plan.changes.append((a, *ids))
    if unknown:
        plan.notes.append(f"{', '.join(sorted(unknown))}: not in {root}/etc: root owns their files")
    return plan


def same(t: Path, a: object, uid: int, gid: int, mode: int) -> bool:
    if isinstance(a, Symlink):
        return t.is_symlink() and os.readlink(t) == a.target
    if not (_isdir(t) if isinstance(a, Directory) else t.is_file() and not t.is_symlink()):
        return False
    st = t.stat()
    return (st.st_mode & 0o7777, st.st_uid, st.st_gid) == (mode, uid, gid) \
        and (isinstance(a, Directory) or t.read_bytes() == a.data())


def diff(plan: Plan) -> str:
    out = []
    for a, uid, gid, mode in plan.changes:
        t = plan.root / a.path[1:]
        if not isinstance(a, File) or a.secret:
            out.append(f"{type(a).__name__} {a.path} {getattr(a, 'target', '')}\n")
        else:
            out += difflib.unified_diff(
                t.read_text(errors="replace").splitlines(True) if t.is_file() else [],
                a.data().decode(errors="replace").splitlines(True), f"a{a.path}", f"b{a.path}")
        out.append(f"({mode:04o} {uid}:{gid})\n")
    return "".join(out)


def _put(t: Path, data: bytes | None, uid: int, gid: int, mode: int, link: str = "") -> None:
    # Owner and mode are set before the rename: no window with wrong permissions.
    tmp = t.parent / f".{t.name}.jmmc{os.getpid()}"
    try:
        if link:
            os.symlink(link, tmp)
        else:
            with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
                fh.write(data or b"")
                _own(fh.fileno(), uid, gid, mode)
                os.fsync(fh.fileno())
        os.replace(tmp, t)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _own(f: Path | int, uid: int, gid: int, mode: int) -> None:
    if os.geteuid() == 0:
        os.chown(f, uid, gid)
    os.chmod(f, mode)


def _isdir(t: Path) -> bool:
    return t.is_dir() and not t.is_symlink()


def _top_missing(d: Path) -> Path | None:  # all below it will be ours
    return next((p for p in [*reversed(d.parents), d] if not p.exists()), None)


def commit(plan: Plan) -> tuple[list[str], Path | None]:
    """Apply every change or none; returns (paths written, backup dir or None)."""
    root = plan.root
    bdir = root / STATE / "backups" / time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    made = [_top_missing(bdir) or bdir]  # removed on failure
    # (target, its backup | a directory's old (uid, gid, mode) | None if new)
    done: list[tuple[Path, Path | tuple[int, int, int] | None]] = []
    rec = File("/" + RECORD, json.dumps(plan.record, indent=1) + "\n", 0o600)
    try:
        for a, uid, gid, mode in plan.changes + [(rec, 0, 0, 0o600)] * bool(plan.changes):
            t, backup = root / a.path[1:], None
            if top := _top_missing(t.parent):
                made.append(top)
                t.parent.mkdir(0o755, parents=True)
            if isinstance(a, Directory):
                if _isdir(t):
                    done.append((t, ((st := t.stat()).st_uid, st.st_gid, st.st_mode & 0o7777)))
                else:  # a file or symlink there fails: FileExistsError
                    t.mkdir(0o700)
                    made.append(t)
                _own(t, uid, gid, mode)
                continue
            if _isdir(t):
                raise ConfigError(f"{a.path} is a directory: move it away")
            if os.path.lexists(t):
                backup = bdir / a.path[1:]
                backup.parent.mkdir(0o700, parents=True, exist_ok=True)
                os.chmod(bdir.parent, 0o700)  # backups may hold secrets
                shutil.copy2(t, backup, follow_symlinks=False)
                if not backup.is_symlink() and os.geteuid() == 0:
                    os.chown(backup, t.stat().st_uid, t.stat().st_gid)
            if isinstance(a, Remove):
                t.unlink()
            else:
                _put(t, a.data() if isinstance(a, File) else None, uid, gid, mode,
                     getattr(a, "target", ""))
            done.append((t, backup))  # a failed step changed nothing itself
    except BaseException as exc:
        for t, b in reversed(done):
            if b is None:
                t.unlink()
            elif isinstance(b, tuple):
                _own(t, *b)
            else:
                st, link = b.lstat(), os.readlink(b) if b.is_symlink() else ""
                _put(t, None if link else b.read_bytes(), st.st_uid, st.st_gid,
                     st.st_mode & 0o7777, link)
        for d in made:
            shutil.rmtree(d, ignore_errors=True)
        if isinstance(exc, OSError):
            raise ConfigError(f"writing failed, every file restored: {exc}") from exc
        raise
    return [a.path for a, *_ in plan.changes], (bdir if bdir.exists() else None)


def run_commands(commands: list[Command], root: Path) -> None:
    """Run post-commit commands in order (secrets go through stdin); stop at a failure."""
    for c in commands:
        try:
            p = subprocess.run(c.argv, input=c.stdin, capture_output=True, timeout=300,
                               env={**os.environ, "JMMC_ROOT": str(root)})
            if p.returncode:
                raise OSError(p.stderr.decode(errors="replace").strip()[-300:])
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"command {c.description or c.argv[0]!r} failed: {exc}") from exc
