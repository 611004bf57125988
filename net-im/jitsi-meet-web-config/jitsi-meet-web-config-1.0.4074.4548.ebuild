# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="nginx site, config.js and certificates for the Jitsi Meet web application"
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
	>=app-crypt/certbot-2.1[certbot-nginx]
	dev-libs/openssl
	>=www-servers/nginx-1.22[stream,nginx_modules_http_ssl,nginx_modules_http_v2,nginx_modules_stream_map,nginx_modules_stream_ssl_preread]
"

# The top-level Makefile builds the web app with npm; only files are installed.
src_compile() {
	:
}

src_install() {
	# Templates the configurator renders per host into /etc/jitsi/meet.
	insinto "/usr/share/${PN}"
	doins config.js
	doins -r doc/debian/jitsi-meet/.

	keepdir /etc/jitsi/meet
	# Web root for ACME HTTP-01 challenges (certbot --webroot).
	keepdir /var/lib/jitsi-meet-web-config/.well-known/acme-challenge
}
