"""Render a release's ebuilds from its lock: a pure function, no I/O beyond the templates.

Nothing unchecked reaches an ebuild: every string handed to a template is validated by
:mod:`.fields` on its way into the context (it becomes a :class:`~.fields.Checked` word;
see :class:`CheckedTemplate`), and the environment's ``finalize`` hook refuses to print
anything else unless it is plain template text with no shell meaning (:func:`finalize`).
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime

from ..errors import OverlayError
from . import fields
from .fields import Checked
from .lock import Component, Lock

CATEGORY = "net-im"
META_PN = "jitsi-meet-server"
META_TEMPLATE = "jitsi-meet-server.ebuild.j2"

# What a template may print besides checked values and integers: text of the templates
# themselves (descriptions, "${PN}" substitutions, joins of checked words).  No quotes,
# '$(', '`', '\', ';', '&', '|', '<', '>', globs or control characters, so no value can
# end a quoted string, start a command or begin a new line.
_TEMPLATE_TEXT = re.compile(r"(?:[A-Za-z0-9 ._+~:/=,@%-]|\$\{[A-Za-z_][A-Za-z0-9_]*\})*")


class RenderError(OverlayError, jinja2.TemplateError):
    """A template would print a value that is not known to be inert in bash."""


def finalize(value: object) -> object:
    """Jinja2 ``finalize`` hook: the last check of every ``{{ … }}`` before it is printed."""
    if isinstance(value, Checked | jinja2.Undefined):
        return value  # Undefined raises its own, clearer error when printed
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _TEMPLATE_TEXT.fullmatch(value):
        return value
    raise RenderError(f"a template prints {fields.show(value)}, which is neither a checked "
                      "value nor plain text: validate it in bump/fields.py before rendering")


def checked_tree(value: Any, where: str) -> Any:
    """``value`` with every string checked by :func:`fields.ebuild_word` (recursively)."""
    if isinstance(value, Checked):
        return value
    if isinstance(value, str):
        return fields.ebuild_word(value, what=where)
    if isinstance(value, bool | int) or value is None:
        return value
    if isinstance(value, Mapping):
        return {k: checked_tree(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [checked_tree(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise fields.FieldError(f"{where} is {fields.show(value)}, which no template may print: "
                            f"{fields.LOCK_FIX}")


class CheckedTemplate(jinja2.Template):
    """A template whose render context is checked by :func:`checked_tree` first.

    Included templates share the already checked context, so only the top-level
    variables (``shared`` false) are walked.
    """

    def new_context(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> jinja2.runtime.Context:
        if not shared:
            vars = {k: checked_tree(v, k) for k, v in (vars or {}).items()}
        return super().new_context(vars, shared, locals)


def ebuild_path(pn: str, pv: str | int) -> str:
    """Repo-relative path of an ebuild in the overlay's category."""
    fields.gentoo_package(pn)
    fields.gentoo_version(str(pv))
    return f"{CATEGORY}/{pn}/{pn}-{pv}.ebuild"


def _need_checked(*values: object) -> None:
    for v in values:
        if not isinstance(v, Checked):
            raise RenderError(f"a template filter got the unchecked value {fields.show(v)}: "
                              "pass values from the lock only")


def _deb_uri(url: str, component: dict[str, Any]) -> Checked:
    """Write a .deb URL the way a maintainer would: ``${MY_PN}_${MY_PV}`` in the file name."""
    _need_checked(url, component["deb_package"], component["deb_version"])
    head, base = posixpath.split(url)
    stem = f"{component['deb_package']}_{component['deb_version']}_"
    if base.startswith(stem):
        base = "${MY_PN}_${MY_PV}_" + base[len(stem):]
    return Checked(f"{head}/{base}")


def _src_uri(distfile: dict[str, Any], component: dict[str, Any] | None = None) -> Checked:
    """One SRC_URI entry; adds ``-> name`` when the URL's basename differs."""
    url, name = distfile["url"], distfile["name"]
    _need_checked(url, name)
    base = posixpath.basename(url)
    shown = _deb_uri(url, component) if component is not None else url
    if base != name:
        return Checked(f"{shown} -> {name}")
    return Checked(shown)


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=finalize,
    )
    env.template_class = CheckedTemplate
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
