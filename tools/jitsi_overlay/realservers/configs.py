"""Read the generated configuration files with real parsers, as their consumers do.

Probes take every value they use (domain, port, secret, password) from the file of
the component that would use it, so a value that differs between two files makes
the probe fail at the step where the real components would fail.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import crossplane

LUA_DUMP = Path(__file__).with_name("prosody_dump.lua")


class ConfigReadError(Exception):
    """A generated file could not be read; the message names the file."""


# --- prosody (Lua, evaluated by lua5.4) -------------------------------------------


@dataclass(frozen=True)
class ProsodySection:
    kind: str  # "global", "VirtualHost" or "Component"
    name: str | None
    module: str | None
    options: dict[str, Any]


def prosody_sections(path: Path) -> list[ProsodySection]:
    proc = subprocess.run(["lua5.4", str(LUA_DUMP), str(path)], capture_output=True, text=True,
                          timeout=30)
    if proc.returncode != 0:
        raise ConfigReadError(f"{path}: Lua refused it: {proc.stderr.strip()}")
    data = json.loads(proc.stdout)
    return [ProsodySection(s["kind"], s.get("name"), s.get("module"), s["options"] or {})
            for s in data["sections"]]


@dataclass(frozen=True)
class ProsodyConfig:
    """Settings of the main file plus every conf.d file (the globals merged)."""

    globals: dict[str, Any]
    hosts: dict[str, dict[str, Any]]
    components: dict[str, tuple[str | None, dict[str, Any]]]

    def first_port(self, option: str) -> int:
        ports = self.globals.get(option)
        if not ports:
            raise ConfigReadError(f"prosody: no {option} set")
        return int(ports[0])


def read_prosody(files: list[Path]) -> ProsodyConfig:
    globals_: dict[str, Any] = {}
    hosts: dict[str, dict[str, Any]] = {}
    components: dict[str, tuple[str | None, dict[str, Any]]] = {}
    for f in files:
        for s in prosody_sections(f):
            if s.kind == "global":
                globals_.update(s.options)
            elif s.kind == "VirtualHost":
                hosts[s.name or ""] = s.options
            else:
                components[s.name or ""] = (s.module, s.options)
    return ProsodyConfig(globals_, hosts, components)


# --- nginx (crossplane) -----------------------------------------------------------


def nginx_blocks(path: Path) -> list[dict[str, Any]]:
    """Top-level directives of one nginx file (no include expansion)."""
    result = crossplane.parse(str(path), single=True, check_ctx=False, check_args=False)
    if result["errors"]:
        e = result["errors"][0]
        raise ConfigReadError(f"{e['file']}:{e.get('line')}: {e['error']}")
    return result["config"][0]["parsed"]


def find_directives(blocks: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Every directive called ``name`` at any depth."""
    found = []
    for d in blocks:
        if d["directive"] == name:
            found.append(d)
        found += find_directives(d.get("block", []), name)
    return found



def location(server: dict[str, Any], *args: str) -> dict[str, Any]:
    for d in server.get("block", []):
        if d["directive"] == "location" and tuple(d["args"]) == args:
            return d
    raise ConfigReadError(f"nginx: no location {' '.join(args)!r} in server at line "
                          f"{server.get('line')}")


def directive_args(block: dict[str, Any], name: str) -> list[str]:
    for d in block.get("block", []):
        if d["directive"] == name:
            return d["args"]
    raise ConfigReadError(f"nginx: no {name} in block at line {block.get('line')}")


def port_of(address: str) -> int:
    """Port of an nginx listen/server address such as ``127.0.0.1:4444`` or ``4444``."""
    m = re.search(r"(\d+)$", address)
    if not m:
        raise ConfigReadError(f"nginx: no port in {address!r}")
    return int(m.group(1))


# --- simple line formats ----------------------------------------------------------


def read_keyvalue(path: Path) -> dict[str, list[str]]:
    """coturn's ``key=value`` / bare ``flag`` lines (every value of repeated keys)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


def read_shell_env(path: Path, *keys: str) -> dict[str, str]:
    """Values as the init script sees them: the file sourced by sh in an empty env."""
    script = '. "$1" && ' + " && ".join(f'printf "%s\\0" "${{{k}-}}"' for k in keys)
    proc = subprocess.run(["env", "-i", "sh", "-c", script, "sh", str(path)],
                          capture_output=True, timeout=10)
    if proc.returncode != 0:
        raise ConfigReadError(f"{path}: sh could not source it: {proc.stderr.decode().strip()}")
    return dict(zip(keys, proc.stdout.decode().split("\0"), strict=False))


def read_properties(path: Path) -> dict[str, str]:
    """java.util.Properties ``key=value`` lines (no continuation lines are generated)."""
    out = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        m = re.match(r"([^=:\s]+)\s*[=:]?\s*(.*)$", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def read_config_js(path: Path) -> dict[str, str]:
    """``hosts.domain``, ``hosts.muc``, ``bosh`` … from config.js (quoted literals)."""
    text = path.read_text()
    out = {}
    for key in ("domain", "anonymousdomain", "muc", "focus", "bosh", "focusUserJid"):
        m = re.search(rf"^\s*{key}\s*:\s*(['\"])(.*?)\1", text, re.M)
        if m:
            out[key] = m.group(2)
    return out
