"""Jitsi Meet web front: config.js, nginx site and hooks, certificate, ACME.

The current generation (like upstream today) serves HTTPS itself on the public port (no
TURN multiplexer), points the browser at XMPP over websocket with BOSH as fallback, and
proxies ``/conference-request/v1`` to jicofo's REST port.

The certificate nginx serves is, in this order: the admin's own pair (used in place), or
``/etc/jitsi/meet/D.{crt,key}`` (self-signed, replaced by Let's Encrypt's through the
deploy hook when LE is on).  coturn gets private copies it can read as ``turnserver``.
Switching Let's Encrypt off removes every certbot file this callback wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...api import (
    Action,
    Callback,
    ConfigError,
    Context,
    File,
    MasterConfig,
    Port,
    Remove,
    Symlink,
    cert_fits,
    pair_matches,
    self_signed,
)
from ...helpers.addresses import join_host_port, listen_addresses
from ...helpers.checks import nginx_site_check
from ...helpers.files import secret_file
from ...helpers.generations import is_current, label
from ...helpers.quoting import json_string
from ...helpers.topology import WEB_CERT_DIR, XmppNames, turn_certificate, web_certificate

PACKAGE = "net-im/jitsi-meet-web-config"
TURN_PACKAGE = "net-im/jitsi-meet-turnserver"
MEET_DIR = WEB_CERT_DIR  # config.js and our certificate
WEBROOT = "/usr/share/jitsi-meet"
NGINX_CONF = "/etc/nginx/nginx.conf"
HTTP_DIR = "/etc/nginx/jitsi-meet/http.d"
STREAM_DIR = "/etc/nginx/jitsi-meet/stream.d"
HTTP_INCLUDE = f"include {HTTP_DIR}/*.conf;"
STREAM_INCLUDE = f"include {STREAM_DIR}/*.conf;"
DEFAULT_ACME_ROOT = "/var/lib/jitsi-meet-web-config"
DEFAULT_LE_DIR = "/etc/letsencrypt"
CERTBOT_DIR = "/etc/jitsi/certbot"
CERTBOT_INI = f"{CERTBOT_DIR}/certbot.ini"
DEPLOY_HOOK = f"{CERTBOT_DIR}/deploy-hook"
RUN_CERTBOT = f"{CERTBOT_DIR}/run-certbot"
CRON_DAILY = "/etc/cron.daily/jitsi-meet-certbot"
UNIT_DIR = "/etc/systemd/system"
SERVICE = f"{UNIT_DIR}/jitsi-meet-certbot.service"
TIMER = f"{UNIT_DIR}/jitsi-meet-certbot.timer"
TIMER_WANTS = f"{UNIT_DIR}/timers.target.wants/jitsi-meet-certbot.timer"
WEBROOT_NOTE = "README.jitsi-meet"
LE_FILES = (TIMER_WANTS, SERVICE, TIMER, CRON_DAILY, RUN_CERTBOT, DEPLOY_HOOK, CERTBOT_INI)
JICOFO_REST = "127.0.0.1:8888"  # jicofo.rest host/port of its reference.conf
CERT_DAYS = 825


def loopback_listen(cfg: MasterConfig, port: int, listening: list[str]) -> list[str]:
    """The loopback addresses the /etc/hosts alias maps the domain to, on ``port``, when the
    site does not listen there already: an admin's server on such an address (::gentoo's
    nginx.conf keeps one on 127.0.0.1) would otherwise take the host's own requests."""
    if not cfg.flag("JVB_HOSTNAME_LOCALHOST_ALIAS") or cfg.hostname == "localhost":
        return []
    return [a for a in (f"127.0.0.1:{port}", f"[::1]:{port}") if a not in listening]


def nginx_at_least(ctx: Context, version: str) -> bool:
    """Whether the vdb's nginx is ``version`` or newer (False when the vdb names none)."""
    found = ctx.installed.get("www-servers/nginx", "")
    nums = [int(n) for n in re.findall(r"\d+", found.split("-r")[0])[:3]]
    return bool(nums) and nums >= [int(n) for n in version.split(".")]


def with_hooks(text: str) -> str:
    """nginx.conf with our two include lines; a minimal edit, idempotent."""
    active = [ln.split("#", 1)[0].strip() for ln in text.splitlines()]
    if HTTP_INCLUDE not in active:
        match = re.search(r"^([ \t]*)http\s*\{[ \t]*(#[^\n]*)?\n", text, re.M)
        if not match:
            raise ConfigError(
                f"{NGINX_CONF} has no 'http {{' line: add '{HTTP_INCLUDE}' "
                "inside its http block by hand, then run again"
            )
        indent = match[1] + "\t"
        hook = f"{indent}# Jitsi Meet sites (jitsi-meet-master-config)\n{indent}{HTTP_INCLUDE}\n"
        text = text[: match.end()] + hook + text[match.end() :]
    if STREAM_INCLUDE not in active:
        tail = "" if text.endswith("\n") else "\n"
        text += (
            f"{tail}\n# Jitsi Meet TURN/HTTPS multiplexer, a stream block "
            f"(jitsi-meet-master-config)\n{STREAM_INCLUDE}\n"
        )
    return text


def host_files(domain: str) -> list[str]:
    """Every file this callback writes for ``domain`` (used to clean up a renamed host)."""
    web, turn = web_certificate(domain), turn_certificate(domain)
    return [
        f"{MEET_DIR}/{domain}-config.js",
        f"{HTTP_DIR}/{domain}.conf",
        web.crt,
        web.key,
        turn.crt,
        turn.key,
    ]


class WebCert:
    """The certificate nginx serves: where it is, its PEM text and its origin."""

    def __init__(self, crt_path: str, key_path: str, crt: str, key: str, origin: str) -> None:
        self.crt_path, self.key_path = crt_path, key_path
        self.crt, self.key, self.origin = crt, key, origin


def certificate(ctx: Context) -> tuple[list[Action], WebCert]:
    """File actions for the web certificate, and the certificate nginx and coturn use."""
    cfg, domain = ctx.config, ctx.config.hostname
    own_crt, own_key = web_certificate(domain)
    if cfg.flag("JM_SUPPLY_OWN_CRT"):
        key_path, crt_path = cfg["JM_WEB_CERT_KEY"], cfg["JM_WEB_CERT_CRT"]
        key, crt = ctx.read_text(key_path), ctx.read_text(crt_path)
        if not key or not crt:
            raise ConfigError(
                f"own certificate {crt_path!r} or key {key_path!r} is missing or "
                "empty: fix JM_WEB_CERT_CRT/JM_WEB_CERT_KEY"
            )
        if not pair_matches(crt, key):
            raise ConfigError(
                f"key {key_path!r} does not belong to certificate {crt_path!r}: "
                "supply the matching pair"
            )
        # Our self-signed pair for this host is stale once the admin's is used.
        stale: list[Action] = [
            Remove(p) for p in (own_key, own_crt) if p not in (key_path, crt_path)
        ]
        return stale, WebCert(crt_path, key_path, crt, key, "the administrator's own certificate")
    le = cfg.flag("LE_ENABLE_AUTO")
    key, crt = ctx.read_text(own_key), ctx.read_text(own_crt)
    if le:
        # An issued certificate certbot already holds is installed now, not at its renewal.
        live = f"{letsencrypt_dir(cfg)}/live/{domain}"
        live_key, live_crt = (
            ctx.read_text(f"{live}/privkey.pem"),
            ctx.read_text(f"{live}/fullchain.pem"),
        )
        if live_key and live_crt and cert_fits(live_crt, live_key, domain, self_signed_only=False):
            key, crt = live_key, live_crt
    # With LE on, a valid issued certificate stays; otherwise only our self-signed one does.
    if not (key and crt and cert_fits(crt, key, domain, self_signed_only=not le)):
        key, crt = self_signed([domain], CERT_DAYS)
    actions: list[Action] = [
        File(own_crt, crt, mode=0o644, validator="pem-cert"),
        secret_file(own_key, key, group="root", validator="pem-key"),
    ]
    origin = "Let's Encrypt (self-signed until issued)" if le else "self-signed"
    return actions, WebCert(own_crt, own_key, crt, key, origin)


def letsencrypt_dir(cfg: MasterConfig) -> str:
    """certbot's configuration directory (``JMMC_LETSENCRYPT_DIR``, tests move it)."""
    return cfg.get("JMMC_LETSENCRYPT_DIR", DEFAULT_LE_DIR).rstrip("/")


def letsencrypt(ctx: Context, crt: str, key: str, turn: bool) -> Iterator[Action]:
    cfg, domain = ctx.config, ctx.config.hostname
    webroot = cfg.get("LE_WEBROOT", DEFAULT_ACME_ROOT).rstrip("/")
    if not cfg.flag("LE_ENABLE_AUTO") or cfg.flag("JM_SUPPLY_OWN_CRT"):
        # Switched off (or never on): our certbot files must not keep renewing.
        for path in (*LE_FILES, f"{webroot}/{WEBROOT_NOTE}"):
            yield Remove(path)
        return
    le_dir = letsencrypt_dir(cfg)
    custom = le_dir != DEFAULT_LE_DIR
    names = {"domain": domain, "run_script": RUN_CERTBOT}
    turn_cert = turn_certificate(domain)
    # certbot refuses a webroot that does not exist; this note makes the directory.
    note = f"certbot writes the ACME challenges for {domain} below .well-known/ here.\n"
    yield File(f"{webroot}/{WEBROOT_NOTE}", note, mode=0o644)
    yield File(
        CERTBOT_INI,
        ctx.template(
            "certbot.ini.j2",
            **names,
            webroot=webroot,
            email=cfg.get("LE_EMAIL"),
            le_dir=le_dir,
            work_dir=f"{le_dir}/work" if custom else "",
            logs_dir=f"{le_dir}/logs",
            server=cfg.get("JMMC_LE_SERVER"),
            deploy_hook=DEPLOY_HOOK,
        ),
        mode=0o644,
    )
    yield File(
        DEPLOY_HOOK,
        ctx.template(
            "deploy-hook.sh.j2",
            domain=domain,
            crt=crt,
            key=key,
            turn=turn,
            turn_crt=turn_cert.crt,
            turn_key=turn_cert.key,
        ),
        mode=0o755,
    )
    yield File(
        RUN_CERTBOT, ctx.template("run-certbot.sh.j2", domain=domain, ini=CERTBOT_INI), mode=0o755
    )
    yield File(CRON_DAILY, ctx.template("cron.daily.sh.j2", **names), mode=0o755)
    yield File(SERVICE, ctx.template("certbot.service.j2", **names), mode=0o644)
    yield File(TIMER, ctx.template("certbot.timer.j2", **names), mode=0o644)
    yield Symlink(TIMER_WANTS, TIMER)


def render(ctx: Context) -> Iterator[Action]:
    cfg = ctx.config
    names = XmppNames.of(cfg)
    domain = names.domain
    current = is_current(ctx, PACKAGE)
    turn_port, _, mux = cfg.turn(ctx.generation(PACKAGE))
    bind = cfg.get("JMMC_BIND_ADDRESS")
    https_port = cfg.port("JMMC_HTTPS_PORT")
    turn = TURN_PACKAGE in ctx.installed

    if ctx.previous is not None and ctx.previous.hostname != domain:
        for path in host_files(ctx.previous.hostname):
            yield Remove(path)

    cert_actions, cert = certificate(ctx)
    yield from cert_actions
    if turn:
        # coturn runs as turnserver and cannot read root's key: give it private copies.
        turn_cert = turn_certificate(domain)
        yield File(turn_cert.crt, cert.crt, mode=0o644, group="turnserver",
                   validator="pem-cert")
        yield secret_file(turn_cert.key, cert.key, group="turnserver", validator="pem-key")

    port_suffix = "" if https_port == 443 else f":{https_port}"
    js = json_string
    origin = f"{domain}{port_suffix}"
    yield File(
        f"{MEET_DIR}/{domain}-config.js",
        ctx.template(
            "config.js.j2",
            domain=domain,
            generation=label(ctx, PACKAGE),
            domain_js=js(domain),
            guest_js=js(names.guest),
            muc_js=js(names.conference),
            focus_js=js(names.focus),
            bosh_js=js(f"https://{origin}/http-bind" if current else f"//{origin}/http-bind"),
            websocket_js=js(f"wss://{origin}/xmpp-websocket") if current else "",
            focus_jid_js=js(names.account(cfg["JICOFO_AUTH_USER"])),
            stun_js=js(f"stun:{domain}:{turn_port}"),
        ),
        mode=0o644,
    )

    backend = [f"127.0.0.1:{cfg.port('JMMC_WEB_BACKEND_PORT')}"]
    http_listen = listen_addresses(bind, cfg.port("JMMC_HTTP_PORT"))
    https_listen = backend if mux else listen_addresses(bind, https_port)
    site = ctx.template(
        "site.conf.j2",
        domain=domain,
        generation=label(ctx, PACKAGE),
        mux=mux,
        https_port=https_port,
        http_listen=http_listen,
        http_local=loopback_listen(cfg, cfg.port("JMMC_HTTP_PORT"), http_listen),
        https_listen=https_listen,
        https_local=[] if mux else loopback_listen(cfg, https_port, https_listen),
        http2_on=nginx_at_least(ctx, "1.25.1"),
        https_suffix=port_suffix,
        acme_root=cfg.get("LE_WEBROOT", DEFAULT_ACME_ROOT),
        cert=cert.crt_path,
        key=cert.key_path,
        cert_origin=cert.origin,
        hsts=cfg.flag("JM_SUPPLY_OWN_CRT") or cfg.flag("LE_ENABLE_AUTO"),
        webroot=WEBROOT,
        config_js=f"{MEET_DIR}/{domain}-config.js",
        bosh_port=cfg.port("JMMC_BOSH_PORT"),
        jicofo_rest=JICOFO_REST if current else "",
        bridge_routes=bridge_routes(ctx) if current else [],
    )
    yield File(f"{HTTP_DIR}/{domain}.conf", site, mode=0o644, validator=nginx_site_check)
    yield Port(cfg.port("JMMC_HTTP_PORT"), "tcp", "HTTP: redirect, ACME")
    yield Port(https_port, "tcp", "HTTPS")

    main = ctx.read_text(NGINX_CONF)
    if main is None:
        raise ConfigError(f"{NGINX_CONF} is missing: install www-servers/nginx, then run again")
    hooked = with_hooks(main)
    if hooked != main:
        yield File(NGINX_CONF, hooked, mode=0o644)

    yield from letsencrypt(ctx, cert.crt_path, cert.key_path, turn)


def bridge_routes(ctx: Context) -> list[tuple[str, str]]:
    """(bridge id, upstream host:port) for each bridge on another host.

    Browsers reach a bridge's colibri websocket through this site at
    ``/colibri-ws/<id>/``; each id gets its own fixed route.  Upstream's example proxies to
    an address taken from the URL, which makes the site an open proxy: never that.
    """
    return [(b.id, join_host_port(b.address, b.ws_port)) for b in ctx.bridges]


CALLBACK = Callback(
    name="jitsi-meet-web-config",
    package=PACKAGE,
    render=render,
    after=("jitsi-meet-prosody",),
    description="config.js, nginx site and hooks, web certificate and Let's Encrypt renewal",
)
