import os
import sys

try:
    import portage  # noqa: F401
except ImportError:
    # portage may be installed for another Python than ours: emerge names its modules.
    if os.environ.get("PORTAGE_PYM_PATH"):
        sys.path.append(os.environ["PORTAGE_PYM_PATH"])

from .main import main

sys.exit(main())
