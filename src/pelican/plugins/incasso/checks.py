"""What a build checks before it builds: the core's rules of the day, and the letters' own.

A letter's address must fit the window of the envelope it is posted in. Only
the renderer knows how wide a line is drawn (pelican.plugins.incasso.letters),
so that rule is checked here, with the renderer's own measure, and `incasso
check` asks it too: whatever check accepts, a build builds, and a problem is
reported with its file, line and field before anything is touched.

`checked_books` is the one way in for both: the books and the claims, or every
problem of every pass in one LedgerError. A ledger with problems still has the
rules of the day checked for the debtors a problem leaves sound.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from incasso.bank.books import Books, BooksRead, read_books_so_far
from incasso.claims.assess import assess
from incasso.claims.checks import claim_problems
from incasso.claims.claim import Claim
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import Phase, Spread, untimed
from incasso.ledger.model import Debtor, Ledger
from incasso.ledger.problems import LedgerError, Problem
from incasso.letters.checks import letter_problems
from incasso.letters.due import FirstSeen
from incasso.letters.view import recipient_lines
from pelican.plugins.incasso.letters.envelope import ENVELOPES, RIGHT_WINDOW, Envelope
from pelican.plugins.incasso.letters.pdf import (
    ADDRESS_SIZES,
    LEADING,
    STANDARD,
    UNICODE,
    address_size,
    dejavu_installed,
    needs_unicode,
)

# What the window shows above the address: the debtor's name, and "p/a" an administrator who receives the letters.
_ABOVE = {False: "the name", True: "the debtor's name and the p/a line"}


def checked_books(
    root: str | Path,
    as_of: date,
    seen: FirstSeen,
    phase: Phase = untimed,
    cache: LedgerCache | None = None,
    spread: Spread = map,
) -> tuple[Books, list[Claim]]:
    """The books as of `as_of` (`read_books`) and every debtor's claim (`checked_claims`).

    LedgerError with every problem at once: the ledger's files', the bank files', and the rules of
    the day and of the letters (the confirmations due as `seen` says) for the debtors whose files
    (and bank entries) have none. `phase` surrounds the steps: "load", "reconcile", "assess".
    """
    read = read_books_so_far(root, as_of, phase, cache, spread)
    if not read.problems and read.books is not None:
        with phase("assess"):
            return read.books, checked_claims(read.books.ledger, as_of, seen)
    with phase("assess"):
        found = _problems_of_the_sound(read, as_of, seen)
    raise LedgerError([*read.problems, *found], skipped=read.skipped)


def checked_claims(ledger: Ledger, as_of: date, seen: FirstSeen) -> list[Claim]:
    """Every debtor's claim as of `as_of`; LedgerError with every problem of the day and of the letters
    (the confirmations due as `seen` says)."""
    claims = [assess(ledger, debtor, as_of) for debtor in ledger.debtors]
    envelope = ENVELOPES[ledger.creditor.policy.envelope_window]
    found = claim_problems(claims) + letter_problems(ledger, claims, seen) + address_problems(ledger.debtors, envelope)
    if found:
        raise LedgerError(found, skipped=ledger.skipped)
    return claims


def _problems_of_the_sound(read: BooksRead, as_of: date, seen: FirstSeen) -> list[Problem]:
    """The rules of the day and of the letters, for what a ledger with problems leaves sound.

    An address is checked for every debtor whose file is sound; a claim only for one whose bank
    entries are sound too, and only when the creditor's file and every bank file could be read:
    a claim computed without the creditor's policy, or without a payment an unreadable
    statement holds, would break rules it keeps. Without the creditor's file, the addresses are measured
    against the default envelope's window (its policy.envelope_window unknown).
    """
    envelope = ENVELOPES[read.books.ledger.creditor.policy.envelope_window] if read.books else RIGHT_WINDOW
    problems = address_problems(read.debtors, envelope)
    if read.books is not None and read.payments_known:
        ledger = read.books.ledger
        claims = [assess(ledger, debtor, as_of) for debtor in ledger.debtors]
        problems += claim_problems(claims) + letter_problems(ledger, claims, seen)
    return problems


def address_problems(debtors: Iterable[Debtor], envelope: Envelope = RIGHT_WINDOW) -> list[Problem]:
    """Every postal address that, with the name above it, does not fit the window of `envelope` (the
    creditor's policy.envelope_window)."""
    return [problem for debtor in debtors if (problem := _address_problem(debtor, envelope)) is not None]


def most_lines(envelope: Envelope) -> int:
    """How many lines the envelope's window holds in the smallest type."""
    return int(envelope.address_area.height // (ADDRESS_SIZES[-1] * LEADING))


def _address_problem(debtor: Debtor, envelope: Envelope) -> Problem | None:
    if not debtor.contact.address:
        return None  # no letter goes by post
    lines = recipient_lines(debtor)
    # A letter is drawn in Liberation Sans (Helvetica's widths) unless some text of it needs DejaVu Sans (wider):
    # the address must fit in each font its letter may be drawn in.
    fonts = [] if any(needs_unicode(line) for line in lines) else [STANDARD.regular]
    if dejavu_installed():
        fonts.append(UNICODE.regular)
    area = envelope.address_area
    if all(address_size(lines, font, area=area) is not None for font in fonts):
        return None
    # Care of an administrator (`contact` holds their address), the p/a line takes a line of the window too.
    care_of = debtor.representative is not None and debtor.representative.receives_letters
    return Problem(
        debtor.contact.address_source or debtor.source,
        "representative.address" if care_of else "contact.address",
        f"with {_ABOVE[care_of]} above it, the address does not fit the envelope's window, even in "
        f"{ADDRESS_SIZES[-1]} pt type ({len(lines)} lines, at most {most_lines(envelope)}, each at most the window's "
        "width): shorten the lines or write fewer",
        " / ".join(lines),
    )
