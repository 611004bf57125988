"""Bootable systemd-nspawn rootfs images of a Gentoo Jitsi Meet server.

``build`` turns a signed Gentoo stage3 into a signed image (``gentoo-jitsi-<init>.tar.xz``
with its ``.sha512`` and ``.asc``); ``install`` verifies such an image and unpacks it into
``/var/lib/machines/NAME`` with its ``.nspawn`` file.  The one step that installs the Jitsi
packages inside the tree is replaceable (:mod:`.packages`), so the whole pipeline can be
exercised without Gentoo's package servers.
"""

from ..errors import OverlayError

INITS = ("openrc", "systemd")


class RootfsError(OverlayError):
    """A rootfs build or install step failed; the message names the cause and the fix."""
