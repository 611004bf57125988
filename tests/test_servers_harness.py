"""Harness self-tests: the launchers, probes and failure messages against real servers.

The configs here come from ``jitsi_overlay.realservers.selftest_configs``, a minimal
generator kept with the harness.  They prove the harness, NOT the configurator; the
configurator's own output is exercised in test_servers_generated.py.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
import server_fixtures as fixtures
from jitsi_overlay import serverversions
from jitsi_overlay.realservers import hocon, selftest_configs, servers, testroot, turn, web, xmpp
from jitsi_overlay.realservers.pki import make_leaf
from jitsi_overlay.realservers.supervisor import ServerFailure, Supervisor
from server_fixtures import require

pytestmark = [pytest.mark.servers, pytest.mark.slow]
DOMAIN = selftest_configs.DOMAIN
scratch = fixtures.scratch
supervisor = fixtures.supervisor


def _start_prosody(sup: Supervisor, s: selftest_configs.SelfTestSet) -> servers.Server:
    return servers.start_prosody(sup, s.prosody_cfg, domain=DOMAIN, bosh_port=s.ports["bosh"],
                                 log=s.prosody_log)


def test_supervisor_names_log_line_when_a_server_dies(supervisor: Supervisor,
                                                      scratch: Path) -> None:
    log = scratch / "own.log"
    argv = ["sh", "-c", f"echo starting > {log}; echo 'fatal: port taken' >> {log}; exit 3"]
    with pytest.raises(ServerFailure) as exc:
        supervisor.start("fake", argv, ready=lambda: False, logs=[log], timeout=5)
    assert re.search(rf"^fake: exited before it answered \(exit status 3\); see {log}:2: "
                     r"fatal: port taken$", str(exc.value)), exc.value


def test_supervisor_stops_by_handle_with_kill_fallback(supervisor: Supervisor) -> None:
    server = supervisor.start("stubborn", ["sh", "-c", "trap '' TERM; echo up; sleep 60"],
                              ready=lambda: server_said_up(supervisor))
    t0 = time.monotonic()
    assert server.stop(timeout=0.5) == -9  # TERM ignored, so KILL, then reaped
    assert time.monotonic() - t0 < 5 and server.proc.returncode == -9


def server_said_up(sup: Supervisor) -> bool:
    return (sup.log_dir / "stubborn.out").read_text().strip() == "up"


def test_prosody_bosh_c2s_and_component(supervisor: Supervisor, scratch: Path) -> None:
    require("prosody")
    s = selftest_configs.build(scratch)
    prosody = _start_prosody(supervisor, s)
    for user, host, password in (("alice", DOMAIN, "alice-pw"), ("focus", f"auth.{DOMAIN}", "f")):
        rc = servers.prosodyctl(s.prosody_cfg, "register", user, host, password)
        assert rc.returncode == 0, rc.stderr
    with prosody.blame("BOSH login"):
        login = xmpp.bosh_login(s.ports["bosh"], DOMAIN, "alice", "alice-pw", tls=False)
    assert login.jid.startswith(f"alice@{DOMAIN}/")
    with prosody.blame("c2s login"):
        login = xmpp.c2s_login(s.ports["c2s"], f"auth.{DOMAIN}", "focus", "f", cafile=s.ca.cert)
    assert login.jid.startswith(f"focus@auth.{DOMAIN}/")
    with prosody.blame("component handshake"):
        xmpp.component_handshake(s.ports["component"], f"focus.{DOMAIN}", s.focus_secret)
    with pytest.raises(xmpp.XmppError, match="not-authorized"):
        xmpp.component_handshake(s.ports["component"], f"focus.{DOMAIN}", "wrong")
    with pytest.raises(xmpp.XmppError, match="not-authorized"):
        xmpp.c2s_login(s.ports["c2s"], f"auth.{DOMAIN}", "focus", "wrong", cafile=s.ca.cert)
    wrong = r"^prosody: BOSH login failed: .*; see .*prosody\.log:\d+"
    with pytest.raises(ServerFailure, match=wrong), prosody.blame("BOSH login"):
        xmpp.bosh_login(s.ports["bosh"], DOMAIN, "alice", "wrong", tls=False)
    prosody.assert_no_log_errors(servers.PROSODY_LOG_ERRORS)
    assert supervisor.stop(prosody) == 0


def test_prosody_failure_names_its_log_line(supervisor: Supervisor, scratch: Path) -> None:
    require("prosody")
    s = selftest_configs.build(scratch)
    text = s.prosody_cfg.read_text().replace('"ping" }', '"ping"; "no_such_mod" }')
    s.prosody_cfg.write_text(text)
    prosody = _start_prosody(supervisor, s)
    with pytest.raises(ServerFailure) as exc:
        prosody.assert_no_log_errors(servers.PROSODY_LOG_ERRORS)
    expected = rf"^prosody: logged an error( \(and \d+ more\))?; see {s.prosody_log}:\d+: "
    assert re.search(expected + ".*no_such_mod", str(exc.value)), exc.value


def test_nginx_tls_bosh_and_turn_mux(supervisor: Supervisor, scratch: Path) -> None:
    require("prosody", "nginx", "coturn")
    s = selftest_configs.build(scratch)
    _start_prosody(supervisor, s)
    servers.prosodyctl(s.prosody_cfg, "register", "alice", DOMAIN, "alice-pw")
    test = servers.nginx_test(s.nginx_prefix, s.nginx_conf)
    assert test.returncode == 0, test.stderr
    nginx = servers.start_nginx(supervisor, s.nginx_prefix, s.nginx_conf,
                                ready_port=s.ports["http"], host=DOMAIN,
                                error_log=s.nginx_prefix / "error.log")
    coturn = servers.start_coturn(supervisor, s.coturn_conf, stun_port=s.ports["turn"],
                                  log=s.coturn_log)
    redirect = web.request(s.ports["http"], "/x", host=DOMAIN, tls=False)
    assert redirect.status == 301
    with nginx.blame("BOSH login through the 443 multiplexer"):
        login = xmpp.bosh_login(s.ports["https"], DOMAIN, "alice", "alice-pw", tls=True,
                                cafile=s.ca.cert)
    assert login.jid.startswith(f"alice@{DOMAIN}/")
    with coturn.blame("TURN allocation"):
        udp = turn.turn_allocate(s.ports["turn"], s.turn_secret, "udp")
        tls = turn.turn_allocate(s.ports["https"], s.turn_secret, "tls", sni=DOMAIN,
                                 cafile=s.ca.cert)
    lo, hi = s.relay
    assert udp[0] == tls[0] == "127.0.0.1" and lo <= udp[1] <= hi and lo <= tls[1] <= hi
    with pytest.raises(turn.TurnError) as exc:
        turn.turn_allocate(s.ports["turn"], "wrong-secret", "udp")
    assert exc.value.code == 401
    with pytest.raises(turn.TurnError) as exc:
        turn.turn_allocate(s.ports["https"], "wrong-secret", "tls", sni=DOMAIN, cafile=s.ca.cert)
    assert exc.value.code == 401
    coturn.assert_no_log_errors(servers.COTURN_LOG_ERRORS)


def test_certbot_webroot_issue_deploy_and_renew(supervisor: Supervisor, scratch: Path) -> None:
    require("nginx", "pebble", "certbot")
    from jitsi_overlay.realservers.acme import Certbot

    s = selftest_configs.build(scratch)
    nginx = servers.start_nginx(supervisor, s.nginx_prefix, s.nginx_conf,
                                ready_port=s.ports["http"], host=DOMAIN,
                                error_log=s.nginx_prefix / "error.log")
    listener = make_leaf(s.ca, scratch / "pki", "pebble", ["localhost"], ["127.0.0.1"])
    pebble = servers.start_pebble(supervisor, scratch, listener, s.ca, http_port=s.ports["http"])
    hook = scratch / "deploy-hook.sh"
    hook.write_text(f'#!/bin/sh\ncp "$RENEWED_LINEAGE/fullchain.pem" {s.web.cert}\n'
                    f'cp "$RENEWED_LINEAGE/privkey.pem" {s.web.key}\nkill -HUP {nginx.pid}\n')
    hook.chmod(0o755)
    certbot = Certbot(scratch / "le", pebble)
    out = certbot.certonly_webroot(s.webroot, [DOMAIN], cert_name=DOMAIN, deploy_hook=hook)
    assert "Successfully received certificate" in out
    root = pebble.root_pem()
    deadline = time.monotonic() + 5
    while True:  # HUP is asynchronous: wait until nginx serves the new chain
        served = web.peer_certificate(s.ports["web"], DOMAIN)
        if served == _der(certbot.live(DOMAIN) / "cert.pem") or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert served == _der(certbot.live(DOMAIN) / "cert.pem")
    (scratch / "pebble-root.pem").write_text(root)
    out = certbot.renew("--dry-run")
    assert "simulated renewal succeeded" in out.lower() or "succeeded" in out, out


def _der(pem: Path) -> bytes:
    import ssl

    return ssl.PEM_cert_to_DER_cert(pem.read_text())


def test_hocon_parser_reports_file_and_line(scratch: Path) -> None:
    require("java")
    good = scratch / "jvb.conf"
    good.write_text('videobridge { apis.xmpp-client.configs.shard { DOMAIN = "auth.test" } }\n')
    parsed = hocon.parse(good)
    assert parsed.leaves["videobridge.apis.xmpp-client.configs.shard.DOMAIN"] == '"auth.test"'
    bad = scratch / "bad.conf"
    bad.write_text("a {\n  b = \n}\n")
    with pytest.raises(hocon.HoconError, match=rf"{bad}: 3: "):
        hocon.parse(bad)


def test_a_server_that_names_no_version_stops_the_seed(tmp_path: Path, monkeypatch) -> None:
    """A broken prosodyctl first on PATH must not leave prosody silently out of the
    scratch root's vdb (the configurator would then not configure it)."""
    fake = tmp_path / "bin" / "prosodyctl"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'lua: cannot open prosody.cfg.lua' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    with pytest.raises(serverversions.ServerVersionError, match=f"{fake}: no version"):
        testroot.seed(tmp_path / "root")
    assert not (tmp_path / "root/var/db/pkg").exists()
