"""The distribution's own component callbacks, one package per configured component.

Each ``<name>/__init__.py`` defines ``CALLBACK`` (see :mod:`jitsi_configurator.api`) and may
have a ``templates/`` directory beside it; ``registry.COMPONENTS`` lists them.  What several
components need is in :mod:`jitsi_configurator.helpers`.
"""
