#!/usr/bin/env python3
"""Bump wall time and hashing throughput on the same generated distfiles.

Builds a signed loopback archive whose jicofo, videobridge and web .debs each carry
SIZE MiB of random data (default 3 × 50 MiB, stored uncompressed), then prints the median of
RUNS runs for:

  * hashlib, one pass, BLAKE2B+SHA512 in one thread (the plain loop, the physical limit),
  * jitsi_overlay.bump.hashing.hash_file (one thread per algorithm),
  * the fetch verification pass (SHA256+BLAKE2B+SHA512, what a bump does per distfile),
  * pkgdev manifest -f on the bumped packages (process start included),
  * tools/bump.py end to end: cold (download+verify+hash+render+commit) and warm (cache).

  tools/benchmarks/bench_bump.py [--size MiB] [--runs N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jitsi_overlay.bump.gitops import init_committed
from jitsi_overlay.bump.hashing import hash_file
from jitsi_overlay.checkout import CHECKOUT
from jitsi_overlay.gentoo.pkgcore_config import write_pkgcore_config
from jitsi_overlay.loopback_archive import ArchiveServer, FlatRepo, GpgKey

BIG = ("jitsi-videobridge2", "jicofo", "jitsi-meet-web")
PKGS = ("jicofo", "jitsi-meet-prosody", "jitsi-meet-turnserver", "jitsi-meet-web",
        "jitsi-meet-web-config", "jitsi-videobridge")


def plain_loop(paths: list[Path]) -> None:
    buf = bytearray(1 << 20)
    for p in paths:
        b, s = hashlib.blake2b(), hashlib.sha512()
        with p.open("rb") as fh:
            while n := fh.readinto(buf):
                view = memoryview(buf)[:n]
                b.update(view)
                s.update(view)
        b.hexdigest(), s.hexdigest()


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def make_clone(work: Path) -> Path:
    clone = work / "clone"
    for name in ("profiles", "metadata", "eclass", "licenses"):
        if (CHECKOUT / name).is_dir():
            shutil.copytree(CHECKOUT / name, clone / name)
    (clone / "net-im").mkdir(parents=True)
    for pn in (*PKGS, "jitsi-meet-server"):
        if (CHECKOUT / "net-im" / pn / "files").is_dir():
            shutil.copytree(CHECKOUT / "net-im" / pn / "files", clone / "net-im" / pn / "files")
    init_committed(clone, "base", user="bench", email="bench@bench.invalid")
    return clone


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=50, help="MiB of random data per big .deb")
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-bump-") as tmp:
        work = Path(tmp)
        key = GpgKey.generate(work / "gnupg")
        repo = FlatRepo(work / "archive", key)
        extra = {p: {f"usr/share/{p}/blob.bin": os.urandom(args.size << 20)} for p in BIG}
        repo.add_release(11146, extra=extra, compression="none")
        repo.publish()
        keyring = key.keyring(work / "keyring.gpg")
        debs = sorted(repo.suite_dir.glob("*.deb"))
        total = sum(p.stat().st_size for p in debs if not p.name.startswith("jitsi-meet_"))
        mb = total / 1e6
        print(f"distfiles: {len(debs) - 1} .debs, {mb:.1f} MB "
              f"({len(BIG)} × {args.size} MiB random + small ones); median of {args.runs} runs")

        comp = [p for p in debs if not p.name.startswith("jitsi-meet_")]
        for p in comp:  # warm the page cache, as the reference measurements did
            p.read_bytes()
        rows = []
        t = median_time(lambda: plain_loop(comp), args.runs)
        rows.append(("hashlib one pass BLAKE2B+SHA512 (plain loop)", t))
        t = median_time(lambda: [hash_file(p) for p in comp], args.runs)
        rows.append(("bump hash_file BLAKE2B+SHA512 (thread per algo)", t))
        t = median_time(lambda: [hash_file(p, ("sha256", "blake2b", "sha512")) for p in comp],
                        args.runs)
        rows.append(("bump verify pass SHA256+BLAKE2B+SHA512", t))

        with ArchiveServer(repo.root) as srv:
            def bump_once(clone: Path, dist: Path) -> None:
                subprocess.run(
                    [sys.executable, str(CHECKOUT / "tools/bump.py"), "--repo", str(clone),
                     "--archive", srv.url, "--keyring", str(keyring), "--distdir", str(dist),
                     "--keep", "0", "--templates", str(CHECKOUT / "tools/templates"), "11146"],
                    check=True, capture_output=True)

            cold, warm = [], []
            for i in range(args.runs):
                clone, dist = make_clone(work / f"c{i}"), work / f"dist{i}"
                t0 = time.perf_counter()
                bump_once(clone, dist)
                cold.append(time.perf_counter() - t0)
                clone2 = make_clone(work / f"w{i}")
                t0 = time.perf_counter()
                bump_once(clone2, dist)  # distfiles cached: verify + hash only
                warm.append(time.perf_counter() - t0)
            rows.append(("tools/bump.py cold (download+verify+hash+render+commit)",
                         statistics.median(cold)))
            rows.append(("tools/bump.py warm (cached distfiles)", statistics.median(warm)))

        pkgdev = Path(sys.executable).with_name("pkgdev")
        config = write_pkgcore_config(
            work / "pkgcore", {"gentoo": CHECKOUT / "tests/fixtures/gentoo", "jitsi": clone},
            distdir=dist)
        targets = [f"net-im/{pn}" for pn in PKGS]
        ours = {pn: (clone / f"net-im/{pn}/Manifest").read_bytes() for pn in PKGS}
        t = median_time(lambda: subprocess.run(
            [str(pkgdev), "--config", str(config), "manifest", "-f", "-d", str(dist), *targets],
            cwd=clone, check=True, capture_output=True), args.runs)
        rows.append(("pkgdev manifest -f (process start included)", t))
        same = all((clone / f"net-im/{pn}/Manifest").read_bytes() == ours[pn] for pn in PKGS)

    width = max(len(r[0]) for r in rows)
    for name, secs in rows:
        print(f"{name:<{width}}  {secs:7.3f} s  {mb / secs:8.1f} MB/s")
    limit = rows[0][1]
    print(f"hash_file vs plain loop: {limit / rows[1][1]:.2f}× the one-pass rate; "
          f"pkgdev Manifests identical to bump's: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
