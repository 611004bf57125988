"""From answers to a complete, validated master configuration.

``complete`` fills what the admin did not decide (derived names, certificate paths,
Let's Encrypt fields, secrets kept from the previous run or generated); ``check`` validates
every key and the rules between keys and returns every problem, not only the first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from . import secretgen
from . import validate as v
from .api import ConfigError, MasterConfig
from .keys import (
    ALL_KEYS,
    DEFAULT_LE_WEBROOT,
    FLAG_KEYS,
    INT_PORT_KEYS,
    SECRET_KEYS,
    SELF_SIGNED_DIR,
    default,
)

_KEY_RULES: dict[str, Callable[[str], str]] = {
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
    **{k: v.yes_no for k in FLAG_KEYS},
    **{k: v.port for k in INT_PORT_KEYS},
    **{k: v.secret for k in SECRET_KEYS if k != "MUC_UUID"},
}


def self_signed_paths(host: str) -> tuple[str, str]:
    return f"{SELF_SIGNED_DIR}/{host}.key", f"{SELF_SIGNED_DIR}/{host}.crt"


def le_possible(host: str, external_ip: str) -> bool:
    """Let's Encrypt needs a FQDN on a public address (the ACME server must reach it)."""
    try:
        return v.is_fqdn(host) and v.is_public(v.ip_address(external_ip))
    except ConfigError:
        return False


def complete(
    values: Mapping[str, str],
    previous: MasterConfig | None,
    *,
    rotate: bool = False,
    words: list[str] | None = None,
) -> dict[str, str]:
    """``values`` plus everything derived; secrets kept from ``previous`` unless rotating."""
    out = {k: val for k, val in values.items() if val != "" or k == "JMMC_BIND_ADDRESS"}
    host = out.get("JVB_HOSTNAME", "localhost").strip().lower().removesuffix(".")
    out["JVB_HOSTNAME"] = host
    out["JVB_HOST"] = "localhost"  # prosody runs beside the components (single box)
    out.setdefault("JICOFO_AUTH_DOMAIN", f"auth.{host}")
    if host == "localhost":
        out.update(JVB_EXTERNAL_IP="localhost", JVB_INTERNAL_IP="localhost")
        out.update(JVB_HOSTNAME_LOCALHOST_ALIAS="n", JVB_CONFORM_ETC_HOSTNAME="n")
    out.setdefault("JVB_INTERNAL_IP", out.get("JVB_EXTERNAL_IP", "localhost"))
    own = out.get("JM_SUPPLY_OWN_CRT", "n").lower().startswith("y")
    key, crt = self_signed_paths(host)
    if not own:
        out["JM_WEB_CERT_KEY"], out["JM_WEB_CERT_CRT"] = key, crt
    out.setdefault("LE_WEBROOT", DEFAULT_LE_WEBROOT)
    le = out.get("LE_ENABLE_AUTO", "n").lower().startswith("y")
    if le:
        out["LE_HOSTNAME"] = host
        out.setdefault("LE_EMAIL", f"webmaster@{host}")
    else:
        out["LE_HOSTNAME"] = ""
    if not out.get("JICOFO_CONVENE_PASSWORD"):
        out["JICOFO_CONVENE_PASSWORD"] = secretgen.word_password(words or secretgen.load_words()[0])
    for name in SECRET_KEYS:
        kept = previous.get(name) if previous is not None and not rotate else ""
        if not out.get(name) or rotate:
            out[name] = kept or (secretgen.muc_uuid() if name == "MUC_UUID" else secretgen.secret())
    for name in ALL_KEYS:
        if not out.get(name) and default(name):
            out[name] = default(name)
    return out


def check(values: Mapping[str, str], root: Path) -> tuple[dict[str, str], list[str]]:
    """(normalized values, every problem found); an empty list means valid."""
    errors: list[str] = []
    out = dict(values)
    for key, rule in _KEY_RULES.items():
        if key in out and (out[key] != "" or key not in ("LE_WEBROOT",)):
            try:
                out[key] = rule(out[key])
            except ConfigError as exc:
                shown = "<hidden>" if key in SECRET_KEYS or "PASSWORD" in key else repr(out[key])
                errors.append(f"{key}={shown}: {exc}")
    host = out.get("JVB_HOSTNAME", "")
    if host and out.get("JICOFO_AUTH_DOMAIN") != f"auth.{host}":
        errors.append(
            f"JICOFO_AUTH_DOMAIN={out.get('JICOFO_AUTH_DOMAIN')!r}: must be 'auth.{host}' "
            "(leave it empty to derive it)"
        )
    if out.get("JVB_HOST", "localhost") != "localhost":
        errors.append(f"JVB_HOST={out['JVB_HOST']!r}: only 'localhost' is supported")
    if out.get("JMMC_BIND_ADDRESS"):
        try:
            out["JMMC_BIND_ADDRESS"] = v.ip_address(out["JMMC_BIND_ADDRESS"], allow_localhost=False)
        except ConfigError as exc:
            errors.append(f"JMMC_BIND_ADDRESS: {exc}")
    if out.get("JMMC_LE_SERVER"):
        try:
            out["JMMC_LE_SERVER"] = v.url(out["JMMC_LE_SERVER"])
        except ConfigError as exc:
            errors.append(f"JMMC_LE_SERVER: {exc}")
    users = [out.get("JVB_AUTH_USER"), out.get("JICOFO_AUTH_USER")]
    if out.get("JICOFO_CONVENE_USER") in users or users[0] == users[1]:
        errors.append("JVB_AUTH_USER, JICOFO_AUTH_USER and JICOFO_CONVENE_USER must differ")
    if out.get("JM_SUPPLY_OWN_CRT") == "y":
        for key in ("JM_WEB_CERT_KEY", "JM_WEB_CERT_CRT"):
            problem = pem_file_problem(root, out.get(key, ""), key.endswith("KEY"))
            if problem:
                errors.append(f"{key}={out.get(key, '')!r}: {problem}")
    if out.get("LE_ENABLE_AUTO") == "y":
        if not le_possible(host, out.get("JVB_EXTERNAL_IP", "")):
            errors.append(
                "LE_ENABLE_AUTO='y': Let's Encrypt needs a fully qualified hostname on a "
                "public external address; set it to 'n' for a self-signed certificate"
            )
        if out.get("JM_SUPPLY_OWN_CRT") == "y":
            errors.append("LE_ENABLE_AUTO='y' and JM_SUPPLY_OWN_CRT='y': choose one of them")
        try:
            out["LE_EMAIL"] = v.email(out.get("LE_EMAIL", ""))
        except ConfigError as exc:
            errors.append(f"LE_EMAIL: {exc}")
    return out, errors


def pem_file_problem(root: Path, path: str, is_key: bool) -> str | None:
    """Why the admin's certificate or key file is unusable, or None."""
    try:
        text = (root / v.path(path).lstrip("/")).read_text(encoding="ascii", errors="replace")
    except ConfigError as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot read it ({exc.strerror}): give the path of an existing PEM file"
    marker = "PRIVATE KEY-----" if is_key else "-----BEGIN CERTIFICATE-----"
    if marker not in text:
        kind = "private key" if is_key else "certificate"
        return f"it holds no PEM {kind}: give the path of a PEM-encoded {kind}"
    return None


def build(values: Mapping[str, str], root: Path) -> MasterConfig:
    out, errors = check(values, root)
    if errors:
        raise ConfigError("invalid master configuration:\n  " + "\n  ".join(errors))
    return MasterConfig(out)
