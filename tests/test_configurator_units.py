"""Unit and property tests of the configurator core: validators, master file, registry."""

from __future__ import annotations

import contextlib
import ipaddress
import re
import string
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jitsi_configurator import (
    defaults,
    masterfile,
    registry,
)
from jitsi_configurator import settings as jsettings
from jitsi_configurator import validate as v
from jitsi_configurator.api import Callback, ConfigError, Context, MasterConfig, generation_of
from jitsi_configurator.keys import ALL_KEYS, SEED_KEYS

VALIDATORS = [v.hostname, v.ip_address, v.ram, v.username, v.service_user, v.password,
              v.email, v.path, v.yes_no, v.secret, v.uuid, v.port, v.url]
NO_NUL = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)))
SHELLY = st.text(st.sampled_from(list("$`\"'\\\n\t ;|&(){}<>#*?~=!ab1é")), max_size=30)


def test_seed_has_28_keys_in_order() -> None:
    assert len(SEED_KEYS) == 28 and SEED_KEYS[0] == "JMMC_BATCH_MODE"
    assert SEED_KEYS[-1] == "JMMC_CONFIGURED"


# --- validators -------------------------------------------------------------

@pytest.mark.parametrize("check", VALIDATORS, ids=lambda f: f.__name__)
@given(value=st.text(max_size=80))
def test_validators_accept_or_raise_config_error_and_are_idempotent(check, value: str) -> None:
    try:
        out = check(value)
    except ConfigError as exc:
        assert str(exc)  # a message that says what is wrong
        return
    assert check(out) == out


@given(st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?(?:\.[a-z0-9]{1,10}){0,3}\.[a-z]{2,10}\Z"))
def test_hostname_accepts_fqdns(name: str) -> None:
    assert v.hostname(name.upper()) == name


@pytest.mark.parametrize("bad", ["", "foo", "foo bar.org", "-a.org", "a-.org", "a..org",
                                 "1.2.3.4", "a.b.c1", "x" * 64 + ".org", "a_b.org",
                                 ("a" * 63 + ".") * 4 + "org"])
def test_hostname_rejects(bad: str) -> None:
    with pytest.raises(ConfigError, match="hostname"):
        v.hostname(bad)


@given(st.ip_addresses())
def test_ip_accepts_every_address(ip) -> None:
    assert ipaddress.ip_address(v.ip_address(str(ip))) == ip


@given(st.integers(0, 2**40), st.sampled_from(["", "k", "m", "g", "K", "M", "G"]))
def test_ram_rule(n: int, unit: str) -> None:
    size = n * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit.lower()]
    text = f"{n}{unit}"
    if size >= 256 * 1024**2 and size % 1024 == 0 and len(str(n)) <= 15:
        assert v.ram_bytes(text) == size
    else:
        with pytest.raises(ConfigError):
            v.ram(text)


def test_ram_examples() -> None:
    assert v.ram("1024m") == "1024m" and v.ram("1G") == "1g" and v.ram("262144k") == "262144k"
    for bad in ("255m", "268435457", "1t", "m", "-1g", "1.5g"):
        with pytest.raises(ConfigError):
            v.ram(bad)


@pytest.mark.parametrize("name", ["focus", "jvb"])
def test_convener_cannot_take_internal_accounts(name: str) -> None:
    with pytest.raises(ConfigError, match="internal account"):
        v.username(name)
    assert v.service_user(name) == name


@given(st.from_regex(r"\A[a-z0-9._+-]{1,20}@[a-z]{1,10}\.[a-z]{2,6}\Z"))
def test_email_accepts(addr: str) -> None:
    if ".." not in addr.split("@")[0]:
        assert v.email(addr) == addr


@pytest.mark.parametrize("bad", ["a", "a@b", "a b@c.org", "@c.org", "a@localhost", "a@@c.org"])
def test_email_rejects(bad: str) -> None:
    with pytest.raises(ConfigError, match="email"):
        v.email(bad)


@pytest.mark.parametrize("bad", ["rel/path", "/a/../b", "/a//b", "/a/./b", "/a\nb", "/a/"])
def test_path_rejects(bad: str) -> None:
    with pytest.raises(ConfigError, match="path"):
        v.path(bad)


def test_public_addresses() -> None:
    assert v.is_public("82.221.139.201") and v.is_public("2a00:1450::1")
    for private in ("localhost", "127.0.0.2", "10.1.1.1", "172.16.0.1", "192.168.1.1",
                    "100.64.0.1", "169.254.1.1", "fd00::1", "fe80::1", "::1", "203.0.113.5"):
        assert not v.is_public(private), private


def test_generated_secrets_pass_their_validators() -> None:
    assert defaults.load_words(Path("/nonexistent")) == []
    for _ in range(50):
        assert v.secret(defaults.secret()) and v.uuid(defaults.muc_uuid())
        fallback = v.password(defaults.word_password([]))  # syllable words
        assert re.fullmatch(r"([a-z]{6}-){2}[a-z]{6}", fallback)
    assert len({defaults.secret() for _ in range(100)}) == 100


def test_default_external_address_is_offline_and_injectable() -> None:
    off = {"JMMC_NO_NETWORK": "y"}
    assert defaults.external_address("localhost", {}) == "localhost"
    assert defaults.external_address("a.example.org", off) == "localhost"
    dns = {**off, "JMMC_DNS_OVERRIDE": "a.example.org=2001:db8::1,a.example.org=192.0.2.4"}
    assert defaults.external_address("a.example.org", dns) == "192.0.2.4"  # A record first
    assert defaults.external_address("b.example.org", dns) == "localhost"
    pub = {**off, "JMMC_PUBLIC_ADDRESS": "82.221.139.201"}
    assert defaults.external_address("b.example.org", pub) == "82.221.139.201"


def test_system_dictionary_is_used(tmp_path: Path) -> None:
    d = tmp_path / "usr/share/dict"
    d.mkdir(parents=True)
    (d / "words").write_text("\n".join(f"w{a}{b}{c}x" for a in string.ascii_lowercase
                                       for b in string.ascii_lowercase for c in "abc") + "\nÄbc\n")
    words = defaults.load_words(tmp_path)
    assert len(words) == 26 * 26 * 3 and "Äbc" not in words
    assert defaults.word_password(words).split("-")[0] in words


# --- master file ------------------------------------------------------------

@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(ALL_KEYS), NO_NUL))
def test_master_file_round_trip(values: dict[str, str]) -> None:
    text = masterfile.format_config(values)
    assert masterfile.parse(text) == (values, [])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(SHELLY, NO_NUL.filter(lambda s: len(s.encode()) < 200)))
def test_shell_reads_the_same_value_and_runs_nothing(tmp_path: Path, value: str) -> None:
    marker = tmp_path / "pwned"
    f = tmp_path / "cfg"
    f.write_text(masterfile.format_config({"LE_EMAIL": value,
                                           "JVB_HOSTNAME": f"$(touch {marker})"}))
    out = subprocess.run(["sh", "-c", '. "$1"; printf %s "$LE_EMAIL"', "sh", str(f)],
                         capture_output=True, check=True)
    assert out.stdout.decode("utf-8", "surrogateescape") == value
    assert not marker.exists()


@given(st.text(max_size=200))
def test_parse_never_crashes(text: str) -> None:
    with contextlib.suppress(ConfigError):
        masterfile.parse(text)


def test_parse_reads_a_2020_style_file_literally() -> None:
    seed = 'JMMC_BATCH_MODE="n"\n# comment\nJVB_HOSTNAME="foo.barfoo.org"\nJVB_PORT=5347\n' \
           "LE_EMAIL='a@b.org' # trailing\nOTHER=\"x\"\nexport LE_WEBROOT=\"$(id)\"\n"
    values, unknown = masterfile.parse(seed)
    assert values == {"JMMC_BATCH_MODE": "n", "JVB_HOSTNAME": "foo.barfoo.org",
                      "JVB_PORT": "5347", "LE_EMAIL": "a@b.org", "LE_WEBROOT": "$(id)"}
    assert unknown == ["OTHER"]
    for bad in ("A=b c", "echo hi", 'A="open', "A='open"):
        with pytest.raises(ConfigError, match="line 1"):
            masterfile.parse(bad)


# --- settings ----------------------------------------------------------------

def test_complete_keeps_secrets_unless_rotating() -> None:
    first = jsettings.complete({"JVB_HOSTNAME": "localhost"}, None)
    prev = MasterConfig(first)
    again = jsettings.complete({"JVB_HOSTNAME": "localhost"}, prev)
    rotated = jsettings.complete({"JVB_HOSTNAME": "localhost"}, prev, rotate=True)
    for key in ("JVB_SECRET", "JICOFO_SECRET", "TURN_SECRET", "MUC_UUID", "JVB_AUTH_PASSWORD"):
        assert again[key] == first[key] != rotated[key]


def test_check_names_every_invalid_value(tmp_path: Path) -> None:
    vals = jsettings.complete({"JVB_HOSTNAME": "meet.example.org", "JVB_EXTERNAL_IP": "1.2.3",
                               "JVB_MAX_MEMORY": "12m", "JICOFO_CONVENE_USER": "focus",
                               "LE_ENABLE_AUTO": "y", "LE_EMAIL": "x"}, None)
    _, errors = jsettings.check(vals, tmp_path)
    text = "\n".join(errors)
    for key in ("JVB_EXTERNAL_IP", "JVB_MAX_MEMORY", "JICOFO_CONVENE_USER", "LE_EMAIL",
                "LE_ENABLE_AUTO"):
        assert key in text


# --- api and registry ----------------------------------------------------------

@pytest.mark.parametrize(("version", "gen"), [
    ("1.0.567.4548", "2020"), ("2.1.197.4548", "2020"), ("4548", "2020"),
    ("1.0.4074.4548-r1", "2020"), ("2.3.160.10314", "hocon"), ("1.0.1100.10314", "hocon"),
    ("10314", "hocon")])
def test_generation(version: str, gen: str) -> None:
    assert generation_of(version) == gen


def test_master_config_is_immutable_and_hides_secrets() -> None:
    cfg = MasterConfig({"JVB_HOSTNAME": "a.example.org", "TURN_SECRET": "s3cr3tS3cr3tS3cr3t"})
    assert cfg.auth_domain == "auth.a.example.org"
    assert "s3cr3t" not in repr(cfg)
    with pytest.raises(AttributeError):
        cfg.x = 1  # type: ignore[attr-defined]
    with pytest.raises(ConfigError):
        MasterConfig({"NOPE": "1"})


def _cb(name: str, after: tuple[str, ...] = ()) -> registry.Loaded:
    return registry.Loaded(Callback(name, "cat/pkg", lambda ctx: [], after=after),
                           Path(f"/x/{name}/callback.py"))


def test_order_follows_after_ignores_missing_and_rejects_cycles() -> None:
    got = registry.order([_cb("c", ("a", "zz")), _cb("b", ("c",)), _cb("a")])
    assert [cb.name for cb, _ in got] == ["a", "c", "b"]
    with pytest.raises(ConfigError, match="cycle among a, b"):
        registry.order([_cb("a", ("b",)), _cb("b", ("a",))])


def test_duplicate_callback_names_fail(tmp_path: Path) -> None:
    for d in ("one", "two"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "callback.py").write_text(
            "API_VERSION = 1\nfrom jitsi_configurator.api import Callback\n"
            "CALLBACK = Callback('same', 'a/b', lambda c: [])\n")
    with pytest.raises(ConfigError, match="duplicate callback name 'same'"):
        registry.load_all(registry.find_files(tmp_path, ["*/callback.py"]))


def test_context_reads_inside_root_and_renders_templates(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc/x").write_text("hello")
    (tmp_path / "t").mkdir()
    (tmp_path / "t/a.j2").write_text("{{ host }}\n")
    ctx = Context(MasterConfig({}), None, tmp_path, {"net-im/jicofo": "1.0.567.4548"},
                  templates_dir=tmp_path / "t")
    assert ctx.read_text("/etc/x") == "hello" and ctx.read_text("/etc/y") is None
    assert ctx.template("a.j2", host="h") == "h\n"
    assert ctx.generation("net-im/jicofo") == "2020"
    with pytest.raises(ConfigError):
        ctx.template("a.j2")  # StrictUndefined


# --- file validators (real tools where installed) -----------------------------------

GOOD = [("json", b'{"a": [1]}'), ("properties", b"a.b=1\nc: \\u00e9\n# x\nd = e\\\n  f\n"),
        ("shell-env", b'JAVA_OPTS="-Xmx1024m"\n'),
        ("shell-env", b'NAME="caf\xe9"\n')]  # not UTF-8: the tool gets the bytes as they are
BAD = [("json", b"{"), ("properties", b"a=\\uzz12"), ("shell-env", b'A="unclosed\n'),
       ("pem-cert", b"nothing"), ("pem-key", b"nothing")]


@pytest.mark.parametrize(("name", "data"), GOOD, ids=[n for n, _ in GOOD])
def test_file_validators_accept(name: str, data: bytes) -> None:
    from jitsi_configurator import filecheck

    assert filecheck.run(name, "/x", data) is None


@pytest.mark.parametrize(("name", "data"), BAD, ids=[n for n, _ in BAD])
def test_file_validators_reject(name: str, data: bytes) -> None:
    from jitsi_configurator import filecheck

    with pytest.raises(ConfigError, match=r"^/x: "):
        filecheck.run(name, "/x", data)


def test_component_formats_are_not_the_cores() -> None:
    from jitsi_configurator import filecheck

    for name in ("lua", "nginx-site", "nginx-stream", "hocon", "turnserver"):
        with pytest.raises(ConfigError, match=f"unknown validator {name!r}.*callback's own"):
            filecheck.run(name, "/x", b"")


def test_a_callable_validator_is_the_callbacks_own() -> None:
    from jitsi_configurator import filecheck

    seen = []

    def check(path: str, data: bytes) -> None:
        seen.append((path, data))
        if data != b"ok":
            raise ConfigError(f"{path}: not ok")

    assert filecheck.run(check, "/a", b"ok") is None and seen == [("/a", b"ok")]
    with pytest.raises(ConfigError, match=r"^/a: not ok$"):
        filecheck.run(check, "/a", b"no")


def test_pem_validators_use_openssl(tmp_path: Path) -> None:
    from jitsi_configurator import filecheck

    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=a", "-keyout", str(tmp_path / "k"), "-out",
                    str(tmp_path / "c")], check=True, capture_output=True)
    key, crt = (tmp_path / "k").read_bytes(), (tmp_path / "c").read_bytes()
    assert filecheck.run("pem-key", "/k", key) is None
    assert filecheck.run("pem-cert", "/c", crt) is None
    with pytest.raises(ConfigError, match="openssl rejects it"):
        filecheck.run("pem-cert", "/c", crt.replace(b"\n", b"\n!", 3))
    with pytest.raises(ConfigError, match="unknown validator 'yaml'"):
        filecheck.run("yaml", "/y", b"")


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(["json", "properties"]), st.binary(max_size=100))
def test_parser_validators_fail_only_with_config_error(name: str, data: bytes) -> None:
    from jitsi_configurator import filecheck

    with contextlib.suppress(ConfigError):
        filecheck.run(name, "/x", data)


def test_installed_versions_come_from_portages_vdb(tmp_path: Path) -> None:
    from jitsi_configurator import system

    assert system.installed(tmp_path) is None  # no vdb: the caller decides
    for cpv in ("net-im/jicofo-1.0.567.4548", "net-im/jitsi-videobridge-2.1.197.4548-r1"):
        d = tmp_path / "var/db/pkg" / cpv
        d.mkdir(parents=True)
        for name, text in (("CATEGORY", cpv.split("/")[0]), ("PF", cpv.split("/")[1]),
                           ("SLOT", "0"), ("EAPI", "8")):
            (d / name).write_text(text + "\n")
    found = system.installed(tmp_path)
    assert found == {"net-im/jicofo": "1.0.567.4548",
                     "net-im/jitsi-videobridge": "2.1.197.4548-r1"}
    ctx = Context(MasterConfig({}), None, tmp_path, found)
    assert ctx.generation("net-im/jitsi-videobridge") == "2020"


# --- generation defaults and the certificate helper ------------------------------------

def test_turn_settings_follow_the_generation_when_empty() -> None:
    cfg = MasterConfig({})
    assert cfg.turn("2020") == (4446, 4445, True)
    assert cfg.turn("hocon") == (3478, 5349, False)
    with pytest.raises(ConfigError, match="TURN_PORT='' is not a port"):
        cfg.port("TURN_PORT")  # only turn() knows the generation
    chosen = MasterConfig({"TURN_PORT": "40000", "TURNS_PORT": "40001", "JMMC_TURN_MUX": "n"})
    assert chosen.turn("2020") == (40000, 40001, False)
    assert chosen.turn("hocon") == (40000, 40001, False)
    # The current generation has no TURN multiplexer, whatever the flag says.
    assert MasterConfig({"JMMC_TURN_MUX": "y"}).turn("hocon") == (3478, 5349, False)


def test_legacy_turn_defaults_count_as_empty(tmp_path: Path) -> None:
    """Configurators before this one wrote 4446/4445/y although nobody chose them."""
    legacy = {"JVB_HOSTNAME": "localhost", "TURN_PORT": "4446", "TURNS_PORT": "4445",
              "JMMC_TURN_MUX": "y"}
    values, errors = jsettings.check(jsettings.complete(legacy, None), tmp_path)
    assert errors == [] and not {"TURN_PORT", "TURNS_PORT", "JMMC_TURN_MUX"} & {
        k for k, x in values.items() if x}
    assert "TURN_PORT" not in masterfile.format_config(values)
    assert MasterConfig(values).turn("hocon") == (3478, 5349, False)
    assert MasterConfig(values).turn("2020") == (4446, 4445, True)
    chosen = {**legacy, "TURN_PORT": "3479", "JMMC_TURN_MUX": "n"}
    values, errors = jsettings.check(jsettings.complete(chosen, None), tmp_path)
    assert errors == [] and (values["TURN_PORT"], values["JMMC_TURN_MUX"]) == ("3479", "n")
    _, errors = jsettings.check(jsettings.complete({**legacy, "TURNS_PORT": "x"}, None), tmp_path)
    assert [e.split(":")[0] for e in errors] == ["TURNS_PORT='x'"]


def test_self_signed_keeps_key_material_off_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    from jitsi_configurator import api

    calls: list[tuple[list[str], str]] = []
    real = subprocess.run

    def spy(argv, *a, **kw):  # type: ignore[no-untyped-def]
        p = real(argv, *a, **kw)
        calls.append((list(argv), kw.get("input") or ""))
        return p

    monkeypatch.setattr(api.subprocess, "run", spy)
    key, crt = api.self_signed(["a.example.org", "*.a.example.org"], 60)
    assert key.startswith("-----BEGIN PRIVATE KEY-----") and "CERTIFICATE" in crt
    assert api.cert_fits(crt, key, "a.example.org", self_signed_only=True)
    assert api.cert_fits(crt, key, "*.a.example.org", self_signed_only=True)
    assert not api.cert_fits(crt, key, "b.example.org", self_signed_only=True)
    assert not api.cert_fits(crt, key, "a.example.org", self_signed_only=True,
                             seconds=61 * 86400)  # expires within that time
    other_key, _ = api.self_signed(["a.example.org"], 30)
    assert not api.pair_matches(crt, other_key)
    assert calls and all("PRIVATE KEY" not in " ".join(argv) and "-----" not in " ".join(argv)
                         for argv, _ in calls)
    assert any("PRIVATE KEY" in stdin for _, stdin in calls)  # it went through a pipe
