"""Secrets from the CSPRNG: service credentials, component secrets and the word password.

The convener password is three words chosen with ``secrets.choice`` from
/usr/share/dict/words (sys-apps/miscfiles; gzipped with USE=minimal), keeping lower-case
words of 4-8 letters.  Without that file a small built-in list is used and callers are
told so (it gives far fewer bits and is meant for tests and minimal systems).
"""

from __future__ import annotations

import gzip
import re
import secrets
import string
import uuid as _uuid
from pathlib import Path

_ALNUM = string.ascii_letters + string.digits
_WORD = re.compile(r"^[a-z]{4,8}$")
DICT_PATHS = ("usr/share/dict/words", "usr/share/dict/web2.gz", "usr/share/dict/words.gz")

_FALLBACK = [
    "acorn",
    "amber",
    "anchor",
    "apple",
    "arrow",
    "autumn",
    "badge",
    "bamboo",
    "banjo",
    "basil",
    "beacon",
    "berry",
    "bison",
    "blossom",
    "bottle",
    "breeze",
    "bridge",
    "bronze",
    "brook",
    "bubble",
    "cabin",
    "cactus",
    "camel",
    "candle",
    "canyon",
    "carpet",
    "castle",
    "cedar",
    "cello",
    "cherry",
    "chess",
    "cider",
    "circle",
    "clover",
    "cobalt",
    "comet",
    "copper",
    "coral",
    "cotton",
    "cradle",
    "crane",
    "crystal",
    "dancer",
    "delta",
    "desert",
    "dolphin",
    "dragon",
    "dune",
    "eagle",
    "ember",
    "falcon",
    "feather",
    "fern",
    "fiddle",
    "forest",
    "fossil",
    "fountain",
    "garden",
    "garnet",
    "geyser",
    "ginger",
    "glacier",
    "globe",
    "granite",
    "gravel",
    "harbor",
    "hazel",
    "helmet",
    "heron",
    "hollow",
    "honey",
    "horizon",
    "island",
    "ivory",
    "jacket",
    "jasmine",
    "jungle",
    "kettle",
    "kiwi",
    "ladder",
    "lagoon",
    "lantern",
    "lemon",
    "lilac",
    "linen",
    "lotus",
    "magnet",
    "mango",
    "maple",
    "marble",
    "meadow",
    "melon",
    "mirror",
    "mosaic",
    "motor",
    "needle",
    "nectar",
    "noodle",
    "oasis",
    "ocean",
    "olive",
    "onion",
    "orbit",
    "orchid",
    "otter",
    "paddle",
    "panda",
    "paper",
    "parrot",
    "pebble",
    "pepper",
    "piano",
    "pillow",
    "pine",
    "planet",
    "plum",
    "pocket",
    "pollen",
    "poppy",
    "prairie",
    "puzzle",
    "quartz",
    "quill",
    "rabbit",
    "radar",
    "raven",
    "reef",
    "ribbon",
    "river",
    "rocket",
    "saddle",
    "saffron",
    "salmon",
    "sandal",
    "season",
    "shadow",
    "silver",
    "sketch",
    "sparrow",
    "spiral",
    "spruce",
    "statue",
    "summit",
    "sunset",
    "swan",
    "tango",
    "teapot",
    "thistle",
    "thunder",
    "tiger",
    "timber",
    "tulip",
    "tunnel",
    "turtle",
    "velvet",
    "violet",
    "walnut",
    "willow",
    "window",
    "winter",
    "yarrow",
    "zebra",
    "zephyr",
]


def secret(length: int = 32) -> str:
    """A credential of letters and digits (32 characters carry about 190 bits)."""
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


def muc_uuid() -> str:
    return str(_uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def load_words(root: Path = Path("/")) -> tuple[list[str], bool]:
    """(word list, True when it is the system dictionary)."""
    for rel in DICT_PATHS:
        p = root / rel
        try:
            raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
        except (OSError, EOFError):
            continue
        words = sorted({w for w in raw.decode("utf-8", "replace").split() if _WORD.match(w)})
        if len(words) >= 1024:
            return words, True
    return list(_FALLBACK), False


def word_password(words: list[str], count: int = 3) -> str:
    return "-".join(secrets.choice(words) for _ in range(count))
