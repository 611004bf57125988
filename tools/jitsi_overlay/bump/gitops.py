"""The git side of a bump: refuse a dirty tree, one commit of exactly the touched paths."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import git

from ..errors import OverlayError


class GitError(OverlayError):
    pass


def open_repo(root: Path) -> git.Repo:
    try:
        return git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise GitError(f"{str(root)!r} is not a git checkout: run inside the overlay clone, or "
                       "pass --no-commit") from None


def require_clean(repo: git.Repo) -> None:
    if repo.is_dirty(index=True, working_tree=True, untracked_files=False):
        changed = [d.a_path for d in repo.index.diff(None)] + [
            d.a_path for d in repo.index.diff("HEAD")
        ] if repo.head.is_valid() else []
        first = f" (e.g. {changed[0]!r})" if changed else ""
        raise GitError(f"the working tree has uncommitted changes{first}: commit or stash them, "
                       "or pass --allow-dirty")


def commit_paths(repo: git.Repo, paths: Iterable[str], message: str) -> str:
    """Stage ``paths`` (added, changed or deleted) and commit only them; returns the sha."""
    root = Path(str(repo.working_tree_dir))
    wanted = sorted(set(paths))
    tracked = set(repo.git.ls_files("--", *wanted).splitlines()) if wanted else set()
    # A deleted file that git never knew has nothing to stage.
    paths = [p for p in wanted if (root / p).exists() or p in tracked]
    if not paths:
        raise GitError("nothing to commit: this is a bug, please report it")
    try:
        repo.git.add("--all", "--", *paths)
        repo.git.commit("-q", "-m", message, "--", *paths)
    except git.GitCommandError as exc:
        try:
            if repo.head.is_valid():
                repo.git.reset("-q", "HEAD", "--", *paths)
        except git.GitCommandError:
            pass
        detail = (exc.stderr or str(exc)).strip().splitlines()[-1:] or [""]
        raise GitError(f"git commit failed ({detail[0].strip()}): fix the git setup "
                       "(user.name/email, hooks) or pass --no-commit") from None
    return repo.head.commit.hexsha


def init_committed(root: Path, message: str, *, user: str, email: str) -> str:
    """Make ``root`` a git repository on branch ``main`` whose one commit holds all of it.

    For scratch clones of the overlay (tests, benchmarks): the identity goes into the
    repository's own config, so later commits there need no global git setup.
    Returns the commit's sha.
    """
    repo = git.Repo.init(root, initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", user)
        config.set_value("user", "email", email)
    repo.git.add("-A")
    repo.git.commit("-q", "-m", message)
    return repo.head.commit.hexsha
