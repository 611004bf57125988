"""Stage3 -> signed image: verify, unpack, configure Portage, install the server set,
set up boot, clean, pack, digest, sign.  Every output appears only when finished."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import INITS, RootfsError, boot, cleanup, keys, portage_config, release, stage3, tarball
from .artifacts import ImageFiles, digest_text, image_name
from .nspawn import Nspawn
from .packages import PackageStep, StepContext
from .progress import MeterFactory, silent
from .streams import file_digest


@dataclass
class BuildOptions:
    init: str
    stage3: str  # file or http(s) URL
    output_dir: Path
    sign_key: str  # gpg key id/fingerprint with its secret key in gnupg_home
    package_step: PackageStep
    stage3_signature: str | None = None  # default: stage3 + ".asc"
    keyring: Path = keys.GENTOO_RELEASE_KEYRING
    signers: frozenset[str] = keys.GENTOO_RELEASE_FINGERPRINTS
    gnupg_home: Path | None = None
    work_dir: Path = Path("/var/tmp/jitsi-rootfs")
    cache_dir: Path = Path("/var/cache/jitsi-rootfs")
    binhost: str = portage_config.DEFAULT_BINHOST
    xz_level: int = 6
    jobs: int = os.cpu_count() or 2
    keep_repos: bool = False
    keep_tree: bool = False
    meters: MeterFactory = silent
    report: Callable[[str], None] = lambda line: None


@dataclass
class BuildResult:
    files: ImageFiles
    sha512: str
    stage3_signer: str
    tree: Path | None  # kept only with keep_tree
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def _timed(result: BuildResult, name: str, report: Callable[[str], None]) -> Iterator[None]:
    report(f"{name} …")
    t0 = time.monotonic()
    yield
    result.seconds[name] = round(time.monotonic() - t0, 1)


def _check(opts: BuildOptions) -> None:
    if opts.init not in INITS:
        raise RootfsError(f"init {opts.init!r} is not supported: use openrc or systemd")
    if os.geteuid() != 0:
        raise RootfsError("building an image needs root (numeric owners, file capabilities, "
                          "systemd-nspawn): run it with sudo")
    for tool in ("tar", "xz", "gpg", "gpgv", "systemd-nspawn"):
        if shutil.which(tool) is None:
            raise RootfsError(f"{tool} is not installed: install it (Debian: apt-get install "
                              "tar xz-utils gnupg gpgv systemd-container)")


def build(opts: BuildOptions) -> BuildResult:
    _check(opts)
    report, meters = opts.report, opts.meters
    files = ImageFiles(opts.output_dir / image_name(opts.init))
    opts.output_dir.mkdir(parents=True, exist_ok=True)
    opts.work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"build-{opts.init}-", dir=opts.work_dir))
    tree = work / "tree"
    tree.mkdir(mode=0o755)
    result = BuildResult(files, "", "", None)
    partial: list[Path] = []
    try:
        with _timed(result, "stage3", report):
            s3, sig = stage3.obtain(opts.stage3, opts.stage3_signature, opts.cache_dir,
                                    meters=meters)
            verified = keys.verify_detached(s3, sig, opts.keyring, opts.signers,
                                            what="stage3", meters=meters)
            result.stage3_signer = verified.fingerprint
            report(f"stage3 {s3.name}: good signature by {verified.fingerprint}")
        with _timed(result, "unpack", report):
            tarball.unpack(s3, tree, meters=meters, description=f"unpack {s3.name}")
            found = release.detect_init(tree)
            if found != opts.init:
                raise RootfsError(f"stage3 {s3.name} boots {found}, not {opts.init}: use a "
                                  f"stage3-amd64-{opts.init}-… tarball")
        with _timed(result, "portage", report):
            portage_config.write_repositories(
                tree, (portage_config.GENTOO, portage_config.jitsi_repository()))
            portage_config.write_use_and_keywords(tree)
            portage_config.write_binhost(tree, opts.binhost)
        with _timed(result, "packages", report):
            # Outside the temporary directory: it explains a failed build.
            log = opts.work_dir / f"package-step-{opts.init}.log"
            log.unlink(missing_ok=True)
            ctx = StepContext(tree, opts.init, Nspawn(tree, log=log), opts.jobs,
                              cache_dir=opts.cache_dir)
            boot_services = tuple(opts.package_step(ctx))
            result.notes += ctx.notes
        with _timed(result, "boot", report):
            result.notes += boot.configure(tree, opts.init, boot_services)
            release.write(tree, {
                "INIT": opts.init,
                "BUILT": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "STAGE3": s3.name,
                "STAGE3_SHA512": verified.digest,
            })
        with _timed(result, "clean", report):
            result.notes += cleanup.clean(tree, keep_repos=opts.keep_repos)
        with _timed(result, "pack", report):
            tmp_image = files.image.with_name(f".{files.image.name}.partial")
            tmp_digest = files.digest.with_name(f".{files.digest.name}.partial")
            tmp_sig = files.signature.with_name(f".{files.signature.name}.partial")
            partial += [tmp_image, tmp_digest, tmp_sig]
            tarball.pack(tree, tmp_image, xz_level=opts.xz_level, meters=meters)
            result.sha512 = file_digest(tmp_image, meters=meters,
                                        description=f"SHA512 {files.image.name}")
            tmp_digest.write_text(digest_text(result.sha512, files.image.name))
        with _timed(result, "sign", report):
            keys.sign_detached(tmp_image, tmp_sig, key=opts.sign_key,
                               gnupg_home=opts.gnupg_home, meters=meters)
            # The image goes last: whoever sees it finds its digest and signature.
            os.replace(tmp_sig, files.signature)
            os.replace(tmp_digest, files.digest)
            os.replace(tmp_image, files.image)
        if opts.keep_tree:
            result.tree = tree
        return result
    finally:
        for p in partial:
            p.unlink(missing_ok=True)
        if result.tree is None:
            shutil.rmtree(work, ignore_errors=True)
