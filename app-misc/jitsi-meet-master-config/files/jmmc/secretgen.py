"""Secrets from the CSPRNG: credentials, the MUC UUID, and the convener's three words from
/usr/share/dict/words (sys-apps/miscfiles), else of three random syllables (~18 bits each)."""

from __future__ import annotations

import re
import secrets
import string
import uuid
from pathlib import Path


def secret(length: int = 32) -> str:
    """Letters and digits; 32 of them carry about 190 bits."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def muc_uuid() -> str:
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def load_words(root: Path = Path("/")) -> list[str]:
    """Dictionary words, or [] without a usable dictionary."""
    try:
        words = set(re.findall(r"^[a-z]{4,8}$", (root / "usr/share/dict/words").read_text(
            errors="replace"), re.M))
        if len(words) >= 1024:
            return sorted(words)
    except OSError:
        pass
    return []


def word_password(words: list[str], count: int = 3) -> str:
    syl = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    return "-".join(secrets.choice(words) if words else
                    "".join(secrets.choice(syl) for _ in range(3)) for _ in range(count))
