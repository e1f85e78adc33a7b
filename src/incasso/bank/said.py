"""What the log says of money set aside as no debtor's (creditor.yaml's bank_set_aside) that sets aside less than
written: its entry is in no statement read, or the bank took it back, in whole or in part. `incasso check` and every
build say it at the entry's file and line (English, as the log's notes are); the overview says it in the staff's
language (staff.bank_section)."""

from __future__ import annotations

from incasso.bank.reconcile import Note, NoteKind, Reconciliation
from incasso.law.money import plain

SET_ASIDE_NOTES = (NoteKind.SET_ASIDE_PART_RETURNED, NoteKind.SET_ASIDE_NOT_FOUND)


def set_aside_notes(bank: Reconciliation | None) -> tuple[str, ...]:
    """The notes on set-asides, as the build's log says them (`check` says them with the other bank notes)."""
    return tuple(set_aside_note(n) for n in bank.notes if n.kind in SET_ASIDE_NOTES) if bank is not None else ()


def set_aside_note(note: Note) -> str:
    """A note about money set aside as no debtor's (creditor.yaml's bank_set_aside), at its place: the entry it names
    is in no statement read, or the bank took it back, in whole or in part, and what of it still counts."""
    e, p, place = note.entry, note.payment, note.place
    if p is None:
        raise ValueError(f"a bank note of kind {note.kind} without the set-aside it is about")
    named = f"{p.source}: {place}.bank_ref: names bank entry {p.bank_ref} of {p.date}"
    if note.kind == NoteKind.SET_ASIDE_NOT_FOUND:
        return (
            f"{named}, in no statement read: nothing is set aside; check bank_ref and date, or put its statement in "
            "bank/ (its statement archived, the entry does nothing: remove it)"
        )
    if e is None or note.amount is None:
        raise ValueError(f"a bank note of kind {note.kind} without the entry it is about")
    if note.other is None:  # the credit came back whole
        return f"{named}, which the bank took back ({e.source}): nothing of it is set aside; remove the entry"
    said = (
        f"{p.source}: {place}.amount: names bank entry {p.bank_ref} of {p.date}, of which the bank took back "
        f"EUR {plain(e.amount)} (entry {e.reference}, {e.source})"
    )
    if note.amount == p.amount:
        return (
            f"{said}: the EUR {plain(p.amount)} set aside counts as written; if the money taken back was that money, "
            "write what is still no debtor's"
        )
    what = "none of it counts" if not note.amount else f"EUR {plain(note.amount)} of it counts"
    # Less than the batch still holds: payments in dossiers naming it (as written), or set-asides above, hold it.
    first = " (payments in the debtors' files naming it, and set-asides above it, count first)"
    first = first if note.amount < note.other.amount else ""
    return (
        f"{said}: the batch still holds EUR {plain(note.other.amount)}, and of the EUR {plain(p.amount)} set aside "
        f"{what}{first}; write what is still no debtor's"
    )
