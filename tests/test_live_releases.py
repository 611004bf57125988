"""The configurator refuses a Jitsi set that mixes upstream releases (releases.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jitsi_configurator import main
from jitsi_configurator.api import ConfigError
from jitsi_configurator.releases import RECORD_DIR, refuse_mixed, releases

STABLE_11146 = {
    "net-im/jicofo": "1.0.1189.11146", "net-im/jitsi-videobridge": "2.3.307.11146",
    "net-im/jitsi-meet-web": "1.0.9365.11146-r1", "net-im/jitsi-meet-server": "11146",
    "net-im/prosody": "13.0.5",  # not part of the set
    "app-misc/jitsi-meet-master-config": "9999",
}


def record(root: Path, pn: str, release: str) -> None:
    d = root / RECORD_DIR
    d.mkdir(parents=True, exist_ok=True)
    (d / pn).write_text(f'# Written by jitsi-live.eclass\nJITSI_RELEASE="{release}"\n')


def test_stable_versions_name_their_release(tmp_path: Path) -> None:
    assert releases(tmp_path, STABLE_11146) == {
        "net-im/jicofo-1.0.1189.11146": 11146, "net-im/jitsi-meet-server-11146": 11146,
        "net-im/jitsi-meet-web-1.0.9365.11146-r1": 11146,
        "net-im/jitsi-videobridge-2.3.307.11146": 11146}
    refuse_mixed(tmp_path, STABLE_11146)
    refuse_mixed(tmp_path, None)  # no vdb: nothing to compare


def test_live_packages_use_their_records(tmp_path: Path) -> None:
    record(tmp_path, "jicofo", "11146")
    record(tmp_path, "jitsi-meet-server", "11146")
    installed = {**STABLE_11146, "net-im/jicofo": "9999", "net-im/jitsi-meet-server": "9999"}
    assert releases(tmp_path, installed)["net-im/jicofo-9999"] == 11146
    refuse_mixed(tmp_path, installed)


def test_a_mixed_set_is_refused_naming_every_package(tmp_path: Path) -> None:
    record(tmp_path, "jitsi-videobridge", "11200")
    installed = {**STABLE_11146, "net-im/jitsi-videobridge": "9999"}
    with pytest.raises(ConfigError) as err:
        refuse_mixed(tmp_path, installed)
    assert str(err.value).startswith(
        "the installed Jitsi packages come from different releases (release 11146: "
        "net-im/jicofo-1.0.1189.11146, net-im/jitsi-meet-server-11146, "
        "net-im/jitsi-meet-web-1.0.9365.11146-r1; release 11200: "
        "net-im/jitsi-videobridge-9999): install one release")


def test_stable_4548_beside_stable_11146_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=re.escape("release 4548: net-im/jicofo-1.0.567.4548")):
        refuse_mixed(tmp_path, {**STABLE_11146, "net-im/jicofo": "1.0.567.4548"})


@pytest.mark.parametrize("text", ["", 'JITSI_RELEASE="x"\n',
                                  'JITSI_RELEASE="1"\nJITSI_RELEASE="2"\n'])
def test_a_live_package_without_a_usable_record_is_refused(tmp_path: Path, text: str) -> None:
    d = tmp_path / RECORD_DIR
    d.mkdir(parents=True)
    (d / "jicofo").write_text(text)
    with pytest.raises(ConfigError, match=r"cannot tell which Jitsi release "
                                          r"net-im/jicofo-9999 came from .*re-emerge it"):
        refuse_mixed(tmp_path, {"net-im/jicofo": "9999"})


def test_the_command_refuses_before_asking_anything(tmp_path: Path, capsys) -> None:
    record(tmp_path, "jitsi-videobridge", "11200")
    installed = {**STABLE_11146, "net-im/jitsi-videobridge": "9999"}
    rc = main.main(["--root", str(tmp_path)], installed=installed, env={})
    err = capsys.readouterr()
    assert rc == 1
    assert ("jitsi-meet-master-config: the installed Jitsi packages come from different "
            "releases") in err.err
    assert err.out == ""  # no question was asked
    assert not (tmp_path / "etc").exists()
