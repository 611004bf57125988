"""The README's main job (``./dev demo``): configure a scratch root, then prove it runs.

Runs the configurator (tools/configure.py) in batch mode with its built-in ``localhost``
defaults into a scratch root seeded from the harness's Gentoo-like root
(jitsi_overlay/realservers/gentoo-root), prints where it wrote, then starts whichever
real servers are installed (prosody, nginx, coturn) on free loopback ports, logs in over
BOSH through nginx, allocates a TURN relay, and stops them again.  Servers that are not
installed are skipped, and the demo says so.  Exit status: 0 when every check that could
run passed, 1 otherwise.

    jitsi-overlay-demo [--keep]        (or tools/demo.py [--keep] in a checkout)
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Sequence

from ..cli import invoked_as
from ..realservers import stack, steps, testroot
from ..realservers.scratch import make_scratch
from ..realservers.servers import missing
from ..realservers.supervisor import Supervisor

# Which steps need which servers (prosody is needed by all of them).
NEEDS: dict[str, tuple[str, ...]] = {
    "server logs clean": ("prosody",),
    "focus login": ("prosody",),
    "jvb login": ("prosody",),
    "focus component": ("prosody",),
    "bridge joins jicofo's brewery": ("prosody",),
    "convener BOSH through nginx": ("prosody", "nginx"),
    "web app through nginx": ("nginx",),
    "TURN over UDP": ("prosody", "coturn"),
    "TURN over TLS via the multiplexer": ("prosody", "nginx", "coturn"),
    "wrong TURN secret refused": ("prosody", "nginx", "coturn"),
}


def say(text: str) -> None:
    print(text, flush=True)


def run(keep: bool) -> int:
    scratch = make_scratch("jitsi-demo-")
    ok = False
    with Supervisor(scratch / "logs") as sup:
        ports = testroot.Ports.allocate()
        st = stack.Stack(scratch, sup, ports, domain="localhost",
                         answers=testroot.demo_answers(ports))
        say(f">>> Configuring a scratch root with built-in defaults: {st.root}")
        try:
            configured = st.generate(adapt=False)
        except testroot.AdaptError as e:
            say(f"!!! FAILED: the configurator did not run: {e}")
            return 1
        say(configured.stdout.rstrip())
        say(f">>> The configurator wrote under {st.root} in {configured.seconds:.2f} s; "
            "its own files are left as written.")
        ok = check(st)
    if ok and not keep:
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        say(f">>> Scratch directory kept: {scratch}")
    return 0 if ok else 1


def check(st: stack.Stack) -> bool:
    if missing("lua"):
        say(f">>> Skipping every server check: not installed: {', '.join(missing('lua'))}")
        return True
    absent = {s: missing(s) for s in ("prosody", "nginx", "coturn")}
    for server, what in absent.items():
        if what:
            say(f">>> Skipping {server} checks: not installed: {', '.join(what)}")
    if absent["prosody"]:
        return True
    st.adaptation = testroot.adapt(st.root, st.domain)
    say(">>> Test-root changes (paths into the scratch root, test-only settings):")
    for note in st.adaptation.notes:
        say(f"    {note}")
    try:
        t0 = time.monotonic()
        st.start_prosody()
        if not absent["nginx"]:
            st.start_nginx()
        if not absent["coturn"]:
            st.start_coturn()
        say(f">>> Started {', '.join(s.name for s in st.sup.servers)} on loopback in "
            f"{time.monotonic() - t0:.2f} s")
        for name, step in steps.STEPS:
            needs = NEEDS.get(name, ("prosody", "nginx", "coturn"))
            if any(absent[s] for s in needs):
                say(f"    skipped  {name} (needs {', '.join(needs)})")
                continue
            t1 = time.monotonic()
            step(st)
            say(f"    ok       {name} ({(time.monotonic() - t1) * 1000:.0f} ms)")
    except Exception as e:
        say(f"!!! FAILED: {e}" if isinstance(e, AssertionError) else f"!!! FAILED: {e!r}")
        return False
    finally:
        st.sup.stop_all()
        say(">>> Every server stopped by its process handle.")
    say(">>> Demo passed: the generated configuration works with the real servers.")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``jitsi-overlay-demo``."""
    ap = argparse.ArgumentParser(prog=invoked_as("demo"), description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory")
    return run(ap.parse_args(argv).keep)
