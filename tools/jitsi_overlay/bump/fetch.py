"""Download distfiles into a cache, resumably, and verify them against the signed index."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import requests
import urllib3

from ..errors import OverlayError
from . import fields
from .hashing import hash_file
from .http import CONNECT_TIMEOUT, READ_TIMEOUT, NotFound, with_retries

CHUNK = 1 << 16


class Progress(Protocol):
    def update(self, n: int) -> object: ...
    def close(self) -> object: ...


ProgressFactory = Callable[[str, int, int], Progress]  # (name, total, already have)


class DistfileChecksumError(OverlayError):
    """A downloaded file differs from what the signed index promises."""


@dataclass(frozen=True)
class Wanted:
    name: str
    url: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Fetched:
    path: Path
    size: int
    sha256: str
    blake2b: str
    sha512: str


def default_distdir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jitsi-overlay" / "distfiles"


def _verify(path: Path, want: Wanted) -> Fetched | None:
    """Hashes of ``path`` if its size and SHA256 match ``want``; None otherwise."""
    if path.stat().st_size != want.size:
        return None
    digests = hash_file(path, ("sha256", "blake2b", "sha512"))
    if digests["sha256"] != want.sha256:
        return None
    return Fetched(path=path, size=want.size, sha256=digests["sha256"],
                   blake2b=digests["blake2b"], sha512=digests["sha512"])


def _oversized(want: Wanted) -> DistfileChecksumError:
    return DistfileChecksumError(
        f"{want.url!r} sends more than the {want.size} bytes the signed index declares for "
        f"distfile {want.name!r}: the mirror is hostile or broken; use another --archive"
    )


def _download(session: requests.Session, want: Wanted, part: Path,
              progress: ProgressFactory | None) -> None:
    def attempt() -> bytes:
        have = part.stat().st_size if part.exists() else 0
        if have >= want.size:
            return b""
        headers = {"Range": f"bytes={have}-"} if have else {}
        with session.get(want.url, headers=headers, stream=True,
                         timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)) as resp:
            if resp.status_code == 404:
                raise NotFound(f"{want.url!r} does not exist on the server (404): the index "
                               "and the archive disagree; retry later or use another --archive")
            resp.raise_for_status()
            if have and resp.status_code != 206:
                have = 0  # server ignored Range: start over
            declared = resp.headers.get("Content-Length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > want.size - have:
                raise _oversized(want)
            bar = progress(want.name, want.size, have) if progress else None
            try:
                with part.open("ab" if have else "wb") as out:
                    # read1 returns what has arrived, so an interrupted run keeps every
                    # received byte for the next run to resume from.  It never asks for
                    # more than one byte past the declared Size: a server that keeps
                    # sending is cut off there instead of filling the disk.
                    while chunk := resp.raw.read1(min(CHUNK, want.size - have + 1)):
                        if have + len(chunk) > want.size:
                            raise _oversized(want)
                        out.write(chunk)
                        have += len(chunk)
                        if bar is not None:
                            bar.update(len(chunk))
            except urllib3.exceptions.HTTPError as exc:
                raise requests.ConnectionError(str(exc)) from None
            finally:
                if bar is not None:
                    bar.close()
        return b""

    with_retries(want.url, attempt)


def fetch(want: Wanted, distdir: Path, *, session: requests.Session | None = None,
          progress: ProgressFactory | None = None) -> Fetched:
    """Return the verified file ``distdir/want.name``, downloading it if needed.

    A cached file is reused only when its size and SHA256 match; a partial download
    (``.part``) is resumed with an HTTP Range request.
    """
    # The name becomes a path and the size a read limit: both checked before any use.
    fields.distfile_name(want.name, fix=fields.INDEX_FIX)
    fields.size(want.size, what=f"Size of {want.name}", limit=fields.MAX_DISTFILE_SIZE)
    distdir.mkdir(parents=True, exist_ok=True)
    final = distdir / want.name
    if final.is_file():
        done = _verify(final, want)
        if done is not None:
            return done
        final.unlink()  # stale or corrupt cache entry: fetch again
    part = distdir / (want.name + ".part")
    try:
        _download(session or requests.Session(), want, part, progress)
    except DistfileChecksumError:
        part.unlink(missing_ok=True)  # a server that overran the Size is not resumed from
        raise
    done = _verify(part, want)
    if done is None:
        part.unlink(missing_ok=True)  # never resume from bytes that failed verification
        raise DistfileChecksumError(
            f"distfile {want.name!r} from {want.url!r} does not match the Size/SHA256 of the "
            "signed index: the download or the mirror is corrupt; retry, or use another --archive"
        )
    part.replace(final)
    return Fetched(path=final, size=done.size, sha256=done.sha256, blake2b=done.blake2b,
                   sha512=done.sha512)
