"""Pelican adapter: statement pages in the public output; the letters and the staff overview beside it.

`register()` only connects signals; the work is in the generators, which are
thin layers over the ledger core (`incasso`). Use it by name:
`PLUGINS = ["incasso"]` (Pelican finds `pelican.plugins.incasso`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

from incasso.law.rates import RateFileError
from incasso.ledger.problems import LedgerError
from pelican import signals

from .autoreload import (
    autoreloading,
    wait_out_refusals,
    wait_then_run_again,
    waited,
    watch_ledger,
    where_to_look,
)
from .continuity import (
    busy_now,
    by_hand,
    checked_by_hand,
    hold_locks,
    refused_by_hand,
    release_locks,
)
from .debtors import DebtorGenerator
from .page_languages import default_lang_problem, refuse_other_languages
from .publish import (
    CONTENTS,
    MARKER,
    PRIVATE_FOLDER,
    BuildBusy,
    in_use,
    make_private,
    mark,
    not_ours,
    record_contents,
    record_files,
    wrong_kind,
)
from .settings import BUILD, COMPILES, STARTUP, Build, BuildRefused, incasso_settings, inside_a_source, prepare
from .templating import SharedCompiles
from .variants import use_policy_reader


def _outputs(pelican_object: Any) -> tuple[Path, Path]:
    settings = pelican_object.settings
    return Path(settings["OUTPUT_PATH"]), Path(incasso_settings(settings)["INTERNAL_OUTPUT"])


def _sources(settings: dict) -> dict[str, str]:
    """The folders the build reads, which no output may lie in (settings.inside_a_source)."""
    return {"content": settings["PATH"], "theme": settings["THEME"], "ledger": incasso_settings(settings)["LEDGER"]}


def check_ledger(pelican_object: Any) -> None:
    """As soon as Pelican starts, before it empties anything: refuse an output folder that no build
    made, or one inside what the build reads, read the ledger (a bad one stops it before anything is
    touched), then mark both outputs. Pelican run by hand (`make serve`) is also refused what `incasso
    build` refuses (continuity.py): another build writing the outputs, a secret other than the one the
    last build made its links with. It says so as `incasso build` does, and exits 1 (75 while a build writes
    the outputs): no traceback. Within `pelican -r`'s loop (its own start, after the check before it) a
    refusal is waited out instead: the server it started goes on serving."""
    if not by_hand(pelican_object.settings):
        _check_outputs(pelican_object)
        return
    try:
        _check_outputs(pelican_object)
        checked_by_hand(pelican_object)
    except (LedgerError, RateFileError, BuildRefused, BuildBusy) as refused:
        _refused(pelican_object, refused)


def _refused(pelican_object: Any, refused: Exception) -> NoReturn:
    """Say a refusal of Pelican run by hand; then, within `pelican -r`'s loop, wait it out and start the loop
    again on the settings as they are then (autoreload.RunAgain), else stop: 75 when busy (try again when the
    other build is done or the file closed, as `incasso build`), 1 otherwise (mend and rerun)."""
    refused_by_hand(refused, rebuilt_on_save=autoreloading())
    busy = isinstance(refused, BuildBusy)
    if autoreloading():
        outputs = _outputs(pelican_object)
        wait_then_run_again(pelican_object.settings, (lambda: busy_now(outputs)) if busy else None)
    raise SystemExit(os.EX_TEMPFAIL if busy else 1) from None


def _check_outputs(pelican_object: Any) -> None:
    public, internal = _outputs(pelican_object)
    for folder in (public, internal):
        busy = in_use(folder)
        if busy:  # a file open in Office (desktop.py): written over in place, the next save undoes the run
            raise BuildBusy(busy)
        problem = (
            not_ours(folder)
            or inside_a_source(folder, _sources(pelican_object.settings))
            or wrong_kind(folder, public=folder is public)
        )
        if problem:
            raise BuildRefused(f"refused: {problem}; nothing was built or deleted.")
    language = default_lang_problem(pelican_object.settings["DEFAULT_LANG"])  # before a page is read in it
    if language:
        raise BuildRefused(language)
    pelican_object.settings[STARTUP] = prepare(pelican_object.settings)
    public.mkdir(parents=True, exist_ok=True)
    internal.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    internal.chmod(PRIVATE_FOLDER)
    mark(public)
    mark(internal)
    # So DELETE_OUTPUT_DIRECTORY keeps it: a run that fails half-way leaves a folder still ours.
    pelican_object.output_retention = [*pelican_object.output_retention, MARKER, CONTENTS]


def keep_private(pelican_object: Any) -> None:
    """Every file written: what each output holds at its top written down (the next build replaces only
    what a build wrote), and no staff file readable by anyone but the owner."""
    public, internal = _outputs(pelican_object)
    for folder in (public, internal):
        record_contents(folder)
    record_files(internal)  # below its top too: a staff member may save a file in letters/
    make_private(internal)
    release_locks(pelican_object)
    if autoreloading() and by_hand(pelican_object.settings):  # make serve: its home page links no statement
        where_to_look(pelican_object.settings, lambda: demo_page(pelican_object.settings.get(BUILD), public))


def demo_page(build: Build | None, public: Path) -> str | None:
    """The path of the first statement page written, of a demo only: anyone works its links out from the
    published demo secret, while a real debtor's link in a log others read is a leak."""
    if build is None or not build.demo:
        return None
    for claim in build.claims:
        path = build.path(claim)
        if (public / path / "index.html").exists():  # a claim written off or paid long ago has none
            return path
    return None


def get_generators(pelican_object: Any) -> list[type]:
    """The plugin's generators, and this run's ledger.

    Pelican asks for generators at the start of every run, before it empties
    the output folder. The first run uses the ledger read at startup; every
    later one (`pelican -r`) reads it afresh, so an edited ledger shows and a
    broken one stops the run before anything of the previous output is deleted.
    """
    settings = pelican_object.settings
    build = settings.pop(STARTUP, None)
    settings[BUILD] = build if build is not None else _read_again(pelican_object)
    if by_hand(settings):  # held from before Pelican empties an output to the end of the run
        _hold_or_refuse(pelican_object)
    # One generator: the pass over the debtors writes the staff files beside the pages and letters.
    return [DebtorGenerator]


def _read_again(pelican_object: Any) -> Build:
    """A later run's ledger, read afresh. Under `pelican -r` one with problems is said as the first run's check
    says it, and waited out (_refused): the next edit of anything the build reads (the ledger, texts, theme or
    settings) tries again, on the settings as they are then. Run otherwise (a Pelican object run twice), it
    stops the run before anything is emptied."""
    try:
        return prepare(pelican_object.settings)
    except (LedgerError, RateFileError, BuildRefused) as refused:
        if not autoreloading():
            raise
        _refused(pelican_object, refused)


def _hold_or_refuse(pelican_object: Any) -> None:
    """Take the outputs' locks for this run, with no file of them open in Office; refused, said as
    check_ledger says it, and waited out under `pelican -r` (_refused).

    check_ledger let the locks go again, so a build can take them before this run does: refused then as
    it would have been a moment earlier, not a traceback and exit 1. Pelican empties nothing before this.
    A later run of `pelican -r` is checked as the first was (checked_by_hand): between two runs a build may
    have written the outputs, with another secret. Refused, it leaves the outputs as they are, which the
    server goes on serving, and waits for an edit (said again if still refused: once per edit, never on
    every tick of Pelican's loop) or, when busy, for the outputs to be free (the file closed, the build done).
    """
    outputs = _outputs(pelican_object)
    release_locks(pelican_object)  # a run that failed half-way never reached its end
    try:
        if waited():
            checked_by_hand(pelican_object)
        hold_locks(pelican_object, outputs)
        _refuse_open(outputs)
    except (LedgerError, RateFileError, BuildRefused, BuildBusy) as refused:
        release_locks(pelican_object)
        _refused(pelican_object, refused)


def _refuse_open(outputs: tuple[Path, Path]) -> None:
    """BuildBusy when a file of an output is open in Office: a run by hand writes over it in place."""
    for folder in outputs:
        busy = in_use(folder)
        if busy:
            raise BuildBusy(busy)


def share_compiles(generator: Any) -> None:
    """The generator's templates compiled once for every generator of the run that compiles them alike
    (templating.SharedCompiles): base.html is Pelican's two generators' layout. An environment given a
    bytecode cache of its own (JINJA_ENVIRONMENT) keeps it."""
    if generator.env.bytecode_cache is None:
        generator.env.bytecode_cache = generator.settings.setdefault(COMPILES, SharedCompiles())


def register() -> None:
    signals.generator_init.connect(share_compiles)
    signals.initialized.connect(check_ledger)
    signals.get_generators.connect(get_generators)
    signals.readers_init.connect(use_policy_reader)  # the terms' lines marked for the policy (variants.py)
    signals.page_generator_finalized.connect(refuse_other_languages)  # pages in nl and en only (page_languages.py)
    signals.finalized.connect(keep_private)
    watch_ledger()
    wait_out_refusals()
