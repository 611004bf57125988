#!/usr/bin/env python3
"""Benchmark of the demo configuration with real servers (issue 6).

Prints, per run and as medians:
* configurator wall time: ``tools/configure.py`` in batch mode with every callback of
  the checkout (a fresh process, as a user runs it);
* configured → answered: from the configurator's exit to the convener's BOSH login
  through nginx over TLS being answered: test-root changes, prosody + nginx + coturn
  started (each polled until it answers its protocol), then the login.
The seed promised about five seconds to start; the aim is under two.

    tools/benchmarks/bench_servers.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time

from jitsi_overlay.realservers import stack, steps, testroot
from jitsi_overlay.realservers.scratch import make_scratch
from jitsi_overlay.realservers.servers import missing
from jitsi_overlay.realservers.supervisor import Supervisor


def one_run() -> tuple[float, float, dict[str, float]]:
    scratch = make_scratch("jitsi-bench-")
    try:
        with Supervisor(scratch / "logs") as sup:
            ports = testroot.Ports.allocate()
            st = stack.Stack(scratch, sup, ports, domain="localhost",
                             answers=testroot.demo_answers(ports))
            configured = st.generate(adapt=False)
            t0 = time.monotonic()
            st.adaptation = testroot.adapt(st.root, st.domain)
            st.start_prosody()
            st.start_nginx()
            st.start_coturn()
            steps.step_convener_bosh(st)
            answered = time.monotonic() - t0
            ready = {s.name: s.ready_after or 0.0 for s in sup.servers}
        return configured.seconds, answered, ready
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    absent = missing("prosody", "nginx", "coturn", "lua")
    if absent:
        print(f"cannot benchmark: not installed: {', '.join(absent)}")
        return 1
    configs, answers = [], []
    for i in range(runs):
        c, a, ready = one_run()
        configs.append(c)
        answers.append(a)
        per = ", ".join(f"{k} ready {v * 1000:.0f} ms" for k, v in ready.items())
        print(f"run {i + 1}: configurator {c:.2f} s; configured -> BOSH login through nginx "
              f"answered {a:.2f} s ({per})", flush=True)
    print(f"median of {runs}: configurator wall time {statistics.median(configs):.2f} s "
          f"(min {min(configs):.2f}, max {max(configs):.2f}); configured -> BOSH login "
          f"answered {statistics.median(answers):.2f} s (min {min(answers):.2f}, "
          f"max {max(answers):.2f}); target < 2 s, seed promised ~5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
