"""jitsi-videobridge: ``config`` and ``sip-communicator.properties`` (4548 generation), or
``jvb.conf`` (HOCON, current generation) plus the heap size in ``/etc/conf.d``.

The bridge logs in as ``JVB_AUTH_USER@auth.D`` (the account the prosody callback stores)
and joins the brewery ``JvbBrewery@internal.auth.D`` that jicofo watches.  prosody's
``auth.D`` certificate is in the system CA store, so certificate checks stay on.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable, Iterator

from ...api import (
    Action,
    Callback,
    ConfigError,
    Context,
    File,
    MasterConfig,
    Port,
    Remove,
)

PACKAGE = "net-im/jitsi-videobridge"
CONFIG_DIR = "/etc/jitsi/videobridge"
JVB_CONF = f"{CONFIG_DIR}/jvb.conf"
LEGACY_FILES = ("config", "sip-communicator.properties")
CONFD = "/etc/conf.d/jitsi-videobridge"  # the current launcher's heap size lives here
BREWERY = "JvbBrewery"
MEDIA_PORT = 10000  # the bridge's single UDP port, both generations' default
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


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    if not cfg["JVB_AUTH_PASSWORD"] or not cfg["JVB_SECRET"] or not cfg["MUC_UUID"]:
        raise ConfigError(
            "JVB_AUTH_PASSWORD, JVB_SECRET and MUC_UUID must be set: run the "
            "configurator interactively so it generates them"
        )
    yield Port(MEDIA_PORT, "udp", "videobridge media")
    if ctx.generation(PACKAGE) == "2020":
        # A jvb.conf left from a newer set would be picked up by the 4548 launcher.
        yield Remove(JVB_CONF)
        yield from render_2020(ctx)
    else:
        for name in LEGACY_FILES:
            yield Remove(f"{CONFIG_DIR}/{name}")
        yield from render_hocon(ctx)


def nat_pair(cfg: MasterConfig) -> tuple[str, str] | None:
    """(internal, external) when the bridge sits behind NAT, else None."""
    internal, external = cfg["JVB_INTERNAL_IP"], cfg["JVB_EXTERNAL_IP"]
    if internal != external and is_ip(internal) and is_ip(external):
        return internal, external
    return None


def shard(cfg: MasterConfig, quote: Callable[[str], str]) -> dict[str, object]:
    """The bridge's XMPP shard and NAT settings, each value quoted for its file format."""
    auth = cfg.auth_domain
    nat = nat_pair(cfg)
    return {
        "domain": cfg.hostname,
        "host": quote(cfg["JVB_HOST"]),
        "c2s_port": cfg.port("JMMC_C2S_PORT"),
        "auth": quote(auth),
        "user": quote(cfg["JVB_AUTH_USER"]),
        "password": quote(cfg["JVB_AUTH_PASSWORD"]),
        "brewery": quote(f"{BREWERY}@internal.{auth}"),
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
        domain_sh=shell(domain),
        host=shell(cfg["JVB_HOST"]),
        port=shell(str(cfg.port("JVB_PORT"))),
        secret=shell(cfg["JVB_SECRET"]),
        opts=shell("--apis=,"),
        max_memory=shell(cfg["JVB_MAX_MEMORY"]),
        sys_props=shell(" ".join(SYS_PROPS)),
    )
    properties = ctx.template("sip-communicator.properties.j2", **shard(cfg, prop))
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


def render_hocon(ctx: Context) -> Iterator[Action]:
    """jvb.conf for the launcher that reads -Dconfig.file; the heap goes to conf.d."""
    cfg = ctx.config
    # A JSON string is a valid HOCON string.
    text = ctx.template("jvb.conf.j2", **shard(cfg, json.dumps))
    yield File(
        JVB_CONF, text, mode=0o640, owner="jvb", group="jitsi", secret=True, validator=hocon_check
    )
    confd = ctx.read_text(CONFD)
    if confd is not None:
        edited = set_line(confd, "JVB_MAX_MEMORY", cfg["JVB_MAX_MEMORY"])
        if edited != confd:
            yield File(CONFD, edited, mode=0o644, validator="shell-env")


def set_line(text: str, key: str, value: str) -> str:
    """``text`` with its ``KEY="..."`` line set to ``value`` (appended when absent)."""
    line = f'{key}="{value}"'
    new, count = re.subn(rf"^{key}=.*$", line, text, count=1, flags=re.M)
    if count:
        return new
    return text + ("" if text.endswith("\n") or not text else "\n") + line + "\n"


CALLBACK = Callback(
    name="jitsi-videobridge",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="videobridge XMPP login, brewery MUC, NAT addresses and heap size",
)
