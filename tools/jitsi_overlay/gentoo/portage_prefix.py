"""A throw-away Portage prefix where real ``emerge`` merges packages offline.

pip's portage is a "module" install whose EPREFIX is the venv; setting
PORTAGE_OVERRIDE_EPREFIX moves both the running root and the target root into
the prefix, which is what makes ``emerge`` (not only ``ebuild``) work.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import OverlayError
from ..release.configurator import released_distdir
from ._conf import NO_FETCH, check_repos, profile_dir, repos_conf, symlink

# The checkout this library belongs to (for its released distfiles).
CHECKOUT = Path(__file__).resolve().parents[3]

# Variables of the caller's environment that would override the prefix's make.conf.
_SCRUBBED = (
    "ROOT",
    "EPREFIX",
    "EROOT",
    "PORTAGE_CONFIGROOT",
    "PORTAGE_OVERRIDE_EPREFIX",
    "FEATURES",
    "USE",
    "ACCEPT_KEYWORDS",
    "ACCEPT_LICENSE",
    "DISTDIR",
    "PKGDIR",
    "PORTAGE_TMPDIR",
    "PORTAGE_RO_DISTDIRS",
    "EMERGE_DEFAULT_OPTS",
    "PORTDIR",
    "PORTDIR_OVERLAY",
    "MAKEOPTS",
    "PYTHONPATH",
)


class EmergeError(OverlayError):
    """emerge exited non-zero; ``result`` holds the completed process."""

    def __init__(self, message: str, result: subprocess.CompletedProcess) -> None:
        super().__init__(message)
        self.result = result


def _portage_bin(name: str) -> str:
    """Path of a portage command installed beside this interpreter."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise OverlayError(
            f"portage command {name!r} not found: install portage with pip ('./dev setup')"
        )
    return found


def _portage_share() -> Path:
    share = Path(sys.prefix) / "share" / "portage"
    if not (share / "config" / "make.globals").is_file():
        raise OverlayError(
            f"'{share}/config/make.globals' is missing: portage must be pip-installed "
            "in the running environment"
        )
    return share


def _make_conf(root: Path, distdirs: Sequence[Path]) -> str:
    user = pwd.getpwuid(os.getuid()).pw_name
    group = grp.getgrgid(os.getgid()).gr_name
    ro = " ".join(str(Path(d).resolve()) for d in distdirs)
    return "\n".join(
        [
            "# Written by jitsi_overlay.gentoo.portage_prefix for a test prefix.",
            # No sys-apps/sandbox on Debian and no portage user; network-,
            # ipc- and pid-sandbox stay on (make.globals) to keep builds offline.
            'FEATURES="-sandbox -usersandbox -userpriv -userfetch -usersync nostrip"',
            f'PORTAGE_USERNAME="{user}"',
            f'PORTAGE_GRPNAME="{group}"',
            f'PORTAGE_TMPDIR="{root}/var/tmp"',
            f'DISTDIR="{root}/var/cache/distfiles"',
            f'PKGDIR="{root}/var/cache/binpkgs"',
            f'PORTAGE_RO_DISTDIRS="{ro}"',
            'ACCEPT_KEYWORDS="~amd64"',
            'GENTOO_MIRRORS=""',
            f"FETCHCOMMAND={NO_FETCH}",
            f"RESUMECOMMAND={NO_FETCH}",
            'CLEAN_DELAY="0"',
            'EMERGE_WARNING_DELAY="0"',
            'PORTAGE_ELOG_SYSTEM="echo"',
            "",
        ]
    )


def _system_python(usr: Path) -> None:
    """Make ``usr/bin/pythonX.Y`` the prefix's own interpreter, as on a Gentoo system.

    It is the host's interpreter turned into a virtual environment rooted at ``usr``
    (``usr/pyvenv.cfg``), so its site-packages is ``usr/lib/pythonX.Y/site-packages``:
    exactly what python_get_sitedir names and packages merge into, and nothing else (not
    the venv running portage).  python-single-r1 runs it as ${EPREFIX}/usr/bin/${EPYTHON}
    and installed entry points name it in their shebang.
    """
    impl = f"python{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(os.path.realpath(getattr(sys, "_base_executable", sys.executable)))
    symlink(usr / "bin" / impl, base)
    (usr / "lib" / impl / "site-packages").mkdir(parents=True, exist_ok=True)
    (usr / "pyvenv.cfg").write_text(
        f"home = {base.parent}\n"
        "include-system-site-packages = false\n"
        f"version = {'.'.join(map(str, sys.version_info[:3]))}\n"
    )


@dataclass(frozen=True)
class PortagePrefix:
    """A prefix at ``root`` (EPREFIX) with its own /etc/portage, vdb and DISTDIR."""

    root: Path

    @classmethod
    def create(
        cls,
        dest: Path,
        *,
        repos: Mapping[str, Path],
        distdirs: Sequence[Path],
        profile: str = "default/linux/amd64",
        provided: Sequence[str] = (),
    ) -> PortagePrefix:
        """Lay out a new prefix in ``dest``; ``repos`` must include ``gentoo``.

        ``distdirs`` are read-only distfile directories (PORTAGE_RO_DISTDIRS), to which
        the checkout's released sdists (tools/releases/configurator) are added, as the
        release assets they are published as; nothing is ever downloaded.  ``provided``
        atoms (``cat/pkg-version``) count as installed (profile/package.provided), for
        external packages whose stubs would only cost merge time.
        """
        checked = check_repos(repos)
        root = Path(dest).resolve()
        etc = root / "etc" / "portage"
        for d in (
            etc,
            root / "share",
            root / "usr" / "bin",
            root / "var" / "tmp",
            root / "var" / "cache" / "distfiles",
        ):
            d.mkdir(parents=True, exist_ok=True)
        symlink(root / "share" / "portage", _portage_share())
        tar = shutil.which("tar")
        if tar is None:
            raise OverlayError("GNU tar not found on PATH: install the 'tar' package")
        # portage's unpack() calls gtar.
        symlink(root / "usr" / "bin" / "gtar", Path(tar))
        _system_python(root / "usr")
        (etc / "repos.conf").write_text(repos_conf(checked))
        symlink(etc / "make.profile", profile_dir(checked["gentoo"], profile))
        released = released_distdir(CHECKOUT)
        offered = [*distdirs, *([released] if released.is_dir() else [])]
        (etc / "make.conf").write_text(_make_conf(root, offered))
        if provided:
            (etc / "profile").mkdir()
            (etc / "profile" / "package.provided").write_text("".join(f"{a}\n" for a in provided))
        return cls(root)

    @property
    def vdb(self) -> Path:
        """The installed-package database (var/db/pkg)."""
        return self.root / "var" / "db" / "pkg"

    def env(self) -> dict[str, str]:
        """Environment for portage commands aimed at this prefix."""
        env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
        env["PORTAGE_OVERRIDE_EPREFIX"] = str(self.root)
        if sys.prefix != sys.base_prefix:
            # Without it portage hands ebuilds the venv's base interpreter as
            # PORTAGE_PYTHON, which cannot import portage.
            env["VIRTUAL_ENV"] = sys.prefix
        # The ebuild PATH is portage's helpers plus ours; gtar must come first.
        bin_dir = str(Path(sys.executable).parent)
        env["PATH"] = os.pathsep.join(
            [str(self.root / "usr" / "bin"), bin_dir, env.get("PATH", "")]
        )
        env.setdefault("LC_ALL", "C.UTF-8")
        return env

    def emerge(
        self, *args: str, input: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess:
        """Run ``emerge ARGS`` in the prefix; stdin is ``input`` (empty when None)."""
        argv = [_portage_bin("emerge"), *args]
        result = subprocess.run(
            argv,
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            env=self.env(),
            check=False,
        )
        if check and result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).splitlines()[-25:])
            raise EmergeError(
                f"'emerge {' '.join(args)}' in prefix '{self.root}' exited "
                f"{result.returncode}; last output:\n{tail}",
                result,
            )
        return result

    def spawn(self, *argv: str, timeout: float = 120):
        """Start ``argv`` (``emerge`` etc. resolved to portage's) under a pty with pexpect."""
        import pexpect  # test-only dependency

        if not argv:
            raise OverlayError("spawn() needs a command, e.g. spawn('emerge', '--config', ATOM)")
        command = argv[0]
        if "/" not in command and (Path(sys.executable).parent / command).exists():
            command = str(Path(sys.executable).parent / command)
        return pexpect.spawn(
            command, list(argv[1:]), env=self.env(), encoding="utf-8", timeout=timeout
        )
