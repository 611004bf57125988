"""Host-level settings: the loopback alias in ``/etc/hosts`` and ``/etc/hostname``.

Edits are minimal and idempotent: the domain is added to the first ``127.0.0.1`` and
``::1`` lines (or, after a hostname change, removed from them); other lines stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...api import Action, Callback, Context, File
from ...helpers.textedit import set_shell_assignment

HOSTS = "/etc/hosts"
HOSTNAME = "/etc/hostname"
CONFD_HOSTNAME = "/etc/conf.d/hostname"  # OpenRC reads the name from here
LOOPBACKS = ("127.0.0.1", "::1")


def _split(line: str) -> tuple[list[str], str]:
    body, sep, comment = line.partition("#")
    return body.split(), sep + comment


def _edit_line(line: str, add: str | None, drop: str | None) -> str:
    """One hosts line with ``drop`` taken out and ``add`` appended; spacing kept."""
    body, sep, comment = line.partition("#")
    newline = "\n" if not sep and body.endswith("\n") else ""
    body = body[: -len(newline)] if newline else body
    parts = re.split(r"(\s+)", body)  # tokens at even, blanks at odd positions
    kept: list[str] = []
    for j, part in enumerate(parts):
        if j % 2 == 0 and j > 0 and part == drop:
            kept.pop()  # the blank before it
            continue
        kept.append(part)
    body = "".join(kept)
    if add:
        core = body.rstrip()
        body = f"{core} {add}{body[len(core) :]}"
    return body + sep + comment + newline


def edit_hosts(text: str, add: str | None, drop: str | None) -> str:
    """``text`` with ``add`` on the first 127.0.0.1 and ::1 lines, ``drop`` off all of them.

    Lines that do not change keep their exact bytes.
    """
    lines = text.splitlines(keepends=True)
    present = {a: False for a in LOOPBACKS}
    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        fields, _ = _split(line)
        if fields and fields[0] in LOOPBACKS:
            first.setdefault(fields[0], i)
            present[fields[0]] |= add is not None and add in fields[1:]
    out = list(lines)
    for i, line in enumerate(lines):
        fields, _ = _split(line)
        if fields and fields[0] in LOOPBACKS:
            append = add if add and first[fields[0]] == i and not present[fields[0]] else None
            out[i] = _edit_line(line, append, drop)
    if add:
        missing = [a for a in LOOPBACKS if a not in first]
        if missing and out and not out[-1].endswith("\n"):
            out[-1] += "\n"
        out.extend(f"{a}\t{add}\n" for a in missing)
    return "".join(out)


def render(ctx: Context) -> Iterator[Action]:
    cfg, domain = ctx.config, ctx.config.hostname
    prev = ctx.previous
    wanted = cfg.flag("JVB_HOSTNAME_LOCALHOST_ALIAS") and domain != "localhost"
    # Only a name we added before is ours to take away again.
    was = prev is not None and prev.flag("JVB_HOSTNAME_LOCALHOST_ALIAS")
    drop = prev.hostname if was and prev and prev.hostname not in (domain, "localhost") else None
    if not wanted and was and prev and prev.hostname == domain and domain != "localhost":
        drop = domain
    hosts = ctx.read_text(HOSTS)
    if hosts is not None or wanted:
        new = edit_hosts(hosts or "", domain if wanted else None, drop)
        if new != (hosts or ""):
            yield File(HOSTS, new, mode=0o644)

    if cfg.flag("JVB_CONFORM_ETC_HOSTNAME") and domain != "localhost":
        if ctx.read_text(HOSTNAME) != f"{domain}\n":
            yield File(HOSTNAME, f"{domain}\n", mode=0o644)
        confd = ctx.read_text(CONFD_HOSTNAME)
        if confd is not None:
            new_confd = set_shell_assignment(confd, "hostname", domain)
            if new_confd != confd:
                yield File(CONFD_HOSTNAME, new_confd, mode=0o644)


CALLBACK = Callback(
    name="system",
    # Host settings belong to the server as a whole: the meta package selects them.
    package="net-im/jitsi-meet-server",
    render=render,
    description="/etc/hosts loopback alias and /etc/hostname",
)
