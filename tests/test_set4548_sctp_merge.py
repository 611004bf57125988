"""dev-java/jitsi-sctp merged by real portage, with dom4j 1.1's jar from ::gentoo's dom4j:0.

jitsi-sctp's code never uses dom4j: maven-dependency-plugin reaches dom4j:dom4j:1.1
(doxia-site-renderer -> velocity-tools 2.0), Maven resolves a plugin's whole tree before
it runs a goal, and Maven Central has only a stub pom for 1.1, no jar.  The real build
needs ~600 artifacts from Central (not reachable here), so a stand-in takes the place
of upstream's repository: a git repository (cloned by git-r3 through its override)
holding a two-module Maven project that builds the two jars the ebuild installs and
whose jar plugin depends on dom4j:dom4j:1.1 the same way (a pom with no jar in any
repository).  The ebuild is rendered from the committed lock with only the artifact
list swapped for the stand-in's: MAVEN_OFFLINE_PROVIDED and DEPEND are the committed
ones, so dev-java/dom4j:0 is merged as a dependency and its jar is what Maven resolves.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import overlay_parts
from jitsi_overlay.bump import facts as facts_mod
from jitsi_overlay.bump.lock import Distfile, Lock, load_lock

pytestmark = pytest.mark.slow

DEBIAN_REPO = Path("/usr/share/maven-repo")
HOST_DOM4J = Path("/usr/share/java/dom4j.jar")
CENTRAL = "https://repo.maven.apache.org/maven2"
DOM4J = "dom4j/dom4j/1.1/dom4j-1.1"
# git-r3's override variables for EGIT_REPO_URI https://github.com/mstyura/jitsi-sctp.git
GIT_NAME = "MSTYURA_JITSI_SCTP"
MODULES = ("jnilib", "jniwrapper-native")
PROVIDED = ("dev-build/cmake-4.4.3", "dev-java/maven-bin-3.9.16", "dev-vcs/git-2.52.0",
            "virtual/jdk-11")

needs_maven = pytest.mark.skipif(
    shutil.which("mvn") is None or shutil.which("javac") is None
    or not (DEBIAN_REPO / "org/apache/maven/plugins/maven-install-plugin/3.1.0").is_dir()
    or not HOST_DOM4J.is_file(),
    reason="needs mvn, a JDK, Debian's Maven plugins and libdom4j-java",
)

ROOT_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.jitsi</groupId>
  <artifactId>jitsi-sctp</artifactId>
  <version>1.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>11</maven.compiler.release>
  </properties>
  <modules><module>jnilib</module><module>jniwrapper-native</module></modules>
  <profiles>
    <profile><id>build-usrsctp</id></profile>
    <profile><id>build-jnisctp</id></profile>
  </profiles>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.0</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.10.1</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>2.22.3</version></plugin>
        <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.0</version></plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.3.0</version>
        <!-- As velocity-tools in maven-dependency-plugin's tree: resolved, never loaded. -->
        <dependencies>
          <dependency><groupId>dom4j</groupId><artifactId>dom4j</artifactId>
            <version>1.1</version></dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
"""

MODULE_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.jitsi</groupId><artifactId>jitsi-sctp</artifactId>
    <version>1.0-SNAPSHOT</version></parent>
  <artifactId>{module}</artifactId>
</project>
"""

# Like Central's dom4j-1.1.pom: coordinates only, no dependencies.
DOM4J_POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>dom4j</groupId>"
             "<artifactId>dom4j</artifactId><version>1.1</version></project>\n")


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@test.invalid",
                           *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def _class_name(module: str) -> str:
    return "".join(part.title() for part in module.split("-"))


def standin_repository(dest: Path) -> str:
    """The stand-in upstream repository; returns its commit."""
    (dest / "pom.xml").parent.mkdir(parents=True)
    (dest / "pom.xml").write_text(ROOT_POM)
    for module in MODULES:
        src = dest / module / "src/main/java/org/jitsi_modified/sctp4j"
        src.mkdir(parents=True)
        (dest / module / "pom.xml").write_text(MODULE_POM.format(module=module))
        cls = _class_name(module)
        (src / f"{cls}.java").write_text(
            f"package org.jitsi_modified.sctp4j;\npublic final class {cls} {{}}\n")
    _git(dest, "init", "-q", "-b", "master")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "stand-in")
    return _git(dest, "rev-parse", "HEAD")


def capture_artifacts(work: Path, project: Path) -> list[str]:
    """Maven paths the stand-in's build reads: one build against local file:// repositories.

    Debian's repository stands for Central; dom4j 1.1 comes from a repository of its own
    (its pom, and a jar only so that this capture build resolves).
    """
    extra = work / "dom4j-repo"
    (extra / DOM4J).parent.mkdir(parents=True)
    (extra / f"{DOM4J}.pom").write_text(DOM4J_POM)
    shutil.copyfile(HOST_DOM4J, extra / f"{DOM4J}.jar")
    repos = "".join(
        f"<pluginRepository><id>{i}</id><url>file://{u}</url></pluginRepository>"
        for i, u in (("debian", DEBIAN_REPO), ("dom4j", extra)))
    settings = work / "capture-settings.xml"
    settings.write_text(
        "<settings><mirrors><mirror><id>debian-central</id><mirrorOf>central</mirrorOf>"
        f"<url>file://{DEBIAN_REPO}</url></mirror></mirrors>"
        "<profiles><profile><id>capture</id>"
        f"<pluginRepositories>{repos}</pluginRepositories></profile></profiles>"
        "<activeProfiles><activeProfile>capture</activeProfile></activeProfiles></settings>")
    local = work / "capture-repo"
    res = subprocess.run(
        ["mvn", "-B", "-q", "-s", str(settings), f"-Dmaven.repo.local={local}", "-DskipTests",
         "install"], cwd=project, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:]
    return [f.relative_to(local).as_posix() for f in sorted(local.rglob("*"))
            if f.is_file() and f.suffix in (".jar", ".pom")
            and not f.relative_to(local).as_posix().startswith("org/jitsi/")]


def distfile(path: Path, url: str) -> Distfile:
    data = path.read_bytes()
    return Distfile(name=path.name, url=url, size=len(data),
                    blake2b=hashlib.blake2b(data).hexdigest(),
                    sha512=hashlib.sha512(data).hexdigest())


def standin_lock(committed: Lock, paths: list[str], work: Path, distdir: Path) -> Lock:
    """The committed lock with the stand-in's artifacts; everything else as committed."""
    rows, dists = [], []
    for path in paths:
        if path == f"{DOM4J}.jar":
            continue  # the point of the test: no repository has it, dom4j:0 provides it
        src = (work / "dom4j-repo" / path) if path.startswith("dom4j/") else DEBIAN_REPO / path
        dest = distdir / path.replace("/", "_")
        shutil.copyfile(src, dest)
        rows.append({"maven_path": path, "distfile": dest.name, "repos": ["central"]})
        dists.append(distfile(dest, f"{CENTRAL}/{path}"))
    (comp,) = committed.components
    comp = dataclasses.replace(comp, distfiles=tuple(dists),
                               extra={**comp.extra, "maven_artifacts": rows})
    return dataclasses.replace(committed, components=(comp,))


@pytest.fixture(scope="module")
def setup(tmp_path_factory, repo_root: Path, gentoo_master: Path):
    """Overlay with the stand-in-rendered jitsi-sctp, and a prefix to merge it into."""
    from jitsi_overlay.gentoo.portage_prefix import PortagePrefix

    work = tmp_path_factory.mktemp("sctp")
    upstream = work / "upstream"
    commit = standin_repository(upstream)
    checkout = work / "capture-checkout"
    _git(work, "clone", "-q", str(upstream), str(checkout))
    paths = capture_artifacts(work, checkout)
    assert f"{DOM4J}.jar" in paths and f"{DOM4J}.pom" in paths
    distdir = work / "distfiles"
    distdir.mkdir()
    committed = load_lock(repo_root / "tools/releases" / facts_mod.SCTP_LOCK_NAME)
    lock = standin_lock(committed, paths, work, distdir)

    overlay = tmp_path_factory.mktemp("overlay")
    for part in overlay_parts(repo_root):
        shutil.copytree(part, overlay / part.name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    files = facts_mod.render_sctp(lock, repo_root / "tools/templates")
    for rel, text in files.items():
        (overlay / rel).write_text(text)
    prefix = PortagePrefix.create(tmp_path_factory.mktemp("prefix"),
                                  repos={"gentoo": gentoo_master, "jitsi": overlay},
                                  distdirs=[distdir], provided=PROVIDED)
    etc = prefix.root / "etc/portage"
    javac = Path(os.path.realpath(shutil.which("javac"))).parent.parent
    with (etc / "make.conf").open("a") as fh:
        fh.write(f'MAVEN_OFFLINE_JAVA_HOME="{javac}"\n'
                 f'EGIT_OVERRIDE_REPO_{GIT_NAME}="{upstream}"\n'
                 f'EGIT_OVERRIDE_COMMIT_{GIT_NAME}="{commit}"\n')
    ebuild = next(p for p in files if p.endswith(".ebuild"))
    return prefix, overlay, ebuild


@pytest.fixture(scope="module")
def merged(setup):
    prefix, _, _ = setup
    res = prefix.emerge("--quiet-build=n", "dev-java/jitsi-sctp", check=False)
    log = res.stdout + res.stderr
    assert res.returncode == 0, log[-6000:]
    return prefix, log


@needs_maven
def test_the_rendered_ebuild_takes_dom4j_from_slot_0(setup) -> None:
    _, overlay, ebuild = setup
    text = (overlay / ebuild).read_text()
    assert 'DEPEND="dev-java/dom4j:0"' in text
    assert f'"{DOM4J}.jar /usr/share/dom4j/lib/dom4j.jar"' in text
    assert "dom4j:1" not in text and "dom4j-1/" not in text


@needs_maven
def test_jitsi_sctp_builds_offline_with_gentoos_dom4j(merged) -> None:
    prefix, log = merged
    installed = sorted(p.relative_to(prefix.vdb).as_posix() for p in prefix.vdb.glob("*/*"))
    assert "dev-java/dom4j-2.2.0" in installed  # pulled in by DEPEND, not provided
    assert "dev-java/jitsi-sctp-20200407" in installed
    assert (prefix.root / "usr/share/dom4j/lib/dom4j.jar").read_bytes() == \
        HOST_DOM4J.read_bytes()
    assert "--offline" in log and "BUILD SUCCESS" in log
    for module in MODULES:
        jar = prefix.root / f"usr/share/jitsi-sctp/lib/{module}.jar"
        with zipfile.ZipFile(jar) as zf:
            assert f"org/jitsi_modified/sctp4j/{_class_name(module)}.class" in zf.namelist()


@needs_maven
def test_the_2020_slot_no_longer_resolves(setup) -> None:
    """The facts' own atom (dev-java/dom4j:1) names a slot today's ::gentoo lacks."""
    prefix, overlay, ebuild = setup
    path = overlay / ebuild
    text = path.read_text()
    try:
        path.write_text(re.sub(r'^DEPEND="dev-java/dom4j:0"$', 'DEPEND="dev-java/dom4j:1"',
                               text, flags=re.M))
        res = prefix.emerge("--pretend", "dev-java/jitsi-sctp", check=False)
    finally:
        path.write_text(text)
    assert res.returncode == 1
    assert 'there are no ebuilds to satisfy "dev-java/dom4j:1"' in res.stdout + res.stderr


@needs_maven
def test_without_the_jar_maven_cannot_resolve_the_plugin(setup, merged) -> None:
    """The premise: no jar for dom4j 1.1, no build (Maven resolves the plugin's tree)."""
    prefix, overlay, ebuild = setup
    path = overlay / ebuild
    text = path.read_text()
    try:
        path.write_text(re.sub(r"^MAVEN_OFFLINE_PROVIDED=\(\n.*?^\)\n", "", text,
                               flags=re.M | re.S))
        res = prefix.emerge("--oneshot", "--quiet-build=n", "dev-java/jitsi-sctp", check=False)
    finally:
        path.write_text(text)
    out = res.stdout + res.stderr
    assert res.returncode == 1
    assert "dom4j:dom4j:jar:1.1" in out and "BUILD FAILURE" in out, out[-3000:]
