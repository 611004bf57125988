"""pexpect drives every branch of the interactive flow through tools/configure.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from jitsi_overlay.realservers.testroot import SEED_ROOT as FIXTURE_ROOT

REPO = Path(__file__).resolve().parents[1]
CONFIGURE = REPO / "tools/configure.py"
MASTER = "etc/jitsi/jitsi-meet-master-config"
PUBLIC = "82.221.139.201"  # the seed README's example address (globally routable)
SECRET_KEYS = ("JVB_AUTH_PASSWORD", "JICOFO_AUTH_PASSWORD", "JVB_SECRET", "JICOFO_SECRET",
               "TURN_SECRET")


def spawn(root: Path, *args: str, **env: str) -> pexpect.spawn:
    full = {**os.environ, "JMMC_NO_NETWORK": "y", **env}
    return pexpect.spawn(sys.executable, [str(CONFIGURE), "--root", str(root), *args],
                         env=full, encoding="utf-8", timeout=20)


def ask(child: pexpect.spawn, prompt: str, answer: str = "") -> None:
    child.expect_exact(prompt)
    child.sendline(answer)


def finish(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else -child.signalstatus, child.before


def master(root: Path) -> dict[str, str]:
    from jitsi_configurator.masterfile import parse

    return parse((root / MASTER).read_text())[0]


def snapshot(root: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        data = os.readlink(p) if p.is_symlink() else (p.read_bytes() if p.is_file() else None)
        out[str(p.relative_to(root))] = (data, st.st_mode, st.st_uid, st.st_gid)
    return out


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty target root: only the master config is written (no callbacks)."""
    r = tmp_path / "root"
    r.mkdir()
    return r


@pytest.fixture
def gentoo_root(tmp_path: Path) -> Path:
    """H6's Gentoo-like root, so every callback of the checkout runs."""
    r = tmp_path / "groot"
    shutil.copytree(FIXTURE_ROOT, r, symlinks=True)
    return r


NOCB = ("--no-default-callbacks",)


def localhost_answers(child: pexpect.spawn) -> None:
    ask(child, "* Hostname [localhost]: ")
    ask(child, "* Max videobridge daemon RAM [1024m]: ")
    ask(child, "* Username [admin]: ")
    child.expect(r"\* Password \[([a-z]+-[a-z]+-[a-z]+)\]: ")
    child.sendline("")
    ask(child, "* Supply pre-existing key/crt pair for localhost? (y/n) [n]: ")
    ask(child, "* Configuration complete: write it? (y/n) [y]: ")
    ask(child, "* Build component configurations from this? (y/n) [y]: ")


def test_localhost_with_every_callback(gentoo_root: Path) -> None:
    child = spawn(gentoo_root)
    localhost_answers(child)
    status, out = finish(child)
    assert status == 0, out
    cfg = master(gentoo_root)
    assert cfg["JVB_HOSTNAME"] == "localhost" and cfg["JVB_EXTERNAL_IP"] == "localhost"
    assert cfg["LE_ENABLE_AUTO"] == "n" and cfg["JMMC_CONFIGURED"] == "y"
    assert cfg["JM_WEB_CERT_CRT"] == "/etc/jitsi/meet/localhost.crt"
    assert "External IP address" not in out and "Let's Encrypt for" not in out
    assert out.count(f"Convener: admin / {cfg['JICOFO_CONVENE_PASSWORD']}") == 1
    for key in SECRET_KEYS:  # never printed
        assert cfg[key] not in out
    assert (gentoo_root / MASTER).stat().st_mode & 0o777 == 0o640
    assert (gentoo_root / "etc/nginx/jitsi-meet").exists()  # callbacks ran
    # Re-use: nothing changes.
    before = snapshot(gentoo_root)
    child = spawn(gentoo_root)
    ask(child, "* Re-use existing configuration for localhost? (y/n) [n]: ", "y")
    status, out = finish(child)
    assert status == 0, out
    assert "0 file(s) written" in out
    assert snapshot(gentoo_root) == before


def test_fqdn_public_address_lets_encrypt(root: Path) -> None:
    child = spawn(root, *NOCB, JMMC_DNS_OVERRIDE=f"meet.example.org={PUBLIC}")
    ask(child, "* Hostname [localhost]: ", "meet.example.org")
    ask(child, f"* External IP address [{PUBLIC}]: ")
    ask(child, f"* Internal IP address [{PUBLIC}]: ")
    ask(child, "* Create a localhost alias for meet.example.org? (recommended) (y/n) [y]: ")
    ask(child, '* Copy meet.example.org into "/etc/hostname"? (recommended) (y/n) [y]: ')
    ask(child, "* Max videobridge daemon RAM [1024m]: ", "2g")
    ask(child, "* Username [admin]: ", "convener")
    ask(child, "* Password [", "correct-horse-battery")
    ask(child, "* Supply pre-existing key/crt pair for meet.example.org? (y/n) [n]: ")
    ask(child, "* Activate Let's Encrypt for meet.example.org? (y/n) [y]: ")
    ask(child, "* Email address [webmaster@meet.example.org]: ", "Admin@Example.org")
    ask(child, "* Configuration complete: write it? (y/n) [y]: ")
    ask(child, "* Build component configurations from this? (y/n) [y]: ")
    status, out = finish(child)
    assert status == 0, out
    cfg = master(root)
    assert cfg["JVB_EXTERNAL_IP"] == cfg["JVB_INTERNAL_IP"] == PUBLIC
    assert (cfg["LE_ENABLE_AUTO"], cfg["LE_HOSTNAME"], cfg["LE_EMAIL"]) == (
        "y", "meet.example.org", "Admin@example.org")
    assert cfg["JVB_HOSTNAME_LOCALHOST_ALIAS"] == cfg["JVB_CONFORM_ETC_HOSTNAME"] == "y"
    assert cfg["JVB_MAX_MEMORY"] == "2g" and cfg["JICOFO_CONVENE_USER"] == "convener"
    assert cfg["JICOFO_AUTH_DOMAIN"] == "auth.meet.example.org"
    assert "NAT" not in out


def _pem_pair(root: Path, host: str) -> None:
    ssl = root / "etc/ssl"
    ssl.mkdir(parents=True, exist_ok=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", f"/CN={host}", "-keyout", str(ssl / f"{host}.key"),
                    "-out", str(ssl / f"{host}.crt")], check=True, capture_output=True)


def test_own_certificate(root: Path) -> None:
    _pem_pair(root, "meet.example.org")
    child = spawn(root, *NOCB, JMMC_PUBLIC_ADDRESS=PUBLIC)
    ask(child, "* Hostname [localhost]: ", "meet.example.org")
    ask(child, f"* External IP address [{PUBLIC}]: ")
    ask(child, f"* Internal IP address [{PUBLIC}]: ")
    ask(child, "(recommended) (y/n) [y]: ", "n")
    ask(child, "(recommended) (y/n) [y]: ", "n")
    ask(child, "* Max videobridge daemon RAM [1024m]: ")
    ask(child, "* Username [admin]: ")
    ask(child, "* Password [")
    ask(child, "* Supply pre-existing key/crt pair for meet.example.org? (y/n) [n]: ", "y")
    ask(child, "* Path [/etc/ssl/meet.example.org.key]: ", "/etc/ssl/missing.key")
    child.expect("cannot read it")
    ask(child, "* Path [/etc/ssl/meet.example.org.key]: ", "/etc/ssl/meet.example.org.crt")
    child.expect("holds no PEM private key")
    ask(child, "* Path [/etc/ssl/meet.example.org.key]: ")
    ask(child, "* Path [/etc/ssl/meet.example.org.crt]: ")
    ask(child, "* Configuration complete: write it? (y/n) [y]: ")
    ask(child, "* Build component configurations from this? (y/n) [y]: ")
    status, out = finish(child)
    assert status == 0, out
    assert "Let's Encrypt for" not in out
    cfg = master(root)
    assert (cfg["JM_SUPPLY_OWN_CRT"], cfg["LE_ENABLE_AUTO"]) == ("y", "n")
    assert cfg["JM_WEB_CERT_KEY"] == "/etc/ssl/meet.example.org.key"
    assert cfg["JM_WEB_CERT_CRT"] == "/etc/ssl/meet.example.org.crt"
    assert cfg["JVB_HOSTNAME_LOCALHOST_ALIAS"] == cfg["JVB_CONFORM_ETC_HOSTNAME"] == "n"


def test_private_address_gets_self_signed(root: Path) -> None:
    child = spawn(root, *NOCB)  # no DNS, no public address: default "localhost"
    ask(child, "* Hostname [localhost]: ", "meet.corp.example")
    ask(child, "* External IP address [localhost]: ", "192.168.1.20")
    ask(child, "* Internal IP address [192.168.1.20]: ")
    for _ in range(2):
        ask(child, "(recommended) (y/n) [y]: ")
    ask(child, "* Max videobridge daemon RAM [1024m]: ")
    ask(child, "* Username [admin]: ")
    ask(child, "* Password [")
    ask(child, "key/crt pair for meet.corp.example? (y/n) [n]: ")
    child.expect("is not a FQDN on a public address: it gets a self-signed certificate")
    ask(child, "* Configuration complete: write it? (y/n) [y]: ")
    ask(child, "* Build component configurations from this? (y/n) [y]: ")
    status, out = finish(child)
    assert status == 0, out
    assert "Let's Encrypt for" not in out
    cfg = master(root)
    assert cfg["LE_ENABLE_AUTO"] == "n"
    assert cfg["JM_WEB_CERT_KEY"] == "/etc/jitsi/meet/meet.corp.example.key"


def test_nat(root: Path) -> None:
    child = spawn(root, *NOCB, JMMC_DNS_OVERRIDE=f"meet.example.org={PUBLIC}")
    ask(child, "* Hostname [localhost]: ", "meet.example.org")
    ask(child, f"* External IP address [{PUBLIC}]: ")
    ask(child, f"* Internal IP address [{PUBLIC}]: ", "10.0.0.5")
    child.expect(f"NAT is assumed: external {PUBLIC}, internal 10.0.0.5")
    for _ in range(2):
        ask(child, "(recommended) (y/n) [y]: ")
    ask(child, "* Max videobridge daemon RAM [1024m]: ")
    ask(child, "* Username [admin]: ")
    ask(child, "* Password [")
    ask(child, "key/crt pair for meet.example.org? (y/n) [n]: ")
    ask(child, "* Activate Let's Encrypt for meet.example.org? (y/n) [y]: ", "n")
    ask(child, "* Configuration complete: write it? (y/n) [y]: ")
    ask(child, "* Build component configurations from this? (y/n) [y]: ")
    status, out = finish(child)
    assert status == 0, out
    cfg = master(root)
    assert (cfg["JVB_EXTERNAL_IP"], cfg["JVB_INTERNAL_IP"]) == (PUBLIC, "10.0.0.5")
    assert cfg["LE_ENABLE_AUTO"] == "n"


def test_invalid_answer_at_every_prompt_is_asked_again(root: Path) -> None:
    child = spawn(root, *NOCB, JMMC_DNS_OVERRIDE=f"meet.example.org={PUBLIC}")

    def bad(prompt: str, answer: str, reason: str, good: str = "") -> None:
        ask(child, prompt, answer)
        child.expect(re.escape(reason))
        ask(child, prompt, good)

    bad("* Hostname [localhost]: ", "not a host", "invalid hostname 'not a host'",
        "meet.example.org")
    bad(f"* External IP address [{PUBLIC}]: ", "999.1.1.1", "invalid IP address '999.1.1.1'")
    bad(f"* Internal IP address [{PUBLIC}]: ", "fe80::1%eth0", "invalid IP address")
    bad("* Create a localhost alias for meet.example.org? (recommended) (y/n) [y]: ", "maybe",
        "answer y or n")
    bad('* Copy meet.example.org into "/etc/hostname"? (recommended) (y/n) [y]: ', "q",
        "answer y or n")
    ask(child, "* Max videobridge daemon RAM [1024m]: ", "100m")
    child.expect("invalid RAM size '100m': use from 256m to 1024g")
    bad("* Max videobridge daemon RAM [1024m]: ", "268435457", "invalid RAM size '268435457'")
    ask(child, "* Username [admin]: ", "A")
    child.expect("invalid username")
    bad("* Username [admin]: ", "jvb", "focus and jvb are internal accounts")
    child.expect(r"\* Password \[([a-z-]+)\]: ")
    child.sendline("short")
    child.expect("shorter than 8 characters")
    ask(child, "* Password [", "a-longer-password")
    bad("* Supply pre-existing key/crt pair for meet.example.org? (y/n) [n]: ", "x",
        "answer y or n")
    bad("* Activate Let's Encrypt for meet.example.org? (y/n) [y]: ", "?", "answer y or n")
    bad("* Email address [webmaster@meet.example.org]: ", "nobody", "invalid email address")
    bad("* Configuration complete: write it? (y/n) [y]: ", "sure", "answer y or n")
    bad("* Build component configurations from this? (y/n) [y]: ", "ok", "answer y or n")
    status, out = finish(child)
    assert status == 0, out
    assert master(root)["JICOFO_CONVENE_PASSWORD"] == "a-longer-password"


@pytest.mark.parametrize("stop_at", ["* Hostname [", "* Username [",
                                     "* Build component configurations"])
def test_end_of_input_writes_nothing(gentoo_root: Path, stop_at: str) -> None:
    before = snapshot(gentoo_root)
    child = spawn(gentoo_root)
    for prompt in ("* Hostname [", "* Max videobridge", "* Username [", "* Password [",
                   "* Supply pre-existing", "* Configuration complete",
                   "* Build component configurations"):
        child.expect_exact(prompt)
        if prompt == stop_at:
            child.sendeof()
            break
        child.sendline("")
    status, out = finish(child)
    assert status == 1 and "end of input" in out and "nothing written" in out
    assert snapshot(gentoo_root) == before


def test_ctrl_c_writes_nothing(gentoo_root: Path) -> None:
    before = snapshot(gentoo_root)
    child = spawn(gentoo_root)
    ask(child, "* Hostname [localhost]: ")
    child.expect_exact("* Max videobridge daemon RAM [1024m]: ")
    child.sendintr()
    status, out = finish(child)
    assert status != 0 and "interrupted: nothing written" in out
    assert snapshot(gentoo_root) == before


def test_declining_to_write_writes_nothing(root: Path) -> None:
    child = spawn(root, *NOCB)
    for prompt in ("* Hostname [", "* Max videobridge", "* Username [", "* Password [",
                   "* Supply pre-existing"):
        ask(child, prompt)
    ask(child, "* Configuration complete: write it? (y/n) [y]: ", "n")
    status, out = finish(child)
    assert status == 0 and "Nothing written" in out
    assert "Build component" not in out
    assert list(root.iterdir()) == []


SEED_2020 = """JMMC_BATCH_MODE="n"
JVB_HOST="localhost"
JVB_PORT="5347"
JVB_HOSTNAME="foo.barfoo.org"
JVB_CONFORM_ETC_HOSTNAME="y"
JVB_EXTERNAL_IP="82.221.139.201"
JVB_INTERNAL_IP="82.221.139.201"
JVB_HOSTNAME_LOCALHOST_ALIAS="y"
JVB_AUTH_USER="jvb"
JVB_AUTH_PASSWORD="Qm3vR8sT1uW4xY7z"
JVB_MAX_MEMORY="1024m"
JM_SUPPLY_OWN_CRT="n"
JM_WEB_CERT_KEY="/etc/jitsi/meet/foo.barfoo.org.key"
JM_WEB_CERT_CRT="/etc/jitsi/meet/foo.barfoo.org.crt"
JICOFO_AUTH_USER="focus"
JICOFO_AUTH_DOMAIN="auth.foo.barfoo.org"
JICOFO_AUTH_PASSWORD="Ab1Cd2Ef3Gh4Ij5K"
JICOFO_CONVENE_USER="admin"
JICOFO_CONVENE_PASSWORD="horse-battery-staple"
JVB_SECRET="Zz9Yy8Xx7Ww6Vv5U"
JICOFO_SECRET="Tt4Ss3Rr2Qq1Pp0O"
TURN_SECRET="Nn9Mm8Ll7Kk6Jj5I"
MUC_UUID="1b4e28ba-2fa1-11d2-883f-0016d3cca427"
LE_ENABLE_AUTO="y"
LE_HOSTNAME="foo.barfoo.org"
LE_EMAIL="your@email.address"
LE_WEBROOT="/var/lib/jitsi-meet-web-config"
JMMC_CONFIGURED="y"
"""


def test_a_2020_installation_is_reused(root: Path) -> None:
    (root / "etc/jitsi").mkdir(parents=True)
    (root / MASTER).write_text(SEED_2020)
    child = spawn(root, *NOCB)
    ask(child, "* Re-use existing configuration for foo.barfoo.org? (y/n) [n]: ", "y")
    status, out = finish(child)
    assert status == 0, out
    cfg = master(root)
    seed = parse_seed()
    assert {k: cfg[k] for k in seed} == seed  # every 2020 value kept, secrets included
    assert (root / MASTER).stat().st_mode & 0o777 == 0o640
    for key in SECRET_KEYS:
        assert seed[key] not in out


def parse_seed() -> dict[str, str]:
    return dict(line.split("=", 1) for line in SEED_2020.replace('"', "").splitlines())
