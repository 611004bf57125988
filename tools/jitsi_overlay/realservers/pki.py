"""A throwaway CA and leaf certificates made with the openssl command line."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KeyPair:
    cert: Path
    key: Path


def _openssl(*args: str) -> None:
    proc = subprocess.run(["openssl", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed (rc {proc.returncode}): "
                           f"{proc.stderr.strip()}")


def make_ca(directory: Path, name: str = "jitsi-it test CA") -> KeyPair:
    directory.mkdir(parents=True, exist_ok=True)
    pair = KeyPair(directory / "ca.crt", directory / "ca.key")
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", str(pair.key), "-out", str(pair.cert), "-days", "60", "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign",
    )
    return pair


def make_leaf(ca: KeyPair, directory: Path, stem: str, names: Sequence[str],
              ips: Sequence[str] = ()) -> KeyPair:
    """A leaf for ``names`` (DNS SANs) and ``ips``; valid 60 days (prosody warns under 7)."""
    directory.mkdir(parents=True, exist_ok=True)
    pair = KeyPair(directory / f"{stem}.crt", directory / f"{stem}.key")
    csr = directory / f"{stem}.csr"
    ext = directory / f"{stem}.ext"
    sans = [f"DNS:{n}" for n in names] + [f"IP:{i}" for i in ips]
    ext.write_text(
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
        f"extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName={','.join(sans)}\n"
    )
    cn = names[0] if names else ips[0]
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(pair.key), "-out", str(csr),
        "-subj", f"/CN={cn}",
    )
    _openssl(
        "x509", "-req", "-in", str(csr), "-CA", str(ca.cert), "-CAkey", str(ca.key),
        "-CAcreateserial", "-out", str(pair.cert), "-days", "60", "-extfile", str(ext),
    )
    csr.unlink()
    ext.unlink()
    pair.key.chmod(0o644)  # test-only key: readable by prosody/nginx workers
    return pair
