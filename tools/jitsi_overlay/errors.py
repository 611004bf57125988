"""The project's single exception hierarchy.

Library code raises these; only CLIs print them (one line, exit status 1).
"""


class OverlayError(Exception):
    """Base of every error the toolkit reports to a user."""


class UsageError(OverlayError):
    """Bad command-line usage; CLIs exit with status 2."""
