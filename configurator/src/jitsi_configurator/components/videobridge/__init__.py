"""jitsi-videobridge: ``config`` and ``sip-communicator.properties`` (4548 generation), or
``jvb.conf`` (HOCON, current generation) plus the heap size in ``/etc/conf.d``.

The bridge logs in as ``JVB_AUTH_USER@auth.D`` (the account the prosody callback stores)
and joins the brewery ``JvbBrewery@internal.auth.D`` that jicofo watches.  prosody's
``auth.D`` certificate is in the system CA store, so certificate checks stay on.

On a bridge host (``JMMC_ROLE="bridge"``, configured from the main server's join file) the
bridge logs in to the main server's prosody instead, with its own account, under its bridge
id as MUC nickname; the main server's pinned auth.D certificate goes into this host's CA
store.  In the current generation such a bridge also serves its colibri websockets (the
main server's nginx routes ``/colibri-ws/<id>/`` to it) and relays to other bridges.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator

from ...api import Action, Callback, Context, File, MasterConfig, Port
from ...helpers import java_daemons
from ...helpers.addresses import is_ip, join_host_port
from ...helpers.checks import hocon_check
from ...helpers.files import secret_file
from ...helpers.quoting import hocon_string, properties_value, shell_word
from ...helpers.textedit import set_shell_assignment
from ...helpers.topology import XmppNames
from ...helpers.trust import LOCAL_CA_DIR, ca_update

PACKAGE = "net-im/jitsi-videobridge"
CONFIG_DIR = "/etc/jitsi/videobridge"
JVB_CONF = f"{CONFIG_DIR}/jvb.conf"
CONFD = "/etc/conf.d/jitsi-videobridge"  # the current launcher's heap size lives here
MEDIA_PORT = 10000  # the bridge's single UDP port, both generations' default


def is_bridge_host(cfg: MasterConfig) -> bool:
    """This host runs only a bridge that joins a main server elsewhere."""
    return cfg.get("JMMC_ROLE") == "bridge"


def media_port(cfg: MasterConfig) -> int:
    return int(cfg.get("JMMC_BRIDGE_MEDIA_PORT") or MEDIA_PORT)


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    if is_bridge_host(cfg):
        java_daemons.require_generated(cfg, "JVB_AUTH_PASSWORD", "JMMC_MAIN_ADDRESS",
                                       "JMMC_BRIDGE_ID")
        yield from pinned_main_certificate(ctx)
    else:
        java_daemons.require_generated(cfg, "JVB_AUTH_PASSWORD", "JVB_SECRET", "MUC_UUID")
    yield Port(media_port(cfg), "udp", "videobridge media")
    yield from java_daemons.by_generation(ctx, PACKAGE, config_dir=CONFIG_DIR,
                                          hocon_file=JVB_CONF, render_2020=render_2020,
                                          render_hocon=render_hocon)


def nat_pair(cfg: MasterConfig) -> tuple[str, str] | None:
    """(internal, external) when the bridge sits behind NAT, else None."""
    internal, external = cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]
    if internal != external and is_ip(internal) and is_ip(external):
        return internal, external
    return None


def pinned_main_certificate(ctx: Context) -> Iterator[Action]:
    """The main server's auth.D certificate from the join file, trusted through the CA store."""
    pem = cfg_certificate(ctx.config)
    if not pem:
        return  # the main server's auth.D certificate is signed by a public CA
    path = f"{LOCAL_CA_DIR}/jitsi-{ctx.config.auth_domain}.crt"
    changed = ctx.read_text(path) != pem
    yield File(path, pem, mode=0o644, validator="pem-cert")
    if changed:
        yield ca_update(ctx, f"the main server's {ctx.config.auth_domain} certificate")


def cfg_certificate(cfg: MasterConfig) -> str:
    """The pinned certificate (PEM) the master config carries base64-encoded, or ""."""
    encoded = cfg.get("JMMC_MAIN_CERT")
    return base64.b64decode(encoded).decode("ascii") if encoded else ""


def shard(cfg: MasterConfig, quote: Callable[[str], str]) -> dict[str, object]:
    """The bridge's XMPP shard and NAT settings, each value quoted for its file format."""
    names = XmppNames.of(cfg)
    nat = nat_pair(cfg)
    remote = is_bridge_host(cfg)
    return {
        "domain": names.domain,
        "host": quote(cfg["JMMC_MAIN_ADDRESS"] if remote else cfg["JVB_HOST"]),
        "c2s_port": cfg.port("JMMC_C2S_PORT"),
        "auth": quote(names.auth),
        "user": quote(cfg["JVB_AUTH_USER"]),
        "password": quote(cfg["JVB_AUTH_PASSWORD"]),
        "brewery": quote(names.brewery),
        "nickname": quote(cfg["JMMC_BRIDGE_ID"] if remote else cfg["MUC_UUID"]),
        "nat": nat is not None,
        "local_ip": quote(nat[0] if nat else ""),
        "public_ip": quote(nat[1] if nat else ""),
    }


def render_2020(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    domain = cfg.hostname
    config = ctx.template(
        "config.j2",
        domain=domain,
        domain_sh=shell_word(domain),
        host=shell_word(cfg["JVB_HOST"]),
        port=shell_word(str(cfg.port("JVB_PORT"))),
        secret=shell_word(cfg["JVB_SECRET"]),
        opts=shell_word("--apis=,"),
        max_memory=shell_word(cfg["JVB_MAX_MEMORY"]),
        sys_props=shell_word(java_daemons.system_properties("videobridge", CONFIG_DIR)),
    )
    properties = ctx.template("sip-communicator.properties.j2", **shard(cfg, properties_value))
    yield from java_daemons.legacy_files(CONFIG_DIR, "jvb", config, properties)


def render_hocon(ctx: Context) -> Iterator[Action]:
    """jvb.conf for the launcher that reads -Dconfig.file; the heap goes to conf.d."""
    cfg = ctx.config
    remote = is_bridge_host(cfg)
    names = XmppNames.of(cfg)
    bridge_id = cfg["JMMC_BRIDGE_ID"] if remote else ""
    text = ctx.template(
        "jvb.conf.j2", **shard(cfg, hocon_string),
        media_port=media_port(cfg),
        # Browsers reach a bridge host's websockets through the main site's
        # /colibri-ws/<id>/ route; the bridge advertises that URL.
        websocket_port=int(cfg.get("JMMC_BRIDGE_WS_PORT") or 0) if remote else 0,
        server_id=hocon_string(bridge_id),
        public_domain=hocon_string(join_host_port(names.domain,
                                                  cfg.port("JMMC_HTTPS_PORT"))),
        # Relays (octo) must be on for every bridge once jicofo enables them, that is when
        # bridges on other hosts exist.
        relay=remote or bool(ctx.bridges),
        relay_id=hocon_string(bridge_id or cfg["MUC_UUID"]),
    )
    yield secret_file(JVB_CONF, text, owner="jvb", group="jitsi", validator=hocon_check)
    confd = ctx.read_text(CONFD)
    if confd is not None:
        edited = set_shell_assignment(confd, "JVB_MAX_MEMORY", cfg["JVB_MAX_MEMORY"])
        if edited != confd:
            yield File(CONFD, edited, mode=0o644, validator="shell-env")


CALLBACK = Callback(
    name="jitsi-videobridge",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="videobridge XMPP login, brewery MUC, NAT addresses and heap size",
)
