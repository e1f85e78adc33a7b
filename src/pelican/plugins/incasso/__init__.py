"""Pelican adapter: statement pages in the public output; the letters and the staff overview beside it.

`register()` only connects signals; the work is in the generators, which are
thin layers over the ledger core (`incasso`).
"""

from __future__ import annotations

from pelican import signals

from .letters.generator import LetterGenerator
from .settings import prepare
from .staff import StaffGenerator
from .statements import StatementGenerator


def get_generators(pelican_object):
    # Letters before the staff pages: the overview links to the day's letters.
    return [StatementGenerator, LetterGenerator, StaffGenerator]


def check_ledger(pelican_object):
    """Load the ledger as soon as Pelican starts, before it empties any output folder."""
    prepare(pelican_object.settings)


def register():
    signals.initialized.connect(check_ledger)
    signals.get_generators.connect(get_generators)
