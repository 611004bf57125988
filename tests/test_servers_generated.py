"""The configurator's own output, run with real servers (issue 6).

One configuration set is generated ONLY by ``tools/configure.py`` (batch mode, answers
for ``meet.test`` with every port key moved to a free loopback port, Let's Encrypt
pointed at a local pebble) into a scratch root seeded from the harness's seed root.
``jitsi_overlay.realservers.testroot.adapt`` then applies the test-root changes, and only
those (``test_only_test_root_changes``); then prosody, nginx, coturn and pebble run from
it and every step of ``jitsi_overlay.realservers.stack`` is a test below, in order.

Left out of prosody, because they are Jitsi's own plugins and cannot load here:
modules speakerstats, turncredentials (Jitsi's fork; Debian's community module of that
name reads other options), conference_duration, muc_meeting_id, muc_domain_mapper, and
the components speakerstats_component and conference_duration_component.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

import pytest
from jitsi_overlay.realservers import hocon, reference, servers, stack, steps, testroot
from jitsi_overlay.realservers.servers import missing
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
NEEDED = ("prosody", "nginx", "coturn", "pebble", "certbot", "lua")


@pytest.fixture(scope="module")
def st(request: pytest.FixtureRequest) -> Iterator[stack.Stack]:
    require(*NEEDED)
    with supervised_scratch(request) as (scratch, sup):
        s = stack.Stack(scratch, sup, testroot.Ports.allocate(), le=True)
        s.prepare_ca()
        s.generate()
        s.start_all()
        yield s


def test_only_test_root_changes(st: stack.Stack) -> None:
    """Nothing but paths, test-only globals and the Jitsi-only modules was changed."""
    assert st.adaptation is not None
    assert sorted(st.adaptation.left_out) == sorted(
        [f"module {m}" for m in testroot.JITSI_ONLY_MODULES]
        + [f"component {c}" for c in testroot.JITSI_ONLY_COMPONENTS])
    allowed = re.compile(r"absolute path|data_path|load_module|nobody|example vhost|Jitsi-only"
                         r"|pidfile, userdb|owned by prosody|ACME webroot")
    assert [n for n in st.adaptation.notes if not allowed.search(n)] == []


def test_prosodyctl_checks_config_and_our_certificates(st: stack.Stack) -> None:
    """prosodyctl's own checks; `check certs` may only complain about the fixture's
    own VirtualHost "localhost", which has no certificate and is not ours."""
    cfg = st.path("etc/prosody/prosody.cfg.lua")
    checked = servers.prosodyctl(cfg, "check", "config")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    certs = servers.prosodyctl(cfg, "check", "certs").stdout
    blocks = re.split(r"^Checking certificate for ", certs, flags=re.M)[1:]
    ours = {b.split("\n", 1)[0]: b for b in blocks if b.split("\n", 1)[0].endswith(st.domain)}
    assert len(ours) >= 6, certs  # D, guest., auth., conference., internal.auth., focus.
    for host, block in ours.items():
        assert "Certificate:" in block and not re.search(r"No 'certificate'|Failed|expire",
                                                         block), (host, block)


@pytest.mark.parametrize("name", [n for n, _ in steps.STEPS + steps.LE_STEPS])
def test_step(st: stack.Stack, name: str) -> None:
    step = dict(steps.STEPS + steps.LE_STEPS)[name]
    step(st)


def test_relay_announces_the_external_address(st: stack.Stack) -> None:
    # JVB_EXTERNAL_IP becomes coturn's external-ip: clients get it as the relay address.
    assert st.facts["relayed_udp"][0] == testroot.PUBLIC_IP  # type: ignore[index]


@pytest.mark.skipif(bool(missing("java")), reason=f"not installed: {missing('java')}")
def test_jicofo_and_jvb_properties_parse_and_keys_exist_upstream(st: stack.Stack) -> None:
    """typesafe-config parses both properties files; every key maps to upstream's
    reference (4548 jvb reference.conf; jicofo had none at 4548, so its current one)."""
    jvb = st.path("etc/jitsi/videobridge/sip-communicator.properties")
    jicofo = st.path("etc/jitsi/jicofo/sip-communicator.properties")
    parsed = hocon.parse_files(jvb, jicofo)
    plain, documented = reference.load_keys("4548", "jvb")
    jvb_report = reference.check_keys(parsed[jvb].leaves, plain, documented,
                                      reference.LEGACY_JVB)
    plain, documented = reference.load_keys("11146", "jicofo")
    jicofo_report = reference.check_keys(parsed[jicofo].leaves, plain, documented,
                                         reference.LEGACY_JICOFO)
    assert jvb_report.missing == [] and jicofo_report.missing == [], (
        jvb_report.missing, jicofo_report.missing)
    assert jvb_report.found and jicofo_report.found
    # only ice4j's own keys lack a reference here (its reference.conf is not in the data)
    assert all(k.startswith("org.ice4j.") for k in jvb_report.unmappable)


@pytest.mark.skipif(bool(missing("java")) or not reference.REFERENCE_DIR.is_dir(),
                    reason="needs java and the upstream reference files")
def test_reference_key_list_is_current() -> None:
    """The committed key names equal what the parser reads from upstream's files."""
    committed = json.loads(reference.KEY_LIST.read_text())
    for release, component in reference.SETS:
        assert committed[f"{release}/{component}"] == reference.extract(release, component), (
            f"{reference.KEY_LIST} is stale for {release}/{component}: run "
            "jitsi_overlay.realservers.reference.write_key_list()")


def test_every_server_stops_by_its_handle(st: stack.Stack) -> None:
    started = list(st.sup.servers)
    assert {s.name for s in started} >= {"prosody", "nginx", "coturn", "pebble"}
    st.sup.stop_all()
    for server in started:
        assert server.proc.returncode is not None, server.name
        with pytest.raises(ProcessLookupError):  # reaped, not a zombie
            os.kill(server.pid, 0)
