"""Bounded reads: a hostile mirror cannot fill the disk or the memory, and a malformed .deb
or size cannot hang the reader (issue 11, "Unbounded reads" and "The .deb reader").

The floods come from the loopback archive server, which streams the requested number of
bytes whatever file is asked for; the client side counts what it actually consumed.
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import requests
from bump_archive import archive as archive  # fixtures
from bump_archive import fast_retries as fast_retries
from bump_archive import pristine as pristine
from bump_archive import server as server
from jitsi_overlay.bump import apt
from jitsi_overlay.bump.apt import AptIndex, IndexChecksumError
from jitsi_overlay.bump.fetch import DistfileChecksumError, Wanted, fetch
from jitsi_overlay.errors import OverlayError

MB = 1 << 20
RELEASE_CAP = 10 * MB  # apt's default Acquire::MaxReleaseFileSize
PACKAGES_CAP = 64 * MB  # bump/fields.py MAX_PACKAGES_FILE


class CountingSession(requests.Session):
    """Counts the body bytes the client pulled: through ``iter_content`` for a streamed
    response, or all of ``content`` for one that requests read whole."""

    def __init__(self) -> None:
        super().__init__()
        self.consumed = 0

    def send(self, request, **kw):  # type: ignore[no-untyped-def]
        resp = super().send(request, **kw)
        if not kw.get("stream"):
            self.consumed += len(resp.content)
            return resp
        inner = resp.iter_content

        def counted(*a, **k):  # type: ignore[no-untyped-def]
            for chunk in inner(*a, **k):
                self.consumed += len(chunk)
                yield chunk

        resp.iter_content = counted  # type: ignore[method-assign]
        return resp


class Bar:
    written = 0

    def __call__(self, name: str, total: int, have: int) -> Bar:
        return self

    def update(self, n: int) -> None:
        Bar.written += n

    def close(self) -> None:
        pass


@pytest.mark.parametrize("announce", [False, True], ids=["no-length", "content-length"])
def test_download_stops_at_the_declared_size(server, tmp_path, announce) -> None:
    """A mirror streaming 300 MB for a 1 KiB .deb is cut off at 1 KiB + one byte."""
    server.flood("big.deb", 300 * MB, announce=announce)
    want = Wanted(name="big.deb", url=f"{server.url}/stable/big.deb", size=1024,
                  sha256=hashlib.sha256(b"\0" * 1024).hexdigest())
    Bar.written = 0
    with pytest.raises(DistfileChecksumError,
                       match=r"sends more than the 1024 bytes the signed index declares for "
                             r"distfile 'big.deb'"):
        fetch(want, tmp_path / "dist", progress=Bar())
    assert Bar.written <= 1024  # never a byte past the Size on disk
    assert list((tmp_path / "dist").iterdir()) == []
    # The server saw the hang-up long before 300 MB (socket buffers are the epsilon).
    assert server.flood_sent("big.deb") < 48 * MB
    assert len([p for p, _r in server.requests if p == "/stable/big.deb"]) == 1  # no retry


def test_caps_are_the_documented_ones() -> None:
    from jitsi_overlay.bump import fields

    assert (fields.MAX_RELEASE_FILE, fields.MAX_PACKAGES_FILE) == (RELEASE_CAP, PACKAGES_CAP)


def test_inrelease_is_capped_like_apt(server, archive, tmp_path) -> None:
    server.flood("InRelease", 400 * MB)
    session = CountingSession()
    index = AptIndex(server.url, "stable/", session=session,
                     keyring=archive.key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(OverlayError, match=rf"InRelease' is larger than {RELEASE_CAP} bytes"):
        index.resolve(11146)
    assert session.consumed <= RELEASE_CAP + (1 << 16)
    assert server.flood_sent("InRelease") < 64 * MB


def test_announced_oversize_index_is_not_read_at_all(server, archive, tmp_path) -> None:
    server.flood("InRelease", 400 * MB, announce=True)
    session = CountingSession()
    index = AptIndex(server.url, "stable/", session=session,
                     keyring=archive.key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(OverlayError, match="is larger than"):
        index.resolve(11146)
    assert session.consumed == 0


def test_packages_is_read_only_up_to_its_signed_size(server, archive, tmp_path) -> None:
    server.flood("Packages.xz", 200 * MB)
    session = CountingSession()
    index = AptIndex(server.url, "stable/", session=session,
                     keyring=archive.key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(IndexChecksumError, match="does not match the SHA256/size"):
        index.resolve(11146)
    signed = (archive.suite_dir / "Packages.xz").stat().st_size
    release = (archive.suite_dir / "InRelease").stat().st_size
    assert session.consumed <= release + signed + (1 << 16)
    assert server.flood_sent("Packages.xz") < 48 * MB


def test_a_signed_decompression_bomb_is_refused(server, archive, tmp_path) -> None:
    """A consistent, signed Packages.gz that unpacks past the cap stops at the cap."""
    bomb = PACKAGES_CAP + MB
    archive.publish(edit=lambda p: p + b"\n" * bomb, only=("Packages.gz",))
    assert (archive.suite_dir / "Packages.gz").stat().st_size < bomb // 100
    index = AptIndex(server.url, "stable/", keyring=archive.key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(OverlayError, match=rf"unpacks to more than {PACKAGES_CAP} bytes"):
        index.resolve(11146)


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe not utf-8", "is not UTF-8"),
    (b"Package: jitsi-meet\nVersion: 2.0.11146-1\n", "pins no exact version"),
])
def test_unreadable_or_odd_packages_give_one_line_errors(server, archive, tmp_path, data,
                                                         message) -> None:
    archive.publish(edit=lambda _p: data, only=("Packages.gz",))
    index = AptIndex(server.url, "stable/", keyring=archive.key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(OverlayError, match=message):
        index.resolve(11146)


def test_truncated_or_garbage_compressed_index_is_refused() -> None:
    whole = gzip.compress(b"Package: x\n" * 100)
    for data in (whole[: len(whole) // 2], b"garbage", b""):
        with pytest.raises(OverlayError, match=r"Packages\.gz' cannot be unpacked|truncated"):
            apt.decompress(data, "Packages.gz", "http://h/stable/Packages.gz")


# -- the .deb (ar) reader --------------------------------------------------------------

def _ar(*members: tuple[bytes, bytes]) -> bytes:
    """An ar archive from (header size field, body) pairs; names are fixed."""
    out = b"!<arch>\n"
    for i, (size_field, body) in enumerate(members):
        name = [b"debian-binary", b"control.tar.xz", b"data.tar.xz"][i % 3]
        out += (name.ljust(16) + b"0".ljust(12) + b"0".ljust(6) + b"0".ljust(6)
                + b"100644".ljust(8) + size_field.ljust(10) + b"`\n") + body
    return out


HOSTILE_AR = {
    "size -60 (used to loop forever)": _ar((b"4", b"2.0\n"), (b"-60", b"")),
    "size -1": _ar((b"-1", b"")),
    "size lots": _ar((b"lots", b"")),
    "size past the end": _ar((b"4", b"2.0\n"), (b"9999999999", b"x")),
    "non-ASCII size": _ar((b"\xff\xfe", b"")),
    "size with a sign": _ar((b"+4", b"2.0\n")),
    "hex size": _ar((b"0x4", b"2.0\n")),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_AR))
def test_ar_reader_refuses_bad_member_sizes_promptly(tmp_path: Path, name: str) -> None:
    """Run in a child with a memory cap and a timeout: a loop fails the test, not the box."""
    deb = tmp_path / "x.deb"
    deb.write_bytes(HOSTILE_AR[name])
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        sys.path.insert(0, {str(Path(__file__).parent.parent / "tools")!r})
        from jitsi_overlay.bump.debfile import DebFormatError, data_member
        try:
            data_member(__import__("pathlib").Path({str(deb)!r}))
        except DebFormatError as exc:
            print("REFUSED", exc)
    """)
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=30, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the ar reader hangs on {name}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("REFUSED '"), proc.stdout
    assert "damaged or hostile" in proc.stdout and proc.stdout.count("\n") == 1
