"""The configurator command: answers -> master config -> callbacks -> one transaction."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import flow, masterfile, registry, secretgen, settings, transaction
from .api import ConfigError, Context, File, MasterConfig
from .installed import from_vdb
from .keys import ALL_KEYS, MASTER_CONFIG_PATH
from .netinfo import NetInfo

_TRUE = ("y", "yes", "1")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="jmmc", description="Configure a Jitsi Meet server.")
    ap.add_argument("--root", type=Path, default=Path("/"), help="target root (EROOT)")
    ap.add_argument("--answers", type=Path, help="KEY=\"value\" answers file (implies --batch)")
    ap.add_argument("--batch", action="store_true", help="no questions; fail on bad values")
    ap.add_argument("--dry-run", action="store_true", help="print a diff, write nothing")
    ap.add_argument("--rotate-secrets", action="store_true", help="generate new secrets")
    ap.add_argument("--run-commands", action="store_true",
                    help="run post-commit commands even when --root is not /")
    ap.add_argument("--callbacks-dir", type=Path, action="append", default=[],
                    help="extra directory of */callback.py")
    ap.add_argument("--no-default-callbacks", action="store_true")
    ap.add_argument("--assume-installed", action="append", default=[], metavar="CAT/PN-VER",
                    help="pretend this package version is installed (repeatable)")
    return ap.parse_args(argv)


def _atom(text: str) -> tuple[str, str]:
    from portage.versions import catpkgsplit  # same version rules as the vdb

    parts = catpkgsplit(text.strip())
    if not parts or parts[0] is None:
        raise ConfigError(f"--assume-installed {text!r}: use CATEGORY/PN-VERSION")
    cat, pn, ver, rev = parts
    return f"{cat}/{pn}", ver if rev == "r0" else f"{ver}-{rev}"


def _read(path: Path) -> dict[str, str]:
    try:
        return masterfile.parse(path.read_text(encoding="utf-8"))[0]
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: unreadable ({exc})") from exc


def batch_values(base: Mapping[str, str], answers: Mapping[str, str],
                 env: Mapping[str, str], net: NetInfo) -> dict[str, str]:
    """Existing file < answers file < environment, with the interactive defaults."""
    vals = {**base, **answers, **{k: env[k] for k in ALL_KEYS if k in env}}
    host = vals.get("JVB_HOSTNAME", "localhost").strip().lower() or "localhost"
    if host != "localhost" and not vals.get("JVB_EXTERNAL_IP"):
        vals["JVB_EXTERNAL_IP"] = net.default_external(host)
    if not vals.get("LE_ENABLE_AUTO"):
        own = vals.get("JM_SUPPLY_OWN_CRT", "n").lower().startswith("y")
        ok = not own and settings.le_possible(host, vals.get("JVB_EXTERNAL_IP", "localhost"))
        vals["LE_ENABLE_AUTO"] = "y" if ok else "n"
    return vals


def render(config: MasterConfig, previous: MasterConfig | None, root: Path,
           installed: Mapping[str, str], paths: list[Path]) -> list[tuple[str, object]]:
    base = Context(config, previous, root, dict(installed))
    chosen = registry.order(registry.select(registry.load_all(paths), installed))
    actions: list[tuple[str, object]] = []
    for cb, path in chosen:
        tdir = path.parent / "templates"
        ctx = dataclasses.replace(base, templates_dir=tdir if tdir.is_dir() else None)
        try:
            actions += [(cb.name, a) for a in cb.render(ctx)]
        except ConfigError as exc:
            raise ConfigError(f"callback {cb.name}: {exc}") from exc
        except Exception as exc:
            raise ConfigError(f"callback {cb.name} failed: {exc!r}") from exc
    return actions


def run(argv: Sequence[str], *, checkout: Path | None = None,
        default_installed: Mapping[str, str] | None = None,
        stdin=sys.stdin, stdout=sys.stdout, env: Mapping[str, str] = os.environ) -> int:
    args = parse_args(argv)
    root: Path = args.root.resolve()
    out = stdout
    master = root / MASTER_CONFIG_PATH.lstrip("/")
    existing = _read(master)
    previous = MasterConfig(existing) if existing else None
    net = NetInfo.from_env(env)
    words, system_words = secretgen.load_words(root)
    answers = _read(args.answers) if args.answers else {}
    batch = (args.batch or args.answers is not None or existing.get("JMMC_BATCH_MODE") == "y"
             or env.get("JMMC_BATCH_MODE", "").lower() in _TRUE)
    rotate = args.rotate_secrets or env.get("JMMC_ROTATE_SECRETS", "").lower() in _TRUE
    if batch:
        vals = batch_values(existing, answers, env, net)
        build = True
    else:
        if not system_words:
            out.write(" * note: no /usr/share/dict/words (sys-apps/miscfiles): the suggested "
                      "password comes from a small built-in word list\n")
        result = flow.interview(flow.Prompter(stdin, out), root, previous, net, words)
        if not result.write and not result.build:
            out.write(" * Nothing written.\n")
            return 0
        vals, build = result.values, result.build
        if not result.reuse:
            vals["JMMC_CONFIGURED"] = "y"
    vals = settings.complete(vals, previous, rotate=rotate, words=words)
    values, errors = settings.check(vals, root)
    if errors:
        raise ConfigError("invalid configuration (nothing written):\n  " + "\n  ".join(errors))
    config = MasterConfig(values)
    actions: list[tuple[str, object]] = []
    # Always planned: an unchanged file is left alone, so a re-use run rewrites nothing.
    text = masterfile.format_config(config.as_dict())
    actions.append(("master-config", File(MASTER_CONFIG_PATH, text, 0o640, "root", "jitsi",
                                          secret=True, validator="shell-env")))
    installed = _installed(args, root, default_installed)
    if build:
        paths = [] if args.no_default_callbacks else (
            registry.find_files(checkout, registry.CHECKOUT_GLOBS) if checkout
            else registry.find_files(root, [registry.INSTALLED_GLOB]))
        for d in args.callbacks_dir:
            paths += registry.find_files(d, ["*/callback.py"])
        actions += render(config, previous, root, installed, paths)
    plan = transaction.make_plan(root, actions)
    for _, a in actions:
        if isinstance(a, File) and a.validator:
            note = _check(a)
            if note:
                plan.notes.append(f"{a.path}: {note}")
    if args.dry_run:
        out.write(transaction.diff(plan, {MASTER_CONFIG_PATH}))
        out.write(f" * Dry run: {len(plan.changes)} change(s), nothing written.\n")
        return 0
    result = transaction.commit(plan)
    ran: list[str] = []
    skipped = [c.description or c.argv[0] for c in plan.commands]
    if plan.commands and (root == Path("/") or args.run_commands):
        ran, skipped = transaction.run_commands(plan.commands, root), []
    _summary(out, config, plan, result, ran, skipped)
    return 0


def _check(a: File) -> str | None:
    from . import filecheck

    return filecheck.run(a.validator or "", a.path, a.data())


def _installed(args: argparse.Namespace, root: Path,
               default: Mapping[str, str] | None) -> dict[str, str]:
    if args.assume_installed:
        return dict(_atom(t) for item in args.assume_installed for t in item.split(",") if t)
    found = from_vdb(root)
    if found is not None:
        return found
    return dict(default or {})


def _summary(out, config: MasterConfig, plan, result, ran: list[str],
             skipped: list[str]) -> None:
    w = out.write
    w(f" * {len(result.written)} file(s) written, {len(plan.unchanged)} unchanged.\n")
    for path in result.written:
        w(f"   {path}\n")
    if result.backup_dir:
        w(f" * Backups of {len(result.backups)} replaced file(s): {result.backup_dir}\n")
    for note in plan.notes:
        w(f" * note: {note}\n")
    for label in ran:
        w(f" * ran: {label}\n")
    for label in skipped:
        w(f" * not run (target root is not /; use --run-commands): {label}\n")
    p = config.port
    w(f" * Open these ports: {p('JMMC_HTTP_PORT')}/tcp, {p('JMMC_HTTPS_PORT')}/tcp, "
      f"{p('TURNS_PORT')}/tcp, {p('TURN_PORT')}/udp, 10000/udp\n")
    w(f" * Convener: {config['JICOFO_CONVENE_USER']} / {config['JICOFO_CONVENE_PASSWORD']}\n")
    w(" * Start: rc-service jitsi-meet-server restart  (systemd: systemctl restart "
      "jitsi-meet-server)\n")


def main(argv: Sequence[str] | None = None, **kw) -> int:
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
