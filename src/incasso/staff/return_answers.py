"""What staff write in creditor.yaml of a return the bank must tell them about (`bank_returns`), and what is said once
they did.

A return that names no payer is tied to the latest credit of its amount, one with charges whose credit several credits
could be to none, and so is one of more than a credit with its end-to-end reference that says nothing of charges (or
names them booked apart, not in what it debits): only the bank can say which it took back, and what of it were its
charges. Its note gives the lines to paste, the credits it may have taken back named in them (with their day and
dossier, and a credit of less with the charges that would make it the one, and a `charges:` line), the credit and the
reason left for staff to fill in, so that pasted as they are they are refused, not recorded as a guess. A return with
charges it took back for sure gets its lines filled in but the reason (how the charges were booked): written, its note
goes. The bank section then says the answer beside the return (docs/ledger-format.md, "Which payment a return took
back").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import Answered, Note, NoteKind, Reconciliation, SkipReason
from incasso.bank.said import first_few
from incasso.law.money import plain
from incasso.staff import formats as fmt
from incasso.staff.language import words

# The notes whose return staff answer in creditor.yaml: which credit it took back, or that its charges are booked.
ASKED = (NoteKind.RETURN_GUESSED, NoteKind.RETURN_CHARGES_UNTIED, NoteKind.RETURN_CHARGES, NoteKind.RETURN_MORE)


@dataclass(frozen=True)
class Answering:
    """What the lines to paste need beyond the note: whose each credit is (by the entry's id), and whether
    creditor.yaml has `bank_returns:` already (else the lines start with it)."""

    owners: dict[int, str]
    first: bool


def answering(bank: Reconciliation, written: bool) -> Answering:
    """The dossier of each credit matched or taken back, and whether creditor.yaml holds answers (`written`)."""
    owners = {id(m.entry): m.found.debtor_id for m in bank.matched}
    for skipped in bank.skipped_for(SkipReason.RETURNED):
        whose = skipped.named[:1] or ((skipped.debtor_id,) if skipped.debtor_id else ())
        if whose:
            owners[id(skipped.entry)] = whose[0]
    return Answering(owners, not written)


def answer_lines(note: Note, answers: Answering) -> str | None:
    """The lines to paste into creditor.yaml that answer the note's return; None for a note on no such return."""
    back = note.entry
    if note.kind not in ASKED or back is None or back.booked is None:
        return None
    lines = [f'  - bank_ref: "{back.reference}"', f"    date: {back.booked.isoformat()}"]
    credit = note.other
    if note.kind == NoteKind.RETURN_CHARGES and credit is not None and credit.credited is not None:
        lines += [
            f'    credit: "{credit.reference}"',
            f"    credit_date: {credit.credited.isoformat()}",
            f"    reason:   # {words().BANK['answer_reason_charges']}",
        ]
    else:
        could = _could(back, note.could, answers)
        lines += [
            f"    credit:   # {words().BANK['answer_credit'].format(could=could)}",
            f"    credit_date:   # {words().BANK['answer_credit_date']}",
        ]
        if _charged(back, note.could):  # a credit of less: the bank may say the rest were its charges
            lines.append(f"    charges:   # {words().BANK['answer_charges']}")
        lines.append(f"    reason:   # {words().BANK['answer_reason']}")
    said = "\n".join(lines)
    return "bank_returns:\n" + said if answers.first else said


def answer_place(answers: Answering) -> str:
    """Where the lines go in creditor.yaml: at its end with the key, or under the key it has."""
    return words().BANK["answer_first" if answers.first else "answer_under"]


def _charged(back: BankEntry, credits: tuple[BankEntry, ...]) -> bool:
    """Whether a return that says no charges are in its amount (nothing of them, or them booked apart) debits more
    than one of the credits it may have taken back: only the bank can say the rest were its charges, and staff write
    them (bank_returns' `charges`)."""
    return back.original is None and any(credit.amount < back.amount for credit in credits)


def _could(back: BankEntry, credits: tuple[BankEntry, ...], answers: Answering) -> str:
    """The credits a return may have taken back, each with its day and dossier, in a comment, and one of less than
    it debits with the charges that would make it the one: the first few of many, and how many more."""
    named = [_credit(credit, answers) for credit in credits]
    if back.original is None:  # a return that says its charges takes back what it says: no other charges
        said = words().BANK["answer_could_charges"]
        named = [
            said.format(could=text, charges=plain(back.amount - credit.amount)) if credit.amount < back.amount else text
            for text, credit in zip(named, credits, strict=True)
        ]
    shown, more = first_few(named)
    if more:
        return ", ".join(shown) + " " + words().BANK["answer_more"].format(count=more)
    if len(shown) < 2:
        return "".join(shown)
    return ", ".join(shown[:-1]) + f" {words().BANK['answer_or']} " + shown[-1]


def _credit(credit: BankEntry, answers: Answering) -> str:
    owner = answers.owners.get(id(credit))
    said = words().BANK["answer_owner"].format(id=owner) if owner else ""
    day = credit.credited.isoformat() if credit.credited else ""
    return words().BANK["answer_could"].format(ref=credit.reference, date=day, owner=said)


def answered_said(answer: Answered | None) -> str:
    """After a return's line under Teruggeboekt: the charges it debited on top, and the answer staff wrote."""
    if answer is None:
        return ""
    charges = answer.back.charges
    said = words().BANK["answered_charges"].format(charges=fmt.money(charges)) if charges else ""
    return words().BANK["answered"].format(charges=said, reason=answer.answer.reason)


def answered_none(answer: Answered) -> str:
    """A return staff said took back none of the credits read: every payment counts, and why; the charges in what it
    debits and the ones it names booked apart, as the change list's line of the answer says them (`charges_named`)."""
    back = answer.back
    charges = charges_named(back.charges, back.apart)
    return (
        words()
        .BANK["answered_none"]
        .format(
            ref=back.reference,
            amount=fmt.money(back.amount),
            date=fmt.short_day(back.booked) if back.booked else "",
            charges=words().BANK["answered_none_charges"].format(charges=charges) if charges else "",
            reason=answer.answer.reason,
        )
    )


def charges_named(charges: Decimal | None, apart: Decimal | None) -> str:
    """ ", waarvan EUR 2,50 kosten van de bank (...), daarnaast EUR 1,00 kosten die zij apart geboekt noemt (niet in
    dit bedrag; ...)": after a return's amount, the charges in it (BankEntry.charges) and the ones it names booked
    apart (BankEntry.apart), both the creditor's cost; nothing of either it names none of. The change list's line of
    staff's answer on a return and the bank section's line of one that took back none say them alike."""
    said = words().BANK
    named = said["named_charges"].format(charges=fmt.money(charges)) if charges else ""
    return named + (said["named_apart"].format(apart=fmt.money(apart)) if apart else "")
