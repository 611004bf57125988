"""Get a stage3 and its detached signature: a local file, or a download into a cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from . import RootfsError
from .progress import MeterFactory, silent


def is_url(spec: str) -> bool:
    return urlparse(spec).scheme in ("http", "https")


def download(url: str, dest: Path, *, meters: MeterFactory = silent) -> Path:
    """Download ``url`` to ``dest`` through a temporary file (no half file under the name)."""
    import requests

    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out, requests.get(url, stream=True, timeout=60) as resp:
            if resp.status_code != 200:
                raise RootfsError(f"downloading {url} answered HTTP {resp.status_code}: check "
                                  "the URL (stage3 names change weekly; see the mirror's "
                                  "latest-stage3-*.txt)")
            total = int(resp.headers.get("content-length") or 0) or None
            meter = meters(f"download {dest.name}", total)
            try:
                for chunk in resp.iter_content(1 << 20):
                    out.write(chunk)
                    meter.update(len(chunk))
            finally:
                meter.close()
        os.replace(tmp, dest)
    except requests.RequestException as exc:
        raise RootfsError(f"cannot download {url} ({exc.__class__.__name__}): check the "
                          "network or pass a local FILE") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return dest


def obtain(spec: str, signature: str | None, cache: Path, *,
           meters: MeterFactory = silent) -> tuple[Path, Path]:
    """(stage3 file, signature file).  The signature defaults to the stage3's name + .asc;
    a downloaded stage3 is kept in ``cache`` (it is verified on every use), its signature
    is fetched again every time."""
    sig_spec = signature or f"{spec}.asc"
    if is_url(spec):
        name = Path(urlparse(spec).path).name
        if not name:
            raise RootfsError(f"stage3 URL {spec!r} names no file: give the tarball's URL")
        local = cache / name
        if not local.is_file():
            download(spec, local, meters=meters)
    else:
        local = Path(spec)
        if not local.is_file():
            raise RootfsError(f"stage3 {spec!r} does not exist: give a file or an https URL")
    if is_url(sig_spec):
        sig = download(sig_spec, cache / (Path(urlparse(sig_spec).path).name or "stage3.asc"),
                       meters=meters)
    else:
        sig = Path(sig_spec)
    return local, sig
