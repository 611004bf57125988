"""The write-ahead journal of one commit, and undoing a commit that did not finish.

Before its first write, a commit saves the journal: every step it is about to take, where
the old file's backup goes and which directories it will make.  The journal is removed
only after the last step (the record of written files) is in place: that removal is the
commit point.  A run that dies before it (killed, power cut, a full disk during undo)
leaves the journal behind, and the next run undoes every step from it first, so the
files, the master config and the record of what was written always agree.

Undoing needs no new space: an old file's backup is a hard link (the old inode, owner and
mode included), put back by a rename.  Only a file on another filesystem than the backups
directory is copied, and that copy is counted in the commit's space check.

Every step of :meth:`Journal.undo` looks at what is on disk before acting, so an undo that
is itself interrupted is simply run again.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import rootfs
from .api import ConfigError

STATE = "var/lib/jitsi-meet-master-config"
JOURNAL = f"{STATE}/journal.json"
FORMAT = 1

# Called with a short label after every single write the configurator makes to the root
# (directory made, backup linked, file written or renamed into place, ...).  Tests set it
# to kill the process at a chosen step; see tests/test_faults_commit.py.
step_hook: Callable[[str], None] | None = None


def wrote(label: str) -> None:
    """Mark that one write step has just completed (the fault-injection point)."""
    if step_hook is not None:
        step_hook(label)


@dataclass
class Step:
    """One planned change, in terms that survive the process (paths relative to the root)."""

    target: str  # where the change lands, resolved inside the root ("etc/nginx/x.conf")
    kind: str  # "write" (a file or symlink), "remove" or "directory"
    backup: str | None = None  # where the old file is kept (None: there was none)
    backup_is_copy: bool = False  # on another filesystem: copied, not hard-linked
    old_owner: tuple[int, int, int] | None = None  # an existing directory's (uid, gid, mode)
    temporary: str | None = None  # the new content's name before its rename into place


@dataclass
class Journal:
    backups: str  # this commit's backup directory, relative to the root
    made: list[str] = field(default_factory=list)  # directories it creates, parents first
    steps: list[Step] = field(default_factory=list)

    def save(self, root: Path) -> None:
        data = json.dumps({"format": FORMAT, **asdict(self)}, indent=1).encode() + b"\n"
        path = _journal_path(root)
        temporary = path.with_name(f".{path.name}.new")
        try:
            with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW,
                              0o600), "wb") as fh:
                fh.write(data)
                os.fsync(fh.fileno())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        _sync_dir(path.parent)
        wrote("journal saved")

    @classmethod
    def load(cls, root: Path) -> Journal | None:
        """The journal an unfinished commit left in ``root``, or None."""
        path = _journal_path(root)
        try:
            raw = json.loads(rootfs.read_host_file(path))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError(f"not a format {FORMAT} journal")
            steps = [Step(**{**s, "old_owner": tuple(s["old_owner"]) if s.get("old_owner")
                             else None}) for s in raw["steps"]]
            return cls(str(raw["backups"]), [str(d) for d in raw["made"]], steps)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"{path}: unreadable journal of an interrupted run ({exc}): compare the files "
                f"with the backups in {root / STATE}/backups, then move the journal away") \
                from exc

    def undo(self, root: Path) -> int:
        """Put every file back as it was before the commit; the number of steps undone."""
        base = Path(rootfs.real_root(root))
        undone = 0
        for step in reversed(self.steps):
            undone += _undo_step(base, step)
        _remove_empty_tree(base / self.backups)
        _remove_dirs(base, self.made)
        _journal_path(root).unlink(missing_ok=True)
        wrote("journal removed")
        _remove_dirs(base, self.made)  # the journal's own directory, if this commit made it
        return undone

    def finish(self, root: Path) -> None:
        """The commit point: the steps are all done; forget them."""
        path = _journal_path(root)
        path.unlink()
        _sync_dir(path.parent)
        wrote("journal removed")


def recover(root: Path) -> int | None:
    """Undo a commit an earlier run left unfinished; None when there was none."""
    path = _journal_path(root)
    path.with_name(f".{path.name}.new").unlink(missing_ok=True)
    journal = Journal.load(root)
    return None if journal is None else journal.undo(root)


def _journal_path(root: Path) -> Path:
    return rootfs.resolve(root, "/" + JOURNAL, follow_last=False)


def _undo_step(root: Path, step: Step) -> int:
    target = root / step.target
    if step.temporary:
        _unlink_if_there(root / step.temporary)
    if step.kind == "directory":
        if step.old_owner and _is_real_dir(target):
            uid, gid, mode = step.old_owner
            if os.geteuid() == 0:
                os.chown(target, uid, gid, follow_symlinks=False)
            os.chmod(target, mode)
            wrote("directory owner restored")
            return 1
        return 0  # a directory this commit made goes with the ``made`` list
    if step.backup is None:  # the file is new: remove it if it got that far
        if os.path.lexists(target) and not _is_real_dir(target):
            target.unlink()
            wrote("new file removed")
            return 1
        return 0
    backup = root / step.backup
    if not os.path.lexists(backup):
        return 0  # never backed up (so never touched), or already put back
    if step.backup_is_copy:
        _restore_copy(backup, target)
    else:
        # A hard link of the old file: renaming it back needs no space.  When target and
        # backup are still the same file, rename does nothing: drop the extra link.
        os.rename(backup, target)
        backup.unlink(missing_ok=True)
    wrote("old file restored")
    return 1


def _unlink_if_there(path: Path) -> None:
    try:
        path.unlink()
        wrote("temporary file removed")
    except (FileNotFoundError, NotADirectoryError):
        pass


def _restore_copy(backup: Path, target: Path) -> None:
    # Free the new file's space first, then copy the old one back in.
    if os.path.lexists(target):
        target.unlink()
    temporary = target.with_name(f".{target.name}.jmmc-restore")
    temporary.unlink(missing_ok=True)
    shutil.copy2(backup, temporary, follow_symlinks=False)
    st = backup.lstat()
    if os.geteuid() == 0:
        os.chown(temporary, st.st_uid, st.st_gid, follow_symlinks=False)
    os.replace(temporary, target)
    backup.unlink()


def _remove_dirs(root: Path, made: list[str]) -> None:
    for rel in reversed(made):
        try:
            (root / rel).rmdir()
            wrote("directory removed")
        except FileNotFoundError:
            pass
        except OSError as exc:
            if exc.errno != errno.ENOTEMPTY:
                raise


def _remove_empty_tree(top: Path) -> None:
    """Remove ``top`` and the directories below it that hold no file (a failed commit's
    backup directory once its backups went back)."""
    if not _is_real_dir(top):
        return
    for dirpath, _dirs, _files in os.walk(top, topdown=False):
        try:
            os.rmdir(dirpath)
        except OSError as exc:
            if exc.errno != errno.ENOTEMPTY:
                raise


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
