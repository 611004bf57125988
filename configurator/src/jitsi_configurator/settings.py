"""From answers to a complete, checked master configuration.

* :func:`follow` drops the values an old hostname derived when a new hostname replaces it;
* :func:`complete` fills in derived keys, the questions' defaults and the secrets;
* :func:`check` normalizes every value and names every problem at once (batch mode shows
  them all, so one edit fixes the answers file).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

from . import defaults, rootfs
from . import validate as v
from .api import ConfigError, MasterConfig
from .bridges import bridge_id, main_certificate
from .keys import (
    BRIDGE_HOST_ROLE,
    BY_GENERATION,
    FLAG_KEYS,
    GENERATED_SECRET_KEYS,
    HIDDEN_KEYS,
    KEYS,
    PORT_KEYS,
    SECRET_KEYS,
)

Rule = Callable[[str], str]

# Every key that must hold a valid value, with its validator.
RULES: dict[str, Rule] = {
    "JVB_HOSTNAME": v.hostname,
    "JVB_EXTERNAL_IP": v.ip_address,
    "JVB_INTERNAL_IP": v.ip_address,
    "JVB_MAX_MEMORY": v.ram,
    "JVB_AUTH_USER": v.service_user,
    "JICOFO_AUTH_USER": v.service_user,
    "JICOFO_CONVENE_USER": v.username,
    "JICOFO_CONVENE_PASSWORD": v.password,
    "JM_WEB_CERT_KEY": v.path,
    "JM_WEB_CERT_CRT": v.path,
    "LE_WEBROOT": v.path,
    "JMMC_LETSENCRYPT_DIR": v.path,
    "MUC_UUID": v.uuid,
    **dict.fromkeys(FLAG_KEYS, v.yes_no),
    **dict.fromkeys(PORT_KEYS, v.port),
    **dict.fromkeys(GENERATED_SECRET_KEYS, v.secret),
}
HIDDEN = HIDDEN_KEYS  # never echoed: the value is replaced by <hidden> in every message
# Keys that may stay empty (empty = the default); checked when given.
OPTIONAL: dict[str, Rule] = {
    **dict.fromkeys(BY_GENERATION, v.port),
    "JMMC_TURN_MUX": v.yes_no,
    "JMMC_BIND_ADDRESS": lambda value: v.ip_address(value, allow_localhost=False),
    "JMMC_LE_SERVER": v.url,
    "JMMC_BRIDGE_C2S_ADDRESS": lambda value: v.ip_address(value, allow_localhost=False),
    "JMMC_ROLE": lambda value: v.choice(value, ("bridge",), "role"),
    "JMMC_MAIN_ADDRESS": lambda value: v.ip_address(value, allow_localhost=False),
    "JMMC_BRIDGE_ID": bridge_id,
    "JMMC_BRIDGE_MEDIA_PORT": v.port,
    "JMMC_BRIDGE_WS_PORT": v.port,
    "JMMC_MAIN_CERT": main_certificate,
}
# Each of these keys is a listening TCP port of one service on the same address (TURN
# listens on TCP and UDP alike), so no two of them may share a number.
LISTENERS = {
    "JVB_PORT": "prosody's component port",
    "JMMC_HTTP_PORT": "nginx HTTP",
    "JMMC_HTTPS_PORT": "nginx HTTPS",
    "JMMC_WEB_BACKEND_PORT": "nginx's web backend",
    "JMMC_BOSH_PORT": "prosody BOSH/websocket",
    "JMMC_C2S_PORT": "prosody client connections",
    "TURN_PORT": "coturn TURN",
    "TURNS_PORT": "coturn TURN over TLS",
}


def le_possible(host: str, external_ip: str) -> bool:
    """Let's Encrypt needs a FQDN on a public address (the ACME server must reach it)."""
    try:
        return v.is_public(v.ip_address(external_ip)) and host != "localhost"
    except ConfigError:
        return False


def follow(old: Mapping[str, str], host: str, env: Mapping[str, str]) -> dict[str, str]:
    """``old`` without the values its hostname derived, when ``host`` replaces that name.

    A value the admin chose (an email address of their own, say) is kept; one that only
    repeats what the old name implied (``webmaster@old``) would be wrong for the new name.
    """
    was, external = old.get("JVB_HOSTNAME") or "localhost", old.get("JVB_EXTERNAL_IP", "")
    if norm(host or was) == was:
        return dict(old)
    had_le = old.get("JM_SUPPLY_OWN_CRT") != "y" and le_possible(was, external)
    derived = {
        "JICOFO_AUTH_DOMAIN": f"auth.{was}",
        "LE_EMAIL": f"webmaster@{was}",
        "JVB_EXTERNAL_IP": defaults.external_address(was, env),
        "JVB_INTERNAL_IP": external,
        "JM_WEB_CERT_KEY": f"/etc/ssl/{was}.key",
        "JM_WEB_CERT_CRT": f"/etc/ssl/{was}.crt",
        "LE_ENABLE_AUTO": "y" if had_le else "n",
    }  # the self-signed paths and LE_HOSTNAME are always derived anew
    return {k: value for k, value in old.items() if derived.get(k) != value}


def norm(host: str) -> str:
    return host.strip().lower().removesuffix(".")


def complete(values: Mapping[str, str], previous: MasterConfig | None, rotate: bool = False,
             words: list[str] | None = None, env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """Derived keys, the questions' defaults, secrets (kept from ``previous`` unless rotating)."""
    # A spelled-out 2020 default counts as empty (keys.BY_GENERATION).
    out = {k: value for k, value in values.items()
           if value != "" and value != BY_GENERATION.get(k, ("",))[0]}
    host = norm(out.get("JVB_HOSTNAME", "localhost"))
    out.update(JVB_HOSTNAME=host, JVB_HOST="localhost")  # prosody runs on this box
    if out.get("JMMC_ROLE") == BRIDGE_HOST_ROLE:
        # Only the videobridge runs here: no web front, certificate or host names to set.
        out.update(LE_ENABLE_AUTO="n", JVB_HOSTNAME_LOCALHOST_ALIAS="n",
                   JVB_CONFORM_ETC_HOSTNAME="n")
    out.setdefault("JICOFO_AUTH_DOMAIN", f"auth.{host}")
    if host == "localhost":
        out.update(JVB_EXTERNAL_IP=host, JVB_INTERNAL_IP=host, JVB_CONFORM_ETC_HOSTNAME="n",
                   JVB_HOSTNAME_LOCALHOST_ALIAS="n")
    else:
        out.setdefault("JVB_EXTERNAL_IP", defaults.external_address(host, env))
    out.setdefault("JVB_INTERNAL_IP", out["JVB_EXTERNAL_IP"])
    own_certificate = out.get("JM_SUPPLY_OWN_CRT", "n")[:1].lower() == "y"
    for key in ("JM_WEB_CERT_KEY", "JM_WEB_CERT_CRT"):
        suffix = key[-3:].lower()  # key or crt
        if own_certificate:
            out.setdefault(key, f"/etc/ssl/{host}.{suffix}")
        else:  # self-signed; Let's Encrypt links its own over it later
            out[key] = f"/etc/jitsi/meet/{host}.{suffix}"
    if "LE_ENABLE_AUTO" not in out:
        wanted = not own_certificate and le_possible(host, out["JVB_EXTERNAL_IP"])
        out["LE_ENABLE_AUTO"] = "y" if wanted else "n"
    lets_encrypt = out["LE_ENABLE_AUTO"][:1].lower() == "y"
    out["LE_HOSTNAME"] = host if lets_encrypt else ""
    if lets_encrypt:
        out.setdefault("LE_EMAIL", f"webmaster@{host}")
    out.setdefault("JICOFO_CONVENE_PASSWORD", defaults.word_password(words or []))
    for key in SECRET_KEYS:
        if rotate or key not in out:
            kept = "" if rotate or previous is None else previous.get(key)
            out[key] = kept or (defaults.muc_uuid() if key == "MUC_UUID" else defaults.secret())
    return {**{k: default for k, default in KEYS.items() if default}, **out}


def shown(key: str, value: str) -> str:
    """``KEY='value'`` for a message, or ``KEY=<hidden>`` for a hidden key."""
    return f"{key}=<hidden>" if key in HIDDEN else f"{key}={value!r}"


def check(values: Mapping[str, str], root: Path) -> tuple[dict[str, str], list[str]]:
    """(normalized values, every problem found)."""
    out, errors = dict(values), []

    def rule(key: str, validate: Rule) -> None:
        value = out.get(key, "")
        try:
            out[key] = validate(value)
        except ConfigError as exc:
            message = str(exc)
            if key in HIDDEN and value and value in message:
                # The validator quoted the value: say what is wrong without it.
                message = "not a valid value (not shown): delete it so a new one is generated"
            errors.append(f"{shown(key, value)}: {message}")

    garbled = control_characters(out)
    errors += garbled.values()
    for key, validate in RULES.items():
        if key not in garbled:  # one message per value
            rule(key, validate)
    host, own = out.get("JVB_HOSTNAME", ""), out.get("JM_SUPPLY_OWN_CRT") == "y"
    if out.get("JICOFO_AUTH_DOMAIN") != f"auth.{host}":
        errors.append(f"JICOFO_AUTH_DOMAIN={out.get('JICOFO_AUTH_DOMAIN')!r}: must be "
                      f"'auth.{host}': leave it empty")
    for key, validate in OPTIONAL.items():
        if out.get(key) and key not in garbled:
            rule(key, validate)
    if out.get("JMMC_ROLE") == BRIDGE_HOST_ROLE:
        errors += [f"{k}: a bridge host needs it (from the main server's join file): run "
                   "with --join FILE" for k in ("JMMC_MAIN_ADDRESS", "JMMC_BRIDGE_ID")
                   if not out.get(k)]
    users = ("JVB_AUTH_USER", "JICOFO_AUTH_USER", "JICOFO_CONVENE_USER")
    if len({out.get(k) for k in users}) < len(users):
        errors.append("JVB_AUTH_USER, JICOFO_AUTH_USER and JICOFO_CONVENE_USER must differ")
    errors += shared_ports(out)
    for key in ("JM_WEB_CERT_KEY", "JM_WEB_CERT_CRT") if own else ():
        if problem := pem_problem(root, out.get(key, ""), key.endswith("KEY")):
            errors.append(f"{key}={out.get(key, '')!r}: {problem}")
    if out.get("LE_ENABLE_AUTO") == "y":
        if own or not le_possible(host, out.get("JVB_EXTERNAL_IP", "")):
            errors.append("LE_ENABLE_AUTO: Let's Encrypt needs a FQDN on a public address and "
                          "no own certificate: set it to 'n'")
        if "LE_EMAIL" not in garbled:
            rule("LE_EMAIL", v.email)
    return out, errors


def control_characters(values: Mapping[str, str]) -> dict[str, str]:
    """key -> error, for each value holding a control character (an ESC sequence, a
    newline...): every value ends up in some configuration file, where such a character is
    never wanted and may change what the file means."""
    errors = {}
    for key, value in values.items():
        found = next((c for c in value if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")),
                     None)
        if found is not None:
            errors[key] = (f"{shown(key, value)}: holds the control character "
                           f"U+{ord(found):04X}: remove it")
    return errors


def shared_ports(values: Mapping[str, str]) -> list[str]:
    """Two services told to listen on one port (they share the bind address)."""
    by_port: dict[str, list[str]] = {}
    for key in LISTENERS:
        port = values.get(key) or KEYS.get(key, "")
        if port.isdigit():
            by_port.setdefault(str(int(port)), []).append(key)
    return [f"{' and '.join(keys)} are all {port}: "
            f"{', '.join(LISTENERS[k] for k in keys)} cannot share one port: change all but one"
            for port, keys in sorted(by_port.items()) if len(keys) > 1]


def pem_problem(root: Path, path: str, is_key: bool) -> str | None:
    """Why the admin's PEM key or certificate is unusable, or None."""
    kind = "private key" if is_key else "certificate"
    try:
        data = rootfs.read_bytes(root, v.path(path))
    except (ConfigError, OSError) as exc:
        return f"cannot read it ({exc}): give an existing PEM {kind}"
    if data is None:
        return f"cannot read it (no such file in {rootfs.real_root(root)}): give an existing " \
            f"PEM {kind}"
    text = data.decode(errors="replace")
    return None if f"{kind.upper()}-----" in text else f"it holds no PEM {kind}: give one"
