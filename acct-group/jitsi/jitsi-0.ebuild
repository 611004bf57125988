# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit acct-group

DESCRIPTION="Group shared by the Jitsi Meet service accounts (jicofo, jvb)"
# The eclass keywords every arch stable; this overlay is testing-only.
KEYWORDS="~amd64"
# Dynamic: ::gentoo reserves fixed IDs for its own packages; overlays use -1.
ACCT_GROUP_ID=-1
