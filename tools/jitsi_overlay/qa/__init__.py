"""QA checks for the overlay in pkgcheck's shape, for what pkgcheck misses in an overlay.

Each check (``checks/``) is a class that declares the result classes it can
yield; ``registry.REGISTRY`` lists them (importing ``qa.checks`` registers
them), ``runner.run_checks`` runs them over a repository, ``session.run_qa``
adds pkgcheck, and ``waivers`` drops findings accepted with a reason.
"""
