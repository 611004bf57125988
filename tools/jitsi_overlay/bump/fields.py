"""Strict grammars for every upstream value that reaches a URL, a file name or an ebuild.

A good signature proves who wrote an index, not that its fields are safe to paste into
bash: every ``Package``, ``Version``, ``Filename``, ``Size`` and ``SHA256`` is checked here
before it is used, and the renderer only emits values that passed one of these checks.
This is the one place that defines what the toolkit accepts (the live-ebuild eclass
mirrors it); every check is ASCII-only and anchored at both ends (``fullmatch``).
"""

from __future__ import annotations

import re

from ..errors import OverlayError

# apt's default Acquire::MaxReleaseFileSize; InRelease/Release are refused beyond it.
MAX_RELEASE_FILE = 10 << 20
# Jitsi's Packages index is a few hundred KiB; this bounds both compressed and unpacked.
MAX_PACKAGES_FILE = 64 << 20
MAX_KEY_FILE = 1 << 20
# Jitsi's largest .deb is ~100 MB; anything far beyond is a hostile or broken index.
MAX_DEB_SIZE = 2 << 30
# Any distfile of a lock (source tarballs, Maven artifacts, .debs).
MAX_DISTFILE_SIZE = 4 << 30

INDEX_FIX = "the index is hostile or broken; use another --archive"
LOCK_FIX = "fix the lock file, or regenerate it with --refresh"

_PACKAGE = re.compile(r"[a-z0-9][a-z0-9+.-]+")  # Debian Policy 5.6.1
_EPOCH = re.compile(r"[0-9]{1,9}")
_UPSTREAM_WITH_REVISION = re.compile(r"[0-9][A-Za-z0-9.+~-]*")  # Policy 5.6.12
_UPSTREAM_ALONE = re.compile(r"[0-9][A-Za-z0-9.+~]*")
_REVISION = re.compile(r"[A-Za-z0-9+.~]+")
# One path component of a pool file or a distfile name: never '.', '..' or hidden.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+~-]*")
_DIGITS = re.compile(r"[0-9]{1,15}")
_HEX = re.compile(r"[0-9a-fA-F]+")
_URL = re.compile(
    r"https?://[A-Za-z0-9][A-Za-z0-9.-]{0,252}(?::[0-9]{1,5})?"
    r"(?:/[A-Za-z0-9._~+%=,@:-]*)*"
)
_DATA_MEMBER = re.compile(r"data\.tar(?:\.(?:gz|xz|zst|bz2|lzma))?")
# Gentoo package names and versions (PMS 3.1.2, 3.2): they become ebuild paths.
_GENTOO_PN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9+_-]*")
_GENTOO_PV = re.compile(
    r"[0-9]+(?:\.[0-9]+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)[0-9]*)*(?:-r[0-9]+)?"
)
# One word that is inert in any bash context (quoted, unquoted, comment, array element):
# no whitespace, quotes, '$', '`', '\', globs, redirections, separators or controls.
_EBUILD_WORD = re.compile(r"[A-Za-z0-9._+~:/=,@%-]*")

MAX_TEXT = 512  # longest accepted value of any field (Debian's longest Filename is ~200)


class FieldError(OverlayError):
    """A value from the index or a lock does not follow its grammar."""


class Checked(str):
    """A string that passed one of the checks here: one inert shell word.

    The renderer emits such values as they are and refuses plain strings that could
    be anything else (see ``render.finalize``).
    """

    __slots__ = ()


def show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


def _fail(what: str, value: object, grammar: str, fix: str) -> FieldError:
    return FieldError(f"{what} {show(value)} is not {grammar}: {fix}")


def _text(value: object, what: str, grammar: str, fix: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _fail(what, value, grammar, fix)
    return value


def _whole_match(pattern: re.Pattern[str], value: object, what: str, grammar: str,
                 fix: str) -> Checked:
    """``value`` when it is text that ``pattern`` matches whole; the checks that are one
    regular expression differ only in it and in how they name their grammar."""
    text = _text(value, what, grammar, fix)
    if not pattern.fullmatch(text):
        raise _fail(what, value, grammar, fix)
    return Checked(text)


def package_name(value: object, *, what: str = "Package", fix: str = INDEX_FIX) -> Checked:
    grammar = "a Debian package name (lower-case letters, digits, '+', '-', '.')"
    return _whole_match(_PACKAGE, value, what, grammar, fix)


def version(value: object, *, what: str = "Version", fix: str = INDEX_FIX) -> Checked:
    """``[epoch:]upstream[-revision]`` as Debian Policy 5.6.12 defines it."""
    grammar = "a Debian version ([epoch:]upstream[-revision], letters, digits and .+~-)"
    text = _text(value, what, grammar, fix)
    epoch, sep, rest = text.partition(":")
    if not sep:
        epoch, rest = "", text
    elif not _EPOCH.fullmatch(epoch):
        raise _fail(what, value, grammar, fix)
    upstream, dash, revision = rest.rpartition("-")
    if dash:
        ok = bool(_UPSTREAM_WITH_REVISION.fullmatch(upstream) and _REVISION.fullmatch(revision))
    else:
        ok = bool(_UPSTREAM_ALONE.fullmatch(rest))
    if not ok:
        raise _fail(what, value, grammar, fix)
    return Checked(text)


def pool_filename(value: object, *, what: str = "Filename", fix: str = INDEX_FIX) -> Checked:
    """A relative, normalised path ending in ``.deb``; a leading ``./`` is dropped."""
    grammar = ("a relative pool path ending in .deb (no '..', no absolute path, components "
               "of letters, digits and ._+~-)")
    text = _text(value, what, grammar, fix)
    rel = text[2:] if text.startswith("./") else text
    parts = rel.split("/")
    if (len(parts) > 16 or not rel.endswith(".deb") or len(parts[-1]) <= len(".deb")
            or not all(_NAME.fullmatch(p) for p in parts)):
        raise _fail(what, value, grammar, fix)
    return Checked(rel)


def distfile_name(value: object, *, what: str = "distfile name", fix: str = LOCK_FIX) -> Checked:
    grammar = "a plain file name (letters, digits and ._+~-, not starting with a dot)"
    return _whole_match(_NAME, value, what, grammar, fix)


def size(value: object, *, what: str = "Size", limit: int = MAX_DEB_SIZE,
         fix: str = INDEX_FIX) -> int:
    """A positive byte count of at most ``limit``, from decimal text or an int."""
    grammar = f"a size in bytes between 1 and {limit}"
    if isinstance(value, bool):
        raise _fail(what, value, grammar, fix)
    if isinstance(value, str):
        if not _DIGITS.fullmatch(value):
            raise _fail(what, value, grammar, fix)
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        raise _fail(what, value, grammar, fix)
    if not 1 <= number <= limit:
        raise _fail(what, value, grammar, fix)
    return number


def hex_digest(value: object, length: int, *, what: str, fix: str = INDEX_FIX) -> Checked:
    grammar = f"{length} hexadecimal digits"
    text = _text(value, what, grammar, fix)
    if len(text) != length or not _HEX.fullmatch(text):
        raise _fail(what, value, grammar, fix)
    return Checked(text.lower())


def sha256(value: object, *, what: str = "SHA256", fix: str = INDEX_FIX) -> Checked:
    return hex_digest(value, 64, what=what, fix=fix)


def url(value: object, *, what: str = "URL", fix: str = LOCK_FIX) -> Checked:
    grammar = "an http(s) URL of letters, digits and ._~+%=,@:-/ (no '..' component)"
    checked = _whole_match(_URL, value, what, grammar, fix)  # bounds the length first
    if "/../" in checked + "/" or "/./" in checked + "/":
        raise _fail(what, value, grammar, fix)
    return checked


def data_member(value: object, *, what: str = "data member", fix: str = INDEX_FIX) -> Checked:
    grammar = "data.tar with an optional .gz/.xz/.zst/.bz2/.lzma suffix"
    return _whole_match(_DATA_MEMBER, value, what, grammar, fix)


def gentoo_package(value: object, *, what: str = "package name", fix: str = LOCK_FIX) -> Checked:
    grammar = "a Gentoo package name (letters, digits and +_-)"
    return _whole_match(_GENTOO_PN, value, what, grammar, fix)


def gentoo_version(value: object, *, what: str = "ebuild version", fix: str = LOCK_FIX) -> Checked:
    grammar = "a Gentoo version (e.g. 1.0.9365.11146)"
    return _whole_match(_GENTOO_PV, value, what, grammar, fix)


def ebuild_word(value: object, *, what: str = "value", fix: str = LOCK_FIX) -> Checked:
    """Any other string that reaches an ebuild: one inert shell word (may be empty)."""
    grammar = ("one shell-inert word (letters, digits and ._+~:/=,@%-; no spaces, quotes, "
               "'$', '`', '\\' or control characters)")
    return _whole_match(_EBUILD_WORD, value, what, grammar, fix)
