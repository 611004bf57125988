# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live unpacker

MY_PN="jitsi-meet-web"

DESCRIPTION="Jitsi Meet web application (prebuilt static files)"
HOMEPAGE="https://jitsi.org/jitsi-meet/ https://github.com/jitsi/jitsi-meet"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"

src_unpack() {
	jitsi-live_src_unpack
}

src_install() {
	jitsi-live_record

	insinto /usr/share/jitsi-meet
	doins -r usr/share/jitsi-meet/.
}
