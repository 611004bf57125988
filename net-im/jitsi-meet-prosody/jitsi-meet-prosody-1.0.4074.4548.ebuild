# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Prosody configuration template and plugins for the Jitsi Meet server"
HOMEPAGE="https://github.com/jitsi/jitsi-meet"
SRC_URI="
	https://github.com/jitsi/jitsi-meet/archive/stable/jitsi-meet_4548.tar.gz
"
S="${WORKDIR}/jitsi-meet-stable-jitsi-meet_4548"

LICENSE="Apache-2.0"
SLOT="0"
KEYWORDS="~amd64"
RESTRICT="mirror"

RDEPEND=">=net-im/prosody-0.12"

# The top-level Makefile builds the web app with npm; only files are installed.
src_compile() {
	:
}

src_install() {
	# Plugins are loaded through plugin_paths of the generated virtual host.
	insinto /usr/share/jitsi-meet/prosody-plugins
	doins -r resources/prosody-plugins/.

	# Upstream's virtual host template, kept for reference by the configurator.
	insinto "/usr/share/${PN}"
	doins -r doc/debian/jitsi-meet-prosody/.
}
