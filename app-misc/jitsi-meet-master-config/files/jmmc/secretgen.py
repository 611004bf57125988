"""Secrets from the CSPRNG (``secrets``): credentials, the MUC UUID, the word password.

The convener password is three words picked with ``secrets.choice`` from
/usr/share/dict/words (sys-apps/miscfiles; gzipped with USE=minimal), lower-case words of
4-8 letters.  Without it a small built-in list (about 24 bits for three words) is used and
the caller says so: it is meant for tests and minimal systems.
"""

from __future__ import annotations

import gzip
import re
import secrets
import string
import uuid
from pathlib import Path

_FALLBACK = (
    "acorn amber anchor apple arrow autumn badge bamboo banjo basil beacon berry bison "
    "bottle breeze bridge bronze brook bubble cabin cactus camel candle canyon carpet castle "
    "cedar cello cherry chess cider circle clover cobalt comet copper coral cotton cradle "
    "crane dancer delta desert dolphin dragon dune eagle ember falcon feather fern fiddle "
    "forest fossil garden garnet geyser ginger glacier globe granite gravel harbor hazel "
    "helmet heron hollow honey horizon island ivory jacket jasmine jungle kettle kiwi ladder "
    "lagoon lantern lemon lilac linen lotus magnet mango maple marble meadow melon mirror "
    "mosaic motor needle nectar noodle oasis ocean olive onion orbit orchid otter paddle "
    "panda paper parrot pebble pepper piano pillow pine planet plum pocket pollen poppy "
    "prairie puzzle quartz quill rabbit radar raven reef ribbon river rocket saddle saffron "
    "salmon sandal season shadow silver sketch sparrow spiral spruce statue summit sunset "
    "swan tango teapot thistle thunder tiger timber tulip tunnel turtle velvet violet walnut "
    "willow window winter yarrow zebra zephyr"
).split()  # noqa: SIM905


def secret(length: int = 32) -> str:
    """Letters and digits; 32 characters carry about 190 bits."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def muc_uuid() -> str:
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def load_words(root: Path = Path("/")) -> tuple[list[str], bool]:
    """(word list, True when it is the system dictionary)."""
    for rel in ("usr/share/dict/words", "usr/share/dict/web2.gz"):
        try:
            raw = (root / rel).read_bytes()
            words = sorted(set(re.findall(rb"^[a-z]{4,8}$", gzip.decompress(raw) if
                                          rel.endswith(".gz") else raw, re.M)))
        except (OSError, EOFError):
            continue
        if len(words) >= 1024:
            return [w.decode() for w in words], True
    return list(_FALLBACK), False


def word_password(words: list[str], count: int = 3) -> str:
    return "-".join(secrets.choice(words) for _ in range(count))
