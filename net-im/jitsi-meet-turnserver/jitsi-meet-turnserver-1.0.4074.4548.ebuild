# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="coturn configuration for the Jitsi Meet server (TURN on the HTTPS port)"
HOMEPAGE="https://github.com/jitsi/jitsi-meet"
SRC_URI="
	https://github.com/jitsi/jitsi-meet/archive/stable/jitsi-meet_4548.tar.gz
"
S="${WORKDIR}/jitsi-meet-stable-jitsi-meet_4548"

LICENSE="Apache-2.0"
SLOT="0"
KEYWORDS="~amd64"
RESTRICT="mirror"

RDEPEND="
	net-im/coturn
	>=www-servers/nginx-1.22[stream,nginx_modules_http_ssl,nginx_modules_stream_map,nginx_modules_stream_ssl_preread]
"

# The top-level Makefile builds the web app with npm; only files are installed.
src_compile() {
	:
}

src_install() {
	# turnserver.conf and the nginx stream multiplexer, as upstream ships them.
	insinto "/usr/share/${PN}"
	doins -r doc/debian/jitsi-meet-turn/.
}
