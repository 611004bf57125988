# Copyright 2024 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Package of a QA test case"
HOMEPAGE="https://example.org/"
SRC_URI="https://example.org/${P}.tar.gz https://example.org/${P}-data.tar.gz https://example.org/${P}-absent.tar.gz"

LICENSE="MIT"
SLOT="0"
KEYWORDS="~amd64"

