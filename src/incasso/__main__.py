"""`python -m incasso`: the same as the `incasso` command."""

from incasso.cli.main import run

run()
