"""jicofo: ``config`` and ``sip-communicator.properties`` (4548 generation), or
``jicofo.conf`` (HOCON, current generation).

In 4548 jicofo reaches prosody as the component ``focus.D`` (secret ``JICOFO_SECRET``
on ``JVB_PORT``) and as ``focus@auth.D``; later it logs in only as ``focus@auth.D`` and
prosody's ``client_proxy`` component ``focus.D`` relays for it.  Either way it finds
bridges in ``JvbBrewery@internal.auth.D`` and lets only accounts of ``D`` create rooms.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...api import Action, Callback, Context
from ...helpers import java_daemons
from ...helpers.checks import hocon_check
from ...helpers.files import secret_file
from ...helpers.quoting import hocon_string, properties_value, shell_word
from ...helpers.topology import XmppNames

PACKAGE = "net-im/jicofo"
CONFIG_DIR = "/etc/jitsi/jicofo"
JICOFO_CONF = f"{CONFIG_DIR}/jicofo.conf"


def render(ctx: Context) -> Iterator[Action]:
    java_daemons.require_generated(ctx.config, "JICOFO_SECRET", "JICOFO_AUTH_PASSWORD")
    yield from java_daemons.by_generation(ctx, PACKAGE, config_dir=CONFIG_DIR,
                                          hocon_file=JICOFO_CONF, render_2020=render_2020,
                                          render_hocon=render_hocon)


def render_2020(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    names = XmppNames.of(cfg)
    config = ctx.template(
        "config.j2",
        domain=names.domain,
        domain_sh=shell_word(names.domain),
        host=shell_word(cfg["JVB_HOST"]),
        secret=shell_word(cfg["JICOFO_SECRET"]),
        port=shell_word(str(cfg.port("JVB_PORT"))),
        auth=shell_word(names.auth),
        user=shell_word(cfg["JICOFO_AUTH_USER"]),
        password=shell_word(cfg["JICOFO_AUTH_PASSWORD"]),
        opts=shell_word(""),
        sys_props=shell_word(java_daemons.system_properties("jicofo", CONFIG_DIR)),
    )
    properties = ctx.template(
        "sip-communicator.properties.j2",
        domain=names.domain,
        brewery=properties_value(names.brewery),
        auth_url=properties_value(f"XMPP:{names.domain}"),
    )
    yield from java_daemons.legacy_files(CONFIG_DIR, "jicofo", config, properties)


def render_hocon(ctx: Context) -> Iterator[Action]:
    """jicofo.conf: a client login plus prosody's client_proxy instead of a component."""
    cfg = ctx.config
    names = XmppNames.of(cfg)
    q = hocon_string
    text = ctx.template(
        "jicofo.conf.j2",
        domain=names.domain,
        host=q(cfg["JVB_HOST"]),
        c2s_port=cfg.port("JMMC_C2S_PORT"),
        auth=q(names.auth),
        xmpp_domain=q(names.domain),
        user=q(cfg["JICOFO_AUTH_USER"]),
        password=q(cfg["JICOFO_AUTH_PASSWORD"]),
        muc=q(names.conference),
        client_proxy=q(names.focus),
        brewery=q(names.brewery),
        # Bridges on other hosts: conferences may span bridges through relays (octo), which
        # every bridge then enables too (the videobridge callback and bridge hosts do).
        relays=bool(ctx.bridges),
    )
    yield secret_file(JICOFO_CONF, text, owner="jicofo", group="jitsi", validator=hocon_check)


CALLBACK = Callback(
    name="jicofo",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="jicofo component and focus account, brewery MUC, secure domain",
)
