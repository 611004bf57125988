"""The configurator command: answers -> master config -> callbacks -> one transaction."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from . import filecheck, flow, masterfile, registry, secretgen, settings, system, transaction
from .api import Command, ConfigError, Context, File, MasterConfig
from .keys import ALL_KEYS, MASTER_CONFIG_PATH
from .netinfo import NetInfo


def _args(argv: Sequence[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="jmmc", description="Configure a Jitsi Meet server.")
    add = ap.add_argument
    add("--root", type=Path, default=Path("/"), help="target root (EROOT)")
    add("--answers", type=Path, help='KEY="value" answers file (implies --batch)')
    add("--batch", action="store_true", help="ask nothing; fail naming every bad value")
    add("--dry-run", action="store_true", help="print a diff, write nothing")
    add("--rotate-secrets", action="store_true", help="replace every generated secret")
    add("--run-commands", action="store_true", help="run post-commit commands when root != /")
    add("--callbacks-dir", type=Path, action="append", default=[], help="more */callback.py")
    add("--no-default-callbacks", action="store_true", help="only --callbacks-dir ones")
    add("--assume-installed", action="append", default=[], metavar="CAT/PN-VER[,...]",
        help="these packages count as installed (instead of the vdb)")
    return ap.parse_args(argv)


def _read(path: Path) -> dict[str, str]:
    try:
        return masterfile.parse(path.read_text(encoding="utf-8"))[0]
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeError, ConfigError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _installed(args: argparse.Namespace, root: Path, default: Mapping[str, str] | None):
    if args.assume_installed:
        from portage.versions import catpkgsplit

        out = {}
        for atom in (a for item in args.assume_installed for a in item.split(",") if a):
            cat, pn, ver, rev = catpkgsplit(atom) or (None,) * 4
            if cat is None:
                raise ConfigError(f"--assume-installed {atom!r}: use CATEGORY/PN-VERSION")
            out[f"{cat}/{pn}"] = ver if rev == "r0" else f"{ver}-{rev}"
        return out
    found = system.installed(root)
    return found if found is not None else dict(default or {})


def batch_values(existing: Mapping[str, str], answers: Mapping[str, str],
                 env: Mapping[str, str], net: NetInfo) -> dict[str, str]:
    """Existing file < answers file < environment, plus the interactive defaults."""
    vals = {**existing, **answers, **{k: env[k] for k in ALL_KEYS if k in env}}
    host = vals.get("JVB_HOSTNAME", "").strip().lower() or "localhost"
    if host != "localhost" and not vals.get("JVB_EXTERNAL_IP"):
        vals["JVB_EXTERNAL_IP"] = net.default_external(host)
    if not vals.get("LE_ENABLE_AUTO"):
        own = vals.get("JM_SUPPLY_OWN_CRT", "")[:1].lower() == "y"
        ok = not own and settings.le_possible(host, vals.get("JVB_EXTERNAL_IP", ""))
        vals["LE_ENABLE_AUTO"] = "y" if ok else "n"
    return vals


def render(ctx: Context, paths: list[Path]) -> list[tuple[str, object]]:
    """Every installed component's actions, callbacks in ``after`` order."""
    actions: list[tuple[str, object]] = []
    for cb, path in registry.order(registry.select(registry.load_all(paths), ctx.installed)):
        tdir = path.parent / "templates"
        try:
            c = dataclasses.replace(ctx, templates_dir=tdir if tdir.is_dir() else None)
            actions += [(cb.name, a) for a in cb.render(c)]
        except Exception as exc:
            raise ConfigError(f"callback {cb.name} failed: {exc}") from exc
    return actions


def run(argv: Sequence[str], *, checkout: Path | None = None,
        default_installed: Mapping[str, str] | None = None, stdin=sys.stdin,
        out=sys.stdout, env: Mapping[str, str] = os.environ) -> int:
    args = _args(argv)
    root = args.root.resolve()
    existing = _read(root / MASTER_CONFIG_PATH.lstrip("/"))
    previous = MasterConfig(existing) if existing else None
    net = NetInfo.from_env(env)
    words, system_words = secretgen.load_words(root)
    yes = ("y", "yes", "1")
    if (args.batch or args.answers or existing.get("JMMC_BATCH_MODE") == "y"
            or env.get("JMMC_BATCH_MODE", "").lower() in yes):
        answers = _read(args.answers) if args.answers else {}
        vals, build = batch_values(existing, answers, env, net), True
    else:
        if not system_words:
            out.write(" * No /usr/share/dict/words (sys-apps/miscfiles): the suggested password "
                      "uses a small built-in word list.\n")
        res = flow.interview(flow.Prompter(stdin, out), root, previous, net, words)
        if not res.write and not res.build:
            out.write(" * Nothing written.\n")
            return 0
        vals, build = res.values, res.build
        vals.setdefault("JMMC_CONFIGURED", "y")
    rotate = args.rotate_secrets or env.get("JMMC_ROTATE_SECRETS", "").lower() in yes
    values, errors = settings.check(settings.complete(vals, previous, rotate=rotate, words=words),
                                    root)
    if errors:
        raise ConfigError("invalid configuration, nothing written:\n  " + "\n  ".join(errors))
    config = MasterConfig(values)
    # Always planned: an unchanged file is left alone, so a re-use run writes nothing.
    actions: list[tuple[str, object]] = [("master-config", File(
        MASTER_CONFIG_PATH, masterfile.format_config(values), 0o640, "root", "jitsi",
        secret=True, validator="shell-env"))]
    if build:
        paths = [] if args.no_default_callbacks else (
            registry.find_files(checkout, registry.CHECKOUT_GLOBS) if checkout else
            registry.find_files(root, [registry.INSTALLED_GLOB]))
        for d in args.callbacks_dir:
            paths += registry.find_files(d, ["*/callback.py"])
        ctx = Context(config, previous, root, _installed(args, root, default_installed))
        actions += render(ctx, paths)
    plan = transaction.make_plan(root, actions)
    for _, a in actions:
        if isinstance(a, File) and a.validator and (note := filecheck.run(a.validator, a.path,
                                                                          a.data())):
            plan.notes.append(f"{a.path}: {note}")
    if args.dry_run:
        out.write(transaction.diff(plan) + f" * Dry run: {len(plan.changes)} change(s), "
                  "nothing written.\n")
        return 0
    written, backups = transaction.commit(plan)
    cmds: list[Command] = plan.commands
    ran = (transaction.run_commands(cmds, root) if cmds and (root == Path("/")
                                                             or args.run_commands) else [])
    w = out.write
    w(f" * {len(written)} file(s) written, {len(plan.unchanged)} unchanged.\n")
    w("".join(f"   {p}\n" for p in written))
    if backups:
        w(f" * Replaced files were backed up under {backups}\n")
    w("".join(f" * note: {n}\n" for n in plan.notes))
    w("".join(f" * ran: {r}\n" for r in ran))
    w("".join(f" * not run (root is not /; see --run-commands): {c.description or c.argv[0]}\n"
              for c in cmds if not ran))
    p = config.port
    w(f" * Open these ports: {p('JMMC_HTTP_PORT')}/tcp, {p('JMMC_HTTPS_PORT')}/tcp, "
      f"{p('TURNS_PORT')}/tcp, {p('TURN_PORT')}/udp, 10000/udp\n")
    w(f" * Convener: {config['JICOFO_CONVENE_USER']} / {config['JICOFO_CONVENE_PASSWORD']}\n"
      " * Start: rc-service jitsi-meet-server restart (systemd: systemctl restart "
      "jitsi-meet-server)\n")
    return 0


def main(argv: Sequence[str] | None = None, **kw) -> int:  # type: ignore[no-untyped-def]
    """Exit status: 0 done, 1 error or end of input, 130 Ctrl-C; nothing written on failure."""
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
