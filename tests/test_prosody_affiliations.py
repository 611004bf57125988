"""The MUC affiliations Jitsi relies on, with real prosody 0.12 and 13 (issue 12).

jicofo (focus) is an admin of the conference and brewery MUCs and must be an OWNER of their
rooms: of a room the convener created, of a room a guest created after the convener started
the conference, and of the brewery, where the bridge must be an owner too.  A guest joining
a room is not an owner.  Since prosody 13 a component's admins are owners only with
``component_admins_as_room_owners = true`` (the default before 13), which the generated
host file sets; the last test shows prosody 13 without it gives focus no ownership, so the
others can fail.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jitsi_overlay import serverversions
from jitsi_overlay.realservers import configs, stack, testroot, xmpp
from jitsi_overlay.realservers.mucroles import BoshClient, Occupancy, c2s_join
from jitsi_overlay.serverversions import ServerBuild
from server_fixtures import require, supervised_scratch

pytestmark = [pytest.mark.servers, pytest.mark.slow]
PROSODIES = {"prosody-0.12": serverversions.DEBIAN12.prosody,
             "prosody-13": serverversions.CURRENT.prosody}
OPTION = "component_admins_as_room_owners"


@dataclass
class Xmpp:
    """The accounts and addresses of one generated set, from the files that use them."""

    st: stack.Stack
    version: str

    def _jicofo(self) -> dict[str, str]:
        return configs.read_shell_env(self.st.path("etc/jitsi/jicofo/config"),
                                      "JICOFO_AUTH_DOMAIN", "JICOFO_AUTH_USER",
                                      "JICOFO_AUTH_PASSWORD")

    def _jvb(self) -> dict[str, str]:
        props = configs.read_properties(
            self.st.path("etc/jitsi/videobridge/sip-communicator.properties"))
        prefix = "org.jitsi.videobridge.xmpp.user.shard."
        return {k[len(prefix):]: v for k, v in props.items() if k.startswith(prefix)}

    def _c2s_port(self) -> int:
        return configs.read_prosody(self.st.prosody_files()).first_port("c2s_ports")

    def _ca(self, domain: str) -> Path:
        return self.st.path(f"usr/local/share/ca-certificates/{domain}.crt")

    def focus(self) -> object:
        j = self._jicofo()
        return xmpp.c2s_session(self._c2s_port(), j["JICOFO_AUTH_DOMAIN"], j["JICOFO_AUTH_USER"],
                                j["JICOFO_AUTH_PASSWORD"], cafile=self._ca(j["JICOFO_AUTH_DOMAIN"]))

    def bridge(self) -> object:
        p = self._jvb()
        return xmpp.c2s_session(self._c2s_port(), p["DOMAIN"], p["USERNAME"], p["PASSWORD"],
                                cafile=self._ca(p["DOMAIN"]))

    def brewery(self) -> str:
        return self._jvb()["MUC_JIDS"]

    @property
    def js(self) -> dict[str, str]:
        return configs.read_config_js(self.st.path(f"etc/jitsi/meet/{self.st.domain}-config.js"))

    def _bosh(self, domain: str) -> BoshClient:
        port = configs.read_prosody(self.st.prosody_files()).first_port("http_ports")
        return BoshClient(port, domain, tls=False)

    def convener(self) -> BoshClient:
        assert self.st.configured is not None
        user, password = self.st.configured.convener
        session = self._bosh(self.js["domain"])
        session.login(user, password)
        return session

    def guest(self) -> BoshClient:
        # BOSH at the web domain's URL (Host header), the stream to the guest domain
        session = self._bosh(self.js["anonymousdomain"])
        session.http_host = self.js["domain"]
        session.login_anonymous()
        return session

    def room(self, name: str) -> str:
        return f"{name}@{self.js['muc']}"


def start(request: pytest.FixtureRequest, build: ServerBuild,
          mutate: str | None = None) -> Iterator[Xmpp]:
    require("prosody", "nginx", "lua")
    try:
        build.check()
    except serverversions.ServerVersionError as e:  # CI ran ./dev setup: it must be there
        (pytest.fail if os.environ.get("CI") else pytest.skip)(str(e))
    with serverversions.selected(build) as versions, \
            supervised_scratch(request) as (scratch, sup):
        st = stack.Stack(scratch, sup, testroot.Ports.allocate())
        st.generate()
        if mutate:
            host = st.path(f"etc/prosody/conf.d/{st.domain}.cfg.lua")
            host.write_text(re.sub(mutate, "", host.read_text(), flags=re.M))
        st.start_prosody()
        yield Xmpp(st, versions["prosody"])


@pytest.fixture(scope="module", params=list(PROSODIES))
def x(request: pytest.FixtureRequest) -> Iterator[Xmpp]:
    yield from start(request, PROSODIES[request.param])


def _owner(o: Occupancy, who: str, version: str) -> None:
    assert (o.affiliation, o.role) == ("owner", "moderator"), (
        f"prosody {version}: {who} in {o.room} is {o.affiliation}/{o.role}, "
        "jicofo needs owner/moderator")


def test_focus_owns_a_room_the_convener_created_and_a_guest_does_not(x: Xmpp) -> None:
    room = x.room("convened")
    convener = x.convener()
    try:
        assert convener.join(room, "convener").affiliation == "owner"  # created it
        with x.focus() as focus:  # type: ignore[attr-defined]
            _owner(c2s_join(focus, room, "focus"), "focus", x.version)
            guest = x.guest()
            try:
                joined = guest.join(room, "guest")
                assert joined.affiliation != "owner" and joined.role != "moderator", (
                    f"prosody {x.version}: a guest became {joined}")
            finally:
                guest.close()
    finally:
        convener.close()


def test_focus_owns_a_room_a_guest_created_after_the_convener_started(x: Xmpp) -> None:
    convener = x.convener()
    try:
        convener.join(x.room("started"), "convener")
        guest = x.guest()
        try:
            guest.join(x.room("guest-made"), "guest")
            with x.focus() as focus:  # type: ignore[attr-defined]
                _owner(c2s_join(focus, x.room("guest-made"), "focus"), "focus", x.version)
        finally:
            guest.close()
    finally:
        convener.close()


def test_bridge_and_focus_own_the_brewery(x: Xmpp) -> None:
    """Whichever joins second is an owner by being an admin, not by creating the room."""
    brewery = x.brewery()
    first_bridge = brewery.replace("@", "-a@", 1)
    with x.bridge() as bridge, x.focus() as focus:  # type: ignore[attr-defined]
        c2s_join(bridge, first_bridge, "jvb")
        _owner(c2s_join(focus, first_bridge, "focus"), "focus", x.version)
        c2s_join(focus, brewery, "focus")
        _owner(c2s_join(bridge, brewery, "jvb"), "bridge", x.version)


@pytest.fixture(scope="module")
def without_option(request: pytest.FixtureRequest) -> Iterator[Xmpp]:
    yield from start(request, PROSODIES["prosody-13"], mutate=rf"^\s*{OPTION}\b.*\n")


def test_prosody_13_without_the_option_gives_focus_no_ownership(without_option: Xmpp) -> None:
    """Why the option is generated: the same join, with the line removed, on prosody 13."""
    x = without_option
    host = x.st.path(f"etc/prosody/conf.d/{x.st.domain}.cfg.lua").read_text()
    assert OPTION not in host
    convener = x.convener()
    try:
        convener.join(x.room("unowned"), "convener")
        with x.focus() as focus:  # type: ignore[attr-defined]
            joined = c2s_join(focus, x.room("unowned"), "focus")
    finally:
        convener.close()
    assert joined.affiliation != "owner", joined


@pytest.mark.parametrize("name", list(PROSODIES))
def test_account_files_match_prosodyctl_register(name: str, tmp_path: Path) -> None:
    """The configurator's SCRAM account files equal what each prosody's own
    ``prosodyctl register`` stores (the harness test, on every prosody version)."""
    import test_callbacks_harness

    try:
        PROSODIES[name].check()
    except serverversions.ServerVersionError as e:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(str(e))
    with serverversions.selected(PROSODIES[name]):
        test_callbacks_harness.test_scram_matches_real_prosodyctl(tmp_path)
