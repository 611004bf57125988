"""Run commands inside a root tree with systemd-nspawn (the build's only way in)."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import RootfsError

# --register=no --keep-unit: no machined or system bus needed, so the build also runs on a
# host (or CI container) whose PID 1 is not systemd.
BASE = ["systemd-nspawn", "--quiet", "--register=no", "--keep-unit", "--pipe",
        "--resolv-conf=copy-host", "--timezone=off"]


@dataclass
class Nspawn:
    """Commands in ``tree``: plain commands, never ``--boot`` (no init runs, so nothing
    brings interfaces up or down).  A command gets a network namespace of its own with only
    ``lo`` unless it downloads (``network=True``): then it shares the host's network."""

    tree: Path
    binds: dict[Path, str] = field(default_factory=dict)  # host dir -> path inside
    log: Path | None = None  # output of every command goes here (quiet terminal)

    def argv(self, command: Sequence[str], env: Mapping[str, str],
             network: bool = False) -> list[str]:
        out = [*BASE, f"--directory={self.tree}"]
        if not network:
            out.append("--private-network")
        out += [f"--bind={host}:{inside}" for host, inside in self.binds.items()]
        out += [f"--setenv={k}={v}" for k, v in env.items()]
        return [*out, "--", *command]

    def run(self, command: Sequence[str], *, env: Mapping[str, str] | None = None,
            what: str | None = None, input: bytes | None = None,
            network: bool = False) -> str:
        """Run ``command`` inside; return its output; raise naming ``what`` on failure.
        ``network``: share the host's network (only for commands that download)."""
        argv = self.argv(command, env or {}, network)
        proc = subprocess.run(argv, input=input, stdin=None if input is not None
                              else subprocess.DEVNULL, capture_output=True, check=False)
        text = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
        if self.log is not None:
            with self.log.open("a", encoding="utf-8") as f:
                f.write(f"$ {' '.join(command)}\n{text}\n")
        if proc.returncode != 0:
            tail = " | ".join(text.strip().splitlines()[-3:]) or "no output"
            where = f" (full output in {self.log})" if self.log else ""
            raise RootfsError(f"{what or command[0]} failed in {str(self.tree)!r} with status "
                              f"{proc.returncode}: {tail}{where}")
        return text
