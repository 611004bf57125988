"""One test per bug of the 2020 seed overlay's callbacks, so that these never repeat it.

The seed overlay configured Jitsi with numbered shell callbacks (20 prosody, 50 nginx,
60 coturn, ...); each test names the callback and what it got wrong."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_callbacks_consistency import own_cert
from test_callbacks_harness import (
    FQDN_LE,
    SECRETS,
    Command,
    File,
    apply,
    at,
    fresh_root,
    key_values,
    nginx_directives,
    properties,
    render,
    text,
    values,
)


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


LE_FILES = (
    "/etc/jitsi/certbot/certbot.ini",
    "/etc/jitsi/certbot/deploy-hook",
    "/etc/jitsi/certbot/run-certbot",
    "/etc/cron.daily/jitsi-meet-certbot",
    "/etc/systemd/system/jitsi-meet-certbot.service",
    "/etc/systemd/system/jitsi-meet-certbot.timer",
    "/etc/systemd/system/timers.target.wants/jitsi-meet-certbot.timer",
)


def subject_issuer(pem: str) -> tuple[str, str]:
    out = subprocess.run(
        ["openssl", "x509", "-noout", "-subject", "-issuer"],
        input=pem,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fields = dict(line.split("=", 1) for line in out.splitlines())
    return fields["subject"].strip(), fields["issuer"].strip()


def ca_signed(root: Path, name: str, key_path: str, crt_path: str) -> str:
    """Put a CA-signed certificate for ``name`` where the LE deploy hook would install it."""
    tmp = at(root, "/tmp/ca")
    tmp.mkdir(parents=True)
    run = lambda *a: subprocess.run(a, capture_output=True, check=True, cwd=tmp)  # noqa: E731
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "30",
        "-subj",
        "/CN=Fake LE Root",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
    )
    run(
        "openssl",
        "req",
        "-new",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        f"/CN={name}",
        "-addext",
        f"subjectAltName=DNS:{name}",
        "-keyout",
        "leaf.key",
        "-out",
        "leaf.csr",
    )
    run(
        "openssl",
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "80",
        "-copy_extensions",
        "copy",
        "-out",
        "leaf.crt",
    )
    at(root, key_path).write_text((tmp / "leaf.key").read_text())
    at(root, crt_path).write_text((tmp / "leaf.crt").read_text())
    return (tmp / "leaf.crt").read_text()


def test_coturn_cert_and_key_not_swapped(root: Path) -> None:
    """2020 bug: callback 60 put the key into cert= and the certificate into pkey=."""
    apply(root, values(**FQDN_LE))
    conf = dict(key_values(at(root, "/etc/turnserver.conf")))
    assert text(root, conf["cert"]).startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE KEY-----" in text(root, conf["pkey"]).splitlines()[0]
    assert conf["cert"].endswith(".crt") and conf["pkey"].endswith(".key")


def test_own_certificate_is_what_nginx_serves(root: Path) -> None:
    """2020 bug: own key/crt were ignored by nginx (Apache directives sed into nginx)."""
    vals = values(
        JVB_HOSTNAME="meet.example.org",
        JVB_EXTERNAL_IP="198.51.100.20",
        JVB_INTERNAL_IP="198.51.100.20",
        **own_cert(root, "meet.example.org"),
    )
    apply(root, vals)
    site = at(root, "/etc/nginx/jitsi-meet/http.d/meet.example.org.conf")
    assert nginx_directives(site, "ssl_certificate") == ["/etc/ssl/meet.example.org.crt"]
    assert nginx_directives(site, "ssl_certificate_key") == ["/etc/ssl/meet.example.org.key"]
    assert not at(root, "/etc/jitsi/meet/meet.example.org.crt").exists()
    # coturn's private copy is the admin's certificate too.
    assert text(root, "/etc/turnserver/certs/meet.example.org.crt") == text(
        root, "/etc/ssl/meet.example.org.crt"
    )


def test_switch_from_le_removes_certbot_files_and_issued_cert(root: Path) -> None:
    """2020 bug: a stale certbot.conf kept renewing after a switch to self-signed, and the
    'keep resolving symlinks' rule kept the LE certificate over the self-signed choice."""
    apply(root, values(**FQDN_LE))
    for path in LE_FILES:
        assert at(root, path).exists() or at(root, path).is_symlink(), path
    issued = ca_signed(
        root,
        "meet.example.org",
        "/etc/jitsi/meet/meet.example.org.key",
        "/etc/jitsi/meet/meet.example.org.crt",
    )
    # Still LE: a re-run keeps the issued certificate (2020 4b6da9d overwrote it).
    apply(root, values(**FQDN_LE), previous=values(**FQDN_LE))
    assert text(root, "/etc/jitsi/meet/meet.example.org.crt") == issued
    self_signed = {**FQDN_LE, "LE_ENABLE_AUTO": "n", "LE_HOSTNAME": "", "LE_EMAIL": ""}
    apply(root, values(**self_signed), previous=values(**FQDN_LE))
    for path in LE_FILES:
        assert not at(root, path).exists() and not at(root, path).is_symlink(), path
    crt = text(root, "/etc/jitsi/meet/meet.example.org.crt")
    subject, issuer = subject_issuer(crt)
    assert subject == issuer and "meet.example.org" in subject
    assert text(root, "/etc/turnserver/certs/meet.example.org.crt") == crt


def test_other_nginx_sites_are_kept(root: Path) -> None:
    """2020 bug: callback 50 moved away every other site and overwrote nginx.conf."""
    conf = at(root, "/etc/nginx/nginx.conf")
    before = conf.read_text()
    other = at(root, "/etc/nginx/jitsi-meet/http.d/other.example.net.conf")
    other.parent.mkdir(parents=True)
    other.write_text("server { listen 8081; server_name other.example.net; }\n")
    apply(root, values())
    after = conf.read_text()
    # Only lines were added, nothing was removed or changed.
    old, new = before.splitlines(), after.splitlines()
    assert [ln for ln in new if ln not in old] == [
        "\t# Jitsi Meet sites (jitsi-meet-master-config)",
        "\tinclude /etc/nginx/jitsi-meet/http.d/*.conf;",
        "# Jitsi Meet TURN/HTTPS multiplexer, a stream block (jitsi-meet-master-config)",
        "include /etc/nginx/jitsi-meet/stream.d/*.conf;",
    ]
    assert [ln for ln in old if ln not in new] == []
    assert "server_name localhost;" in after
    assert other.read_text() == "server { listen 8081; server_name other.example.net; }\n"
    apply(root, values(), previous=values())
    assert conf.read_text() == after  # hooks are added once


def test_other_prosody_hosts_are_kept(root: Path) -> None:
    """2020 bug: callback 20 deleted every conf.d symlink (other prosody hosts)."""
    other = at(root, "/etc/prosody/conf.d/chat.example.net.cfg.lua")
    other.parent.mkdir(parents=True)
    other.write_text('VirtualHost "chat.example.net"\n')
    main = at(root, "/etc/prosody/prosody.cfg.lua")
    before = main.read_text()
    apply(root, values(**FQDN_LE))
    assert other.read_text() == 'VirtualHost "chat.example.net"\n'
    after = main.read_text()
    assert after.startswith(before) and 'VirtualHost "localhost"' in after
    assert after[len(before) :].strip().endswith('Include "conf.d/*.cfg.lua"')


def test_no_secret_printed_or_on_a_command_line(
    root: Path, capfd: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2020 bug: secrets printed by pkg_config and passed to prosodyctl register / openssl."""
    argvs: list[list[str]] = []
    real_run = subprocess.run

    def spy(args, *a, **kw):  # type: ignore[no-untyped-def]
        argvs.append([str(x) for x in args])
        return real_run(args, *a, **kw)

    monkeypatch.setattr(subprocess, "run", spy)
    actions = render(root, values(**FQDN_LE))
    monkeypatch.undo()
    out = capfd.readouterr()
    secrets = list(SECRETS.values())
    keys = [
        a.data().decode() for _, a in actions if isinstance(a, File) and b"PRIVATE KEY" in a.data()
    ]
    assert argvs, "the certificates are made by openssl"
    for argv in argvs:
        assert not any(s in arg for s in secrets for arg in argv), argv
        assert not any("PRIVATE KEY" in arg for arg in argv), argv
    for _, a in actions:
        if isinstance(a, Command):
            assert not any(s in " ".join(a.argv) for s in secrets + keys), a
    assert not any(s in out.out + out.err for s in secrets)


def test_secret_files_private_even_with_open_umask(root: Path) -> None:
    """2020 bug: the host file and turnserver.conf were written with the default umask."""
    import os

    old = os.umask(0)
    try:
        apply(root, values(**FQDN_LE))
    finally:
        os.umask(old)
    for path in (
        "/etc/prosody/conf.d/meet.example.org.cfg.lua",
        "/etc/turnserver.conf",
        "/etc/jitsi/videobridge/sip-communicator.properties",
        "/etc/jitsi/jicofo/config",
        "/etc/jitsi/meet/meet.example.org.key",
        "/etc/turnserver/certs/meet.example.org.key",
        "/etc/prosody/certs/auth.meet.example.org.key",
    ):
        assert at(root, path).stat().st_mode & 0o007 == 0, path


def test_accounts_are_hashed_not_plain(root: Path) -> None:
    """2020 bug: internal_plain stored the passwords in clear text in the spool."""
    apply(root, values())
    data = b"".join(p.read_bytes() for p in at(root, "/var/lib/prosody").rglob("*.dat"))
    assert data and not any(s.encode() in data for s in SECRETS.values())
    assert b"stored_key" in data


def test_localhost_gets_no_external_ip(root: Path) -> None:
    """2020 bug: in localhost mode external-ip=localhost was written to coturn."""
    apply(root, values())
    assert "external-ip" not in dict(key_values(at(root, "/etc/turnserver.conf")))


def test_jvb_keeps_certificate_verification(root: Path) -> None:
    """2020 bug: JVB kept DISABLE_CERTIFICATE_VERIFICATION=true and a jitsi.net STUN server."""
    apply(root, values(**FQDN_LE))
    props = properties(at(root, "/etc/jitsi/videobridge/sip-communicator.properties"))
    assert not any("DISABLE_CERTIFICATE_VERIFICATION" in k for k in props)
    assert not any("jitsi.net" in v for v in props.values())
    assert "jitsi.net" not in text(root, "/etc/jitsi/meet/meet.example.org-config.js")


def test_first_run_does_not_clean_up_localhost(root: Path) -> None:
    """2020 bug: on a first run the prior host defaulted to localhost and its files went."""
    mine = at(root, "/etc/prosody/certs/localhost.crt")
    mine.write_text("admin's own localhost certificate\n")
    actions = render(root, values(**FQDN_LE), previous=None)
    assert not [a for _, a in actions if type(a).__name__ == "Remove" and "localhost" in a.path]
    apply(root, values(**FQDN_LE))
    assert mine.read_text() == "admin's own localhost certificate\n"


def test_hostname_removal_keeps_other_hosts_lines(root: Path) -> None:
    """2020 bug: the sed on /etc/hosts trimmed every line; substring greps matched others."""
    hosts = at(root, "/etc/hosts")
    hosts.write_text(hosts.read_text() + "127.0.0.1   meet.example.org.old   \n")
    before = hosts.read_text()
    apply(root, values(**FQDN_LE))
    after = hosts.read_text()
    assert "192.0.2.10\tbackup.example.net backup\n" in after
    assert "127.0.0.1   meet.example.org.old   \n" in after  # not ours: untouched
    assert re.search(r"^127\.0\.0\.1\tlocalhost meet\.example\.org$", after, re.M)
    assert len(after.splitlines()) == len(before.splitlines())


def test_issued_le_certificate_is_used_on_reconfigure(root: Path) -> None:
    """2020 bug, fixed late there: certificates certbot already holds were only spliced in
    at issuance; a reconfigure now installs them for nginx and coturn at once."""
    live = "/etc/letsencrypt/live/meet.example.org"
    at(root, live).mkdir(parents=True)
    issued = ca_signed(root, "meet.example.org", f"{live}/privkey.pem", f"{live}/fullchain.pem")
    apply(root, values(**FQDN_LE))
    assert text(root, "/etc/jitsi/meet/meet.example.org.crt") == issued
    assert text(root, "/etc/turnserver/certs/meet.example.org.crt") == issued
    assert text(root, "/etc/jitsi/meet/meet.example.org.key") == text(root, f"{live}/privkey.pem")
