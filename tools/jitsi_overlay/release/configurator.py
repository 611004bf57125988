"""Release the configurator distribution: sdist → lock → render → Manifest → one commit.

``plan()`` builds the reproducible sdist of ``configurator/`` and computes every file
change without touching the tree; ``apply()`` writes them through the bump's transaction
and commits (:func:`jitsi_overlay.bump.workflow.apply_changes`).  The released files are

* ``tools/releases/configurator/<stem>-<version>.tar.gz``: the sdist, the asset to upload
  (and the distfile the test suite merges: the directory doubles as a DISTDIR);
* ``tools/releases/configurator/<version>.toml``: where it came from and its checksums;
* ``app-misc/jitsi-meet-master-config/*-<version>.ebuild`` and the ``-9999`` ebuild,
  rendered from one template, and the package's Manifest.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

from ..bump.lock import Distfile
from ..bump.manifest import manifest_text
from ..bump.render import make_environment
from ..bump.tree import Content, pending_changes, unified_diff
from ..bump.workflow import apply_changes
from ..errors import UsageError
from . import sdist
from .sdist import ReleaseError, Source

SUBDIR = "configurator"
PACKAGE = "app-misc/jitsi-meet-master-config"
PN = PACKAGE.split("/")[1]
TEMPLATE = "app-misc/jitsi-meet-master-config.ebuild.j2"
RELEASES_DIR = Path("tools/releases/configurator")
HOMEPAGE = "https://github.com/jitsi-gentoo/jitsi-overlay"
LIVE_VERSION = "9999"
# Versions Gentoo and PEP 440 spell the same way.
_VERSION_RE = re.compile(r"\d+(\.\d+){1,3}")


def tag(version: str) -> str:
    """The git tag (and GitHub release) that carries the sdist of ``version``."""
    return f"configurator-{version}"


def sdist_stem(project_name: str) -> str:
    """File-name stem of the sdist: the normalised project name (PEP 625)."""
    return re.sub(r"[-_.]+", "_", project_name).lower()


def release_url(stem: str, version: str) -> str:
    """Where the sdist is published: an asset of the GitHub release ``configurator-X``."""
    return f"{HOMEPAGE}/releases/download/{tag(version)}/{stem}-{version}.tar.gz"


def released_distdir(repo: Path) -> Path:
    """The directory holding every released sdist (usable as a read-only DISTDIR)."""
    return repo / RELEASES_DIR


@dataclass
class Options:
    repo: Path
    templates: Path
    distdir: Path | None = None
    commit: str = "HEAD"
    replace: bool = False
    do_commit: bool = True


@dataclass
class ReleasePlan:
    version: str
    source: Source
    distfile: Distfile
    sdist_bytes: bytes
    builder: str
    changes: dict[str, Content] = field(default_factory=dict)

    @property
    def sdist_path(self) -> Path:
        return RELEASES_DIR / self.distfile.name

    def summary(self) -> str:
        lines = [f"configurator {self.version}: sdist {self.distfile.name} "
                 f"({self.distfile.size} bytes) built from {SUBDIR}/ at "
                 f"{self.source.commit[:12]} with {self.builder}"]
        for rel, text in sorted(self.changes.items()):
            lines.append(f"  {'delete' if text is None else 'write '} {rel}")
        if not self.changes:
            lines.append("  nothing to change")
        return "\n".join(lines)


def _lock_text(version: str, source: Source, dist: Distfile, builder: str) -> str:
    body = tomli_w.dumps({
        "version": version, "commit": source.commit, "source_date_epoch": source.epoch,
        "builder": builder,
        "distfile": {"name": dist.name, "url": dist.url, "size": dist.size,
                     "blake2b": dist.blake2b, "sha512": dist.sha512},
    })
    return ("# Written by tools/release.py: the released sdist of configurator/ "
            "(do not edit).\n" + body)


def load_released(repo: Path) -> dict[str, Distfile]:
    """Version → distfile of every release recorded under ``tools/releases/configurator``."""
    out = {}
    for path in sorted(released_distdir(repo).glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            d = data["distfile"]
            out[str(data["version"])] = Distfile(name=d["name"], url=d["url"], size=d["size"],
                                                 blake2b=d["blake2b"], sha512=d["sha512"])
        except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
            raise ReleaseError(f"release record '{path}' is malformed ({exc!r}): restore it "
                               "from git") from None
    return out


def ebuild_path(version: str) -> str:
    return f"{PACKAGE}/{PN}-{version}.ebuild"


def render(templates: Path, stem: str, *, live: bool) -> str:
    """Text of the release ebuild (``live=False``) or of the -9999 ebuild."""
    env = make_environment(templates)
    return env.get_template(TEMPLATE).render(live=live, homepage=HOMEPAGE, sdist_stem=stem)


def _builder() -> str:
    try:
        return f"setuptools {importlib.metadata.version('setuptools')}"
    except importlib.metadata.PackageNotFoundError:
        raise ReleaseError("setuptools is not installed in this environment: run ./dev "
                           "setup") from None


def plan(version: str, opts: Options) -> ReleasePlan:
    """Build the sdist and compute every change of the release; writes nothing."""
    if not _VERSION_RE.fullmatch(version):
        raise UsageError(f"version {version!r} is not of the form X.Y.Z: e.g. 2.0.1")
    if opts.commit == "HEAD":
        dirty = sdist.uncommitted(opts.repo, SUBDIR)
        if dirty:
            raise ReleaseError(f"{SUBDIR}/ has uncommitted changes (e.g. {dirty[0]!r}): "
                               "commit them first, the sdist is built from the commit")
    source = sdist.resolve_source(opts.repo, SUBDIR, opts.commit)
    builder = _builder()
    with tempfile.TemporaryDirectory(prefix="jitsi-release-") as tmp:
        export = sdist.export(source, Path(tmp) / "check")
        name, declared = sdist.project_version(export)
        if declared != version:
            raise ReleaseError(
                f"{SUBDIR}/pyproject.toml at {source.commit[:12]} says version {declared!r}, "
                f"not {version!r}: set version = \"{version}\" there and commit")
        built = sdist.build(source, Path(tmp) / "out")
        data = built.read_bytes()
    stem = sdist_stem(name)
    if built.name != f"{stem}-{version}.tar.gz":
        raise ReleaseError(f"the backend wrote {built.name!r}, expected "
                           f"'{stem}-{version}.tar.gz': check the project name")
    dist = Distfile(name=built.name, url=release_url(stem, version), size=len(data),
                    blake2b=hashlib.blake2b(data).hexdigest(),
                    sha512=hashlib.sha512(data).hexdigest())
    released = load_released(opts.repo)
    old = released.get(version)
    if old is not None and (old.size, old.blake2b) != (dist.size, dist.blake2b) \
            and not opts.replace:
        raise ReleaseError(
            f"configurator {version} is already released with other content (BLAKE2B "
            f"{old.blake2b[:16]}…, this build {dist.blake2b[:16]}…): release a new version, "
            "or pass --replace if the old sdist was never published")
    released[version] = dist

    wanted: dict[str, Content] = {
        str(RELEASES_DIR / dist.name): data,
        str(RELEASES_DIR / f"{version}.toml"): _lock_text(version, source, dist, builder),
        ebuild_path(version): render(opts.templates, stem, live=False),
        ebuild_path(LIVE_VERSION): render(opts.templates, stem, live=True),
    }
    # The Manifest lists the distfile of every released version still in the tree.
    in_tree = [v for v, _d in released.items()
               if v == version or (opts.repo / ebuild_path(v)).is_file()]
    wanted[f"{PACKAGE}/Manifest"] = manifest_text(released[v] for v in sorted(in_tree))
    return ReleasePlan(version=version, source=source, distfile=dist, sdist_bytes=data,
                       builder=builder, changes=pending_changes(opts.repo, wanted))


def diff(plan_: ReleasePlan, opts: Options) -> str:
    return unified_diff(opts.repo, plan_.changes)


def commit_message(plan_: ReleasePlan) -> str:
    return (f"{PACKAGE}: release {plan_.version}\n\n"
            f"{plan_.distfile.name} built reproducibly from {SUBDIR}/ at "
            f"{plan_.source.commit} ({plan_.builder}).\n")


def apply(plan_: ReleasePlan, opts: Options) -> str | None:
    """Write and commit the release; copy the sdist into ``opts.distdir``; returns the sha."""
    sha = apply_changes(opts.repo, plan_.changes, commit_message(plan_),
                        commit=opts.do_commit)
    if opts.distdir is not None:
        opts.distdir.mkdir(parents=True, exist_ok=True)
        target = opts.distdir / plan_.distfile.name
        if not target.is_file() or target.read_bytes() != plan_.sdist_bytes:
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(plan_.sdist_bytes)
            tmp.replace(target)
    return sha


def upload_steps(plan_: ReleasePlan, opts: Options) -> Sequence[str]:
    """What the maintainer does by hand after the release commit."""
    d = plan_.distfile
    return [
        "Tag the commit the sdist was built from and push the tag:",
        f"  git tag {tag(plan_.version)} {plan_.source.commit}",
        f"  git push origin {tag(plan_.version)} && git push",
        f"Create the GitHub release {tag(plan_.version)} at {HOMEPAGE}/releases/new and "
        "attach as its asset:",
        f"  {opts.repo / plan_.sdist_path}",
        f"Users' portage then fetches {d.url}",
        f"  ({d.size} bytes, BLAKE2B {d.blake2b[:32]}…, as in {PACKAGE}/Manifest)",
    ]

