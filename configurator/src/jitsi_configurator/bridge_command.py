"""``jitsi-meet-master-config bridge add|remove|list``: bridges on other hosts.

On the main server.  ``add`` registers a bridge (its own XMPP account with a new password,
its colibri-websocket route, the firewall advice), reconfigures every component from the
existing master configuration in one run, and writes a join file (0600) that the bridge
host's configurator reads (``jitsi-meet-master-config --join FILE``).  ``remove`` revokes
the bridge's account and route.  ``list`` shows the registered bridges.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from . import bridges, defaults, rootfs
from .api import ConfigError, MasterConfig
from .bridges import Bridge
from .helpers.topology import prosody_certificate
from .keys import BRIDGE_HOST_ROLE, MASTER_CONFIG_PATH

PROG = "jitsi-meet-master-config bridge"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=PROG, description="Bridges on other hosts.")
    parser.add_argument("--root", type=Path, default=Path("/"), help="target root (EROOT)")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="register a bridge and write its join file")
    add.add_argument("id", help="the bridge's id: lower-case letters, digits, inner dashes")
    add.add_argument("--address", required=True,
                     help="the bridge host's address, as the main server reaches it")
    add.add_argument("--media-port", default=str(bridges.DEFAULT_MEDIA_PORT),
                     help="its UDP media port (default %(default)s)")
    add.add_argument("--ws-port", default=str(bridges.DEFAULT_WS_PORT),
                     help="its colibri websocket port (default %(default)s)")
    add.add_argument("--main-address",
                     help="this server's address the bridges connect to for XMPP (default: "
                     "the one given before, else the internal address)")
    add.add_argument("--join-file", type=Path,
                     help="where to write the join file (default: ./<id>.join)")
    add.add_argument("--force", action="store_true", help="replace an existing join file")
    remove = sub.add_parser("remove", help="revoke a bridge's account and route")
    remove.add_argument("id")
    sub.add_parser("list", help="list the registered bridges")
    return parser.parse_args(argv)


def run(argv: list[str], *, out: TextIO = sys.stdout, env: Mapping[str, str] = os.environ,
        progress: object = None, **kwargs: object) -> int:
    from .main import Progress, read_master_config
    from .main import run as configure

    args = parse_args(argv)
    root = args.root.resolve()
    existing = read_master_config(root)
    if not existing or existing.get("JMMC_ROLE") == BRIDGE_HOST_ROLE:
        raise ConfigError(f"{root / MASTER_CONFIG_PATH[1:]}: no main server is configured "
                          "here: run `emerge --config app-misc/jitsi-meet-master-config` first "
                          "(bridges are added on the main server)")
    if args.action == "list":
        for b in bridges.read_registered(root):
            out.write(f"{b.id}\t{b.address}\tmedia {b.media_port}/udp\t"
                      f"websocket {b.ws_port}/tcp\n")
        return 0
    progress = progress if progress is not None else Progress()
    base = [*(["--debug"] if args.debug else []), "--root", str(root), "--batch"]
    if args.action == "remove":
        gone = bridges.bridge_id(args.id)
        configure(base, out=out, env=env, progress=progress,
                  change_bridges=lambda registered, _: bridges.without(registered, gone),
                  **kwargs)  # type: ignore[arg-type]
        out.write(f" * Bridge {gone} removed: its account and route are gone; stop "
                  "jitsi-videobridge on its host.\n")
        return 0

    new = Bridge(bridges.bridge_id(args.id), _address(args.address, "--address"),
                 bridges.port_number(args.media_port, "--media-port"),
                 bridges.port_number(args.ws_port, "--ws-port"), defaults.secret())
    join_path = (args.join_file or Path(f"{new.id}.join")).absolute()
    if join_path.exists() and not args.force:
        raise ConfigError(f"join file {join_path} exists: remove it, give another "
                          "--join-file, or --force to replace it")
    config_env = dict(env)
    if args.main_address:
        config_env["JMMC_BRIDGE_C2S_ADDRESS"] = _address(args.main_address, "--main-address")
    main_address = (config_env.get("JMMC_BRIDGE_C2S_ADDRESS")
                    or existing.get("JMMC_BRIDGE_C2S_ADDRESS") or existing.get("JVB_INTERNAL_IP"))
    if not main_address or main_address == "localhost":
        raise ConfigError("this server's internal address is 'localhost': give the address "
                          "bridges reach it on with --main-address")
    # The join file is made (empty, 0600) before anything is configured, so a path that
    # cannot be written fails the command before the bridge is registered.
    with PendingFile(join_path, args.force) as pending:
        configure(base, out=out, env=config_env, progress=progress,
                  change_bridges=lambda registered, _: bridges.with_added(registered, new),
                  **kwargs)  # type: ignore[arg-type]
        config: MasterConfig = progress.config  # type: ignore[attr-defined]
        pending.write(bridges.join_for(
            new, config.as_dict(), config.get("JMMC_BRIDGE_C2S_ADDRESS") or main_address,
            _auth_certificate(root, config)).as_text())
    out.write(f" * Join file for bridge {new.id}: {join_path} (0600; it holds the bridge's "
              "password).  Copy it to the bridge host privately, run `jitsi-meet-master-config "
              f"--join {join_path.name}` there, then delete it here.\n")
    return 0


def _address(value: str, option: str) -> str:
    from . import validate

    try:
        return validate.ip_address(value, allow_localhost=False)
    except ConfigError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def _auth_certificate(root: Path, config: MasterConfig) -> str:
    """prosody's certificate for auth.D: the bridges pin it (it is self-signed)."""
    path = prosody_certificate(config.auth_domain).crt
    pem = rootfs.read_text(root, path)
    if not pem:
        raise ConfigError(f"{path} is missing: run `emerge --config "
                          "app-misc/jitsi-meet-master-config` so prosody's certificate exists")
    return pem


class PendingFile:
    """A file that appears at ``path`` only when written in full (0600, never through a
    link): it is made beside ``path`` under a temporary name and linked into place; an
    existing ``path`` is replaced only with ``force``."""

    def __init__(self, path: Path, force: bool) -> None:
        self.path, self.force = path, force
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def __enter__(self) -> PendingFile:
        if self.path.exists() and not self.force:
            raise ConfigError(f"join file {self.path} exists: remove it, give another "
                              "--join-file, or --force to replace it")
        try:
            self.fd = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                              | os.O_NOFOLLOW, 0o600)
        except OSError as exc:
            raise ConfigError(f"join file {self.path}: {exc.strerror}: give a writable path "
                              "with --join-file") from None
        return self

    def write(self, text: str) -> None:
        os.write(self.fd, text.encode())
        os.fsync(self.fd)
        if self.force:
            os.replace(self.temporary, self.path)
        else:
            os.link(self.temporary, self.path)  # fails rather than replace a new file
            os.unlink(self.temporary)

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)
        if self.temporary.exists():
            self.temporary.unlink()
