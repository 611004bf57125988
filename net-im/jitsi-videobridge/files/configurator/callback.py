"""jitsi-videobridge (4548 generation): ``config`` and ``sip-communicator.properties``.

The bridge logs in as ``JVB_AUTH_USER@auth.D`` (the account the prosody callback stores)
and joins the brewery ``JvbBrewery@internal.auth.D`` that jicofo watches.  prosody's
``auth.D`` certificate is in the system CA store, so certificate checks stay on.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from jmmc.api import Action, Callback, ConfigError, Context, File

PACKAGE = "net-im/jitsi-videobridge"
CONFIG_DIR = "/etc/jitsi/videobridge"
BREWERY = "JvbBrewery"
SYS_PROPS = (
    "-Dnet.java.sip.communicator.SC_HOME_DIR_LOCATION=/etc/jitsi",
    "-Dnet.java.sip.communicator.SC_HOME_DIR_NAME=videobridge",
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


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    generation = ctx.generation(PACKAGE)
    if generation != "2020":
        raise ConfigError(
            f"{PACKAGE}-{ctx.installed.get(PACKAGE, '?')} uses the {generation!r} config "
            "generation, which this callback does not write: install the 4548 set"
        )
    domain, auth = cfg.hostname, cfg.auth_domain
    internal, external = cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]
    nat = internal != external and is_ip(internal) and is_ip(external)
    if not cfg["JVB_AUTH_PASSWORD"] or not cfg["JVB_SECRET"] or not cfg["MUC_UUID"]:
        raise ConfigError(
            "JVB_AUTH_PASSWORD, JVB_SECRET and MUC_UUID must be set: run the "
            "configurator interactively so it generates them"
        )
    config = ctx.template(
        "config.j2",
        domain=domain,
        domain_sh=shell(domain),
        host=shell(cfg["JVB_HOST"]),
        port=shell(str(cfg.port("JVB_PORT"))),
        secret=shell(cfg["JVB_SECRET"]),
        opts=shell("--apis=,"),
        max_memory=shell(cfg["JVB_MAX_MEMORY"]),
        sys_props=shell(" ".join(SYS_PROPS)),
    )
    properties = ctx.template(
        "sip-communicator.properties.j2",
        domain=domain,
        host=prop(cfg["JVB_HOST"]),
        c2s_port=cfg.port("JMMC_C2S_PORT"),
        auth=prop(auth),
        user=prop(cfg["JVB_AUTH_USER"]),
        password=prop(cfg["JVB_AUTH_PASSWORD"]),
        brewery=prop(f"{BREWERY}@internal.{auth}"),
        nickname=prop(cfg["MUC_UUID"]),
        nat=nat,
        local_ip=prop(internal),
        public_ip=prop(external),
    )
    for name, text, validator in (
        ("config", config, "shell-env"),
        ("sip-communicator.properties", properties, "properties"),
    ):
        yield File(
            f"{CONFIG_DIR}/{name}",
            text,
            mode=0o640,
            owner="jvb",
            group="jitsi",
            secret=True,
            validator=validator,
        )


CALLBACK = Callback(
    name="jitsi-videobridge",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="videobridge XMPP login, brewery MUC, NAT addresses and heap size",
)
