"""This repository's demo site: `pelican -s pelicanconf.py` or `incasso build` (run here).

It is a Pelican site like any other that uses the `incasso` plugin by name,
starting from the plugin's statement-site settings. `content` and `theme`
here are the plugin's own (see README, "Where things are").
"""

from pelican.plugins.incasso.pelicanconf import *

PLUGINS = ["incasso"]
PATH = "content"
THEME = "theme"
INCASSO = {**INCASSO, "LEDGER": "ledger"}
