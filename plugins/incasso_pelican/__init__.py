"""Pelican adapter: statement pages in the public output, the staff overview beside it.

`register()` only connects signals; the work is in the generators, which are
thin layers over the ledger core (`incasso`).
"""
from __future__ import annotations

from pelican import signals

from .statements import StatementGenerator
from .staff import StaffGenerator


def get_generators(pelican_object):
    return [StatementGenerator, StaffGenerator]


def register():
    signals.get_generators.connect(get_generators)
