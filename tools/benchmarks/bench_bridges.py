#!/usr/bin/env python3
"""Benchmark of bridges on other hosts: 1, 5 and 20 bridge hosts joining one main server.

For each count, on network-namespace test hosts (needs root and iproute2, prosody, nginx):
* register: wall time of ``jitsi-meet-master-config bridge add`` per bridge (it writes the
  account, the route and the join file, regenerating every component in one run);
* seen: from starting a bridge host's stand-in (which logs in over TLS with the generated
  credentials and joins the brewery) until jicofo's account sees it in the brewery;
* the main prosody's resident memory once every bridge sits in the brewery.

Prints a table (medians, and the maximum for the per-bridge figures).

    tools/benchmarks/bench_bridges.py [--counts 1,5,20] [--generation hocon|2020]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

from jitsi_overlay.realservers import testhosts
from jitsi_overlay.realservers.bridgehosts import Deployment
from jitsi_overlay.realservers.scratch import make_scratch
from jitsi_overlay.realservers.servers import missing


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def prosody_pid(d: Deployment) -> int:
    """prosody's own pid (the supervised process is setpriv, which execs it)."""
    assert d.running is not None and d.running.prosody is not None
    return d.running.prosody.pid


def one_count(count: int, generation: str) -> dict[str, float]:
    scratch = make_scratch("jitsi-bench-bridges-")
    try:
        with Deployment(scratch, generation) as d:
            d.configure_main()
            ids = [f"jvb{n}" for n in range(1, count + 1)]
            register, hosts = [], {}
            for bridge_id in ids:
                t0 = time.monotonic()
                hosts[bridge_id], _ = d.add_bridge(bridge_id)
                register.append(time.monotonic() - t0)
            d.start_main()
            before = rss_mib(prosody_pid(d))
            roots = {b: d.configure_bridge(b, hosts[b]) for b in ids}
            seen = []
            for bridge_id in ids:
                t0 = time.monotonic()
                d.start_standin(bridge_id, hosts[bridge_id], roots[bridge_id])
                while bridge_id not in d.brewery_occupants():
                    if time.monotonic() - t0 > 30:
                        raise SystemExit(f"bridge {bridge_id} not seen in the brewery in 30 s")
                seen.append(time.monotonic() - t0)
            assert d.brewery_occupants() == sorted(ids)
            after = rss_mib(prosody_pid(d))
            return {"register": statistics.median(register), "register max": max(register),
                    "seen": statistics.median(seen), "seen max": max(seen),
                    "prosody MiB (no bridges)": before, "prosody MiB (all in)": after}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", default="1,5,20")
    ap.add_argument("--generation", choices=("hocon", "2020"), default="hocon")
    args = ap.parse_args()
    if why := testhosts.available():
        sys.exit(f"bench_bridges: {why}")
    if absent := missing("prosody", "nginx"):
        sys.exit(f"bench_bridges: missing {', '.join(absent)}: run ./dev setup as root")
    rows = []
    for count in (int(c) for c in args.counts.split(",")):
        rows.append((count, one_count(count, args.generation)))
    heads = list(rows[0][1])
    print(f"bridges  {'  '.join(f'{h:>24}' for h in heads)}")
    for count, figures in rows:
        cells = "  ".join(f"{figures[h]:>22.2f}{' s' if 'MiB' not in h else '  '}"
                          for h in heads)
        print(f"{count:>7}  {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
