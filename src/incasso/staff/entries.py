"""One dossier as the overview knows it: a small record, made once per dossier, apart from the others.

The overview's pages and its search index are made of these records alone
(the bank section aside, which matches credits against every dossier): a
build may make them wherever it renders a dossier (in a worker process) and
hand back only these. Each holds the dossier's formatted rows, the keys that
place them in the overview's lists, and its share of the summed figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from incasso.claims.claim import is_closed
from incasso.claims.kept import kept_in_all
from incasso.claims.notices import claim_rate_notices
from incasso.claims.states import ActionKind
from incasso.law.rates import RateNotice
from incasso.processes import until_called_off
from incasso.records import init_by_slots
from incasso.staff.ageing import Bucket, claim_ageing
from incasso.staff.overview import (
    LETTER_STEPS,
    Flag,
    FlagKind,
    Row,
    Task,
    claim_tasks,
    group_of,
    group_order,
    signal_order,
    task_order,
)
from incasso.staff.rows import (
    TASK_LETTERS,
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
    also_tasks: int = 0  # of its signals, those that are the same matter as one of its tasks today (`same_matter`)


def overview_entry(row: Row, as_of: date, letters: Sequence[DayLetter] = (), accounts: Sequence[str] = ()) -> Entry:
    """The overview's record of one dossier on `as_of`, with its letters of the day and the accounts
    its bank payments came from (found by the search too)."""
    claim = row.claim
    closed = is_closed(claim)
    group = str(group_of(claim))
    search, kinds = search_record(claim, accounts)
    tasks = _tasks(row, as_of, letters)
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
        tasks=tuple((task_order(t), task_row(t, row, letters)) for t in tasks),
        signals=tuple((signal_order(f, row), signal_row(f, row)) for f in row.flags),
        letters=letter_rows(row, letters),
        search=search,
        search_kinds=kinds,
        disputed_apart=claim.disputed_apart_open,
        disputed_kept=kept_in_all(claim.settlement),
        also_tasks=sum(1 for flag in row.flags if any(same_matter(flag, task, letters) for task in tasks)),
    )


# A signal that is the same matter as a task of its dossier today, whatever else the task is (a dispute open too long
# is the review due; a credit, the refund; a plan behind, the missed instalment's reminder; a part payment, the
# chasing letter it comes before): the Signalen card says how many of its signals are such (`same_matter`), so a
# clerk judging the day's work does not count them twice.
SAME_MATTER: dict[FlagKind, tuple[str, ...]] = {
    FlagKind.DISPUTE_TOO_LONG: (ActionKind.REVIEW_DISPUTE,),
    FlagKind.CREDIT: ("refund_credit",),
    FlagKind.REFUND_RETURNED: ("refund_returned",),
    FlagKind.PLAN_IN_ARREARS: (ActionKind.REMIND_INSTALLMENT,),
    # Raised only while its letter's step is due (overview.part_payment): always beside that task.
    FlagKind.PART_PAYMENT: LETTER_STEPS,
}


def same_matter(flag: Flag, task: Task, letters: Sequence[DayLetter]) -> bool:
    """Whether the signal is the same matter as the task (SAME_MATTER), or is so only beside one kind of it: a wait
    for the bank statements beside a check that waits for them ("wacht op afschriften": read them in, both say); a
    possible payment beside the step whose letter it holds out of the print file for a look (DayLetter.look_first),
    a payment the bank took back beside the one it holds until staff are in touch (contact_first). Beside another
    task they say something of their own (a wait for a final notice's term holds no check; a credit that may be
    the debtor's, no check of a promise)."""
    kind = FlagKind(flag.kind)
    if kind == FlagKind.AWAITS_BANK:
        return task.unseen is not None
    held = _HOLDS.get(kind)
    if held is not None:
        own = TASK_LETTERS.get(str(task.action.kind), str(task.action.kind))
        return any(day.kind == own and held(day) for day in letters)
    return str(task.action.kind) in SAME_MATTER.get(kind, ())


# The signals that hold a step's letter out of the print file (staff.view.DayLetter), and how its letter says so.
_HOLDS: dict[FlagKind, Callable[[DayLetter], bool]] = {
    FlagKind.POSSIBLE_PAYMENT: lambda day: day.look_first,
    FlagKind.PAYMENT_RETURNED: lambda day: day.contact_first,
}


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
