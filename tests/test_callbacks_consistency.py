"""Every generated set agrees with itself and passes the real tools.

Each secret, domain and port agrees everywhere it appears (prosody, jicofo, the bridge,
config.js, nginx, coturn); no file holding a secret is readable by others; the files pass
luac, prosodyctl, nginx -t and node."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_callbacks_harness import (
    FQDN_LE,
    NAT,
    SECRETS,
    apply,
    at,
    config_js,
    files_under,
    key_values,
    lua_sections,
    new_root,
    nginx_check,
    nginx_directives,
    properties,
    prosodyctl_check,
    pubkey_of,
    scram_ok,
    shell_env,
    store,
    text,
    values,
)


def own_cert(root: Path, name: str) -> dict[str, str]:
    """An admin-supplied pair under /etc/ssl (a throw-away CA-less certificate)."""
    key, crt = at(root, f"/etc/ssl/{name}.key"), at(root, f"/etc/ssl/{name}.crt")
    key.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "90",
            "-subj",
            f"/CN={name}",
            "-addext",
            f"subjectAltName=DNS:{name}",
            "-keyout",
            str(key),
            "-out",
            str(crt),
        ],
        capture_output=True,
        check=True,
    )
    key.chmod(0o600)
    return {
        "JM_SUPPLY_OWN_CRT": "y",
        "JM_WEB_CERT_KEY": f"/etc/ssl/{name}.key",
        "JM_WEB_CERT_CRT": f"/etc/ssl/{name}.crt",
        "LE_ENABLE_AUTO": "n",
    }


SCENARIOS = {
    "localhost": {},
    "localhost-nomux": {"JMMC_TURN_MUX": "n"},
    "fqdn-le": FQDN_LE,
    "fqdn-le-nomux": {**FQDN_LE, "JMMC_TURN_MUX": "n"},
    "own-cert": {
        "JVB_HOSTNAME": "meet.example.org",
        "JVB_EXTERNAL_IP": "198.51.100.20",
        "JVB_INTERNAL_IP": "198.51.100.20",
        "own": "y",
    },
    "nat": NAT,
    "loopback-ports": {
        "JMMC_BIND_ADDRESS": "127.0.0.1",
        "JMMC_HTTP_PORT": "18080",
        "JMMC_HTTPS_PORT": "18443",
        "JMMC_WEB_BACKEND_PORT": "18444",
        "JMMC_BOSH_PORT": "15280",
        "JMMC_C2S_PORT": "15222",
        "JVB_PORT": "15347",
        "TURN_PORT": "13478",
        "TURNS_PORT": "15349",
    },
}


class Generated:
    """One generated set, read back through real parsers."""

    def __init__(self, root: Path, vals: dict[str, str]) -> None:
        self.root, self.vals = root, vals
        d = self.domain = vals["JVB_HOSTNAME"]
        self.auth = f"auth.{d}"
        self.prosody = lua_sections(at(root, f"/etc/prosody/conf.d/{d}.cfg.lua"))
        self.jvb = shell_env(at(root, "/etc/jitsi/videobridge/config"))
        self.jvb_props = properties(at(root, "/etc/jitsi/videobridge/sip-communicator.properties"))
        self.jicofo = shell_env(at(root, "/etc/jitsi/jicofo/config"))
        self.jicofo_props = properties(at(root, "/etc/jitsi/jicofo/sip-communicator.properties"))
        self.js = config_js(at(root, f"/etc/jitsi/meet/{d}-config.js"))
        self.site = at(root, f"/etc/nginx/jitsi-meet/http.d/{d}.conf")
        self.turn = key_values(at(root, "/etc/turnserver.conf"))
        self.stream = at(root, "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf")

    def turn_opt(self, key: str) -> list[str]:
        return [v for k, v in self.turn if k == key]

    def account(self, host: str, user: str) -> str:
        return text(self.root, f"/var/lib/prosody/{store(host)}/accounts/{user}.dat")


@pytest.fixture(scope="module", params=list(SCENARIOS))
def gen(request: pytest.FixtureRequest) -> Iterator[Generated]:
    root = new_root()
    over = dict(SCENARIOS[request.param])
    if over.pop("own", None):
        over.update(own_cert(root, over["JVB_HOSTNAME"]))
    vals = values(**over)
    apply(root, vals)
    yield Generated(root, vals)
    shutil.rmtree(root.parent, ignore_errors=True)


def port(g: Generated, key: str, default: int) -> int:
    return int(g.vals.get(key) or default)


def test_domain_everywhere(gen: Generated) -> None:
    d, auth = gen.domain, gen.auth
    p = gen.prosody
    for name, kind in (
        (d, "host"),
        (auth, "host"),
        (f"guest.{d}", "host"),
        (f"conference.{d}", "component"),
        (f"internal.{auth}", "component"),
        (f"focus.{d}", "component"),
    ):
        assert p[name]["__kind"] == kind, name
    assert p[f"conference.{d}"]["__module"] == "muc"
    assert p[f"internal.{auth}"]["__module"] == "muc"
    assert p["*"]["muc_mapper_domain_base"] == d
    assert gen.js["hosts"] == {
        "domain": d,
        "anonymousdomain": f"guest.{d}",
        "muc": f"conference.{d}",
        "focus": f"focus.{d}",
    }
    assert gen.js["bosh"].startswith(f"//{d}") and gen.js["bosh"].endswith("/http-bind")
    assert set(nginx_directives(gen.site, "server_name")) == {d}
    assert nginx_directives(gen.site, "alias")[0] == f"/etc/jitsi/meet/{d}-config.js"
    assert gen.turn_opt("realm") == [d]
    assert gen.jicofo["JICOFO_HOSTNAME"] == d and gen.jicofo["JICOFO_AUTH_DOMAIN"] == auth
    assert gen.jvb["JVB_HOSTNAME"] == d
    assert gen.jvb_props["org.jitsi.videobridge.xmpp.user.shard.DOMAIN"] == auth


def test_brewery_agrees(gen: Generated) -> None:
    muc = gen.jvb_props["org.jitsi.videobridge.xmpp.user.shard.MUC_JIDS"]
    assert muc.lower() == gen.jicofo_props["org.jitsi.jicofo.BRIDGE_MUC"].lower()
    node, _, host = muc.partition("@")
    assert node == "JvbBrewery" and host == f"internal.{gen.auth}"
    admins = gen.prosody[host]["admins"]
    assert f"focus@{gen.auth}" in admins and f"jvb@{gen.auth}" in admins
    assert (
        gen.jvb_props["org.jitsi.videobridge.xmpp.user.shard.MUC_NICKNAME"] == gen.vals["MUC_UUID"]
    )


def test_accounts_match_passwords(gen: Generated) -> None:
    focus_pw = gen.jicofo["JICOFO_AUTH_PASSWORD"]
    assert focus_pw == SECRETS["JICOFO_AUTH_PASSWORD"]
    assert scram_ok(gen.account(gen.auth, gen.jicofo["JICOFO_AUTH_USER"]), focus_pw)
    shard = "org.jitsi.videobridge.xmpp.user.shard."
    jvb_user, jvb_pw = gen.jvb_props[shard + "USERNAME"], gen.jvb_props[shard + "PASSWORD"]
    assert jvb_pw == SECRETS["JVB_AUTH_PASSWORD"]
    assert scram_ok(gen.account(gen.auth, jvb_user), jvb_pw)
    assert scram_ok(gen.account(gen.domain, "admin"), SECRETS["JICOFO_CONVENE_PASSWORD"])
    assert not scram_ok(gen.account(gen.auth, jvb_user), focus_pw)


def test_component_secret_and_port(gen: Generated) -> None:
    focus = gen.prosody[f"focus.{gen.domain}"]
    assert focus["component_secret"] == gen.jicofo["JICOFO_SECRET"] == SECRETS["JICOFO_SECRET"]
    assert gen.prosody["*"]["component_ports"] == [int(gen.jicofo["JICOFO_PORT"])]
    assert int(gen.jicofo["JICOFO_PORT"]) == int(gen.jvb["JVB_PORT"]) == port(gen, "JVB_PORT", 5347)
    assert gen.jvb["JVB_SECRET"] == SECRETS["JVB_SECRET"]


def test_c2s_and_bosh_ports(gen: Generated) -> None:
    c2s = port(gen, "JMMC_C2S_PORT", 5222)
    assert gen.prosody["*"]["c2s_ports"] == [c2s]
    shard_port = gen.jvb_props.get("org.jitsi.videobridge.xmpp.user.shard.PORT", "5222")
    assert int(shard_port) == c2s
    bosh = port(gen, "JMMC_BOSH_PORT", 5280)
    assert gen.prosody["*"]["http_ports"] == [bosh]
    assert sorted(nginx_directives(gen.site, "proxy_pass")) == [
        f"http://127.0.0.1:{bosh}/http-bind",
        f"http://127.0.0.1:{bosh}/xmpp-websocket",
    ]
    assert nginx_directives(gen.site, "proxy_set_header").count("Host $http_host") == 2
    bosh_sections = [n for n, s in gen.prosody.items() if "bosh" in s.get("modules_enabled", [])]
    assert bosh_sections == [gen.domain]


def test_turn_secret_and_ports(gen: Generated) -> None:
    g = gen.prosody["*"]
    assert g["turncredentials_secret"] == gen.turn_opt("static-auth-secret")[0]
    assert g["turncredentials_secret"] == SECRETS["TURN_SECRET"]
    assert ("use-auth-secret", "") in gen.turn
    by_type = {c["type"]: c for c in g["turncredentials"]}
    turn_port, turns_port = port(gen, "TURN_PORT", 4446), port(gen, "TURNS_PORT", 4445)
    assert gen.turn_opt("listening-port") == [str(turn_port)]
    assert gen.turn_opt("tls-listening-port") == [str(turns_port)]
    assert int(by_type["stun"]["port"]) == int(by_type["turn"]["port"]) == turn_port
    assert all(c["host"] == gen.domain for c in g["turncredentials"])
    assert gen.js["p2p"]["stunServers"] == [{"urls": f"stun:{gen.domain}:{turn_port}"}]
    https = port(gen, "JMMC_HTTPS_PORT", 443)
    backend = port(gen, "JMMC_WEB_BACKEND_PORT", 4444)
    listens = nginx_directives(gen.site, "listen")
    if gen.vals.get("JMMC_TURN_MUX", "y") == "y":
        # Public TLS port -> stream block: web to the HTTPS vhost, the rest to coturn TLS.
        assert int(by_type["turns"]["port"]) == https
        assert any(
            lst.split()[0].endswith(f":{https}") or lst.split()[0] == str(https)
            for lst in nginx_directives(gen.stream, "listen")
        )
        servers = nginx_directives(gen.stream, "server")
        assert servers == [f"127.0.0.1:{backend}", f"127.0.0.1:{turns_port}"]
        assert f"127.0.0.1:{backend} ssl http2" in listens
    else:
        assert int(by_type["turns"]["port"]) == turns_port
        assert not gen.stream.exists()
        assert any(lst.split()[0].rsplit(":", 1)[-1] == str(https) for lst in listens)


def test_certificates_agree(gen: Generated) -> None:
    crt_path = nginx_directives(gen.site, "ssl_certificate")[0]
    key_path = nginx_directives(gen.site, "ssl_certificate_key")[0]
    if gen.vals.get("JM_SUPPLY_OWN_CRT") == "y":
        assert (crt_path, key_path) == (gen.vals["JM_WEB_CERT_CRT"], gen.vals["JM_WEB_CERT_KEY"])
    else:
        assert (crt_path, key_path) == (
            f"/etc/jitsi/meet/{gen.domain}.crt",
            f"/etc/jitsi/meet/{gen.domain}.key",
        )
    crt, key = text(gen.root, crt_path), text(gen.root, key_path)
    assert pubkey_of(crt, "crt") == pubkey_of(key, "key")
    turn_crt, turn_key = gen.turn_opt("cert")[0], gen.turn_opt("pkey")[0]
    assert "BEGIN CERTIFICATE" in text(gen.root, turn_crt)
    assert "PRIVATE KEY" in text(gen.root, turn_key)
    assert text(gen.root, turn_crt) == crt and text(gen.root, turn_key) == key
    # prosody's auth certificate is the one put into the system CA store for Java.
    auth = gen.prosody[gen.auth]["ssl"]
    ca = text(gen.root, f"/usr/local/share/ca-certificates/{gen.auth}.crt")
    assert text(gen.root, auth["certificate"]) == ca
    assert pubkey_of(ca, "crt") == pubkey_of(text(gen.root, auth["key"]), "key")
    assert "DISABLE_CERTIFICATE_VERIFICATION" not in "".join(gen.jvb_props)


def test_secure_domain(gen: Generated) -> None:
    assert gen.jicofo_props["org.jitsi.jicofo.auth.URL"] == f"XMPP:{gen.domain}"
    assert gen.prosody[gen.domain]["authentication"] == "internal_hashed"
    assert gen.prosody[gen.js["hosts"]["anonymousdomain"]]["authentication"] == "anonymous"
    assert gen.prosody[gen.auth]["authentication"] == "internal_hashed"


def test_nat_addresses(gen: Generated) -> None:
    internal, external = gen.vals["JVB_INTERNAL_IP"], gen.vals["JVB_EXTERNAL_IP"]
    local = gen.jvb_props.get("org.ice4j.ice.harvest.NAT_HARVESTER_LOCAL_ADDRESS")
    public = gen.jvb_props.get("org.ice4j.ice.harvest.NAT_HARVESTER_PUBLIC_ADDRESS")
    ext_ip = gen.turn_opt("external-ip")
    if internal != external:
        assert (local, public) == (internal, external)
        assert ext_ip == [f"{external}/{internal}"]
        assert internal in gen.turn_opt("allowed-peer-ip")
    else:
        assert local is None and public is None
        assert ext_ip == ([] if external == "localhost" else [external])


def test_ram_cap(gen: Generated) -> None:
    assert gen.jvb["VIDEOBRIDGE_MAX_MEMORY"] == gen.vals.get("JVB_MAX_MEMORY", "1024m")


def test_no_secret_readable_by_others(gen: Generated) -> None:
    leaked = []
    for f in files_under(gen.root):
        data = f.read_bytes()
        holds = any(s.encode() in data for s in SECRETS.values()) or b"PRIVATE KEY" in data
        if f.suffix == ".dat" and "accounts" in f.parts:
            holds = True  # password hashes
        if holds and f.stat().st_mode & stat.S_IRWXO:
            leaked.append(str(f.relative_to(gen.root)))
    # The admin's own key under /etc/ssl is theirs (created 0600 by the test).
    assert leaked == []


def test_secret_files_have_service_groups(gen: Generated) -> None:
    groups = {
        line.split(":")[2]: line.split(":")[0] for line in text(gen.root, "/etc/group").splitlines()
    }
    expect = {
        f"/etc/prosody/conf.d/{gen.domain}.cfg.lua": "prosody",
        "/etc/turnserver.conf": "turnserver",
        "/etc/jitsi/videobridge/sip-communicator.properties": "jitsi",
        "/etc/jitsi/jicofo/config": "jitsi",
        f"/etc/turnserver/certs/{gen.domain}.key": "turnserver",
    }
    if os.geteuid() != 0:
        pytest.skip("ownership is only set when running as root")
    for path, group in expect.items():
        st = at(gen.root, path).stat()
        assert groups[str(st.st_gid)] == group, path
        assert stat.S_IMODE(st.st_mode) == 0o640, path


def test_lua_files_compile(gen: Generated) -> None:
    luac = shutil.which("luac5.4") or shutil.which("luac")
    if luac is None:
        pytest.skip("luac not installed")
    lua_files = [
        *at(gen.root, "/etc/prosody").rglob("*.lua"),
        *at(gen.root, "/var/lib/prosody").rglob("*.dat"),
    ]
    for f in lua_files:  # one file per call: Debian's luac5.4 crashes on several with -p
        proc = subprocess.run([luac, "-p", str(f)], capture_output=True, text=True)
        assert proc.returncode == 0, (f, proc.stderr)


def test_prosodyctl_check_config(gen: Generated) -> None:
    proc = prosodyctl_check(gen.root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"conf.d/{gen.domain}.cfg.lua" in proc.stdout


def test_nginx_accepts_the_whole_config(gen: Generated) -> None:
    proc = nginx_check(gen.root)
    assert proc.returncode == 0, proc.stderr


def test_config_js_is_javascript(gen: Generated) -> None:
    assert gen.js["useStunTurn"] is True and gen.js["p2p"]["useStunTurn"] is True
