"""Each component file carries the check of its format, and the checks accept and reject.

A check is a callable ``(path, content)`` a ``File`` carries; the core runs it before it
writes anything.  The real tools where installed: ``luac -p``, ``nginx -t`` (on a scratch
wrapper), pyhocon (the shared ones live in ``jitsi_configurator.helpers.checks``); coturn's
file is checked line by line by the turnserver component.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jitsi_configurator.components import turnserver as TURNSERVER
from jitsi_configurator.helpers import checks
from jitsi_overlay.realservers.testroot import SEED_ROOT
from test_callbacks_harness import (
    CURRENT,
    FQDN_LE,
    ConfigError,
    File,
    render,
    values,
)

SITE = (b"server {\n listen 443 ssl http2;\n listen [::]:443 ssl;\n server_name a.example.org;\n"
        b" ssl_certificate /etc/jitsi/meet/a.crt;\n ssl_certificate_key /etc/jitsi/meet/a.key;\n"
        b" include /nonexistent/snippet.conf;\n"
        b" location / { proxy_pass http://127.0.0.1:5280; }\n}\n")
STREAM = (b"stream {\n upstream w { server 127.0.0.1:4444; }\n"
          b" server { listen 4443; ssl_preread on; proxy_pass w; }\n}\n")
CASES = [  # check, good, bad, the real tool it needs
    (checks.lua_check, b'VirtualHost "a"\n  modules_enabled = { "bosh" }\n', b"x = {", "luac"),
    (checks.nginx_site_check, SITE, b"server { bogus_directive 1; }", "nginx"),
    (checks.nginx_stream_check, STREAM, b"stream { server { listen 1; proxy_pass ; } }",
     "nginx"),
    (TURNSERVER.turnserver_check,
     b"# c\nlistening-port=4446\nno-tlsv1_1\nrealm = a.example.org\n", b"not an option line", ""),
    (checks.hocon_check, b"jicofo { xmpp { client { port = 5222 } } }\n", b"a { b = 1 ", ""),
]
IDS = [check.__name__ for check, *_ in CASES]


@pytest.mark.parametrize(("fn", "good", "bad", "tool"), CASES, ids=IDS)
def test_checks_accept_and_reject(fn, good, bad, tool) -> None:
    if tool and not (shutil.which(tool) or shutil.which(tool, path="/usr/sbin")):
        pytest.skip(f"no {tool} installed")
    assert fn("/x", good) is None
    with pytest.raises(ConfigError, match=r"^/x: "):
        fn("/x", bad)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([TURNSERVER.turnserver_check, checks.hocon_check]),
       st.binary(max_size=100))
def test_parser_checks_fail_only_with_config_error(check, data: bytes) -> None:
    with contextlib.suppress(ConfigError):
        check("/x", data)


@pytest.mark.parametrize("installed", [None, CURRENT], ids=["4548", "current"])
def test_every_component_file_carries_its_owners_check(tmp_path: Path, installed) -> None:
    root = tmp_path / "root"
    shutil.copytree(SEED_ROOT, root, symlinks=True)
    kw = {"installed": installed} if installed else {}
    actions = render(root, values(**FQDN_LE), None, **kw)
    files = {a.path: a.validator for _, a in actions if isinstance(a, File)}
    named = {v for v in files.values() if isinstance(v, str)}
    assert named <= {"json", "shell-env", "properties", "pem-cert", "pem-key"}, named
    owners = {getattr(v, "__name__", "") for v in files.values() if callable(v)}
    own = {"nginx_stream_check"} if installed is None else {"hocon_check"}  # mux / HOCON
    assert {"lua_check", "nginx_site_check", "turnserver_check", *own} <= owners
    conf = next(p for p in files if p.startswith("/etc/prosody/conf.d/"))
    assert files[conf].__name__ == "lua_check"
