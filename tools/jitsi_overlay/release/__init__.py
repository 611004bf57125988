"""Maintainer releases of what this repository publishes besides ebuilds (the configurator)."""
