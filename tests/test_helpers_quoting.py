"""Quoting round-trips: every quoted value reads back unchanged through the real parser.

bash and dash for shell words, lua5.4 for Lua strings, typesafe-config (the parser jvb and
jicofo use) for HOCON strings, node for JavaScript strings, the JDK's
``java.util.Properties`` for properties values.  Each example quotes a batch of values so
that a tool starts once; every tool prints each value as ``<byte length>:<bytes>``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jitsi_configurator import filecheck
from jitsi_configurator.helpers import checks
from jitsi_configurator.helpers.quoting import (
    hocon_string,
    json_string,
    lua_string,
    properties_value,
    shell_double_quoted,
    shell_word,
)

# Any text Python can encode as UTF-8.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
# A shell variable cannot hold NUL.
NO_NUL_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                             blacklist_characters="\0"), max_size=30)
BATCH = 12


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed")
    return path


def length_prefixed(output: bytes) -> list[str]:
    """The values a tool printed as ``<byte length>:<UTF-8 bytes>``, one after the other."""
    values, at = [], 0
    while at < len(output):
        colon = output.index(b":", at)
        end = colon + 1 + int(output[at:colon])
        values.append(output[colon + 1:end].decode())
        at = end
    return values


@pytest.mark.parametrize("shell", ["bash", "dash"])
@pytest.mark.parametrize("quote", [shell_word, shell_double_quoted], ids=lambda f: f.__name__)
@settings(max_examples=25, deadline=None)
@given(values=st.lists(NO_NUL_TEXT, min_size=1, max_size=BATCH))
@example(values=["it's", '"$HOME" `id` \\ \n', "-n", "*", "~"])
def test_shell_words_read_back(shell: str, quote, values: list[str]) -> None:
    # LC_ALL=C: ${#v} counts bytes.
    script = "".join(f"v={quote(v)}; printf '%s:%s' \"${{#v}}\" \"$v\"\n" for v in values)
    out = subprocess.run([tool(shell), "-c", script], capture_output=True, check=True,
                         env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"}).stdout
    assert length_prefixed(out) == values


@settings(max_examples=25, deadline=None)
@given(values=st.lists(ANY_TEXT, min_size=1, max_size=BATCH))
@example(values=['"', "\\", "\0" + "1", "\r\n", "]]", "\\u{41}"])
def test_lua_strings_read_back(values: list[str]) -> None:
    script = "".join(f'local v = {lua_string(v)}; io.write(#v, ":", v)\n' for v in values)
    out = subprocess.run([tool("lua5.4"), "-"], input=script.encode(), capture_output=True,
                         check=True).stdout
    assert length_prefixed(out) == values


@settings(max_examples=15, deadline=None)
@given(values=st.lists(ANY_TEXT, min_size=1, max_size=BATCH))
def test_javascript_strings_read_back(values: list[str]) -> None:
    script = "".join(f"{{ const b = Buffer.from({json_string(v)}); "
                     "process.stdout.write(b.length + ':'); process.stdout.write(b); }\n"
                     for v in values)
    out = subprocess.run([tool("node"), "-"], input=script.encode(), capture_output=True,
                         check=True).stdout
    assert length_prefixed(out) == values


# Reads a file with the real parser and prints the values of keys k0 .. k<n-1>.
READER = """
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

public class Read%(kind)s {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        String[] values = new String[count];
        %(load)s
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.write((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
        }
        out.flush();
    }
}
"""
LOADERS = {
    "Properties": """Properties p = new Properties();
        try (InputStream in = new FileInputStream(args[0])) { p.load(in); }
        for (int i = 0; i < count; i++) values[i] = p.getProperty("k" + i);""",
    "Hocon": """com.typesafe.config.Config c =
            com.typesafe.config.ConfigFactory.parseFile(new File(args[0]));
        for (int i = 0; i < count; i++) values[i] = c.getString("k" + i);""",
}
TYPESAFE_JAR = Path("/usr/share/java/typesafe-config.jar")


@pytest.fixture(scope="module")
def java_reader(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``read(kind, path, count)``: the values a compiled Java reader finds in ``path``."""
    javac, java = tool("javac"), tool("java")
    classes = tmp_path_factory.mktemp("java")
    compiled: set[str] = set()

    def read(kind: str, path: Path, count: int) -> list[str]:
        if kind == "Hocon" and not TYPESAFE_JAR.exists():
            pytest.skip("typesafe-config not installed")
        if kind not in compiled:
            source = classes / f"Read{kind}.java"
            source.write_text(READER % {"kind": kind, "load": LOADERS[kind]})
            subprocess.run([javac, "-cp", str(TYPESAFE_JAR), "-d", str(classes), str(source)],
                           check=True, capture_output=True, timeout=120)
            compiled.add(kind)
        out = subprocess.run([java, "-cp", f"{classes}:{TYPESAFE_JAR}", f"Read{kind}",
                              str(path), str(count)], capture_output=True, check=True,
                             timeout=120).stdout
        return length_prefixed(out)

    return read


@settings(max_examples=12, deadline=None)
@given(values=st.lists(ANY_TEXT, min_size=1, max_size=BATCH))
@example(values=["\U0001f600 astral", " leading blank", "\tleading tab", "\fform feed",
                 "a=b:c", "#not a comment", "back\\slash", "two\nlines", "\u00e9", "\0"])
def test_properties_values_read_back(java_reader, tmp_path_factory,
                                     values: list[str]) -> None:
    text = "".join(f"k{i}={properties_value(v)}\n" for i, v in enumerate(values))
    # The quoted file is plain ASCII and passes the core's own properties check.
    assert text.isascii()
    assert filecheck.REGISTRY["properties"]("/x", text.encode()) is None
    path = tmp_path_factory.mktemp("props") / "values.properties"
    path.write_text(text, encoding="ascii")
    assert java_reader("Properties", path, len(values)) == values


@settings(max_examples=12, deadline=None)
@given(values=st.lists(ANY_TEXT, min_size=1, max_size=BATCH))
@example(values=['"${a}"', "\\", "\n", "\u001f", "\u00e9", "\U0001f600", "// not a comment"])
def test_hocon_strings_read_back(java_reader, tmp_path_factory, values: list[str]) -> None:
    assert hocon_string is json_string  # a JSON string is a HOCON string
    text = "".join(f"k{i} = {hocon_string(v)}\n" for i, v in enumerate(values))
    assert [json.loads(json_string(v)) for v in values] == values
    # The configurator's own check (pyhocon) accepts what the real parser reads back.
    assert checks.hocon_check("/x", text.encode()) is None
    path = tmp_path_factory.mktemp("hocon") / "values.conf"
    path.write_text(text)
    assert java_reader("Hocon", path, len(values)) == values
