"""Pelican adapter: statement pages in the public output, the staff overview beside it.

`register()` only connects signals; the work is in the generators, which are
thin layers over the ledger core (`incasso`).
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals

from .publish import MARKER, PRIVATE_FOLDER, make_private, mark, not_ours
from .settings import BuildRefused, incasso_settings, prepare
from .staff import StaffGenerator
from .statements import StatementGenerator


def get_generators(pelican_object):
    return [StatementGenerator, StaffGenerator]


def _outputs(pelican_object) -> tuple[Path, Path]:
    settings = pelican_object.settings
    return Path(settings["OUTPUT_PATH"]), Path(incasso_settings(settings)["INTERNAL_OUTPUT"])


def start(pelican_object):
    """Before Pelican empties the output: refuse a folder that is not ours, load the ledger, mark both outputs."""
    public, internal = _outputs(pelican_object)
    for folder in (public, internal):
        problem = not_ours(folder)
        if problem:
            raise BuildRefused(f"refused: {problem}; nothing was built or deleted.")
    prepare(pelican_object.settings)
    public.mkdir(parents=True, exist_ok=True)
    internal.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    internal.chmod(PRIVATE_FOLDER)
    mark(public)
    mark(internal)
    # So DELETE_OUTPUT_DIRECTORY keeps it: a build that fails half-way leaves a folder still ours.
    pelican_object.output_retention = [*pelican_object.output_retention, MARKER]


def finish(pelican_object):
    """Every staff file written: none readable by anyone but the owner."""
    make_private(_outputs(pelican_object)[1])


def register():
    signals.initialized.connect(start)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(finish)
