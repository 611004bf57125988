"""Parse jicofo/videobridge configuration with the real typesafe-config parser.

``HoconDump.java`` is compiled once per process into a cache directory and run with
the Debian jar on the class path; its output lists every object and leaf path.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

JAR = Path("/usr/share/java/typesafe-config.jar")
SOURCE = Path(__file__).with_name("HoconDump.java")


class HoconError(Exception):
    """typesafe-config refused a file; the message is the parser's (file: line: reason)."""


@dataclass
class Parsed:
    leaves: dict[str, str] = field(default_factory=dict)  # path -> rendered value
    objects: set[str] = field(default_factory=set)

    def empty_objects(self) -> set[str]:
        """Objects with no children: free-form maps such as ``apis.xmpp-client.configs``."""
        return {o for o in self.objects
                if not any(p.startswith(o + ".") for p in (*self.leaves, *self.objects))}


@functools.cache
def _classes() -> Path:
    out = Path(tempfile.mkdtemp(prefix="hocon-dump-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    proc = subprocess.run(["javac", "-cp", str(JAR), "-d", str(out), str(SOURCE)],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise HoconError(f"javac {SOURCE} failed: {proc.stderr.strip()}")
    return out


def parse_files(*files: Path) -> dict[Path, Parsed]:
    """Parse each file (HOCON, or properties syntax for ``*.properties``)."""
    proc = subprocess.run(
        ["java", "-cp", f"{_classes()}:{JAR}", "HoconDump", *map(str, files)],
        capture_output=True, text=True, timeout=120,
    )
    if proc.returncode != 0:
        raise HoconError(proc.stderr.strip() or f"java exited {proc.returncode}")
    result: dict[Path, Parsed] = {}
    current: Parsed | None = None
    for line in proc.stdout.splitlines():
        kind, path, value = line.split("\t", 2)
        if kind == "F":
            current = result.setdefault(Path(path), Parsed())
        elif current is not None and kind == "O":
            current.objects.add(path)
        elif current is not None:
            current.leaves[path] = value
    return result


def parse(file: Path) -> Parsed:
    return parse_files(file)[file]
