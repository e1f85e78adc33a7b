"""The INCASSO settings dict, merged over defaults, and the build it describes."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from incasso.bank.reconcile import Reconciliation
from incasso.claims.claim import Claim
from incasso.clock import CommandClock
from incasso.law.calendar import today
from incasso.ledger.collector import records_kept
from incasso.ledger.fields import day_problem
from incasso.ledger.model import Language, Ledger
from incasso.letters.due import NO_RECORD, FirstSeen
from incasso.letters.seen_file import read_seen
from incasso.payments.tokens import DEMO_SECRET, demo_links_problem, secret_problem, statement_token
from incasso.payments.urls import public_url_problem
from incasso.processes import in_order
from incasso.staff.changes import Changes
from incasso.staff.language import SETTING, staff_language_problem
from incasso.staff.view import DayLetter, PrintBatch, StaffBook

from .checks import checked_books, checked_claims

DEFAULTS = {
    "LEDGER": "ledger",  # the ledger folder
    "AS_OF": None,  # "YYYY-MM-DD"; None: today in Europe/Amsterdam
    "INTERNAL_OUTPUT": "internal",  # staff output, never inside OUTPUT_PATH
    "PRODUCTION": False,  # refuse to build without a real INCASSO_SECRET
    "PUBLIC_URL": "",  # e.g. https://betalen.voorbeeld.nl, for links.csv
    "PREVIOUS_CLAIMS": None,  # the previous build's claims.json, for the change list
    "NEW_SECRET": False,  # `incasso build --new-secret`: every personal link changed, changes.md says so first
    "STAFF_LANGUAGE": "nl",  # the staff output's language, "nl" or "en" (`incasso build --staff-language`)
}


# The books `incasso build` read and checked before running Pelican, and their claims as assessed
# (the rules of the day checked), handed over in the settings: read and assessed once.
BOOKS = "_INCASSO_BOOKS"
CLAIMS = "_INCASSO_CLAIMS"
# The clock `incasso build` times the phases of a build with and shows its progress on (CommandClock).
CLOCK = "_INCASSO_CLOCK"
# The confirmations the previous build saw (letters.due.FirstSeen), read by `incasso build` from the
# staff output it replaces; Pelican run by hand reads SEEN_FILE from the staff output in place.
SEEN = "_INCASSO_SEEN"
SEEN_FILE = "confirmations.json"
# What else `incasso build` has done with the staff files (beside the pass over the debtors when they are,
# where no core waits for it), each as (name, task) given the internal output's folder: the ledger cache
# written there, the log's notes found (no page needs them).
INTERNAL_EXTRA = "_INCASSO_INTERNAL_EXTRA"
StaffTask = tuple[str, Callable[[Path], None]]


class BuildRefused(Exception):
    """A build that must not run (a production build without a real secret): it names why,
    and nothing was touched."""


def incasso_settings(settings: dict) -> dict:
    return {**DEFAULTS, **(settings.get("INCASSO") or {})}


def inside_a_source(folder: Path, sources: Mapping[str, str | Path]) -> str | None:
    """Why an output may not lie where it does: in the content or the theme (Pelican reads and copies
    them, so the next build would publish the staff output it finds there: its links.csv lists every
    personal link), or in the ledger (it would be committed with it). `sources` maps each folder's name
    to the folder as the settings name it; both folders are named as given."""
    place = folder.resolve()
    for name, source in sources.items():
        where = Path(source).resolve()
        if place == where or where in place.parents:
            relation = "is" if place == where else "lies inside"
            return f"{folder} {relation} the {name} folder {source}, which the build reads: put the outputs elsewhere"
    return None


@dataclass
class Build:
    """Everything one build shows: the ledger, the date, each claim with its link, and the bank's statements."""

    ledger: Ledger  # each debtor with the payments the bank statements showed
    as_of: date
    claims: list[Claim]
    secret: str
    demo: bool
    settings: dict
    bank: Reconciliation | None = None  # None when the ledger has no bank/ folder
    clock: CommandClock = field(default_factory=CommandClock)
    seen: FirstSeen = NO_RECORD  # the confirmations the previous build saw: which are new today
    internal_extra: tuple[StaffTask, ...] = ()  # INTERNAL_EXTRA
    staff_language: Language = Language.NL  # what the staff output is written in (STAFF_LANGUAGE)
    # Filled while Pelican runs, by the pass over the debtors (incasso.debtors): every claim's row
    # for the staff pages, the day's letters by debtor id and the file that prints them.
    book: StaffBook | None = None
    letters: Mapping[str, tuple[DayLetter, ...]] = field(default_factory=dict)
    print_files: tuple[PrintBatch, ...] = ()  # the day's print files (incasso.debtors)
    changes: Changes | None = None  # what changed since the previous build (the staff generator)
    _paths: dict[str, str] = field(default_factory=dict, repr=False)

    def token(self, claim: Claim) -> str:
        return statement_token(self.secret, claim.debtor.id, claim.debtor.link_version)

    def path(self, claim: Claim) -> str:
        """The folder of the claim's statement page, s/<token>/ (its token computed once per build)."""
        debtor_id = claim.debtor.id
        path = self._paths.get(debtor_id)
        if path is None:
            path = self._paths[debtor_id] = f"s/{self.token(claim)}/"
        return path


BUILD = "_INCASSO_BUILD"  # the settings key holding the Build of the current Pelican run
STARTUP = "_INCASSO_STARTUP_BUILD"  # the Build of the ledger as read when Pelican started
COMPILES = "_INCASSO_COMPILES"  # the templates' code the run's Jinja environments share (templating.SharedCompiles)


def prepare(settings: dict) -> Build:
    """Load the ledger the settings name with its bank statements and assess it, afresh on every call:
    an edited ledger shows. `incasso build` hands over the books it has just read and the claims it
    assessed from them (BOOKS, CLAIMS)."""
    options = incasso_settings(settings)
    public_url = options["PUBLIC_URL"]
    if public_url and (url_problem := public_url_problem(public_url)):
        raise BuildRefused(f"PUBLIC_URL {url_problem} (got {public_url!r})")
    secret, demo = _secret(options)
    staff_language = _staff_language(options[SETTING])
    as_of = _as_of(options["AS_OF"])
    clock = settings.get(CLOCK) or CommandClock()
    books, claims = settings.get(BOOKS), settings.get(CLAIMS)
    seen = settings.get(SEEN)
    if seen is None:
        seen = seen_in(Path(options["INTERNAL_OUTPUT"]))
    with records_kept():
        # The rules of the day and the letters' are checked as `incasso check` checks them.
        if books is None or books.bank is not None and books.bank.as_of != as_of:
            books, claims = checked_books(Path(options["LEDGER"]), as_of, seen, phase=clock.phase, spread=in_order)
        elif claims is None or any(claim.as_of != as_of for claim in claims[:1]):
            with clock.phase("assess"):
                ledger, claims = checked_claims(books.ledger, as_of, seen)
                books = replace(books, ledger=ledger)
        ledger = books.ledger
    extra = settings.get(INTERNAL_EXTRA, ())
    return Build(ledger, as_of, claims, secret, demo, options, books.bank, clock, seen, extra, staff_language)


# How the address Pelican run by hand was given can be taken away (`incasso build` names its own source).
UNDO_BY_HAND = "unset INCASSO_PUBLIC_URL, or take PUBLIC_URL out of the settings' INCASSO"


def _secret(options: dict) -> tuple[str, bool]:
    """The secret the links are made with, and whether the build is a demo; BuildRefused for a production
    build without a real secret, and for a demo given a public address: its letters would be sendable."""
    secret = os.environ.get("INCASSO_SECRET") or ""
    if options["PRODUCTION"]:
        problem = secret_problem(secret)
        if problem:
            raise BuildRefused(problem)
        return secret, False
    problem = demo_links_problem(secret, options["PUBLIC_URL"], UNDO_BY_HAND)
    if problem:
        raise BuildRefused(problem)
    # A secret unfit for production (unset, short, guessable) makes a demo, and every page says so.
    return secret or DEMO_SECRET, secret_problem(secret) is not None


def seen_in(internal: Path) -> FirstSeen:
    """The confirmations a build recorded in the staff output `internal` (none there: NO_RECORD)."""
    try:
        return read_seen((internal / SEEN_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return NO_RECORD


def current_build(settings: dict) -> Build:
    """The Build of this run, read when the run started (see `register`), shared by the generators."""
    build = settings.get(BUILD)
    return build if build is not None else prepare(settings)


def _staff_language(setting: object) -> Language:
    """The STAFF_LANGUAGE setting as a language; BuildRefused naming the setting and its value if it is none."""
    problem = staff_language_problem(setting)
    if problem:
        raise BuildRefused(problem)
    return Language(str(setting))


def _as_of(setting: str | None) -> date:
    """The build's date: the AS_OF setting, else today in Amsterdam."""
    if not setting:
        return today()
    try:
        day = date.fromisoformat(setting)
    except (TypeError, ValueError):
        raise BuildRefused(f"INCASSO AS_OF must be a date written YYYY-MM-DD (got {setting!r})") from None
    problem = day_problem(day)
    if problem:
        raise BuildRefused(f"INCASSO AS_OF {problem} (got {setting})")
    return day
