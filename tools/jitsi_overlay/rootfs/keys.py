"""Detached OpenPGP signatures: verify against pinned signers with gpgv, sign with gpg."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..bump.signing import dearmor, normalise_fingerprint
from . import RootfsError
from .progress import MeterFactory, silent
from .streams import feed

# Gentoo Linux Release Engineering (Automated Weekly Release Key) <releng@gentoo.org>,
# which signs every stage3 (its .asc).  Gentoo installs it as
# /usr/share/openpgp-keys/gentoo-release.asc (sec-keys/openpgp-keys-gentoo-release).
GENTOO_RELEASE_FINGERPRINTS: frozenset[str] = frozenset({
    "13EBBDBEDE7A12775DFDB1BABB572E0E2D182910",
})
GENTOO_RELEASE_KEYRING = Path("/usr/share/openpgp-keys/gentoo-release.asc")

# The key that signs our published images.  None is published yet: until one is, an
# install names the signer explicitly (--signer FINGERPRINT, checked out of band).
IMAGE_FINGERPRINTS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Verified:
    fingerprint: str  # primary key that made the good signature
    digest: str  # hex digest of the data (computed in the same pass)


def _keyring_file(keyring: Path, tmp: Path) -> Path:
    try:
        data = keyring.read_bytes()
    except OSError as exc:
        raise RootfsError(f"cannot read keyring {str(keyring)!r} ({exc.strerror}): pass "
                          "--keyring FILE holding the signer's public key") from exc
    out = tmp / "keyring.gpg"
    out.write_bytes(dearmor(data))
    return out


def verify_detached(data: Path, signature: Path, keyring: Path, signers: Iterable[str], *,
                    what: str, meters: MeterFactory = silent,
                    digest: str = "sha512") -> Verified:
    """Check ``signature`` over ``data`` and that a pinned primary key made it.

    The data streams through gpgv once; its digest is computed in the same pass.
    """
    pins = {normalise_fingerprint(s) for s in signers}
    if not pins:
        raise RootfsError(f"no signer is pinned for {what}: pass --signer FINGERPRINT of the "
                          "key you checked out of band")
    if not signature.is_file():
        raise RootfsError(f"{what} has no signature {str(signature)!r}: an unsigned file is "
                          "refused; download its .asc next to it")
    with tempfile.TemporaryDirectory(prefix="jitsi-rootfs-gpgv-") as tmp:
        home = Path(tmp, "home")
        home.mkdir(mode=0o700)
        ring = _keyring_file(keyring, Path(tmp))
        # A private home keeps the user's default trustedkeys out of the decision.
        proc = subprocess.Popen(
            ["gpgv", "--homedir", str(home), "--status-fd", "1", "--keyring", str(ring),
             str(signature), "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        hexdigest = feed(data, proc, meters=meters, description=f"verify {data.name}",
                         digest=digest)
        out, _err = proc.communicate()
    primary = unknown = None
    for line in out.decode(errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[:2] == ["[GNUPG:]", "VALIDSIG"]:
            primary = parts[-1].upper()
        elif len(parts) >= 3 and parts[:2] == ["[GNUPG:]", "NO_PUBKEY"]:
            unknown = parts[2].upper()
    if unknown and primary is None:
        raise RootfsError(f"{what} {str(data)!r} is signed by key {unknown}, which is not in "
                          f"{str(keyring)!r} and not pinned: get the right key, or check that "
                          "one out of band and pass --keyring/--signer")
    if proc.returncode != 0 or primary is None:
        raise RootfsError(f"bad signature on {what} {str(data)!r}: the file or its signature "
                          "was altered, or another key signed it; download both again")
    if primary not in pins:
        raise RootfsError(f"{what} {str(data)!r} is signed by {primary}, which is not pinned: "
                          "check that key out of band, then pass --signer " + primary)
    assert hexdigest is not None
    return Verified(primary, hexdigest)


def sign_detached(data: Path, signature: Path, *, key: str, gnupg_home: Path | None,
                  meters: MeterFactory = silent) -> None:
    """Write an ASCII-armoured detached signature of ``data`` made by ``key``."""
    env = dict(os.environ)
    if gnupg_home is not None:
        env["GNUPGHOME"] = str(gnupg_home)
    with signature.open("wb") as out:
        proc = subprocess.Popen(
            ["gpg", "--batch", "--yes", "--armor", "--local-user", key, "--detach-sign",
             "--output", "-", "-"],
            stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE, env=env)
        feed(data, proc, meters=meters, description=f"sign {data.name}")
        _, err = proc.communicate()
    if proc.returncode != 0:
        last = (err.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
        raise RootfsError(f"gpg could not sign with key {key!r} ({last}): pass --sign-key "
                          "with a secret key in --gnupg-home (or GNUPGHOME)")
