"""``set_shell_assignment``: the one edit of a conf.d file (heap size, OpenRC hostname).

Read back by the real shells: after the edit, sourcing the file gives the new value; every
other line keeps its bytes; a second edit with the same value changes nothing.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jitsi_configurator.helpers.textedit import set_shell_assignment

KEY = "JVB_MAX_MEMORY"
other_line = st.sampled_from([
    "# comment\n", "\n", 'OTHER="1"\n', "  # JVB_MAX_MEMORY=commented\n",
    'JVB_MAX_MEMORY_EXTRA="x"\n', "export FOO=bar\n",
])
own_line = st.sampled_from([f'{KEY}="512m"\n', f"  {KEY}=2g\n", f"{KEY}=''\n", f"\t{KEY}=1\n"])
conf_text = st.lists(other_line | own_line, max_size=6).map("".join) | st.sampled_from(
    ["", f'{KEY}="1"', 'OTHER="1"'])  # also: no trailing newline
value = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20) | \
    st.sampled_from(["2048m", '"$HOME" `id` \\'])


def sourced(shell: str, text: str) -> str:
    path = shutil.which(shell)
    if path is None:
        pytest.skip(f"{shell} not installed")
    script = f'{text}\nprintf %s "${KEY}"\n'
    return subprocess.run([path, "-c", script], capture_output=True, check=True,
                          text=True).stdout


@pytest.mark.parametrize("shell", ["bash", "dash"])
@settings(max_examples=60, deadline=None)
@given(text=conf_text, new=value)
@example(text="", new="1024m")
def test_edit_sets_the_value_and_nothing_else(shell: str, text: str, new: str) -> None:
    edited = set_shell_assignment(text, KEY, new)
    assert sourced(shell, edited) == new
    assert set_shell_assignment(edited, KEY, new) == edited  # a re-run changes nothing
    before, after = text.splitlines(keepends=True), edited.splitlines(keepends=True)
    own = [i for i, line in enumerate(before) if line.lstrip(" \t").startswith(f"{KEY}=")]
    if own:
        # Each assignment is edited in place, keeping its indentation and line ending.
        assert len(after) == len(before)
        assert all(a == b for i, (a, b) in enumerate(zip(before, after, strict=True))
                   if i not in own)
        for i in own:
            indent = before[i][: len(before[i]) - len(before[i].lstrip(" \t"))]
            assert after[i].startswith(indent + f"{KEY}=")
            assert after[i].endswith("\n") == before[i].endswith("\n")
    else:
        # Appended; a last line without a newline gets one first.
        assert edited.startswith(text) and edited.endswith("\n")
        assert len(after) == len(before) + 1


def test_openrc_hostname_file() -> None:
    text = '# Set to the hostname of this machine\nhostname="gentoo"\n'
    assert set_shell_assignment(text, "hostname", "meet.example.org") == (
        '# Set to the hostname of this machine\nhostname="meet.example.org"\n')
