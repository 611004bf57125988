"""Property tests of the small text edits the callbacks make to files they do not own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from jitsi_configurator.components import system as SYSTEM
from jitsi_configurator.components import web_config as WEB

name = st.from_regex(r"[a-z][a-z0-9-]{0,10}(\.[a-z][a-z0-9-]{0,10}){1,3}", fullmatch=True)
blank = st.sampled_from([" ", "\t", "  ", " \t"])
host_line = st.builds(
    lambda ip, sep, names, trail, comment: f"{ip}{sep}{' '.join(names)}{trail}{comment}\n",
    st.sampled_from(["127.0.0.1", "::1", "192.0.2.7", "10.0.0.1", "127.0.1.1"]),
    blank,
    st.lists(name, min_size=1, max_size=3),
    st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["", "# note", " # x"]),
)
hosts_text = st.lists(host_line | st.just("\n") | st.just("# comment\n"), max_size=8).map("".join)


LOOPBACKS = ("127.0.0.1", "::1")


def fields(text: str) -> list[list[str]]:
    return [f for f in (ln.split("#")[0].split() for ln in text.splitlines()) if f]


@settings(max_examples=200, deadline=None)
@given(hosts_text, name)
def test_hosts_add_then_drop_restores(text: str, domain: str) -> None:
    if any(domain in f[1:] for f in fields(text) if f[0] in LOOPBACKS):
        return
    added = SYSTEM.edit_hosts(text, domain, None)
    assert SYSTEM.edit_hosts(added, domain, None) == added  # idempotent
    with_name = sorted(f[0] for f in fields(added) if f[0] in LOOPBACKS and domain in f[1:])
    assert with_name == sorted(LOOPBACKS)  # once per address family
    # Lines that are not loopback lines keep their bytes.
    for line in text.splitlines(keepends=True):
        f = line.split("#")[0].split()
        if not f or f[0] not in LOOPBACKS:
            assert line in added
    if {f[0] for f in fields(text)} >= set(LOOPBACKS):
        assert SYSTEM.edit_hosts(added, None, domain) == text


nginx_line = st.sampled_from(
    [
        "user nginx nginx;\n",
        "worker_processes auto;\n",
        "events {\n}\n",
        "# http {\n",
        "\tinclude mime.types;\n",
        "\tserver { listen 8080; }\n",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(nginx_line, max_size=5), st.lists(nginx_line, max_size=5))
def test_nginx_hooks_only_add_lines(before: list[str], inside: list[str]) -> None:
    text = "".join(before) + "http {\n" + "".join(inside) + "}\n"
    hooked = WEB.with_hooks(text)
    assert WEB.with_hooks(hooked) == hooked
    old, new = text.splitlines(), hooked.splitlines()
    assert len(new) == len(old) + 5  # two hooks, two notes, one blank line
    it = iter(new)
    assert all(line in it for line in old)  # old lines stay, in order
    body = re.split(r"^http \{\n", hooked, maxsplit=1, flags=re.M)[1]
    assert body.index(WEB.HTTP_INCLUDE) < body.index("}\n")
