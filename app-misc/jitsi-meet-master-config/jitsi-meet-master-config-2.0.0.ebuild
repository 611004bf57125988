# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DISTUTILS_USE_PEP517=setuptools
DISTUTILS_SINGLE_IMPL=1
PYTHON_COMPAT=( python3_{11..14} )

inherit distutils-r1

DESCRIPTION="Configurator that wires a Jitsi Meet server from one master configuration"
HOMEPAGE="https://github.com/jitsi-gentoo/jitsi-overlay"
# A reproducible sdist of the repository's configurator/ directory (tools/release.py).
SRC_URI="https://github.com/jitsi-gentoo/jitsi-overlay/releases/download/configurator-${PV}/jitsi_meet_master_config-${PV}.tar.gz"
S="${WORKDIR}/jitsi_meet_master_config-${PV}"

LICENSE="GPL-2"
SLOT="0"
KEYWORDS="~amd64"

# portage's Python module reads the installed-package database.
RDEPEND="
	acct-group/jitsi
	dev-libs/openssl
	sys-apps/miscfiles
	$(python_gen_cond_dep '
		dev-python/jinja2[${PYTHON_USEDEP}]
		sys-apps/portage[${PYTHON_USEDEP}]
	')
"

src_install() {
	distutils-r1_src_install

	# Third-party callbacks go into directories of their own here.
	keepdir /usr/share/jitsi-meet-master-config/callbacks
	# State (record of written files, backups) may hold secrets.
	keepdir /etc/jitsi /var/lib/jitsi-meet-master-config
	fperms 0700 /var/lib/jitsi-meet-master-config
}

pkg_postinst() {
	elog "Configure the server (questions, then every installed component) with:"
	elog "  emerge --config ${CATEGORY}/${PN}"
	elog "Non-interactive runs: put JMMC_BATCH_MODE=\"y\" into"
	elog "${EROOT}/etc/jitsi/jitsi-meet-master-config, or run"
	elog "  jitsi-meet-master-config --answers FILE"
	elog "yourself (see its --help; bridge hosts: --join FILE)."
}

pkg_config() {
	# Answers come from stdin (portage does not pass the caller's environment to this
	# phase, so batch settings live in the master config); the command exits non-zero on
	# end of input, Ctrl-C or any invalid or failed step and says what, if anything, it
	# wrote.
	"${EROOT}"/usr/bin/jitsi-meet-master-config --root "${EROOT:-/}" \
		|| die "jitsi-meet-master-config: configuration failed"
}
