"""This repository's production settings: the demo site's, with a real INCASSO_SECRET required.

Use it through `incasso build --production` (fresh folders, swapped in only
when all went well). Run directly (`pelican -s publishconf.py`), the secret is
checked while the settings load, so a refused build touches nothing.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *

from pelican.plugins.incasso.publishconf import DELETE_OUTPUT_DIRECTORY  # noqa: F401
from pelican.plugins.incasso.publishconf import INCASSO as _PRODUCTION

INCASSO = {**INCASSO, "PRODUCTION": True, "PUBLIC_URL": _PRODUCTION["PUBLIC_URL"]}
