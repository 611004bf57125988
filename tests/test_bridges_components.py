"""What the components write for bridges on other hosts, on the main server and on a
bridge host, read back with the real parsers (typesafe-config's HOCON through pyhocon,
nginx -t through the validators, prosody's SCRAM account files)."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_configurator.api import Command, Port, Remove, self_signed
from jitsi_configurator.bridges import Bridge
from test_callbacks_harness import (
    CURRENT,
    INSTALLED,
    apply,
    changed,
    fresh_root,
    render,
    text,
    values,
)

pyhocon = pytest.importorskip("pyhocon")


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()

MAIN = {"JVB_HOSTNAME": "meet.example.org", "JVB_EXTERNAL_IP": "198.51.100.20",
        "JVB_INTERNAL_IP": "192.0.2.1"}
TWO = (Bridge("jvb2", "192.0.2.2", password="bridgeTwoSecret22"),
       Bridge("eu-1", "192.0.2.3", 10001, 9091, password="bridgeThreeSecret3"))
SITE = "/etc/nginx/jitsi-meet/http.d/meet.example.org.conf"
ACCOUNTS = "/var/lib/prosody/auth%2emeet%2eexample%2eorg/accounts"


def hocon(root: Path, path: str):
    return pyhocon.ConfigFactory.parse_string(text(root, path))


def locations(site: str) -> dict[str, str]:
    """nginx location prefix -> its proxy_pass or return line."""
    return {m[1]: m[2].strip() for m in re.finditer(
        r"location \^~ (/[^\s]+) \{\s*(proxy_pass [^;]+|return \d+)", site)}


def test_main_server_routes_each_bridge_and_refuses_other_ids(root: Path) -> None:
    apply(root, values(**MAIN), installed=CURRENT, bridges=TWO)
    site = text(root, SITE)
    routes = locations(site)
    assert routes["/colibri-ws/jvb2/"] == "proxy_pass http://192.0.2.2:9090"
    assert routes["/colibri-ws/eu-1/"] == "proxy_pass http://192.0.2.3:9091"
    assert routes["/colibri-relay-ws/eu-1/"] == "proxy_pass http://192.0.2.3:9091"
    assert routes["/colibri-ws/"] == "return 404"
    # Never a route whose upstream comes from the request (an open proxy).
    assert not re.search(r"proxy_pass\s+\S*\$", site.split("location = /http-bind")[0]
                         + site.split("location = /xmpp-websocket")[1].split("}")[1])


def test_main_server_accounts_relays_and_firewall_advice(root: Path) -> None:
    plan = apply(root, values(**MAIN), installed=CURRENT, bridges=TWO)
    for b in TWO:
        account = text(root, f"{ACCOUNTS}/jvb%2d{b.id.replace('-', '%2d')}.dat")
        assert '["stored_key"]' in account
    jicofo = hocon(root, "/etc/jitsi/jicofo/jicofo.conf")
    assert jicofo.get_bool("jicofo.octo.enabled") is True
    assert jicofo.get_string("jicofo.bridge.selection-strategy") == \
        "RegionBasedBridgeSelectionStrategy"
    local = hocon(root, "/etc/jitsi/videobridge/jvb.conf")
    assert local.get_bool("videobridge.relay.enabled") is True
    ports = {(p.number, p.proto): p.purpose for p in plan.ports}
    assert "192.0.2.2, 192.0.2.3" in ports[(5222, "tcp")]
    assert (10001, "udp") in ports


def test_single_box_keeps_no_relays_and_no_routes(root: Path) -> None:
    apply(root, values(**MAIN), installed=CURRENT)
    assert "colibri" not in text(root, SITE)
    assert "octo" not in hocon(root, "/etc/jitsi/jicofo/jicofo.conf").get_config("jicofo")
    assert "relay" not in hocon(root, "/etc/jitsi/videobridge/jvb.conf").get_config(
        "videobridge")


def test_removing_a_bridge_revokes_its_account_and_route(root: Path) -> None:
    apply(root, values(**MAIN), installed=CURRENT, bridges=TWO)
    plan = apply(root, values(**MAIN), previous=values(**MAIN), installed=CURRENT,
                 bridges=TWO[:1])
    removed = [a.path for a in changed(plan) if isinstance(a, Remove)]
    assert f"{ACCOUNTS}/jvb%2deu%2d1.dat" in removed
    assert not (root / ACCOUNTS.lstrip("/") / "jvb%2deu%2d1.dat").exists()
    assert (root / ACCOUNTS.lstrip("/") / "jvb%2djvb2.dat").exists()
    assert "/colibri-ws/eu-1/" not in locations(text(root, SITE))


def test_2020_generation_gets_accounts_but_no_websocket_routes(root: Path) -> None:
    apply(root, values(**MAIN), installed=INSTALLED, bridges=TWO)
    assert (root / ACCOUNTS.lstrip("/") / "jvb%2djvb2.dat").exists()
    assert "colibri" not in text(root, SITE)


# --- the bridge host ---------------------------------------------------------------

PEM = self_signed(["auth.meet.example.org", "*.auth.meet.example.org"], 30)[1]
BRIDGE_HOST = {
    **MAIN, "JVB_EXTERNAL_IP": "198.51.100.30", "JVB_INTERNAL_IP": "192.0.2.2",
    "JMMC_ROLE": "bridge", "JMMC_MAIN_ADDRESS": "192.0.2.1", "JMMC_BRIDGE_ID": "jvb2",
    "JVB_AUTH_USER": "jvb-jvb2", "JVB_AUTH_PASSWORD": "bridgeTwoSecret22",
    "JMMC_BRIDGE_WS_PORT": "9090", "JMMC_BRIDGE_MEDIA_PORT": "10000",
    "JMMC_MAIN_CERT": base64.b64encode(PEM.encode()).decode(),
}
ONLY_BRIDGE = {"net-im/jitsi-videobridge": CURRENT["net-im/jitsi-videobridge"]}


def test_bridge_host_logs_in_to_the_main_server_with_its_own_account(root: Path) -> None:
    actions = [a for _, a in render(root, values(**BRIDGE_HOST), installed=ONLY_BRIDGE)]
    assert {type(a).__name__ for a in actions} >= {"File", "Port", "Command"}
    apply(root, values(**BRIDGE_HOST), installed=ONLY_BRIDGE)
    conf = hocon(root, "/etc/jitsi/videobridge/jvb.conf")
    shard = conf.get_config("videobridge.apis.xmpp-client.configs.shard")
    assert (shard["HOSTNAME"], shard["USERNAME"], shard["MUC_NICKNAME"]) == \
        ("192.0.2.1", "jvb-jvb2", "jvb2")
    assert shard["DOMAIN"] == "auth.meet.example.org"
    assert shard["MUC_JIDS"] == "JvbBrewery@internal.auth.meet.example.org"
    assert conf.get_string("videobridge.websockets.server-id") == "jvb2"
    assert conf.get_list("videobridge.websockets.domains") == ["meet.example.org:443"]
    assert conf.get_int("videobridge.http-servers.public.port") == 9090
    assert conf.get_string("videobridge.relay.relay-id") == "jvb2"
    pinned = text(root, "/usr/local/share/ca-certificates/jitsi-auth.meet.example.org.crt")
    assert pinned == PEM
    trust = [a for a in actions if isinstance(a, Command)]
    assert trust and trust[0].argv[0] == "update-ca-certificates"
    assert any(isinstance(a, Port) and a.number == 10000 for a in actions)


def test_bridge_host_2020_generation_shard(root: Path) -> None:
    apply(root, values(**BRIDGE_HOST), installed={"net-im/jitsi-videobridge":
                                                    INSTALLED["net-im/jitsi-videobridge"]})
    props = text(root, "/etc/jitsi/videobridge/sip-communicator.properties")
    assert "shard.HOSTNAME=192.0.2.1\n" in props
    assert "shard.USERNAME=jvb-jvb2\n" in props and "shard.MUC_NICKNAME=jvb2\n" in props
