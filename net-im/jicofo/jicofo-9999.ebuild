# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live systemd tmpfiles unpacker

MY_PN="jicofo"

DESCRIPTION="Jitsi Conference Focus: manages sessions between participants and the bridge"
HOMEPAGE="https://github.com/jitsi/jicofo"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"

RDEPEND="
	acct-group/jitsi
	acct-user/jicofo
	|| (
		virtual/jre:21
		virtual/jre:17
	)
"

src_unpack() {
	jitsi-live_src_unpack
}

src_install() {
	jitsi-live_record

	insinto /usr/share/jicofo
	doins usr/share/jicofo/jicofo.jar
	doins -r usr/share/jicofo/lib

	insinto /etc/jitsi/jicofo
	doins etc/jitsi/jicofo/logging.properties

	exeinto /usr/libexec/jicofo
	newexe "${FILESDIR}"/jicofo.launcher-r2 jicofo

	newinitd "${FILESDIR}"/jicofo.initd-r2 jicofo
	newconfd "${FILESDIR}"/jicofo.confd-r2 jicofo
	systemd_newunit "${FILESDIR}"/jicofo.service-r2 jicofo.service
	newtmpfiles "${FILESDIR}"/jicofo.tmpfiles-r2 jicofo.conf

	insinto /etc/logrotate.d
	newins "${FILESDIR}"/jicofo.logrotate-r2 jicofo
}

pkg_postinst() {
	tmpfiles_process jicofo.conf
	elog "Generate /etc/jitsi/jicofo/jicofo.conf with:"
	elog "  emerge --config app-misc/jitsi-meet-master-config"
}
