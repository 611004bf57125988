"""The master-config keys: the seed's 28 names, in the seed's file order, plus port keys."""

from __future__ import annotations

# Keys of the 2020 file, in its order (a seed installation's file is read as is).
SEED_KEYS: tuple[str, ...] = (
    "JMMC_BATCH_MODE",
    "JVB_HOST",
    "JVB_PORT",
    "JVB_HOSTNAME",
    "JVB_CONFORM_ETC_HOSTNAME",
    "JVB_EXTERNAL_IP",
    "JVB_INTERNAL_IP",
    "JVB_HOSTNAME_LOCALHOST_ALIAS",
    "JVB_AUTH_USER",
    "JVB_AUTH_PASSWORD",
    "JVB_MAX_MEMORY",
    "JM_SUPPLY_OWN_CRT",
    "JM_WEB_CERT_KEY",
    "JM_WEB_CERT_CRT",
    "JICOFO_AUTH_USER",
    "JICOFO_AUTH_DOMAIN",
    "JICOFO_AUTH_PASSWORD",
    "JICOFO_CONVENE_USER",
    "JICOFO_CONVENE_PASSWORD",
    "JVB_SECRET",
    "JICOFO_SECRET",
    "TURN_SECRET",
    "MUC_UUID",
    "LE_ENABLE_AUTO",
    "LE_HOSTNAME",
    "LE_EMAIL",
    "LE_WEBROOT",
    "JMMC_CONFIGURED",
)

# Optional keys with production defaults; tests move services to free loopback ports.
PORT_KEYS: dict[str, str] = {
    "JMMC_HTTP_PORT": "80",
    "JMMC_HTTPS_PORT": "443",
    "JMMC_WEB_BACKEND_PORT": "4444",
    "JMMC_BOSH_PORT": "5280",
    "JMMC_C2S_PORT": "5222",
    "TURN_PORT": "4446",
    "TURNS_PORT": "4445",
}
EXTRA_DEFAULTS: dict[str, str] = {
    **PORT_KEYS,
    "JMMC_TURN_MUX": "y",
    "JMMC_BIND_ADDRESS": "",
    "JMMC_LE_SERVER": "",
    "JMMC_LETSENCRYPT_DIR": "/etc/letsencrypt",
}

ALL_KEYS: tuple[str, ...] = SEED_KEYS + tuple(EXTRA_DEFAULTS)

# Keys whose values are generated secrets (never printed, kept across re-runs).
SECRET_KEYS: tuple[str, ...] = (
    "JVB_AUTH_PASSWORD",
    "JICOFO_AUTH_PASSWORD",
    "JVB_SECRET",
    "JICOFO_SECRET",
    "TURN_SECRET",
    "MUC_UUID",
)
# Every key holding something an outsider must not read (the convener password included).
SENSITIVE_KEYS: tuple[str, ...] = (*SECRET_KEYS, "JICOFO_CONVENE_PASSWORD")

FLAG_KEYS: tuple[str, ...] = (
    "JMMC_BATCH_MODE",
    "JVB_CONFORM_ETC_HOSTNAME",
    "JVB_HOSTNAME_LOCALHOST_ALIAS",
    "JM_SUPPLY_OWN_CRT",
    "LE_ENABLE_AUTO",
    "JMMC_CONFIGURED",
    "JMMC_TURN_MUX",
)
INT_PORT_KEYS: tuple[str, ...] = ("JVB_PORT", *PORT_KEYS)

# Internal XMPP accounts; the convener may not take these names.
FOCUS_USER = "focus"
JVB_USER = "jvb"
RESERVED_USERS: frozenset[str] = frozenset({FOCUS_USER, JVB_USER})

DEFAULT_LE_WEBROOT = "/var/lib/jitsi-meet-web-config"
SELF_SIGNED_DIR = "/etc/jitsi/meet"
MASTER_CONFIG_PATH = "/etc/jitsi/jitsi-meet-master-config"

BASE_DEFAULTS: dict[str, str] = {
    "JMMC_BATCH_MODE": "n",
    "JVB_HOST": "localhost",
    "JVB_PORT": "5347",
    "JVB_HOSTNAME": "localhost",
    "JVB_CONFORM_ETC_HOSTNAME": "n",
    "JVB_EXTERNAL_IP": "localhost",
    "JVB_INTERNAL_IP": "localhost",
    "JVB_HOSTNAME_LOCALHOST_ALIAS": "n",
    "JVB_AUTH_USER": JVB_USER,
    "JVB_MAX_MEMORY": "1024m",
    "JM_SUPPLY_OWN_CRT": "n",
    "JICOFO_AUTH_USER": FOCUS_USER,
    "JICOFO_CONVENE_USER": "admin",
    "LE_ENABLE_AUTO": "n",
    "JMMC_CONFIGURED": "n",
    **EXTRA_DEFAULTS,
}


def default(key: str) -> str:
    """The built-in default of ``key`` ("" when it has none, e.g. a secret)."""
    return BASE_DEFAULTS.get(key, "")
