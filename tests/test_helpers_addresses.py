"""One address parser for the whole configurator, and nginx listen addresses from it.

The core's validator, the bridge's NAT test, coturn's external-ip and both nginx files'
``listen`` lines use ``helpers.addresses``; a bind address that is not an IP address stops
the run with one message, whichever component meets it first.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jitsi_configurator import validate
from jitsi_configurator.api import ConfigError, Context, File, MasterConfig
from jitsi_configurator.components import turnserver, web_config
from jitsi_configurator.helpers.addresses import is_ip, listen_addresses, parse_ip
from test_callbacks_harness import INSTALLED, fresh_root, values


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


@given(st.ip_addresses())
def test_every_address_parses_to_itself(address: ipaddress.IPv4Address) -> None:
    text = str(address)
    assert parse_ip(text) == address and is_ip(text)
    assert validate.ip_address(f" {text.upper()} ") == text


@pytest.mark.parametrize("text", ["", "localhost", "meet.example.org", "fe80::1%eth0",
                                  "192.0.2.1/24", "[::1]", "256.1.1.1", "%"])
def test_what_is_not_an_address(text: str) -> None:
    assert parse_ip(text) is None and not is_ip(text)


def test_the_core_validator_refuses_what_the_parser_refuses() -> None:
    with pytest.raises(ConfigError, match=r"invalid IP address 'fe80::1%eth0': use one"):
        validate.ip_address("fe80::1%eth0")
    assert validate.ip_address("localhost") == "localhost"
    with pytest.raises(ConfigError):
        validate.ip_address("localhost", allow_localhost=False)


@pytest.mark.parametrize(("bind", "expected"), [
    ("", ["443", "[::]:443"]),
    ("192.0.2.5", ["192.0.2.5:443"]),
    ("2001:db8::5", ["[2001:db8::5]:443"]),
    ("::1", ["[::1]:443"]),
])
def test_listen_addresses(bind: str, expected: list[str]) -> None:
    assert listen_addresses(bind, 443) == expected


@pytest.mark.parametrize("bind", ["localhost", "meet.example.org", "[2001:db8::5]", "x"])
def test_listen_refuses_a_name_with_the_key_and_the_fix(bind: str) -> None:
    with pytest.raises(ConfigError, match=rf"^JMMC_BIND_ADDRESS={re.escape(repr(bind))} is "
                                          r"not an IP address: use one such as .* or leave "
                                          r"it empty"):
        listen_addresses(bind, 443)


def _render(component, root: Path, **over: str) -> list[object]:  # type: ignore[no-untyped-def]
    # The master config is built directly, bypassing the core's validation, as a hand-edited
    # value would reach a callback that was called on its own.
    ctx = Context(MasterConfig(values(JVB_HOSTNAME="meet.example.org", **over)), None, root,
                  dict(INSTALLED), templates_dir=Path(component.__file__).parent / "templates")
    return list(component.CALLBACK.render(ctx))


@pytest.mark.parametrize("component", [web_config, turnserver], ids=lambda m: m.__name__)
def test_web_and_turn_agree_on_a_bind_address(root: Path, component) -> None:
    """Both nginx files listen on the same bracketed IPv6 address; both refuse a name."""
    actions = _render(component, root, JMMC_BIND_ADDRESS="2001:db8::5")
    ours = [a for a in actions if isinstance(a, File) and a.path.startswith("/etc/nginx/jitsi-")]
    listens = {line.strip() for a in ours for line in str(a.content).splitlines()
               if line.strip().startswith("listen ")}
    # The 4548 set's web site listens on 80 and behind the multiplexer, which takes 443.
    port = "443" if component is turnserver else "80"
    assert f"listen [2001:db8::5]:{port};" in listens
    with pytest.raises(ConfigError, match=r"^JMMC_BIND_ADDRESS='meet.example.org' is not"):
        _render(component, root, JMMC_BIND_ADDRESS="meet.example.org")
