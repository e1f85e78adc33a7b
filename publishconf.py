"""Production settings: a real INCASSO_SECRET is required, the output is rebuilt from scratch.

Use it through `incasso build --production` (fresh folders, swapped in only
when all went well). Run directly (`pelican -s publishconf.py`), Pelican
empties OUTPUT_PATH before the plugin runs: the secret is therefore checked
here, while the settings load, so a refused build touches nothing.
"""
import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F401,F403 - Pelican's documented way to extend settings
from incasso.tokens import secret_problem  # noqa: E402 - pelicanconf put plugins/ on the path

_problem = secret_problem(os.environ.get("INCASSO_SECRET"))
if _problem:
    raise SystemExit(f"refused: {_problem}; nothing was built or published.")

DELETE_OUTPUT_DIRECTORY = True
INCASSO = {**INCASSO, "PRODUCTION": True,  # noqa: F405
           "PUBLIC_URL": os.environ.get("INCASSO_PUBLIC_URL", "")}
