"""Render a release's ebuilds from its lock: a pure function, no I/O beyond the templates."""

from __future__ import annotations

import posixpath
import tomllib
from pathlib import Path
from typing import Any

import jinja2

from .lock import Component, Lock

CATEGORY = "net-im"
META_PN = "jitsi-meet-server"
META_TEMPLATE = "jitsi-meet-server.ebuild.j2"


class RenderError(jinja2.TemplateError):
    pass


def ebuild_path(pn: str, pv: str | int) -> str:
    """Repo-relative path of an ebuild in the overlay's category."""
    return f"{CATEGORY}/{pn}/{pn}-{pv}.ebuild"


def _deb_uri(url: str, component: dict[str, Any]) -> str:
    """Write a .deb URL the way a maintainer would: ``${MY_PN}_${MY_PV}`` in the file name."""
    head, base = posixpath.split(url)
    stem = f"{component['deb_package']}_{component['deb_version']}_"
    if base.startswith(stem):
        base = "${MY_PN}_${MY_PV}_" + base[len(stem):]
    return f"{head}/{base}"


def _src_uri(distfile: dict[str, Any], component: dict[str, Any] | None = None) -> str:
    """One SRC_URI entry; adds ``-> name`` when the URL's basename differs."""
    url = distfile["url"]
    base = posixpath.basename(url)
    shown = _deb_uri(url, component) if component is not None else url
    if base != distfile["name"]:
        return f"{shown} -> {distfile['name']}"
    return shown


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["src_uri"] = _src_uri
    env.filters["deb_uri"] = _deb_uri
    env.globals["live"] = False  # render_live sets it for the -9999 variants
    return env


def _component_path(comp: Component) -> str:
    return ebuild_path(comp.name, comp.ebuild_version)


def render_release(lock: Lock, templates_dir: Path) -> dict[str, str]:
    """Map repo-relative ebuild paths of ``lock``'s release to their text."""
    env = make_environment(templates_dir)
    components = [c.to_dict() for c in lock.components]
    base = {
        "release": lock.release,
        "generation": lock.generation,
        "components": components,
        "meta": dict(lock.meta),
    }
    out: dict[str, str] = {}
    for comp, table in zip(lock.components, components, strict=True):
        template = env.get_template(comp.template)
        out[_component_path(comp)] = template.render(base, component=table)
    meta = env.get_template(META_TEMPLATE)
    out[ebuild_path(META_PN, lock.release)] = meta.render(base)
    return dict(sorted(out.items()))


LIVE_VERSION = "9999"
LIVE_SPEC = "live.toml"  # in the templates directory


def render_live(templates_dir: Path) -> dict[str, str]:
    """Map repo-relative paths of the -9999 ebuilds to their text.

    Same templates as :func:`render_release` with ``live`` true; the spec file gives
    what a lock would (package names, template variables), never versions or checksums.
    """
    with (templates_dir / LIVE_SPEC).open("rb") as fh:
        spec = tomllib.load(fh)
    components = [
        {"name": c["name"], "deb_package": c["deb_package"], "deb_version": "",
         "ebuild_version": LIVE_VERSION, "template": f"deb/{c['name']}.ebuild.j2",
         "vars": dict(c.get("vars", {})), "distfiles": []}
        for c in spec["components"]
    ]
    env = make_environment(templates_dir)
    base = {"release": LIVE_VERSION, "generation": spec["generation"],
            "components": components, "meta": dict(spec["meta"]), "live": True}
    out = {ebuild_path(c["name"], LIVE_VERSION): env.get_template(c["template"]).render(
        base, component=c) for c in components}
    out[ebuild_path(META_PN, LIVE_VERSION)] = env.get_template(META_TEMPLATE).render(base)
    return dict(sorted(out.items()))
