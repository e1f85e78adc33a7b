"""This repository's production settings: the demo site's, with a real INCASSO_SECRET required.

Use it through `incasso build --production` (fresh folders, swapped in only
when all went well). Run directly (`pelican -s publishconf.py`), the secret is
checked while the settings load, so a refused build touches nothing.
"""
import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F401,F403 - Pelican's documented way to extend settings
from pelican.plugins.incasso.publishconf import DELETE_OUTPUT_DIRECTORY, INCASSO as _PRODUCTION  # noqa: E402,F401

INCASSO = {**INCASSO, "PRODUCTION": True, "PUBLIC_URL": _PRODUCTION["PUBLIC_URL"]}  # noqa: F405
