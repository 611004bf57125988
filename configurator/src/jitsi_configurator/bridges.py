"""Videobridges on other hosts: the main server's register of them, and the join file.

Scaling out is Jitsi's own mechanism: every bridge logs in to the main server's prosody as
an XMPP client and joins the brewery MUC, where jicofo finds it.  The main server keeps one
small file per registered bridge in :data:`BRIDGES_DIR` (its id, address, ports and its own
XMPP password; 0640 root:jitsi).  ``bridge add`` writes such a file and a *join file* for
the admin to copy to the bridge host; the bridge host's configurator reads the join file.

Both files use the master config's ``KEY="value"`` format (tokenized, never executed).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import masterfile
from .api import Action, ConfigError, File, Remove

BRIDGES_DIR = "/etc/jitsi/bridges"
# Letters, digits and inner dashes: the id appears in a URL path (/colibri-ws/<id>/), an XMPP
# node (jvb-<id>@auth.D), a MUC nickname and a file name, so it must be plain in all four.
ID_PATTERN = r"[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?"
ACCOUNT_PREFIX = "jvb-"
DEFAULT_MEDIA_PORT = 10000
DEFAULT_WS_PORT = 9090  # the bridge's colibri websocket (HTTP) port
JOIN_FORMAT = "1"

BRIDGE_KEYS = ("BRIDGE_ID", "BRIDGE_ADDRESS", "BRIDGE_MEDIA_PORT", "BRIDGE_WS_PORT",
               "BRIDGE_PASSWORD")
JOIN_KEYS = ("JMMC_JOIN_FORMAT", "JVB_HOSTNAME", "JICOFO_AUTH_DOMAIN", "JMMC_MAIN_ADDRESS",
             "JMMC_C2S_PORT", "JMMC_BRIDGE_ID", "JVB_AUTH_USER", "JVB_AUTH_PASSWORD",
             "JMMC_BRIDGE_MEDIA_PORT", "JMMC_BRIDGE_WS_PORT", "JMMC_MAIN_CERT")


def bridge_id(value: str) -> str:
    """A bridge id: 1-32 lower-case letters, digits and inner dashes."""
    text = value.strip()
    if not re.fullmatch(ID_PATTERN, text):
        raise ConfigError(f"invalid bridge id {value!r}: use 1-32 lower-case letters, digits "
                          "and inner dashes, such as jvb2 or eu-west-1")
    return text


def port_number(value: str, what: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", value) or not 0 < int(value) < 65536:
        raise ConfigError(f"invalid {what} {value!r}: use a number 1-65535")
    return int(value)


@dataclass(frozen=True)
class Bridge:
    """One registered bridge, as the main server knows it."""

    id: str
    address: str  # where the main server reaches it (colibri-ws) and accepts its login from
    media_port: int = DEFAULT_MEDIA_PORT
    ws_port: int = DEFAULT_WS_PORT
    password: str = field(default="", repr=False)  # its own XMPP account's; never printed

    @property
    def account(self) -> str:
        """The bridge's XMPP user on the auth domain (one account per bridge)."""
        return f"{ACCOUNT_PREFIX}{self.id}"

    def as_text(self) -> str:
        values = {"BRIDGE_ID": self.id, "BRIDGE_ADDRESS": self.address,
                  "BRIDGE_MEDIA_PORT": str(self.media_port), "BRIDGE_WS_PORT": str(self.ws_port),
                  "BRIDGE_PASSWORD": self.password}
        return ("# A videobridge registered with this main server, written by\n"
                "# `jitsi-meet-master-config bridge add`; remove it with `bridge remove`.\n"
                + "".join(f"{k}={masterfile.quote(values[k])}\n" for k in BRIDGE_KEYS))


def path_of(bridge_id_: str) -> str:
    return f"{BRIDGES_DIR}/{bridge_id_}.conf"


def _values(text: str, keys: tuple[str, ...], where: str) -> dict[str, str]:
    try:
        values, unknown = masterfile.parse(text, keys)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}: this file is written "
                          "by `jitsi-meet-master-config bridge add`; write it again")
    return values


def main_certificate(value: str) -> str:
    """``JMMC_MAIN_CERT``: base64 of one or more PEM certificates (empty: a public CA)."""
    try:
        pem = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        raise ConfigError("JMMC_MAIN_CERT is not base64 of a PEM certificate: take it from "
                          "the main server's join file again") from None
    if value and not re.fullmatch(r"(-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+"
                                  r"-----END CERTIFICATE-----\n)+", pem):
        raise ConfigError("JMMC_MAIN_CERT holds no PEM certificate: take it from the main "
                          "server's join file again")
    return value


def parse_bridge(text: str, where: str) -> Bridge:
    """A bridge file's contents; ``where`` names it in errors."""
    from . import validate

    v = _values(text, BRIDGE_KEYS, where)
    missing = [k for k in BRIDGE_KEYS if not v.get(k)]
    if missing:
        raise ConfigError(f"{where}: {', '.join(missing)} missing: remove the file and add "
                          "the bridge again")
    try:
        return Bridge(bridge_id(v["BRIDGE_ID"]), validate.ip_address(v["BRIDGE_ADDRESS"], False),
                      port_number(v["BRIDGE_MEDIA_PORT"], "media port"),
                      port_number(v["BRIDGE_WS_PORT"], "websocket port"), v["BRIDGE_PASSWORD"])
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def read_registered(root: Path) -> tuple[Bridge, ...]:
    """Every bridge registered under ``root``, sorted by id; a bad file is an error."""
    directory = root / BRIDGES_DIR.lstrip("/")
    if not directory.is_dir():
        return ()
    out = []
    for path in sorted(directory.glob("*.conf")):
        bridge = parse_bridge(path.read_text(encoding="utf-8"), str(path))
        if path.name != f"{bridge.id}.conf":
            raise ConfigError(f"{path}: holds bridge {bridge.id!r}: rename it to "
                              f"{bridge.id}.conf")
        out.append(bridge)
    return tuple(out)


def with_added(bridges: Iterable[Bridge], new: Bridge) -> tuple[Bridge, ...]:
    """``bridges`` plus ``new``; a duplicate id or a second bridge on one address and port
    is refused by name."""
    current = tuple(bridges)
    for b in current:
        if b.id == new.id:
            raise ConfigError(f"bridge {new.id!r} is already registered (at {b.address}): "
                              "choose another id, or remove it first")
        for port in {new.media_port, new.ws_port} & {b.media_port, b.ws_port}:
            if b.address == new.address:
                raise ConfigError(f"bridge {b.id!r} already uses {b.address} port {port}: "
                                  f"give bridge {new.id!r} another address or port")
    return tuple(sorted((*current, new), key=lambda b: b.id))


def without(bridges: Iterable[Bridge], gone: str) -> tuple[Bridge, ...]:
    current = tuple(bridges)
    if not any(b.id == gone for b in current):
        known = ", ".join(b.id for b in current) or "none"
        raise ConfigError(f"no bridge {gone!r} is registered (registered: {known}): check the id")
    return tuple(b for b in current if b.id != gone)


def register_actions(registered: Iterable[Bridge], wanted: Iterable[Bridge]) -> list[Action]:
    """The register's files for ``wanted``; the files of bridges no longer wanted go."""
    keep = {b.id for b in wanted}
    out: list[Action] = [File(path_of(b.id), b.as_text(), 0o640, "root", "jitsi", secret=True,
                              validator="shell-env") for b in wanted]
    out += [Remove(path_of(b.id)) for b in registered if b.id not in keep]
    return out


# --- the join file --------------------------------------------------------------------


@dataclass(frozen=True)
class Join:
    """What a bridge host needs to join the main server."""

    hostname: str  # the main server's domain D
    auth_domain: str  # auth.D: the bridge's XMPP domain and the brewery's parent
    main_address: str  # where the bridge connects for XMPP (c2s)
    c2s_port: int
    bridge_id: str
    user: str
    password: str = field(repr=False)
    media_port: int = DEFAULT_MEDIA_PORT
    ws_port: int = DEFAULT_WS_PORT
    main_cert: str = ""  # PEM to trust for auth.D when it is self-signed ("" = public CA)

    def as_text(self) -> str:
        cert = base64.b64encode(self.main_cert.encode()).decode() if self.main_cert else ""
        values = {"JMMC_JOIN_FORMAT": JOIN_FORMAT, "JVB_HOSTNAME": self.hostname,
                  "JICOFO_AUTH_DOMAIN": self.auth_domain, "JMMC_MAIN_ADDRESS": self.main_address,
                  "JMMC_C2S_PORT": str(self.c2s_port), "JMMC_BRIDGE_ID": self.bridge_id,
                  "JVB_AUTH_USER": self.user, "JVB_AUTH_PASSWORD": self.password,
                  "JMMC_BRIDGE_MEDIA_PORT": str(self.media_port),
                  "JMMC_BRIDGE_WS_PORT": str(self.ws_port), "JMMC_MAIN_CERT": cert}
        return ("# Join file for a Jitsi videobridge host, written by\n"
                "# `jitsi-meet-master-config bridge add`.  It holds the bridge's XMPP password:\n"
                "# copy it to the bridge host privately, then delete it here.\n"
                + "".join(f"{k}={masterfile.quote(values[k])}\n" for k in JOIN_KEYS))


def answers_from(join: Join) -> dict[str, str]:
    """The bridge host's master-config values a join file gives."""
    return {"JMMC_ROLE": "bridge", "JVB_HOSTNAME": join.hostname,
            "JICOFO_AUTH_DOMAIN": join.auth_domain, "JMMC_MAIN_ADDRESS": join.main_address,
            "JMMC_C2S_PORT": str(join.c2s_port), "JMMC_BRIDGE_ID": join.bridge_id,
            "JVB_AUTH_USER": join.user, "JVB_AUTH_PASSWORD": join.password,
            "JMMC_BRIDGE_MEDIA_PORT": str(join.media_port),
            "JMMC_BRIDGE_WS_PORT": str(join.ws_port),
            "JMMC_MAIN_CERT": base64.b64encode(join.main_cert.encode()).decode()
            if join.main_cert else ""}


def parse_join(text: str, where: str) -> Join:
    """A join file's contents, every value validated; ``where`` names it in errors."""
    from . import validate

    v = _values(text, JOIN_KEYS, where)
    if v.get("JMMC_JOIN_FORMAT") != JOIN_FORMAT:
        raise ConfigError(f"{where}: join file format {v.get('JMMC_JOIN_FORMAT')!r} is not "
                          f"{JOIN_FORMAT!r}: write it again with this configurator's version "
                          "on the main server")
    missing = [k for k in JOIN_KEYS if k != "JMMC_MAIN_CERT" and not v.get(k)]
    if missing:
        raise ConfigError(f"{where}: {', '.join(missing)} missing: write the join file again "
                          "with `bridge add` on the main server")
    try:
        cert = base64.b64decode(main_certificate(v.get("JMMC_MAIN_CERT", ""))).decode()
        return Join(validate.hostname(v["JVB_HOSTNAME"]), validate.hostname(
            v["JICOFO_AUTH_DOMAIN"]), validate.ip_address(v["JMMC_MAIN_ADDRESS"], False),
            port_number(v["JMMC_C2S_PORT"], "XMPP port"), bridge_id(v["JMMC_BRIDGE_ID"]),
            validate.service_user(v["JVB_AUTH_USER"]), validate.secret(v["JVB_AUTH_PASSWORD"]),
            port_number(v["JMMC_BRIDGE_MEDIA_PORT"], "media port"),
            port_number(v["JMMC_BRIDGE_WS_PORT"], "websocket port"), cert)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def join_for(bridge: Bridge, config: Mapping[str, str], main_address: str,
             main_cert: str) -> Join:
    """The join file of ``bridge`` for the main server configured as ``config``."""
    host = config["JVB_HOSTNAME"]
    return Join(host, config.get("JICOFO_AUTH_DOMAIN") or f"auth.{host}", main_address,
                int(config.get("JMMC_C2S_PORT") or 5222), bridge.id, bridge.account,
                bridge.password, bridge.media_port, bridge.ws_port, main_cert)
