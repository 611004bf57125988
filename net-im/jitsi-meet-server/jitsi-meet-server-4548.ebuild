# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit systemd

DESCRIPTION="Jitsi Meet server: meta package pinning stable 4548 and its aggregate service"
HOMEPAGE="https://jitsi.org/jitsi-meet/"
S="${WORKDIR}"

LICENSE="GPL-2"
SLOT="0"
KEYWORDS="~amd64"

# The configurator 2.0.0 carries the callbacks of every component of both generations.
# Upstream's jitsi-meet 2.0.4548-1 pins these exact component versions.
RDEPEND="
	>=app-misc/jitsi-meet-master-config-2.0.0
	~net-im/jicofo-1.0.567.4548
	~net-im/jitsi-meet-prosody-1.0.4074.4548
	~net-im/jitsi-meet-turnserver-1.0.4074.4548
	~net-im/jitsi-meet-web-1.0.4074.4548
	~net-im/jitsi-meet-web-config-1.0.4074.4548
	~net-im/jitsi-videobridge-2.1.197.4548
"

src_install() {
	newinitd "${FILESDIR}"/jitsi-meet-server.initd-r1 jitsi-meet-server
	systemd_newunit "${FILESDIR}"/jitsi-meet-server.service-r1 jitsi-meet-server.service

	exeinto /usr/libexec/jitsi-meet-server
	newexe "${FILESDIR}"/jitsi-meet-server-healthcheck-r1 jitsi-meet-server-healthcheck
}

pkg_postinst() {
	if [[ -z ${REPLACING_VERSIONS} ]]; then
		elog "Configure every component in one step with:"
		elog "  emerge --config app-misc/jitsi-meet-master-config"
		elog "then start the aggregate service jitsi-meet-server."
	fi
}
