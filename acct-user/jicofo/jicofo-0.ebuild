# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

inherit acct-user

DESCRIPTION="User for the Jitsi Conference Focus (net-im/jicofo)"
# The eclass keywords every arch stable; this overlay is testing-only.
KEYWORDS="~amd64"
# Dynamic: ::gentoo reserves fixed IDs for its own packages; overlays use -1.
ACCT_USER_ID=-1
ACCT_USER_GROUPS=( jitsi )
ACCT_USER_HOME=/etc/jitsi/jicofo
ACCT_USER_HOME_PERMS=0750

acct-user_add_deps
