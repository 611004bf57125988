"""Turn the recorded 2020 facts for stable 4548 into locks (no network, no hashing).

The facts file (``facts-4548.json``) holds every distfile the 2020 overlay fetched
for 4548 with its size, BLAKE2B and SHA512, and every Maven artifact
(maven_path, URL, distfile) of the offline Java builds.  Those are the only
checksums for 4548 that exist, so the lock is derived from them and nothing is
computed or made up: a distfile without a recorded size and hashes is an error.

Two locks come out:

* ``tools/releases/4548.toml`` - the release lock rendered by
  :func:`jitsi_overlay.bump.render.render_release` (the six ``net-im`` packages);
* ``tools/releases/4548-jitsi-sctp.toml`` - the build dependency
  ``dev-java/jitsi-sctp`` (native SCTP jars jicofo and the bridge link against).
  It is not part of an upstream stable release, so it lives beside the release
  lock (``load_all_locks`` only reads ``NNNN.toml``) and is rendered here.

``tools/bump.py 4548 --from-facts [FACTS.json]`` regenerates both locks (default input:
the committed copy ``tools/releases/4548.facts.json.xz``), the ebuilds and Manifests they
render, dev-java/jitsi-sctp's included, through the bump's plan → apply → commit
(:func:`plan` here, :func:`jitsi_overlay.bump.workflow.apply`).
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import OverlayError
from . import workflow
from .lock import Component, Distfile, Lock, dump_lock
from .manifest import manifest_text
from .render import make_environment
from .tree import pending_changes

RELEASE = 4548
GENERATION = "2020"
JAVA_SLOT = "11"
SCTP_CATEGORY = "dev-java"
SCTP_PN = "jitsi-sctp"
SCTP_LOCK_NAME = f"{RELEASE}-{SCTP_PN}.toml"
SCTP_TEMPLATE = "maven/jitsi-sctp.ebuild.j2"
# Where dev-java/jitsi-sctp installs the jars that replace upstream's mutable
# SNAPSHOT downloads; the 2020 overlay's paths are translated to these.
SCTP_JARS = {
    "jnilib": "/usr/share/jitsi-sctp/lib/jnilib.jar",
    "jniwrapper-native": "/usr/share/jitsi-sctp/lib/jniwrapper-native.jar",
}
# Jars jitsi-sctp's build takes from ::gentoo packages, by Maven path: (atom, file).
# The facts record what the 2020 overlay used; this table says what ::gentoo offers now.
#
# dom4j/dom4j/1.1: no jitsi-sctp code uses dom4j.  maven-dependency-plugin (its
# unpack-dependencies goal unpacks usrsctp and the JNI headers) reaches it through
# doxia-site-renderer -> velocity-tools 2.0 -> dom4j 1.1, and Maven resolves a
# plugin's whole dependency tree before running a goal, so a jar must exist; Maven
# Central has only a 142-byte pom for 1.1.  The facts name dev-java/dom4j:1's
# /usr/share/dom4j-1/lib/dom4j.jar, a slot ::gentoo no longer has: its dom4j is SLOT 0
# (2.x), the same org.dom4j packages, installed by java-pkg-2 as
# /usr/share/dom4j/lib/dom4j.jar (Debian satisfies velocity-tools' dom4j 1.1 with its
# dom4j 2 jar too).
SCTP_PROVIDED = {
    "dom4j/dom4j/1.1/dom4j-1.1.jar": ("dev-java/dom4j:0", "/usr/share/dom4j/lib/dom4j.jar"),
}
JITSI_MEET_ARCHIVE = "jitsi-meet_4548.tar.gz"
JITSI_MEET_URL = "https://github.com/jitsi/jitsi-meet/archive/stable/jitsi-meet_4548.tar.gz"
WEB_DEB_URL = "https://download.jitsi.org/stable/jitsi-meet-web_1.0.4074-1_all.deb"


# Maven repositories the recorded URLs come from, by the short key ebuilds use.
MAVEN_REPOSITORIES = {
    "central": "https://repo.maven.apache.org/maven2",
    "jitsi": "https://github.com/jitsi/jitsi-maven-repository/raw/master/releases",
    "jitsi-snapshots": "https://github.com/jitsi/jitsi-maven-repository/raw/master/snapshots",
    "sonatype-grid": "https://repository.sonatype.org/content/groups/sonatype-public-grid",
    "sonatype-snapshots": "https://oss.sonatype.org/content/repositories/snapshots",
    "eclipse-jgit": "https://repo.eclipse.org/content/repositories/jgit-releases",
    "java-net-snapshots": "https://maven.java.net/content/repositories/snapshots",
    "apache-releases": "https://repository.apache.org/content/repositories/releases",
    "apache-snapshots": "https://repository.apache.org/snapshots",
    "jitpack": "https://jitpack.io",
}
_REPO_KEYS = {url: key for key, url in MAVEN_REPOSITORIES.items()}


class FactsError(OverlayError):
    """The facts file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Spec:
    """What the facts file does not say about one component (upstream-jitsi.md §1)."""

    name: str
    facts_key: str
    deb_package: str
    deb_version: str
    ebuild_version: str
    template: str
    vars: Mapping[str, Any]


_WEB_VARS = {"source_dir": "jitsi-meet-stable-jitsi-meet_4548"}

SPECS: tuple[Spec, ...] = (
    Spec("jicofo", "net-im/jicofo", "jicofo", "1.0-567-1", "1.0.567.4548",
         "maven/jicofo.ebuild.j2",
         {"java_slot": JAVA_SLOT, "source_dir": "jicofo-stable-jitsi-meet_4548",
          "maven_version": "1.1-SNAPSHOT"}),
    Spec("jitsi-meet-prosody", "net-im/jitsi-meet-prosody", "jitsi-meet-prosody", "1.0.4074-1",
         "1.0.4074.4548", "source/jitsi-meet-prosody.ebuild.j2", _WEB_VARS),
    Spec("jitsi-meet-turnserver", "net-im/jitsi-meet-turnserver", "jitsi-meet-turnserver",
         "1.0.4074-1", "1.0.4074.4548", "source/jitsi-meet-turnserver.ebuild.j2", _WEB_VARS),
    Spec("jitsi-meet-web", "net-im/jitsi-meet-web", "jitsi-meet-web", "1.0.4074-1",
         "1.0.4074.4548", "source/jitsi-meet-web.ebuild.j2", {}),
    Spec("jitsi-meet-web-config", "net-im/jitsi-meet-web-config", "jitsi-meet-web-config",
         "1.0.4074-1", "1.0.4074.4548", "source/jitsi-meet-web-config.ebuild.j2", _WEB_VARS),
    Spec("jitsi-videobridge", "net-im/jitsi-videobridge", "jitsi-videobridge2",
         "2.1-197-g38256192-1", "2.1.197.4548", "maven/jitsi-videobridge.ebuild.j2",
         {"java_slot": JAVA_SLOT, "source_dir": "jitsi-videobridge-stable-jitsi-meet_4548",
          "maven_version": "2.1-SNAPSHOT"}),
)

# GitHub tag archives of the two Java components (upstream-jitsi.md §2.4).
SOURCE_URLS = {
    "jicofo-stable-jitsi-meet_4548.tar.gz":
        "https://github.com/jitsi/jicofo/archive/stable/jitsi-meet_4548.tar.gz",
    "jitsi-videobridge-stable-jitsi-meet_4548.tar.gz":
        "https://github.com/jitsi/jitsi-videobridge/archive/stable/jitsi-meet_4548.tar.gz",
    JITSI_MEET_ARCHIVE: JITSI_MEET_URL,
    "jitsi-meet-web_1.0.4074-1_all.deb": WEB_DEB_URL,
}


FACTS_NAME = f"{RELEASE}.facts.json.xz"


def load_facts(path: Path) -> dict[str, Any]:
    """Read the facts JSON (plain or .xz); raise :class:`FactsError` on failure."""
    try:
        raw = lzma.decompress(path.read_bytes()) if path.suffix == ".xz" else path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except lzma.LZMAError as exc:
        raise FactsError(f"facts file {str(path)!r} is not valid xz ({exc})") from None
    except FileNotFoundError:
        raise FactsError(f"facts file {str(path)!r} does not exist: pass the path of "
                         "facts-4548.json") from None
    except json.JSONDecodeError as exc:
        raise FactsError(f"facts file {str(path)!r} is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("packages"), dict):
        raise FactsError(f"facts file {str(path)!r} has no 'packages' table: "
                         "is it the 4548 facts file?")
    return data


def _package(facts: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    try:
        return facts["packages"][key]
    except KeyError:
        raise FactsError(f"facts have no package {key!r}: use the complete 4548 "
                         "facts file") from None


def _hashes(name: str, rec: Mapping[str, Any], where: str) -> tuple[int, str, str]:
    try:
        size, b2, s512 = rec["size"], rec["blake2b"], rec["sha512"]
    except KeyError as exc:
        raise FactsError(f"{where}: distfile {name!r} lacks {exc.args[0]!r}; "
                         "only recorded checksums may be used") from None
    if not (isinstance(size, int) and len(b2) == 128 and len(s512) == 128):
        raise FactsError(f"{where}: distfile {name!r} has malformed size or hashes")
    return size, b2, s512


def maven_distfile_name(maven_path: str) -> str:
    """Distfile name of a Maven artifact: the path with ``/`` turned into ``_``.

    The eclass derives the same name in shell (``${path//\\//_}``), so the
    facts must follow it; :func:`maven_tables` checks that they do.
    """
    return maven_path.replace("/", "_")


def maven_tables(pkg: Mapping[str, Any], where: str) -> tuple[list[Distfile],
                                                               list[dict[str, Any]]]:
    """Distinct distfiles, and one artifact row per Maven path naming its repositories.

    A row's ``repos`` lists the keys of :data:`MAVEN_REPOSITORIES` the artifact was
    recorded from, in the recorded order (the first is the distfile's URL).
    """
    by_path: dict[str, dict[str, Any]] = {}
    dists: dict[str, Distfile] = {}
    for art in pkg.get("maven_artifacts", []):
        path, name, url = art["maven_path"], art["distfile"], art["url"]
        if maven_distfile_name(path) != name:
            raise FactsError(f"{where}: artifact {path!r} is stored as {name!r}, not "
                             f"{maven_distfile_name(path)!r}: the eclass cannot find it")
        if not url.endswith("/" + path):
            raise FactsError(f"{where}: URL {url!r} does not end with {path!r}")
        key = _REPO_KEYS.get(url[: -len(path) - 1])
        if key is None:
            raise FactsError(f"{where}: URL {url!r} is from an unknown Maven repository: "
                             "add its base URL to MAVEN_REPOSITORIES")
        size, b2, s512 = _hashes(name, art, where)
        dist = Distfile(name=name, url=url, size=size, blake2b=b2, sha512=s512)
        seen = dists.get(name)
        if seen is None:
            dists[name] = dist
        elif (seen.size, seen.blake2b, seen.sha512) != (size, b2, s512):
            raise FactsError(f"{where}: distfile {name!r} is recorded with two checksums")
        row = by_path.setdefault(path, {"maven_path": path, "distfile": name, "repos": []})
        if key not in row["repos"]:
            row["repos"].append(key)
    rows = [by_path[p] for p in sorted(by_path)]
    return [dists[n] for n in sorted(dists)], rows


def repositories_used(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """The ``MAVEN_REPOSITORIES`` entries ``rows`` refer to, in table order."""
    used = {key for row in rows for key in row["repos"]}
    return [{"key": k, "url": u} for k, u in MAVEN_REPOSITORIES.items() if k in used]


def _source_distfiles(pkg: Mapping[str, Any], where: str) -> list[Distfile]:
    out = []
    for name, rec in sorted(pkg.get("source_distfiles", {}).items()):
        if name not in SOURCE_URLS:
            raise FactsError(f"{where}: no upstream URL known for {name!r}: add it to "
                             "SOURCE_URLS")
        size, b2, s512 = _hashes(name, rec, where)
        out.append(Distfile(name=name, url=SOURCE_URLS[name], size=size, blake2b=b2,
                            sha512=s512))
    if not out:
        raise FactsError(f"{where}: no source distfile recorded")
    return out


def _provided(pkg: Mapping[str, Any], where: str) -> list[dict[str, str]]:
    """Artifacts the 2020 build took from dev-java/jitsi-sctp, with our install paths."""
    rows = []
    for item in pkg.get("portage_provided_artifacts", []):
        artifact = item["maven_path"].split("/")[-3]
        if artifact not in SCTP_JARS:
            raise FactsError(f"{where}: provided artifact {item['maven_path']!r} has no "
                             "known provider: add it to SCTP_JARS")
        rows.append({"maven_path": item["maven_path"], "file": SCTP_JARS[artifact],
                     "package": f"{SCTP_CATEGORY}/{SCTP_PN}"})
    return sorted(rows, key=lambda r: r["maven_path"])


def _sctp_provided(pkg: Mapping[str, Any], where: str) -> list[dict[str, str]]:
    """jitsi-sctp's artifacts from installed packages: today's ::gentoo package and file."""
    rows = []
    for item in pkg.get("portage_provided_artifacts", []):
        try:
            atom, file = SCTP_PROVIDED[item["maven_path"]]
        except KeyError:
            raise FactsError(f"{where}: provided artifact {item['maven_path']!r} (recorded "
                             f"from {item.get('from')!r}) has no ::gentoo package known: add "
                             "it to SCTP_PROVIDED") from None
        rows.append({"maven_path": item["maven_path"], "file": file, "package": atom})
    return sorted(rows, key=lambda r: r["maven_path"])


def _component(spec: Spec, facts: Mapping[str, Any]) -> Component:
    pkg = _package(facts, spec.facts_key)
    where = spec.facts_key
    sources = _source_distfiles(pkg, where)
    extra: dict[str, Any] = {}
    dists = list(sources)
    vars_ = dict(spec.vars)
    vars_["source_distfile"] = sources[0].name
    if pkg.get("maven_artifacts"):
        maven_dists, rows = maven_tables(pkg, where)
        dists += maven_dists
        extra["maven_repositories"] = repositories_used(rows)
        extra["maven_artifacts"] = rows
        extra["maven_provided"] = _provided(pkg, where)
    return Component(name=spec.name, deb_package=spec.deb_package,
                     deb_version=spec.deb_version, ebuild_version=spec.ebuild_version,
                     template=spec.template, vars=vars_, distfiles=tuple(dists), extra=extra)


def release_lock(facts: Mapping[str, Any]) -> Lock:
    """The 4548 release lock (six net-im components) from the facts."""
    comps = tuple(_component(spec, facts) for spec in SPECS)
    return Lock(release=RELEASE, generation=GENERATION,
                meta={"deb_package": "jitsi-meet", "deb_version": f"2.0.{RELEASE}-1"},
                components=comps)


def sctp_lock(facts: Mapping[str, Any]) -> Lock:
    """The lock of the build dependency dev-java/jitsi-sctp (git commit + artifacts)."""
    key = f"{SCTP_CATEGORY}/{SCTP_PN}"
    pkg = _package(facts, key)
    try:
        repo, commit = pkg["git"]
    except (KeyError, ValueError):
        raise FactsError(f"{key}: expected git = [repository, commit]") from None
    if len(commit) != 40:
        raise FactsError(f"{key}: commit {commit!r} is not a full hash: pin a full commit")
    dists, rows = maven_tables(pkg, key)
    provided = _sctp_provided(pkg, key)
    comp = Component(
        name=SCTP_PN, deb_package="", deb_version="", ebuild_version=pkg["ebuild_version"],
        template=SCTP_TEMPLATE,
        vars={"java_slot": JAVA_SLOT, "git_repo": repo, "git_commit": commit,
              "category": SCTP_CATEGORY},
        distfiles=tuple(dists),
        extra={"maven_repositories": repositories_used(rows), "maven_artifacts": rows,
               "maven_provided": provided},
    )
    return Lock(release=RELEASE, generation=GENERATION, meta={}, components=(comp,))


def render_sctp(lock: Lock, templates_dir: Path) -> dict[str, str]:
    """Repo-relative path -> text for dev-java/jitsi-sctp's ebuild and Manifest."""
    comp = lock.components[0]
    env = make_environment(templates_dir)
    text = env.get_template(comp.template).render(
        release=lock.release, generation=lock.generation, meta=dict(lock.meta),
        components=[c.to_dict() for c in lock.components], component=comp.to_dict())
    base = f"{SCTP_CATEGORY}/{comp.name}"
    return {f"{base}/{comp.name}-{comp.ebuild_version}.ebuild": text,
            f"{base}/Manifest": manifest_text(comp.distfiles)}


def lock_files(facts: Mapping[str, Any]) -> dict[str, str]:
    """``tools/releases``-relative name -> TOML text of both locks."""
    return {f"{RELEASE}.toml": dump_lock(release_lock(facts)),
            SCTP_LOCK_NAME: dump_lock(sctp_lock(facts))}


def all_dist_facts(facts: Mapping[str, Any]) -> dict[str, tuple[int, str, str]]:
    """Every recorded distfile (name -> size, BLAKE2B, SHA512), for cross-checks."""
    out: dict[str, tuple[int, str, str]] = {}
    for key, pkg in facts["packages"].items():
        recs: Iterable[tuple[str, Mapping[str, Any]]] = list(
            pkg.get("source_distfiles", {}).items())
        recs = [*recs, *((a["distfile"], a) for a in pkg.get("maven_artifacts", []))]
        for name, rec in recs:
            out[name] = _hashes(name, rec, key)
    return out


def plan(facts_path: Path, opts: workflow.Options) -> workflow.Plan:
    """The bump's plan for 4548 with both locks derived from the facts; writes nothing."""
    facts = load_facts(facts_path)
    sctp = sctp_lock(facts)
    out = workflow.plan(RELEASE, opts, given=release_lock(facts))
    wanted: dict[str, str] = {str(workflow.RELEASES_DIR / SCTP_LOCK_NAME): dump_lock(sctp)}
    wanted.update(render_sctp(sctp, opts.templates))
    out.changes.update(pending_changes(opts.repo, wanted))
    out.changes = dict(sorted(out.changes.items()))
    out.message = (f"net-im/jitsi-meet-server: {RELEASE} from the recorded facts\n\n"
                   f"Locks, ebuilds and Manifests of {RELEASE} and {SCTP_CATEGORY}/{SCTP_PN} "
                   f"regenerated from {facts_path.name}.\n")
    return out
