"""Hash a file once for several algorithms, one thread per algorithm.

hashlib releases the GIL for large updates, so the digests run in parallel while the
main thread reads the next block.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BLOCK = 1 << 20
MANIFEST_ALGOS = ("blake2b", "sha512")


def hash_file(path: Path, algos: tuple[str, ...] = MANIFEST_ALGOS) -> dict[str, str]:
    """Hex digests of ``path`` for each name in ``algos``, reading the file once."""
    hashers = [hashlib.new(a) for a in algos]
    with ThreadPoolExecutor(max_workers=len(hashers)) as pool, path.open("rb") as fh:
        pending: list = []
        buf = bytearray(BLOCK)
        spare = bytearray(BLOCK)
        while True:
            n = fh.readinto(buf)
            for fut in pending:  # previous block done before its buffer is reused
                fut.result()
            if not n:
                break
            view = memoryview(buf)[:n]
            pending = [pool.submit(h.update, view) for h in hashers]
            buf, spare = spare, buf
    return {a: h.hexdigest() for a, h in zip(algos, hashers, strict=True)}
