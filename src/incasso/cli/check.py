"""`incasso check`: validate a ledger and print what it holds, per stage."""

from __future__ import annotations

import argparse
import os
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.bank.books import Books
from incasso.bank.said import unread_notes
from incasso.claims.claim import Claim
from incasso.claims.notices import claim_notes, claims_rate_notices, ledger_notes
from incasso.claims.states import STAGE_ORDER, Stage, Status
from incasso.cli.bank import bank_summary, counted, written_returns
from incasso.cli.build import returns_gone_text
from incasso.cli.ledger_cache import cache_line, opened
from incasso.cli.progress import BETWEEN_IN_A_CHECK, timed
from incasso.cli.report import BUSY, FAILED, OK, ledger_problems, note, problem, say
from incasso.clock import CommandClock
from incasso.law.calendar import today
from incasso.law.money import plain
from incasso.law.rates import rate_notice
from incasso.ledger.cache import LedgerCache
from incasso.ledger.collector import held, records_kept
from incasso.ledger.problems import LedgerError
from incasso.letters.due import NO_RECORD
from incasso.processes import in_order
from incasso.staff.outside import outside_of_claims
from pelican.plugins.incasso.build import cache_secret, site_settings, texts_notes, texts_problems
from pelican.plugins.incasso.checks import checked_books, return_address_said
from pelican.plugins.incasso.letters.unprintable import unprintable_notes
from pelican.plugins.incasso.previous import kept_link_versions, refuse_lowered_links, unchecked_links_note
from pelican.plugins.incasso.publish import OutputBusy, lock_file, read_claimed
from pelican.plugins.incasso.staff import returns_gone_since


def run(args: argparse.Namespace) -> int:
    """Print the ledger's problems and exit 1, or what it holds per stage, what its bank statements
    held (and any notices) and the time per phase; exit 75 when a build writes the staff output it was given."""
    if args.internal_output is None:
        return _checked(args)
    try:
        with read_claimed(args.internal_output):  # as an audit: never while a build swaps it
            return _checked(args)
    except OutputBusy as busy:
        problem(
            f"check refused: a build is writing {busy.target} (it holds {lock_file(busy.target)}). Run the check "
            "when the build is done. Nothing was checked."
        )
        return BUSY


def _checked(args: argparse.Namespace) -> int:
    # What is read stays frozen out of the collector's reach to the end (records_kept), as in a build.
    with held():
        return timed(lambda clock: _check(args, clock), args.quiet, between=BETWEEN_IN_A_CHECK)


def _check(args: argparse.Namespace, clock: CommandClock) -> int:
    as_of = args.as_of or today()
    cache = opened(args.ledger_cache)
    texts = texts_problems(site_settings(args.settings))
    try:
        books, claims = _read(args, as_of, cache, clock)
    except LedgerError as error:
        _texts(texts)
        return ledger_problems(error, redact=args.redact)
    if texts:
        _texts(texts)
        return FAILED
    ledger = books.ledger
    open_claims = [c for c in claims if not c.closed]
    quiet = args.quiet
    say(
        f"{_named(args.ledger)}: valid. {counted(len(ledger.debtors), 'debtor', 'debtors')}, "
        f"{counted(len(open_claims), 'open claim', 'open claims')} as of {as_of}.",
        quiet=quiet,
    )
    _per_stage(open_claims, quiet)
    if cache is not None:
        say(cache_line(cache, kept=False), quiet=quiet)
    if books.bank is not None:
        outside = outside_of_claims(books.bank, claims, ledger.creditor)
        bank_summary(books.bank, quiet=quiet, redact=args.redact, outside=outside)
    else:  # no bank/ folder: the payments a debtor file says the bank took back are the only returns
        for line in written_returns(ledger.bank_returned):
            say(line, quiet=quiet)
    for line in unread_notes(books.bank, ledger.creditor.set_aside):  # no statement in bank/: nothing set aside
        note(line)
    _returns_gone(args.internal_output, books, claims)
    for skipped in ledger.skipped:
        note(skipped)
    for line in [*ledger_notes(ledger, as_of), *claim_notes(open_claims, ledger.creditor)]:
        note(line)
    printed = [*unprintable_notes(ledger.debtors), *return_address_said(open_claims, ledger.creditor)]
    for line in [*printed, *texts_notes(site_settings(args.settings))]:
        note(line)
    for notice in claims_rate_notices(open_claims, ledger.creditor, as_of):
        note(rate_notice(notice))
    _unchecked_links(args.internal_output)
    return OK


def _read(
    args: argparse.Namespace, as_of: date, cache: LedgerCache | None, clock: CommandClock
) -> tuple[Books, list[Claim]]:
    """The books and every claim, read as a build reads them, each phase timed and shown by `clock`; LedgerError
    with every problem."""
    last_links = kept_link_versions(cache)  # before the ledger is read: reading it lets the cache's records go
    try:
        # As a build checks them: every pass, the letters' rules included. Without the staff output's
        # record of confirmations seen, a confirmation counts as due on its event's date (FirstSeen). With the
        # collector off, as a build reads them: it would walk every record made so far, freeing nothing.
        with records_kept(for_the_run=True):
            books, claims = checked_books(args.ledger, as_of, NO_RECORD, clock.phase, cache=cache, spread=in_order)
        if args.internal_output is not None:  # as the next build would refuse it (--internal-output)
            refuse_lowered_links(args.internal_output, books.ledger.debtors, cache_secret(), last_links)
    finally:
        clock.finished()  # before a line is printed: the display would take it for its own, on stderr
    return books, claims


def _returns_gone(internal: Path | None, books: Books, claims: list[Claim]) -> None:
    """The build's note on payments the last build counted as taken back that count again (its return's statement
    taken out of bank/), said by the check given that build's staff output: the nightly job's check says it before
    the build does, and a clerk's check after archiving a statement says it at once."""
    gone = returns_gone_since(internal, books, claims, cache_secret()) if internal is not None else ()
    if gone:
        note(returns_gone_text(gone, "the next build lists them in changes.md"))


def _unchecked_links(internal: Path | None) -> None:
    """A note when the staff output's link versions could not be compared (no INCASSO_SECRET, or another): not a
    failure, since a check without the build's secret (a clerk's, a pull request's) passes what it can check."""
    unchecked = unchecked_links_note(internal, os.environ.get("INCASSO_SECRET")) if internal is not None else None
    if unchecked:
        note(unchecked)


def _per_stage(open_claims: list[Claim], quiet: bool) -> None:
    """The open claims per stage, with what they add up to, and the total."""
    per_stage: Counter[Stage] = Counter()
    amounts: dict[Stage, Decimal] = {}
    for claim in open_claims:
        per_stage[claim.stage] += 1
        amounts[claim.stage] = amounts.get(claim.stage, Decimal(0)) + claim.total_due
    for stage in STAGE_ORDER:
        if per_stage[stage]:
            say(f"  {stage:<13} {_claims(per_stage[stage])}  EUR {plain(amounts[stage]):>12}", quiet=quiet)
    total = sum(amounts.values(), Decimal(0))
    say(f"  {'total':<13} {_claims(len(open_claims))}  EUR {plain(total):>12}", quiet=quiet)
    _under_settlement(open_claims, quiet)


def _under_settlement(open_claims: list[Claim], quiet: bool) -> None:
    """A running settlement counts with its whole claim above, as the staff overview's stages do (the debt stands
    until the agreed sum is paid, and comes back whole if it lapses); this line says how much of the total that is,
    and what is still asked of the agreed sums, the figure staff expect to come in (docs/cli.md, incasso check)."""
    running = [c.running_accord for c in open_claims if c.status == Status.SETTLEMENT]
    if not running:
        return
    whole = sum((c.total_due for c in open_claims if c.status == Status.SETTLEMENT), Decimal(0))
    left = sum((accord.left for accord in running), Decimal(0))
    sums = "sum" if len(running) == 1 else "sums"
    said = f"(in the total above; EUR {plain(left)} of the agreed {sums} still to pay)"
    say(f"  {'in settlement':<13} {_claims(len(running))}  EUR {plain(whole):>12}  {said}", quiet=quiet)


def _texts(found: list[str]) -> None:
    """The texts' problems, each with its file as the ledger's are (nothing the ledger says, so the same with
    --redact), and that no build would go out."""
    for line in found:
        problem(line)
    if found:
        problem(f"{counted(len(found), 'problem', 'problems')} in the texts (content/): a build would publish nothing.")


def _claims(n: int) -> str:
    return f"{n:>3} {'claim ' if n == 1 else 'claims'}"


def _named(ledger: Path) -> Path:
    """The folder as given, or its whole path when given as `.` or `..`: ".: valid." names nothing."""
    return ledger.resolve() if ledger.name in ("", ".", "..") else ledger
