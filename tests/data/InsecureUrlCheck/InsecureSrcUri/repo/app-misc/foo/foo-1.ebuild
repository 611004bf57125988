# Copyright 2024 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Package of a QA test case"
HOMEPAGE="https://example.org/"
SRC_URI="http://example.org/${P}.tar.gz
	doc? ( http://example.org/${P}-doc.tar.gz -> ${PN}-docs-${PV}.tar.gz )
	https://example.com/${P}-extra.tar.gz"

LICENSE="MIT"
SLOT="0"
KEYWORDS="~amd64"
IUSE="doc"
