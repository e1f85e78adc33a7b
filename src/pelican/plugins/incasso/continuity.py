"""Pelican run by hand (`pelican -s pelicanconf.py`, `make serve`) keeps what `incasso build` keeps.

Pelican writes its outputs in place. Without these checks a `make serve` in a checkout that
publishes took no build lock (an `incasso build` at the same time wrote the same folders) and,
without INCASSO_SECRET, rewrote output/ with pages under the demo's public secret, after which
the next build took any secret: every link sent would break, unsaid. So a run by hand takes the
outputs' locks for each run, and is refused a secret other than the one the last build in the
staff output made its links with (previous.py), as `incasso build` without --new-secret is.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from incasso.law.calendar import today
from incasso.law.rates import RateFileError, rates_file_name
from incasso.ledger.problems import LedgerError
from incasso.payments.tokens import DEMO_SECRET

from .previous import (
    earlier_day_problem,
    future_day_problem,
    previous_build,
    record_problem,
    recorded_links_problem,
    secret_changed_problem,
)
from .publish import claimed
from .settings import BOOKS, BUILD, Build, BuildRefused, incasso_settings

STARTUP = "_INCASSO_STARTUP_BUILD"  # the ledger as read when Pelican started (the package's STARTUP)
LOCKS = "_incasso_locks"  # the attribute of the Pelican object holding this run's locks


def by_hand(settings: dict) -> bool:
    """Whether Pelican runs by hand: `incasso build` hands over the books it read, under its own locks."""
    return BOOKS not in settings


def checked_by_hand(pelican_object: Any) -> None:
    """BuildBusy when a build writes the outputs now; BuildRefused for a secret or a day `incasso build`
    would refuse (the last build's record in the staff output)."""
    settings = pelican_object.settings
    public = Path(settings["OUTPUT_PATH"])
    internal = Path(incasso_settings(settings)["INTERNAL_OUTPUT"])
    with claimed(public), claimed(internal):  # taken again for each run (hold_locks)
        previous = previous_build(internal)
        secret = os.environ.get("INCASSO_SECRET") or DEMO_SECRET
        build: Build | None = settings.get(STARTUP) or settings.get(BUILD)
        ids = [debtor.id for debtor in build.ledger.debtors] if build is not None else []
        problem = secret_changed_problem(previous, secret)
        if previous is None:
            problem = problem or recorded_links_problem(internal, ids, secret, False, record_problem(internal))
        if secret != DEMO_SECRET and build is not None:  # a real run: no earlier day, no day to come
            problem = problem or earlier_day_problem(previous, build.as_of) or future_day_problem(build.as_of, today())
        if problem:
            raise BuildRefused(
                f"{problem}. Pelican (make serve) builds in place, into the folders the last build published: "
                "to look at the demo, use a checkout of its own"
            )


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


def release_locks(pelican_object: Any) -> None:
    stack = getattr(pelican_object, LOCKS, None)
    if stack is not None:
        setattr(pelican_object, LOCKS, None)
        stack.close()


def refused_by_hand(refused: Exception) -> None:
    """What `incasso build` would say, on stderr, one line each: the problems (the ledger's, the rate
    file's) and the count, or the refusal; never a traceback."""
    if isinstance(refused, LedgerError):
        lines = [str(problem) for problem in refused.problems]
        count = len(lines)
        lines.append(f"{count} problem{'s' if count != 1 else ''} in the ledger; nothing was built or deleted.")
    elif isinstance(refused, RateFileError):
        lines = [*refused.problems, f"the interest rate file {rates_file_name()} has problems; nothing was built."]
    else:
        text = str(refused).removeprefix("refused: ").removesuffix("; nothing was built or deleted.")
        lines = [f"refused: {text}; nothing was built or deleted."]
    for line in lines:
        print(line, file=sys.stderr, flush=True)
