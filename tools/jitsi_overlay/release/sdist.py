"""A reproducible sdist of one directory of a git commit: same commit, same bytes.

The build backend (setuptools) runs on a clean export of the commit, so untracked files,
caches and uncommitted edits never reach the archive.  Its output is then rewritten into
a canonical form, because a backend's tarball records what varies between machines and
runs: entry order, modification times, owner names and ids, permission bits from the
umask, and the gzip header's timestamp.  The canonical form has

* entries sorted by name, each directory before its contents;
* every mtime set to ``SOURCE_DATE_EPOCH``, the time of the last commit that touched the
  directory (so re-releasing from a later commit that left it alone gives the same bytes);
* owner ``0:0`` without names, modes ``0755`` (directories, executables) or ``0644``;
* a gzip header without file name and with mtime 0, at a fixed compression level.
"""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError

GZIP_LEVEL = 9
# The backend hook, run in a child interpreter inside the exported tree: prints the name
# of the sdist it wrote (backend chatter goes to stderr).
_BUILD_HOOK = """
import importlib, sys, tomllib
with open("pyproject.toml", "rb") as fh:
    system = tomllib.load(fh).get("build-system", {})
module, _, attr = system.get("build-backend", "setuptools.build_meta:__legacy__").partition(":")
backend = importlib.import_module(module)
for part in filter(None, attr.split(".")):
    backend = getattr(backend, part)
out, sys.stdout = sys.stdout, sys.stderr
print(backend.build_sdist(sys.argv[1]), file=out)
"""


class ReleaseError(OverlayError):
    """A release cannot be built or written."""


@dataclass(frozen=True)
class Source:
    """What an sdist is built from: a directory of a commit, and its last change time."""

    repo: Path
    commit: str
    subdir: str
    epoch: int


def _git(repo: Path, *args: str, binary: bool = False) -> str | bytes:
    try:
        res = subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                             check=True, text=not binary)
    except FileNotFoundError:
        raise ReleaseError("git not found on PATH: install git") from None
    except subprocess.CalledProcessError as exc:
        err = exc.stderr if isinstance(exc.stderr, str) else exc.stderr.decode(errors="replace")
        raise ReleaseError(f"'git {' '.join(args)}' in '{repo}' failed "
                           f"({err.strip().splitlines()[-1:] or ['?']}): is it a clone "
                           "of the overlay with that commit?") from None
    return res.stdout


def resolve_source(repo: Path, subdir: str, commit: str = "HEAD") -> Source:
    """The last commit up to ``commit`` that changed ``subdir``, and its commit time."""
    full = str(_git(repo, "rev-parse", "--verify", f"{commit}^{{commit}}")).strip()
    line = str(_git(repo, "log", "-1", "--format=%H %ct", full, "--", subdir)).strip()
    if not line:
        raise ReleaseError(f"'{subdir}' does not exist in commit {full[:12]}: "
                           "commit the distribution first")
    changed, epoch = line.split()
    return Source(repo=repo, commit=changed, subdir=subdir, epoch=int(epoch))


def uncommitted(repo: Path, subdir: str) -> list[str]:
    """Paths below ``subdir`` that differ from HEAD (tracked or not, ignored files aside)."""
    out = str(_git(repo, "status", "--porcelain", "--untracked-files=all", "--", subdir))
    return [line[3:] for line in out.splitlines() if line.strip()]


def export(source: Source, dest: Path) -> Path:
    """Write ``source.subdir`` of the commit below ``dest``; return the exported directory."""
    data = _git(source.repo, "archive", "--format=tar", source.commit, "--",
                source.subdir, binary=True)
    assert isinstance(data, bytes)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest / source.subdir


def project_version(project_dir: Path) -> tuple[str, str]:
    """``(name, version)`` from ``project_dir/pyproject.toml``."""
    try:
        with (project_dir / "pyproject.toml").open("rb") as fh:
            project = tomllib.load(fh)["project"]
        return str(project["name"]), str(project["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ReleaseError(f"'{project_dir / 'pyproject.toml'}' has no [project] name and "
                           f"version ({exc}): fix the distribution's metadata") from None


def backend_build(project_dir: Path, out_dir: Path, epoch: int) -> Path:
    """Run the project's PEP 517 backend (this interpreter, no isolation): the raw sdist."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    res = subprocess.run([sys.executable, "-c", _BUILD_HOOK, str(out_dir)], cwd=project_dir,
                         env=env, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        tail = res.stderr.strip().splitlines()[-1:] or ["no output"]
        raise ReleaseError(f"the build backend failed in '{project_dir}' ({tail[0]}): "
                           "install the build requirements (./dev setup)")
    return out_dir / res.stdout.strip().splitlines()[-1]


def _canonical(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    clean = tarfile.TarInfo(info.name)
    clean.type = info.type
    clean.size = info.size if info.isfile() else 0
    clean.linkname = info.linkname
    clean.mtime = epoch
    clean.uid = clean.gid = 0
    clean.uname = clean.gname = ""
    clean.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return clean


def normalise(raw: Path, dest: Path, epoch: int) -> None:
    """Rewrite the tar.gz ``raw`` canonically into ``dest`` (see the module docstring)."""
    buf = io.BytesIO()
    with tarfile.open(raw, "r:gz") as src, \
            tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as out:
        members = sorted(src.getmembers(), key=lambda m: m.name.rstrip("/").split("/"))
        for info in members:
            if not (info.isfile() or info.isdir() or info.issym()):
                raise ReleaseError(f"sdist member {info.name!r} is neither file, directory "
                                   "nor symlink: remove it from the distribution")
            data = src.extractfile(info) if info.isfile() else None
            out.addfile(_canonical(info, epoch), data)
    tmp = dest.with_name(f".{dest.name}.tmp")
    with tmp.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0,
                                             compresslevel=GZIP_LEVEL) as gz:
        gz.write(buf.getvalue())
    tmp.replace(dest)


def build(source: Source, out_dir: Path) -> Path:
    """Build the canonical sdist of ``source`` into ``out_dir``; return its path."""
    with tempfile.TemporaryDirectory(prefix="jitsi-release-") as tmp:
        work = Path(tmp)
        project = export(source, work / "tree")
        (work / "raw").mkdir()
        raw = backend_build(project, work / "raw", source.epoch)
        out_dir.mkdir(parents=True, exist_ok=True)
        dest = out_dir / raw.name
        normalise(raw, dest, source.epoch)
    return dest
