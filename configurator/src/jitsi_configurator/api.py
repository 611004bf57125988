"""The callback contract: everything a component callback may use from the configurator.

A *callback* configures one package.  It is a :class:`Callback` value named ``CALLBACK``
in a Python module: the distribution's own components live in
``jitsi_configurator.components.<name>``; third-party ones are ``callback.py`` files in a
directory of their own under ``/usr/share/jitsi-meet-master-config/callbacks/`` and must
also declare ``API_VERSION`` (see :data:`API_VERSION`).

**What a callback receives.**  Its ``render`` function is called with one
:class:`Context`: the validated master configuration (:class:`MasterConfig`), the one of
the previous run (to clean up after a renamed host), the target root, the installed
packages and their versions, and the callback's own ``templates/`` directory.

**What it may return.**  An iterable of actions, each one of :data:`Action`:
:class:`File`, :class:`Symlink`, :class:`Directory`, :class:`Remove` (what the target
should look like), :class:`Command` (run after the files are committed) and :class:`Port`
(listed for the firewall).  A callback writes nothing itself: the core collects every
callback's actions, validates every file, shows or applies the difference in one
transaction, and records what it wrote.  A callback raises :class:`ConfigError` when it
cannot do its job; the message names the value and the fix.

**When it runs.**  Only when its ``package`` is installed.  Callbacks run one after the
other, each after every callback named in its ``after`` that also runs; ties are broken
by name, so the order is the same on every run (``registry.order``).  A later callback
does not see an earlier one's files on disk: files that must agree are computed from the
same master-config values.

**Generations.**  Upstream Jitsi changed its file formats over time.  A callback asks
:meth:`Context.generation` which one the installed package speaks:
:data:`GENERATION_2020` (``"2020"``) for the formats of the 4548 stable release (shell
``config`` + ``sip-communicator.properties``, prosody's ``turncredentials``) and
:data:`GENERATION_HOCON` (``"hocon"``) for the current ones (``jvb.conf``/``jicofo.conf``
in HOCON, prosody's ``external_services``).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from . import keys as _keys

if TYPE_CHECKING:  # bridges imports this module
    from .bridges import Bridge

API_VERSION = 1
"""The version of this contract.

A third-party ``callback.py`` declares ``API_VERSION = 1`` to say it follows it; the
configurator refuses, by name, a callback written for a version it does not speak.  The
number changes only when a change would break callbacks written to the previous one
(new optional fields, new action types and new helpers do not change it).
"""

GENERATION_2020 = "2020"
"""The file formats of Jitsi's 4548 stable release (versions ``*.<stable>`` below 6000)."""
GENERATION_HOCON = "hocon"
"""The current file formats (HOCON ``jvb.conf``/``jicofo.conf``, newer stables)."""
Generation = Literal["2020", "hocon"]

# Stable release numbers from this one on use the current formats.
_FIRST_HOCON_STABLE = 6000
# A version's last part is the stable release number when it is at least this large.
_SMALLEST_STABLE = 1000


class ConfigError(Exception):
    """A configuration that cannot be applied; the message names the subject and the fix.

    Raised by a callback or a validator, it stops the run before any file is written; the
    configurator prints the message as one line.
    """


class MasterConfig:
    """The master configuration, read-only: key name -> value, every key present.

    Keys are the master-config file's names (``JVB_HOSTNAME``, ``TURN_SECRET``, ...);
    a key the file does not set has its built-in default (``""`` when it has none).  Values
    are validated before a callback sees them.  ``repr`` never shows a secret.
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str]) -> None:
        merged = dict(_keys.KEYS)
        for key, value in values.items():
            if key not in merged:
                raise ConfigError(f"unknown master-config key {key!r}: remove it or fix its name")
            merged[key] = str(value)
        object.__setattr__(self, "_values", MappingProxyType(merged))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("MasterConfig is immutable")

    def __getitem__(self, key: str) -> str:
        """The value of ``key``; an unknown key is a ConfigError (a typo in a callback)."""
        if key not in self._values:
            raise ConfigError(f"unknown master-config key {key!r}")
        return self._values[key]

    def __repr__(self) -> str:  # never shows a secret in a traceback
        return f"MasterConfig(hostname={self.hostname!r})"

    def get(self, key: str, default: str = "") -> str:
        """The value of ``key``, or ``default`` when it is empty or unknown."""
        return self._values.get(key) or default

    def as_dict(self) -> dict[str, str]:
        """A copy of every key and value."""
        return dict(self._values)

    @property
    def hostname(self) -> str:
        """The domain users open (D): ``JVB_HOSTNAME``."""
        return self._values["JVB_HOSTNAME"]

    @property
    def auth_domain(self) -> str:
        """The internal XMPP domain of jicofo's and the bridge's accounts (auth.D)."""
        return self._values["JICOFO_AUTH_DOMAIN"] or f"auth.{self.hostname}"

    def flag(self, key: str) -> bool:
        """A y/n key as a bool (empty counts as n)."""
        value = self[key]
        if value not in ("y", "Y", "n", "N", ""):
            raise ConfigError(f"{key}={value!r} is not a y/n flag: use 'y' or 'n'")
        return value in ("y", "Y")

    def port(self, key: str) -> int:
        """A port key as a number from 1 to 65535."""
        value = self[key]
        if not re.fullmatch(r"[0-9]{1,5}", value) or not 0 < int(value) < 65536:
            raise ConfigError(f"{key}={value!r} is not a port: use a number 1-65535")
        return int(value)

    def turn(self, generation: str) -> tuple[int, int, bool]:
        """(TURN port, TLS TURN port, nginx multiplexer on) for ``generation``.

        An empty ``TURN_PORT``, ``TURNS_PORT`` or ``JMMC_TURN_MUX`` takes the generation's
        default (``keys.BY_GENERATION``).  Only the 2020 generation has the multiplexer
        (nginx splitting the HTTPS port between web and TLS TURN).
        """
        index = 0 if generation == GENERATION_2020 else 1
        chosen = MasterConfig({key: self[key] or defaults[index]
                               for key, defaults in _keys.BY_GENERATION.items()})
        mux = generation == GENERATION_2020 and chosen.flag("JMMC_TURN_MUX")
        return chosen.port("TURN_PORT"), chosen.port("TURNS_PORT"), mux


Validator = str | Callable[[str, bytes], str | None]
"""How a :class:`File` is checked before anything is written.

Either the name of a core validator (``"json"``, ``"shell-env"``, ``"properties"``,
``"pem-cert"``, ``"pem-key"``), or a function ``(path, data) -> None`` that returns a note
starting ``"not checked: "`` when its tool is missing and raises :class:`ConfigError` when
the file is wrong.  :func:`run_check` runs a real tool for such a function.
"""


@dataclass(frozen=True)
class File:
    """A file the target should hold, byte for byte, with this owner and mode.

    ``path`` is absolute as seen inside the target root.  ``secret`` files hold keys or
    passwords: the core creates them with their mode already applied (0640 or stricter)
    and never prints their content in a diff.
    """

    path: str
    content: bytes | str
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    secret: bool = False
    validator: Validator | None = None

    def data(self) -> bytes:
        """The content as bytes (text is UTF-8)."""
        return self.content.encode() if isinstance(self.content, str) else self.content


@dataclass(frozen=True)
class Symlink:
    """A symbolic link at ``path`` pointing to ``target``."""

    path: str
    target: str


@dataclass(frozen=True)
class Remove:
    """Remove ``path``: honoured only for a file the configurator wrote (and recorded)."""

    path: str


@dataclass(frozen=True)
class Directory:
    """A directory that must exist with this owner and mode (made if missing, recorded)."""

    path: str
    mode: int = 0o755
    owner: str = "root"
    group: str = "root"


@dataclass(frozen=True)
class Command:
    """A command run after the files are committed (``update-ca-certificates``, ...).

    ``argv`` must hold no secret (any user sees it in ``ps``): pass secrets on ``stdin``.
    """

    argv: tuple[str, ...]
    stdin: bytes = b""
    description: str = ""


@dataclass(frozen=True, order=True)
class Port:
    """A port the service needs open; the summary lists them for the firewall."""

    number: int
    proto: str  # "tcp" or "udp"
    purpose: str


Action = File | Symlink | Remove | Directory | Command | Port
"""What a callback's ``render`` may yield."""


@dataclass(frozen=True)
class Callback:
    """One package's configuration step; a module exposes it as ``CALLBACK``.

    ``name`` is unique among all callbacks (others name it in ``after``); ``package`` is
    the ``category/name`` whose installation makes it run; ``render`` turns a
    :class:`Context` into actions; ``after`` lists the callbacks that must run first when
    they run at all; ``description`` is a line for the run's summary.
    """

    name: str
    package: str
    render: Callable[[Context], Iterable[Action]]
    after: tuple[str, ...] = ()
    description: str = ""


def generation_of(version: str) -> str:
    """:data:`GENERATION_2020` or :data:`GENERATION_HOCON` for a package version.

    Jitsi package versions end in the stable release number (``<upstream>.<stable>``, e.g.
    ``2.1.197.4548``, with an optional ``-rN``).  Stables below 6000 use the 2020 formats;
    later ones, and versions without a stable number (live ebuilds), the current ones.
    """
    numbers = [int(part) for part in re.sub(r"-r\d+$", "", version).split(".")
               if part.isdigit()]
    stable = numbers[-1] if numbers and numbers[-1] >= _SMALLEST_STABLE else 0
    return GENERATION_2020 if 0 < stable < _FIRST_HOCON_STABLE else GENERATION_HOCON


@dataclass(frozen=True)
class Context:
    """What a callback's ``render`` receives.

    ``config`` is this run's validated master configuration; ``previous`` the one of the
    run before (None on the first run), so a callback can remove what it wrote for a
    renamed host; ``root`` the target root (every action path is absolute inside it);
    ``installed`` maps each installed package to its version (``"net-im/jicofo"`` ->
    ``"1.0.567.4548"``); ``templates_dir`` is the ``templates/`` directory beside the
    callback's module, or None when it has none; ``bridges`` lists the videobridges on
    other hosts registered with this server (see :mod:`jitsi_configurator.bridges`).
    """

    config: MasterConfig
    previous: MasterConfig | None
    root: Path
    installed: Mapping[str, str]
    templates_dir: Path | None = field(default=None, compare=False)
    # Videobridges on other hosts registered with this main server after this run
    # (``bridge add``/``bridge remove``); empty on a single box and on a bridge host.
    bridges: tuple[Bridge, ...] = field(default=(), compare=False)

    def read_text(self, path: str) -> str | None:
        """The current UTF-8 text of ``path`` in the target root, or None if it is absent.

        The path is resolved inside the root (a link out of it is refused) and only a
        regular file is read (a FIFO or device is refused without being opened).
        """
        from . import rootfs  # rootfs builds on this module

        return rootfs.read_text(self.root, path)

    def template(self, name: str, **variables: object) -> str:
        """Render the Jinja2 template ``name`` from the callback's ``templates/``.

        An undefined variable is an error (StrictUndefined); values are inserted as given,
        so quote them for the file format first (see ``jitsi_configurator.helpers``).
        """
        import jinja2  # only callbacks with templates need it

        if self.templates_dir is None:
            raise ConfigError(f"template {name!r}: the callback has no templates/ directory")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(self.templates_dir)),
                                 undefined=jinja2.StrictUndefined, trim_blocks=True,
                                 lstrip_blocks=True, keep_trailing_newline=True)
        try:
            return env.get_template(name).render(**variables)
        except jinja2.TemplateError as exc:
            raise ConfigError(f"template {name!r} in {self.templates_dir}: {exc}") from exc

    def generation(self, package: str) -> str:
        """The file-format generation of ``package``'s installed version.

        A package that is not installed follows the rest of the installed set (the first
        ``net-im/`` package by name), so one run never mixes generations.
        """
        version = self.installed.get(package) or next(
            (v for p, v in sorted(self.installed.items()) if p.startswith("net-im/")), "")
        return generation_of(version)


def _run(argv: Sequence[str], stdin: str | bytes = "") -> subprocess.CompletedProcess:
    # Keys travel only on pipes: argv shows in ps.
    try:
        return subprocess.run(argv, input=stdin, capture_output=True,
                              text=isinstance(stdin, str), timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"{argv[0]} failed to run ({exc}): install it") from exc


def run_check(path: str, argv: Sequence[str], data: bytes = b"") -> None:
    """Run a checking tool with ``data`` on its stdin; a non-zero exit is a ConfigError.

    The error names ``path``, the tool and the last lines of what it printed.
    """
    process = _run(argv, data)
    if process.returncode:
        output = (process.stderr or process.stdout).decode(errors="replace")
        tail = " / ".join(output.strip().splitlines()[-3:])
        raise ConfigError(f"{path}: {Path(argv[0]).name} rejects it: {tail}")


def self_signed(names: Sequence[str], days: int) -> tuple[str, str]:
    """A new (private key, certificate) PEM pair for ``names``; the first is the CN.

    The key never touches the disk or argv: openssl writes both to its stdout.
    """
    san = ",".join(f"DNS:{n}" for n in names)
    process = _run(["openssl", "req", "-x509", "-newkey", "ec",
                    "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "/dev/stdout", "-out", "/dev/stdout", "-days", str(days),
                    "-subj", f"/CN={names[0]}", "-addext", f"subjectAltName={san}"])
    blocks = re.findall(r"(-----BEGIN (.+)-----.*?-----END \2-----\n)", process.stdout, re.S)
    pem = {label: block for block, label in blocks}
    if process.returncode or pem.keys() != {"PRIVATE KEY", "CERTIFICATE"}:
        raise ConfigError(f"openssl could not make a certificate for {names[0]!r}: "
                          f"{process.stderr}")
    return pem["PRIVATE KEY"], pem["CERTIFICATE"]


def pair_matches(crt: str, key: str) -> bool:
    """The private key ``key`` belongs to the certificate ``crt`` (both PEM)."""
    from_crt = _run(["openssl", "x509", "-noout", "-pubkey"], crt)
    from_key = _run(["openssl", "pkey", "-pubout"], key)
    return not from_crt.returncode and not from_key.returncode \
        and from_crt.stdout == from_key.stdout


def cert_fits(crt: str, key: str, name: str, *, self_signed_only: bool,
              seconds: int = 30 * 86400) -> bool:
    """The pair can stay in use: it matches, serves ``name`` and is valid ``seconds`` more.

    With ``self_signed_only`` the certificate must also be its own issuer (so one of ours
    is kept, while an issued one found in our place is replaced).
    """
    process = _run(["openssl", "x509", "-noout", "-checkend", str(seconds), "-subject",
                    "-issuer", "-ext", "subjectAltName", "-nameopt", "RFC2253"], crt)
    if process.returncode:  # unreadable, or expires within ``seconds``
        return False
    if f"DNS:{name}" not in re.split(r"[\s,]+", process.stdout):
        return False
    if self_signed_only:
        fields = dict(re.findall(r"^(subject|issuer)=(.*)$", process.stdout, re.M))
        if "subject" not in fields or fields["subject"] != fields.get("issuer"):
            return False
    return pair_matches(crt, key)
