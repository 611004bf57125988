"""A real-format, signed flat apt repository on a loopback HTTP server, for bump tests.

Debs are built with ``dpkg-deb``, the index with ``dpkg-scanpackages``, signatures with a
throw-away key in a private GNUPGHOME (``gpg --clearsign`` / ``--detach-sign``).
"""

from __future__ import annotations

import gzip
import hashlib
import lzma
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# Shaped like the upstream 11146 release; content is synthetic.
REAL_SHAPED_VERSIONS = {
    "jitsi-videobridge2": "2.3-307-g4bb0aead1-1",
    "jicofo": "1.0-1189-1",
    "jitsi-meet-web": "1.0.9365-1",
    "jitsi-meet-web-config": "1.0.9365-1",
    "jitsi-meet-prosody": "1.0.9365-1",
    "jitsi-meet-turnserver": "1.0.9365-1",
}


def _java_payload(share: str, jar: str, lib_jar: str, launcher: str, etc: str, conf: str,
                  tag: bytes) -> dict[str, bytes]:
    """The layout of a Java component: jars and launcher in usr/share/SHARE, logging
    settings and the ``ETC { }`` config file in etc/jitsi/ETC."""
    return {
        f"usr/share/{share}/{jar}": b"PK\x05\x06" + tag,
        f"usr/share/{share}/lib/{lib_jar}": b"PK\x05\x06" + tag,
        f"usr/share/{share}/{launcher}": b"#!/bin/sh\n# " + tag,
        f"etc/jitsi/{etc}/logging.properties": b"handlers=java.util.logging.ConsoleHandler\n# "
        + tag,
        f"etc/jitsi/{etc}/{conf}": f"{etc} {{}}\n".encode(),
    }


def component_files(package: str, version: str) -> dict[str, bytes]:
    """Synthetic payload laid out like the upstream package (paths from upstream debs)."""
    tag = f"synthetic {package} {version}\n".encode()
    if package == "jitsi-videobridge2":
        return _java_payload("jitsi-videobridge", "jitsi-videobridge.jar",
                             "jitsi-media-transform.jar", "jvb.sh", "videobridge", "jvb.conf", tag)
    if package == "jicofo":
        return _java_payload("jicofo", "jicofo.jar", "jicofo-common.jar", "jicofo.sh", "jicofo",
                             "jicofo.conf", tag)
    if package == "jitsi-meet-web":
        return {
            "usr/share/jitsi-meet/index.html": b"<!DOCTYPE html><title>Jitsi Meet</title>\n",
            "usr/share/jitsi-meet/libs/app.bundle.min.js": b"// " + tag,
            "usr/share/jitsi-meet/interface_config.js": b"var interfaceConfig = {};\n",
            "usr/share/jitsi-meet/images/watermark.svg": b"<svg/>\n",
        }
    if package == "jitsi-meet-web-config":
        return {
            "usr/share/jitsi-meet-web-config/config.js": b"var config = {};\n",
            "usr/share/jitsi-meet-web-config/jitsi-meet.example": b"server { }\n",
            "usr/share/jitsi-meet/scripts/install-letsencrypt-cert.sh": b"#!/bin/sh\n# "
            + tag,
        }
    if package == "jitsi-meet-prosody":
        return {
            "usr/share/jitsi-meet/prosody-plugins/mod_muc_size.lua": b"-- " + tag,
            "usr/share/jitsi-meet/prosody-plugins/util.lib.lua": b"-- " + tag,
            "usr/share/jitsi-meet-prosody/prosody.cfg.lua-jvb.example": b"-- " + tag,
        }
    if package == "jitsi-meet-turnserver":
        return {
            "usr/share/jitsi-meet-turnserver/turnserver.conf": b"# " + tag,
            "usr/share/jitsi-meet-turnserver/jitsi-meet.conf": b"# " + tag,
        }
    return {"usr/share/doc/" + package + "/README": tag}


def build_deb(out_dir: Path, package: str, version: str, files: Mapping[str, bytes], *,
              control: Mapping[str, str] | None = None, compression: str = "xz") -> Path:
    """A real .deb made by ``dpkg-deb --build`` (xz-compressed data.tar by default)."""
    root = out_dir / f".build-{package}-{version}"
    (root / "DEBIAN").mkdir(parents=True)
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        if data.startswith(b"#!"):
            p.chmod(0o755)
    fields = {
        "Package": package, "Version": version, "Architecture": "all",
        "Maintainer": "Jitsi overlay tests <tests@jitsi-overlay.invalid>",
        "Description": f"synthetic {package} for bump tests",
    }
    fields.update(control or {})
    (root / "DEBIAN" / "control").write_text("".join(f"{k}: {v}\n" for k, v in fields.items()))
    deb = out_dir / f"{package}_{version}_all.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root),
                    str(deb)], check=True, capture_output=True)
    subprocess.run(["rm", "-rf", str(root)], check=True)
    return deb


@dataclass
class GpgKey:
    home: Path
    fingerprint: str

    @classmethod
    def generate(cls, home: Path, uid: str = "Bump Test <bump@test.invalid>") -> GpgKey:
        home.mkdir(parents=True, exist_ok=True)
        home.chmod(0o700)
        subprocess.run(["gpg", "--homedir", str(home), "--batch", "--passphrase", "",
                        "--quick-generate-key", uid, "ed25519", "sign", "never"],
                       check=True, capture_output=True)
        out = subprocess.run(["gpg", "--homedir", str(home), "--with-colons",
                              "--list-secret-keys"], check=True, capture_output=True,
                             text=True).stdout
        fpr = next(ln.split(":")[9] for ln in out.splitlines() if ln.startswith("fpr:"))
        return cls(home=home, fingerprint=fpr)

    def export(self, armor: bool = False) -> bytes:
        args = ["gpg", "--homedir", str(self.home), "--batch", "--export"]
        if armor:
            args.append("--armor")
        return subprocess.run([*args, self.fingerprint], check=True,
                              capture_output=True).stdout

    def keyring(self, dest: Path) -> Path:
        dest.write_bytes(self.export())
        return dest

    def sign(self, data: bytes, *, clear: bool) -> bytes:
        mode = "--clearsign" if clear else "--detach-sign"
        args = ["gpg", "--homedir", str(self.home), "--batch", "--yes", "--armor",
                "--local-user", self.fingerprint, "--digest-algo", "SHA512", mode]
        return subprocess.run(args, input=data, check=True, capture_output=True).stdout


@dataclass
class FlatRepo:
    """``root/SUITE`` holds the .debs and the signed index, like download.jitsi.org."""

    root: Path
    key: GpgKey
    suite: str = "stable"
    debs: list[Path] = field(default_factory=list)

    @property
    def suite_dir(self) -> Path:
        return self.root / self.suite

    def add_deb(self, package: str, version: str, files: Mapping[str, bytes], *,
                control: Mapping[str, str] | None = None, compression: str = "xz") -> Path:
        self.suite_dir.mkdir(parents=True, exist_ok=True)
        deb = build_deb(self.suite_dir, package, version, files, control=control,
                        compression=compression)
        self.debs.append(deb)
        return deb

    def add_release(self, release: int, versions: Mapping[str, str] | None = None, *,
                    extra: Mapping[str, Mapping[str, bytes]] | None = None,
                    compression: str | Mapping[str, str] = "xz") -> dict:
        """The six components plus the ``jitsi-meet 2.0.N-1`` meta package.

        ``extra`` adds files to a component's payload (e.g. large blobs for benchmarks);
        ``compression`` is dpkg-deb's -Z, for all packages or per package.
        """
        versions = dict(versions or REAL_SHAPED_VERSIONS)
        v = versions
        java = {"Depends": "openjdk-17-jre-headless | openjdk-21-jre-headless, ruby-hocon"}
        for pkg, ver in versions.items():
            if (self.suite_dir / f"{pkg}_{ver}_all.deb").exists():
                continue
            ctl = java if pkg in ("jicofo", "jitsi-videobridge2") else None
            files = {**component_files(pkg, ver), **(extra or {}).get(pkg, {})}
            comp = compression if isinstance(compression, str) else compression.get(pkg, "xz")
            self.add_deb(pkg, ver, files, control=ctl, compression=comp)
        meta = {
            "Pre-Depends": f"jitsi-videobridge2 (= {v['jitsi-videobridge2']})",
            "Depends": ", ".join(f"{p} (= {v[p]})" for p in (
                "jicofo", "jitsi-meet-web", "jitsi-meet-web-config", "jitsi-meet-prosody")),
            "Recommends": f"jitsi-meet-turnserver (= {v['jitsi-meet-turnserver']})",
        }
        self.add_deb("jitsi-meet", f"2.0.{release}-1",
                     {f"usr/share/doc/jitsi-meet/README.{release}": b"meta\n"}, control=meta)
        return versions

    def publish(self, *, inrelease: bool = True, detached: bool = True,
                tamper: Iterable[str] = (), valid_until: str | None = None,
                edit: Callable[[bytes], bytes] | None = None,
                only: Iterable[str] = ("Packages", "Packages.gz", "Packages.xz")) -> None:
        """Write Packages(.gz,.xz), Release, InRelease and Release.gpg.

        ``tamper`` names index files to corrupt *after* signing (checksum tests);
        ``edit`` rewrites the Packages text *before* signing (a hostile but validly
        signed index); ``only`` limits the Packages variants written and listed.
        """
        packages = subprocess.run(
            ["dpkg-scanpackages", "--multiversion", self.suite, "/dev/null"],
            cwd=self.root, check=True, capture_output=True,
        ).stdout
        if edit is not None:
            packages = edit(packages)
        sd = self.suite_dir
        names = list(only)
        for stale in ("Packages", "Packages.gz", "Packages.xz"):
            (sd / stale).unlink(missing_ok=True)
        if "Packages" in names:
            (sd / "Packages").write_bytes(packages)
        if "Packages.gz" in names:
            (sd / "Packages.gz").write_bytes(gzip.compress(packages, mtime=0))
        if "Packages.xz" in names:
            (sd / "Packages.xz").write_bytes(lzma.compress(packages))
        lines = [
            "Origin: jitsi-overlay-tests", "Label: synthetic", f"Suite: {self.suite}",
            f"Date: {formatdate(usegmt=True)}", "Architectures: all",
        ]
        if valid_until is not None:
            lines.append(f"Valid-Until: {valid_until}")
        for field_name, algo in (("MD5Sum", "md5"), ("SHA256", "sha256")):
            lines.append(f"{field_name}:")
            for n in names:
                data = (sd / n).read_bytes()
                lines.append(f" {hashlib.new(algo, data).hexdigest()} {len(data)} {n}")
        release = ("\n".join(lines) + "\n").encode()
        (sd / "Release").write_bytes(release)
        for stale in ("InRelease", "Release.gpg"):
            (sd / stale).unlink(missing_ok=True)
        if inrelease:
            (sd / "InRelease").write_bytes(self.key.sign(release, clear=True))
        if detached:
            (sd / "Release.gpg").write_bytes(self.key.sign(release, clear=False))
        for n in tamper:
            p = sd / n
            data = bytearray(p.read_bytes())
            data[len(data) // 2] ^= 0x01
            p.write_bytes(bytes(data))

    def copy(self, dest: Path) -> FlatRepo:
        """A private copy of the archive at ``dest`` (same key) that a test may tamper with."""
        shutil.copytree(self.root, dest)
        return FlatRepo(dest, self.key, self.suite,
                        [dest / deb.relative_to(self.root) for deb in self.debs])

    def export_key(self) -> None:
        """Publish the signing key where the archive's key lives (``jitsi-key.gpg.key``)."""
        (self.root / "jitsi-key.gpg.key").write_bytes(self.key.export(armor=True))


class _Handler(SimpleHTTPRequestHandler):
    """Static files with single-range ``Range`` support and a fault switch."""

    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("Range")))
        path = Path(self.translate_path(self.path))
        if path.name in self.server.flood:
            self._flood(path.name)
            return
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        start = 0
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and rng.endswith("-"):
            start = int(rng[6:-1])
        body = data[start:]
        cut = self.server.cut_after.pop(path.name, None)  # one dropped transfer
        stall = self.server.stall_after.get(path.name)
        self.send_response(206 if start else 200)
        self.send_header("Content-Length", str(len(body)))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if cut is not None and start == 0:
            # Simulate a connection dropped mid-transfer.
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            return
        if stall is not None and start == 0:
            # Send part of the file, then hang until released (interrupt tests).
            self.wfile.write(body[:stall])
            self.wfile.flush()
            self.server.stalled.set()
            self.server.release.wait(30)
            self.close_connection = True
            return
        self.wfile.write(body)


    def _flood(self, name: str) -> None:
        """Stream ``total`` bytes whatever the file is (a hostile or broken mirror)."""
        total, announce = self.server.flood[name]
        self.send_response(200)
        if announce:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        block = b"\0" * (1 << 16)
        sent = 0
        try:
            while sent < total:
                n = self.wfile.write(block[: total - sent]) or 0
                sent += n
                self.server.flood_sent[name] = sent
        except OSError:
            pass  # the client hung up: what the tests want
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    flood: dict[str, tuple[int, bool]]
    flood_sent: dict[str, int]
    requests: list[tuple[str, str | None]]
    cut_after: dict[str, int]
    stall_after: dict[str, int]
    stalled: threading.Event
    release: threading.Event


class ArchiveServer:
    """Serve ``root`` on 127.0.0.1 in a thread; ``url`` is the archive root."""

    def __init__(self, root: Path) -> None:
        self.root = root
        handler = partial(_Handler, directory=os.fspath(root))
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.requests = []
        self.httpd.cut_after = {}
        self.httpd.stall_after = {}
        self.httpd.stalled = threading.Event()
        self.httpd.release = threading.Event()
        self.httpd.flood = {}
        self.httpd.flood_sent = {}
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def requests(self) -> list[tuple[str, str | None]]:
        return self.httpd.requests

    def cut(self, filename: str, after: int) -> None:
        self.httpd.cut_after[filename] = after

    def stall(self, filename: str, after: int) -> threading.Event:
        """Serve ``after`` bytes of ``filename`` then hang; returns the 'stalled' event."""
        self.httpd.stall_after[filename] = after
        return self.httpd.stalled

    def flood(self, filename: str, total: int, *, announce: bool = False) -> None:
        """Answer requests for ``filename`` with ``total`` bytes (``Content-Length`` if
        ``announce``); ``flood_sent(filename)`` tells how many the client took."""
        self.httpd.flood[filename] = (total, announce)

    def flood_sent(self, filename: str) -> int:
        return self.httpd.flood_sent.get(filename, 0)

    def __enter__(self) -> ArchiveServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.httpd.release.set()
        if self.thread.is_alive():
            self.httpd.shutdown()
        self.httpd.server_close()
