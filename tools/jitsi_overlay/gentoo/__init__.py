"""Real Gentoo tools (pkgcore/pkgcheck, portage) run against throw-away configurations.

``pkgcore_config`` writes a portage-style config directory for pkgcheck/pkgdev,
``pkgcheck_scan`` runs pkgcheck in-process, ``portage_prefix`` builds a temporary
Portage prefix (PORTAGE_OVERRIDE_EPREFIX) where ``emerge`` merges packages.
"""
