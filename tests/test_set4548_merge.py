"""Merge the whole 4548 set with real portage, from synthetic stand-in distfiles.

The stand-ins have the real distfile names: a small source tree as
jitsi-meet_4548.tar.gz, a small .deb, and two small Maven projects as the
jicofo and bridge archives whose artifacts (plugins, a dependency, a
timestamped SNAPSHOT) come from Debian's offline repository /usr/share/maven-repo
laid out as distfiles.  A test lock (real sizes and hashes of those files) is
rendered through the same templates into a copy of the overlay, and
``emerge net-im/jitsi-meet-server`` merges everything into a prefix: acct
packages, the .deb kind, the source kind, and two real offline ``mvn`` builds
through maven-offline.eclass.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
from jitsi_overlay.bump.lock import Component, Distfile, Lock
from jitsi_overlay.bump.manifest import manifests_for
from jitsi_overlay.bump.render import render_release

pytestmark = pytest.mark.slow

DEBIAN_REPO = Path("/usr/share/maven-repo")
CENTRAL = "https://repo.maven.apache.org/maven2"
SNAPSHOTS = "https://github.com/jitsi/jitsi-maven-repository/raw/master/snapshots"
SNAPSHOT_PATH = "org/jitsi/fake-util/1.0-SNAPSHOT/fake-util-1.0-20190319.172749-1"
SOURCE_DIR = "jitsi-meet-stable-jitsi-meet_4548"
JAVA = {"jicofo": ("jicofo.sh", "org.jitsi.jicofo.Main", "1.1-SNAPSHOT"),
        "jitsi-videobridge": ("jvb.sh", "org.jitsi.videobridge.Main", "2.1-SNAPSHOT")}

PROVIDED = (
    "app-arch/unzip-6.0_p31", "app-crypt/certbot-5.6.0", "dev-java/maven-bin-3.9.16",
    "dev-lang/python-3.11.15", "dev-libs/openssl-3.5.4", "dev-python/jinja2-3.1.6",
    "net-im/coturn-4.17.2", "net-im/prosody-13.0.5", "sys-apps/miscfiles-1.5-r4",
    "sys-apps/portage-3.0.77", "virtual/jdk-11", "virtual/jre-11", "virtual/tmpfiles-0-r7",
    "www-servers/nginx-1.30.0",
)

needs_maven = pytest.mark.skipif(
    shutil.which("mvn") is None or shutil.which("javac") is None
    or not (DEBIAN_REPO / "org/apache/maven/plugins/maven-assembly-plugin").is_dir(),
    reason="needs mvn, a JDK and Debian's Maven plugins in /usr/share/maven-repo",
)

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.jitsi</groupId>
  <artifactId>{name}</artifactId>
  <version>{version}</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>11</maven.compiler.release>
    <assembly.skipAssembly>true</assembly.skipAssembly>
  </properties>
  <repositories>
    <repository>
      <id>jitsi-snapshots</id>
      <url>{snapshots}</url>
      <snapshots><enabled>true</enabled></snapshots>
    </repository>
  </repositories>
  <dependencies>
    <dependency>
      <groupId>org.apache.commons</groupId>
      <artifactId>commons-lang3</artifactId>
      <version>3.12.0</version>
    </dependency>
    <dependency>
      <groupId>org.jitsi</groupId>
      <artifactId>fake-util</artifactId>
      <version>1.0-SNAPSHOT</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.0</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.10.1</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>2.22.3</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.3.0</version></plugin>
      <plugin>
        <artifactId>maven-assembly-plugin</artifactId>
        <version>3.4.2</version>
        <configuration>
          <descriptors><descriptor>src/assembly/archive.xml</descriptor></descriptors>
        </configuration>
        <executions>
          <execution><id>archive</id><phase>package</phase><goals><goal>single</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""

ASSEMBLY = """<assembly xmlns="http://maven.apache.org/ASSEMBLY/2.1.0">
  <id>archive</id>
  <formats><format>zip</format></formats>
  <files>
    <file>
      <source>target/${{project.artifactId}}-${{project.version}}.jar</source>
      <destName>${{project.artifactId}}.jar</destName>
    </file>
    <file><source>resources/launcher.sh</source><destName>{launcher}</destName></file>
  </files>
  <dependencySets>
    <dependencySet>
      <outputDirectory>lib</outputDirectory>
      <useProjectArtifact>false</useProjectArtifact>
    </dependencySet>
  </dependencySets>
</assembly>
"""

SNAPSHOT_METADATA = """<metadata>
  <groupId>org.jitsi</groupId><artifactId>fake-util</artifactId><version>1.0-SNAPSHOT</version>
  <versioning>
    <snapshot><timestamp>20190319.172749</timestamp><buildNumber>1</buildNumber></snapshot>
    <lastUpdated>20190319172749</lastUpdated>
  </versioning>
</metadata>
"""


def distfile(path: Path, url: str) -> Distfile:
    data = path.read_bytes()
    return Distfile(name=path.name, url=url, size=len(data),
                    blake2b=hashlib.blake2b(data).hexdigest(),
                    sha512=hashlib.sha512(data).hexdigest())


def add_tar(tar: tarfile.TarFile, name: str, text: str, mode: int = 0o644) -> None:
    data = text.encode()
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), mode
    tar.addfile(info, io.BytesIO(data))


def java_source(name: str, version: str) -> tuple[str, dict[str, str]]:
    launcher, main_class, _ = JAVA[name]
    package, cls = main_class.rsplit(".", 1)
    files = {
        "pom.xml": POM.format(name=name, version=version, snapshots=SNAPSHOTS),
        "src/assembly/archive.xml": ASSEMBLY.format(launcher=launcher),
        "resources/launcher.sh": f'#!/bin/sh\nmainClass="{main_class}"\nexec java "$@"\n',
        f"src/main/java/{package.replace('.', '/')}/{cls}.java": (
            f"package {package};\n"
            "import org.apache.commons.lang3.StringUtils;\n"
            f"public class {cls} {{\n"
            "  public static void main(String[] a) {\n"
            "    System.out.println(StringUtils.upperCase(org.jitsi.fake.Util.name()));\n"
            "  }\n}\n"
        ),
    }
    return f"{name}-stable-jitsi-meet_4548", files


def fake_util(work: Path) -> dict[str, bytes]:
    """A timestamped SNAPSHOT jar and pom, as a Jitsi snapshot repository serves them."""
    src = work / "fake-util" / "org" / "jitsi" / "fake"
    src.mkdir(parents=True)
    (src / "Util.java").write_text(
        'package org.jitsi.fake;\npublic class Util { public static String name() '
        '{ return "focus"; } }\n')
    out = work / "fake-util-classes"
    subprocess.run(["javac", "--release", "11", "-d", str(out), str(src / "Util.java")],
                   check=True, capture_output=True)
    jar = io.BytesIO()
    with zipfile.ZipFile(jar, "w") as zf:
        zf.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
        zf.write(out / "org/jitsi/fake/Util.class", "org/jitsi/fake/Util.class")
    pom = ('<project><modelVersion>4.0.0</modelVersion><groupId>org.jitsi</groupId>'
           '<artifactId>fake-util</artifactId><version>1.0-SNAPSHOT</version></project>\n')
    return {f"{SNAPSHOT_PATH}.jar": jar.getvalue(), f"{SNAPSHOT_PATH}.pom": pom.encode()}


def capture_artifacts(work: Path, project: Path, snapshots: dict[str, bytes]) -> list[str]:
    """Maven paths a build needs: one online build against local file:// repositories."""
    snaprepo = work / "snaprepo"
    for path, data in snapshots.items():
        (snaprepo / path).parent.mkdir(parents=True, exist_ok=True)
        (snaprepo / path).write_bytes(data)
    (snaprepo / SNAPSHOT_PATH).parent.joinpath("maven-metadata.xml").write_text(
        SNAPSHOT_METADATA)
    settings = work / "capture-settings.xml"
    settings.write_text(
        "<settings><mirrors>"
        f"<mirror><id>snap</id><mirrorOf>jitsi-snapshots</mirrorOf><url>file://{snaprepo}</url>"
        "</mirror>"
        "<mirror><id>debian</id><mirrorOf>*,!jitsi-snapshots</mirrorOf>"
        f"<url>file://{DEBIAN_REPO}</url></mirror>"
        "</mirrors></settings>")
    local = work / "capture-repo"
    res = subprocess.run(
        ["mvn", "-B", "-q", "-s", str(settings), f"-Dmaven.repo.local={local}",
         "-Dassembly.skipAssembly=false", "-DskipTests", "package"],
        cwd=project, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:]
    paths = []
    for f in sorted(local.rglob("*")):
        rel = f.relative_to(local).as_posix()
        if f.is_file() and f.suffix in (".jar", ".pom") and "/fake-util/" not in rel:
            paths.append(rel)
    return paths


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Lock]:
    work = tmp_path_factory.mktemp("synthetic")
    distdir = work / "distfiles"
    distdir.mkdir()
    comps: list[Component] = []

    # The jitsi-meet source tree (files the three source packages install, and a
    # Makefile that must never run: it stands for upstream's npm build).
    archive = distdir / "jitsi-meet_4548.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, text in {
            "Makefile": "all:\n\t@echo 'the web app must not be built' >&2; false\n",
            "config.js": "var config = { hosts: { domain: 'jitsi-meet.example.com' } };\n",
            "resources/prosody-plugins/mod_muc_size.lua": "-- plugin\nreturn {}\n",
            "doc/debian/jitsi-meet-prosody/prosody.cfg.lua-jvb.example": "-- vhost\n",
            "doc/debian/jitsi-meet-turn/turnserver.conf": "listening-port=4446\n",
            "doc/debian/jitsi-meet/jitsi-meet.example": "server { listen 4444 ssl; }\n",
        }.items():
            add_tar(tar, f"{SOURCE_DIR}/{name}", text)
    source = distfile(archive, "https://github.com/jitsi/jitsi-meet/archive/stable/"
                      "jitsi-meet_4548.tar.gz")
    for pn in ("jitsi-meet-web-config", "jitsi-meet-prosody", "jitsi-meet-turnserver"):
        comps.append(Component(
            name=pn, deb_package=pn, deb_version="1.0.4074-1", ebuild_version="1.0.4074.4548",
            template=f"source/{pn}.ebuild.j2",
            vars={"source_dir": SOURCE_DIR, "source_distfile": source.name},
            distfiles=(source,)))

    # The web app as upstream's .deb (xz data, like the 2020 packages).
    root = work / "deb"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN/control").write_text(
        "Package: jitsi-meet-web\nVersion: 1.0.4074-1\nArchitecture: all\n"
        "Maintainer: test <test@example.org>\nDescription: stand-in\n")
    (root / "usr/share/jitsi-meet/libs").mkdir(parents=True)
    (root / "usr/share/jitsi-meet/index.html").write_text("<html>jitsi</html>\n")
    (root / "usr/share/jitsi-meet/libs/app.bundle.min.js").write_text("/* app */\n")
    (root / "usr/share/doc/jitsi-meet-web").mkdir(parents=True)
    (root / "usr/share/doc/jitsi-meet-web/README").write_text("doc\n")
    deb = distdir / "jitsi-meet-web_1.0.4074-1_all.deb"
    subprocess.run(["dpkg-deb", "-Zxz", "--root-owner-group", "--build", str(root), str(deb)],
                   check=True, capture_output=True)
    comps.append(Component(
        name="jitsi-meet-web", deb_package="jitsi-meet-web", deb_version="1.0.4074-1",
        ebuild_version="1.0.4074.4548", template="source/jitsi-meet-web.ebuild.j2",
        distfiles=(distfile(deb, "https://download.jitsi.org/stable/"
                            "jitsi-meet-web_1.0.4074-1_all.deb"),)))

    # Two Maven projects; their artifacts become distfiles named like the facts'.
    snapshots = fake_util(work)
    artifact_paths: list[str] | None = None
    for name, (_, _, version) in JAVA.items():
        top, files = java_source(name, version)
        project = work / "projects" / top
        for rel, text in files.items():
            (project / rel).parent.mkdir(parents=True, exist_ok=True)
            (project / rel).write_text(text)
        if artifact_paths is None:  # both projects need the same artifacts
            artifact_paths = capture_artifacts(work, project, snapshots)
        tarball = distdir / f"{name}-stable-jitsi-meet_4548.tar.gz"
        with tarfile.open(tarball, "w:gz") as tar:
            tar.add(project, arcname=top)
        rows, dists = [], [distfile(tarball, f"https://github.com/jitsi/{name}/archive/"
                                    "stable/jitsi-meet_4548.tar.gz")]
        for path in artifact_paths:
            dest = distdir / path.replace("/", "_")
            if not dest.exists():
                shutil.copyfile(DEBIAN_REPO / path, dest)
            rows.append({"maven_path": path, "distfile": dest.name, "repos": ["central"]})
            dists.append(distfile(dest, f"{CENTRAL}/{path}"))
        extra = dict(snapshots)
        if name == "jitsi-videobridge":
            # Recorded repository metadata: installed as the local repository's own.
            extra[f"{SNAPSHOT_PATH.rsplit('/', 1)[0]}/maven-metadata.xml"] = \
                SNAPSHOT_METADATA.encode()
        for path, data in extra.items():
            dest = distdir / path.replace("/", "_")
            dest.write_bytes(data)
            rows.append({"maven_path": path, "distfile": dest.name,
                         "repos": ["jitsi-snapshots"]})
            dists.append(distfile(dest, f"{SNAPSHOTS}/{path}"))
        comps.append(Component(
            name=name, deb_package=name, deb_version="0-1",
            ebuild_version="1.0.567.4548" if name == "jicofo" else "2.1.197.4548",
            template=f"maven/{name}.ebuild.j2",
            vars={"java_slot": "11", "source_dir": top, "maven_version": version,
                  "source_distfile": tarball.name},
            distfiles=tuple(dists),
            extra={"maven_repositories": [{"key": "central", "url": CENTRAL},
                                          {"key": "jitsi-snapshots", "url": SNAPSHOTS}],
                   "maven_artifacts": sorted(rows, key=lambda r: r["maven_path"]),
                   "maven_provided": []}))
    lock = Lock(release=4548, generation="2020",
                meta={"deb_package": "jitsi-meet", "deb_version": "2.0.4548-1"},
                components=tuple(sorted(comps, key=lambda c: c.name)))
    return distdir, lock


@pytest.fixture(scope="module")
def merged(synthetic, repo_root: Path, gentoo_master: Path, tmp_path_factory):
    """The prefix after ``emerge net-im/jitsi-meet-server`` (module scope: one merge)."""
    from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

    distdir, lock = synthetic
    overlay = tmp_path_factory.mktemp("overlay")
    categories = (repo_root / "profiles/categories").read_text().split()
    for name in ("profiles", "metadata", "eclass", "licenses", *categories):
        if (repo_root / name).is_dir():
            shutil.copytree(repo_root / name, overlay / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__"))
    files = render_release(lock, repo_root / "tools" / "templates")
    files.update(manifests_for([lock]))
    for rel, text in files.items():
        (overlay / rel).write_text(text)
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": overlay},
                                  distdirs=[distdir], provided=PROVIDED)
    # External ::gentoo packages count as installed (PROVIDED): their stubs install
    # nothing and merging each costs seconds.  Only the overlay's packages are merged.
    etc = prefix.root / "etc" / "portage"
    # What a user puts in package.use for the nginx stream multiplexer and certbot.
    (etc / "package.use").write_text(
        "www-servers/nginx stream NGINX_MODULES_STREAM: ssl_preread map\n"
        "app-crypt/certbot certbot-nginx\n")
    javac = Path(os.path.realpath(shutil.which("javac"))).parent.parent
    with (etc / "make.conf").open("a") as fh:
        fh.write(f'MAVEN_OFFLINE_JAVA_HOME="{javac}"\n')
    res = prefix.emerge("--quiet-build=n", "net-im/jitsi-meet-server", check=False)
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-6000:]
    return prefix, lock, log


def installed(prefix) -> dict[str, str]:
    out = {}
    for d in prefix.vdb.glob("*/*"):
        m = re.match(r"(.+)-(\d.*?)(-r\d+)?$", d.name)
        out[f"{d.parent.name}/{m[1]}"] = m[2]
    return out


def contents(prefix, atom: str) -> set[str]:
    (d,) = [d for d in prefix.vdb.glob(f"{atom}-[0-9]*")]
    paths = set()
    for line in (d / "CONTENTS").read_text().splitlines():
        kind, rest = line.split(" ", 1)
        path = rest.split(" ")[0] if kind in ("obj", "sym") else rest
        paths.add(path.removeprefix(str(prefix.root)))
    return paths


@needs_maven
def test_every_package_kind_merges(merged) -> None:
    prefix, lock, _ = merged
    have = installed(prefix)
    for comp in lock.components:
        assert have[f"net-im/{comp.name}"] == comp.ebuild_version
    assert have["net-im/jitsi-meet-server"] == "4548"
    for atom in ("acct-group/jitsi", "acct-user/jicofo", "acct-user/jvb",
                 "app-misc/jitsi-meet-master-config"):
        assert atom in have


@needs_maven
def test_users_and_group(merged) -> None:
    prefix, _, _ = merged
    passwd = {line.split(":")[0]: line.split(":") for line in
              (prefix.root / "etc/passwd").read_text().splitlines()}
    group = {line.split(":")[0]: line.split(":") for line in
             (prefix.root / "etc/group").read_text().splitlines()}
    gid = group["jitsi"][2]
    assert passwd["jicofo"][3] == gid and passwd["jicofo"][5] == "/etc/jitsi/jicofo"
    assert passwd["jvb"][3] == gid and passwd["jvb"][5] == "/etc/jitsi/videobridge"
    for user in ("jicofo", "jvb"):
        assert passwd[user][6] == "/sbin/nologin"


@needs_maven
def test_offline_maven_builds_installed(merged) -> None:
    prefix, _, log = merged
    for name, (_, main_class, _) in JAVA.items():
        share = prefix.root / "usr/share" / name
        assert (share / "main-class").read_text().strip() == main_class
        libs = sorted(p.name for p in (share / "lib").iterdir())
        # The SNAPSHOT resolved offline, with (the bridge) and without (jicofo) its
        # recorded metadata.
        assert libs == ["commons-lang3-3.12.0.jar", "fake-util-1.0-SNAPSHOT.jar"]
        assert not [p for p in share.rglob("*") if p.is_symlink()], "links into DISTDIR?"
        # The built jar runs with the installed classpath (the SNAPSHOT resolved offline).
        run = subprocess.run(["java", "-cp", f"{share}/*:{share}/lib/*", main_class],
                             capture_output=True, text=True, timeout=60)
        assert run.stdout.strip() == "FOCUS", run.stderr
        paths = contents(prefix, f"net-im/{name}")
        assert {f"/usr/libexec/{name}/{name}", f"/etc/init.d/{name}", f"/etc/conf.d/{name}",
                f"/usr/lib/systemd/system/{name}.service", f"/usr/lib/tmpfiles.d/{name}.conf",
                f"/etc/logrotate.d/{name}"} <= paths
        # Callbacks ship with the configurator's distribution, not with components.
        assert not [p for p in paths if p.startswith("/usr/share/jitsi-meet-master-config/")]
    assert "/usr/lib/sysctl.d/50-jitsi-videobridge.conf" in contents(
        prefix, "net-im/jitsi-videobridge")
    assert "--offline" in log and "BUILD SUCCESS" in log


@needs_maven
def test_source_and_deb_packages_installed(merged) -> None:
    prefix, _, _ = merged
    root = prefix.root
    assert (root / "usr/share/jitsi-meet/index.html").is_file()
    assert (root / "usr/share/jitsi-meet/libs/app.bundle.min.js").is_file()
    assert not (root / "usr/share/doc/jitsi-meet-web").exists()
    assert (root / "usr/share/jitsi-meet/prosody-plugins/mod_muc_size.lua").is_file()
    assert (root / "usr/share/jitsi-meet-prosody/prosody.cfg.lua-jvb.example").is_file()
    assert (root / "usr/share/jitsi-meet-turnserver/turnserver.conf").is_file()
    assert (root / "usr/share/jitsi-meet-web-config/config.js").is_file()
    assert (root / "usr/share/jitsi-meet-web-config/jitsi-meet.example").is_file()
    assert (root / "etc/jitsi/meet").is_dir()
    # Callbacks ship with the configurator's distribution, not with components.
    callbacks = root / "usr/share/jitsi-meet-master-config/callbacks"
    assert callbacks.is_dir() and not list(callbacks.glob("*/callback.py"))


@needs_maven
def test_aggregate_service_installed(merged) -> None:
    prefix, _, _ = merged
    root = prefix.root
    initd = root / "etc/init.d/jitsi-meet-server"
    check = root / "usr/libexec/jitsi-meet-server/jitsi-meet-server-healthcheck"
    unit = root / "usr/lib/systemd/system/jitsi-meet-server.service"
    assert os.access(initd, os.X_OK) and os.access(check, os.X_OK)
    assert unit.is_file()
    for script in (initd, root / "etc/init.d/jicofo", root / "etc/init.d/jitsi-videobridge"):
        assert subprocess.run(["dash", "-n", str(script)]).returncode == 0
    for script in (check, root / "usr/libexec/jicofo/jicofo",
                   root / "usr/libexec/jitsi-videobridge/jitsi-videobridge"):
        assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
