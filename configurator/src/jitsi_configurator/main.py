"""The ``jitsi-meet-master-config`` command (what ``emerge --config`` runs).

One run: take the root's lock; undo what an interrupted earlier run left; gather the
answers (questions, or batch values); complete and check them; let every installed
component's callback render its files; validate them; commit them in one transaction;
run the callbacks' commands; print a summary.  Nothing is written before every file is
rendered and validated.

Exit status: 0 done, 1 an error (one line on stderr, or one line per invalid value;
``--debug`` adds the traceback), 2 a usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from . import (
    bridges,
    defaults,
    filecheck,
    flow,
    journal,
    masterfile,
    registry,
    rootfs,
    rootlock,
    settings,
    system,
    transaction,
)
from .api import Command, ConfigError, File, MasterConfig
from .bridges import Bridge
from .keys import ALL_KEYS, BRIDGE_HOST_ROLE, MASTER_CONFIG_PATH
from .releases import refuse_mixed

PROG = "jitsi-meet-master-config"
VIDEOBRIDGE = "net-im/jitsi-videobridge"
# Any of these makes a host a main server (prosody, the web front, the meta package).
MAIN_SERVER_PACKAGES = ("net-im/jitsi-meet-prosody", "net-im/jitsi-meet-web-config",
                        "net-im/jitsi-meet-server")


@dataclasses.dataclass
class Progress:
    """How far a run got: what an error message may truthfully claim."""

    committed: bool = False
    written: list[str] = dataclasses.field(default_factory=list)
    backups: Path | None = None
    config: MasterConfig | None = None  # what the run configured (``bridge add`` reads it)

    def what_was_written(self) -> str:
        if not self.committed:
            return "nothing written"
        where = f"; the files they replaced are in {self.backups}" if self.backups else ""
        return f"{len(self.written)} file(s) had been written ({', '.join(self.written)}){where}"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=PROG, description="Configure a Jitsi Meet server.")
    parser.add_argument("--root", type=Path, default=Path("/"), help="target root (EROOT)")
    parser.add_argument("--answers", type=Path,
                        help='a KEY="value" answers file (implies --batch); it must exist')
    parser.add_argument("--join", type=Path, metavar="FILE",
                        help="configure this host as a bridge of the main server that wrote "
                        "FILE with `bridge add` (implies --batch)")
    for flag, text in (("batch", "ask nothing; fail naming every bad value"),
                       ("dry-run", "print a diff, write nothing"),
                       ("rotate-secrets", "replace every generated secret"),
                       ("run-commands", "run commands although root is not /"),
                       ("debug", "show the traceback of an error")):
        parser.add_argument(f"--{flag}", action="store_true", help=text)
    return parser.parse_args(argv)


def is_on(env: Mapping[str, str], key: str) -> bool:
    return env.get(key, "").lower() in ("y", "yes", "1")


def read_master_config(root: Path) -> dict[str, str]:
    """The root's master config values; empty when it has none yet."""
    try:
        data = rootfs.read_bytes(root, MASTER_CONFIG_PATH)
        return {} if data is None else masterfile.parse(data.decode("utf-8"))[0]
    except UnicodeError as exc:
        raise ConfigError(f"{root / MASTER_CONFIG_PATH[1:]}: not UTF-8 ({exc}): fix the file "
                          "or move it away") from exc
    except ConfigError as exc:
        raise ConfigError(f"{root / MASTER_CONFIG_PATH[1:]}: {exc}") from exc


def read_answers(path: Path) -> dict[str, str]:
    """A named answers file: it must exist and be a regular file (a FIFO is refused)."""
    try:
        return masterfile.parse(rootfs.read_host_file(path).decode("utf-8"))[0]
    except FileNotFoundError:
        raise ConfigError(f"answers file {path}: no such file: give the path of an existing "
                          'KEY="value" file') from None
    except (OSError, UnicodeError, ConfigError) as exc:
        raise ConfigError(f"answers file {path}: {exc}") from exc


def render(ctx: rootfs.RootedContext, callbacks: list[registry.Loaded]) -> list[tuple[str, object]]:
    """Every selected callback's actions, in order, paired with the callback's name."""
    actions: list[tuple[str, object]] = []
    for item in registry.order(registry.select(callbacks, ctx.installed)):
        callback = item.callback
        try:
            own_ctx = dataclasses.replace(ctx, templates_dir=item.templates_dir)
            actions += [(callback.name, action) for action in callback.render(own_ctx)]
        except Exception as exc:
            raise ConfigError(f"callback {callback.name} failed: {exc}") from exc
    return actions


BridgeChange = Callable[[tuple[Bridge, ...], MasterConfig], tuple[Bridge, ...]]


def run(argv: list[str], callbacks: list[registry.Loaded] | None = None,
        installed: Mapping[str, str] | None = None, stdin: TextIO = sys.stdin,
        out: TextIO = sys.stdout, env: Mapping[str, str] = os.environ,
        progress: Progress | None = None, change_bridges: BridgeChange | None = None) -> int:
    """One configurator run; ``change_bridges`` (for ``bridge add/remove``) turns the
    registered bridges into the wanted ones, under the root's lock."""
    args = parse_args(argv)
    root = args.root.resolve()
    with rootlock.held(root, notify=lambda text: sys.stderr.write(f"{PROG}: {text}\n")):
        return _run_locked(args, root, callbacks, installed, stdin, out, env,
                           progress or Progress(), change_bridges)


def _run_locked(args: argparse.Namespace, root: Path, callbacks: list[registry.Loaded] | None,
                installed: Mapping[str, str] | None, stdin: TextIO, out: TextIO,
                env: Mapping[str, str], progress: Progress,
                change_bridges: BridgeChange | None = None) -> int:
    _finish_interrupted_run(root, args.dry_run, out)
    if installed is None:
        installed = system.installed(root) or {}
    # One upstream release for the whole set: refuse a mixed one before asking anything.
    refuse_mixed(root, installed)
    existing = read_master_config(root)
    previous = MasterConfig(existing) if existing else None
    words = defaults.load_words(root)
    build = True
    join = args.join or (Path(env["JMMC_JOIN_FILE"]) if env.get("JMMC_JOIN_FILE") else None)
    if join is not None:
        # A bridge host: the main server's join file gives the values that must agree.
        given = {**(read_answers(args.answers) if args.answers else {}),
                 **{k: env[k] for k in ALL_KEYS if k in env}, **read_join(join)}
        answers = {**existing, **given}
    elif (args.batch or args.answers or existing.get("JMMC_BATCH_MODE") == "y"
            or is_on(env, "JMMC_BATCH_MODE")):
        # Later sources win, as with debconf preseeding: the master config, the answers
        # file, the environment.  A new hostname drops what the old one derived.
        given = {**(read_answers(args.answers) if args.answers else {}),
                 **{k: env[k] for k in ALL_KEYS if k in env}}
        answers = {**settings.follow(existing, given.get("JVB_HOSTNAME", ""), env), **given}
    else:
        if not words:
            out.write(" * No /usr/share/dict/words: the suggested password uses syllables.\n")
        if bridge_host_expected(existing, installed):
            answers, write, build = flow.bridge_interview(stdin, out, previous, env, read_join)
        else:
            answers, write, build = flow.interview(stdin, out, root, previous, env, words)
        if not write and not build:
            out.write(" * Nothing written.\n")
            return 0
        answers.setdefault("JMMC_CONFIGURED", "y")
    rotate = args.rotate_secrets or is_on(env, "JMMC_ROTATE_SECRETS")
    values, errors = settings.check(settings.complete(answers, previous, rotate, words, env),
                                    root)
    if errors:
        raise ConfigError("invalid configuration, nothing written:\n  " + "\n  ".join(errors))
    config = progress.config = MasterConfig(values)
    bridge_host = config.get("JMMC_ROLE") == BRIDGE_HOST_ROLE
    registered = () if bridge_host else bridges.read_registered(root)
    wanted = change_bridges(registered, config) if change_bridges else registered
    # Always planned: when unchanged, it drops out of the plan.
    actions: list[tuple[str, object]] = [("master-config", File(
        MASTER_CONFIG_PATH, masterfile.format_config(values), 0o640, "root", "jitsi", True,
        "shell-env"))]
    actions += [("bridges", action) for action in bridges.register_actions(registered, wanted)]
    if build:
        if callbacks is None:
            callbacks = registry.load_all(registry.third_party(root), registry.builtin())
        if bridge_host:
            # Only the videobridge runs on a bridge host; the rest is the main server's.
            installed = {k: x for k, x in installed.items() if k == VIDEOBRIDGE}
        ctx = rootfs.RootedContext(config, previous, root, dict(installed), bridges=wanted)
        actions += render(ctx, callbacks)
    plan = transaction.make_plan(root, actions)
    refuse_secrets_on_argv(plan.commands, [values[k] for k in settings.HIDDEN])
    plan.notes += [f"{a.path}: {note}" for _, a in actions if isinstance(a, File) and a.validator
                   and (note := filecheck.run(a.validator, a.path, a.data()))]
    if args.dry_run:
        out.write(transaction.diff(plan) + f" * Dry run: {len(plan.changes)} change(s), "
                  "nothing written.\n")
        return 0
    progress.written, progress.backups = transaction.commit(plan)
    progress.committed = True
    write_lines(out, written_summary(plan, progress))
    if root == Path("/") or args.run_commands:
        for command in plan.commands:
            try:
                transaction.run_commands([command], root)
            except ConfigError as exc:
                raise ConfigError(f"{exc}: {progress.what_was_written()}; fix the cause and run "
                                  "again (the written files stay)") from exc
            write_lines(out, [f"ran: {command.description or command.argv[0]}"])
    else:
        write_lines(out, [f"not run (root is not /): {c.description or c.argv[0]}"
                          for c in plan.commands])
    write_lines(out, closing_summary(plan, config))
    return 0


def read_join(path: Path) -> dict[str, str]:
    """The master-config values a join file gives (it must exist and be a regular file)."""
    try:
        text = rootfs.read_host_file(path).decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"join file {path}: no such file: copy it from the main server, "
                          "where `jitsi-meet-master-config bridge add` wrote it") from None
    except (OSError, UnicodeError) as exc:
        raise ConfigError(f"join file {path}: {exc}") from exc
    return bridges.answers_from(bridges.parse_join(text, f"join file {path}"))


def bridge_host_expected(existing: Mapping[str, str], installed: Mapping[str, str]) -> bool:
    """A bridge host: configured as one before, or only the videobridge of the set is here."""
    if existing.get("JMMC_ROLE") == BRIDGE_HOST_ROLE:
        return True
    return VIDEOBRIDGE in installed and not any(p in installed for p in MAIN_SERVER_PACKAGES)


def _finish_interrupted_run(root: Path, dry_run: bool, out: TextIO) -> None:
    """Undo the commit an earlier, killed run left half done (its journal says how)."""
    if dry_run:
        if journal.Journal.load(root) is not None:
            raise ConfigError(f"{root / journal.JOURNAL}: an earlier run was interrupted while "
                              "writing: run once without --dry-run to undo it first")
        return
    undone = journal.recover(root)
    if undone is not None:
        write_lines(out, [f"An interrupted earlier run was undone ({undone} step(s) put back)."])


def refuse_secrets_on_argv(commands: list[Command], hidden: list[str]) -> None:
    """A command line is visible to every user (ps): secrets go on stdin."""
    bad = [c.argv[0] for c in commands if any(h and h in " ".join(c.argv) for h in hidden)]
    if bad:
        raise ConfigError(f"commands {bad} carry a secret in argv (ps shows it): pass it on "
                          "stdin")


def write_lines(out: TextIO, lines: list[str]) -> None:
    out.write("".join(f" * {line}\n" for line in lines))
    out.flush()


def written_summary(plan: transaction.Plan, progress: Progress) -> list[str]:
    return [f"{len(progress.written)} file(s) written, {len(plan.unchanged)} unchanged.",
            *(f"  {path}" for path in progress.written),
            *([f"Backups: {progress.backups}"] if progress.backups else []),
            *(f"note: {note}" for note in plan.notes)]


def closing_summary(plan: transaction.Plan, config: MasterConfig) -> list[str]:
    ports: dict[str, list[str]] = {}  # "443/tcp" -> purposes, as the callbacks declared them
    for port in sorted(set(plan.ports)):
        ports.setdefault(f"{port.number}/{port.proto}", []).append(port.purpose)
    opened = [f"{number} ({', '.join(purposes)})" for number, purposes in ports.items()]
    if config.get("JMMC_ROLE") == BRIDGE_HOST_ROLE:
        return [*([f"Open ports {', '.join(opened)}"] if opened else []),
                f"Bridge {config['JMMC_BRIDGE_ID']} joins {config.hostname} through "
                f"{config['JMMC_MAIN_ADDRESS']}:{config['JMMC_C2S_PORT']}",
                "Start: rc-service jitsi-videobridge restart (or systemctl restart ...)"]
    return [*([f"Open ports {', '.join(opened)}"] if opened else []),
            f"Convener: {config['JICOFO_CONVENE_USER']} / {config['JICOFO_CONVENE_PASSWORD']}",
            "Start: rc-service jitsi-meet-server restart (or systemctl restart ...)"]


def main(argv: list[str] | None = None, **kwargs) -> int:  # type: ignore[no-untyped-def]
    """Run the command; errors become one line on stderr (``--debug``: the traceback)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv
    progress = Progress()
    try:
        if argv[:1] == ["bridge"]:
            from . import bridge_command

            return bridge_command.run(argv[1:], progress=progress, **kwargs)
        return run(argv, progress=progress, **kwargs)
    except flow.Aborted as exc:
        _fail(f"\n{PROG}: end of input at {str(exc)!r}: nothing written", debug)
        return 1
    except KeyboardInterrupt:
        _fail(f"\n{PROG}: interrupted: {progress.what_was_written()}", debug)
        return 130
    except ConfigError as exc:
        _fail(f"{PROG}: {exc}", debug)
        return 1
    except Exception as exc:  # a bug: still one line, and the way to see more
        _fail(f"{PROG}: unexpected {type(exc).__name__}: {exc}: {progress.what_was_written()}; "
              "run again with --debug for the traceback and report it", debug)
        return 1


def _fail(message: str, debug: bool) -> None:
    if debug:
        traceback.print_exc()
    sys.stderr.write(message + "\n")
