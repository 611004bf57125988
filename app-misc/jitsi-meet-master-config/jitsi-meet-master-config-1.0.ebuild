# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

PYTHON_COMPAT=( python3_{11..14} )

inherit python-single-r1

DESCRIPTION="Configurator that wires a Jitsi Meet server from one master configuration"
HOMEPAGE="https://jitsi.org/"
S=${WORKDIR}

LICENSE="GPL-2"
SLOT="0"
KEYWORDS="~amd64"
REQUIRED_USE="${PYTHON_REQUIRED_USE}"

RDEPEND="
	${PYTHON_DEPS}
	acct-group/jitsi
	dev-libs/openssl
	sys-apps/miscfiles
	sys-apps/portage
	$(python_gen_cond_dep 'dev-python/jinja2[${PYTHON_USEDEP}]')
"

src_install() {
	insinto /usr/lib/jitsi-meet-master-config
	doins -r "${FILESDIR}"/jmmc
	python_optimize "${ED}"/usr/lib/jitsi-meet-master-config

	# Each component package installs its callback into a directory of its own here.
	keepdir /usr/share/jitsi-meet-master-config/callbacks
	keepdir /etc/jitsi /var/lib/jitsi-meet-master-config
	fperms 0700 /var/lib/jitsi-meet-master-config
}

pkg_postinst() {
	elog "Configure the server (questions, then every installed component) with:"
	elog "  emerge --config ${CATEGORY}/${PN}"
	elog "Non-interactive runs: put JMMC_BATCH_MODE=\"y\" into"
	elog "${EROOT}/etc/jitsi/jitsi-meet-master-config, or set JMMC_ANSWERS to an answers file."
}

pkg_config() {
	python_setup
	local args=( --root "${EROOT:-/}" )
	[[ -n ${JMMC_ANSWERS} ]] && args+=( --answers "${JMMC_ANSWERS}" )
	# The configurator reads the answers from stdin and exits non-zero on end of
	# input, Ctrl-C or any invalid or failed step, having written nothing.
	PYTHONPATH="${EROOT}/usr/lib/jitsi-meet-master-config${PYTHONPATH:+:${PYTHONPATH}}" \
		"${PYTHON}" -m jmmc "${args[@]}" || die "jitsi-meet-master-config: configuration failed"
}
