"""Verify apt index signatures with gpgv against pinned Jitsi signing keys."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError

# Jitsi's archive signing keys (primary key fingerprints).  The 2016 key signed the 4548-era
# indices; the 2021 key replaced it (fingerprint as reported by third parties: confirm it the
# first time the archive is reachable and keep this list the single place to change).
PINNED_FINGERPRINTS: frozenset[str] = frozenset({
    "66A9CD0595D6AFA247290D3BEF8B479E2DC1389C",
    "FFD65A0DA2BEBDEB73D44C8BB4D2D216F1FD7806",
})
KEY_PATH = "jitsi-key.gpg.key"  # relative to the archive root


class SignatureError(OverlayError):
    """A signature or a signing key could not be verified."""


def normalise_fingerprint(fpr: str) -> str:
    return re.sub(r"\s+", "", fpr).upper()


def dearmor(data: bytes) -> bytes:
    """Binary OpenPGP packets from an ASCII-armoured key block (gpgv wants binary keyrings)."""
    text = data.decode("ascii", "replace")
    if "-----BEGIN PGP" not in text:
        return data
    out = b""
    for block in re.finditer(r"-----BEGIN PGP [A-Z ]+-----\r?\n(.*?)-----END PGP", text, re.S):
        body = block.group(1)
        # Skip armour headers (up to the first empty line), drop the CRC line ("=xxxx").
        if re.search(r"^\s*$", body, re.M):
            body = re.split(r"^\s*$", body, maxsplit=1, flags=re.M)[1]
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        lines = [ln for ln in lines if not ln.startswith("=")]
        out += base64.b64decode("".join(lines))
    if not out:
        raise SignatureError("the signing key file holds no OpenPGP key block: check its URL")
    return out


def key_fingerprints(keyring: bytes) -> list[str]:
    """Primary-key fingerprints in ``keyring`` (read by gpg in a throw-away home)."""
    with tempfile.TemporaryDirectory(prefix="jitsi-gpg-") as home:
        os.chmod(home, 0o700)
        path = Path(home, "key")
        path.write_bytes(keyring)
        proc = subprocess.run(
            ["gpg", "--homedir", home, "--batch", "--with-colons", "--show-keys", str(path)],
            capture_output=True, text=True, check=False,
        )
    if proc.returncode != 0:
        raise SignatureError("the signing key file cannot be read by gpg: check its URL")
    fprs = []
    expect_primary = False
    for line in proc.stdout.splitlines():
        fields = line.split(":")
        if fields[0] == "pub":
            expect_primary = True
        elif fields[0] == "sub":
            expect_primary = False
        elif fields[0] == "fpr" and expect_primary:
            fprs.append(fields[9].upper())
            expect_primary = False
    return fprs


def check_pinned(keyring: bytes, pinned: Iterable[str]) -> list[str]:
    """Refuse a key file unless every primary key in it is pinned."""
    pins = {normalise_fingerprint(p) for p in pinned}
    fprs = key_fingerprints(keyring)
    if not fprs:
        raise SignatureError("the signing key file holds no key: check the archive URL")
    unknown = [f for f in fprs if f not in pins]
    if unknown:
        raise SignatureError(
            f"signing key {unknown[0]} is not pinned: verify it out of band and add its "
            "fingerprint to PINNED_FINGERPRINTS, or pass --keyring FILE"
        )
    return fprs


@dataclass(frozen=True)
class Verified:
    data: bytes
    fingerprint: str  # primary key that made the good signature


def _gpgv(keyring: Path, args: list[str], what: str) -> str:
    # A private home keeps the user's default trustedkeys.kbx out of the decision.
    with tempfile.TemporaryDirectory(prefix="jitsi-gpgv-home-") as home:
        proc = subprocess.run(
            ["gpgv", "--homedir", home, "--status-fd", "1", "--keyring", str(keyring), *args],
            capture_output=True, text=True, check=False,
        )
    primary = None
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[:2] == ["[GNUPG:]", "VALIDSIG"]:
            primary = parts[-1].upper()
    if proc.returncode != 0 or primary is None:
        raise SignatureError(
            f"bad or unverifiable signature on {what}: the index may be tampered with or "
            "signed by an unknown key; check the archive, or pass the right --keyring FILE"
        )
    return primary


def verify(keyring: Path, *, inrelease: bytes | None = None, release: bytes | None = None,
           detached: bytes | None = None, pinned: Iterable[str] | None = None,
           what: str = "Release") -> Verified:
    """Verify an ``InRelease`` (clearsigned) or ``Release`` + ``Release.gpg`` pair.

    Returns the signed text.  With ``pinned`` the signing primary key must be one of them.
    """
    with tempfile.TemporaryDirectory(prefix="jitsi-gpgv-") as tmp:
        t = Path(tmp)
        if inrelease is not None:
            (t / "InRelease").write_bytes(inrelease)
            out = t / "out"
            fpr = _gpgv(keyring, ["--output", str(out), str(t / "InRelease")], what)
            data = out.read_bytes()
        elif release is not None and detached is not None:
            (t / "Release").write_bytes(release)
            (t / "Release.gpg").write_bytes(detached)
            fpr = _gpgv(keyring, [str(t / "Release.gpg"), str(t / "Release")], what)
            data = release
        else:
            raise SignatureError(f"{what} has no signature: the archive must ship InRelease or "
                                 "Release.gpg")
    if pinned is not None and fpr not in {normalise_fingerprint(p) for p in pinned}:
        raise SignatureError(f"{what} is signed by {fpr}, which is not pinned: add the "
                             "fingerprint after checking it, or pass --keyring FILE")
    return Verified(data=data, fingerprint=fpr)
