"""What the bank sent back of each dossier's money, read from the reconciled statements for the staff pages.

Two kinds, both found by incasso.bank.reconcile: a payment to a dossier the bank took back (a return, a
recall, a reversed direct debit: it does not count), and a `refund` a dossier records that the debtor's
bank sent back (the debtor was not paid back). The bank section lists every one; the dossier page, today's
work, the signals and claims.json (so changes.md too) tell each on its own dossier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from incasso.bank.reconcile import NoteKind, Reconciliation
from incasso.ledger.model import ReturnedPayment
from incasso.staff import formats as fmt
from incasso.staff.language import words
from incasso.staff.overview import BankReturns, RefundReturned


def bank_returns(
    bank: Reconciliation | None, written: Mapping[str, tuple[ReturnedPayment, ...]] | None = None
) -> dict[str, BankReturns]:
    """Per dossier (id), its payments the bank took back (as reconcile found them: Reconciliation.returned) and its
    refunds that came back, each once, in the order the statements give them; no entry for a dossier the bank sent
    nothing back of. Without a bank/ folder, the payments its file says the bank took back (`written`: `returned:`,
    incasso.bank.books.returns_written), which reconcile gives with the rest where there is one."""
    if bank is None:
        return {
            debtor_id: BankReturns(tuple(found), ()) for debtor_id, found in sorted((written or {}).items()) if found
        }
    refunds: dict[str, list[RefundReturned]] = defaultdict(list)
    for note in bank.notes:
        entry, refund = note.entry, note.refund
        if note.kind != NoteKind.REFUND_RETURNED or not note.debtor_id or not entry or not entry.booked or not refund:
            continue
        refunds[note.debtor_id].append(
            RefundReturned(entry.amount, refund.date, entry.booked, entry.return_reason, entry.reference)
        )
    return {
        debtor_id: BankReturns(bank.returned.get(debtor_id, ()), tuple(refunds.get(debtor_id, ())))
        for debtor_id in sorted(bank.returned.keys() | refunds.keys())
    }


def return_reason(code: str) -> str:
    """A SEPA return reason in words, with its code: 'rekening opgeheven, AC04'."""
    reason = words().RETURN_REASON.get(code.upper())
    return f"{reason}, {code}" if reason else words().PHRASE["return_code"].format(code=code)


def reason_text(code: str | None) -> str:
    """The bank's reason in brackets after a sentence's clause, or nothing when it gave none."""
    return f" ({return_reason(code)})" if code else ""


def day_text(day: date | None) -> str:
    """The day a payment came in or went back, for a sentence that says "op ...": "4 nov 2026", or "een onbekende
    dag" where the bank gave none. Not "—", which the staff pages read as "geen" (none). The statements read give a
    day for both (a booked camt.053 entry without BookgDt, or an MT940 :61: without its value date, is refused);
    this keeps the sentence right should a record come without one."""
    return fmt.short_day(day) if day is not None else words().PHRASE["unknown_day"]
