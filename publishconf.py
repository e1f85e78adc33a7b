"""Production settings: a real INCASSO_SECRET is required, the output is rebuilt from scratch."""
import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F401,F403 - Pelican's documented way to extend settings

DELETE_OUTPUT_DIRECTORY = True
INCASSO = {**INCASSO, "PRODUCTION": True,  # noqa: F405
           "PUBLIC_URL": os.environ.get("INCASSO_PUBLIC_URL", "")}
