# Copyright 2024-2020 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

# @ECLASS: qa-case.eclass
