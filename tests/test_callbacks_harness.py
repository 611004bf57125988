"""Shared helpers for the callback tests, and the tests of the helpers themselves.

Every generated set is produced by the configurator's own components (discovered and
ordered by ``jitsi_configurator.registry``) and committed by its transaction into a copy of
the seed root (``jitsi_overlay.realservers.testroot.SEED_ROOT``).
The generated files are then read back with real parsers: Lua (lua5.4) for prosody,
bash for the shell files, node for config.js, and line parsers for properties, nginx
and coturn files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from jitsi_configurator import filecheck, registry, transaction
from jitsi_configurator.api import (
    Action,
    Command,
    ConfigError,
    Context,
    File,
    MasterConfig,
    Remove,
    Symlink,
)
from jitsi_overlay.realservers.testroot import SEED_ROOT as FIXTURE_ROOT

REPO = Path(__file__).resolve().parents[1]

__all__ = [
    "Command",
    "ConfigError",
    "File",
    "Remove",
    "Symlink",
    "registry",
    "transaction",
]

V = "4548"
INSTALLED = {
    "net-im/jitsi-meet-prosody": f"1.0.4074.{V}",
    "net-im/jitsi-videobridge": f"2.1.197.{V}",
    "net-im/jicofo": f"1.0.567.{V}",
    "net-im/jitsi-meet-web": f"1.0.4074.{V}",
    "net-im/jitsi-meet-web-config": f"1.0.4074.{V}",
    "net-im/jitsi-meet-turnserver": f"1.0.4074.{V}",
    "net-im/jitsi-meet-server": V,
    "app-misc/jitsi-meet-master-config": "1.0",
}
# The current generation: the component versions of stable 11146.
CURRENT = {
    **INSTALLED,
    "net-im/jitsi-videobridge": "2.3.250.11146",
    "net-im/jicofo": "1.0.1146.11146",
    "net-im/jitsi-meet-prosody": "1.0.8900.11146",
    "net-im/jitsi-meet-web-config": "1.0.8900.11146",
    "net-im/jitsi-meet-turnserver": "1.0.8900.11146",
    "net-im/jitsi-meet-web": "1.0.8900.11146",
    "net-im/jitsi-meet-server": "11146",
}
# Recognisable, distinct test secrets: a leak of any of them is easy to grep for.
SECRETS = {
    "JVB_AUTH_PASSWORD": "jvbPassw0rdTest11",
    "JICOFO_AUTH_PASSWORD": "focusPassw0rdTest2",
    "JVB_SECRET": "jvbSecretTest33333",
    "JICOFO_SECRET": "focusSecretTest444",
    "TURN_SECRET": "turnSecretTest5555",
    "JICOFO_CONVENE_PASSWORD": "correct-horse-battery",
}


def values(**over: str) -> dict[str, str]:
    """A complete localhost master configuration, with ``over`` applied."""
    base = {
        **SECRETS,
        "MUC_UUID": "8d1b5c4e-0a6f-4c1e-9f3a-2b7d6e5c4a31",
        "JVB_HOSTNAME": "localhost",
        "JICOFO_AUTH_DOMAIN": "auth.localhost",
        "JVB_EXTERNAL_IP": "localhost",
        "JVB_INTERNAL_IP": "localhost",
        "LE_ENABLE_AUTO": "n",
        "JMMC_CONFIGURED": "y",
    }
    base.update(over)
    if "JICOFO_AUTH_DOMAIN" not in over:
        base["JICOFO_AUTH_DOMAIN"] = f"auth.{base['JVB_HOSTNAME']}"
    return base


FQDN_LE = {
    "JVB_HOSTNAME": "meet.example.org",
    "JVB_EXTERNAL_IP": "198.51.100.20",
    "JVB_INTERNAL_IP": "198.51.100.20",
    "JVB_HOSTNAME_LOCALHOST_ALIAS": "y",
    "JVB_CONFORM_ETC_HOSTNAME": "y",
    "LE_ENABLE_AUTO": "y",
    "LE_HOSTNAME": "meet.example.org",
    "LE_EMAIL": "admin@example.org",
    "LE_WEBROOT": "/var/lib/jitsi-meet-web-config",
}
NAT = {
    "JVB_HOSTNAME": "meet.example.org",
    "JVB_EXTERNAL_IP": "198.51.100.20",
    "JVB_INTERNAL_IP": "10.1.2.3",
}


def new_root() -> Path:
    """A traversable copy of the Gentoo-like root (prosody drops to its own user)."""
    base = Path(tempfile.mkdtemp(prefix="jmmc-cb-"))
    os.chmod(base, 0o755)
    root = base / "root"
    shutil.copytree(FIXTURE_ROOT, root, symlinks=True)
    return root


def fresh_root() -> Iterator[Path]:
    """Body of each test module's ``root`` fixture: a new root, removed afterwards."""
    r = new_root()
    yield r
    shutil.rmtree(r.parent, ignore_errors=True)


@pytest.fixture
def root() -> Iterator[Path]:
    yield from fresh_root()


def render(
    root: Path,
    vals: Mapping[str, str],
    previous: Mapping[str, str] | None = None,
    installed: Mapping[str, str] = INSTALLED,
    bridges: tuple = (),
) -> list[tuple[str, object]]:
    """The actions of every installed callback of the checkout, in the core's order.

    Discovery and ordering are the core's (``registry``); each callback gets the public
    ``Context`` with its templates directory, exactly as ``emerge --config`` runs it.
    """
    prev = MasterConfig(previous) if previous is not None else None
    base = Context(MasterConfig(vals), prev, root, dict(installed), bridges=tuple(bridges))
    actions: list[tuple[str, object]] = []
    for cb, path in registry.order(registry.select(registry.builtin(), installed)):
        tdir = path.parent / "templates"
        ctx = dataclasses.replace(base, templates_dir=tdir if tdir.is_dir() else None)
        actions += [(cb.name, a) for a in cb.render(ctx)]
    return actions


def apply(
    root: Path,
    vals: Mapping[str, str],
    previous: Mapping[str, str] | None = None,
    installed: Mapping[str, str] = INSTALLED,
    bridges: tuple = (),
) -> transaction.Plan:
    """Render, validate with the core's validators, and commit into ``root``."""
    actions = render(root, vals, previous, installed, bridges)
    for _, a in actions:
        if isinstance(a, File) and a.validator:
            note = filecheck.run(a.validator, a.path, a.data())
            assert note is None or note.startswith("not checked"), (a.path, note)
    plan = transaction.make_plan(root, actions)
    transaction.commit(plan)
    return plan


def changed(plan: transaction.Plan) -> list[object]:
    """The actions a plan will apply (its change records hold the action first)."""
    return [c.action if hasattr(c, "action") else c[0] for c in plan.changes]


def at(root: Path, path: str) -> Path:
    return root / path.lstrip("/")


def text(root: Path, path: str) -> str:
    return at(root, path).read_text(encoding="utf-8")


# --- parsers -------------------------------------------------------------------------

_LUA_DUMP = r"""
local sections, order, current = {}, {}, "*"
local function section(name, kind)
  if not sections[name] then sections[name] = { __kind = kind }; order[#order+1] = name end
  current = name
end
section("*", "global")
local env = setmetatable({}, { __newindex = function(_, k, v) sections[current][k] = v end,
                               __index = function(_, k) return _G[k] end })
rawset(env, "VirtualHost", function(name) section(name, "host") end)
rawset(env, "Component", function(name) section(name, "component")
  return function(module) sections[name].__module = module end end)
rawset(env, "Include", function() end)
local function enc(v)
  local t = type(v)
  if t == "string" then return string.format("%q", v):gsub("\\\n", "\\n") end
  if t == "number" or t == "boolean" then return tostring(v) end
  local n, parts = #v, {}
  if n > 0 then
    for i = 1, n do parts[#parts+1] = enc(v[i]) end
    return "[" .. table.concat(parts, ",") .. "]"
  end
  for k, x in pairs(v) do parts[#parts+1] = string.format("%q", k) .. ":" .. enc(x) end
  return "{" .. table.concat(parts, ",") .. "}"
end
local chunk = assert(loadfile(arg[1], "t", env))
chunk()
local out = {}
for _, name in ipairs(order) do
  out[#out+1] = string.format("%q", name) .. ":" .. enc(sections[name])
end
io.write("{" .. table.concat(out, ",") .. "}")
"""


def lua_sections(path: Path) -> dict[str, dict]:
    """A prosody config evaluated by real Lua: section name -> its options."""
    lua = shutil.which("lua5.4") or shutil.which("lua")
    if lua is None:
        pytest.skip("lua5.4 not installed")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(_LUA_DUMP)
    try:
        out = subprocess.run([lua, f.name, str(path)], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    return json.loads(out.stdout)


def properties(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith(("#", "!")):
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def shell_env(path: Path) -> dict[str, str]:
    """Variables of a KEY='value' file, as bash itself reads them."""
    script = 'set -a; . "$1"; env -0'
    out = subprocess.run(
        ["env", "-i", "bash", "-c", script, "_", str(path)], capture_output=True, check=True
    ).stdout.decode()
    pairs = (item.partition("=") for item in out.split("\0") if item)
    return {k: v for k, _, v in pairs if k not in ("PWD", "SHLVL", "_")}


def config_js(path: Path) -> dict:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node not installed")
    code = (
        "const fs=require('fs');const src=fs.readFileSync(process.argv[1],'utf8');"
        "process.stdout.write(JSON.stringify(new Function(src+';return config;')()));"
    )
    out = subprocess.run([node, "-e", code, str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def key_values(path: Path) -> list[tuple[str, str]]:
    """coturn's ``option`` / ``option=value`` lines, in order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out.append((key.strip(), value.strip()))
    return out


def nginx_directives(path: Path, name: str) -> list[str]:
    body = re.sub(r"#[^\n]*", "", path.read_text(encoding="utf-8"))
    return [m.strip() for m in re.findall(rf"(?:^|[;{{}}\s]){name}\s+([^;{{]+);", body)]


def scram_ok(account: str, password: str) -> bool:
    """Whether a prosody internal_hashed account file verifies ``password``."""
    fields = dict(re.findall(r'\["(\w+)"\]\s*=\s*"?([^";\n]*)"?;', account))
    salted = hashlib.pbkdf2_hmac(
        "sha1", password.encode(), fields["salt"].encode(), int(fields["iteration_count"])
    )
    client = hmac.new(salted, b"Client Key", hashlib.sha1).digest()
    server = hmac.new(salted, b"Server Key", hashlib.sha1).digest()
    return (hashlib.sha1(client).hexdigest(), server.hex()) == (
        fields["stored_key"],
        fields["server_key"],
    )


def store(host: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", lambda m: f"%{ord(m.group()):02x}", host)


def pubkey_of(pem: str, kind: str) -> str:
    args = ["x509", "-noout", "-pubkey"] if kind == "crt" else ["pkey", "-pubout"]
    return subprocess.run(
        ["openssl", *args], input=pem, capture_output=True, text=True, check=True
    ).stdout


def prosodyctl_check(root: Path) -> subprocess.CompletedProcess[str]:
    """``prosodyctl check config`` on the root's prosody.cfg.lua (skips without prosody)."""
    prosodyctl = shutil.which("prosodyctl")
    if prosodyctl is None:
        pytest.skip("prosody not installed")
    cfg = at(root, "/etc/prosody/prosody.cfg.lua")
    return subprocess.run([prosodyctl, "--config", str(cfg), "check", "config"],
                          capture_output=True, text=True, timeout=60)


def nginx_check(root: Path) -> subprocess.CompletedProcess[str]:
    """``nginx -t`` on the generated nginx.conf with its includes, paths moved into a copy."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip("nginx not installed")
    check = Path(tempfile.mkdtemp(prefix="jmmc-nginx-"))
    try:
        shutil.copytree(root, check / "r", symlinks=True)
        r = check / "r"
        (r / "var/log/nginx").mkdir(parents=True, exist_ok=True)
        for f in (r / "etc/nginx").rglob("*.conf"):
            body = re.sub(
                r"(?<=[\s])(/(?:etc|var|usr)/)", lambda m: f"{r}{m.group(1)}", f.read_text()
            )
            f.write_text(body)
        main = r / "etc/nginx/nginx.conf"
        body = main.read_text()
        if subprocess.run(["id", "nginx"], capture_output=True).returncode != 0:
            body = body.replace("user nginx nginx;", "user nobody nogroup;")
        mod = Path("/usr/lib/nginx/modules/ngx_stream_module.so")
        head = f"load_module {mod};\n" if mod.exists() else ""
        main.write_text(f"{head}pid {check}/nginx.pid;\n{body}")
        return subprocess.run(
            [nginx, "-t", "-q", "-e", f"{check}/err.log", "-p", str(r), "-c", str(main)],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        shutil.rmtree(check, ignore_errors=True)


def files_under(root: Path) -> Iterator[Path]:
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            yield p


# --- tests of the helpers ------------------------------------------------------------


def test_scram_matches_real_prosodyctl(tmp_path: Path) -> None:
    """Our account-file arithmetic equals what prosodyctl register stores (prosody 0.12)."""
    prosodyctl = shutil.which("prosodyctl")
    if prosodyctl is None:
        pytest.skip("prosody not installed")
    base = Path(tempfile.mkdtemp(prefix="jmmc-scram-"))
    try:
        os.chmod(base, 0o755)
        (base / "data").mkdir()
        (base / "certs").mkdir()
        cfg = base / "p.cfg.lua"
        cfg.write_text(
            f'data_path = "{base}/data"\npidfile = "{base}/p.pid"\n'
            f'log = {{ {{ levels = {{ min = "error" }}, to = "file", '
            f'filename = "{base}/p.log" }} }}\n'
            'VirtualHost "auth.meet.test"\n  authentication = "internal_hashed"\n'
        )
        shutil.chown(base, "prosody", "prosody")
        shutil.chown(base / "data", "prosody", "prosody")
        # The password goes on stdin, twice; `register` works offline on 0.12 and 13
        # (13's adduser needs a running server with mod_admin_shell).
        proc = subprocess.run(
            [prosodyctl, "--config", str(cfg), "register", "focus", "auth.meet.test"],
            input="s3cret-Pw\ns3cret-Pw\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        stored = base / "data" / store("auth.meet.test") / "accounts" / "focus.dat"
        assert stored.exists(), proc.stdout + proc.stderr
        account = stored.read_text()
        assert scram_ok(account, "s3cret-Pw")
        assert not scram_ok(account, "wrong")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_lua_dump_sees_sections(root: Path) -> None:
    apply(root, values())
    sections = lua_sections(at(root, "/etc/prosody/conf.d/localhost.cfg.lua"))
    assert sections["localhost"]["__kind"] == "host"
    assert sections["conference.localhost"]["__module"] == "muc"
    assert sections["*"]["component_ports"] == [5347]


def test_actions_are_only_api_types(root: Path) -> None:
    for _, action in render(root, values(**FQDN_LE)):
        assert isinstance(action, Action)


def test_nginx_check_reads_our_includes(root: Path) -> None:
    """The nginx check really loads the site and stream files (a typo there fails it)."""
    apply(root, values())
    assert nginx_check(root).returncode == 0
    site = at(root, "/etc/nginx/jitsi-meet/http.d/localhost.conf")
    site.write_text(site.read_text().replace("ssi on;", "ssi on;\n    bogus_directive 1;"))
    assert "bogus_directive" in nginx_check(root).stderr
    site.write_text(site.read_text().replace("    bogus_directive 1;\n", ""))
    stream = at(root, "/etc/nginx/jitsi-meet/stream.d/jitsi-meet-turn.conf")
    stream.write_text(stream.read_text().replace("ssl_preread on;", "ssl_preread maybe;"))
    assert nginx_check(root).returncode != 0
