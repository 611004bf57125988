# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live unpacker

MY_PN="jitsi-meet-turnserver"

DESCRIPTION="coturn configuration for Jitsi Meet (TURN on 3478, TLS TURN on 5349)"
HOMEPAGE="https://jitsi.org/jitsi-meet/ https://github.com/jitsi/jitsi-meet"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"

RDEPEND="
	~net-im/jitsi-meet-web-config-${PV}
	net-im/coturn
"

src_unpack() {
	jitsi-live_src_unpack
}

src_install() {
	jitsi-live_record

	insinto /usr/share/jitsi-meet-turnserver
	doins -r usr/share/jitsi-meet-turnserver/.
}
