"""Master-config keys: the seed's 28 names in its file order, then the optional ones."""

SEED_KEYS = (
    "JMMC_BATCH_MODE", "JVB_HOST", "JVB_PORT", "JVB_HOSTNAME", "JVB_CONFORM_ETC_HOSTNAME",
    "JVB_EXTERNAL_IP", "JVB_INTERNAL_IP", "JVB_HOSTNAME_LOCALHOST_ALIAS", "JVB_AUTH_USER",
    "JVB_AUTH_PASSWORD", "JVB_MAX_MEMORY", "JM_SUPPLY_OWN_CRT", "JM_WEB_CERT_KEY",
    "JM_WEB_CERT_CRT", "JICOFO_AUTH_USER", "JICOFO_AUTH_DOMAIN", "JICOFO_AUTH_PASSWORD",
    "JICOFO_CONVENE_USER", "JICOFO_CONVENE_PASSWORD", "JVB_SECRET", "JICOFO_SECRET",
    "TURN_SECRET", "MUC_UUID", "LE_ENABLE_AUTO", "LE_HOSTNAME", "LE_EMAIL", "LE_WEBROOT",
    "JMMC_CONFIGURED",
)
# Optional keys with production defaults (tests move services to free loopback ports).
PORTS = {"JMMC_HTTP_PORT": "80", "JMMC_HTTPS_PORT": "443", "JMMC_WEB_BACKEND_PORT": "4444",
         "JMMC_BOSH_PORT": "5280", "JMMC_C2S_PORT": "5222", "TURN_PORT": "4446",
         "TURNS_PORT": "4445"}
EXTRA = {**PORTS, "JMMC_TURN_MUX": "y", "JMMC_BIND_ADDRESS": "", "JMMC_LE_SERVER": "",
         "JMMC_LETSENCRYPT_DIR": "/etc/letsencrypt"}
ALL_KEYS = SEED_KEYS + tuple(EXTRA)
# Generated credentials: kept across runs, never printed.
SECRET_KEYS = ("JVB_AUTH_PASSWORD", "JICOFO_AUTH_PASSWORD", "JVB_SECRET", "JICOFO_SECRET",
               "TURN_SECRET", "MUC_UUID")
FLAG_KEYS = ("JMMC_BATCH_MODE", "JVB_CONFORM_ETC_HOSTNAME", "JVB_HOSTNAME_LOCALHOST_ALIAS",
             "JM_SUPPLY_OWN_CRT", "LE_ENABLE_AUTO", "JMMC_CONFIGURED", "JMMC_TURN_MUX")
PORT_KEYS = ("JVB_PORT", *PORTS)
RESERVED_USERS = frozenset({"focus", "jvb"})  # internal XMPP accounts
MASTER_CONFIG_PATH = "/etc/jitsi/jitsi-meet-master-config"
LE_WEBROOT = "/var/lib/jitsi-meet-web-config"
_DEFAULTS = {
    "JMMC_BATCH_MODE": "n", "JVB_HOST": "localhost", "JVB_PORT": "5347",
    "JVB_HOSTNAME": "localhost", "JVB_CONFORM_ETC_HOSTNAME": "n", "JVB_EXTERNAL_IP": "localhost",
    "JVB_INTERNAL_IP": "localhost", "JVB_HOSTNAME_LOCALHOST_ALIAS": "n", "JVB_AUTH_USER": "jvb",
    "JVB_MAX_MEMORY": "1024m", "JM_SUPPLY_OWN_CRT": "n", "JICOFO_AUTH_USER": "focus",
    "JICOFO_CONVENE_USER": "admin", "LE_ENABLE_AUTO": "n", "LE_WEBROOT": LE_WEBROOT,
    "JMMC_CONFIGURED": "n", **EXTRA,
}


def default(key: str) -> str:
    """Built-in default of ``key`` ("" when it has none, e.g. a secret)."""
    return _DEFAULTS.get(key, "")
