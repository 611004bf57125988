"""Master-config keys: the seed's 28 in its file order, then optional ones; defaults."""

_L, _N = "localhost", "n"
KEYS = {  # name -> built-in default ("" = none: derived, asked or generated)
    "JMMC_BATCH_MODE": _N, "JVB_HOST": _L, "JVB_PORT": "5347", "JVB_HOSTNAME": _L,
    "JVB_CONFORM_ETC_HOSTNAME": _N, "JVB_EXTERNAL_IP": _L, "JVB_INTERNAL_IP": _L,
    "JVB_HOSTNAME_LOCALHOST_ALIAS": _N, "JVB_AUTH_USER": "jvb", "JVB_AUTH_PASSWORD": "",
    "JVB_MAX_MEMORY": "1024m", "JM_SUPPLY_OWN_CRT": _N, "JM_WEB_CERT_KEY": "",
    "JM_WEB_CERT_CRT": "", "JICOFO_AUTH_USER": "focus", "JICOFO_AUTH_DOMAIN": "",
    "JICOFO_AUTH_PASSWORD": "", "JICOFO_CONVENE_USER": "admin", "JICOFO_CONVENE_PASSWORD": "",
    "JVB_SECRET": "", "JICOFO_SECRET": "", "TURN_SECRET": "", "MUC_UUID": "",
    "LE_ENABLE_AUTO": _N, "LE_HOSTNAME": "", "LE_EMAIL": "",
    "LE_WEBROOT": "/var/lib/jitsi-meet-web-config", "JMMC_CONFIGURED": _N,
    # Optional (tests move services to free loopback ports).
    "JMMC_HTTP_PORT": "80", "JMMC_HTTPS_PORT": "443", "JMMC_WEB_BACKEND_PORT": "4444",
    "JMMC_BOSH_PORT": "5280", "JMMC_C2S_PORT": "5222", "TURN_PORT": "",
    "TURNS_PORT": "", "JMMC_TURN_MUX": "", "JMMC_BIND_ADDRESS": "", "JMMC_LE_SERVER": "",
    "JMMC_LETSENCRYPT_DIR": "/etc/letsencrypt",
}
# Empty = the generation's default (2020, current).  Earlier configurators wrote the 2020
# ones unasked: such a value counts as empty (it follows an upgrade; the file drops it).
BY_GENERATION = {"TURN_PORT": ("4446", "3478"), "TURNS_PORT": ("4445", "5349"),
                 "JMMC_TURN_MUX": ("y", "n")}
ALL_KEYS = tuple(KEYS)
SEED_KEYS = ALL_KEYS[:28]
SECRET_KEYS = ("JVB_AUTH_PASSWORD", "JICOFO_AUTH_PASSWORD", "JVB_SECRET", "JICOFO_SECRET",
               "TURN_SECRET", "MUC_UUID")  # generated, kept across runs, never printed
FLAG_KEYS = tuple(k for k, d in KEYS.items() if d in ("y", "n"))
PORT_KEYS = tuple(k for k in KEYS if k.endswith("_PORT") and k not in BY_GENERATION)
RESERVED_USERS = frozenset({"focus", "jvb"})  # internal XMPP accounts
MASTER_CONFIG_PATH = "/etc/jitsi/jitsi-meet-master-config"

