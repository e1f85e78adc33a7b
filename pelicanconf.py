"""This repository's demo site: `pelican -s pelicanconf.py` or `incasso build` (run here).

It is a Pelican site like any other that uses the `incasso` plugin by name,
starting from the plugin's statement-site settings. `content` and `theme`
here are the plugin's own (see README, "Where things are").
"""

from pathlib import Path

from pelican.plugins.incasso.pelicanconf import *

# Pelican takes PATH, THEME and OUTPUT_PATH from this file's folder, wherever it is run from; the
# ledger and the staff output are the plugin's settings, so they are named from this folder too.
# Otherwise `pelican -s` run elsewhere would write the staff pages into that folder.
_here = Path(__file__).resolve().parent

PLUGINS = ["incasso"]
PATH = "content"
THEME = "theme"
INCASSO = {**INCASSO, "LEDGER": str(_here / "ledger"), "INTERNAL_OUTPUT": str(_here / "internal")}
