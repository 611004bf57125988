"""Answers -> complete master configuration (``complete``) -> every problem (``check``)."""

import os
from collections.abc import Mapping
from pathlib import Path

from . import defaults
from . import validate as v
from .api import ConfigError, MasterConfig
from .keys import BY_GENERATION, FLAG_KEYS, KEYS, PORT_KEYS, SECRET_KEYS

RULES = {
    "JVB_HOSTNAME": v.hostname, "JVB_EXTERNAL_IP": v.ip_address, "JVB_INTERNAL_IP": v.ip_address,
    "JVB_MAX_MEMORY": v.ram, "JVB_AUTH_USER": v.service_user, "JICOFO_AUTH_USER": v.service_user,
    "JICOFO_CONVENE_USER": v.username, "JICOFO_CONVENE_PASSWORD": v.password,
    "JM_WEB_CERT_KEY": v.path, "JM_WEB_CERT_CRT": v.path, "LE_WEBROOT": v.path,
    "JMMC_LETSENCRYPT_DIR": v.path, "MUC_UUID": v.uuid,
    **dict.fromkeys(FLAG_KEYS, v.yes_no), **dict.fromkeys(PORT_KEYS, v.port),
    **dict.fromkeys(SECRET_KEYS[:-1], v.secret),
}
HIDDEN = (*SECRET_KEYS, "JICOFO_CONVENE_PASSWORD")
OPTIONAL = {**dict.fromkeys(BY_GENERATION, v.port), "JMMC_TURN_MUX": v.yes_no,
            "JMMC_BIND_ADDRESS": lambda x: v.ip_address(x, False), "JMMC_LE_SERVER": v.url}


def le_possible(host: str, external_ip: str) -> bool:
    """Let's Encrypt needs a FQDN on a public address (the ACME server must reach it)."""
    try:
        return v.is_public(v.ip_address(external_ip)) and host != "localhost"
    except ConfigError:
        return False


def follow(old: Mapping[str, str], host: str, env: Mapping[str, str]) -> dict[str, str]:
    """``old`` without the values its hostname derived, when ``host`` replaces that name."""
    was, ext = old.get("JVB_HOSTNAME") or "localhost", old.get("JVB_EXTERNAL_IP", "")
    if norm(host or was) == was:
        return dict(old)
    le = old.get("JM_SUPPLY_OWN_CRT") != "y" and le_possible(was, ext)
    derived = {"JICOFO_AUTH_DOMAIN": f"auth.{was}", "LE_EMAIL": f"webmaster@{was}",
               "JVB_EXTERNAL_IP": defaults.external_address(was, env), "JVB_INTERNAL_IP": ext,
               "JM_WEB_CERT_KEY": f"/etc/ssl/{was}.key", "JM_WEB_CERT_CRT": f"/etc/ssl/{was}.crt",
               "LE_ENABLE_AUTO": "ny"[le]}  # self-signed paths, LE_HOSTNAME: always derived
    return {k: x for k, x in old.items() if derived.get(k) != x}


def norm(host: str) -> str:
    return host.strip().lower().removesuffix(".")


def complete(values: Mapping[str, str], previous: MasterConfig | None, rotate: bool = False,
             words: list[str] | None = None, env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """Derived keys, the questions' defaults, secrets (kept from ``previous`` unless rotating)."""
    # A 2020 default counts as empty (keys.BY_GENERATION).
    out = {k: x for k, x in values.items() if x not in ("", BY_GENERATION.get(k, "-")[0])}
    host = norm(out.get("JVB_HOSTNAME", "localhost"))
    out.update(JVB_HOSTNAME=host, JVB_HOST="localhost")  # prosody runs on this box
    out.setdefault("JICOFO_AUTH_DOMAIN", f"auth.{host}")
    if host == "localhost":
        out.update(JVB_EXTERNAL_IP=host, JVB_INTERNAL_IP=host, JVB_CONFORM_ETC_HOSTNAME="n",
                   JVB_HOSTNAME_LOCALHOST_ALIAS="n")
    else:
        out.setdefault("JVB_EXTERNAL_IP", defaults.external_address(host, env))
    out.setdefault("JVB_INTERNAL_IP", out["JVB_EXTERNAL_IP"])
    own = out.get("JM_SUPPLY_OWN_CRT", "n")[:1].lower() == "y"
    for k in ("JM_WEB_CERT_KEY", "JM_WEB_CERT_CRT"):  # else self-signed; LE links it later
        path = f"/etc/{'ssl' if own else 'jitsi/meet'}/{host}.{k[-3:].lower()}"
        out[k] = out.get(k, path) if own else path
    le = out.setdefault("LE_ENABLE_AUTO", "n" if own or not le_possible(
        host, out["JVB_EXTERNAL_IP"]) else "y")[:1].lower() == "y"
    out["LE_HOSTNAME"] = host if le else ""
    if le:
        out.setdefault("LE_EMAIL", f"webmaster@{host}")
    out.setdefault("JICOFO_CONVENE_PASSWORD", defaults.word_password(words or []))
    for k in SECRET_KEYS:
        if rotate or k not in out:
            kept = "" if rotate or previous is None else previous.get(k)
            out[k] = kept or (defaults.muc_uuid() if k == "MUC_UUID" else defaults.secret())
    return {**{k: d for k, d in KEYS.items() if d}, **out}


def check(values: Mapping[str, str], root: Path) -> tuple[dict[str, str], list[str]]:
    """(normalized values, every problem found)."""
    out, errors = dict(values), []

    def rule(key: str, fn) -> None:
        try:
            out[key] = fn(out.get(key, ""))
        except ConfigError as exc:
            errors.append(f"{key}={'<hidden>' if key in HIDDEN else repr(out.get(key, ''))}: {exc}")

    for key, fn in RULES.items():
        rule(key, fn)
    host, own = out["JVB_HOSTNAME"], out.get("JM_SUPPLY_OWN_CRT") == "y"
    if out.get("JICOFO_AUTH_DOMAIN") != f"auth.{host}":
        errors.append(f"JICOFO_AUTH_DOMAIN={out.get('JICOFO_AUTH_DOMAIN')!r}: must be "
                      f"'auth.{host}': leave it empty")
    for key, fn in OPTIONAL.items():  # empty: the default
        if out.get(key):
            rule(key, fn)
    if len({out.get(k) for k in ("JVB_AUTH_USER", "JICOFO_AUTH_USER", "JICOFO_CONVENE_USER")}) < 3:
        errors.append("JVB_AUTH_USER, JICOFO_AUTH_USER and JICOFO_CONVENE_USER must differ")
    for key in ("JM_WEB_CERT_KEY", "JM_WEB_CERT_CRT") if own else ():
        if problem := pem_problem(root, out.get(key, ""), key.endswith("KEY")):
            errors.append(f"{key}={out.get(key, '')!r}: {problem}")
    if out.get("LE_ENABLE_AUTO") == "y":
        if own or not le_possible(host, out.get("JVB_EXTERNAL_IP", "")):
            errors.append("LE_ENABLE_AUTO: Let's Encrypt needs a FQDN on a public address and "
                          "no own certificate: set it to 'n'")
        rule("LE_EMAIL", v.email)
    return out, errors


def pem_problem(root: Path, path: str, is_key: bool) -> str | None:
    """Why the admin's PEM key or certificate is unusable, or None."""
    kind = "private key" if is_key else "certificate"
    try:
        text = (root / v.path(path)[1:]).read_text(errors="replace")
    except (ConfigError, OSError) as exc:
        return f"cannot read it ({exc}): give an existing PEM {kind}"
    return None if f"{kind.upper()}-----" in text else f"it holds no PEM {kind}: give one"
