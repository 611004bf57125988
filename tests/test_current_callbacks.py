"""Current-generation choices of the callbacks, through the core's registry (fast).

The current generation puts TURN on upstream's 3478/5349 without the 443 multiplexer; a
master config still holding the 4548 port defaults gets those, any other port is the
admin's and is honoured.  The 4548 generation keeps its ports and its multiplexer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_callbacks_current import CURRENT
from test_callbacks_harness import (
    FQDN_LE,
    INSTALLED,
    NAT,
    REPO,
    apply,
    at,
    config_js,
    fresh_root,
    key_values,
    lua_sections,
    nginx_check,
    nginx_directives,
    text,
    values,
)

D = "meet.example.org"
STREAM = "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


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
