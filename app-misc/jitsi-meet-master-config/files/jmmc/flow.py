"""The interactive questions, in the 2020 order and wording (users know these lines)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import settings
from . import validate as v
from .api import ConfigError, MasterConfig
from .netinfo import NetInfo


class Aborted(Exception):
    """End of input at a question: nothing is written."""


@dataclass
class Prompter:
    stdin: TextIO
    stdout: TextIO

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")

    def ask(self, question: str, default: str, check: Callable[[str], str], why: str = "") -> str:
        if why:
            self.say(why)
        while True:
            self.stdout.write(f" * {question} [{default}]: ")
            self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                raise Aborted(question)
            answer = line.strip() or default
            try:
                return check(answer)
            except ConfigError as exc:
                self.say(f"   {exc}")

    def yes(self, question: str, default: str, why: str = "") -> bool:
        return self.ask(f"{question} (y/n)", default, v.yes_no, why) == "y"


@dataclass
class Outcome:
    values: dict[str, str]
    reuse: bool
    write: bool
    build: bool


def interview(p: Prompter, root: Path, previous: MasterConfig | None, net: NetInfo,
              words: list[str]) -> Outcome:
    prev = previous.as_dict() if previous is not None else {}
    configured = previous is not None and previous.get("JMMC_CONFIGURED") == "y"
    if configured and p.yes(f"Re-use existing configuration for {previous.hostname}?", "n",
                 "A configuration from an earlier run exists; re-use builds from it unchanged."):
        return Outcome(prev, True, False, True)
    a: dict[str, str] = {k: prev[k] for k in _KEEP if prev.get(k)}
    host = p.ask("Hostname", prev.get("JVB_HOSTNAME") or "localhost", v.hostname,
                 "The fully qualified domain name users browse to (e.g. meet.example.org),\n"
                 "or 'localhost' for a test server reachable from this machine only.")
    a["JVB_HOSTNAME"] = host
    if host != "localhost":
        same = prev.get("JVB_HOSTNAME") == host and prev.get("JVB_EXTERNAL_IP") not in (None, "")
        ext = p.ask("External IP address", prev["JVB_EXTERNAL_IP"] if same else
                    net.default_external(host), v.ip_address,
                    f"The public address clients reach {host} at (the videobridge announces it).")
        inner = p.ask("Internal IP address", ext, v.ip_address,
                      "The address of this machine's interface; differs from the external one\n"
                      "only behind NAT.")
        if inner != ext:
            p.say(f"   NAT is assumed: external {ext}, internal {inner}.")
        a.update(JVB_EXTERNAL_IP=ext, JVB_INTERNAL_IP=inner)
        a["JVB_HOSTNAME_LOCALHOST_ALIAS"] = "y" if p.yes(
            f"Create a localhost alias for {host}? (recommended)", "y",
            f"Adds {host} to the loopback lines of /etc/hosts so the services find each other."
        ) else "n"
        a["JVB_CONFORM_ETC_HOSTNAME"] = "y" if p.yes(
            f'Copy {host} into "/etc/hostname"? (recommended)', "y",
            "Makes the machine's own name match the service name.") else "n"
    a["JVB_MAX_MEMORY"] = p.ask("Max videobridge daemon RAM", prev.get("JVB_MAX_MEMORY") or
                                "1024m", v.ram, "Java heap cap of the videobridge: k/m/g "
                                "suffix, at least 256m, a multiple of 1024 bytes.")
    a["JICOFO_CONVENE_USER"] = p.ask("Username", prev.get("JICOFO_CONVENE_USER") or "admin",
                                     v.username, "The account allowed to start meetings "
                                     "(guests join without one).")
    from .secretgen import word_password
    a["JICOFO_CONVENE_PASSWORD"] = p.ask("Password", word_password(words), v.password,
                                         "Its password; press Enter for the generated one.")
    own = p.yes(f"Supply pre-existing key/crt pair for {host}?", "n",
                "Use your own TLS certificate instead of Let's Encrypt or a self-signed one.")
    a["JM_SUPPLY_OWN_CRT"], a["LE_ENABLE_AUTO"] = ("y" if own else "n"), "n"
    if own:
        a["JM_WEB_CERT_KEY"] = p.ask("Path", f"/etc/ssl/{host}.key", _pem(root, True),
                                     "Path of the private key (PEM).")
        a["JM_WEB_CERT_CRT"] = p.ask("Path", f"/etc/ssl/{host}.crt", _pem(root, False),
                                     "Path of the certificate chain (PEM).")
    elif settings.le_possible(host, a.get("JVB_EXTERNAL_IP", "localhost")):
        if p.yes(f"Activate Let's Encrypt for {host}?", "y",
                 "Obtain a free certificate now (self-signed until issued) and renew it."):
            a["LE_ENABLE_AUTO"] = "y"
            a["LE_EMAIL"] = p.ask("Email address", prev.get("LE_EMAIL") or f"webmaster@{host}",
                                  v.email, "Let's Encrypt sends expiry warnings here.")
    else:
        p.say(f"   {host} is not a FQDN on a public address: a self-signed certificate is used.")
    p.say("")
    if not p.yes("Configuration complete: write it?", "y",
                 "Write /etc/jitsi/jitsi-meet-master-config from these answers."):
        return Outcome(a, False, False, False)
    build = p.yes("Build component configurations from this?", "y",
                  "Write every installed component's configuration to match.")
    return Outcome(a, False, True, build)


# Optional keys kept across interactive runs (ports, bind address, ACME server).
_KEEP = ("JVB_PORT", "JMMC_HTTP_PORT", "JMMC_HTTPS_PORT", "JMMC_WEB_BACKEND_PORT",
         "JMMC_BOSH_PORT", "JMMC_C2S_PORT", "TURN_PORT", "TURNS_PORT", "JMMC_TURN_MUX",
         "JMMC_BIND_ADDRESS", "JMMC_LE_SERVER", "JMMC_LETSENCRYPT_DIR", "LE_WEBROOT")


def _pem(root: Path, is_key: bool) -> Callable[[str], str]:
    def check(value: str) -> str:
        path = v.path(value)
        problem = settings.pem_file_problem(root, path, is_key)
        if problem:
            raise ConfigError(f"{path}: {problem}")
        return path
    return check
