"""Re-runs, hostname changes, switches, ordering, errors and the LE helper files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from jitsi_overlay.realservers.testroot import SEED_ROOT
from test_callbacks_harness import (
    FQDN_LE,
    INSTALLED,
    REPO,
    SECRETS,
    Command,
    ConfigError,
    Remove,
    apply,
    at,
    changed,
    fresh_root,
    registry,
    render,
    scram_ok,
    store,
    text,
    transaction,
    values,
)

CONFIGURATOR_DIRS = list(REPO.glob("net-im/*/files"))


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


def test_rerun_changes_nothing(root: Path) -> None:
    first = apply(root, values(**FQDN_LE))
    assert any(
        isinstance(c, Command) and c.argv[0] == "update-ca-certificates" for c in first.commands
    )
    again = transaction.make_plan(root, render(root, values(**FQDN_LE), values(**FQDN_LE)))
    assert [a.path for a in changed(again)] == []
    assert again.commands == []  # CA store and account dirs already in place


def test_password_rotation_rewrites_the_account(root: Path) -> None:
    apply(root, values())
    rotated = values(JICOFO_AUTH_PASSWORD="rotatedFocusPw99")
    plan = apply(root, rotated, previous=values())
    path = f"/var/lib/prosody/{store('auth.localhost')}/accounts/focus.dat"
    assert path in [a.path for a in changed(plan)]
    assert scram_ok(text(root, path), "rotatedFocusPw99")
    assert not scram_ok(text(root, path), SECRETS["JICOFO_AUTH_PASSWORD"])


def test_hostname_change_removes_only_our_files(root: Path) -> None:
    old = values()
    apply(root, old)
    # Recorded directories (prosody's account stores) stay, emptied of our files.
    ours = [p for p in registry_paths(root) if "localhost" in p and not at(root, p).is_dir()]
    assert "/etc/prosody/conf.d/localhost.cfg.lua" in ours
    # Files with the old name that the configurator did not write must survive.
    foreign = ["/etc/jitsi/meet/localhost-extra.js", "/etc/prosody/conf.d/other.cfg.lua"]
    for p in foreign:
        at(root, p).write_text("admin's\n")
    new = values(**FQDN_LE)
    apply(root, new, previous=old)
    for p in ours:
        if "/accounts/" in p and "auth%2e" not in p:
            continue  # the convener's account on the old host is removed too: checked below
        assert not at(root, p).exists(), p
    assert not at(root, f"/var/lib/prosody/{store('localhost')}/accounts/admin.dat").exists()
    for p in foreign:
        assert at(root, p).read_text() == "admin's\n"
    assert at(root, "/etc/prosody/conf.d/meet.example.org.cfg.lua").exists()
    # The stock VirtualHost "localhost" of prosody.cfg.lua is not ours and stays.
    assert 'VirtualHost "localhost"' in text(root, "/etc/prosody/prosody.cfg.lua")


def registry_paths(root: Path) -> list[str]:
    """Paths the core recorded as written by the configurator."""
    record = getattr(transaction, "RECORD", "var/lib/jitsi-meet-master-config/written.json")
    return list(json.loads((root / record).read_text()))


def test_hostname_change_moves_the_hosts_alias(root: Path) -> None:
    first = {**FQDN_LE}
    apply(root, values(**first))
    second = {**FQDN_LE, "JVB_HOSTNAME": "video.example.org", "LE_HOSTNAME": "video.example.org"}
    apply(root, values(**second), previous=values(**first))
    hosts = text(root, "/etc/hosts")
    assert "meet.example.org" not in hosts
    assert hosts.count("video.example.org") == 2  # 127.0.0.1 and ::1
    assert text(root, "/etc/hostname") == "video.example.org\n"
    assert 'hostname="video.example.org"' in text(root, "/etc/conf.d/hostname")
    # Alias switched off: our name leaves /etc/hosts again, the stock lines come back.
    third = {**second, "JVB_HOSTNAME_LOCALHOST_ALIAS": "n"}
    apply(root, values(**third), previous=values(**second))
    assert text(root, "/etc/hosts") == text(SEED_ROOT, "/etc/hosts")


def test_hostname_files_only_when_asked(root: Path) -> None:
    apply(root, values(**{**FQDN_LE, "JVB_CONFORM_ETC_HOSTNAME": "n"}))
    assert text(root, "/etc/hostname") == "gentoo\n"


def test_mux_switch_removes_the_stream_file(root: Path) -> None:
    apply(root, values())
    stream = at(root, "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf")
    assert stream.exists()
    plan = apply(root, values(JMMC_TURN_MUX="n"), previous=values())
    assert not stream.exists()
    assert any(isinstance(a, Remove) for a in changed(plan))
    site = text(root, "/etc/nginx/jitsi-meet/http.d/localhost.conf")
    assert "listen 443 ssl http2;" in site and "4444" not in site


def test_callback_order() -> None:
    chosen = registry.order(registry.select(registry.builtin(), INSTALLED))
    names = [cb.name for cb, _ in chosen]
    assert set(names) == {
        "jitsi-meet-prosody",
        "jitsi-videobridge",
        "jicofo",
        "jitsi-meet-web-config",
        "jitsi-meet-turnserver",
        "system",
    }
    pos = names.index
    for later in ("jitsi-videobridge", "jicofo", "jitsi-meet-web-config"):
        assert pos("jitsi-meet-prosody") < pos(later)
    assert pos("jitsi-meet-web-config") < pos("jitsi-meet-turnserver")


def test_only_installed_components_run(root: Path) -> None:
    installed = {k: v for k, v in INSTALLED.items() if k != "net-im/jitsi-meet-turnserver"}
    actions = render(root, values(), installed=installed)
    paths = [a.path for _, a in actions if hasattr(a, "path")]
    assert "/etc/turnserver.conf" not in paths
    assert not any(p.startswith("/etc/turnserver/") for p in paths)
    assert "/etc/jitsi/meet/localhost-config.js" in paths


def test_missing_prosody_config_is_an_error(root: Path) -> None:
    at(root, "/etc/prosody/prosody.cfg.lua").unlink()
    with pytest.raises(ConfigError, match=r"prosody\.cfg\.lua is missing: install net-im/prosody"):
        render(root, values())


def test_nginx_conf_without_http_block_is_an_error(root: Path) -> None:
    at(root, "/etc/nginx/nginx.conf").write_text("events {}\n")
    with pytest.raises(ConfigError, match=r"no 'http \{' line"):
        render(root, values())


def test_own_certificate_must_match_its_key(root: Path) -> None:
    d = at(root, "/etc/ssl")
    d.mkdir(parents=True, exist_ok=True)
    for name in ("a", "b"):
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "30",
                "-subj",
                f"/CN={name}",
                "-keyout",
                str(d / f"{name}.key"),
                "-out",
                str(d / f"{name}.crt"),
            ],
            capture_output=True,
            check=True,
        )
    own = {
        "JM_SUPPLY_OWN_CRT": "y",
        "JM_WEB_CERT_KEY": "/etc/ssl/a.key",
        "JM_WEB_CERT_CRT": "/etc/ssl/b.crt",
    }
    with pytest.raises(ConfigError, match=r"does not belong to certificate '/etc/ssl/b\.crt'"):
        render(root, values(**own))


def le_values(**over: str) -> dict[str, str]:
    return values(**{**FQDN_LE, **over})


def test_certbot_accepts_our_settings(root: Path, tmp_path: Path) -> None:
    """Real certbot parses certbot.ini (an unknown key would be 'unrecognized arguments')."""
    certbot = shutil.which("certbot")
    if certbot is None:
        pytest.skip("certbot not installed")
    le_dir = str(tmp_path / "le")
    apply(root, le_values(JMMC_LE_SERVER="https://127.0.0.1:9/dir", JMMC_LETSENCRYPT_DIR=le_dir))
    ini = text(root, "/etc/jitsi/certbot/certbot.ini")
    assert "server = https://127.0.0.1:9/dir" in ini
    assert f"config-dir = {le_dir}\n" in ini and f"work-dir = {le_dir}/work" in ini
    # Point the system paths into the root, then let certbot fail at the (closed) server.
    moved = ini.replace(
        "/var/lib/jitsi-meet-web-config", str(at(root, "/var/lib/jitsi-meet-web-config"))
    )
    moved = moved.replace(
        "/etc/jitsi/certbot/deploy-hook", str(at(root, "/etc/jitsi/certbot/deploy-hook"))
    )
    conf = tmp_path / "certbot.ini"
    conf.write_text(moved)
    proc = subprocess.run(
        [certbot, "certonly", "--config", str(conf)], capture_output=True, text=True, timeout=120
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "unrecognized arguments" not in out and "does not exist" not in out
    assert "127.0.0.1" in out  # it got as far as contacting the ACME server


def test_deploy_hook_installs_and_reloads(root: Path, tmp_path: Path) -> None:
    """The deploy hook copies the new pair for nginx and coturn and reloads both."""
    apply(root, le_values())
    hook = text(root, "/etc/jitsi/certbot/deploy-hook")
    for path in ("/etc/jitsi/meet/", "/etc/turnserver/certs/"):
        hook = hook.replace(path, str(at(root, path)) + "/")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    for tool in ("systemctl", "rc-service"):
        stub = bin_dir / tool
        stub.write_text(f'#!/bin/sh\necho "{tool} $*" >> {log}\n')
        stub.chmod(0o755)
    script = tmp_path / "hook.sh"
    script.write_text(hook)
    if subprocess.run(["getent", "group", "turnserver"], capture_output=True).returncode:
        pytest.skip("no turnserver group on this host")
    for name in ("other.example.net", "meet.example.org"):
        lineage = tmp_path / "live" / name
        lineage.mkdir(parents=True)
        (lineage / "fullchain.pem").write_text(f"NEW CHAIN {name}\n")
        (lineage / "privkey.pem").write_text(f"NEW KEY {name}\n")
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin:/usr/sbin:/sbin", "RENEWED_LINEAGE": str(lineage)}
        subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True)
        if name == "other.example.net":
            # Another lineage (an old host name, another site) is left alone.
            assert not log.exists()
            assert "NEW" not in text(root, "/etc/jitsi/meet/meet.example.org.crt")
    assert text(root, "/etc/jitsi/meet/meet.example.org.crt") == "NEW CHAIN meet.example.org\n"
    key = at(root, "/etc/turnserver/certs/meet.example.org.key")
    assert (
        key.read_text() == "NEW KEY meet.example.org\n"
        and stat.S_IMODE(key.stat().st_mode) == 0o640
    )
    calls = log.read_text()
    assert ("nginx" in calls and "reload" in calls) and ("turnserver" in calls or "coturn" in calls)


def test_le_helper_scripts_parse(root: Path) -> None:
    apply(root, le_values())
    for path in (
        "/etc/jitsi/certbot/deploy-hook",
        "/etc/jitsi/certbot/run-certbot",
        "/etc/cron.daily/jitsi-meet-certbot",
    ):
        assert os.access(at(root, path), os.X_OK), path
        subprocess.run(["sh", "-n", str(at(root, path))], check=True)
    timer = at(root, "/etc/systemd/system/timers.target.wants/jitsi-meet-certbot.timer")
    assert os.readlink(timer) == "/etc/systemd/system/jitsi-meet-certbot.timer"
    analyze = shutil.which("systemd-analyze")
    if analyze:
        unit_dir = at(root, "/etc/systemd/system")
        proc = subprocess.run(
            [analyze, "verify", "--man=no", str(unit_dir / "jitsi-meet-certbot.timer")],
            capture_output=True,
            text=True,
        )
        assert "Unknown" not in proc.stderr and "bad" not in proc.stderr.lower(), proc.stderr


def test_filesdir_sizes() -> None:
    """Each package's FILESDIR stays under 50 KiB and every configurator file under 20 KiB."""
    for files in CONFIGURATOR_DIRS:
        total = sum(
            p.stat().st_size
            for p in files.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )
        assert total < 50 * 1024, files
        for p in files.rglob("*"):
            if (
                p.is_file()
                and "__pycache__" not in p.parts
                and ("configurator" in p.parts or "callbacks" in p.parts)
            ):
                assert p.stat().st_size < 20 * 1024, p


def test_renamed_convener_loses_the_old_account(root: Path) -> None:
    apply(root, values())
    old = at(root, f"/var/lib/prosody/{store('localhost')}/accounts/admin.dat")
    assert old.exists()
    apply(root, values(JICOFO_CONVENE_USER="chair"), previous=values())
    assert not old.exists()
    new = text(root, f"/var/lib/prosody/{store('localhost')}/accounts/chair.dat")
    assert scram_ok(new, SECRETS["JICOFO_CONVENE_PASSWORD"])


def test_foreign_turnserver_conf_is_backed_up(root: Path) -> None:
    """An admin's own /etc/turnserver.conf is replaced, and the core keeps a backup."""
    alien = "# hand-written coturn config\nlistening-port=3478\n"
    at(root, "/etc/turnserver.conf").write_text(alien)
    apply(root, values())
    assert "jitsi-meet coturn config" in text(root, "/etc/turnserver.conf")
    state = at(root, "/var/lib/jitsi-meet-master-config")
    backups = [p for p in state.rglob("turnserver.conf") if p.read_text() == alien]
    assert backups, "no backup of the replaced turnserver.conf"


def test_commands_act_inside_the_target_root(root: Path) -> None:
    """The post-commit commands touch the target root's CA store only (its hooks, which
    would act on this host, are skipped); prosody's store is a Directory action owned by
    the target root's prosody account, whatever this host's prosody uid is."""
    if shutil.which("update-ca-certificates") is None:
        pytest.skip("update-ca-certificates not installed")
    plan = apply(root, values())
    for cmd in plan.commands:
        assert all(not a.startswith("/") or a.startswith(str(root)) or a == "/dev/null"
                   for a in cmd.argv[1:]), cmd
    assert [c.argv[0] for c in plan.commands] == ["update-ca-certificates"]
    transaction.run_commands(plan.commands, root)
    bundle = text(root, "/etc/ssl/certs/ca-certificates.crt")
    assert text(root, "/usr/local/share/ca-certificates/auth.localhost.crt") in bundle
    prosody = next(x.split(":") for x in text(root, "/etc/passwd").splitlines()
                   if x.startswith("prosody:"))
    for name in ("auth.localhost", "localhost"):
        accounts = at(root, f"/var/lib/prosody/{store(name)}/accounts")
        for d in (accounts, accounts.parent):
            assert stat.S_IMODE(d.stat().st_mode) == 0o750
            assert (d.stat().st_uid, d.stat().st_gid) == (int(prosody[2]), int(prosody[3]))
