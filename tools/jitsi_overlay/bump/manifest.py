"""Thin Manifests (DIST lines only), byte-identical to what ``pkgdev manifest`` writes."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import OverlayError
from .lock import Distfile, Lock
from .render import CATEGORY


class ManifestError(OverlayError):
    pass


def dist_line(d: Distfile) -> str:
    return f"DIST {d.name} {d.size} BLAKE2B {d.blake2b} SHA512 {d.sha512}"


def manifest_text(distfiles: Iterable[Distfile]) -> str:
    """Manifest text for one package; same name twice must carry the same hashes."""
    by_name: dict[str, Distfile] = {}
    for d in distfiles:
        seen = by_name.get(d.name)
        if seen is not None and (seen.size, seen.blake2b, seen.sha512) != (
            d.size, d.blake2b, d.sha512
        ):
            raise ManifestError(f"distfile {d.name!r} has different sizes or hashes in two "
                                "locks: refresh the older lock with --refresh")
        by_name[d.name] = d
    return "".join(dist_line(by_name[n]) + "\n" for n in sorted(by_name))


def manifests_for(locks: Iterable[Lock]) -> dict[str, str]:
    """``{"net-im/<pn>/Manifest": text}`` for every package with distfiles in ``locks``.

    Packages without distfiles get no Manifest, as pkgdev does with thin manifests.
    """
    per_pkg: dict[str, list[Distfile]] = {}
    for lock in locks:
        for comp in lock.components:
            per_pkg.setdefault(comp.name, []).extend(comp.distfiles)
    out = {}
    for pn in sorted(per_pkg):
        if per_pkg[pn]:
            out[f"{CATEGORY}/{pn}/Manifest"] = manifest_text(per_pkg[pn])
    return out
