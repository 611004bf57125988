"""Bootable systemd-nspawn images of a Gentoo Jitsi Meet server.

  tools/rootfs.py build --init openrc --stage3 URL|FILE --sign-key KEY [--output DIR]
      verify the stage3 (Gentoo's pinned release key), unpack it, add ::gentoo and ::jitsi,
      emerge net-im/jitsi-meet-server with systemd-nspawn, set up boot, clean, pack with
      xz, write DIR/gentoo-jitsi-openrc.tar.xz with .sha512 and .asc (signed by KEY)

  tools/rootfs.py install IMAGE --name NAME --keyring FILE --signer FPR
        [--authorized-keys FILE] [--root-password-hash FILE] [--start] [--enable]
      verify IMAGE's digest and signature, unpack it into /var/lib/machines/NAME, write
      /etc/systemd/nspawn/NAME.nspawn, print the next steps
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from jitsi_overlay.cli import run
from jitsi_overlay.errors import UsageError
from jitsi_overlay.rootfs import INITS, keys
from jitsi_overlay.rootfs.build import BuildOptions, build
from jitsi_overlay.rootfs.install import InstallOptions, install
from jitsi_overlay.rootfs.packages import load_step
from jitsi_overlay.rootfs.portage_config import DEFAULT_BINHOST
from jitsi_overlay.rootfs.progress import terminal_meters


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}: see tools/rootfs.py --help")


def _report(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = _Parser(prog="tools/rootfs.py", description=__doc__,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    b = sub.add_parser("build", help="make a signed image from a Gentoo stage3")
    b.add_argument("--init", required=True, choices=INITS)
    b.add_argument("--stage3", required=True, metavar="FILE|URL",
                   help="stage3-amd64-<init>-*.tar.xz (its .asc is read next to it)")
    b.add_argument("--stage3-signature", metavar="FILE|URL", help="default: STAGE3.asc")
    b.add_argument("--keyring", type=Path, default=keys.GENTOO_RELEASE_KEYRING,
                   help="public key(s) to check the stage3 with (default: %(default)s)")
    b.add_argument("--signer", action="append", metavar="FINGERPRINT",
                   help="accept this primary key instead of Gentoo's pinned release key "
                   "(repeatable; for test keys and key rotation)")
    b.add_argument("--sign-key", required=True, metavar="KEY",
                   help="gpg key (fingerprint) that signs the image")
    b.add_argument("--gnupg-home", type=Path, help="gpg home holding that secret key "
                   "(default: GNUPGHOME or ~/.gnupg)")
    b.add_argument("--output", type=Path, default=Path("."), help="image directory (default .)")
    b.add_argument("--work-dir", type=Path, default=Path("/var/tmp/jitsi-rootfs"),
                   help="where the tree is assembled, removed after (default: %(default)s)")
    b.add_argument("--cache-dir", type=Path, default=Path("/var/cache/jitsi-rootfs"),
                   help="downloaded stage3s, distfiles, binary packages (default: %(default)s)")
    b.add_argument("--package-step", default="gentoo", metavar="gentoo|FILE.py:NAME|MODULE:NAME",
                   help="what installs the server set in the tree (default: gentoo = emerge)")
    b.add_argument("--binhost", default=DEFAULT_BINHOST, help="binary package host used when "
                   "the stage3 has none configured (default: %(default)s)")
    b.add_argument("--xz-level", type=int, default=6, help="0 (fast) … 9 (small); default 6")
    b.add_argument("--keep-repos", action="store_true", help="keep ::gentoo and ::jitsi in the "
                   "image (about 600 MB more; users sync them otherwise)")
    b.add_argument("--keep-tree", action="store_true", help="keep the assembled tree")
    b.add_argument("--debug", action="store_true", help="show tracebacks")

    i = sub.add_parser("install", help="verify an image and install it as a machine")
    i.add_argument("image", type=Path)
    i.add_argument("--name", required=True, help="machine name, e.g. gentoo-jitsi-openrc")
    i.add_argument("--keyring", type=Path, help="the publisher's public key file")
    i.add_argument("--signer", action="append", metavar="FINGERPRINT",
                   help="the image signer's primary key fingerprint, checked out of band")
    i.add_argument("--digest", type=Path, help="default: IMAGE.sha512")
    i.add_argument("--signature", type=Path, help="default: IMAGE.asc")
    i.add_argument("--authorized-keys", type=Path, metavar="FILE",
                   help="public keys for root's ssh login (required for OpenRC images)")
    i.add_argument("--root-password-hash", type=Path, metavar="FILE",
                   help="crypt(3) hash for root (mkpasswd -m yescrypt), e.g. for machinectl "
                   "login")
    i.add_argument("--machines-dir", type=Path, default=Path("/var/lib/machines"))
    i.add_argument("--nspawn-dir", type=Path, default=Path("/etc/systemd/nspawn"))
    i.add_argument("--force", action="store_true", help="replace an existing machine")
    i.add_argument("--start", action="store_true", help="systemctl start systemd-nspawn@NAME")
    i.add_argument("--enable", action="store_true", help="systemctl enable systemd-nspawn@NAME")
    i.add_argument("--debug", action="store_true", help="show tracebacks")
    return p.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    meters = terminal_meters()
    if args.command == "build":
        result = build(BuildOptions(
            init=args.init, stage3=args.stage3, stage3_signature=args.stage3_signature,
            keyring=args.keyring,
            signers=frozenset(args.signer) if args.signer else keys.GENTOO_RELEASE_FINGERPRINTS,
            output_dir=args.output, sign_key=args.sign_key, gnupg_home=args.gnupg_home,
            work_dir=args.work_dir, cache_dir=args.cache_dir,
            package_step=load_step(args.package_step), binhost=args.binhost,
            xz_level=args.xz_level, keep_repos=args.keep_repos, keep_tree=args.keep_tree,
            meters=meters, report=_report))
        for note in result.notes:
            print(f"  {note}")
        times = ", ".join(f"{k} {v:.0f} s" for k, v in result.seconds.items())
        print(f"built {result.files.image} ({times})")
        print(f"  {result.files.digest}\n  {result.files.signature}")
        if result.tree:
            print(f"  tree kept in {result.tree}")
        return 0
    result = install(InstallOptions(
        image=args.image, name=args.name, keyring=args.keyring,
        signers=frozenset(args.signer) if args.signer else keys.IMAGE_FINGERPRINTS,
        digest_file=args.digest, signature=args.signature, machines_dir=args.machines_dir,
        nspawn_dir=args.nspawn_dir, authorized_keys=args.authorized_keys,
        root_password_hash=args.root_password_hash, force=args.force, start=args.start,
        enable=args.enable, meters=meters, report=_report))
    print(f"installed {result.init} image as {result.tree} (signed by {result.signer})")
    print(f"  {result.nspawn_file}")
    print("next steps:")
    for step in result.next_steps:
        print(f"  {step}")
    return 0


def console() -> int:
    """Entry point of ``jitsi-overlay-rootfs`` and ``tools/rootfs.py``."""
    return run(main)
