"""How root gets in: the image ships no password; install adds the user's own key/hash."""

from __future__ import annotations

import os
import re
from pathlib import Path

from . import RootfsError

_KEY = re.compile(r"(?:^|\s)(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-\S+@openssh\.com)"
                  r"\s+AAAA[0-9A-Za-z+/]+=*(?:\s|$)")
# crypt(3) hashes: yescrypt, gost-yescrypt, SHA-512/256-crypt, bcrypt, scrypt.
_HASH = re.compile(r"\$(?:y|gy|7|6|5|2[abxy])\$[./A-Za-z0-9$,=]+")


def read_authorized_keys(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise RootfsError(f"cannot read authorized keys {str(path)!r}: give a public key "
                          "file such as ~/.ssh/id_ed25519.pub") from exc
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    bad = [ln for ln in lines if not _KEY.search(ln)]
    if not lines or bad:
        shown = (bad[0][:40] + "…") if bad else "(empty)"
        raise RootfsError(f"authorized keys {str(path)!r} has a line that is no OpenSSH public "
                          f"key ({shown!r}): give a .pub file, never a private key")
    return "\n".join(lines) + "\n"


def read_password_hash(path: Path) -> str:
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, UnicodeError) as exc:
        raise RootfsError(f"cannot read password hash file {str(path)!r}: make one with "
                          "'mkpasswd -m yescrypt > FILE' (or openssl passwd -6)") from exc
    if len(lines) != 1 or not _HASH.fullmatch(lines[0]):
        raise RootfsError(f"password hash file {str(path)!r} does not hold one crypt(3) hash: "
                          "make it with 'mkpasswd -m yescrypt > FILE' (never the password)")
    return lines[0]


def install_authorized_keys(tree: Path, keys: str) -> Path:
    ssh = tree / "root/.ssh"
    ssh.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chown(ssh, 0, 0)
    ssh.chmod(0o700)
    path = ssh / "authorized_keys"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(keys)
    os.chown(path, 0, 0)
    return path


def set_root_password_hash(tree: Path, crypt_hash: str) -> Path:
    shadow = tree / "etc/shadow"
    try:
        lines = shadow.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RootfsError(f"{str(tree)!r} has no /etc/shadow: is this one of our images?") from exc
    for i, line in enumerate(lines):
        fields = line.split(":")
        if fields[0] == "root" and len(fields) >= 2:
            fields[1] = crypt_hash
            lines[i] = ":".join(fields)
            break
    else:
        raise RootfsError(f"{str(shadow)!r} has no root entry: the image is damaged")
    st = shadow.stat()
    tmp = shadow.with_name(".shadow.jitsi-rootfs")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, st.st_mode & 0o777)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.chown(tmp, st.st_uid, st.st_gid)
    os.replace(tmp, shadow)
    return shadow
