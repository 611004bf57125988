# Copyright 2024 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

PROPERTIES="live"

DESCRIPTION="Package of a QA test case"
HOMEPAGE="https://example.org/"

LICENSE="MIT"
SLOT="0"

