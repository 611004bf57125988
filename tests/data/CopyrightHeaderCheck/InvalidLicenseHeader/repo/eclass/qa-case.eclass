# Copyright 2024 Jitsi overlay authors

# @ECLASS: qa-case.eclass
