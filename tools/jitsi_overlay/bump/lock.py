"""The per-release lock file (``tools/releases/NNNN.toml``): everything rendering needs.

The lock is the only input of rendering, so a release re-renders offline and
reproducibly. Schema 1 is described in plan.md; unknown keys are kept as-is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from ..errors import OverlayError
from . import fields

SCHEMA = 1
GENERATIONS = ("2020", "hocon")


class LockError(OverlayError):
    """A lock file is missing, unreadable or does not follow the schema."""


@dataclass(frozen=True)
class Distfile:
    name: str
    url: str
    size: int
    blake2b: str
    sha512: str
    sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "url": self.url,
            "size": self.size,
            "blake2b": self.blake2b,
            "sha512": self.sha512,
        }
        if self.sha256 is not None:
            data["sha256"] = self.sha256
        return data


@dataclass(frozen=True)
class Component:
    name: str
    deb_package: str
    deb_version: str
    ebuild_version: str
    template: str
    vars: Mapping[str, Any] = field(default_factory=dict)
    distfiles: tuple[Distfile, ...] = ()
    # Extra tables (e.g. maven_artifacts) pass through to templates untouched.
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "deb_package": self.deb_package,
            "deb_version": self.deb_version,
            "ebuild_version": self.ebuild_version,
            "template": self.template,
            "vars": dict(self.vars),
        }
        data.update(self.extra)
        data["distfiles"] = [d.to_dict() for d in self.distfiles]
        return data


@dataclass(frozen=True)
class Lock:
    release: int
    generation: str
    meta: Mapping[str, Any]
    components: tuple[Component, ...]
    schema: int = SCHEMA

    def component(self, name: str) -> Component:
        for comp in self.components:
            if comp.name == name:
                return comp
        raise LockError(f"release {self.release} has no component {name!r}: check the lock file")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "release": self.release,
            "generation": self.generation,
            "meta": dict(self.meta),
            "components": [c.to_dict() for c in self.components],
        }


_COMPONENT_KEYS = {"name", "deb_package", "deb_version", "ebuild_version", "template", "vars",
                   "distfiles"}


def _require(table: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise LockError(f"{where}: missing key {key!r}: add it to the lock file")
    value = table[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise LockError(f"{where}: key {key!r} is {value!r}, expected {kind.__name__}")
    return value


def _checked(check: Callable[..., Any], value: Any, where: str, key: str, **kw: Any) -> Any:
    """``check`` from bump/fields.py, its error reported as a LockError naming the key."""
    try:
        return check(value, what=f"{where}: {key}", fix=fields.LOCK_FIX, **kw)
    except fields.FieldError as exc:
        raise LockError(str(exc)) from None


def _distfile(table: Mapping[str, Any], where: str) -> Distfile:
    # Name, size and hashes become Manifest lines and file names: checked like the index.
    name = _checked(fields.distfile_name, _require(table, "name", str, where), where, "name")
    where = f"{where} distfile {name!r}"
    sha256 = table.get("sha256")
    if sha256 is not None:
        sha256 = _checked(fields.sha256, sha256, where, "sha256")
    return Distfile(
        name=str(name),
        url=str(_checked(fields.url, _require(table, "url", str, where), where, "url")),
        size=_checked(fields.size, _require(table, "size", int, where), where, "size",
                      limit=fields.MAX_DISTFILE_SIZE),
        blake2b=str(_checked(fields.hex_digest, _require(table, "blake2b", str, where), where,
                             "blake2b", length=128)),
        sha512=str(_checked(fields.hex_digest, _require(table, "sha512", str, where), where,
                            "sha512", length=128)),
        sha256=None if sha256 is None else str(sha256),
    )


def lock_from_dict(data: Mapping[str, Any], source: str = "lock") -> Lock:
    """Validate parsed TOML data and build a :class:`Lock`."""
    schema = _require(data, "schema", int, source)
    if schema != SCHEMA:
        raise LockError(f"{source}: schema {schema} is not supported (expected {SCHEMA}): "
                        "update the toolkit")
    release = _require(data, "release", int, source)
    generation = _require(data, "generation", str, source)
    if generation not in GENERATIONS:
        raise LockError(f"{source}: generation {generation!r} is unknown: use one of "
                        f"{', '.join(GENERATIONS)}")
    meta = _require(data, "meta", dict, source)
    comps = []
    names: set[str] = set()
    for raw in _require(data, "components", list, source):
        cname = _require(raw, "name", str, f"{source} component")
        where = f"{source} component {cname!r}"
        if cname in names:
            raise LockError(f"{where}: listed twice: keep one entry")
        names.add(cname)
        _checked(fields.gentoo_package, cname, source, "component name")
        deb_package = _require(raw, "deb_package", str, where)
        deb_version = _require(raw, "deb_version", str, where)
        if deb_package or deb_version:  # empty for packages built from git only
            _checked(fields.package_name, deb_package, where, "deb_package")
            _checked(fields.version, deb_version, where, "deb_version")
        ebuild_version = _require(raw, "ebuild_version", str, where)
        _checked(fields.gentoo_version, ebuild_version, where, "ebuild_version")
        comps.append(Component(
            name=cname,
            deb_package=deb_package,
            deb_version=deb_version,
            ebuild_version=ebuild_version,
            template=_require(raw, "template", str, where),
            vars=dict(raw.get("vars", {})),
            distfiles=tuple(_distfile(d, where) for d in raw.get("distfiles", [])),
            extra={k: v for k, v in raw.items() if k not in _COMPONENT_KEYS},
        ))
    return Lock(release=release, generation=generation, meta=dict(meta),
                components=tuple(comps), schema=schema)


def _is_release_name(stem: str) -> bool:
    """``11146`` (ASCII digits only: ``str.isdigit`` also takes '²', which int() refuses)."""
    return re.fullmatch(r"[0-9]{1,9}", stem) is not None


def lock_path(releases_dir: Path, release: int) -> Path:
    return releases_dir / f"{release}.toml"


def load_lock(path: Path) -> Lock:
    """Read and validate one lock file."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise LockError(f"lock file {str(path)!r} does not exist: run tools/bump.py with "
                        "network access to create it") from None
    except tomllib.TOMLDecodeError as exc:
        raise LockError(f"lock file {str(path)!r} is not valid TOML ({exc}): fix or "
                        "regenerate it with --refresh") from None
    lock = lock_from_dict(data, source=str(path))
    if _is_release_name(path.stem) and int(path.stem) != lock.release:
        raise LockError(f"lock file {str(path)!r} says release {lock.release}: rename the "
                        "file or fix its release key")
    return lock


def dump_lock(lock: Lock) -> str:
    """Serialise a lock as TOML text (stable key order, so reruns give no diff)."""
    return tomli_w.dumps(lock.to_dict())


def load_all_locks(releases_dir: Path) -> dict[int, Lock]:
    """Every lock in ``releases_dir``, keyed by release number."""
    locks: dict[int, Lock] = {}
    if releases_dir.is_dir():
        for path in sorted(releases_dir.glob("*.toml")):
            if _is_release_name(path.stem):
                locks[int(path.stem)] = load_lock(path)
    return locks
