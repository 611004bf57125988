"""Callback discovery (``*/callback.py`` files) and ordering by ``after``."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from .api import Callback, ConfigError

INSTALLED_GLOB = "usr/share/jitsi-meet-master-config/callbacks/*/callback.py"
CHECKOUT_GLOBS = (
    "*/*/files/configurator/callback.py",
    "app-misc/jitsi-meet-master-config/files/callbacks/*/callback.py",
)


def find_files(base: Path, patterns: Iterable[str]) -> list[Path]:
    return sorted({p for pattern in patterns for p in base.glob(pattern) if p.is_file()})


def load(path: Path) -> Callback:
    """Import ``path`` and return its ``CALLBACK``."""
    mod_name = "jmmc_callback_" + "_".join(path.parent.parts[-3:]).replace("-", "_")
    spec = importlib.util.spec_from_file_location(mod_name, path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"callback {path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[mod_name] = module
    try:
        spec.loader.exec_module(module)
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(f"callback {path}: import failed: {exc!r}: fix the module") from exc
    cb = getattr(module, "CALLBACK", None)
    if not isinstance(cb, Callback):
        raise ConfigError(f"callback {path}: defines no CALLBACK = Callback(...): add it")
    return cb


def load_all(paths: Iterable[Path]) -> list[tuple[Callback, Path]]:
    """Load every callback; a duplicate name is an error naming both files."""
    seen: dict[str, Path] = {}
    out = []
    for path in paths:
        cb = load(path)
        if cb.name in seen:
            raise ConfigError(
                f"duplicate callback name {cb.name!r} in {seen[cb.name]} and {path}: "
                "rename one of them"
            )
        seen[cb.name] = path
        out.append((cb, path))
    return out


def select(
    loaded: Iterable[tuple[Callback, Path]], installed: Mapping[str, str]
) -> list[tuple[Callback, Path]]:
    """Callbacks whose package is installed."""
    return [(cb, p) for cb, p in loaded if cb.package in installed]


def order(loaded: list[tuple[Callback, Path]]) -> list[tuple[Callback, Path]]:
    """Topological order by ``after`` (missing names ignored), ties by name; cycles fail."""
    by_name = {cb.name: (cb, p) for cb, p in loaded}
    deps = {n: sorted(d for d in cb.after if d in by_name) for n, (cb, _) in by_name.items()}
    result: list[tuple[Callback, Path]] = []
    state: dict[str, int] = {}  # 1 = visiting, 2 = done

    def visit(name: str, chain: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " -> ".join([*chain[chain.index(name) :], name])
            raise ConfigError(f"callback ordering cycle: {cycle}: remove one 'after' entry")
        state[name] = 1
        for dep in deps[name]:
            visit(dep, [*chain, name])
        state[name] = 2
        result.append(by_name[name])

    for name in sorted(by_name):
        visit(name, [])
    return result
