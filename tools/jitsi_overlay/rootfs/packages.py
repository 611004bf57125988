"""The one replaceable build step: install the Jitsi server set inside the tree.

A step is any callable ``step(ctx) -> tuple[str, ...]`` returning the services to start at
boot besides sshd (OpenRC names or systemd unit names).  ``gentoo`` is the real one;
``--package-step MODULE:NAME`` or ``FILE.py:NAME`` loads another (tests use a Debian
stand-in).  Commands go through ``ctx.nspawn.run``; only those that download pass
``network=True`` (the others run without the host's network).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import RootfsError
from .nspawn import Nspawn


@dataclass
class StepContext:
    tree: Path
    init: str  # "openrc" or "systemd"
    nspawn: Nspawn  # runs commands inside the tree (build log; host network on request)
    jobs: int = 2
    cache_dir: Path | None = None  # downloads kept between builds (outside the image)
    notes: list[str] = field(default_factory=list)  # shown in the build summary


PackageStep = Callable[[StepContext], tuple[str, ...]]

SERVER_ATOMS = ("net-im/jitsi-meet-server", "app-eselect/eselect-repository")
# Let's Encrypt renewals run from cron.daily under OpenRC (systemd uses the configurator's
# timer).
OPENRC_EXTRAS = ("sys-process/cronie",)


def gentoo_emerge(ctx: StepContext) -> tuple[str, ...]:
    """Sync, trust Gentoo's binary packages, then emerge the server set (binaries where
    Gentoo's host has them for our USE flags, source otherwise)."""
    if ctx.cache_dir is not None:
        for sub in ("distfiles", "binpkgs"):
            (ctx.cache_dir / sub).mkdir(parents=True, exist_ok=True)
            ctx.nspawn.binds[ctx.cache_dir / sub] = f"/var/cache/{sub}"
    run = ctx.nspawn.run
    env = {"MAKEOPTS": f"-j{ctx.jobs}", "FEATURES": "-news"}
    # Syncs and emerge download (repositories, keys, binary packages, distfiles).
    run(["emaint", "sync", "--repo", "gentoo"], env=env, what="emaint sync ::gentoo",
        network=True)
    run(["getuto"], env=env, what="getuto (binary package signing keys)", network=True)
    # git is needed to sync our overlay (eselect-repository's git entry).
    run(["emerge", "--quiet", "--getbinpkg", "--noreplace", "dev-vcs/git"], env=env,
        what="emerge dev-vcs/git", network=True)
    run(["emaint", "sync", "--repo", "jitsi"], env=env, what="emaint sync ::jitsi",
        network=True)
    extras = OPENRC_EXTRAS if ctx.init == "openrc" else ()
    run(["emerge", "--quiet", "--getbinpkg", "--noreplace", *SERVER_ATOMS, *extras], env=env,
        what="emerge net-im/jitsi-meet-server", network=True)
    run(["eselect", "news", "read", "--quiet", "all"], env=env, what="eselect news read")
    ctx.notes.append("emerged " + " ".join((*SERVER_ATOMS, *extras)))
    return ("cronie",) if ctx.init == "openrc" else ()


STEPS: dict[str, PackageStep] = {"gentoo": gentoo_emerge}


def _load_file(path: Path) -> object:
    """The Python file ``path`` as a module named after it."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} is not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses in it look their module up
    spec.loader.exec_module(module)
    return module


def load_step(spec: str) -> PackageStep:
    """``gentoo``, ``FILE.py:NAME`` or ``MODULE:NAME`` (importable from sys.path)."""
    if spec in STEPS:
        return STEPS[spec]
    source, sep, attr = spec.rpartition(":")
    if not sep or not source or not attr:
        raise RootfsError(f"package step {spec!r} is neither 'gentoo' nor FILE.py:NAME or "
                          "MODULE:NAME: e.g. --package-step ./mysteps.py:install")
    try:
        if source.endswith(".py"):
            if not Path(source).is_file():
                raise ImportError(f"no file {source}")
            module = _load_file(Path(source))
        else:
            module = importlib.import_module(source)
        step = getattr(module, attr)
    except (ImportError, AttributeError) as exc:
        raise RootfsError(f"cannot load package step {spec!r} ({exc}): name an existing "
                          "FILE.py, or put MODULE on PYTHONPATH") from exc
    if not callable(step):
        raise RootfsError(f"package step {spec!r} is not callable: name a function")
    return step
