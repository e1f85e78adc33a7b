"""Pelican adapter: statement pages in the public output; the letters and the staff overview beside it.

`register()` only connects signals; the work is in the generators, which are
thin layers over the ledger core (`incasso`). Use it by name:
`PLUGINS = ["incasso"]` (Pelican finds `pelican.plugins.incasso`).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from .autoreload import read_ledger, watch_ledger
from .letters.generator import LetterGenerator
from .settings import BUILD, prepare
from .staff import StaffGenerator
from .statements import StatementGenerator

STARTUP = "_INCASSO_STARTUP_BUILD"  # the ledger as read when Pelican started, for its first run


def check_ledger(pelican_object: Any) -> None:
    """Read the ledger as soon as Pelican starts: a bad one stops it before anything is touched."""
    pelican_object.settings[STARTUP] = prepare(pelican_object.settings)


def get_generators(pelican_object: Any) -> list[type]:
    """The plugin's generators, and this run's ledger.

    Pelican asks for generators at the start of every run, before it empties
    the output folder. The first run uses the ledger read at startup; every
    later one (`pelican -r`) reads it afresh, so an edited ledger shows and a
    broken one stops the run before anything of the previous output is deleted.
    """
    settings = pelican_object.settings
    build = settings.pop(STARTUP, None)
    settings[BUILD] = build if build is not None else read_ledger(settings)
    # Letters before the staff pages: the overview links to the day's letters.
    return [StatementGenerator, LetterGenerator, StaffGenerator]


def register() -> None:
    signals.initialized.connect(check_ledger)
    signals.get_generators.connect(get_generators)
    watch_ledger()
