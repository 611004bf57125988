"""Callbacks: discovery of ``*/callback.py``, selection by installed package, ordering."""

import importlib.util
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from .api import Callback, ConfigError

INSTALLED_GLOB = "usr/share/jitsi-meet-master-config/callbacks/*/callback.py"
Loaded = list[tuple[Callback, Path]]


def find_files(base: Path, patterns: Iterable[str]) -> list[Path]:
    return sorted({p for pat in patterns for p in base.glob(pat)})


def load(path: Path) -> Callback:
    name = "jmmc_callback_" + "_".join(path.parent.parts[-3:]).replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in FILESDIR
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ConfigError(f"callback {path}: import failed ({exc!r}): fix the module") from exc
    finally:
        sys.dont_write_bytecode = keep
    cb = getattr(module, "CALLBACK", None)
    if not isinstance(cb, Callback):
        raise ConfigError(f"callback {path}: no CALLBACK = Callback(...): add one")
    return cb


def load_all(paths: Iterable[Path]) -> Loaded:
    out: Loaded = []
    for path in paths:
        cb = load(path)
        if clash := next((p for c, p in out if c.name == cb.name), None):
            raise ConfigError(f"duplicate callback name {cb.name!r} in {clash} and {path}: "
                              "rename one of them")
        out.append((cb, path))
    return out


def select(loaded: Loaded, installed: Mapping[str, str]) -> Loaded:
    return [(cb, p) for cb, p in loaded if cb.package in installed]


def order(loaded: Loaded) -> Loaded:
    """Topological order by ``after`` (unknown names ignored), ties by name; a cycle fails."""
    left = {cb.name: (cb, p) for cb, p in loaded}
    out: Loaded = []
    while left:
        ready = sorted(n for n, (cb, _) in left.items() if not set(cb.after) & set(left))
        if not ready:
            raise ConfigError(f"callback ordering cycle among {', '.join(sorted(left))}: remove "
                              "one 'after' entry")
        out += [left.pop(ready[0])]
    return out
