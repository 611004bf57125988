"""jicofo: ``config`` and ``sip-communicator.properties`` (4548 generation), or
``jicofo.conf`` (HOCON, current generation).

In 4548 jicofo reaches prosody as the component ``focus.D`` (secret ``JICOFO_SECRET``
on ``JVB_PORT``) and as ``focus@auth.D``; later it logs in only as ``focus@auth.D`` and
prosody's ``client_proxy`` component ``focus.D`` relays for it.  Either way it finds
bridges in ``JvbBrewery@internal.auth.D`` and lets only accounts of ``D`` create rooms.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ...api import (
    Action,
    Callback,
    ConfigError,
    Context,
    File,
    Remove,
)

PACKAGE = "net-im/jicofo"
CONFIG_DIR = "/etc/jitsi/jicofo"
JICOFO_CONF = f"{CONFIG_DIR}/jicofo.conf"
LEGACY_FILES = ("config", "sip-communicator.properties")
BREWERY = "JvbBrewery"
SYS_PROPS = (
    "-Dnet.java.sip.communicator.SC_HOME_DIR_LOCATION=/etc/jitsi",
    "-Dnet.java.sip.communicator.SC_HOME_DIR_NAME=jicofo",
    "-Dnet.java.sip.communicator.SC_LOG_DIR_LOCATION=/var/log/jitsi",
    f"-Djava.util.logging.config.file={CONFIG_DIR}/logging.properties",
)


def shell(value: str) -> str:
    """A single-quoted shell word: the init script reads it as data, nothing expands."""
    return "'" + value.replace("'", "'\\''") + "'"


def prop(value: str) -> str:
    """A java.util.Properties value (backslashes, line breaks and a leading blank escaped)."""
    out = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    out = "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in out)
    return "\\" + out if out.startswith((" ", "\t")) else out


def hocon_check(path: str, data: bytes) -> str | None:
    """The file parses as HOCON (pyhocon where installed)."""
    try:
        from pyhocon import ConfigFactory
    except ImportError:
        return "not checked: pyhocon not installed"
    try:
        ConfigFactory.parse_string(data.decode())
    except Exception as exc:  # pyhocon raises several unrelated types
        raise ConfigError(f"{path}: invalid HOCON: {exc}") from exc
    return None


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    if not cfg["JICOFO_SECRET"] or not cfg["JICOFO_AUTH_PASSWORD"]:
        raise ConfigError(
            "JICOFO_SECRET and JICOFO_AUTH_PASSWORD must be set: run the "
            "configurator interactively so it generates them"
        )
    if ctx.generation(PACKAGE) == "2020":
        yield Remove(JICOFO_CONF)
        yield from render_2020(ctx)
    else:
        for name in LEGACY_FILES:
            yield Remove(f"{CONFIG_DIR}/{name}")
        yield from render_hocon(ctx)


def render_2020(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    domain, auth = cfg.hostname, cfg.auth_domain
    config = ctx.template(
        "config.j2",
        domain=domain,
        domain_sh=shell(domain),
        host=shell(cfg["JVB_HOST"]),
        secret=shell(cfg["JICOFO_SECRET"]),
        port=shell(str(cfg.port("JVB_PORT"))),
        auth=shell(auth),
        user=shell(cfg["JICOFO_AUTH_USER"]),
        password=shell(cfg["JICOFO_AUTH_PASSWORD"]),
        opts=shell(""),
        sys_props=shell(" ".join(SYS_PROPS)),
    )
    properties = ctx.template(
        "sip-communicator.properties.j2",
        domain=domain,
        brewery=prop(f"{BREWERY}@internal.{auth}"),
        auth_url=prop(f"XMPP:{domain}"),
    )
    for name, text, validator in (
        ("config", config, "shell-env"),
        ("sip-communicator.properties", properties, "properties"),
    ):
        yield File(
            f"{CONFIG_DIR}/{name}",
            text,
            mode=0o640,
            owner="jicofo",
            group="jitsi",
            secret=True,
            validator=validator,
        )


def render_hocon(ctx: Context) -> Iterator[Action]:
    """jicofo.conf: a client login plus prosody's client_proxy instead of a component."""
    cfg = ctx.config
    domain, auth = cfg.hostname, cfg.auth_domain
    q = json.dumps  # a JSON string is a valid HOCON string
    text = ctx.template(
        "jicofo.conf.j2",
        domain=domain,
        host=q(cfg["JVB_HOST"]),
        c2s_port=cfg.port("JMMC_C2S_PORT"),
        auth=q(auth),
        xmpp_domain=q(domain),
        user=q(cfg["JICOFO_AUTH_USER"]),
        password=q(cfg["JICOFO_AUTH_PASSWORD"]),
        muc=q(f"conference.{domain}"),
        client_proxy=q(f"focus.{domain}"),
        brewery=q(f"{BREWERY}@internal.{auth}"),
    )
    yield File(
        JICOFO_CONF,
        text,
        mode=0o640,
        owner="jicofo",
        group="jitsi",
        secret=True,
        validator=hocon_check,
    )


CALLBACK = Callback(
    name="jicofo",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="jicofo component and focus account, brewery MUC, secure domain",
)
