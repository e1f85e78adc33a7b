"""The one way in: the ledger with the payments its bank statements show, as known on a date.

`incasso check`, every build and the audit read the books here (check and
build through `read_books_so_far`, to add the rules of the day for the sound
part of a ledger with problems), so what they say about a ledger always agrees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from incasso.bank.accounts import PayingAccounts, credits_booked, paying_accounts
from incasso.bank.folder import read_bank_folder
from incasso.bank.reconcile import Reconciliation, reconcile
from incasso.ledger.cache import LedgerCache
from incasso.ledger.load import Phase, Spread, read_ledger, untimed
from incasso.ledger.model import Debtor, Ledger, Payment, ReturnedPayment
from incasso.ledger.problems import LedgerError, Problem


@dataclass(frozen=True)
class Books:
    """The ledger (each debtor with the payments the bank showed) and what the statements held."""

    ledger: Ledger
    bank: Reconciliation | None  # None when the ledger has no bank/ folder


@dataclass(frozen=True)
class BooksRead:
    """The books as far as they could be read: every problem of the ledger and its bank files,
    and what the rules of the day may still check (the build's and `incasso check`'s).

    `books` holds the creditor and the debtors whose files and bank entries have no problem, with
    their bank payments; None when the creditor's file has a problem (no payment is then counted,
    no claim computed). `debtors` are the debtors whose files have no problem, as written.
    `payments_known` is False when a bank file has a problem (a credit it holds may be anyone's,
    so no debtor's figures are known) or `books` is None. Without problems, `books` is the whole
    books.
    """

    books: Books | None
    debtors: tuple[Debtor, ...]
    problems: tuple[Problem, ...]
    payments_known: bool
    skipped: tuple[str, ...] = ()  # the entries of debtors/ not read (LedgerRead.skipped)


def read_books(
    root: str | Path,
    as_of: date,
    phase: Phase = untimed,
    cache: LedgerCache | None = None,
    spread: Spread = map,
) -> Books:
    """Load the ledger in `root` and reconcile its bank statements as known on `as_of`.

    Raises LedgerError with every problem of the ledger and of the bank files
    at once; nothing is returned from a ledger or a statement that has one.
    `phase("load")` and `phase("reconcile")` surround the two steps (a build times them).
    A `cache` spares reading the debtor files it knows (incasso.ledger.cache); `spread` parses the
    others (`load_ledger`).
    """
    read = read_books_so_far(root, as_of, phase, cache, spread)
    if read.problems or read.books is None:
        raise LedgerError(list(read.problems), skipped=read.skipped)
    return read.books


def read_books_so_far(
    root: str | Path,
    as_of: date,
    phase: Phase = untimed,
    cache: LedgerCache | None = None,
    spread: Spread = map,
) -> BooksRead:
    """`read_books` without raising: every problem, and the sound part (`BooksRead`).

    The bank's statements are reconciled with the debtors whose files are sound, so that a
    payment that names a bank entry wrongly is reported beside a problem of another file. A
    credit that names only a debtor whose file has a problem stays unmatched; one that names
    such a debtor and a sound one is matched to the sound one (the whole ledger would match it
    to neither). So a sound debtor is shown no fewer payments than the whole ledger would show
    it, and the rules of the day (a claim or a letter that asks too much, a refund larger than
    the credit) refuse only more with fewer payments: what they refuse here, they refuse in the
    whole ledger too.
    """
    root = Path(root)
    with phase("load") as counted:
        read = read_ledger(root, cache, spread, counted)
    with phase("reconcile"):
        folder = read_bank_folder(root) if root.is_dir() else None
    problems = list(read.problems)
    bank_problems = folder[1] if folder is not None else []
    problems += bank_problems
    ledger = read.ledger
    if ledger is None:
        if read.creditor_read is not None and folder is not None:  # the bank's problems in the same run
            with phase("reconcile"):
                problems += reconcile(Ledger(read.creditor_read, read.debtors, str(root)), folder[0], as_of)[2]
        return BooksRead(None, read.debtors, tuple(problems), payments_known=False, skipped=read.skipped)
    if folder is None:
        ledger, _, found = returns_written(ledger, None, as_of)
        problems += found
        books = Books(_without(ledger, found), None)
        return BooksRead(books, read.debtors, tuple(problems), payments_known=True, skipped=read.skipped)
    with phase("reconcile"):
        before = ledger
        ledger, bank, found = reconcile(ledger, folder[0], as_of)
        ledger, written, late = returns_written(ledger, bank, as_of, before)
        bank = written or bank
        found += late
    creditor = ledger.creditor.source.path
    if found:
        problems += found
        ledger = _without(ledger, found)
    # The creditor's iban matching no statement (a problem of creditor.yaml) leaves every credit uncounted: any
    # claim's figures, and a rule of the day they broke (a refund over the credit), would only echo it.
    uncounted = any(problem.source.path == creditor for problem in found)
    known = not bank_problems and not uncounted
    return BooksRead(Books(ledger, bank), read.debtors, tuple(problems), payments_known=known, skipped=read.skipped)


def returns_written(
    ledger: Ledger, bank: Reconciliation | None, as_of: date, written: Ledger | None = None
) -> tuple[Ledger, Reconciliation | None, list[Problem]]:
    """The payments staff wrote as taken back by the bank (`returned:`, docs/ledger-format.md "Keep the statements")
    taken back, as a return read takes one back: out of the payments, among the dossier's returned payments for
    the page, the letters and staff alike, with the account that paid it where a statement read still holds its
    entry (bank.accounts.paying_accounts, as the staff pages find a payment's). One a return read took back already
    is left as that (the bank's own day and reason). Refused at its place (`written`: the ledger as written, before
    the bank's payments): one dated after `as_of` (the bank has not taken it back yet), and one whose `return_ref`
    the statements read contradict (`_contradicted`)."""
    marked = [p for d in (written or ledger).debtors for p in d.payments if p.returned is not None]
    late = [p for p in marked if p.returned is not None and p.returned > as_of]
    problems = [_returned_late(p, as_of) for p in late]
    refused = late + [p for p in marked if p not in late and _contradicted(p, bank, problems)]
    if not any(p.returned is not None for d in ledger.debtors for p in d.payments):
        return ledger, bank, problems
    returned = dict(ledger.bank_returned)
    accounts = paying_accounts(bank) if bank is not None else PayingAccounts()
    booked = credits_booked(bank) if bank is not None else {}
    debtors = []
    for debtor in ledger.debtors:
        taken = [p for p in debtor.payments if p.returned is not None and p not in refused]
        if taken:
            both = (*returned.get(debtor.id, ()), *(_returned_payment(p, accounts, booked) for p in taken))
            returned[debtor.id] = tuple(sorted(both, key=lambda r: (r.returned, r.paid)))
            debtor = replace(debtor, payments=tuple(p for p in debtor.payments if p not in taken))
        debtors.append(debtor)
    ledger = replace(ledger, debtors=tuple(debtors), bank_returned=returned)
    return ledger, replace(bank, returned=returned) if bank is not None else None, problems


def _contradicted(payment: Payment, bank: Reconciliation | None, problems: list[Problem]) -> bool:
    """Whether the return the payment names (`return_ref`) is read and took back another credit, or is booked on
    another day: said at its place, so one return is never counted twice (once read, once written)."""
    if bank is None or payment.return_ref is None:
        return False
    source, field = payment.returned_at or (payment.source, "returned")
    for taken in bank.returns():
        back = taken.related
        if back is None or back.reference != payment.return_ref:
            continue
        if back.booked != payment.returned:
            said = f"with return_ref {back.reference}, booked on {back.booked} ({back.source}): write that day"
            problems.append(Problem(source, field, said, str(payment.returned)))
            return True
        if taken.entry.reference != payment.bank_ref:
            said = (
                f"with return_ref {back.reference} ({back.source}): the statements read tie that return to another "
                "payment, "
                f"{taken.entry.reference}: one return takes back one payment; if it took back this one, say so in "
                "creditor.yaml (bank_returns), else take returned and return_ref out"
            )
            problems.append(Problem(source, field, said, payment.return_ref))
            return True
    return False


def _returned_payment(
    payment: Payment, accounts: PayingAccounts, booked: Mapping[tuple[str, date], date]
) -> ReturnedPayment:
    """A payment written as taken back: its entry (None when written by hand without one), its amount and days, and
    where `returned:` is written; the bank's reason is not in the file, nor the account it came from: that is the
    account of its entry (by its bank_ref and date) where a statement read still holds it (`accounts`:
    paying_accounts), else unknown. So is the day the bank booked it (`booked`: credits_booked), as a return read of
    it says: one return, read or written (claims.agreements.reminder_may_cross)."""
    if payment.returned is None:
        raise ValueError(f"{payment.source}: a payment taken back without the day it was")
    written = payment.returned_at or (payment.source, "returned")
    account = accounts.of(payment.bank_ref, payment.date)
    day = booked.get((payment.bank_ref, payment.date)) if payment.bank_ref else None
    return ReturnedPayment(
        payment.bank_ref, payment.amount, payment.date, payment.returned, None, account, booked=day, written=written
    )


def _returned_late(payment: Payment, as_of: date) -> Problem:
    source, field = payment.returned_at or (payment.source, "returned")
    said = f"is after {as_of}, the day the claims are computed for: the bank has not taken it back yet; write it once "
    return Problem(source, field, said + "that day has come", str(payment.returned))


def _without(ledger: Ledger, problems: list[Problem]) -> Ledger:
    """The ledger without the debtors whose files hold a payment the bank contradicts: their figures
    are not known, and a rule of the day they broke might only echo that problem."""
    troubled = {problem.source.path for problem in problems}
    return replace(ledger, debtors=tuple(d for d in ledger.debtors if d.source.path not in troubled))
