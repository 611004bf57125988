"""The questions, in the 2020 order and wording (users know these lines)."""

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from . import settings
from . import validate as v
from .api import ConfigError, MasterConfig
from .defaults import external_address, word_password
from .keys import BY_GENERATION, PORT_KEYS

# Kept from the previous configuration: the keys no question asks.
KEEP = (*PORT_KEYS, *BY_GENERATION, "JMMC_BIND_ADDRESS", "JMMC_LE_SERVER",
        "JMMC_LETSENCRYPT_DIR", "LE_WEBROOT")


class Aborted(Exception):
    """End of input at a question: nothing is written."""


def ask_line(stdin: TextIO, out: TextIO, question: str, default: str,
             check: Callable[[str], str], why: str) -> str:
    """Ask until ``check`` accepts the answer (Enter takes ``default``)."""
    out.write(why + "\n")
    while True:
        out.write(f" * {question} [{default}]: ")
        out.flush()
        if not (line := stdin.readline()):
            raise Aborted(question)
        try:
            return check(line.strip() or default)
        except ConfigError as exc:  # re-ask with the reason
            out.write(f"   {exc}\n")


def bridge_interview(stdin: TextIO, out: TextIO, previous: MasterConfig | None,
                     env: Mapping[str, str], read_join: Callable[[Path], dict[str, str]]
                     ) -> tuple[dict[str, str], bool, bool]:
    """The questions on a bridge host: the main server's join file, this host's
    addresses and the bridge's RAM.  Same return value as :func:`interview`."""
    prev = previous.as_dict() if previous else {}

    def ask(question: str, default: str, check, why: str) -> str:
        return ask_line(stdin, out, question, default, check, why)

    def yes(question: str, default: str, why: str) -> str:
        return ask(f"{question} (y/n)", default, v.yes_no, why)

    if prev.get("JMMC_ROLE") == "bridge" and prev.get("JMMC_CONFIGURED") == "y" and yes(
            f"Re-use existing configuration for bridge {prev.get('JMMC_BRIDGE_ID')} of "
            f"{prev.get('JVB_HOSTNAME')}?", "n",
            "Re-use rebuilds the videobridge from the earlier configuration.") == "y":
        return prev, False, True
    joined: dict[str, str] = {}

    def join_file(value: str) -> str:
        joined.clear()
        joined.update(read_join(Path(value)))
        return value

    bridge = prev.get("JMMC_BRIDGE_ID") or "jvb2"
    ask("Join file", f"/root/{bridge}.join", join_file,
        "Only the videobridge is installed here: this host joins a main server as a bridge.\n"
        "On the main server, `jitsi-meet-master-config bridge add ID --address ADDRESS`\n"
        "wrote a join file; copy it here.")
    answers = {**{k: prev[k] for k in KEEP if prev.get(k)}, **joined}
    ext = answers["JVB_EXTERNAL_IP"] = ask(
        "External IP address", prev.get("JVB_EXTERNAL_IP") or external_address("", env),
        v.ip_address, "The public address browsers send media to.")
    inner = answers["JVB_INTERNAL_IP"] = ask(
        "Internal IP address", prev.get("JVB_INTERNAL_IP") or ext, v.ip_address,
        "This machine's address (differs only behind NAT).")
    if inner != ext:
        out.write(f"   NAT is assumed: external {ext}, internal {inner}.\n")
    answers["JVB_MAX_MEMORY"] = ask(
        "Max videobridge daemon RAM", prev.get("JVB_MAX_MEMORY", "1024m"), v.ram,
        "Videobridge Java heap: k/m/g suffix, at least 256m.")
    if yes("Configuration complete: write it?", "y",
           "\nWrites /etc/jitsi/jitsi-meet-master-config.") == "n":
        return answers, False, False
    return answers, True, True


def interview(stdin: TextIO, out: TextIO, root: Path, previous: MasterConfig | None,
              env: Mapping[str, str], words: list[str]) -> tuple[dict[str, str], bool, bool]:
    """(answers, write the master config?, build the components?)."""

    def ask(question: str, default: str, check, why: str) -> str:
        return ask_line(stdin, out, question, default, check, why)

    def yes(question: str, default: str, why: str) -> str:
        return ask(f"{question} (y/n)", default, v.yes_no, why)

    def pem(is_key: bool):
        """A check for the path of the admin's own key or certificate (inside the root)."""
        def check(value: str) -> str:
            if problem := settings.pem_problem(root, value, is_key):
                raise ConfigError(f"{value}: {problem}")
            return v.path(value)
        return check

    prev = previous.as_dict() if previous else {}
    if prev.get("JMMC_CONFIGURED") == "y" and yes(
            f"Re-use existing configuration for {prev['JVB_HOSTNAME']}?", "n",
            "Re-use rebuilds the components from the earlier configuration."
    ) == "y":
        return prev, False, True
    # What no question asks is kept from the earlier configuration.
    answers = {k: prev[k] for k in KEEP if prev.get(k)}
    host = answers["JVB_HOSTNAME"] = ask(
        "Hostname", prev.get("JVB_HOSTNAME", "localhost"), v.hostname,
        "The FQDN users browse to (meet.example.org), or localhost for a local test.")
    if host != "localhost":
        same = prev.get("JVB_HOSTNAME") == host and prev.get("JVB_EXTERNAL_IP")
        ext = answers["JVB_EXTERNAL_IP"] = ask(
            "External IP address", prev["JVB_EXTERNAL_IP"] if same else external_address(host, env),
            v.ip_address, f"The public address of {host}.")
        inner = answers["JVB_INTERNAL_IP"] = ask(
            "Internal IP address", ext, v.ip_address,
            "This machine's address (differs only behind NAT).")
        if inner != ext:
            out.write(f"   NAT is assumed: external {ext}, internal {inner}.\n")
        answers["JVB_HOSTNAME_LOCALHOST_ALIAS"] = yes(
            f"Create a localhost alias for {host}? (recommended)", "y",
            f"Adds {host} to /etc/hosts' loopback lines.")
        answers["JVB_CONFORM_ETC_HOSTNAME"] = yes(
            f'Copy {host} into "/etc/hostname"? (recommended)', "y",
            "Names the machine like the service.")
    answers["JVB_MAX_MEMORY"] = ask(
        "Max videobridge daemon RAM", prev.get("JVB_MAX_MEMORY", "1024m"), v.ram,
        "Videobridge Java heap: k/m/g suffix, at least 256m.")
    answers["JICOFO_CONVENE_USER"] = ask(
        "Username", prev.get("JICOFO_CONVENE_USER", "admin"), v.username,
        "The account that may start meetings.")
    answers["JICOFO_CONVENE_PASSWORD"] = ask(
        "Password", word_password(words), v.password,
        "Its password (8+ characters); Enter takes the generated one.")
    answers["JM_SUPPLY_OWN_CRT"] = yes(
        f"Supply pre-existing key/crt pair for {host}?", "n",
        "Your own TLS certificate instead of Let's Encrypt or self-signed.")
    if answers["JM_SUPPLY_OWN_CRT"] == "y":
        answers["JM_WEB_CERT_KEY"] = ask("Path", f"/etc/ssl/{host}.key", pem(True),
                                   "Path of the private key (PEM):")
        answers["JM_WEB_CERT_CRT"] = ask("Path", f"/etc/ssl/{host}.crt", pem(False),
                                   "Path of the certificate chain (PEM):")
    elif settings.le_possible(host, answers.get("JVB_EXTERNAL_IP", host)):
        answers["LE_ENABLE_AUTO"] = yes(
            f"Activate Let's Encrypt for {host}?", "y",
            "A free certificate, self-signed until issued, renewed automatically.")
        if answers["LE_ENABLE_AUTO"] == "y":
            mail = settings.follow(prev, host, env).get("LE_EMAIL") or f"webmaster@{host}"
            answers["LE_EMAIL"] = ask("Email address", mail, v.email,
                                "For Let's Encrypt's expiry warnings.")
    else:
        out.write(f"   {host} is not a FQDN on a public address: it gets a self-signed "
                  "certificate.\n")
    if yes("Configuration complete: write it?", "y",
           "\nWrites /etc/jitsi/jitsi-meet-master-config.") == "n":
        return answers, False, False
    return answers, True, yes("Build component configurations from this?", "y",
                        "Writes every installed component's configuration.") == "y"
