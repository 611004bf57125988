"""Which callbacks exist, which of them run, and in which order.

Two sources, one list:

* the distribution's own components (``jitsi_configurator.components.<name>``), named in
  :data:`COMPONENTS`; each module defines ``CALLBACK``;
* third-party callbacks: ``callback.py`` files in a directory of their own under
  :data:`THIRD_PARTY_GLOB` (inside the target root).  Such a file must declare
  ``API_VERSION``; one this configurator does not speak is refused by name.

A callback runs when the package it configures (``Callback.package``) is installed.
Order: a callback runs after every callback named in its ``after`` that also runs; ties
are broken by name, so the order is the same on every run.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from . import rootfs
from .api import API_VERSION, Callback, ConfigError

# The distribution's component modules, by module name under ``components``.
COMPONENTS = ("system", "prosody", "jicofo", "videobridge", "web_config", "turnserver")
THIRD_PARTY_GLOB = "usr/share/jitsi-meet-master-config/callbacks/*/callback.py"
# Where 1.0-era component packages put the callbacks that are now built in (by PN).
LEGACY_CALLBACK_DIRS = frozenset({
    "jicofo", "jitsi-videobridge", "jitsi-meet-prosody", "jitsi-meet-web-config",
    "jitsi-meet-turnserver", "jitsi-meet-server"})


class Loaded(NamedTuple):
    """A callback and the module file it came from (templates sit beside it)."""

    callback: Callback
    origin: Path

    @property
    def templates_dir(self) -> Path | None:
        path = self.origin.parent / "templates"
        return path if path.is_dir() else None


def builtin() -> list[Loaded]:
    """Every component callback that ships with the distribution."""
    out = []
    for name in COMPONENTS:
        module = importlib.import_module(f"{__package__}.components.{name}")
        out.append(Loaded(_callback_of(module, name), Path(module.__file__)))
    return out


def find_files(base: Path, patterns: Iterable[str]) -> list[Path]:
    """Files matching any of ``patterns`` under ``base``, sorted, each once."""
    return sorted({p for pat in patterns for p in base.glob(pat)})


def third_party(root: Path) -> list[Path]:
    """Third-party callback files installed in the target root.

    Component packages of the 1.0 era installed their callbacks here, in a directory named
    after the package; the distribution now carries those, so such leftovers are skipped
    (see :func:`leftovers`).
    """
    found = [p for p in find_files(root, [THIRD_PARTY_GLOB])
             if p.parent.name not in LEGACY_CALLBACK_DIRS]
    for path in found:  # code from outside the root must never run
        inside = rootfs.resolve(root, "/" + str(path.relative_to(root)))
        if not inside.is_file() or inside.is_symlink():
            raise ConfigError(f"callback {path}: not a regular file: remove it")
    return found


def leftovers(root: Path) -> list[Path]:
    """Callback directories left by 1.0-era component packages (re-emerging them cleans up)."""
    return [p.parent for p in find_files(root, [THIRD_PARTY_GLOB])
            if p.parent.name in LEGACY_CALLBACK_DIRS]


def load(path: Path) -> Loaded:
    """Import a third-party ``callback.py`` and check its API version."""
    name = "jitsi_configurator_thirdparty_" + "_".join(path.parent.parts[-2:]).replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"callback {path}: not a Python file: remove it or rename it")
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    # No __pycache__ beside files that a package manager owns.
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ConfigError(f"callback {path}: import failed ({exc!r}): fix the module") from exc
    finally:
        sys.dont_write_bytecode = keep
    wanted = getattr(module, "API_VERSION", None)
    if wanted != API_VERSION:
        raise ConfigError(
            f"callback {path}: written for callback API {wanted!r}, this configurator speaks "
            f"{API_VERSION}: update the package that installed it, or set API_VERSION = "
            f"{API_VERSION} once it follows the contract in jitsi_configurator.api")
    return Loaded(_callback_of(module, str(path)), path)


def _callback_of(module: object, where: str) -> Callback:
    cb = getattr(module, "CALLBACK", None)
    if not isinstance(cb, Callback):
        raise ConfigError(f"callback {where}: no CALLBACK = Callback(...): add one")
    return cb


def load_all(paths: Iterable[Path], base: Iterable[Loaded] = ()) -> list[Loaded]:
    """``base`` plus every file in ``paths``; two callbacks with one name are an error."""
    out: list[Loaded] = []
    for item in [*base, *(load(p) for p in paths)]:
        clash = next((x for x in out if x.callback.name == item.callback.name), None)
        if clash:
            raise ConfigError(f"duplicate callback name {item.callback.name!r} in "
                              f"{clash.origin} and {item.origin}: rename one of them")
        out.append(item)
    return out


def select(loaded: Iterable[Loaded], installed: Mapping[str, str]) -> list[Loaded]:
    """The callbacks whose package is installed."""
    return [x for x in loaded if x.callback.package in installed]


def order(loaded: Iterable[Loaded]) -> list[Loaded]:
    """Topological order by ``after`` (names that do not run are ignored), ties by name.

    A cycle is an error that names its members.
    """
    left = {x.callback.name: x for x in loaded}
    out: list[Loaded] = []
    while left:
        ready = sorted(n for n, x in left.items() if not set(x.callback.after) & set(left))
        if not ready:
            raise ConfigError(f"callback ordering cycle among {', '.join(sorted(left))}: "
                              "remove one 'after' entry")
        out.append(left.pop(ready[0]))
    return out
