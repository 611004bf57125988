"""Host-level settings: the loopback alias in ``/etc/hosts`` and ``/etc/hostname``.

Edits are minimal and idempotent: the domain is added to (or, after a hostname change,
removed from) the ``127.0.0.1`` and ``::1`` lines only; every other line stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from jmmc.api import Action, Callback, Context, File

HOSTS = "/etc/hosts"
HOSTNAME = "/etc/hostname"
CONFD_HOSTNAME = "/etc/conf.d/hostname"  # OpenRC reads the name from here
LOOPBACKS = ("127.0.0.1", "::1")


def _split(line: str) -> tuple[list[str], str]:
    body, sep, comment = line.partition("#")
    return body.split(), sep + comment


def edit_hosts(text: str, add: str | None, drop: str | None) -> str:
    """``text`` with ``add`` on every loopback line and ``drop`` removed from them."""
    out: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines(keepends=True):
        fields, comment = _split(line)
        if not fields or fields[0] not in LOOPBACKS:
            out.append(line)
            continue
        seen.add(fields[0])
        names = [n for n in fields[1:] if n != drop]
        if add and add not in names:
            names.append(add)
        if names == fields[1:]:
            out.append(line)  # untouched lines keep their exact spacing
            continue
        end = "\n" if line.endswith("\n") else ""
        tail = f" {comment.rstrip()}" if comment else ""
        out.append(f"{fields[0]}\t" + " ".join(names) + tail + end)
    if add:
        missing = [a for a in LOOPBACKS if a not in seen]
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
            new_confd = set_confd_hostname(confd, domain)
            if new_confd != confd:
                yield File(CONFD_HOSTNAME, new_confd, mode=0o644)


def set_confd_hostname(text: str, domain: str) -> str:
    """OpenRC's ``/etc/conf.d/hostname`` with ``hostname="domain"`` (added if absent)."""
    lines = text.splitlines(keepends=True)
    line = f'hostname="{domain}"\n'
    for i, old in enumerate(lines):
        if old.lstrip().startswith("hostname="):
            lines[i] = line
            return "".join(lines)
    tail = "" if not lines or lines[-1].endswith("\n") else "\n"
    return "".join(lines) + tail + line


CALLBACK = Callback(
    name="system",
    package="app-misc/jitsi-meet-master-config",
    render=render,
    description="/etc/hosts loopback alias and /etc/hostname",
)
