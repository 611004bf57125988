"""The callback API: a component's callback.py imports only this module."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from . import keys as _keys


class ConfigError(Exception):
    """Base error; the message names the subject and the remedy."""


class MasterConfig:
    """Immutable master configuration (the seed's KEY names)."""

    __slots__ = ("_v",)

    def __init__(self, values: Mapping[str, str]) -> None:
        v = dict(_keys.KEYS)
        for k, val in values.items():
            if k not in v:
                raise ConfigError(f"unknown master-config key {k!r}: remove it or fix its name")
            v[k] = str(val)
        object.__setattr__(self, "_v", MappingProxyType(v))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("MasterConfig is immutable")

    def __getitem__(self, key: str) -> str:
        if key not in self._v:
            raise ConfigError(f"unknown master-config key {key!r}")
        return self._v[key]

    def __repr__(self) -> str:  # never shows a secret in a traceback
        return f"MasterConfig(hostname={self.hostname!r})"

    def get(self, key: str, default: str = "") -> str:
        return self._v.get(key) or default

    def as_dict(self) -> dict[str, str]:
        return dict(self._v)

    @property
    def hostname(self) -> str:
        return self._v["JVB_HOSTNAME"]

    @property
    def auth_domain(self) -> str:
        return self._v["JICOFO_AUTH_DOMAIN"] or f"auth.{self.hostname}"

    def flag(self, key: str) -> bool:
        if self[key] not in ("y", "Y", "n", "N", ""):
            raise ConfigError(f"{key}={self[key]!r} is not a y/n flag: use 'y' or 'n'")
        return self[key] in ("y", "Y")

    def port(self, key: str) -> int:
        if not re.fullmatch(r"[0-9]{1,5}", self[key]) or not 0 < int(self[key]) < 65536:
            raise ConfigError(f"{key}={self[key]!r} is not a port: use a number 1-65535")
        return int(self[key])


@dataclass(frozen=True)
class File:
    path: str
    content: bytes | str
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    secret: bool = False  # written 0640 or stricter, never shown in a diff
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
class Directory:  # made under the root (or given this owner and mode), recorded
    path: str
    mode: int = 0o755
    owner: str = "root"
    group: str = "root"


@dataclass(frozen=True)
class Command:
    argv: tuple[str, ...]  # after commit; paths inside Context.root; no secret (ps shows argv)
    stdin: bytes = b""
    description: str = ""


Action = File | Symlink | Remove | Directory | Command


@dataclass(frozen=True)
class Callback:
    name: str
    package: str
    render: Callable[[Context], Iterable[Action]]
    after: tuple[str, ...] = ()
    description: str = ""


def generation_of(version: str) -> str:
    """"2020" up to stable 5xxx, else "hocon"; ``version`` is ``<upstream>.<stable>``."""
    nums = [int(p) for p in re.sub(r"-r\d+$", "", version).split(".") if p.isdigit()]
    stable = nums[-1] if nums and nums[-1] >= 1000 else 0
    return "2020" if 0 < stable < 6000 else "hocon"


@dataclass(frozen=True)
class Context:
    config: MasterConfig
    previous: MasterConfig | None  # before this run (hostname-change cleanup)
    root: Path  # every action path is absolute inside it
    installed: Mapping[str, str]  # "net-im/jicofo" -> "1.0.567.4548"
    templates_dir: Path | None = field(default=None, compare=False)

    def read_text(self, path: str) -> str | None:
        try:
            return (self.root / path.lstrip("/")).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return None

    def exists(self, path: str) -> bool:
        return (self.root / path.lstrip("/")).exists()

    def template(self, name: str, **vars: object) -> str:
        import jinja2

        if self.templates_dir is None:
            raise ConfigError(f"template {name!r}: the callback has no templates/ directory")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(self.templates_dir)),
                                 undefined=jinja2.StrictUndefined, trim_blocks=True,
                                 lstrip_blocks=True, keep_trailing_newline=True)
        try:
            return env.get_template(name).render(**vars)
        except jinja2.TemplateError as exc:
            raise ConfigError(f"template {name!r} in {self.templates_dir}: {exc}") from exc

    def generation(self, package: str) -> str:
        """"2020" or "hocon"; an absent package follows the installed set."""
        version = self.installed.get(package) or next(
            (v for p, v in sorted(self.installed.items()) if p.startswith("net-im/")), "")
        return generation_of(version)
