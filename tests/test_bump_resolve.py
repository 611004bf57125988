"""The resolver and fetcher against a real signed flat repository on a loopback server."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import requests
from bump_archive import archive as archive  # fixtures
from bump_archive import fast_retries as fast_retries
from bump_archive import server as server
from jitsi_overlay.bump import http
from jitsi_overlay.bump.apt import AptIndex, IndexChecksumError, ResolveError
from jitsi_overlay.bump.fetch import DistfileChecksumError, Wanted, fetch
from jitsi_overlay.bump.signing import SignatureError
from jitsi_overlay.loopback_archive import REAL_SHAPED_VERSIONS, ArchiveServer, FlatRepo, GpgKey


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, key: GpgKey) -> FlatRepo:
    repo = FlatRepo(tmp_path_factory.mktemp("pristine") / "archive", key)
    repo.add_release(11031, {**REAL_SHAPED_VERSIONS, "jicofo": "1.0-1183-1"})
    repo.add_release(11146)
    repo.publish()
    repo.export_key()
    return repo


def _index(server: ArchiveServer, key: GpgKey, tmp_path: Path, **kw) -> AptIndex:
    kw.setdefault("keyring", key.keyring(tmp_path / "keyring.gpg"))
    return AptIndex(server.url, "stable/", **kw)


def test_resolve_reads_exact_versions_and_checksums(server, archive, key, tmp_path) -> None:
    index = _index(server, key, tmp_path)
    assert index.stable_releases() == [11031, 11146]
    res = index.resolve(11146)
    assert res.signer == key.fingerprint
    assert {pn: d.version for pn, d in res.components.items()} == {
        "jitsi-videobridge": "2.3-307-g4bb0aead1-1", "jicofo": "1.0-1189-1",
        "jitsi-meet-web": "1.0.9365-1", "jitsi-meet-web-config": "1.0.9365-1",
        "jitsi-meet-prosody": "1.0.9365-1", "jitsi-meet-turnserver": "1.0.9365-1",
    }
    jicofo = res.components["jicofo"]
    deb = archive.suite_dir / "jicofo_1.0-1189-1_all.deb"
    assert jicofo.url == f"{server.url}/stable/jicofo_1.0-1189-1_all.deb"
    assert jicofo.public_url == "https://download.jitsi.org/stable/jicofo_1.0-1189-1_all.deb"
    assert jicofo.size == deb.stat().st_size
    assert jicofo.sha256 == hashlib.sha256(deb.read_bytes()).hexdigest()
    assert jicofo.java_slots == (17, 21)
    assert index.resolve(11031).components["jicofo"].version == "1.0-1183-1"
    # The compressed index was preferred, as apt does.
    assert ("/stable/Packages.xz", None) in server.requests


def test_release_plus_detached_signature(server, archive, key, tmp_path) -> None:
    archive.publish(inrelease=False)
    res = _index(server, key, tmp_path).resolve(11146)
    assert res.signer == key.fingerprint
    assert ("/stable/Release.gpg", None) in server.requests


def test_unsigned_release_is_refused(server, archive, key, tmp_path) -> None:
    archive.publish(inrelease=False, detached=False)
    with pytest.raises(SignatureError, match="has no signature"):
        _index(server, key, tmp_path).resolve(11146)


def test_tampered_inrelease_is_refused(server, archive, key, tmp_path) -> None:
    path = archive.suite_dir / "InRelease"
    path.write_bytes(path.read_bytes().replace(b"Label: synthetic", b"Label: synthetiX"))
    with pytest.raises(SignatureError, match="bad or unverifiable signature"):
        _index(server, key, tmp_path).resolve(11146)


def test_signature_by_another_key_is_refused(server, key, tmp_path) -> None:
    other = GpgKey.generate(tmp_path / "other")
    with pytest.raises(SignatureError, match="bad or unverifiable signature"):
        _index(server, key, tmp_path, keyring=other.keyring(tmp_path / "other.gpg")).resolve(1)


def test_archive_key_is_fetched_only_when_pinned(server, key, tmp_path) -> None:
    cache = tmp_path / "cache" / "jitsi-keyring.gpg"
    with pytest.raises(SignatureError, match=f"signing key {key.fingerprint} is not pinned"):
        _index(server, key, tmp_path, keyring=None, key_cache=cache).resolve(11146)
    assert not cache.exists()

    pins = {" ".join(key.fingerprint[i:i + 4] for i in range(0, 40, 4))}  # spaced, as published
    index = _index(server, key, tmp_path, keyring=None, key_cache=cache, pinned=pins)
    assert index.resolve(11146).signer == key.fingerprint
    assert cache.read_bytes() == key.export()
    before = len(server.requests)
    _index(server, key, tmp_path, keyring=None, key_cache=cache, pinned=pins).resolve(11146)
    assert ("/jitsi-key.gpg.key", None) not in server.requests[before:]


def test_pinned_cache_with_unpinned_signer_is_refused(server, key, tmp_path) -> None:
    cache = tmp_path / "jitsi-keyring.gpg"
    cache.write_bytes(key.export())  # e.g. a cache planted by someone else
    index = _index(server, key, tmp_path, keyring=None, key_cache=cache,
                   pinned={"66A9CD0595D6AFA247290D3BEF8B479E2DC1389C"})
    with pytest.raises(SignatureError, match="which is not pinned"):
        index.resolve(11146)


def test_packages_checksum_mismatch_is_refused(server, archive, key, tmp_path) -> None:
    archive.publish(tamper=["Packages.xz"])
    with pytest.raises(IndexChecksumError, match="does not match the SHA256/size"):
        _index(server, key, tmp_path).resolve(11146)


def test_expired_release_is_refused_and_a_valid_one_accepted(server, archive, key, tmp_path):
    archive.publish(valid_until="Thu, 01 Jan 2026 00:00:00 UTC")
    with pytest.raises(IndexChecksumError, match="expired on 'Thu, 01 Jan 2026"):
        _index(server, key, tmp_path).resolve(11146)
    archive.publish(valid_until="Fri, 01 Jan 2100 00:00:00 UTC")
    assert _index(server, key, tmp_path).resolve(11146).release == 11146


def test_unknown_release_names_the_newest(server, key, tmp_path) -> None:
    with pytest.raises(ResolveError, match=r"release 9999 is unknown.*newest offered: 11146"):
        _index(server, key, tmp_path).resolve(9999)


def test_server_down_is_a_network_error(key, tmp_path) -> None:
    srv = ArchiveServer(tmp_path)
    url = srv.url
    srv.stop()  # bound then closed: connection refused
    index = AptIndex(url, "stable/", keyring=key.keyring(tmp_path / "k.gpg"))
    with pytest.raises(http.NetworkError, match=r"cannot download .*InRelease"):
        index.resolve(11146)


def _wanted(server, archive, name: str) -> Wanted:
    deb = archive.suite_dir / name
    return Wanted(name=name, url=f"{server.url}/stable/{name}", size=deb.stat().st_size,
                  sha256=hashlib.sha256(deb.read_bytes()).hexdigest())


def test_fetch_verifies_and_reuses_the_cache(server, archive, tmp_path) -> None:
    name = "jicofo_1.0-1189-1_all.deb"
    want = _wanted(server, archive, name)
    got = fetch(want, tmp_path / "dist")
    data = (archive.suite_dir / name).read_bytes()
    assert got.path.read_bytes() == data
    assert got.blake2b == hashlib.blake2b(data).hexdigest()
    assert got.sha512 == hashlib.sha512(data).hexdigest()
    before = len(server.requests)
    assert fetch(want, tmp_path / "dist") == got
    assert len(server.requests) == before  # verified cache hit, no download


def test_fetch_resumes_with_range(server, archive, tmp_path) -> None:
    name = "jitsi-videobridge2_2.3-307-g4bb0aead1-1_all.deb"
    data = (archive.suite_dir / name).read_bytes()
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / f"{name}.part").write_bytes(data[:300])
    got = fetch(_wanted(server, archive, name), dist)
    assert got.path.read_bytes() == data
    assert (f"/stable/{name}", "bytes=300-") in server.requests


def test_fetch_retries_a_dropped_connection_and_resumes(server, archive, tmp_path) -> None:
    name = "big.bin"
    data = os.urandom(3 << 20)
    (archive.suite_dir / name).write_bytes(data)
    server.cut(name, 2 << 20)
    got = fetch(_wanted(server, archive, name), tmp_path / "dist")
    assert got.path.read_bytes() == data
    ranges = [r for p, r in server.requests if p == f"/stable/{name}"]
    assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")
    assert 0 < int(ranges[1][6:-1]) <= 2 << 20


def test_fetch_refuses_a_corrupt_distfile(server, archive, tmp_path) -> None:
    name = "jicofo_1.0-1189-1_all.deb"
    want = _wanted(server, archive, name)
    path = archive.suite_dir / name
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DistfileChecksumError, match=f"distfile '{name}'"):
        fetch(want, tmp_path / "dist")
    assert list((tmp_path / "dist").iterdir()) == []  # nothing half-verified left behind


def test_fetch_404_is_not_retried(server, tmp_path) -> None:
    want = Wanted(name="x.deb", url=f"{server.url}/stable/x.deb", size=1, sha256="0" * 64)
    with pytest.raises(http.NotFound):
        fetch(want, tmp_path / "dist", session=requests.Session())
    assert [r for r in server.requests if r[0] == "/stable/x.deb"] == [("/stable/x.deb", None)]
