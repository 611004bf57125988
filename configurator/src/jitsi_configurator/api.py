"""The callback API: a component's callback.py imports only this module."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from . import keys as _keys

# The callback contract's version: third-party callbacks declare the one they follow.
API_VERSION = 1


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

    def turn(self, generation: str) -> tuple[int, int, bool]:
        """(TURN port, TLS TURN port, nginx mux): empty = keys.BY_GENERATION's default."""
        c = MasterConfig({k: self[k] or d[generation != "2020"]
                          for k, d in _keys.BY_GENERATION.items()})
        return c.port("TURN_PORT"), c.port("TURNS_PORT"), \
            generation == "2020" and c.flag("JMMC_TURN_MUX")


@dataclass(frozen=True)
class File:
    path: str
    content: bytes | str
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    secret: bool = False  # written 0640 or stricter, never shown in a diff
    # filecheck.REGISTRY's name, or the owner's (path, content) -> None | "not checked: ..."
    validator: str | Callable[[str, bytes], str | None] | None = None

    def data(self) -> bytes:
        return self.content.encode() if isinstance(self.content, str) else self.content


@dataclass(frozen=True)
class Symlink:
    path: str
    target: str


@dataclass(frozen=True)
class Remove:
    path: str  # honoured only for files recorded as ours


@dataclass(frozen=True)
class Directory:  # made (or given this owner and mode), recorded
    path: str
    mode: int = 0o755
    owner: str = "root"
    group: str = "root"


@dataclass(frozen=True)
class Command:
    argv: tuple[str, ...]  # run after commit; no secret (ps shows argv)
    stdin: bytes = b""
    description: str = ""


@dataclass(frozen=True, order=True)
class Port:  # the summary lists them for the firewall
    number: int
    proto: str  # "tcp" or "udp"
    purpose: str


Action = File | Symlink | Remove | Directory | Command | Port


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


def _run(argv: Sequence[str], stdin: str | bytes = "") -> subprocess.CompletedProcess:
    # Keys only on pipes: argv shows in ps.
    try:
        return subprocess.run(argv, input=stdin, capture_output=True,
                              text=isinstance(stdin, str), timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"{argv[0]} failed to run ({exc}): install it") from exc


def run_check(path: str, argv: Sequence[str], data: bytes = b"") -> None:
    """Run a checking tool with ``data`` on its stdin; a failure raises ConfigError."""
    if (p := _run(argv, data)).returncode:
        tail = " / ".join((p.stderr or p.stdout).decode(errors="replace").strip().splitlines()[-3:])
        raise ConfigError(f"{path}: {Path(argv[0]).name} rejects it: {tail}")


def self_signed(names: Sequence[str], days: int) -> tuple[str, str]:
    """(key, certificate) PEM for ``names`` (the first is the CN)."""
    san = ",".join(f"DNS:{n}" for n in names)
    p = _run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
              "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "/dev/stdout", "-out",
              "/dev/stdout", "-days", str(days), "-subj", f"/CN={names[0]}", "-addext",
              f"subjectAltName={san}"])
    pem = {n: m for m, n in re.findall(r"(-----BEGIN (.+)-----.*?-----END \2-----\n)",
                                          p.stdout, re.S)}
    if p.returncode or pem.keys() != {"PRIVATE KEY", "CERTIFICATE"}:
        raise ConfigError(f"openssl could not make a certificate for {names[0]!r}: {p.stderr}")
    return pem["PRIVATE KEY"], pem["CERTIFICATE"]


def pair_matches(crt: str, key: str) -> bool:
    a, b = _run(["openssl", "x509", "-noout", "-pubkey"], crt), _run(["openssl", "pkey",
                                                                       "-pubout"], key)
    return not a.returncode and not b.returncode and a.stdout == b.stdout


def cert_fits(crt: str, key: str, name: str, *, self_signed_only: bool,
              seconds: int = 30 * 86400) -> bool:
    """The pair matches, serves ``name`` and stays valid ``seconds``."""
    p = _run(["openssl", "x509", "-noout", "-checkend", str(seconds), "-subject", "-issuer",
              "-ext", "subjectAltName", "-nameopt", "RFC2253"], crt)
    who = dict(re.findall(r"^(subject|issuer)=(.*)$", p.stdout, re.M))
    return not p.returncode and f"DNS:{name}" in re.split(r"[\s,]+", p.stdout) and (
        not self_signed_only or who.get("subject", 1) == who.get("issuer")) \
        and pair_matches(crt, key)
