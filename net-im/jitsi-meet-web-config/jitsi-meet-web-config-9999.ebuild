# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live unpacker

MY_PN="jitsi-meet-web-config"

DESCRIPTION="Configuration templates for serving Jitsi Meet with nginx"
HOMEPAGE="https://jitsi.org/jitsi-meet/ https://github.com/jitsi/jitsi-meet"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"

RDEPEND="
	~net-im/jitsi-meet-web-${PV}
	>=app-crypt/certbot-2.1[certbot-nginx]
	dev-libs/openssl
	>=www-servers/nginx-1.22[nginx_modules_http_ssl,nginx_modules_http_v2]
"

src_unpack() {
	jitsi-live_src_unpack
}

src_install() {
	jitsi-live_record

	insinto /usr/share/jitsi-meet-web-config
	doins -r usr/share/jitsi-meet-web-config/.
}
