"""A hostname change: what the old hostname derived follows the new one, in batch mode and
in the interactive flow; a conflicting value given in the same input is still refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
MASTER = "etc/jitsi/jitsi-meet-master-config"
PUBLIC = "82.221.139.201"  # globally routable: Let's Encrypt is offered
OTHER = "82.221.139.202"
DNS = f"meet.example.org={PUBLIC},video.example.net={OTHER}"
NOCB = ("--no-default-callbacks", "--assume-installed", "test/none-1")

from jitsi_configurator import settings  # noqa: E402
from jitsi_configurator.masterfile import format_config, parse  # noqa: E402


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("JVB_", "LE_", "JM_"))}
    return {**base, "JMMC_NO_NETWORK": "y", "JMMC_DNS_OVERRIDE": DNS, **extra}


def run(root: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CONFIGURE), "--root", str(root), *NOCB, *args],
                          capture_output=True, text=True, env=env(**extra), timeout=120)


def master(root: Path) -> dict[str, str]:
    return parse((root / MASTER).read_text())[0]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "root"
    r.mkdir()
    return r


def configured(root: Path, **values: str) -> dict[str, str]:
    res = run(root, "--batch", **values)
    assert res.returncode == 0, res.stderr
    return master(root)


def test_batch_localhost_to_fqdn_follows_the_new_name(root: Path) -> None:
    configured(root)
    res = run(root, "--batch", JVB_HOSTNAME="meet.example.org")
    assert res.returncode == 0, res.stderr
    m = master(root)
    assert m["JICOFO_AUTH_DOMAIN"] == "auth.meet.example.org"
    assert (m["JVB_EXTERNAL_IP"], m["JVB_INTERNAL_IP"]) == (PUBLIC, PUBLIC)
    assert (m["LE_ENABLE_AUTO"], m["LE_HOSTNAME"]) == ("y", "meet.example.org")
    assert m["LE_EMAIL"] == "webmaster@meet.example.org"
    assert m["JM_WEB_CERT_CRT"] == "/etc/jitsi/meet/meet.example.org.crt"


def test_answers_file_renames_and_keeps_the_admins_own_choices(tmp_path: Path,
                                                                root: Path) -> None:
    before = configured(root, JVB_HOSTNAME="meet.example.org", JVB_INTERNAL_IP="10.0.0.5")
    assert before["LE_EMAIL"] == "webmaster@meet.example.org"
    answers = tmp_path / "answers"
    answers.write_text('JVB_HOSTNAME="video.example.net"\n')
    res = run(root, "--answers", str(answers))
    assert res.returncode == 0, res.stderr
    m = master(root)
    assert m["JICOFO_AUTH_DOMAIN"] == "auth.video.example.net"
    assert m["LE_EMAIL"] == "webmaster@video.example.net"
    assert m["JVB_EXTERNAL_IP"] == OTHER  # the new name's A record
    assert m["JVB_INTERNAL_IP"] == "10.0.0.5"  # typed by the admin: kept (NAT)
    assert m["TURN_SECRET"] == before["TURN_SECRET"]

    # A value the admin chose (not what the old name derived) survives a rename.
    answers.write_text('JVB_HOSTNAME="meet.example.org"\nLE_EMAIL="ops@example.org"\n')
    assert run(root, "--answers", str(answers)).returncode == 0
    answers.write_text('JVB_HOSTNAME="video.example.net"\n')
    assert run(root, "--answers", str(answers)).returncode == 0
    assert master(root)["LE_EMAIL"] == "ops@example.org"


def test_conflicting_value_in_the_same_input_is_refused(tmp_path: Path, root: Path) -> None:
    configured(root, JVB_HOSTNAME="meet.example.org")
    before = (root / MASTER).read_bytes()
    answers = tmp_path / "answers"
    answers.write_text('JVB_HOSTNAME="video.example.net"\n'
                       'JICOFO_AUTH_DOMAIN="auth.meet.example.org"\n')
    res = run(root, "--answers", str(answers))
    assert res.returncode == 1
    assert "JICOFO_AUTH_DOMAIN='auth.meet.example.org'" in res.stderr
    assert "auth.video.example.net" in res.stderr
    assert (root / MASTER).read_bytes() == before


def test_own_certificate_paths_follow_when_they_were_the_defaults(root: Path) -> None:
    for host in ("meet.example.org", "video.example.net"):
        (root / "etc/ssl").mkdir(parents=True, exist_ok=True)
        key = subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                              "ec_paramgen_curve:P-256", "-nodes", "-subj", f"/CN={host}",
                              "-keyout", str(root / f"etc/ssl/{host}.key"),
                              "-out", str(root / f"etc/ssl/{host}.crt"), "-days", "2"],
                             capture_output=True)
        assert key.returncode == 0, key.stderr
    configured(root, JVB_HOSTNAME="meet.example.org", JM_SUPPLY_OWN_CRT="y",
               JM_WEB_CERT_KEY="/etc/ssl/meet.example.org.key",
               JM_WEB_CERT_CRT="/etc/ssl/meet.example.org.crt")
    res = run(root, "--batch", JVB_HOSTNAME="video.example.net")
    assert res.returncode == 0, res.stderr
    m = master(root)
    assert (m["JM_WEB_CERT_KEY"], m["JM_WEB_CERT_CRT"]) == (
        "/etc/ssl/video.example.net.key", "/etc/ssl/video.example.net.crt")
    assert m["LE_ENABLE_AUTO"] == "n"


def test_follow_drops_only_what_the_old_name_derived() -> None:
    old = {"JVB_HOSTNAME": "meet.example.org", "JICOFO_AUTH_DOMAIN": "auth.meet.example.org",
           "JVB_EXTERNAL_IP": PUBLIC, "JVB_INTERNAL_IP": PUBLIC, "LE_ENABLE_AUTO": "y",
           "LE_EMAIL": "webmaster@meet.example.org", "JVB_MAX_MEMORY": "2048m"}
    e = env()
    assert settings.follow(old, "", e) == old
    assert settings.follow(old, "Meet.Example.Org.", e) == old  # the same name
    assert settings.follow(old, "video.example.net", e) == {
        "JVB_HOSTNAME": "meet.example.org", "JVB_MAX_MEMORY": "2048m"}
    chosen = {**old, "LE_ENABLE_AUTO": "n", "LE_EMAIL": "ops@example.org"}  # LE was possible
    assert settings.follow(chosen, "video.example.net", e) == {
        "JVB_HOSTNAME": "meet.example.org", "JVB_MAX_MEMORY": "2048m",
        "LE_ENABLE_AUTO": "n", "LE_EMAIL": "ops@example.org"}
    typed = {**old, "JVB_EXTERNAL_IP": "203.0.113.9"}  # not the old name's A record
    assert settings.follow(typed, "video.example.net", e)["JVB_EXTERNAL_IP"] == "203.0.113.9"


def test_interactive_rename_offers_the_new_names_defaults(root: Path) -> None:
    (root / MASTER).parent.mkdir(parents=True)
    (root / MASTER).write_text(format_config(settings.complete(
        {"JVB_HOSTNAME": "meet.example.org", "JMMC_CONFIGURED": "y"}, None, env=env())))
    assert master(root)["LE_EMAIL"] == "webmaster@meet.example.org"
    child = pexpect.spawn(sys.executable, [str(CONFIGURE), "--root", str(root), *NOCB],
                          env=env(), encoding="utf-8", timeout=30)
    for prompt, answer in [
            ("Re-use existing configuration for meet.example.org? (y/n) [n]: ", "n"),
            ("* Hostname [meet.example.org]: ", "video.example.net"),
            (f"* External IP address [{OTHER}]: ", ""), (f"* Internal IP address [{OTHER}]: ", ""),
            ("(recommended) (y/n) [y]: ", ""), ("(recommended) (y/n) [y]: ", ""),
            ("RAM [1024m]: ", ""), ("* Username [admin]: ", ""), ("* Password [", ""),
            ("key/crt pair for video.example.net? (y/n) [n]: ", ""),
            ("Activate Let's Encrypt for video.example.net? (y/n) [y]: ", ""),
            ("* Email address [webmaster@video.example.net]: ", ""),
            ("write it? (y/n) [y]: ", ""), ("Build component configurations from this? (y/n) [y]: ",
                                            "")]:
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    m = master(root)
    assert (m["JICOFO_AUTH_DOMAIN"], m["LE_EMAIL"]) == ("auth.video.example.net",
                                                       "webmaster@video.example.net")
