"""Today's Jitsi end to end: bump, merge with real portage, ``emerge --config``, upgrade.

A signed loopback archive offers two synthetic releases: 11146 (component versions as
upstream's, small .debs carrying the files the templates install) and a 4548 stand-in
(.debs with 4548's version numbers).  ``tools/bump.py`` turns both into ebuilds in a copy
of the overlay; the committed 4548 set is built from sources with Maven, which costs
minutes, and the configurator sees only what the stand-in gives it as well: vdb versions
``*.4548`` (the 2020 generation) and the callbacks from FILESDIR.

One prefix then lives through an upgrade: the 4548 set is merged and configured through
a pipe, the 11146 set replaces it, and ``emerge --config`` with "Re-use existing
configuration" moves the root to the current generation.  Finally a fresh configuration
on the current set is checked for agreement between the files (domains, accounts,
brewery, TURN secret and ports) and against the 11146 reference configs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import overlay_parts
from jitsi_overlay.gentoo.portage_prefix import PortagePrefix
from jitsi_overlay.loopback_archive import REAL_SHAPED_VERSIONS, ArchiveServer, FlatRepo, GpgKey
from jitsi_overlay.realservers.testroot import SEED_ROOT as FIXTURE_ROOT
from test_callbacks_harness import (
    config_js,
    key_values,
    lua_sections,
    nginx_directives,
    scram_ok,
    store,
)

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ATOM = "app-misc/jitsi-meet-master-config"
MASTER = "etc/jitsi/jitsi-meet-master-config"
WRITTEN = "var/lib/jitsi-meet-master-config/written.json"
V4548 = {
    "jitsi-videobridge2": "2.1-197-g38256192-1",
    "jicofo": "1.0-567-1",
    **{p: "1.0.4074-1" for p in ("jitsi-meet-web", "jitsi-meet-web-config",
                                 "jitsi-meet-prosody", "jitsi-meet-turnserver")},
}
EBUILD_11146 = {
    "jicofo": "1.0.1189.11146", "jitsi-videobridge": "2.3.307.11146",
    **{p: "1.0.9365.11146" for p in ("jitsi-meet-web", "jitsi-meet-web-config",
                                     "jitsi-meet-prosody", "jitsi-meet-turnserver")},
}
# External ::gentoo packages count as installed (their stubs install nothing); portage and
# jinja2 are merged, their stubs link the host's modules for the configurator to import.
PROVIDED = (
    "app-crypt/certbot-5.6.0", "dev-lang/python-3.11.15", "dev-libs/openssl-3.5.4",
    "net-im/coturn-4.17.2", "net-im/prosody-13.0.5",
    "sys-apps/miscfiles-1.5-r4", "sys-apps/util-linux-2.41",
    "sys-process/procps-4.0.5", "virtual/jre-21", "virtual/tmpfiles-0-r7",
    "www-servers/nginx-1.30.0", "app-arch/zstd-1.5.7",
)
SERVICE_USERS = ("nginx", "prosody", "turnserver")
# The 4548 generation's files that hold secrets; the current one must not keep them.
LEGACY = (
    "etc/jitsi/videobridge/config", "etc/jitsi/videobridge/sip-communicator.properties",
    "etc/jitsi/jicofo/config", "etc/jitsi/jicofo/sip-communicator.properties",
)
CURRENT = ("etc/jitsi/videobridge/jvb.conf", "etc/jitsi/jicofo/jicofo.conf")
SECRET_KEYS = ("JVB_AUTH_PASSWORD", "JICOFO_AUTH_PASSWORD", "JVB_SECRET", "JICOFO_SECRET",
               "TURN_SECRET", "MUC_UUID", "JICOFO_CONVENE_PASSWORD")
DOMAIN = "meet.example.org"
LEGACY_TURN = {"TURN_PORT": "4446", "TURNS_PORT": "4445", "JMMC_TURN_MUX": "y"}
# A host behind NAT, answered through the pipe in the 2020 question order.
# Hostname, external, internal, hosts alias, /etc/hostname, RAM, user, password (generated),
# own certificate, write, build.
ANSWERS_4548 = "\n".join([
    DOMAIN, "198.51.100.20", "10.1.2.3", "n", "n", "", "chair", "", "n", "", ""]) + "\n"


def bump(clone: Path, dist: Path, srv: ArchiveServer, keyring: Path, release: int) -> None:
    res = subprocess.run(
        [sys.executable, str(REPO / "tools/bump.py"), "--repo", str(clone), "--distdir",
         str(dist), "--archive", srv.url, "--keyring", str(keyring), "--no-commit",
         "--allow-dirty", str(release)],
        capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.fixture(scope="module")
def overlay(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The overlay with the 4548 stand-in and 11146 bumped from the signed archive."""
    tmp = tmp_path_factory.mktemp("current")
    key = GpgKey.generate(tmp / "gnupg")
    archive = FlatRepo(tmp / "archive", key)
    archive.add_release(4548, V4548)
    archive.add_release(11146, REAL_SHAPED_VERSIONS)
    archive.publish()
    clone, dist = tmp / "overlay", tmp / "dist"
    for part in overlay_parts(REPO):
        shutil.copytree(part, clone / part.name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    with ArchiveServer(archive.root) as srv:
        for release in (4548, 11146):
            bump(clone, dist, srv, key.keyring(tmp / "keyring.gpg"), release)
    return clone, dist


def seed(root: Path) -> None:
    """What prosody, nginx and coturn leave in /etc; their users."""
    for rel in ("etc/prosody", "etc/nginx", "etc/ssl", "etc/ca-certificates",
                "etc/ca-certificates.conf", "usr/local/share/ca-certificates",
                "usr/share/ca-certificates", "var/lib/prosody", "etc/hosts", "etc/hostname",
                "etc/conf.d/hostname"):
        src, dst = FIXTURE_ROOT / rel, root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copy2(src, dst)


def add_service_users(root: Path) -> None:
    for table in ("passwd", "group"):
        have = (root / "etc" / table).read_text()
        names = {ln.split(":")[0] for ln in have.splitlines()}
        extra = [ln for ln in (FIXTURE_ROOT / "etc" / table).read_text().splitlines()
                 if ln.split(":")[0] in SERVICE_USERS and ln.split(":")[0] not in names]
        (root / "etc" / table).write_text(have + "".join(f"{ln}\n" for ln in extra))


def installed(prefix: PortagePrefix) -> dict[str, str]:
    out = {}
    for d in prefix.vdb.glob("net-im/*"):
        m = re.fullmatch(r"(.+?)-(\d[^-]*)(-r\d+)?", d.name)
        assert m, d.name
        out[m[1]] = m[2]
    return out


def master(root: Path) -> dict[str, str]:
    text = (root / MASTER).read_text()
    return dict(re.findall(r'^(\w+)="([^"]*)"$', text, re.M))


def snapshot(root: Path) -> dict[str, bytes]:
    """Every configuration file and prosody account under the root."""
    return {str(p.relative_to(root)): p.read_bytes()
            for top in ("etc", "var/lib/prosody", "usr/local/share/ca-certificates")
            for p in (root / top).rglob("*") if p.is_file() and "portage" not in p.parts}


@pytest.fixture(scope="module")
def upgraded(overlay, gentoo_master, tmp_path_factory):
    """A prefix configured under 4548, upgraded to 11146 and re-configured with re-use."""
    clone, dist = overlay
    with pytest.MonkeyPatch.context() as mp:  # undone also when a setup step fails
        mp.setenv("JMMC_NO_NETWORK", "y")  # no DNS or address discovery in pkg_config
        yield upgrade(clone, dist, gentoo_master, tmp_path_factory)


def seeded_prefix(clone: Path, dist: Path, gentoo_master: Path,
                  tmp_path_factory: pytest.TempPathFactory) -> PortagePrefix:
    """A prefix with both repositories, the servers provided and their /etc seeded."""
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": clone},
                                  distdirs=[dist], provided=PROVIDED)
    seed(prefix.root)
    return prefix


def upgrade(clone: Path, dist: Path, gentoo_master: Path,
            tmp_path_factory: pytest.TempPathFactory) -> dict:
    prefix = seeded_prefix(clone, dist, gentoo_master, tmp_path_factory)
    prefix.emerge("--quiet-build=y", "=net-im/jitsi-meet-server-4548")
    add_service_users(prefix.root)
    before = installed(prefix)
    first = prefix.emerge("--config", ATOM, input=ANSWERS_4548)
    # As configurators before generation-aware TURN settings wrote the file: the 4548
    # defaults spelled out although nobody chose them.
    with (prefix.root / MASTER).open("a") as fh:
        fh.write("".join(f'{k}="{v}"\n' for k, v in LEGACY_TURN.items()))
    state_4548 = snapshot(prefix.root)
    written_4548 = json.loads((prefix.root / WRITTEN).read_text())
    prefix.emerge("--quiet-build=y", "--update", "net-im/jitsi-meet-server")
    after = installed(prefix)
    second = prefix.emerge("--config", ATOM, input="y\n")
    return {
        "prefix": prefix, "before": before, "after": after, "first": first, "second": second,
        "state_4548": state_4548, "written_4548": written_4548,
    }


@pytest.fixture(scope="module")
def fresh(overlay, gentoo_master, tmp_path_factory):
    """Only the current set, configured in batch mode (answers from the environment)."""
    clone, dist = overlay
    with pytest.MonkeyPatch.context() as mp:  # undone also when a setup step fails
        for key, value in {"JMMC_NO_NETWORK": "y", "JMMC_BATCH_MODE": "y",
                           "JVB_HOSTNAME": DOMAIN, "JVB_EXTERNAL_IP": "203.0.113.7",
                           "JVB_INTERNAL_IP": "203.0.113.7", "LE_ENABLE_AUTO": "n",
                           "JICOFO_CONVENE_USER": "host"}.items():
            mp.setenv(key, value)
        yield configure_fresh(clone, dist, gentoo_master, tmp_path_factory)


def configure_fresh(clone: Path, dist: Path, gentoo_master: Path,
                    tmp_path_factory: pytest.TempPathFactory) -> tuple[PortagePrefix, object]:
    prefix = seeded_prefix(clone, dist, gentoo_master, tmp_path_factory)
    prefix.emerge("--quiet-build=y", "net-im/jitsi-meet-server")
    add_service_users(prefix.root)
    result = prefix.emerge("--config", ATOM, input="")
    return prefix, result


# --- helpers reading the generated set ------------------------------------------------


def hocon(path: Path):  # type: ignore[no-untyped-def]
    pyhocon = pytest.importorskip("pyhocon")
    return pyhocon.ConfigFactory.parse_file(str(path))


def generated(root: Path) -> dict[str, object]:
    """The values the files must agree on, read from each file with its own parser."""
    d = master(root)["JVB_HOSTNAME"]
    jvb = hocon(root / "etc/jitsi/videobridge/jvb.conf")
    jicofo = hocon(root / "etc/jitsi/jicofo/jicofo.conf")
    return {
        "domain": d,
        "jvb": jvb,
        "shard": jvb["videobridge.apis.xmpp-client.configs.shard"],
        "jicofo": jicofo,
        "client": jicofo["jicofo.xmpp.client"],
        "prosody": lua_sections(root / f"etc/prosody/conf.d/{d}.cfg.lua"),
        "turn": key_values(root / "etc/turnserver.conf"),
        "config_js": config_js(root / f"etc/jitsi/meet/{d}-config.js"),
        "site": root / f"etc/nginx/jitsi-meet/http.d/{d}.conf",
    }


def check_consistency(root: Path) -> None:
    """The current generation's files agree on every shared value, as generated."""
    g = generated(root)
    cfg = master(root)
    d, auth = g["domain"], f"auth.{g['domain']}"
    shard, client, prosody, js = g["shard"], g["client"], g["prosody"], g["config_js"]
    turn = dict(g["turn"])
    # Domain D and its sub-domains: prosody hosts and components = jicofo = jvb = config.js.
    assert prosody[d]["__kind"] == prosody[auth]["__kind"] == "host"
    assert client["xmpp-domain"] == js["hosts"]["domain"] == d
    assert client["domain"] == shard["DOMAIN"] == auth
    assert client["conference-muc-jid"] == js["hosts"]["muc"] == f"conference.{d}"
    assert prosody[f"conference.{d}"]["__module"] == "muc"
    assert client["client-proxy"] == f"focus.{d}"
    assert prosody[f"focus.{d}"]["__module"] == "client_proxy"
    assert prosody[f"focus.{d}"]["target_address"] == f"{client['username']}@{auth}"
    assert "component_secret" not in prosody[f"focus.{d}"]  # 4548 only
    assert js["bosh"] == f"https://{d}/http-bind"
    assert js["websocket"] == f"wss://{d}/xmpp-websocket"
    assert nginx_directives(g["site"], "server_name") == [d, d]
    assert turn["realm"] == d
    # Guest and login domains: prosody hosts = config.js = jicofo's secure-domain login.
    assert js["hosts"]["anonymousdomain"] == f"guest.{d}"
    assert prosody[f"guest.{d}"]["__kind"] == "host"
    assert prosody[d]["authentication"] == "internal_hashed"
    assert g["jicofo"]["jicofo.authentication.login-url"] == d
    # Lobby and breakout rooms: the host names them, prosody serves them.
    for option, name in (("main_muc", "conference"), ("lobby_muc", "lobby"),
                         ("breakout_rooms_muc", "breakout")):
        assert prosody[d][option] == f"{name}.{d}"
        assert prosody[f"{name}.{d}"]["__module"] == "muc"
    assert sorted(prosody["*"]["unlimited_jids"]) == sorted(
        [f"{client['username']}@{auth}", f"{shard['USERNAME']}@{auth}"])
    # Brewery: jicofo's brewery-jid = the bridge's MUC_JIDS (node names are case-insensitive).
    brewery = g["jicofo"]["jicofo.bridge.brewery-jid"]
    assert brewery.lower() == shard["MUC_JIDS"].lower() == f"jvbbrewery@internal.{auth}"
    assert prosody[f"internal.{auth}"]["__module"] == "muc"
    assert shard["MUC_NICKNAME"] == cfg["MUC_UUID"]
    # focus and jvb passwords: the prosody accounts verify the passwords the daemons use.
    accounts = root / "var/lib/prosody" / store(auth) / "accounts"
    assert client["password"] == cfg["JICOFO_AUTH_PASSWORD"]
    assert shard["PASSWORD"] == cfg["JVB_AUTH_PASSWORD"]
    assert scram_ok((accounts / f"{client['username']}.dat").read_text(), client["password"])
    assert scram_ok((accounts / f"{shard['USERNAME']}.dat").read_text(), shard["PASSWORD"])
    # TURN secret, host and ports: prosody's external_services = coturn (3478/5349).
    g_opts = prosody["*"]
    assert g_opts["external_service_secret"] == turn["static-auth-secret"] == cfg["TURN_SECRET"]
    services = {s["type"]: s for s in g_opts["external_services"]}
    assert {s["host"] for s in services.values()} == {d}
    assert services["stun"]["port"] == services["turn"]["port"] == 3478
    assert int(turn["listening-port"]) == 3478
    assert services["turns"]["port"] == int(turn["tls-listening-port"]) == 5349
    assert services["turn"]["secret"] is True and services["turns"]["transport"] == "tcp"
    assert js["p2p"]["stunServers"] == [{"urls": f"stun:{d}:3478"}]
    # Certificate paths: nginx serves what coturn holds a private copy of.
    (crt,) = nginx_directives(g["site"], "ssl_certificate")
    (key,) = nginx_directives(g["site"], "ssl_certificate_key")
    assert (root / turn["cert"].lstrip("/")).read_bytes() == (root / crt.lstrip("/")).read_bytes()
    assert (root / turn["pkey"].lstrip("/")).read_bytes() == (root / key.lstrip("/")).read_bytes()
    # Current hardened coturn options.
    flags = {k for k, v in g["turn"] if not v}
    assert {"use-auth-secret", "no-cli", "no-tlsv1", "no-tlsv1_1", "no-tcp-relay",
            "no-multicast-peers"} <= flags
    denied = [v for k, v in g["turn"] if k == "denied-peer-ip"]
    for private in ("10.0.0.0-10.255.255.255", "172.16.0.0-172.31.255.255",
                    "192.168.0.0-192.168.255.255", "127.0.0.0-127.255.255.255"):
        assert private in denied
    # JVB public address: a static mapping only behind NAT; coturn announces the same.
    mapping = g["jvb"]["ice4j.harvest.mapping"]
    internal, external = cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]
    if internal != external:
        (m,) = mapping["static-mappings"]
        assert (m["local-address"], m["public-address"]) == (internal, external)
        assert turn["external-ip"] == f"{external}/{internal}"
    else:
        assert "static-mappings" not in mapping
        assert turn["external-ip"] == external
    # No component secret and no 4548 file anywhere any more.
    for rel in CURRENT:
        assert cfg["JICOFO_SECRET"] not in (root / rel).read_text()
        assert (root / rel).stat().st_mode & 0o007 == 0
    assert not any((root / rel).exists() for rel in LEGACY)


def check_reference(root: Path) -> None:
    """typesafe-config reads both files and every key we set is in 11146's reference.conf."""
    hocon_it = pytest.importorskip("jitsi_overlay.realservers.hocon")
    reference = pytest.importorskip("jitsi_overlay.realservers.reference")
    if shutil.which("javac") is None or not hocon_it.JAR.exists():
        pytest.skip("needs javac and typesafe-config")
    files = {root / CURRENT[0]: "jvb", root / CURRENT[1]: "jicofo"}
    parsed = hocon_it.parse_files(*files)
    for path, component in files.items():
        plain, documented = reference.load_keys("11146", component)
        keys = [k for k in parsed[path].leaves if not k.startswith("ice4j.")]
        report = reference.check_keys(keys, plain, documented)
        assert report.missing == [] and report.found, (component, report.missing)


# --- the upgrade from a configured 4548-generation root ---------------------------------


def test_upgrade_changes_the_vdb_versions(upgraded) -> None:
    v4548 = {"jicofo": "1.0.567.4548", "jitsi-videobridge": "2.1.197.4548",
             **{pn: "1.0.4074.4548" for pn in EBUILD_11146 if pn.startswith("jitsi-meet")}}
    assert upgraded["before"] == {**v4548, "jitsi-meet-server": "4548"}
    assert upgraded["after"] == {**EBUILD_11146, "jitsi-meet-server": "11146"}
    assert "Re-use existing configuration for meet.example.org? (y/n) [n]: " in (
        upgraded["second"].stdout)


def test_4548_generation_before_the_upgrade(upgraded) -> None:
    state = upgraded["state_4548"]
    assert all(rel in state for rel in LEGACY)
    assert not any(rel in state for rel in CURRENT)
    prosody = state[f"etc/prosody/conf.d/{DOMAIN}.cfg.lua"].decode()
    assert "turncredentials_secret" in prosody and "component_secret" in prosody


def test_upgrade_keeps_every_secret(upgraded) -> None:
    root = upgraded["prefix"].root
    before = dict(re.findall(r'^(\w+)="([^"]*)"$',
                             upgraded["state_4548"][MASTER].decode(), re.M))
    after = master(root)
    # Re-use keeps every value; the spelled-out 4548 TURN defaults count as "the
    # generation's default" (3478/5349, no mux now: test_upgraded_set_is_consistent) and
    # drop out of the file.
    assert {k: before[k] for k in LEGACY_TURN} == LEGACY_TURN
    assert after == {k: x for k, x in before.items() if k not in LEGACY_TURN}
    assert all(before[k] for k in SECRET_KEYS) and before["JICOFO_CONVENE_USER"] == "chair"
    g = generated(root)
    assert g["client"]["password"] == before["JICOFO_AUTH_PASSWORD"]
    assert g["shard"]["PASSWORD"] == before["JVB_AUTH_PASSWORD"]
    assert g["shard"]["MUC_NICKNAME"] == before["MUC_UUID"]
    assert dict(g["turn"])["static-auth-secret"] == before["TURN_SECRET"]
    # Accounts (convener included), certificates and keys are byte for byte the same.
    state = upgraded["state_4548"]
    kept = [rel for rel in state if rel.startswith(("var/lib/prosody/", "etc/prosody/certs/",
                                                    "etc/jitsi/meet/", "etc/turnserver/certs/",
                                                    "usr/local/share/ca-certificates/"))
            and not rel.endswith(("-config.js", ".keep"))]
    assert len(kept) >= 12, kept
    for rel in kept:
        assert (root / rel).read_bytes() == state[rel], rel
    convener = root / "var/lib/prosody" / store(DOMAIN) / "accounts/chair.dat"
    assert scram_ok(convener.read_text(), before["JICOFO_CONVENE_PASSWORD"])


def test_upgrade_removes_only_the_4548_files_we_wrote(upgraded) -> None:
    root = upgraded["prefix"].root
    written = json.loads((root / WRITTEN).read_text())
    stream = "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf"  # the 4548 TURN mux
    for rel in (*LEGACY, stream.lstrip("/")):
        assert f"/{rel}" in upgraded["written_4548"]
        assert not (root / rel).exists(), rel
        assert f"/{rel}" not in written
    # Files in the same directories that the configurator did not write stay.
    for rel in ("etc/jitsi/videobridge/logging.properties", "etc/jitsi/jicofo/logging.properties",
                "etc/conf.d/jicofo", "etc/nginx/mime.types.nginx"):
        assert (root / rel).is_file(), rel
    assert set(upgraded["written_4548"]) - set(written) == {
        f"/{rel}" for rel in (*LEGACY, stream.lstrip("/"))}


def test_upgraded_set_is_consistent(upgraded) -> None:
    root = upgraded["prefix"].root
    check_consistency(root)
    assert master(root)["JVB_INTERNAL_IP"] == "10.1.2.3"  # the NAT branch


def test_upgraded_hocon_keys_exist_in_the_11146_reference(upgraded) -> None:
    check_reference(upgraded["prefix"].root)


def test_a_second_reuse_run_writes_nothing(upgraded) -> None:
    prefix = upgraded["prefix"]
    before = snapshot(prefix.root)
    res = prefix.emerge("--config", ATOM, input="y\n")
    assert " * 0 file(s) written" in res.stdout
    assert snapshot(prefix.root) == before


# --- a fresh configuration of the current set -----------------------------------------


def test_fresh_batch_configuration_is_consistent(fresh) -> None:
    prefix, result = fresh
    assert "file(s) written" in result.stdout and " * Hostname [" not in result.stdout
    root = prefix.root
    cfg = master(root)
    assert cfg["JVB_HOSTNAME"] == DOMAIN and cfg["JICOFO_CONVENE_USER"] == "host"
    assert all(cfg[k] for k in SECRET_KEYS)
    check_consistency(root)
    assert not (root / "etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf").exists()
    # Without the multiplexer nginx serves HTTPS on 443 itself.
    site = root / f"etc/nginx/jitsi-meet/http.d/{DOMAIN}.conf"
    assert "443 ssl http2" in nginx_directives(site, "listen")
    assert nginx_directives(site, "proxy_pass")[-1] == (
        "http://127.0.0.1:8888/conference-request/v1")


def test_fresh_hocon_keys_exist_in_the_11146_reference(fresh) -> None:
    check_reference(fresh[0].root)


def test_fresh_set_matches_the_upstream_11146_shape(fresh) -> None:
    """The keys upstream's 11146 Debian postinst scripts write are all there."""
    g = generated(fresh[0].root)
    assert set(g["shard"]) >= {"HOSTNAME", "DOMAIN", "USERNAME", "PASSWORD", "MUC_JIDS",
                               "MUC_NICKNAME"}
    assert g["jvb"]["ice4j.harvest.mapping.aws.enabled"] is False
    assert set(g["client"]) >= {"client-proxy", "xmpp-domain", "domain", "username",
                                "password"}
    assert g["jicofo"]["jicofo.bridge.brewery-jid"]
    # Reference defaults we rely on and do not set: c2s on 5222 with TLS.
    reference = REPO.parent / "shared/data/upstream-reference/11146"
    common = reference / "jicofo-jicofo-common_src_main_resources_reference.conf"
    if not common.is_file():
        pytest.skip("upstream reference configs not available")
    ref = hocon(common)
    assert ref["jicofo.xmpp.client.port"] == int(g["client"]["port"]) == 5222
    assert ref["jicofo.xmpp.client.use-tls"] is True
