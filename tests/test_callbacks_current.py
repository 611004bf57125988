"""The current (HOCON) generation: jvb.conf, jicofo.conf and prosody's client_proxy focus
agree with each other and with coturn, as upstream-jitsi.md §3.8 lists for "now"."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_callbacks_harness import (
    FQDN_LE,
    INSTALLED,
    NAT,
    REPO,
    SECRETS,
    apply,
    at,
    fresh_root,
    key_values,
    lua_sections,
    scram_ok,
    store,
    text,
    values,
)

pyhocon = pytest.importorskip("pyhocon")

CURRENT = {
    **INSTALLED,
    "net-im/jitsi-videobridge": "2.3.250.11146",
    "net-im/jicofo": "1.0.1146.11146",
    "net-im/jitsi-meet-prosody": "1.0.8900.11146",
    "net-im/jitsi-meet-web-config": "1.0.8900.11146",
    "net-im/jitsi-meet-turnserver": "1.0.8900.11146",
    "net-im/jitsi-meet-web": "1.0.8900.11146",
    "net-im/jitsi-meet-server": "11146",
}


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


def hocon(root: Path, path: str):  # type: ignore[no-untyped-def]
    return pyhocon.ConfigFactory.parse_file(str(at(root, path)))


@pytest.mark.parametrize("over", [{}, FQDN_LE, NAT], ids=["localhost", "fqdn-le", "nat"])
def test_current_generation_agrees(root: Path, over: dict[str, str]) -> None:
    vals = values(**over)
    apply(root, vals, installed=CURRENT)
    d = vals["JVB_HOSTNAME"]
    auth = f"auth.{d}"
    jvb = hocon(root, "/etc/jitsi/videobridge/jvb.conf")
    jicofo = hocon(root, "/etc/jitsi/jicofo/jicofo.conf")
    prosody = lua_sections(at(root, f"/etc/prosody/conf.d/{d}.cfg.lua"))
    shard = jvb["videobridge.apis.xmpp-client.configs.shard"]
    client = jicofo["jicofo.xmpp.client"]
    # Accounts: both logins verify against the SCRAM files prosody reads.
    accounts = at(root, f"/var/lib/prosody/{store(auth)}/accounts")
    assert shard["DOMAIN"] == client["domain"] == auth
    assert scram_ok((accounts / f"{shard['USERNAME']}.dat").read_text(), shard["PASSWORD"])
    assert scram_ok((accounts / f"{client['username']}.dat").read_text(), client["password"])
    assert shard["PASSWORD"] == SECRETS["JVB_AUTH_PASSWORD"]
    # Brewery, client proxy, conference MUC and the secure domain.
    brewery = jicofo["jicofo.bridge.brewery-jid"]
    assert brewery.lower() == shard["MUC_JIDS"].lower() == f"jvbbrewery@internal.{auth}"
    assert prosody[f"internal.{auth}"]["__module"] == "muc"
    focus = prosody[client["client-proxy"]]
    assert focus["__module"] == "client_proxy"
    assert focus["target_address"] == f"{client['username']}@{auth}"
    assert "component_secret" not in focus
    assert prosody[client["conference-muc-jid"]]["__module"] == "muc"
    assert client["xmpp-domain"] == d and jicofo["jicofo.authentication.login-url"] == d
    assert jicofo["jicofo.authentication.type"] == "XMPP"
    assert prosody[d]["authentication"] == "internal_hashed"
    assert int(client["port"]) == int(shard["PORT"]) == prosody["*"]["c2s_ports"][0]
    # TURN: prosody's own external_services module, same secret and ports as coturn.
    turn = dict(key_values(at(root, "/etc/turnserver.conf")))
    g = prosody["*"]
    assert "turncredentials_secret" not in g
    assert g["external_service_secret"] == turn["static-auth-secret"] == SECRETS["TURN_SECRET"]
    ports = {s["type"]: s["port"] for s in g["external_services"]}
    assert ports["stun"] == ports["turn"] == int(turn["listening-port"])
    assert "external_services" in prosody[d]["modules_enabled"]
    # NAT: static mapping instead of the 4548 harvester properties.
    mapping = jvb["ice4j.harvest.mapping"]
    assert mapping["aws.enabled"] is False and list(mapping["stun.addresses"]) == []
    if vals["JVB_INTERNAL_IP"] != vals["JVB_EXTERNAL_IP"]:
        (m,) = mapping["static-mappings"]
        assert (m["local-address"], m["public-address"]) == (
            vals["JVB_INTERNAL_IP"],
            vals["JVB_EXTERNAL_IP"],
        )
    else:
        assert "static-mappings" not in mapping
    for path in ("/etc/jitsi/videobridge/jvb.conf", "/etc/jitsi/jicofo/jicofo.conf"):
        assert at(root, path).stat().st_mode & 0o007 == 0


def test_upgrade_to_current_removes_the_2020_files(root: Path) -> None:
    """From the 4548 set to a current one: the old files with secrets go, HOCON arrives;
    and back: a stale jvb.conf would be read by the 4548 launcher, so it goes too."""
    legacy = [
        "/etc/jitsi/videobridge/config",
        "/etc/jitsi/videobridge/sip-communicator.properties",
        "/etc/jitsi/jicofo/config",
        "/etc/jitsi/jicofo/sip-communicator.properties",
    ]
    current = ["/etc/jitsi/videobridge/jvb.conf", "/etc/jitsi/jicofo/jicofo.conf"]
    apply(root, values())
    assert all(at(root, p).exists() for p in legacy)
    apply(root, values(), previous=values(), installed=CURRENT)
    assert not any(at(root, p).exists() for p in legacy)
    assert all(at(root, p).exists() for p in current)
    apply(root, values(), previous=values())
    assert all(at(root, p).exists() for p in legacy)
    assert not any(at(root, p).exists() for p in current)


def test_heap_size_goes_to_conf_d(root: Path) -> None:
    confd = at(root, "/etc/conf.d/jitsi-videobridge")
    shutil.copy(REPO / "net-im/jitsi-videobridge/files/jitsi-videobridge.confd-r2", confd)
    before = confd.read_text()
    apply(root, values(JVB_MAX_MEMORY="2048m"), installed=CURRENT)
    after = confd.read_text()
    assert 'JVB_MAX_MEMORY="2048m"' in after
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1 and changed[0][0].startswith("JVB_MAX_MEMORY=")
    env = subprocess.run(
        ["sh", "-c", f'. "{confd}"; echo "$JVB_MAX_MEMORY"'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert env.strip() == "2048m"


def test_current_prosody_config_passes_prosodyctl(root: Path) -> None:
    prosodyctl = shutil.which("prosodyctl")
    if prosodyctl is None:
        pytest.skip("prosody not installed")
    apply(root, values(**FQDN_LE), installed=CURRENT)
    cfg = at(root, "/etc/prosody/prosody.cfg.lua")
    proc = subprocess.run(
        [prosodyctl, "--config", str(cfg), "check", "config"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "external_service_secret" in text(root, "/etc/prosody/conf.d/meet.example.org.cfg.lua")


def test_keys_exist_in_upstream_reference(root: Path) -> None:
    """typesafe-config (the parser jvb and jicofo use) reads both files, and every key is
    a setting of upstream's 11146 reference.conf (ice4j's own reference is not in the data)."""
    hocon_it = pytest.importorskip("jitsi_overlay.realservers.hocon")
    reference = pytest.importorskip("jitsi_overlay.realservers.reference")
    if shutil.which("javac") is None or not hocon_it.JAR.exists():
        pytest.skip("needs javac and typesafe-config")
    apply(root, values(**NAT), installed=CURRENT)
    jvb, jicofo = (
        at(root, "/etc/jitsi/videobridge/jvb.conf"),
        at(root, "/etc/jitsi/jicofo/jicofo.conf"),
    )
    parsed = hocon_it.parse_files(jvb, jicofo)
    for path, component in ((jvb, "jvb"), (jicofo, "jicofo")):
        plain, documented = reference.load_keys("11146", component)
        keys = [k for k in parsed[path].leaves if not k.startswith("ice4j.")]
        report = reference.check_keys(keys, plain, documented)
        assert report.missing == [] and report.found, (component, report.missing)
