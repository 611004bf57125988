"""Prosody for Jitsi Meet: host file, accounts, certificates, CA trust.

Writes ``/etc/prosody/conf.d/<D>.cfg.lua`` (4548: a focus component with a secret and
``turncredentials``; current: a ``client_proxy`` focus, prosody's ``external_services``
on 3478/5349, lobby and breakout MUCs, ``unlimited_jids``), adds the ``conf.d`` Include
to ``prosody.cfg.lua`` when it is missing, stores the focus, videobridge and convener
accounts as SCRAM-SHA-1 hashes in prosody's own account files (no password on a command
line), and makes self-signed certificates for ``D`` and ``auth.D``; the latter goes into
the system CA store so the Java daemons trust prosody.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Iterable, Iterator

from ...api import (
    Action,
    Callback,
    ConfigError,
    Context,
    Directory,
    File,
    MasterConfig,
    Port,
    Remove,
    cert_fits,
    self_signed,
)
from ...bridges import ACCOUNT_PREFIX, Bridge
from ...helpers.checks import lua_check
from ...helpers.files import secret_file
from ...helpers.generations import is_current, label
from ...helpers.quoting import lua_string
from ...helpers.topology import XmppNames, prosody_certificate
from ...helpers.trust import LOCAL_CA_DIR, ca_update

PACKAGE = "net-im/jitsi-meet-prosody"
PROSODY_CFG = "/etc/prosody/prosody.cfg.lua"
CONF_D = "/etc/prosody/conf.d"
CA_DIR = LOCAL_CA_DIR
DEFAULT_DATA_PATH = "/var/lib/prosody"
PLUGIN_DIR = "/usr/share/jitsi-meet/prosody-plugins/"
INCLUDE_LINE = 'Include "conf.d/*.cfg.lua"'
SCRAM_ITERATIONS = 10000  # prosody 0.12's default for internal_hashed
CERT_DAYS = 825


def _store_dir(host: str) -> str:
    # prosody's datamanager escapes every non-alphanumeric byte as %xx.
    return re.sub(r"[^A-Za-z0-9]", lambda m: f"%{ord(m.group()):02x}", host)


def account_path(data_path: str, host: str, user: str) -> str:
    return f"{data_path}/{_store_dir(host)}/accounts/{_store_dir(user)}.dat"


def scram_keys(password: str, salt: str, iterations: int) -> tuple[str, str]:
    """(stored_key, server_key) in hex, as prosody's internal_hashed stores them."""
    salted = hashlib.pbkdf2_hmac("sha1", password.encode(), salt.encode(), iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha1).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha1).digest()
    return hashlib.sha1(client_key).hexdigest(), server_key.hex()


def _parse_account(text: str) -> dict[str, str]:
    return dict(re.findall(r'\["(\w+)"\]\s*=\s*"?([^";\n]*)"?;', text))


def account_file(existing: str | None, password: str) -> str:
    """The account file for ``password``, reusing the old salt when it still matches.

    Reusing keeps a re-run byte-identical; a changed password gets a fresh salt.
    """
    if existing:
        old = _parse_account(existing)
        try:
            iterations = int(old.get("iteration_count", ""))
        except ValueError:
            iterations = 0
        salt = old.get("salt", "")
        if iterations > 0 and salt:
            stored, server = scram_keys(password, salt, iterations)
            if (stored, server) == (old.get("stored_key"), old.get("server_key")):
                return existing
    salt = str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))
    stored, server = scram_keys(password, salt, SCRAM_ITERATIONS)
    return (
        "return {\n"
        f'\t["iteration_count"] = {SCRAM_ITERATIONS};\n'
        f'\t["salt"] = "{salt}";\n'
        f'\t["server_key"] = "{server}";\n'
        f'\t["stored_key"] = "{stored}";\n'
        "};\n"
    )


def cert_pair(ctx: Context, host: str) -> tuple[str, str]:
    """``host``'s existing (key, certificate) when it still fits, else a new self-signed one.

    The certificate serves ``host`` and its subdomains.
    """
    paths = prosody_certificate(host)
    key, crt = ctx.read_text(paths.key), ctx.read_text(paths.crt)
    names = [host, f"*.{host}"]
    if key and crt and cert_fits(crt, key, names[0], self_signed_only=True):
        return key, crt
    return self_signed(names, CERT_DAYS)


def data_path(ctx: Context) -> str:
    main = ctx.read_text(PROSODY_CFG) or ""
    found = re.search(r'^\s*data_path\s*=\s*"([^"]+)"', main, re.M)
    return found[1].rstrip("/") if found else DEFAULT_DATA_PATH


def with_include(main: str) -> str:
    """prosody.cfg.lua with our conf.d Include appended when no Include of conf.d exists."""
    if re.search(r'^\s*Include\s*\(?\s*["\'][^"\']*conf\.d/', main, re.M):
        return main
    tail = "" if main.endswith("\n") or not main else "\n"
    note = "-- Added by jitsi-meet-master-config: per-domain files."
    return f"{main}{tail}\n{note}\n{INCLUDE_LINE}\n"


def host_files(domain: str, auth: str) -> list[str]:
    """Every file this callback writes for ``domain`` (used to clean up a renamed host)."""
    certs = [prosody_certificate(host) for host in (domain, auth)]
    return [
        f"{CONF_D}/{domain}.cfg.lua",
        *(path for cert in certs for path in (cert.key, cert.crt)),
        f"{CA_DIR}/{auth}.crt",
    ]


def accounts(cfg: MasterConfig, data: str, bridges: Iterable[Bridge] = ()) -> dict[str, str]:
    """Account file path -> password: focus and videobridge on auth.D, the convener on D,
    and one account on auth.D for each bridge on another host."""
    auth = cfg.auth_domain
    return {
        **{account_path(data, auth, b.account): b.password for b in bridges},
        account_path(data, auth, cfg["JICOFO_AUTH_USER"]): cfg["JICOFO_AUTH_PASSWORD"],
        account_path(data, auth, cfg["JVB_AUTH_USER"]): cfg["JVB_AUTH_PASSWORD"],
        account_path(data, cfg.hostname, cfg["JICOFO_CONVENE_USER"]): cfg[
            "JICOFO_CONVENE_PASSWORD"
        ],
    }


def bridge_c2s_address(cfg: MasterConfig) -> str:
    """The address bridges on other hosts connect to for XMPP (the admin's choice)."""
    return cfg.get("JMMC_BRIDGE_C2S_ADDRESS") or cfg["JVB_INTERNAL_IP"]


def revoked_bridges(ctx: Context, data: str) -> Iterator[Action]:
    """Removes the account of every bridge no longer registered (only files we wrote)."""
    store = f"{data}/{_store_dir(ctx.config.auth_domain)}/accounts"
    kept = set(accounts(ctx.config, data, ctx.bridges))
    prefix = _store_dir(ACCOUNT_PREFIX)
    try:
        names = sorted(p.name for p in (ctx.root / store.lstrip("/")).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in names:
        path = f"{store}/{name}"
        if name.startswith(prefix) and name.endswith(".dat") and path not in kept:
            yield Remove(path)


def bridge_ports(ctx: Context) -> Iterator[Action]:
    """Firewall advice for bridges on other hosts."""
    if not ctx.bridges:
        return
    hosts = ", ".join(sorted({b.address for b in ctx.bridges}))
    yield Port(ctx.config.port("JMMC_C2S_PORT"), "tcp",
               f"XMPP from the bridge hosts only ({hosts})")
    for b in ctx.bridges:
        yield Port(b.media_port, "udp", f"media, on bridge host {b.address} ({b.id})")


def turn_ports(cfg: MasterConfig, generation: str) -> tuple[int, int]:
    """(TURN/STUN port, TLS TURN port clients are told): the mux moves TLS to HTTPS."""
    turn, turns, mux = cfg.turn(generation)
    return turn, cfg.port("JMMC_HTTPS_PORT") if mux else turns


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    names = XmppNames.of(cfg)
    domain, auth = names.domain, names.auth
    main = ctx.read_text(PROSODY_CFG)
    if main is None:
        raise ConfigError(f"{PROSODY_CFG} is missing: install net-im/prosody, then run again")
    data = data_path(ctx)
    current = is_current(ctx, PACKAGE)
    turn_port, turns_port = turn_ports(cfg, ctx.generation(PACKAGE))
    bind = cfg.get("JMMC_BIND_ADDRESS")
    c2s_if = [] if not bind else [bind] if bind in ("127.0.0.1", "::1") else [bind, "127.0.0.1"]
    if c2s_if and ctx.bridges:
        # Bridges on other hosts log in here; with no bind address prosody listens on all.
        c2s_if.append(bridge_c2s_address(cfg))

    if ctx.previous is not None:
        old = ctx.previous
        if old.hostname != domain:
            for path in host_files(old.hostname, old.auth_domain):
                yield Remove(path)
        # Accounts of a renamed host or user; the core removes only those it wrote.
        for path in sorted(set(accounts(old, data)) - set(accounts(cfg, data))):
            yield Remove(path)
    yield from revoked_bridges(ctx, data)
    yield from bridge_ports(ctx)

    domain_cert, auth_cert = prosody_certificate(domain), prosody_certificate(auth)
    text = ctx.template(
        "host.cfg.lua.j2",
        generation=label(ctx, PACKAGE),
        hocon=current,
        turn_module="external_services" if current else "turncredentials",
        domain=domain,
        domain_q=lua_string(domain),
        guest_q=lua_string(names.guest),
        auth_q=lua_string(auth),
        conference_q=lua_string(names.conference),
        lobby_q=lua_string(names.lobby),
        breakout_q=lua_string(names.breakout),
        internal_q=lua_string(names.internal),
        focus_q=lua_string(names.focus),
        speakerstats_q=lua_string(names.speakerstats),
        duration_q=lua_string(names.conference_duration),
        focus_jid_q=lua_string(names.account(cfg["JICOFO_AUTH_USER"])),
        jvb_jid_q=lua_string(names.account(cfg["JVB_AUTH_USER"])),
        plugin_dir=lua_string(PLUGIN_DIR),
        c2s_port=cfg.port("JMMC_C2S_PORT"),
        c2s_interfaces=", ".join(lua_string(i) for i in c2s_if),
        component_port=cfg.port("JVB_PORT"),
        bosh_port=cfg.port("JMMC_BOSH_PORT"),
        turn_secret=lua_string(cfg["TURN_SECRET"]),
        focus_secret=lua_string(cfg["JICOFO_SECRET"]),
        turn_port=turn_port,
        turns_port=turns_port,
        domain_key=lua_string(domain_cert.key),
        domain_crt=lua_string(domain_cert.crt),
        auth_key=lua_string(auth_cert.key),
        auth_crt=lua_string(auth_cert.crt),
    )
    yield secret_file(f"{CONF_D}/{domain}.cfg.lua", text, group="prosody", validator=lua_check)
    included = with_include(main)
    if included != main:
        yield File(PROSODY_CFG, included, mode=0o644, validator=lua_check)

    for host in (domain, auth):
        key, crt = cert_pair(ctx, host)
        paths = prosody_certificate(host)
        yield secret_file(paths.key, key, group="prosody", validator="pem-key")
        yield File(paths.crt, crt, mode=0o644, validator="pem-cert")
        if host == auth:
            # Java (jicofo, jvb) verifies prosody's auth.D certificate via the system store.
            ca_path = f"{CA_DIR}/{auth}.crt"
            changed = ctx.read_text(ca_path) != crt
            yield File(ca_path, crt, mode=0o644, validator="pem-cert")
            if changed:
                yield ca_update(ctx, f"prosody's {auth} certificate")

    yield from account_files(ctx, data)


def account_files(ctx: Context, data: str) -> Iterator[Action]:
    """The three accounts' files, and prosody's own store directories for them."""
    stores: set[str] = set()
    for path, password in accounts(ctx.config, data, ctx.bridges).items():
        if not password:
            raise ConfigError(
                f"no password for the XMPP account stored in {path}: run the "
                "configurator interactively so it generates one"
            )
        store = path.rsplit("/", 2)[0]
        if store not in stores:
            stores.add(store)
            # prosody must own its store (the core makes missing parents root-owned); the
            # owner comes from the target root's own /etc/passwd and /etc/group.
            for d in (store, f"{store}/accounts"):
                yield Directory(d, mode=0o750, owner="prosody", group="prosody")
        yield secret_file(path, account_file(ctx.read_text(path), password), owner="prosody",
                          group="prosody", validator=lua_check)


CALLBACK = Callback(
    name="jitsi-meet-prosody",
    package=PACKAGE,
    render=render,
    description="prosody host, accounts and certificates for the Jitsi Meet domain",
)
