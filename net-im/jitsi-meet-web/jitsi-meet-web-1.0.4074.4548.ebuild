# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit unpacker

MY_PN="jitsi-meet-web"
MY_PV="1.0.4074-1"

DESCRIPTION="Jitsi Meet web application (static files served by the web server)"
HOMEPAGE="https://github.com/jitsi/jitsi-meet"
SRC_URI="
	https://download.jitsi.org/stable/${MY_PN}_${MY_PV}_all.deb
"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"
KEYWORDS="~amd64"
# Upstream's prebuilt .deb; building the web app needs npm and the network.
RESTRICT="mirror"

src_install() {
	[[ -d usr/share/jitsi-meet ]] || die "the .deb holds no usr/share/jitsi-meet"
	insinto /usr/share/jitsi-meet
	doins -r usr/share/jitsi-meet/.
}
