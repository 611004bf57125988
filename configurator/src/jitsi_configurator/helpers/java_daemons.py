"""What jicofo and the videobridge share: two Java daemons configured two ways.

The 2020 generation (4548) reads a shell-variable ``config`` for its launcher plus a
``sip-communicator.properties``; the current generation reads one HOCON file.  Whichever
generation is installed, the other generation's files are removed: a stale file of the
other kind would be picked up by the launcher.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..api import GENERATION_2020, Action, ConfigError, Context, MasterConfig, Remove
from .files import secret_file

# The 2020 generation's files, in the daemon's configuration directory.
LEGACY_FILES = ("config", "sip-communicator.properties")


def require_generated(config: MasterConfig, *keys: str) -> None:
    """Refuse to render without the secrets an interactive run generates."""
    if all(config[key] for key in keys):
        return
    names = ", ".join(keys[:-1]) + " and " + keys[-1] if len(keys) > 1 else keys[0]
    raise ConfigError(f"{names} must be set: run the configurator interactively so it "
                      "generates them")


def system_properties(home_name: str, config_dir: str) -> str:
    """The launcher's ``-D`` options of the 2020 generation (home, logs, logging config)."""
    return " ".join((
        "-Dnet.java.sip.communicator.SC_HOME_DIR_LOCATION=/etc/jitsi",
        f"-Dnet.java.sip.communicator.SC_HOME_DIR_NAME={home_name}",
        "-Dnet.java.sip.communicator.SC_LOG_DIR_LOCATION=/var/log/jitsi",
        f"-Djava.util.logging.config.file={config_dir}/logging.properties",
    ))


def by_generation(ctx: Context, package: str, *, config_dir: str, hocon_file: str,
                  render_2020: Callable[[Context], Iterable[Action]],
                  render_hocon: Callable[[Context], Iterable[Action]]) -> Iterator[Action]:
    """The installed generation's files, and the removal of the other generation's."""
    if ctx.generation(package) == GENERATION_2020:
        yield Remove(hocon_file)
        yield from render_2020(ctx)
    else:
        for name in LEGACY_FILES:
            yield Remove(f"{config_dir}/{name}")
        yield from render_hocon(ctx)


def legacy_files(config_dir: str, owner: str, config: str, properties: str) -> Iterator[Action]:
    """The 2020 generation's two files; both hold secrets and are the daemon's to read."""
    yield secret_file(f"{config_dir}/config", config, owner=owner, group="jitsi",
                      validator="shell-env")
    yield secret_file(f"{config_dir}/sip-communicator.properties", properties, owner=owner,
                      group="jitsi", validator="properties")
