# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live systemd

MY_PN="jitsi-meet"

DESCRIPTION="Jitsi Meet server: meta package of the live set and its aggregate service"
HOMEPAGE="https://jitsi.org/jitsi-meet/"
S="${WORKDIR}"

LICENSE="GPL-2"
SLOT="0"

# The configurator 2.0.0 carries the callbacks of every component of both generations.
# jitsi-live.eclass installs every package from the same upstream release.
RDEPEND="
	>=app-misc/jitsi-meet-master-config-2.0.0
	~net-im/jicofo-9999
	~net-im/jitsi-meet-prosody-9999
	~net-im/jitsi-meet-turnserver-9999
	~net-im/jitsi-meet-web-9999
	~net-im/jitsi-meet-web-config-9999
	~net-im/jitsi-videobridge-9999
"

src_install() {
	jitsi-live_record

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
