"""The current (HOCON-era) generation of the callbacks, and how it differs from 4548.

jvb.conf, jicofo.conf and prosody's client_proxy focus agree with each other and with
coturn; an upgrade from the 4548 set replaces the old files and a downgrade brings them
back.  TURN sits on upstream's 3478/5349 without the 443 multiplexer: a master config still
holding the 4548 port defaults gets those, any other port is the admin's and is honoured.
The 4548 generation keeps its ports and its multiplexer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_callbacks_harness import (
    CURRENT,
    FQDN_LE,
    INSTALLED,
    NAT,
    REPO,
    SECRETS,
    apply,
    at,
    config_js,
    fresh_root,
    key_values,
    lua_sections,
    nginx_check,
    nginx_directives,
    prosodyctl_check,
    scram_ok,
    store,
    text,
    values,
)

D = "meet.example.org"
STREAM = "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


# --- the HOCON files and prosody agree --------------------------------------------------


def hocon(root: Path, path: str):  # type: ignore[no-untyped-def]
    pyhocon = pytest.importorskip("pyhocon")
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
    apply(root, values(**FQDN_LE), installed=CURRENT)
    proc = prosodyctl_check(root)
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


# --- ports and the TURN multiplexer, by generation ---------------------------------------


def ports(root: Path) -> dict[str, object]:
    prosody = lua_sections(at(root, f"/etc/prosody/conf.d/{D}.cfg.lua"))["*"]
    table = prosody.get("external_services") or prosody["turncredentials"]
    turn = dict(key_values(at(root, "/etc/turnserver.conf")))
    js = config_js(at(root, f"/etc/jitsi/meet/{D}-config.js"))
    site = at(root, f"/etc/nginx/jitsi-meet/http.d/{D}.conf")
    return {
        "prosody": {s["type"]: int(s["port"]) for s in table},
        "coturn": (int(turn["listening-port"]), int(turn["tls-listening-port"])),
        "stun": js["p2p"]["stunServers"][0]["urls"],
        "listen": nginx_directives(site, "listen"),
        "mux": at(root, STREAM).exists(),
    }


def test_current_defaults_are_upstreams_ports_without_mux(root: Path) -> None:
    apply(root, values(**FQDN_LE), installed=CURRENT)
    got = ports(root)
    assert got["prosody"] == {"stun": 3478, "turn": 3478, "turns": 5349}
    assert got["coturn"] == (3478, 5349)
    assert got["stun"] == f"stun:{D}:3478"
    assert not got["mux"] and "443 ssl http2" in got["listen"]
    assert nginx_check(root).returncode == 0


def test_current_honours_ports_the_admin_chose(root: Path) -> None:
    apply(root, values(**NAT, TURN_PORT="40000", TURNS_PORT="40001", JMMC_HTTPS_PORT="8443"),
          installed=CURRENT)
    got = ports(root)
    assert got["prosody"] == {"stun": 40000, "turn": 40000, "turns": 40001}
    assert got["coturn"] == (40000, 40001)
    assert got["stun"] == f"stun:{D}:40000"
    assert "8443 ssl http2" in got["listen"] and not got["mux"]
    js = config_js(at(root, f"/etc/jitsi/meet/{D}-config.js"))
    assert js["websocket"] == f"wss://{D}:8443/xmpp-websocket"
    assert js["bosh"] == f"https://{D}:8443/http-bind"


def test_4548_generation_keeps_its_ports_and_mux(root: Path) -> None:
    apply(root, values(**FQDN_LE))
    got = ports(root)
    assert got["prosody"] == {"stun": 4446, "turn": 4446, "turns": 443}
    assert got["coturn"] == (4446, 4445)
    assert got["mux"] and "127.0.0.1:4444 ssl http2" in got["listen"]
    js = config_js(at(root, f"/etc/jitsi/meet/{D}-config.js"))
    assert "websocket" not in js and js["bosh"] == f"//{D}/http-bind"
    cfg = text(root, f"/etc/prosody/conf.d/{D}.cfg.lua")
    for current_only in ("unlimited_jids", "lobby", "breakout", "jitsi-anonymous",
                         "conference-request"):
        assert current_only not in cfg
    assert "conference-request" not in text(root, f"/etc/nginx/jitsi-meet/http.d/{D}.conf")


def test_upgrade_drops_the_mux_and_a_downgrade_brings_it_back(root: Path) -> None:
    apply(root, values(**FQDN_LE))
    assert at(root, STREAM).exists()
    apply(root, values(**FQDN_LE), previous=values(**FQDN_LE), installed=CURRENT)
    assert not at(root, STREAM).exists()
    assert nginx_check(root).returncode == 0
    apply(root, values(**FQDN_LE), previous=values(**FQDN_LE))
    assert at(root, STREAM).exists()


def test_current_prosody_rooms(root: Path) -> None:
    apply(root, values(**NAT), installed=CURRENT)
    p = lua_sections(at(root, f"/etc/prosody/conf.d/{D}.cfg.lua"))
    host = p[D]
    assert {"muc_lobby_rooms", "muc_breakout_rooms", "websocket", "bosh",
            "external_services"} <= set(host["modules_enabled"])
    assert (host["main_muc"], host["lobby_muc"], host["breakout_rooms_muc"]) == (
        f"conference.{D}", f"lobby.{D}", f"breakout.{D}")
    for muc in (f"conference.{D}", f"lobby.{D}", f"breakout.{D}", f"internal.auth.{D}"):
        assert p[muc]["__module"] == "muc" and "muc_hide_all" in p[muc]["modules_enabled"]
    for muc in (f"conference.{D}", f"lobby.{D}", f"breakout.{D}"):
        assert p[muc]["restrict_room_creation"] is True
    assert p[f"guest.{D}"]["authentication"] == "jitsi-anonymous"
    assert p[f"auth.{D}"]["modules_enabled"] == ["limits_exception"]
    assert p["*"]["unlimited_jids"] == [f"focus@auth.{D}", f"jvb@auth.{D}"]


# --- the whole run: a legacy master config and the summary's firewall advice -------------

LEGACY_TURN = 'TURN_PORT="4446"\nTURNS_PORT="4445"\nJMMC_TURN_MUX="y"\n'


def configure(root: Path, installed: dict[str, str]) -> subprocess.CompletedProcess:
    atoms = ",".join(f"{cp}-{v}" for cp, v in installed.items())
    env = {**os.environ, "JMMC_NO_NETWORK": "y", "JMMC_BATCH_MODE": "y", "JVB_HOSTNAME": D,
           "JVB_EXTERNAL_IP": "203.0.113.7", "LE_ENABLE_AUTO": "n"}
    return subprocess.run([sys.executable, str(REPO / "tools/configure.py"), "--root", str(root),
                           "--assume-installed", atoms], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.mark.parametrize("gen", ["4548", "current"])
def test_a_legacy_master_config_and_the_ports_to_open(root: Path, gen: str) -> None:
    """A file an earlier configurator wrote holds 4446/4445/y although nobody chose them:
    they count as "the generation's default", and the summary says what was configured."""
    master = at(root, "/etc/jitsi/jitsi-meet-master-config")
    master.parent.mkdir(parents=True, exist_ok=True)
    master.write_text(LEGACY_TURN)
    res = configure(root, CURRENT if gen == "current" else INSTALLED)
    assert res.returncode == 0, res.stderr
    advice = next(line for line in res.stdout.splitlines() if "Open ports" in line)
    if gen == "current":
        assert advice == (" * Open ports 80/tcp (HTTP: redirect, ACME), 443/tcp (HTTPS), "
                          "3478/udp (TURN/STUN), 5349/tcp (TURN over TLS), "
                          "10000/udp (videobridge media)")
        assert ports(root)["coturn"] == (3478, 5349) and not ports(root)["mux"]
    else:
        assert advice == (" * Open ports 80/tcp (HTTP: redirect, ACME), "
                          "443/tcp (HTTPS, TURN over TLS via nginx), 4446/udp (TURN/STUN), "
                          "10000/udp (videobridge media)")
        assert ports(root)["coturn"] == (4446, 4445) and ports(root)["mux"]
    # Rewritten without them: the file holds only what the admin chose.
    assert "TURN" not in master.read_text().replace("TURN_SECRET", "")
