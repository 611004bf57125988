"""The maintainer commands, installed as ``jitsi-overlay-<name>`` entry points.

Each module is one command; ``tools/<name>.py`` in a checkout runs the same one.
"""
