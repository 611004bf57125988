"""The renderer cannot write a value into an ebuild that bash would execute.

Locks are built directly from the dataclasses here, past the lock file's own checks, so the
renderer is tested as the last barrier on its own.  Rendered ebuilds are sourced by real
bash in a scratch directory: a payload that ran would leave a canary file there.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import jinja2
import pytest
from jitsi_overlay.bump.lock import Lock, LockError, lock_from_dict
from jitsi_overlay.bump.render import make_environment, render_release
from jitsi_overlay.errors import OverlayError
from test_bump_units import TEMPLATES, _lock_data

CANARY = "jitsi-overlay-canary"

PAYLOADS = [
    f'"$(touch {CANARY})"',
    f"`touch {CANARY}`",
    f"$(touch {CANARY})",
    f'";touch {CANARY};"',
    f"x\ntouch {CANARY}\n",
    f"x\rtouch {CANARY}",
    f"x' ; touch {CANARY} ; '",
    f"x touch {CANARY}",
    "x\x1b[2J",
    "${IFS}",
]


def _source(text: str, where: Path) -> str:
    """Source ``text`` as an ebuild with real bash (inherit stubbed); return its SRC_URI."""
    ebuild = where / "x.ebuild"
    ebuild.write_text(text)
    script = 'inherit() { :; }; source ./x.ebuild; printf "%s|%s|%s" "$MY_PN" "$MY_PV" "$SRC_URI"'
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-c", script], cwd=where,
                          capture_output=True, text=True, check=False,
                          env={"PATH": os.environ["PATH"], "HOME": str(where)})
    return proc.stdout


def _hostile_locks(payload: str) -> dict[str, Lock]:
    """One lock per injection point, each carrying ``payload`` there only."""
    good = lock_from_dict(_lock_data())
    jicofo = good.components[0]
    dist = jicofo.distfiles[0]

    def comp(**kw: object) -> Lock:
        return dataclasses.replace(good, components=(dataclasses.replace(jicofo, **kw),
                                                     *good.components[1:]))

    return {
        "distfile url": comp(distfiles=(dataclasses.replace(
            dist, url=f"https://download.jitsi.org/stable/{payload}.deb"),)),
        "distfile name": comp(distfiles=(dataclasses.replace(dist, name=payload),)),
        "deb_package": comp(deb_package=payload),
        "deb_version": comp(deb_version=payload),
        "deb_data": comp(vars={**jicofo.vars, "deb_data": payload + ".zst"}),
        "java slot": comp(vars={**jicofo.vars, "java_slots": [17, payload]}),
        "extra table": comp(extra={"notes": [payload]}),
        "meta version": dataclasses.replace(good, meta={**good.meta, "deb_version": payload}),
    }


@pytest.mark.parametrize("payload", PAYLOADS)
def test_rendering_refuses_every_hostile_value_by_name(payload: str, tmp_path: Path) -> None:
    for point, lock in _hostile_locks(payload).items():
        try:
            out = render_release(lock, TEMPLATES)
        except OverlayError as exc:
            assert repr(payload)[1:-1][:40] in str(exc), (point, str(exc))
            assert "\n" not in str(exc)
            continue
        # Today's behaviour, kept as evidence when this fails: the payload is executed.
        for text in out.values():
            _source(text, tmp_path)
        ran = (tmp_path / CANARY).exists()
        pytest.fail(f"{point}: {payload!r} was rendered; sourcing the ebuilds "
                    f"{'RAN the payload' if ran else 'changed their meaning'}")


def test_odd_but_valid_values_render_and_source_as_literals(tmp_path: Path) -> None:
    """Debian allows epochs, '~', '+' and '.'; such values stay one inert literal word."""
    good = lock_from_dict(_lock_data())
    jicofo = good.components[0]
    version = "2:1.0~rc1+dfsg.2-0~bpo11+1"
    name = "jicofo+x.y_1.0~rc1+dfsg.2-0~bpo11+1_all.deb"
    url = "https://download.jitsi.org/stable/sub%3a1/a=b,c@d/" + name
    lock = dataclasses.replace(good, components=(dataclasses.replace(
        jicofo, deb_package="jicofo+x.y", deb_version=version,
        distfiles=(dataclasses.replace(jicofo.distfiles[0], name=name, url=url),)),
        *good.components[1:]))
    out = render_release(lock, TEMPLATES)
    sourced = _source(out["net-im/jicofo/jicofo-1.0.1189.11146.ebuild"], tmp_path)
    assert sourced == f"jicofo+x.y|{version}|{url}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ebuild"]


def test_every_shipped_template_sources_cleanly(tmp_path: Path) -> None:
    out = render_release(lock_from_dict(_lock_data()), TEMPLATES)
    for rel, text in out.items():
        if "/jitsi-meet-server/" in rel:
            continue  # no SRC_URI
        _, ver, src = _source(text, tmp_path).split("|")
        assert src.startswith("https://download.jitsi.org/stable/") and ver in src, rel


@pytest.mark.parametrize("payload", PAYLOADS)
def test_any_template_refuses_hostile_context(payload: str) -> None:
    """Every template of the environment checks its context, whoever renders it."""
    env = make_environment(TEMPLATES)
    for source, context in [
        ('X="{{ v }}"', {"v": payload}),
        ("X={{ v.deep[0] }}", {"v": {"deep": [payload]}}),
        ("# {{ v }}", {"v": payload}),
    ]:
        with pytest.raises(OverlayError, match="shell-inert word"):
            env.from_string(source).render(**context)


@pytest.mark.parametrize("source", [
    'X="{{ v ~ "$(id)" }}"',
    'X="{{ v | replace(".", "`") }}"',
    '{% set d = "a\nb" %}X="{{ d }}"',
    "X={{ v ~ ';id' }}",
    'X="{{ true }}"',
    'X="{{ 1.5 }}"',
])
def test_finalize_refuses_text_made_inside_a_template(source: str) -> None:
    env = make_environment(TEMPLATES)
    with pytest.raises(OverlayError, match="neither a checked value nor plain text"):
        env.from_string(source).render(v="1.0")


def test_template_text_and_substitutions_still_render() -> None:
    env = make_environment(TEMPLATES)
    text = env.from_string('D="{{ d }}" U="{{ u | replace("jicofo", "${PN}") }}" N={{ n }}'
                           ).render(d="x", u="https://h/jicofo/jicofo-1.tar.gz", n=17)
    assert text == 'D="x" U="https://h/${PN}/${PN}-1.tar.gz" N=17'
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


@pytest.mark.parametrize(("key", "value", "named"), [
    ("url", 'https://download.jitsi.org/x.deb"$(id)"', "url"),
    ("url", "https://download.jitsi.org/../../etc/passwd", "url"),
    ("url", "file:///etc/passwd", "url"),
    ("name", "../../etc/passwd", "name"),
    ("name", "passwd\nDIST evil 1 BLAKE2B 00 SHA512 00", "name"),
    ("size", -60, "size"),
    ("size", 0, "size"),
    ("blake2b", "zz" * 64, "blake2b"),
    ("sha512", "00", "sha512"),
    ("sha256", "$(id)", "sha256"),
])
def test_lock_files_are_held_to_the_same_grammar(key: str, value: object, named: str) -> None:
    data = _lock_data()
    data["components"][0]["distfiles"][0][key] = value
    with pytest.raises(LockError, match=rf": {named} .* is not "):
        lock_from_dict(data)


@pytest.mark.parametrize(("key", "value"), [
    ("name", "../../x"), ("ebuild_version", "1.0/../../x"), ("ebuild_version", "1.0$(id)"),
    ("deb_version", "1.0`id`-1"), ("deb_package", "a b"),
])
def test_lock_names_that_become_paths_are_checked(key: str, value: str) -> None:
    data = _lock_data()
    data["components"][0][key] = value
    with pytest.raises(LockError, match="is not"):
        lock_from_dict(data)
