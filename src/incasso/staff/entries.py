"""One dossier as the overview knows it: a small record, made once per dossier, apart from the others.

The overview's pages and its search index are made of these records alone
(the bank section aside, which matches credits against every dossier): a
build may make them wherever it renders a dossier (in a worker process) and
hand back only these. Each holds the dossier's formatted rows, the keys that
place them in the overview's lists, and its share of the summed figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incasso.claims.claim import is_closed
from incasso.claims.kept import kept_in_all
from incasso.claims.notices import claim_rate_notices
from incasso.law.rates import RateNotice
from incasso.processes import until_called_off
from incasso.records import init_by_slots
from incasso.staff.ageing import Bucket, claim_ageing
from incasso.staff.overview import Row, Task, claim_tasks, group_of, group_order, signal_order, task_order
from incasso.staff.rows import (
    ClaimRow,
    LetterRow,
    SignalRow,
    TaskRow,
    claim_row,
    letter_rows,
    signal_row,
    task_row,
    with_its_letter,
)
from incasso.staff.search import search_record
from incasso.staff.view import DayLetter, StaffBook

# A row with the key that places it in its list (overview.task_order, overview.signal_order).
Key = tuple[object, ...]


@init_by_slots
@dataclass(frozen=True, slots=True)
class Entry:
    """One dossier in the overview: where it is listed, its rows, its figures and its search text."""

    id: str
    group: str  # the stage, or the closed status, it is listed under
    order: Key  # its place in that group (overview.group_order)
    closed: bool
    total_due: Decimal
    stage: str  # for the ageing table (open dossiers only)
    ageing: tuple[tuple[Bucket, Decimal], ...]  # open: its amounts by bucket, none left out but zeros; closed: ()
    notices: tuple[RateNotice, ...]  # what the rates behind its interest call for
    row: ClaimRow
    tasks: tuple[tuple[Key, TaskRow], ...]
    signals: tuple[tuple[Key, SignalRow], ...]
    letters: tuple[LetterRow, ...]
    search: str  # its fields, normalised (incasso.staff.search)
    search_kinds: str = ""  # the kind of each of those fields, a letter each (incasso.staff.search.FIELD_KINDS)
    disputed_apart: Decimal = Decimal(0)  # the principal of invoices a dispute holds apart: not in total_due
    disputed_kept: Decimal = Decimal(0)  # what payments naming them keep for them (claims.kept): not in total_due


def overview_entry(row: Row, as_of: date, letters: Sequence[DayLetter] = (), accounts: Sequence[str] = ()) -> Entry:
    """The overview's record of one dossier on `as_of`, with its letters of the day and the accounts
    its bank payments came from (found by the search too)."""
    claim = row.claim
    closed = is_closed(claim)
    group = str(group_of(claim))
    search, kinds = search_record(claim, accounts)
    return Entry(
        id=row.id,
        group=group,
        order=group_order(claim),
        closed=closed,
        total_due=claim.total_due,
        stage=str(claim.stage),
        ageing=() if closed else tuple((b, amount) for b, amount in claim_ageing(claim).items() if amount),
        notices=claim_rate_notices(claim) if not closed else (),
        row=claim_row(row, group, as_of),
        tasks=tuple((task_order(t), task_row(t, row, letters)) for t in _tasks(row, as_of, letters)),
        signals=tuple((signal_order(f, row), signal_row(f, row)) for f in row.flags),
        letters=letter_rows(row, letters),
        search=search,
        search_kinds=kinds,
        disputed_apart=claim.disputed_apart_open,
        disputed_kept=kept_in_all(claim.settlement),
    )


def _tasks(row: Row, as_of: date, letters: Sequence[DayLetter]) -> list[Task]:
    """The claim's work due on `as_of`, each with what its letter of the day asks (rows.with_its_letter)."""
    return [with_its_letter(task, letters) for task in claim_tasks(row.claim, as_of, row.returns, row.review)]


def book_entries(book: StaffBook) -> list[Entry]:
    """Every dossier of the book as the overview knows it, in the book's order."""
    accounts = _paying_accounts(book)
    return [
        overview_entry(row, book.as_of, book.letters.get(row.id, ()), accounts.get(row.id, ()))
        for row in until_called_off(book.rows)  # each a safe point: beside the pass, a stop ends here
    ]


def _paying_accounts(book: StaffBook) -> dict[str, list[str]]:
    """The accounts each dossier's bank payments came from: a caller who names theirs is found by it, also
    one whose payment the bank took back ("I paid!").

    The account of an unassigned credit counts for each dossier the bank section says it may be from
    ("mogelijk van"): staff with that bank line in hand type its account, and find where to assign it.
    A collecting account (bank.accounts.COLLECTING_ACCOUNT: a debt counsellor's, paying for dozens) counts
    only there: typed, it would list every client it paid for; the search says what it is instead
    (search_index's `collecting`).
    """
    found: dict[str, list[str]] = defaultdict(list)
    if book.bank is None:
        return found
    paid_for, collecting = book.paid_for.dossiers, book.paid_for.collecting
    for row in book.rows:
        if row.returns.payments:
            found[row.id] += [p.account for p in row.returns.payments if p.account and p.account not in collecting]
    for account, debtor_ids in paid_for.items():
        for debtor_id in debtor_ids if account not in collecting else ():
            found[debtor_id].append(account)
    for item, candidates in zip(book.bank.unmatched, book.likely, strict=True):
        if item.entry.payer_iban:
            for candidate in candidates:
                found[candidate.row.id].append(item.entry.payer_iban)
    return found
