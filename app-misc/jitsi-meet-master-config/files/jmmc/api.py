"""The public API of the configurator: the only module a component callback may import.

A component ships ``callback.py`` defining ``CALLBACK = Callback(...)``.  Its ``render``
receives a :class:`Context` and returns actions (:class:`File`, :class:`Symlink`,
:class:`Remove`, :class:`Command`); the core validates and writes them in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from . import keys as _keys

__all__ = [
    "Action",
    "Callback",
    "Command",
    "ConfigError",
    "Context",
    "File",
    "MasterConfig",
    "Remove",
    "Symlink",
]


class ConfigError(Exception):
    """Base error of the configurator; its message names the subject and the remedy."""


class MasterConfig:
    """A validated, immutable master configuration (the seed's KEY names)."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str]) -> None:
        merged = {key: _keys.default(key) for key in _keys.ALL_KEYS}
        for key, value in values.items():
            if key not in merged:
                raise ConfigError(f"unknown master-config key {key!r}: remove it or fix its name")
            merged[key] = str(value)
        object.__setattr__(self, "_values", MappingProxyType(merged))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("MasterConfig is immutable")

    def __getitem__(self, key: str) -> str:
        try:
            return self._values[key]
        except KeyError:
            raise ConfigError(f"unknown master-config key {key!r}") from None

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MasterConfig) and dict(self._values) == dict(other._values)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        # Never show secrets in a traceback or a log line.
        return f"MasterConfig(hostname={self.hostname!r})"

    def get(self, key: str, default: str = "") -> str:
        value = self._values.get(key)
        return default if value is None or value == "" else value

    def as_dict(self) -> dict[str, str]:
        return dict(self._values)

    @property
    def hostname(self) -> str:
        return self._values["JVB_HOSTNAME"]

    @property
    def auth_domain(self) -> str:
        return self._values["JICOFO_AUTH_DOMAIN"] or f"auth.{self.hostname}"

    def flag(self, key: str) -> bool:
        value = self[key]
        if value not in ("y", "Y", "n", "N", ""):
            raise ConfigError(f"{key}={value!r} is not a y/n flag: use 'y' or 'n'")
        return value in ("y", "Y")

    def port(self, key: str) -> int:
        value = self[key]
        if not value.isdigit() or not 0 < int(value) < 65536:
            raise ConfigError(f"{key}={value!r} is not a port: use a number from 1 to 65535")
        return int(value)


@dataclass(frozen=True)
class File:
    path: str
    content: bytes | str
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    secret: bool = False
    validator: str | None = None

    def data(self) -> bytes:
        return self.content.encode() if isinstance(self.content, str) else self.content


@dataclass(frozen=True)
class Symlink:
    path: str
    target: str


@dataclass(frozen=True)
class Remove:
    path: str  # honoured only for files the configurator recorded as written by it


@dataclass(frozen=True)
class Command:
    argv: tuple[str, ...]  # runs after commit, inside the target root's view; no secrets here
    stdin: bytes = b""
    description: str = ""


Action = File | Symlink | Remove | Command


@dataclass(frozen=True)
class Callback:
    name: str
    package: str
    render: Callable[[Context], Iterable[Action]]
    after: tuple[str, ...] = ()
    description: str = ""


_STABLE_HOCON_FROM = 6000  # stable releases from 6xxx on ship HOCON-only jicofo/jvb configs


def generation_of(version: str) -> str:
    """Config generation ("2020" or "hocon") of an ebuild version ``<upstream>.<stable>``."""
    base = re.sub(r"-r\d+$", "", version)
    parts = base.split(".")
    numbers = [int(p) for p in parts if p.isdigit()]
    if len(numbers) >= 2 and numbers[-1] >= 1000:
        return "2020" if numbers[-1] < _STABLE_HOCON_FROM else "hocon"
    if numbers and numbers[0] >= 1000:  # jitsi-meet-server-NNNN
        return "2020" if numbers[0] < _STABLE_HOCON_FROM else "hocon"
    return "hocon"


@dataclass(frozen=True)
class Context:
    config: MasterConfig
    previous: MasterConfig | None
    root: Path
    installed: Mapping[str, str]
    templates_dir: Path | None = field(default=None, compare=False)

    def _host_path(self, path: str) -> Path:
        if not path.startswith("/"):
            raise ConfigError(f"path {path!r} is not absolute: callbacks use absolute paths")
        return self.root / path.lstrip("/")

    def read_text(self, path: str) -> str | None:
        try:
            return self._host_path(path).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return None

    def exists(self, path: str) -> bool:
        return self._host_path(path).exists()

    def template(self, name: str, **vars: object) -> str:
        import jinja2  # imported late: only callbacks with templates need it

        if self.templates_dir is None:
            raise ConfigError(f"template {name!r}: this callback has no templates/ directory")
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.templates_dir)),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
        )
        try:
            return env.get_template(name).render(**vars)
        except jinja2.TemplateError as exc:
            raise ConfigError(f"template {name!r} in {self.templates_dir}: {exc}") from exc

    def generation(self, package: str) -> str:
        version = self.installed.get(package)
        if version is None:
            # Fall back to any installed component of the set (they move together).
            others = [v for p, v in sorted(self.installed.items()) if p.startswith("net-im/")]
            if not others:
                return "hocon"
            version = others[0]
        return generation_of(version)
