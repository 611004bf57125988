"""Maintainer library of the jitsi overlay: bump, render, QA and test environments."""
