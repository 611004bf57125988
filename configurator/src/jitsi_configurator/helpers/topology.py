"""Names the components must agree on: XMPP domains and JIDs, certificate paths.

jicofo, the videobridge, prosody and the web front each write one side of a connection;
a name spelt in two places can drift, so each is spelt here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..api import MasterConfig

# The MUC room where bridges announce themselves and jicofo looks for them.
BREWERY_ROOM = "JvbBrewery"

PROSODY_CERT_DIR = "/etc/prosody/certs"
WEB_CERT_DIR = "/etc/jitsi/meet"
# coturn runs as turnserver and cannot read root's key: it gets private copies here.
TURN_CERT_DIR = "/etc/turnserver/certs"


@dataclass(frozen=True)
class XmppNames:
    """The XMPP names of one deployment: its domain D and the internal domain auth.D."""

    domain: str  # D, the name users open
    auth: str  # auth.D, where the focus and jvb accounts live
    guest: str  # anonymous users' host (the guests, when secure domain is on)
    conference: str  # the conference MUC
    lobby: str
    breakout: str
    speakerstats: str
    conference_duration: str
    focus: str  # jicofo's component (2020) or prosody's client_proxy for it (current)
    internal: str  # the internal MUC that holds the brewery room
    brewery: str  # the brewery room's JID: bridges join it, jicofo watches it

    @classmethod
    def of(cls, config: MasterConfig) -> XmppNames:
        d, auth = config.hostname, config.auth_domain
        return cls(domain=d, auth=auth, guest=f"guest.{d}", conference=f"conference.{d}",
                   lobby=f"lobby.{d}", breakout=f"breakout.{d}",
                   speakerstats=f"speakerstats.{d}",
                   conference_duration=f"conferenceduration.{d}", focus=f"focus.{d}",
                   internal=f"internal.{auth}", brewery=f"{BREWERY_ROOM}@internal.{auth}")

    def account(self, user: str) -> str:
        """The JID of an internal account (jicofo's focus, the bridge's jvb) on auth.D."""
        return f"{user}@{self.auth}"


class CertPaths(NamedTuple):
    """Where a certificate and its private key are."""

    crt: str
    key: str


def prosody_certificate(name: str) -> CertPaths:
    """prosody's certificate for the host ``name`` (D or auth.D)."""
    return CertPaths(f"{PROSODY_CERT_DIR}/{name}.crt", f"{PROSODY_CERT_DIR}/{name}.key")


def web_certificate(domain: str) -> CertPaths:
    """The web certificate the configurator makes (self-signed, or Let's Encrypt's copy)."""
    return CertPaths(f"{WEB_CERT_DIR}/{domain}.crt", f"{WEB_CERT_DIR}/{domain}.key")


def turn_certificate(domain: str) -> CertPaths:
    """coturn's private copy of the web certificate."""
    return CertPaths(f"{TURN_CERT_DIR}/{domain}.crt", f"{TURN_CERT_DIR}/{domain}.key")
