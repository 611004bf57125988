"""Manifest DIST entries agree with the distfiles present in a DISTDIR.

pkgcheck never reads distfiles, so a wrong size or digest in a Manifest
passes its scan and only fails at emerge time on a user's machine.  Each
distfile named in a Manifest and present in the DISTDIR is hashed in one
pass; entries whose distfile is absent are not checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pkgcore.ebuild.digest import parse_manifest
from pkgcore.package.errors import ChksumError

from ..base import Check
from ..registry import register
from ..repo import Repository
from ..results import Level, Result

# Manifest hash name (lower case, as pkgcore returns it) -> hashlib name.
HASHES = {"blake2b": "blake2b", "sha512": "sha512"}
HEX_WIDTH = 128  # both digests are 512 bits
CHUNK = 1 << 20


@dataclass(frozen=True)
class ManifestSizeMismatch(Result):
    level = Level.ERROR
    distfile: str
    manifest_size: int
    actual_size: int

    @property
    def desc(self) -> str:
        return (
            f"DIST {self.distfile!r} has size {self.manifest_size} in the Manifest but "
            f"{self.actual_size} in DISTDIR: regenerate the Manifest from the verified distfile"
        )


@dataclass(frozen=True)
class ManifestChecksumMismatch(Result):
    level = Level.ERROR
    distfile: str
    hash_name: str
    manifest_digest: str
    actual_digest: str

    @property
    def desc(self) -> str:
        return (
            f"DIST {self.distfile!r} {self.hash_name} is {self.manifest_digest} in the "
            f"Manifest but {self.actual_digest} in DISTDIR: "
            "regenerate the Manifest from the verified distfile"
        )


def digests(path: Path) -> dict[str, str]:
    """Hex BLAKE2B and SHA512 of ``path``, read once."""
    hashers = {name: hashlib.new(algo) for name, algo in HASHES.items()}
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with path.open("rb") as fh:
        while n := fh.readinto(buf):
            for h in hashers.values():
                h.update(view[:n])
    return {name: h.hexdigest() for name, h in hashers.items()}


@register
class ManifestDistfilesCheck(Check):
    """Manifest DIST sizes and digests against the distfiles in --distdir."""

    known_results = (ManifestSizeMismatch, ManifestChecksumMismatch)

    def run(self, repo: Repository) -> Iterator[Result]:
        if repo.distdir is None:
            return
        for pkg in repo.packages:
            manifest = pkg.path / "Manifest"
            if not manifest.is_file():
                continue
            try:
                dist = parse_manifest(str(manifest))[0]
            except ChksumError:
                continue  # malformed Manifests are pkgcheck's to report
            for name in sorted(dist):
                distfile = repo.distdir / name
                if not distfile.is_file():
                    continue
                entry = dist[name]
                size = distfile.stat().st_size
                if entry["size"] != size:
                    yield ManifestSizeMismatch(pkg.key, name, entry["size"], size)
                actual = digests(distfile)
                for hash_name in HASHES:
                    if hash_name not in entry:
                        continue
                    recorded = f"{entry[hash_name]:0{HEX_WIDTH}x}"
                    if recorded != actual[hash_name]:
                        yield ManifestChecksumMismatch(
                            pkg.key, name, hash_name.upper(), recorded, actual[hash_name]
                        )
