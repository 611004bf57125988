"""Scratch directories that service users (prosody, nginx's nobody) can traverse.

pytest's ``tmp_path`` lives under a 0700 directory, so prosody cannot read a config
there; these directories are made with mkdtemp under /tmp and opened to 0755.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def make_scratch(prefix: str = "jitsi-it-") -> Path:
    # JITSI_IT_TMP: another base when /tmp is mounted noexec (hooks run from here)
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=os.environ.get("JITSI_IT_TMP", "/tmp")))
    path.chmod(0o755)
    return path


def open_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable and traversable by everyone."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o755)
    return path


def chown_tree(path: Path, user: str) -> None:
    """Give ``path`` and everything below it to ``user`` (and its primary group)."""
    shutil.chown(path, user, user)
    for dirpath, dirnames, filenames in os.walk(path):
        for name in dirnames + filenames:
            shutil.chown(os.path.join(dirpath, name), user, user)
