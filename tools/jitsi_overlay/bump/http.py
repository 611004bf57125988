"""Small HTTP helpers shared by the resolver and the fetcher (requests, timeouts, retries)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import requests

from ..errors import OverlayError

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
CHUNK = 1 << 16
RETRIES = 3
BACKOFF = 1.0  # seconds, doubled after each failed attempt


class NetworkError(OverlayError):
    """The upstream server could not be reached or answered with an error."""


class NotFound(NetworkError):
    """The server answered 404."""


class TooLarge(OverlayError):
    """The server sent (or announced) more bytes than the caller accepts."""


def too_large(url: str, limit: int) -> TooLarge:
    return TooLarge(f"{url!r} is larger than {limit} bytes, the most accepted for it: the "
                    "server is hostile or broken; use another --archive")


def _describe(exc: BaseException) -> str:
    """A short cause: 'Connection refused', 'timed out', 'HTTP 503', ..."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"HTTP {exc.response.status_code}"
    text = str(exc)
    m = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", text)
    if m:
        return m.group(1).strip()
    if "IncompleteRead" in text or "Connection broken" in text:
        return "connection broken mid-transfer"
    return (text.splitlines()[0] if text else type(exc).__name__)[:120]


def with_retries(url: str, attempt: Callable[[], bytes], *, retries: int = RETRIES,
                 backoff: float | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> bytes:
    """Run ``attempt`` until it succeeds; transient network errors are retried with backoff."""
    delay = BACKOFF if backoff is None else backoff
    for n in range(retries + 1):
        try:
            return attempt()
        except NotFound:
            raise
        except requests.RequestException as exc:
            if n == retries:
                raise NetworkError(
                    f"cannot download {url!r} ({_describe(exc)}): check the network, or point "
                    "--archive at a reachable mirror"
                ) from None
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def get_bytes(session: requests.Session, url: str, *, limit: int,
              **retry_kw: object) -> bytes:
    """GET ``url`` and return the body; 404 raises :class:`NotFound` immediately.

    At most ``limit`` bytes are read: a longer body raises :class:`TooLarge` as soon as
    it passes the limit, so a hostile server cannot fill the memory.
    """

    def attempt() -> bytes:
        with session.get(url, stream=True, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)) as resp:
            if resp.status_code == 404:
                raise NotFound(f"{url!r} does not exist on the server (404)")
            resp.raise_for_status()
            declared = resp.headers.get("Content-Length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > limit:
                raise too_large(url, limit)
            body = bytearray()
            for chunk in resp.iter_content(CHUNK):  # decoded, at most CHUNK bytes each
                body += chunk
                if len(body) > limit:
                    raise too_large(url, limit)
            return bytes(body)

    return with_retries(url, attempt, **retry_kw)  # type: ignore[arg-type]
