"""The names components must agree on are spelt once, and the components use them."""

from __future__ import annotations

import pytest
from jitsi_configurator.api import ConfigError, MasterConfig
from jitsi_configurator.helpers import java_daemons
from jitsi_configurator.helpers.files import secret_file
from jitsi_configurator.helpers.topology import (
    BREWERY_ROOM,
    XmppNames,
    prosody_certificate,
    turn_certificate,
    web_certificate,
)
from test_callbacks_harness import values


def test_names_follow_the_domain_and_the_auth_domain() -> None:
    names = XmppNames.of(MasterConfig(values(JVB_HOSTNAME="meet.example.org",
                                             JICOFO_AUTH_DOMAIN="internal-auth.example.org")))
    assert (names.domain, names.auth) == ("meet.example.org", "internal-auth.example.org")
    assert names.brewery == f"{BREWERY_ROOM}@internal.internal-auth.example.org"
    assert names.internal == "internal.internal-auth.example.org"
    assert names.focus == "focus.meet.example.org"
    assert names.conference == "conference.meet.example.org"
    assert names.guest == "guest.meet.example.org"
    assert names.account("focus") == "focus@internal-auth.example.org"


def test_certificate_paths() -> None:
    assert prosody_certificate("auth.a.example") == (
        "/etc/prosody/certs/auth.a.example.crt", "/etc/prosody/certs/auth.a.example.key")
    assert web_certificate("a.example").key == "/etc/jitsi/meet/a.example.key"
    assert turn_certificate("a.example").crt == "/etc/turnserver/certs/a.example.crt"


def test_secret_files_are_0640_and_marked_secret() -> None:
    f = secret_file("/etc/x", "k", group="jitsi", owner="jvb", validator="shell-env")
    assert (f.mode, f.owner, f.group, f.secret, f.validator) == (
        0o640, "jvb", "jitsi", True, "shell-env")


@pytest.mark.parametrize(("keys", "message"), [
    (("JVB_SECRET",), "JVB_SECRET must be set"),
    (("JVB_SECRET", "MUC_UUID"), "JVB_SECRET and MUC_UUID must be set"),
    (("JVB_AUTH_PASSWORD", "JVB_SECRET", "MUC_UUID"),
     "JVB_AUTH_PASSWORD, JVB_SECRET and MUC_UUID must be set"),
])
def test_missing_generated_secrets_are_named(keys: tuple[str, ...], message: str) -> None:
    empty = MasterConfig({k: "" for k in keys})
    with pytest.raises(ConfigError, match=f"^{message}: run the configurator interactively"):
        java_daemons.require_generated(empty, *keys)
    java_daemons.require_generated(MasterConfig(values()), *keys)


def test_the_2020_launcher_properties() -> None:
    props = java_daemons.system_properties("jicofo", "/etc/jitsi/jicofo").split(" ")
    assert "-Dnet.java.sip.communicator.SC_HOME_DIR_NAME=jicofo" in props
    assert "-Djava.util.logging.config.file=/etc/jitsi/jicofo/logging.properties" in props
