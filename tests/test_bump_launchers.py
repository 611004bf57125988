"""The current-generation launchers (-r2) start a real JVM with the HOCON config.

A stand-in main class (compiled here, same class name as upstream) loads its settings
with typesafe-config exactly as jicofo and the bridge do, so the test proves that
``-Dconfig.file`` reaches the library and that the classpath covers ``lib/*``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TYPESAFE = Path("/usr/share/java/typesafe-config.jar")
LAUNCHERS = {
    # package: (env prefix, jar name, main class, config file name)
    "jicofo": ("JICOFO", "jicofo.jar", "org.jitsi.jicofo.Main", "jicofo.conf"),
    "jitsi-videobridge": ("JVB", "jitsi-videobridge.jar", "org.jitsi.videobridge.MainKt",
                          "jvb.conf"),
}

needs_jdk = pytest.mark.skipif(
    shutil.which("javac") is None or shutil.which("java") is None or not TYPESAFE.is_file(),
    reason="needs a JDK and Debian's libtypesafe-config-java",
)

MAIN = """\
package {package};

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

public class {cls} {{
    public static void main(String[] args) {{
        Config c = ConfigFactory.load();
        System.out.println("config.file=" + System.getProperty("config.file"));
        System.out.println("probe=" + c.getString("probe.value"));
        System.out.println("home=" + System.getProperty(
            "net.java.sip.communicator.SC_HOME_DIR_NAME"));
        System.out.println("args=" + String.join(",", args));
    }}
}}
"""


def build_home(tmp: Path, jar: str, main: str) -> Path:
    package, cls = main.rsplit(".", 1)
    src = tmp / "src" / Path(*package.split(".")) / f"{cls}.java"
    src.parent.mkdir(parents=True)
    src.write_text(MAIN.format(package=package, cls=cls))
    classes = tmp / "classes"
    subprocess.run(["javac", "-cp", str(TYPESAFE), "-d", str(classes), str(src)], check=True)
    home = tmp / "home"
    (home / "lib").mkdir(parents=True)
    subprocess.run(["jar", "cf", str(home / jar), "-C", str(classes), "."], check=True)
    shutil.copy(TYPESAFE, home / "lib" / "config.jar")
    return home


@needs_jdk
@pytest.mark.parametrize("pn", sorted(LAUNCHERS))
def test_launcher_runs_the_main_class_with_the_hocon_config(pn: str, tmp_path: Path) -> None:
    up, jar, main, conf_name = LAUNCHERS[pn]
    home = build_home(tmp_path, jar, main)
    conf = tmp_path / conf_name
    conf.write_text('probe {\n  value = "from HOCON"\n}\n')
    env = {
        "PATH": os.environ["PATH"],
        f"{up}_HOME": str(home),
        f"{up}_CONFIG": str(conf),
        f"{up}_LOGGING_CONFIG": str(tmp_path / "logging.properties"),
        f"{up}_JAVA": shutil.which("java") or "java",
        f"{up}_MAX_MEMORY": "64m",
    }
    launcher = REPO / "net-im" / pn / "files" / f"{pn}.launcher-r2"
    res = subprocess.run(["sh", str(launcher), "--extra"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert f"config.file={conf}" in res.stdout
    assert "probe=from HOCON" in res.stdout
    assert "args=--extra" in res.stdout


@pytest.mark.parametrize("pn", sorted(LAUNCHERS))
def test_launcher_refuses_without_java_or_config(pn: str, tmp_path: Path) -> None:
    up = LAUNCHERS[pn][0]
    launcher = REPO / "net-im" / pn / "files" / f"{pn}.launcher-r2"
    env = {"PATH": os.environ["PATH"], f"{up}_CONFIG": str(tmp_path / "missing.conf")}
    res = subprocess.run(["sh", str(launcher)], env=env, capture_output=True, text=True)
    candidates = [Path(f"/usr/lib/jvm/{vm}-{slot}/bin/java") for slot in (21, 17)
                  for vm in ("openjdk-bin", "openjdk", "openjdk-jre-bin")]
    if not any(c.exists() for c in candidates):  # Debian names its JVMs differently
        assert res.returncode == 1
        assert "no Java 21 or 17 runtime" in res.stderr
    env[f"{up}_JAVA"] = "/bin/true"
    res = subprocess.run(["sh", str(launcher)], env=env, capture_output=True, text=True)
    assert res.returncode == 1
    assert "missing.conf is missing: run emerge --config" in res.stderr


@pytest.mark.parametrize("pn", sorted(LAUNCHERS))
def test_init_script_and_confd_are_valid_shell(pn: str, tmp_path: Path) -> None:
    files = REPO / "net-im" / pn / "files"
    subprocess.run(["sh", "-n", str(files / f"{pn}.initd-r2")], check=True)
    # conf.d doubles as a systemd EnvironmentFile: sourcing it must print nothing and
    # define every variable the launcher reads.
    up = LAUNCHERS[pn][0]
    script = f'. "{files / f"{pn}.confd-r2"}"; echo "${{{up}_CONFIG}}|${{{up}_MAX_MEMORY}}"'
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True)
    conf = LAUNCHERS[pn][3]
    assert out.stdout.strip().startswith("/etc/jitsi/") and out.stdout.strip().endswith(
        f"/{conf}|3072m")
