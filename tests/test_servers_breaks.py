"""Break one shared secret, domain or port of the generated set; the run fails at the
step where the real components would (issue 6, "Done when").

The set is generated once by tools/configure.py (see test_servers_generated.py); each
case copies it, changes ONE value in ONE generated file (the pattern must match, so a
change in the generated files is noticed), applies the test-root changes, starts the
servers and runs the steps of ``jitsi_overlay.realservers.stack`` in order.  The first
failing step must be the expected one, and every step before it passes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jitsi_overlay.realservers import stack, steps, testroot
from jitsi_overlay.realservers.ports import free_port
from jitsi_overlay.realservers.supervisor import Supervisor
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
D = testroot.DOMAIN
HOST_CFG = f"etc/prosody/conf.d/{D}.cfg.lua"
SITE = f"etc/nginx/jitsi-meet/http.d/{D}.conf"
STREAM = "etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"
JICOFO = "etc/jitsi/jicofo/config"
JVB = "etc/jitsi/videobridge/sip-communicator.properties"
FOCUS_ACCOUNT = "var/lib/prosody/auth%2emeet%2etest/accounts/focus.dat"


@dataclass(frozen=True)
class Break:
    id: str
    file: str
    pattern: str  # group 1 is the value that gets replaced
    value: str  # "PORT" = a fresh free port; otherwise the new text
    step: str  # the step that must fail first
    le: bool = False

    def apply(self, root: Path) -> None:
        path = root / self.file
        text = path.read_text()
        m = re.search(self.pattern, text, re.M)
        assert m, f"{self.file}: {self.pattern!r} not found; the generated file changed"
        new = str(free_port()) if self.value == "PORT" else self.value
        assert new != m.group(1)
        path.write_text(text[:m.start(1)] + new + text[m.end(1):])


CASES = [
    # shared secrets
    Break("turn-secret-coturn", "etc/turnserver.conf", r"^static-auth-secret=(\S+)$",
          "wrong-secret", "TURN over UDP"),
    Break("turn-secret-prosody", HOST_CFG, r'^turncredentials_secret = "([^"]+)"',
          "wrong-secret", "TURN over UDP"),
    Break("focus-secret-jicofo", JICOFO, r"^JICOFO_SECRET='([^']+)'", "wrong",
          "focus component"),
    Break("focus-secret-prosody", HOST_CFG, r'component_secret = "([^"]+)"', "wrong",
          "focus component"),
    Break("focus-password-jicofo", JICOFO, r"^JICOFO_AUTH_PASSWORD='([^']+)'", "wrong",
          "focus login"),
    Break("focus-password-prosody", FOCUS_ACCOUNT, r'\["stored_key"\] = "([0-9a-f]+)"',
          "0" * 40, "focus login"),
    Break("jvb-password-jvb", JVB, r"\.shard\.PASSWORD=(\S+)$", "wrong", "jvb login"),
    # domains
    Break("auth-domain-jicofo", JICOFO, r"^JICOFO_AUTH_DOMAIN='([^']+)'", "auth.other.test",
          "focus login"),
    Break("auth-domain-jvb", JVB, r"\.shard\.DOMAIN=(\S+)$", "auth.other.test", "jvb login"),
    Break("domain-jicofo", JICOFO, r"^JICOFO_HOSTNAME='([^']+)'", "other.test",
          "focus component"),
    Break("domain-prosody-focus", HOST_CFG, r'^Component "(focus\.[^"]+)"', "focus.other.test",
          "focus component"),
    Break("domain-config-js", f"etc/jitsi/meet/{D}-config.js", r"^\s*domain: \"([^\"]+)\"",
          "other.test", "convener BOSH through nginx"),
    Break("domain-prosody-host", HOST_CFG, r'^VirtualHost "([^"]+)"\n\s+authentication = '
          r'"internal_hashed"\n\s+ssl = \{\n\s+key = "[^"]*/meet\.test\.key"', "other.test",
          "convener BOSH through nginx"),
    Break("domain-bosh-url", f"etc/jitsi/meet/{D}-config.js", r"^\s*bosh: \"//([^:/\"]+)",
          "other.test", "convener BOSH through nginx"),
    Break("realm-coturn", "etc/turnserver.conf", r"^realm=(\S+)$", "other.test",
          "TURN over UDP"),
    Break("turn-host-prosody", HOST_CFG, r'type = "turn", host = "([^"]+)"', "other.test",
          "TURN over UDP"),
    Break("muc-config-js", f"etc/jitsi/meet/{D}-config.js", r"^\s*muc: \"([^\"]+)\"",
          "conference.other.test", "convener BOSH through nginx"),
    Break("brewery-jicofo", "etc/jitsi/jicofo/sip-communicator.properties",
          r"^org\.jitsi\.jicofo\.BRIDGE_MUC=(\S+)$", "OtherBrewery@internal.auth.meet.test",
          "bridge joins jicofo's brewery"),
    Break("brewery-jvb", JVB, r"\.shard\.MUC_JIDS=(\S+)$",
          "OtherBrewery@internal.auth.meet.test", "bridge joins jicofo's brewery"),
    Break("internal-muc-prosody", HOST_CFG, r'^Component "(internal\.[^"]+)" "muc"',
          "internal.other.test", "bridge joins jicofo's brewery"),
    # ports
    Break("bosh-port-nginx", SITE, r"proxy_pass http://127\.0\.0\.1:(\d+)/http-bind;", "PORT",
          "convener BOSH through nginx"),
    Break("bosh-port-prosody", HOST_CFG, r"^http_ports = \{ (\d+) \}", "PORT",
          "convener BOSH through nginx"),
    Break("https-port-config-js", f"etc/jitsi/meet/{D}-config.js", r"bosh: \"//[^:]+:(\d+)/",
          "PORT", "convener BOSH through nginx"),
    Break("web-backend-port-stream", STREAM, r"upstream jitsi_meet_web \{\n\s+server "
          r"127\.0\.0\.1:(\d+);", "PORT", "convener BOSH through nginx"),
    Break("https-redirect-port-site", SITE, r"return 301 https://\$host:(\d+)\$request_uri;",
          "PORT", "web app through nginx"),
    Break("c2s-port-jvb", JVB, r"\.shard\.PORT=(\d+)$", "PORT", "jvb login"),
    Break("c2s-port-prosody", HOST_CFG, r"^c2s_ports = \{ (\d+) \}", "PORT", "jvb login"),
    Break("component-port-jicofo", JICOFO, r"^JICOFO_PORT='(\d+)'", "PORT", "focus component"),
    Break("component-port-prosody", HOST_CFG, r"^component_ports = \{ (\d+) \}", "PORT",
          "focus component"),
    Break("turn-port-coturn", "etc/turnserver.conf", r"^listening-port=(\d+)$", "PORT",
          "TURN over UDP"),
    Break("turn-port-prosody", HOST_CFG, r'type = "turn", host = "[^"]+", port = "(\d+)"',
          "PORT", "TURN over UDP"),
    Break("turns-port-coturn", "etc/turnserver.conf", r"^tls-listening-port=(\d+)$", "PORT",
          "TURN over TLS via the multiplexer"),
    Break("turns-upstream-stream", STREAM, r"upstream jitsi_meet_turn \{\n\s+server "
          r"127\.0\.0\.1:(\d+);", "PORT", "TURN over TLS via the multiplexer"),
    Break("turns-port-prosody", HOST_CFG, r'type = "turns", host = "[^"]+", port = "(\d+)"',
          "PORT", "TURN over TLS via the multiplexer"),
    # certificate paths (coturn starts anyway; only its log tells)
    Break("turn-cert-coturn", "etc/turnserver.conf", r"^cert=(\S+)$",
          "/etc/turnserver/certs/missing.crt", "server logs clean"),
    # Let's Encrypt paths
    Break("acme-webroot-certbot", "etc/jitsi/certbot/certbot.ini", r"^webroot-path = (\S+)$",
          "/usr/share/jitsi-meet", "certificate issuance", le=True),
    Break("cert-path-deploy-hook", "etc/jitsi/certbot/deploy-hook",
          r'"\$lineage/fullchain\.pem" (/etc/jitsi/meet/\S+\.crt)$', "/etc/jitsi/meet/other.crt",
          "deploy hook", le=True),
]


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> Iterator[stack.Stack]:
    require("prosody", "nginx", "coturn", "lua")
    with supervised_scratch(request) as (scratch, sup):
        st = stack.Stack(scratch, sup, testroot.Ports.allocate(), le=True)
        st.prepare_ca()
        st.generate(adapt=False)
        yield st


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_break_fails_at_the_right_step(generated: stack.Stack, case: Break) -> None:
    if case.le:
        require("pebble", "certbot")
    scratch = generated.scratch / case.id
    scratch.mkdir()
    with Supervisor(scratch / "logs") as sup:
        st = stack.Stack(scratch, sup, generated.ports, le=case.le)
        st.use_generated(generated, case.apply)
        st.start_all()
        failed = steps.first_failure(st, steps.STEPS + (steps.LE_STEPS if case.le else []))
        started = list(sup.servers)
    for server in started:  # stopped by handle and reaped although a step failed
        assert server.proc.returncode is not None, server.name
        with pytest.raises(ProcessLookupError):
            os.kill(server.pid, 0)
    assert failed is not None, f"{case.id}: every step passed with the broken value"
    name, error = failed
    assert name == case.step, f"{case.id}: failed at {name!r}, not {case.step!r}: {error}"
    # the message names a server (or tool) and a file, as every failure must
    assert re.search(r"^[\w -]+(\([^)]*\))?: .*(/tmp/\S+|see )", str(error)), str(error)
