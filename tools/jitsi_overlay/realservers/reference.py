"""Check that every key we set exists in upstream's reference configuration.

A key *exists* when the reference (parsed by typesafe-config) has it as a setting,
when it sits under an empty object that upstream leaves free-form (for example
``videobridge.apis.xmpp-client.configs.<id>``), or when the reference documents it
as a commented-out example (``# brewery-jid = "…"``).  The 4548 generation writes
legacy ``.properties`` keys; :data:`LEGACY_JVB` and :data:`LEGACY_JICOFO` map them
to reference paths, and :data:`UNMAPPABLE` names, with the reason, what has no
reference counterpart at all.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..checkout import CHECKOUT
from .hocon import Parsed, parse

# shared/ sits beside the checkout (developers and CI alike).
REFERENCE_DIR = Path(os.environ.get(
    "JITSI_REFERENCE_DIR", CHECKOUT.parent / "shared" / "data" / "upstream-reference",
))
# Key names (facts only) extracted from the reference files, for machines without them;
# test_servers_generated checks it is current where the files exist.
KEY_LIST = Path(__file__).with_name("reference_keys.json")

# Legacy jvb property → reference path (jvb 2.1 reads these through its legacy config
# layer; the names below are the new-style paths of the same settings).
LEGACY_JVB: list[tuple[str, str]] = [
    (r"org\.jitsi\.videobridge\.xmpp\.user\.([^.]+)\.(\w+)",
     r"videobridge.apis.xmpp-client.configs.\1.\2"),
    (r"org\.jitsi\.videobridge\.ENABLE_STATISTICS", "videobridge.stats.enabled"),
    (r"org\.jitsi\.videobridge\.STATISTICS_INTERVAL", "videobridge.stats.interval"),
    (r"org\.jitsi\.videobridge\.STATISTICS_TRANSPORT", "videobridge.stats.transports"),
    (r"org\.jitsi\.videobridge\.TCP_HARVESTER_PORT", "videobridge.ice.tcp.port"),
    (r"org\.jitsi\.videobridge\.DISABLE_TCP_HARVESTER", "videobridge.ice.tcp.enabled"),
    (r"org\.jitsi\.videobridge\.SINGLE_PORT_HARVESTER_PORT", "videobridge.ice.udp.port"),
]
# Legacy jicofo property → path in the current jicofo reference (no 4548 jicofo
# reference.conf exists: jicofo had none before its HOCON migration).
LEGACY_JICOFO: list[tuple[str, str]] = [
    (r"org\.jitsi\.jicofo\.BRIDGE_MUC", "jicofo.bridge.brewery-jid"),
    (r"org\.jitsi\.jicofo\.auth\.URL", "jicofo.authentication.login-url"),
    (r"org\.jitsi\.jicofo\.health\.ENABLE_HEALTH_CHECKS", "jicofo.health.enabled"),
    (r"org\.jitsi\.jicofo\.jibri\.BREWERY", "jicofo.jibri.brewery-jid"),
    (r"org\.jitsi\.jicofo\.jigasi\.BREWERY", "jicofo.jigasi.brewery-jid"),
]
# Keys with no counterpart in any reference file we hold, and why.
UNMAPPABLE: list[tuple[str, str]] = [
    (r"org\.ice4j\..*", "ice4j's own settings; ice4j's reference.conf is not in "
     "upstream-reference/"),
    (r"org\.jitsi\.jicofo\.ALWAYS_TRUST_MODE_ENABLED",
     "legacy trust switch, replaced by per-connection disable-certificate-verification"),
]

# Free-form maps whose entries are objects of known fields (jicoco's MUC client
# configuration: the fields a videobridge shard entry may hold).
FREE_FORM_FIELDS: dict[str, frozenset[str]] = {
    "videobridge.apis.xmpp-client.configs": frozenset({
        "HOSTNAME", "PORT", "DOMAIN", "USERNAME", "PASSWORD", "MUC_JIDS", "MUC_NICKNAME",
        "MUC", "DISABLE_CERTIFICATE_VERIFICATION", "IQ_HANDLER_MODE",
    }),
}

_OPEN = re.compile(r'^\s*"?([A-Za-z0-9_.-]+)"?\s*[:=]?\s*\{\s*$')
_DOC_KEY = re.compile(r'^\s*(?:#|//)\s*"?([A-Za-z][A-Za-z0-9_.-]*)"?\s*=')


@dataclass
class Report:
    found: dict[str, str] = field(default_factory=dict)  # our key -> how it was found
    unmappable: dict[str, str] = field(default_factory=dict)  # our key -> reason
    missing: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.found)} keys found in the reference, "
                f"{len(self.unmappable)} unmappable, {len(self.missing)} missing")


def documented_keys(text: str) -> set[str]:
    """Paths of commented-out example settings (``# key = value``) in a reference file.

    The enclosing object names come from a line scan of ``name {`` and ``}``: enough
    for upstream's layout, and only used to accept keys upstream documents but does
    not set.
    """
    stack: list[str] = []
    found: set[str] = set()
    for line in text.splitlines():
        code = line.split("#", 1)[0].split("//", 1)[0]
        opened = _OPEN.match(code)
        doc = _DOC_KEY.match(line)
        if opened:
            stack.append(opened.group(1))
        elif doc:
            found.add(".".join([*stack, doc.group(1)]))
        else:
            # a "{" not on a "name {" line (list element) pushes an anonymous level
            for ch in code:
                if ch == "{":
                    stack.append("")
                elif ch == "}" and stack:
                    stack.pop()
    return {k for k in found if ".." not in k and not k.startswith(".")}


def load_reference(files: Iterable[Path]) -> tuple[Parsed, set[str]]:
    """(settings merged over ``files``, documented example keys)."""
    plain, documented = Parsed(), set()
    for file in files:
        parsed = parse(file)
        plain.leaves.update(parsed.leaves)
        plain.objects |= parsed.objects
        documented |= documented_keys(file.read_text())
    return plain, documented


def reference_files(release: str, component: str) -> list[Path]:
    """Reference confs of ``component`` ("jvb" or "jicofo") for ``release`` (dir name)."""
    return sorted((REFERENCE_DIR / release).glob(f"{component}-*reference.conf"))


def _exists(key: str, plain: Parsed, documented: set[str]) -> str | None:
    if key in plain.leaves or key in plain.objects:
        return "setting"
    for free in plain.empty_objects():
        if key.startswith(free + "."):
            fields = FREE_FORM_FIELDS.get(free)
            rest = key[len(free) + 1:].split(".")
            if fields is None or (len(rest) == 2 and rest[1] in fields):
                return f"under free-form {free}"
    if key in documented:
        return "documented example"
    return None


def check_keys(keys: Iterable[str], plain: Parsed, documented: set[str],
               legacy: list[tuple[str, str]] = ()) -> Report:
    report = Report()
    for key in sorted(keys):
        reason = next((why for rx, why in UNMAPPABLE if re.fullmatch(rx, key)), None)
        if reason:
            report.unmappable[key] = reason
            continue
        target = key
        for rx, replacement in legacy:
            if re.fullmatch(rx, key):
                target = re.sub(rx, replacement, key)
                break
        how = _exists(target, plain, documented)
        if how is None:
            report.missing.append(key if target == key else f"{key} (as {target})")
        else:
            report.found[key] = how if target == key else f"as {target}: {how}"
    return report


def extract(release: str, component: str) -> dict[str, list[str]]:
    """The key names of one reference set: settings, free-form maps, documented keys."""
    plain, documented = load_reference(reference_files(release, component))
    return {"settings": sorted(plain.leaves), "objects": sorted(plain.objects),
            "documented": sorted(documented)}


def load_keys(release: str, component: str) -> tuple[Parsed, set[str]]:
    """Like load_reference, from the reference files when present, else the key list."""
    if reference_files(release, component):
        return load_reference(reference_files(release, component))
    data = json.loads(KEY_LIST.read_text())[f"{release}/{component}"]
    return (Parsed(leaves=dict.fromkeys(data["settings"], ""), objects=set(data["objects"])),
            set(data["documented"]))


SETS = (("4548", "jvb"), ("11146", "jicofo"), ("11146", "jvb"))


def write_key_list() -> None:
    KEY_LIST.write_text(json.dumps({f"{r}/{c}": extract(r, c) for r, c in SETS}, indent=1,
                                   sort_keys=True) + "\n")
