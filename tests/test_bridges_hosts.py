"""Bridges on other hosts, for real: a main host and two bridge hosts in network
namespaces (192.0.2.0/24, nothing routes out), real prosody and nginx on the main host,
the configurator on every host, and on each bridge host a stand-in that does with the
generated jvb configuration what the Java bridge does with it (log in over STARTTLS,
verifying the pinned certificate; join the brewery; serve the colibri websocket port)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay.realservers import bridgehosts, testhosts
from jitsi_overlay.realservers.bridgehosts import Deployment
from jitsi_overlay.realservers.testroot import SEED_ROOT
from server_fixtures import require
from server_fixtures import scratch as scratch  # a fixture

pytestmark = [pytest.mark.slow, pytest.mark.servers]


@pytest.fixture(params=["hocon", "2020"])
def deployment(request: pytest.FixtureRequest, scratch: Path) -> Iterator[Deployment]:
    if why := testhosts.available():
        pytest.skip(why)
    require("prosody", "nginx")
    pytest.importorskip("pyhocon")
    with Deployment(scratch, request.param) as d:
        d.configure_main()
        yield d


def start_two(d: Deployment) -> dict[str, tuple[testhosts.Host, Path]]:
    hosts = {}
    for bridge_id in ("jvb2", "eu-1"):
        host, out = d.add_bridge(bridge_id)
        assert f"Join file for bridge {bridge_id}" in out
        hosts[bridge_id] = host
    d.start_main()
    out = {}
    for bridge_id, host in hosts.items():
        root = d.configure_bridge(bridge_id, host)
        d.start_standin(bridge_id, host, root)
        out[bridge_id] = (host, root)
    return out


def test_bridges_join_the_brewery_and_get_their_routes(deployment: Deployment) -> None:
    d = deployment
    bridges = start_two(d)
    # jicofo's account sees both bridges in the brewery, under their ids.
    assert d.brewery_occupants() == ["eu-1", "jvb2"]
    for bridge_id, (_, root) in bridges.items():
        join = d.joins[bridge_id]
        assert join.stat().st_mode & 0o777 == 0o600
        assert bridge_id in (root / "etc/jitsi/videobridge").joinpath(
            "jvb.conf" if d.generation == "hocon" else "sip-communicator.properties").read_text()
    if d.generation == "hocon":
        assert d.site_status("/colibri-ws/jvb2/conf1/ep1?pwd=x") == (200, "bridge jvb2\n")
        assert d.site_status("/colibri-ws/eu-1/conf1/ep1") == (200, "bridge eu-1\n")
        assert d.site_status("/colibri-relay-ws/eu-1/x") == (200, "bridge eu-1\n")
        # An id nobody registered: no route, and never a proxy to an address in the URL.
        assert d.site_status("/colibri-ws/192.0.2.3/x")[0] == 404
        assert d.site_status("/colibri-ws/zzz/x")[0] == 404
    else:
        # The 2020 bridge speaks no colibri websockets: the site has no such routes.
        assert "bridge" not in d.site_status("/colibri-ws/jvb2/x")[1]


def test_removed_bridge_loses_login_and_route(deployment: Deployment) -> None:
    d = deployment
    bridges = start_two(d)
    out = d.remove_bridge("eu-1")
    assert "Bridge eu-1 removed" in out
    d.start_main()  # the regenerated site and prosody files
    refused = d.bridge_login(*bridges["eu-1"])
    assert refused.returncode == 1 and "not-authorized" in refused.stderr
    assert d.bridge_login(*bridges["jvb2"]).returncode == 0
    assert not (d.generated.root / "etc/jitsi/bridges/eu-1.conf").exists()
    if d.generation == "hocon":
        assert d.site_status("/colibri-ws/eu-1/x")[0] == 404
        assert d.site_status("/colibri-ws/jvb2/x") == (200, "bridge jvb2\n")


def test_a_second_bridge_with_one_id_is_refused(deployment: Deployment) -> None:
    d = deployment
    d.add_bridge("jvb2")
    registered = sorted(p.name for p in (d.generated.root / "etc/jitsi/bridges").iterdir())
    proc = bridgehosts.configurator(
        "bridge", "--root", str(d.generated.root), "add", "jvb2", "--address", "192.0.2.99",
        "--join-file", str(d.scratch / "again.join"))
    assert proc.returncode == 1
    assert "bridge 'jvb2' is already registered" in proc.stderr
    assert not (d.scratch / "again.join").exists()
    assert sorted(p.name for p in (d.generated.root / "etc/jitsi/bridges").iterdir()) == \
        registered


def test_a_bridge_verifies_the_main_servers_pinned_certificate(deployment: Deployment) -> None:
    d = deployment
    host, _ = d.add_bridge("jvb2")
    d.start_main()
    root = d.configure_bridge("jvb2", host)
    assert d.bridge_login(host, root).returncode == 0
    # Another certificate in the pin's place: the login must fail on verification.
    pin = next((root / "usr/local/share/ca-certificates").glob("jitsi-auth.*.crt"))
    other = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", "/dev/null", "-days", "1", "-subj", "/CN=auth.meet.test",
         "-addext", "subjectAltName=DNS:auth.meet.test"], capture_output=True, text=True,
        check=True).stdout
    pin.write_text(other)
    failed = d.bridge_login(host, root)
    assert failed.returncode == 1 and "CERTIFICATE_VERIFY_FAILED" in failed.stderr


def test_a_main_server_without_bridges_stays_as_it_was(deployment: Deployment) -> None:
    d = deployment
    again = bridgehosts.configurator("--root", str(d.generated.root), "--batch")
    assert again.returncode == 0, again.stderr
    assert " * 0 file(s) written" in again.stdout
    assert not (d.generated.root / "etc/jitsi/bridges").exists()
    assert "5222/tcp (XMPP from the bridge hosts" not in again.stdout


def test_a_join_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    bad = tmp_path / "bad.join"
    bad.write_text('JMMC_JOIN_FORMAT="1"\nJVB_HOSTNAME="meet.test"\n$(touch /tmp/x)\n')
    proc = bridgehosts.configurator("--root", str(root), "--join", str(bad))
    assert proc.returncode == 1 and f"join file {bad}" in proc.stderr
    assert not (root / "etc").exists()
    assert SEED_ROOT.is_dir()
