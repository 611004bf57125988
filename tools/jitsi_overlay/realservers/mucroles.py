"""Who gets which MUC affiliation and role: the occupants Jitsi relies on, as clients.

jicofo (focus) must be an owner of every conference room and of the brewery, or it can
neither grant moderation nor see the bridges; a guest must not be one.  These helpers join
a room as each kind of client and return the affiliation and role prosody gave it in the
self-presence (XEP-0045 status 110).
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from .xmpp import (
    NS_MUC_USER,
    BoshSession,
    C2sSession,
    XmppError,
    join_muc,
)


@dataclass(frozen=True)
class Occupancy:
    room: str
    nick: str
    affiliation: str
    role: str


def join(send: Callable[[str], None], receive: Callable[[], ET.Element], room: str,
         nick: str) -> Occupancy:
    """Enter ``room`` and return the affiliation/role of our own presence."""
    mine = join_muc(send, receive, room, nick, f"joining {room}/{nick}")
    x = mine.find(f"{{{NS_MUC_USER}}}x")
    item = x.find(f"{{{NS_MUC_USER}}}item") if x is not None else None
    if item is None:
        raise XmppError(f"joining {room}/{nick}: our presence names no affiliation")
    return Occupancy(room, nick, item.get("affiliation", ""), item.get("role", ""))


def c2s_join(session: C2sSession, room: str, nick: str) -> Occupancy:
    return join(session.stream.send, session.stream.next, room, nick)


class BoshClient(BoshSession):
    """A BOSH session that can log in anonymously and exchange stanzas."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._inbox: list[ET.Element] = []
        self._outbox: list[str] = []

    def login_anonymous(self, resource: str = "guest") -> str:
        """SASL ANONYMOUS and bind, as a guest of ``hosts.anonymousdomain``; the bound JID."""
        token = base64.b64encode(b"guest").decode()
        return self.sasl_login("ANONYMOUS", token, f"a guest of {self.domain}", resource).jid

    def send(self, text: str) -> None:
        self._outbox.append(text)

    def receive(self) -> ET.Element:
        while not self._inbox:
            payload = "".join(self._outbox)
            self._outbox.clear()
            self._inbox.extend(self._post("exchange", payload))
        return self._inbox.pop(0)

    def join(self, room: str, nick: str) -> Occupancy:
        return join(self.send, self.receive, room, nick)
