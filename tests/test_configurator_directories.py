"""The Directory action (made under the root, owner from the root's own passwd/group,
recorded, undone on failure) and bytecode-free callback loading."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
from jitsi_configurator import journal, registry, transaction  # noqa: E402
from jitsi_configurator.api import ConfigError, Directory, File  # noqa: E402

STORE = "/var/lib/prosody/auth%2elocalhost"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    r = tmp_path / "root"
    (r / "etc").mkdir(parents=True)
    # Ids no host account has: the target's own tables must be the ones used.
    (r / "etc/passwd").write_text("root:x:0:0::/root:/bin/sh\nprosody:x:4711:4712::/:/bin/false\n")
    (r / "etc/group").write_text("root:x:0:\nprosody:x:4712:\n")
    return r


def snapshot(root: Path) -> dict[str, tuple]:
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        data = p.read_bytes() if p.is_file() and not p.is_symlink() else None
        out[str(p.relative_to(root))] = (data, st.st_mode, st.st_uid, st.st_gid)
    return out


def store_actions() -> list[tuple[str, object]]:
    return [("prosody", Directory(STORE, 0o750, "prosody", "prosody")),
            ("prosody", Directory(f"{STORE}/accounts", 0o750, "prosody", "prosody")),
            ("prosody", File(f"{STORE}/accounts/focus.dat", "return {};\n", 0o640, "prosody",
                             "prosody", True))]


def test_directories_are_made_in_the_root_with_its_owner_and_recorded(root: Path) -> None:
    plan = transaction.make_plan(root, store_actions())
    transaction.commit(plan)
    for d in (STORE, f"{STORE}/accounts"):
        st = (root / d[1:]).stat()
        assert oct(st.st_mode & 0o7777) == "0o750"
        if os.geteuid() == 0:
            assert (st.st_uid, st.st_gid) == (4711, 4712)
    record = json.loads((root / transaction.RECORD).read_text())
    assert record[STORE] == record[f"{STORE}/accounts"] == "directory"
    again = transaction.make_plan(root, store_actions())
    assert again.changes == [] and STORE in again.unchanged


def test_an_existing_directory_gets_owner_and_mode(root: Path) -> None:
    (root / STORE[1:]).mkdir(0o777, parents=True)
    os.chmod(root / STORE[1:], 0o777)
    plan = transaction.make_plan(root, store_actions()[:1])
    assert [c.action.path for c in plan.changes] == [STORE]
    transaction.commit(plan)
    assert (root / STORE[1:]).stat().st_mode & 0o7777 == 0o750


def test_a_failure_undoes_made_and_changed_directories(root: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (root / "var/lib").mkdir(parents=True)
    os.chmod(root / "var/lib", 0o755)
    (root / "var/lib/old").mkdir(0o755)
    os.chmod(root / "var/lib/old", 0o711)
    before = snapshot(root)
    actions = [*store_actions(), ("x", Directory("/var/lib/old", 0o700)),
               ("x", File("/etc/late.conf", "x\n"))]
    plan = transaction.make_plan(root, actions)

    def disk_fails(label: str) -> None:  # the last file's write fails: all else is done
        if label == "new file written" and any(root.glob("etc/.late.conf.*")):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "step_hook", disk_fails)
    with pytest.raises(ConfigError, match="every file restored"):
        transaction.commit(plan)
    assert snapshot(root) == before


def test_a_thing_of_the_wrong_kind_is_refused_before_writing(root: Path) -> None:
    (root / "var/lib").mkdir(parents=True)
    (root / "var/lib/prosody").write_text("not a directory\n")
    (root / "etc/blocker").mkdir()
    before = snapshot(root)
    with pytest.raises(ConfigError, match="/var/lib/prosody: a regular file where a directory "
                                          "belongs"):
        transaction.make_plan(root, [("p", Directory("/var/lib/prosody"))])
    with pytest.raises(ConfigError, match="/etc/blocker: a directory where a file belongs"):
        transaction.make_plan(root, [("p", File("/etc/blocker", "x\n"))])
    assert snapshot(root) == before


def test_remove_of_a_recorded_directory_keeps_it(root: Path) -> None:
    transaction.commit(transaction.make_plan(root, store_actions()[:1]))
    from jitsi_configurator.api import Remove

    plan = transaction.make_plan(root, [("p", Remove(STORE))])
    assert plan.changes == [] and STORE not in plan.record
    assert (root / STORE[1:]).is_dir()


def test_loading_callbacks_writes_no_bytecode(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cb = tmp_path / "files/configurator"
    cb.mkdir(parents=True)
    (cb / "helper.py").write_text("NAME = 'demo'\n")
    (cb / "callback.py").write_text(
        "import sys\nsys.path.insert(0, __file__.rsplit('/', 1)[0])\nimport helper\n"
        "API_VERSION = 1\nfrom jitsi_configurator.api import Callback\n"
        "CALLBACK = Callback(helper.NAME, 'test/demo', lambda ctx: ())\n")
    try:
        assert registry.load(cb / "callback.py").callback.name == "demo"
    finally:
        sys.path.remove(str(cb))
        sys.modules.pop("helper", None)
    assert not list(tmp_path.rglob("__pycache__"))
    assert sys.dont_write_bytecode is False  # restored for the rest of the process
