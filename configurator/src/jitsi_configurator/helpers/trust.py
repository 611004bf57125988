"""The system CA store: how Java daemons (jicofo, the videobridge) come to trust prosody.

Both generations verify prosody's TLS certificate for auth.D through the JVM's trust store,
which Gentoo and Debian build from the system CA store; a self-signed certificate placed in
the local certificates directory and ``update-ca-certificates`` make it trusted.
"""

from __future__ import annotations

from pathlib import Path

from ..api import Command, Context

LOCAL_CA_DIR = "/usr/local/share/ca-certificates"


def in_root(ctx: Context, path: str) -> str:
    """``path`` as a command run after the commit sees it (inside an alternate root)."""
    return str(ctx.root / path.lstrip("/"))


def ca_update(ctx: Context, what: str) -> Command:
    """update-ca-certificates for the target root (its own store when that is not /)."""
    argv: tuple[str, ...] = ("update-ca-certificates",)
    if ctx.root != Path("/"):
        argv += (
            "--certsconf", in_root(ctx, "/etc/ca-certificates.conf"),
            "--certsdir", in_root(ctx, "/usr/share/ca-certificates"),
            "--localcertsdir", in_root(ctx, LOCAL_CA_DIR),
            "--etccertsdir", in_root(ctx, "/etc/ssl/certs"),
            # The root's hooks (Java keystore, ...) would act on this host's paths.
            "--hooksdir", "/dev/null",
        )  # fmt: skip
    why = "" if ctx.root == Path("/") else ": hooks skipped, rerun it inside the root"
    return Command(argv, description=f"trust {what} (CA store{why})")
