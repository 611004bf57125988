# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit jitsi-live systemd tmpfiles unpacker

MY_PN="jitsi-videobridge2"

DESCRIPTION="WebRTC compatible Selective Forwarding Unit (SFU) of Jitsi Meet"
HOMEPAGE="https://jitsi.org/jitsi-videobridge/ https://github.com/jitsi/jitsi-videobridge"
S="${WORKDIR}"

LICENSE="Apache-2.0"
SLOT="0"

RDEPEND="
	acct-group/jitsi
	acct-user/jvb
	|| (
		virtual/jre:21
		virtual/jre:17
	)
	sys-apps/util-linux
	sys-process/procps
"

src_unpack() {
	jitsi-live_src_unpack
}

src_install() {
	jitsi-live_record

	insinto /usr/share/jitsi-videobridge
	doins usr/share/jitsi-videobridge/jitsi-videobridge.jar
	doins -r usr/share/jitsi-videobridge/lib

	insinto /etc/jitsi/videobridge
	doins etc/jitsi/videobridge/logging.properties

	exeinto /usr/libexec/jitsi-videobridge
	newexe "${FILESDIR}"/jitsi-videobridge.launcher-r2 jitsi-videobridge

	newinitd "${FILESDIR}"/jitsi-videobridge.initd-r2 jitsi-videobridge
	newconfd "${FILESDIR}"/jitsi-videobridge.confd-r2 jitsi-videobridge
	systemd_newunit "${FILESDIR}"/jitsi-videobridge.service-r2 jitsi-videobridge.service
	newtmpfiles "${FILESDIR}"/jitsi-videobridge.tmpfiles-r2 jitsi-videobridge.conf

	insinto /etc/logrotate.d
	newins "${FILESDIR}"/jitsi-videobridge.logrotate-r2 jitsi-videobridge

	insinto /usr/lib/sysctl.d
	newins "${FILESDIR}"/jitsi-videobridge.sysctl-r2 60-jitsi-videobridge.conf
}

pkg_postinst() {
	tmpfiles_process jitsi-videobridge.conf
	elog "Generate /etc/jitsi/videobridge/jvb.conf with:"
	elog "  emerge --config app-misc/jitsi-meet-master-config"
	elog "The larger UDP buffers apply at boot, or now with:"
	elog "  sysctl -p /usr/lib/sysctl.d/60-jitsi-videobridge.conf"
}
