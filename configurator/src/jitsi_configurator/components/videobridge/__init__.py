"""jitsi-videobridge: ``config`` and ``sip-communicator.properties`` (4548 generation), or
``jvb.conf`` (HOCON, current generation) plus the heap size in ``/etc/conf.d``.

The bridge logs in as ``JVB_AUTH_USER@auth.D`` (the account the prosody callback stores)
and joins the brewery ``JvbBrewery@internal.auth.D`` that jicofo watches.  prosody's
``auth.D`` certificate is in the system CA store, so certificate checks stay on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ...api import Action, Callback, Context, File, MasterConfig, Port
from ...helpers import java_daemons
from ...helpers.addresses import is_ip
from ...helpers.checks import hocon_check
from ...helpers.files import secret_file
from ...helpers.quoting import hocon_string, properties_value, shell_word
from ...helpers.textedit import set_shell_assignment
from ...helpers.topology import XmppNames

PACKAGE = "net-im/jitsi-videobridge"
CONFIG_DIR = "/etc/jitsi/videobridge"
JVB_CONF = f"{CONFIG_DIR}/jvb.conf"
CONFD = "/etc/conf.d/jitsi-videobridge"  # the current launcher's heap size lives here
MEDIA_PORT = 10000  # the bridge's single UDP port, both generations' default


def render(ctx: Context) -> Iterator[Action]:
    java_daemons.require_generated(ctx.config, "JVB_AUTH_PASSWORD", "JVB_SECRET", "MUC_UUID")
    yield Port(MEDIA_PORT, "udp", "videobridge media")
    yield from java_daemons.by_generation(ctx, PACKAGE, config_dir=CONFIG_DIR,
                                          hocon_file=JVB_CONF, render_2020=render_2020,
                                          render_hocon=render_hocon)


def nat_pair(cfg: MasterConfig) -> tuple[str, str] | None:
    """(internal, external) when the bridge sits behind NAT, else None."""
    internal, external = cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]
    if internal != external and is_ip(internal) and is_ip(external):
        return internal, external
    return None


def shard(cfg: MasterConfig, quote: Callable[[str], str]) -> dict[str, object]:
    """The bridge's XMPP shard and NAT settings, each value quoted for its file format."""
    names = XmppNames.of(cfg)
    nat = nat_pair(cfg)
    return {
        "domain": names.domain,
        "host": quote(cfg["JVB_HOST"]),
        "c2s_port": cfg.port("JMMC_C2S_PORT"),
        "auth": quote(names.auth),
        "user": quote(cfg["JVB_AUTH_USER"]),
        "password": quote(cfg["JVB_AUTH_PASSWORD"]),
        "brewery": quote(names.brewery),
        "nickname": quote(cfg["MUC_UUID"]),
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
    text = ctx.template("jvb.conf.j2", **shard(cfg, hocon_string))
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
