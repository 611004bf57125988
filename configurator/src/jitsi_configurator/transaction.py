"""Plan the callbacks' actions against the root, show them as a diff, and commit them.

* :func:`make_plan` resolves every path inside the root (:mod:`.rootfs`), drops what is
  already as wanted, and keeps the record of written files (``written.json``) in step: a
  ``Remove`` touches only files that record says are ours.
* :func:`commit` applies every change or none.  It checks the free space first, saves a
  write-ahead journal (:mod:`.journal`), keeps each replaced file as a hard link in a
  backup directory of its own, and writes each new file beside its target before renaming
  it into place.  A failure undoes every step; a run that dies is undone by the next one.
* :func:`run_commands` runs the callbacks' commands after a successful commit.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import stat
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import journal, rootfs, system
from .api import Command, ConfigError, Directory, File, Port, Remove, Symlink
from .journal import STATE, Journal, Step

RECORD = f"{STATE}/written.json"  # target path -> fingerprint of what we wrote there
BACKUPS = f"{STATE}/backups"
# A secret file: readable by its owner and group only, writable by its owner only.
SECRET_MODE_MASK = 0o640

ChangeAction = File | Symlink | Remove | Directory


class Change(NamedTuple):
    """One action that changes the root, with the owner and mode it gets."""

    action: ChangeAction
    uid: int
    gid: int
    mode: int
    target: Path  # the action's path, resolved inside the root


@dataclass
class Plan:
    root: Path
    record: dict[str, str]
    changes: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    ports: list[Port] = field(default_factory=list)


def read_record(root: Path) -> dict[str, str]:
    """The record of files the configurator wrote in ``root`` (empty when there is none)."""
    path = root / RECORD
    try:
        data = rootfs.read_bytes(root, "/" + RECORD)
        if data is None:
            return {}
        record = json.loads(data)
    except (ValueError, UnicodeError) as exc:
        raise ConfigError(f"{path}: not readable as JSON ({exc}): move it away; the next run "
                          "then treats every existing file as the admin's") from exc
    if not isinstance(record, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in record.items()):
        raise ConfigError(f"{path}: not a record of written files (a JSON object of path -> "
                          "fingerprint): move it away; the next run then treats every existing "
                          "file as the admin's")
    return record


def make_plan(root: Path, actions: list[tuple[str, object]]) -> Plan:
    """Sort the callbacks' ``(callback name, action)`` pairs into changes, unchanged
    files, commands and ports; refuse what cannot be done safely."""
    plan = Plan(root, read_record(root))
    writer: dict[str, str] = {}  # path -> the callback that yields it
    unknown_names: set[str] = set()
    for callback, action in actions:
        if isinstance(action, Command):
            plan.commands.append(action)
            continue
        if isinstance(action, Port):
            plan.ports.append(action)
            continue
        _check_action(callback, action, writer)
        writer[action.path] = callback
        target = rootfs.resolve(root, action.path, follow_last=False)
        uid, gid, mode = 0, 0, 0
        if isinstance(action, File | Directory):
            uid_or_none = system.ident(root, action.owner, "passwd")
            gid_or_none = system.ident(root, action.group, "group")
            unknown_names |= {name for name, found in ((action.owner, uid_or_none),
                                                       (action.group, gid_or_none))
                              if found is None}
            uid, gid = uid_or_none or 0, gid_or_none or 0
            secret = isinstance(action, File) and action.secret
            mode = action.mode & (SECRET_MODE_MASK if secret else 0o7777)
        found = _lstat(target)
        _check_kind(root, action, target, found)
        if isinstance(action, Remove):
            if action.path not in plan.record and found is not None:
                plan.notes.append(f"{action.path}: not written by the configurator: kept")
            recorded = plan.record.pop(action.path, None)
            if not recorded or found is None or stat.S_ISDIR(found.st_mode):
                continue  # not ours, already gone, or a directory we made: it stays
        elif same(target, action, uid, gid, mode):
            plan.unchanged.append(action.path)
            continue
        else:
            plan.record[action.path] = fingerprint(action)
        plan.changes.append(Change(action, uid, gid, mode, target))
    if unknown_names:
        plan.notes.append(f"{', '.join(sorted(unknown_names))}: not in {root}/etc: root owns "
                          "their files")
    return plan


def _check_action(callback: str, action: object, writer: dict[str, str]) -> None:
    if not isinstance(action, ChangeAction):
        raise ConfigError(f"callback {callback}: {action!r} is not an action: yield File, "
                          "Symlink, Remove, Directory, Command or Port")
    path = action.path
    if not path.startswith("/") or path.startswith("//") or os.path.normpath(path) != path:
        raise ConfigError(f"callback {callback}: {type(action).__name__} path {path!r} is not "
                          "a normalized absolute path: write it like /etc/jitsi/x.conf")
    if path in writer:
        raise ConfigError(f"{path}: yielded by both callback {writer[path]} and callback "
                          f"{callback}: one file has one owner; drop one of the actions")


def _check_kind(root: Path, action: ChangeAction, target: Path,
                found: os.stat_result | None) -> None:
    """Refuse to replace something of another kind (a directory, a FIFO, a device)."""
    if found is None:
        parent = _existing(target.parent)
        if not stat.S_ISDIR(parent.lstat().st_mode):
            raise ConfigError(
                f"{action.path}: {rootfs.shown(rootfs.real_root(root), str(parent))} is "
                f"{rootfs.kind(parent.lstat().st_mode)} where a directory belongs (in "
                f"{rootfs.real_root(root)}): move it away and run again")
        return
    mode = found.st_mode
    if isinstance(action, Directory):
        ok = stat.S_ISDIR(mode)
        wanted = "a directory"
    else:
        ok = stat.S_ISREG(mode) or stat.S_ISLNK(mode) or (
            isinstance(action, Remove) and stat.S_ISDIR(mode))
        wanted = "a file"
    if not ok:
        raise ConfigError(f"{action.path}: {rootfs.kind(mode)} where {wanted} belongs (in "
                          f"{rootfs.real_root(root)}): move it away and run again")


def fingerprint(action: File | Symlink | Directory) -> str:
    if isinstance(action, Symlink):
        return f"symlink:{action.target}"
    if isinstance(action, Directory):
        return "directory"
    return "sha256:" + hashlib.sha256(action.data()).hexdigest()


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return None


def same(target: Path, action: object, uid: int, gid: int, mode: int) -> bool:
    """Whether ``target`` already is what ``action`` would make it."""
    found = _lstat(target)
    if found is None:
        return False
    if isinstance(action, Symlink):
        return stat.S_ISLNK(found.st_mode) and os.readlink(target) == action.target
    kind_ok = stat.S_ISDIR(found.st_mode) if isinstance(action, Directory) \
        else stat.S_ISREG(found.st_mode)
    if not kind_ok or (stat.S_IMODE(found.st_mode), found.st_uid, found.st_gid) != (mode, uid,
                                                                                     gid):
        return False
    return isinstance(action, Directory) or rootfs.read_host_file(target) == action.data()


def diff(plan: Plan) -> str:
    """A unified diff of the plan; secret files and non-files show as one line."""
    out: list[str] = []
    for change in plan.changes:
        action = change.action
        if not isinstance(action, File) or action.secret:
            out.append(f"{type(action).__name__} {action.path} {getattr(action, 'target', '')}\n")
        else:
            old = rootfs.read_host_file(change.target) if _is_regular(change.target) else b""
            out += difflib.unified_diff(
                old.decode(errors="replace").splitlines(True),
                action.data().decode(errors="replace").splitlines(True),
                f"a{action.path}", f"b{action.path}")
        out.append(f"({change.mode:04o} {change.uid}:{change.gid})\n")
    return "".join(out)


def _is_regular(path: Path) -> bool:
    found = _lstat(path)
    return found is not None and stat.S_ISREG(found.st_mode)


def _relative(root: Path, host_path: Path) -> str:
    return os.path.relpath(host_path, rootfs.real_root(root))


def _temporary(target: Path) -> Path:
    return target.parent / f".{target.name}.jmmc{os.getpid()}"


def _missing_dirs(directory: Path) -> list[Path]:
    """``directory`` and its missing parents, the topmost first."""
    missing: list[Path] = []
    for path in (directory, *directory.parents):
        if os.path.lexists(path):
            break
        missing.append(path)
    return missing[::-1]


def _unique_backup_dir(root: Path) -> Path:
    """A backup directory name no earlier run used (runs within one second get -2, -3...)."""
    base = rootfs.resolve(root, "/" + BACKUPS) / time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    candidate, n = base, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def commit(plan: Plan) -> tuple[list[str], Path | None]:
    """Apply every change or none; returns (paths written, this run's backup dir or None)."""
    if not plan.changes:
        return [], None
    root = plan.root
    record = File("/" + RECORD, json.dumps(plan.record, indent=1) + "\n", 0o600)
    changes = [*plan.changes, Change(record, 0, 0, 0o600,
                                     rootfs.resolve(root, "/" + RECORD, follow_last=False))]
    state = rootfs.resolve(root, "/" + STATE)
    backups = _unique_backup_dir(root)
    same_fs_as_backups = _device(state)
    steps: list[Step] = []
    # Directories this commit makes, parents first: the state directory (it holds the
    # journal), the backups directory, then whatever the changes need.
    made: list[Path] = _missing_dirs(state)
    made += [d for d in _missing_dirs(backups.parent) if d not in made]
    for change in changes:
        target = change.target
        for directory in _missing_dirs(target.parent):
            if directory not in made:
                made.append(directory)
        step = _step_for(root, change, backups, same_fs_as_backups)
        if isinstance(change.action, Directory) and not os.path.lexists(target):
            made.append(target)
        steps.append(step)
    check_space(root, changes, steps)
    plan_journal = Journal(_relative(root, backups), [_relative(root, d) for d in made], steps)
    try:
        for directory in _missing_dirs(state):  # the journal's home, so made before it
            directory.mkdir(0o755)
            journal.wrote("state directory made")
        plan_journal.save(root)
        for change, step in zip(changes, steps, strict=True):
            _apply(root, change, step)
        plan_journal.finish(root)
    except BaseException as exc:
        try:
            plan_journal.undo(root)
        except BaseException as undo_exc:
            raise ConfigError(
                f"writing failed ({exc}) and undoing it failed too ({undo_exc}): the next run "
                f"undoes the rest from {root / journal.JOURNAL}; free the cause and run again") \
                from exc
        if isinstance(exc, OSError):
            raise ConfigError(f"writing failed, every file restored: {exc}") from exc
        raise
    return [c.action.path for c in plan.changes], (backups if backups.exists() else None)


def _device(path: Path) -> int:
    """The filesystem (st_dev) that holds ``path`` or would hold it once made."""
    for candidate in (path, *path.parents):
        try:
            return candidate.stat().st_dev
        except (FileNotFoundError, NotADirectoryError):
            continue
    return -1


def _step_for(root: Path, change: Change, backups: Path, backups_device: int) -> Step:
    action, target = change.action, change.target
    found = _lstat(target)
    if isinstance(action, Directory):
        old = None if found is None else (found.st_uid, found.st_gid,
                                          stat.S_IMODE(found.st_mode))
        return Step(_relative(root, target), "directory", old_owner=old)
    kind = "remove" if isinstance(action, Remove) else "write"
    temporary = None if kind == "remove" else _relative(root, _temporary(target))
    if found is None:
        return Step(_relative(root, target), kind, temporary=temporary)
    backup = backups / _relative(root, target)
    return Step(_relative(root, target), kind, _relative(root, backup),
                found.st_dev != backups_device, temporary=temporary)


def check_space(root: Path, changes: list[Change], steps: list[Step]) -> None:
    """Refuse before writing anything when a filesystem lacks the room this commit needs.

    Counted per filesystem: every new file's bytes (the old one stays as the backup until
    the run ends), copies of backups across filesystems, one block per new directory and a
    few blocks for the journal and record.
    """
    need: dict[int, list[int]] = {}  # st_dev -> [bytes, inodes]
    examples: dict[int, Path] = {}

    def add(path: Path, size: int, inodes: int = 1) -> None:
        device = _device(path)
        block = _block_size(path)
        entry = need.setdefault(device, [0, 0])
        entry[0] += -(-size // block) * block + block  # whole blocks, plus metadata
        entry[1] += inodes
        examples.setdefault(device, path)

    for change, step in zip(changes, steps, strict=True):
        if isinstance(change.action, File):
            add(change.target, len(change.action.data()))
        elif isinstance(change.action, Symlink | Directory):
            add(change.target, 0)
        if step.backup_is_copy and step.backup:
            add(root / step.backup, _lstat(change.target).st_size)  # type: ignore[union-attr]
    add(root / journal.JOURNAL, 64 * 1024)
    for device, (size, inodes) in need.items():
        path = examples[device]
        fs = os.statvfs(_existing(path))
        free = fs.f_bavail * fs.f_frsize
        if size > free or (fs.f_files and inodes > fs.f_favail):
            raise ConfigError(
                f"not enough space on the filesystem of {path}: this run needs about "
                f"{size // 1024} KiB and {inodes} inodes there, {free // 1024} KiB and "
                f"{fs.f_favail} inodes are free: free some space and run again (nothing "
                "was written)")


def _existing(path: Path) -> Path:
    return next(p for p in (path, *path.parents) if os.path.lexists(p))


def _block_size(path: Path) -> int:
    return os.statvfs(_existing(path)).f_frsize or 4096


def _apply(root: Path, change: Change, step: Step) -> None:
    action, target = change.action, change.target
    for directory in _missing_dirs(target.parent):
        directory.mkdir(0o755)
        journal.wrote("directory made")
    if isinstance(action, Directory):
        if _lstat(target) is None:
            target.mkdir(0o700)  # owner and mode follow at once
            journal.wrote("directory made")
        _own(target, change.uid, change.gid, change.mode)
        journal.wrote("directory owner set")
        return
    if step.backup:
        _back_up(root, target, root / step.backup, step.backup_is_copy)
    if isinstance(action, Remove):
        target.unlink()
        journal.wrote("file removed")
        return
    _put(target, change)


def _back_up(root: Path, target: Path, backup: Path, copy: bool) -> None:
    for directory in _missing_dirs(backup.parent):
        directory.mkdir(0o700)  # backups may hold secrets
        journal.wrote("backup directory made")
    if copy:
        shutil.copy2(target, backup, follow_symlinks=False)
        if os.geteuid() == 0 and not backup.is_symlink():
            st = target.lstat()
            os.chown(backup, st.st_uid, st.st_gid)
    else:
        os.link(target, backup, follow_symlinks=False)
    journal.wrote("backup made")


def _put(target: Path, change: Change) -> None:
    """Write the new file or link beside ``target``, then rename it into place.

    Owner and mode are set before the rename: there is no moment with wrong permissions.
    """
    action = change.action
    temporary = _temporary(target)
    try:
        if isinstance(action, Symlink):
            os.symlink(action.target, temporary)
        else:
            assert isinstance(action, File)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
            with open(os.open(temporary, flags, 0o600), "wb") as fh:
                fh.write(action.data())
                fh.flush()
                _own(fh.fileno(), change.uid, change.gid, change.mode)
                os.fsync(fh.fileno())
        journal.wrote("new file written")
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    journal.wrote("new file in place")


def _own(target: Path | int, uid: int, gid: int, mode: int) -> None:
    if os.geteuid() == 0:
        os.chown(target, uid, gid)
    os.chmod(target, mode)


def run_commands(commands: list[Command], root: Path) -> None:
    """Run post-commit commands in order (secrets go through stdin); stop at a failure."""
    for command in commands:
        name = command.description or command.argv[0]
        try:
            proc = subprocess.run(command.argv, input=command.stdin, capture_output=True,
                                  timeout=300, env={**os.environ, "JMMC_ROOT": str(root)})
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"command {name!r} could not run: {exc}") from exc
        if proc.returncode:
            tail = proc.stderr.decode(errors="replace").strip()[-300:]
            raise ConfigError(f"command {name!r} exited {proc.returncode}: {tail}")
