# Copyright 2024 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Package of a QA test case"
HOMEPAGE="https://example.org/"

LICENSE="MIT"
SLOT="0"
KEYWORDS="~amd64"

src_install() {
	newinitd "${FILESDIR}"/${PN}.initd-r1 ${PN}
	insinto /etc/logrotate.d
	newins "${FILESDIR}/${PN}.logrotate-r1" ${PN}
}
