"""What the bank sent back of each dossier's money, read from the reconciled statements for the staff pages.

Two kinds, both found by incasso.bank.reconcile: a payment to a dossier the bank took back (a return, a
recall, a reversed direct debit: it does not count), and a `refund` a dossier records that the debtor's
bank sent back (the debtor was not paid back). The bank section lists every one; the dossier page, today's
work, the signals and claims.json (so changes.md too) tell each on its own dossier.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import NoteKind, Reconciliation, Skipped
from incasso.staff import formats as fmt
from incasso.staff.language import words
from incasso.staff.overview import BankReturns, RefundReturned, ReturnedPayment

_TAKEN = (NoteKind.NAMED_RETURNED, NoteKind.NAMED_PART_TAKEN)


def bank_returns(bank: Reconciliation | None) -> dict[str, BankReturns]:
    """Per dossier (id), its payments the bank took back and its refunds that came back, each once, in the
    order the statements give them; no entry for a dossier the bank sent nothing back of."""
    if bank is None:
        return {}
    payments: dict[str, list[ReturnedPayment]] = defaultdict(list)
    named = _named_returns(bank)
    for taken in bank.returns():  # a credit listed in both formats is taken back once
        credit, back = taken.entry, taken.related
        if taken.named:  # each payment naming it, with its own part: staff may have split it over dossiers
            for debtor_id, returned in named.pop(_named_by(taken, named), ()):
                payments[debtor_id].append(returned)
            continue
        if taken.debtor_id is None:
            continue  # a credit no dossier's: the bank section lists it
        payments[taken.debtor_id].append(_returned(credit.reference, credit.amount, credit, back))
    refunds: dict[str, list[RefundReturned]] = defaultdict(list)
    for note in bank.notes:
        entry, refund = note.entry, note.refund
        if note.kind != NoteKind.REFUND_RETURNED or not note.debtor_id or not entry or not entry.booked or not refund:
            continue
        refunds[note.debtor_id].append(
            RefundReturned(entry.amount, refund.date, entry.booked, entry.return_reason, entry.reference)
        )
    return {
        debtor_id: BankReturns(tuple(payments.get(debtor_id, ())), tuple(refunds.get(debtor_id, ())))
        for debtor_id in sorted(payments.keys() | refunds.keys())
    }


def _named_returns(bank: Reconciliation) -> dict[str, list[tuple[str, ReturnedPayment]]]:
    """The payments in the debtors' files that name a credit taken back whole (NAMED_RETURNED), by the bank
    entry they name: each with its dossier, its own amount, and the credit's day, return and account; and the
    transactions taken back of a batch one payment holds whole (NAMED_PART_TAKEN), each by its own entry."""
    found: dict[str, list[tuple[str, ReturnedPayment]]] = defaultdict(list)
    for note in bank.notes:
        credit, back, payment = note.entry, note.other, note.payment
        if note.kind not in _TAKEN or not note.debtor_id or not credit or not payment:
            continue
        # A transaction of a batch named whole (NAMED_PART_TAKEN) is listed as itself, with its own amount.
        part = note.kind == NoteKind.NAMED_PART_TAKEN and note.amount is not None
        reference = credit.reference if part else payment.bank_ref or credit.reference
        amount = note.amount if part and note.amount is not None else payment.amount
        found[reference].append((note.debtor_id, _returned(reference, amount, credit, back)))
    return found


def _returned(reference: str, amount: Decimal, credit: BankEntry, back: BankEntry | None) -> ReturnedPayment:
    """A payment taken back: the credit (its day, the account it came from) and its return (the day booked, the
    bank's reason). reconcile takes a credit back only by a return it found, and counts only booked entries: both
    days are known (claims.json writes them as dates)."""
    credited, returned = credit.credited, back.booked if back is not None else None
    if credited is None or returned is None or back is None:
        raise ValueError(f"{credit.source}: a credit taken back without its day or its return's ({credit.reference})")
    return ReturnedPayment(
        reference, amount, credited, returned, back.return_reason, credit.payer_iban or back.payer_iban
    )


def _named_by(taken: Skipped, named: dict[str, list[tuple[str, ReturnedPayment]]]) -> str:
    """The bank entry the payments naming a credit taken back name: its own, or its batch's (named whole)."""
    if taken.entry.reference in named or taken.entry.batch is None:
        return taken.entry.reference
    return taken.entry.batch[0]


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
