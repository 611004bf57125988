"""The command: answers -> master config -> callbacks -> validation -> one transaction."""

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from . import defaults, filecheck, flow, masterfile, registry, settings, system, transaction
from .api import ConfigError, Context, File, MasterConfig
from .keys import ALL_KEYS, MASTER_CONFIG_PATH
from .releases import refuse_mixed


def _on(env: dict, key: str) -> bool:
    return env.get(key, "").lower() in ("y", "yes", "1")


def _args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="jmmc", description="Configure a Jitsi Meet server.")
    add = ap.add_argument
    add("--root", type=Path, default=Path("/"), help="target root (EROOT)")
    add("--answers", type=Path, help='KEY="value" answers file (implies --batch)')
    for flag, text in (("batch", "ask nothing; fail naming every bad value"),
                       ("dry-run", "print a diff, write nothing"),
                       ("rotate-secrets", "replace every generated secret"),
                       ("run-commands", "run commands although root is not /")):
        add(f"--{flag}", action="store_true", help=text)
    return ap.parse_args(argv)


def _read(path: Path) -> dict[str, str]:
    try:
        return masterfile.parse(path.read_text(encoding="utf-8"))[0]
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeError, ConfigError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def render(ctx: Context, callbacks: list[registry.Loaded]) -> list[tuple[str, object]]:
    actions: list[tuple[str, object]] = []
    for item in registry.order(registry.select(callbacks, ctx.installed)):
        cb = item.callback
        try:
            c = dataclasses.replace(ctx, templates_dir=item.templates_dir)
            actions += [(cb.name, a) for a in cb.render(c)]
        except Exception as exc:
            raise ConfigError(f"callback {cb.name} failed: {exc}") from exc
    return actions


def run(argv: list[str], callbacks: list[registry.Loaded] | None = None, installed: dict | None = None,
        stdin=sys.stdin, out=sys.stdout, env=os.environ) -> int:
    args = _args(argv)
    root = args.root.resolve()
    # One upstream release for the whole set: refuse a mixed one before asking anything.
    refuse_mixed(root, installed if installed is not None else system.installed(root))
    existing = _read(root / MASTER_CONFIG_PATH[1:])
    previous = MasterConfig(existing) if existing else None
    words = defaults.load_words(root)
    build = True
    if (args.batch or args.answers or existing.get("JMMC_BATCH_MODE") == "y"
            or _on(env, "JMMC_BATCH_MODE")):
        # File < answers < environment (as debconf preseeding); the old name's derived
        # values follow a new name.
        given = {**(_read(args.answers) if args.answers else {}),
                 **{k: env[k] for k in ALL_KEYS if k in env}}
        vals = {**settings.follow(existing, given.get("JVB_HOSTNAME", ""), env), **given}
    else:
        if not words:
            out.write(" * No /usr/share/dict/words: the suggested password uses syllables.\n")
        vals, write, build = flow.interview(stdin, out, root, previous, env, words)
        if not write and not build:
            out.write(" * Nothing written.\n")
            return 0
        vals.setdefault("JMMC_CONFIGURED", "y")
    rotate = args.rotate_secrets or _on(env, "JMMC_ROTATE_SECRETS")
    values, errors = settings.check(settings.complete(vals, previous, rotate, words, env), root)
    if errors:
        raise ConfigError("invalid configuration, nothing written:\n  " + "\n  ".join(errors))
    config = MasterConfig(values)
    # Always planned: unchanged, it drops out.
    actions: list[tuple[str, object]] = [("master-config", File(
        MASTER_CONFIG_PATH, masterfile.format_config(values), 0o640, "root", "jitsi", True,
        "shell-env"))]
    if build:
        if callbacks is None:
            callbacks = registry.load_all(registry.third_party(root), registry.builtin())
        if installed is None:
            installed = system.installed(root) or {}
        actions += render(Context(config, previous, root, installed), callbacks)
    plan = transaction.make_plan(root, actions)
    hidden = [values[k] for k in settings.HIDDEN]
    if bad := [c.argv[0] for c in plan.commands if any(h in " ".join(c.argv) for h in hidden)]:
        raise ConfigError(f"commands {bad} carry a secret in argv (ps shows it): use stdin")
    plan.notes += [f"{a.path}: {n}" for _, a in actions if isinstance(a, File) and a.validator
                   and (n := filecheck.run(a.validator, a.path, a.data()))]
    if args.dry_run:
        out.write(transaction.diff(plan) + f" * Dry run: {len(plan.changes)} change(s), "
                  "nothing written.\n")
        return 0
    written, backups = transaction.commit(plan)
    ran = root == Path("/") or args.run_commands
    if ran:
        transaction.run_commands(plan.commands, root)
    ports: dict[str, list[str]] = {}  # as the callbacks configured them
    for x in sorted(set(plan.ports)):
        ports.setdefault(f"{x.number}/{x.proto}", []).append(x.purpose)
    opened = [f"{k} ({', '.join(v)})" for k, v in ports.items()]
    out.write("".join(f" * {x}\n" for x in [
        f"{len(written)} file(s) written, {len(plan.unchanged)} unchanged.",
        *(f"  {w}" for w in written), *([f"Backups: {backups}"] if backups else []),
        *(f"note: {n}" for n in plan.notes),
        *(f"{'ran' if ran else 'not run (root is not /)'}: {c.description or c.argv[0]}"
          for c in plan.commands),
        *([f"Open ports {', '.join(opened)}"] if opened else []),
        f"Convener: {config['JICOFO_CONVENE_USER']} / {config['JICOFO_CONVENE_PASSWORD']}",
        "Start: rc-service jitsi-meet-server restart (or systemctl restart ...)"]))
    return 0


def main(argv: list[str] | None = None, **kw) -> int:  # type: ignore[no-untyped-def]
    """0 done, 1 error or end of input, 130 Ctrl-C; a failed run writes nothing."""
    try:
        return run(sys.argv[1:] if argv is None else argv, **kw)
    except flow.Aborted as exc:
        sys.stderr.write(f"\njmmc: end of input at {str(exc)!r}: nothing written\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("\njmmc: interrupted: nothing written\n")
        return 130
    except ConfigError as exc:
        sys.stderr.write(f"jmmc: {exc}\n")
        return 1
