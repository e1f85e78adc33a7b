"""Production settings: a real INCASSO_SECRET is required, the output is rebuilt from scratch.

Use it through `incasso build --production` (fresh folders, swapped in only
when all went well). Run directly (`pelican -s publishconf.py`), Pelican
empties OUTPUT_PATH before the plugin runs: the secret is therefore checked
here, while the settings load, so a refused build touches nothing.
"""

import os

from incasso.payments.tokens import secret_problem
from pelican.plugins.incasso.pelicanconf import *

_problem = secret_problem(os.environ.get("INCASSO_SECRET"))
if _problem:
    raise SystemExit(f"refused: {_problem}; nothing was built or published.")

DELETE_OUTPUT_DIRECTORY = True
INCASSO = {
    **INCASSO,
    "PRODUCTION": True,
    "PUBLIC_URL": os.environ.get("INCASSO_PUBLIC_URL", ""),
}
