"""Pelican run by hand (`pelican -s pelicanconf.py`, `make serve`) keeps what `incasso build` keeps.

Pelican writes its outputs in place. Without these checks a `make serve` in a checkout that
publishes took no build lock (an `incasso build` at the same time wrote the same folders) and,
without INCASSO_SECRET, rewrote output/ with pages under the demo's public secret, after which
the next build took any secret: every link sent would break, unsaid. So a run by hand takes the
outputs' locks for each run, and is refused a secret other than the one the last build in the
staff output made its links with (previous.py), as `incasso build` without --new-secret is, and a
`link_version` lower than the last build's: at its start, and again on every later run of `pelican -r`,
since a build may have written the outputs between two of its runs.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from incasso.law.calendar import today
from incasso.law.rates import RateFileError, rate_problems_counted
from incasso.ledger.counted import problems_counted
from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET

from .previous import continuity_problem, links_kept_problem, read_record, refuse_lowered_links
from .publish import OutputBusy, claimed, in_use, read_claimed
from .settings import BOOKS, BUILD, STARTUP, Build, BuildRefused, incasso_settings

NOT_DONE = "nothing was built or deleted"  # what a refused run by hand did: Pelican empties its outputs
LOCKS = "_incasso_locks"  # the attribute of the Pelican object holding this run's locks


def by_hand(settings: dict) -> bool:
    """Whether Pelican runs by hand: `incasso build` hands over the books it read, under its own locks."""
    return BOOKS not in settings


def checked_by_hand(pelican_object: Any) -> None:
    """BuildBusy when a build writes the outputs now; BuildRefused for a secret or a day `incasso build`
    would refuse (the last build's record in the staff output, or the links the outputs hold)."""
    settings = pelican_object.settings
    options = incasso_settings(settings)
    public, internal = Path(settings["OUTPUT_PATH"]), Path(options["INTERNAL_OUTPUT"])
    with claimed(public), claimed(internal):  # taken again for each run (hold_locks)
        build: Build | None = settings.get(STARTUP) or settings.get(BUILD)
        problem = _continuity_problem((public, internal), build, options)
        if problem:
            raise BuildRefused(
                f"{problem}. Pelican (make serve) builds in place, into the folders the last build published: "
                "to look at the demo, use a checkout of its own"
            )
        if build is not None and not options["NEW_SECRET"]:
            # As `incasso build` refuses it: the link that reached someone else would work again.
            refuse_lowered_links(internal, build.ledger.debtors, build.secret, None)


def _continuity_problem(outputs: tuple[Path, Path], build: Build | None, options: dict) -> str | None:
    """What `incasso build` checks before it touches an output (build._continuity, build._links_kept), in
    previous.py's words: the secret against the last build's record or, with none, the links kept."""
    previous, unreadable = read_record(outputs[1])
    secret, new_secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET, bool(options["NEW_SECRET"])
    real = options["PRODUCTION"] or secret != DEMO_SECRET  # as `incasso build`: links that are sent
    day = (build.as_of, today()) if build is not None else None
    problem = continuity_problem(previous, secret, new_secret, day, real=real, asked="NEW_SECRET")
    if previous is None:
        debtors = build.ledger.debtors if build is not None else ()
        problem = problem or links_kept_problem(outputs, debtors, secret, new_secret, unreadable)
    return problem


def hold_locks(pelican_object: Any, outputs: tuple[Path, Path]) -> None:
    """Take both outputs' locks for this run (BuildBusy when a build holds one), released by release_locks."""
    release_locks(pelican_object)  # a run that failed half-way never reached its end
    stack = ExitStack()
    try:
        for folder in outputs:
            stack.enter_context(claimed(folder))
    except BaseException:
        stack.close()
        raise
    setattr(pelican_object, LOCKS, stack)


def busy_now(outputs: tuple[Path, Path]) -> bool:
    """Whether a run would be refused as busy now: a build writes an output, or a file of one is open in
    Office. Asked without a word while `pelican -r` waits for it to be over."""
    try:
        for folder in outputs:
            with read_claimed(folder):  # shared, as an audit's, for a moment only
                pass
    except OutputBusy:
        return True
    return any(in_use(folder) for folder in outputs)


def release_locks(pelican_object: Any) -> None:
    stack = getattr(pelican_object, LOCKS, None)
    if stack is not None:
        setattr(pelican_object, LOCKS, None)
        stack.close()


def refused_by_hand(refused: Exception, *, rebuilt_on_save: bool = False) -> None:
    """What `incasso build` would say, on stderr, one line each: the problems (the ledger's, the rate
    file's) and the count, or the refusal; never a traceback. `rebuilt_on_save`: under `pelican -r`, which
    tries again on the next edit, the count line says that rebuild shows what a YAML error hid, not "run check"."""
    if isinstance(refused, LedgerError):
        counted = problems_counted(refused.problems, NOT_DONE, rebuilt_on_save=rebuilt_on_save)
        lines = [*map(str, refused.problems), counted]
    elif isinstance(refused, RateFileError):
        lines = [*refused.problems, rate_problems_counted(refused, NOT_DONE)]
    else:
        text = str(refused).removeprefix("refused: ").removesuffix(f"; {NOT_DONE}.")
        lines = [f"refused: {text}; {NOT_DONE}."]
    for line in lines:
        print(line, file=sys.stderr, flush=True)
