"""What the log says of money set aside as no debtor's (creditor.yaml's bank_set_aside) that sets aside less than
written: its entry is in no statement read (or bank/ holds no statement at all), or the bank took it back, in whole
or in part. `incasso check` and every build say it at the entry's file and line (English, as the log's notes are);
the overview says it in the staff's language (staff.bank_section), in the same way (`set_aside_way`)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import Note, NoteKind, Reconciliation
from incasso.law.money import plain
from incasso.ledger.model import Payment, SetAside

SET_ASIDE_NOTES = (NoteKind.SET_ASIDE_PART_RETURNED, NoteKind.SET_ASIDE_NOT_FOUND)

# The ways a set-aside sets aside less than written (`set_aside_way`), each said in its own words.
NOT_FOUND = "set_aside_not_found"  # its entry is in no statement read: nothing is set aside
RETURNED = "set_aside_returned"  # the bank took the credit back whole: nothing is set aside
PART_RETURNED = "set_aside_part_returned"  # taken back in part: the set-aside counts as written
PART_RETURNED_LESS = "set_aside_part_returned_less"  # taken back in part: the set-aside counts less
UNREAD = "set_aside_unread"  # bank/ holds no statement: nothing is set aside
# Of a batch many transactions of which came back, the notes name this many and count the rest ("and 17 more");
# up to one more than this, each is named (naming all but one and "1 more" says less).
NAMED_FEW = 3


def set_aside_way(note: Note) -> str:
    """Which way a note on a set-aside goes (NOT_FOUND, RETURNED, PART_RETURNED, PART_RETURNED_LESS), or the note's
    kind for a note on no set-aside: the one choice the log and the overview both say."""
    if note.kind == NoteKind.SET_ASIDE_NOT_FOUND:
        return NOT_FOUND
    if note.kind == NoteKind.SET_ASIDE_UNREAD:
        return UNREAD
    if note.kind != NoteKind.SET_ASIDE_PART_RETURNED or note.payment is None:
        return str(note.kind)
    if note.other is None:  # the credit came back whole
        return RETURNED
    return PART_RETURNED if note.amount == note.payment.amount else PART_RETURNED_LESS


def taken_back(note: Note) -> tuple[BankEntry, ...]:
    """The entries a note on a set-aside says the bank took back: each transaction of a batch, or the one entry."""
    return note.taken or ((note.entry,) if note.entry is not None else ())


def first_few(references: Sequence[str]) -> tuple[list[str], int]:
    """The references a note names of several (all, or the first NAMED_FEW) and how many it only counts."""
    if len(references) <= NAMED_FEW + 1:
        return list(references), 0
    return list(references[:NAMED_FEW]), len(references) - NAMED_FEW


def entries_taken(taken: tuple[BankEntry, ...]) -> str:
    """The entries taken back in the log's words: `(entry B1/2`, `in 3 entries (B1/2, B1/3 and B1/4`, or of many
    `in 20 entries (B1/2, B1/3, B1/4 and 17 more`; the caller closes the bracket after the entry's place."""
    if len(taken) == 1:
        return f"(entry {taken[0].reference}"
    named, more = first_few([e.reference for e in taken])
    listed = f"{', '.join(named)} and {more} more" if more else f"{', '.join(named[:-1])} and {named[-1]}"
    return f"in {len(taken)} entries ({listed}"


def counts_after_others(note: Note) -> bool:
    """Whether a set-aside of a batch part of which came back counts less than the batch still holds: payments in
    dossiers naming it (as written), or set-asides above it, hold the rest."""
    counts, whole = note.amount, note.other
    less = set_aside_way(note) == PART_RETURNED_LESS
    return less and counts is not None and whole is not None and counts < whole.amount


def set_aside_notes(bank: Reconciliation | None, set_aside: Sequence[SetAside] = ()) -> tuple[str, ...]:
    """The notes on set-asides, as the build's log says them (`check` says them with the other bank notes); with no
    statement in bank/ at all, each set-aside of `set_aside` (`unread_notes`)."""
    notes = tuple(set_aside_note(n) for n in bank.notes if n.kind in SET_ASIDE_NOTES) if bank is not None else ()
    return notes + unread_notes(bank, set_aside)


def unread_notes(bank: Reconciliation | None, set_aside: Sequence[SetAside]) -> tuple[str, ...]:
    """With no statement in bank/ (no folder, or an empty one), a set-aside sets nothing aside: each said at its place.
    Without this, it did nothing without a word (the statements' reconciling names entries only among statements)."""
    return tuple(set_aside_note(note) for note in unread_set_asides(bank, set_aside))


def unread_set_asides(bank: Reconciliation | None, set_aside: Sequence[SetAside]) -> tuple[Note, ...]:
    """The notes (SET_ASIDE_UNREAD) on each set-aside when bank/ holds no statement: the log and `check` say them
    (`unread_notes`), and the overview's bank section, which staff read, in their language."""
    if bank is not None and bank.statements:
        return ()
    return tuple(
        Note(
            NoteKind.SET_ASIDE_UNREAD,
            None,
            None,
            Payment(item.date, item.amount, None, item.source, item.bank_ref),
            place=f"bank_set_aside[{i}]",
        )
        for i, item in enumerate(set_aside)
    )


def set_aside_note(note: Note) -> str:
    """A note about money set aside as no debtor's (creditor.yaml's bank_set_aside), at its place: the entry it names
    is in no statement read, or the bank took it back, in whole or in part, and what of it still counts."""
    e, p, place = note.entry, note.payment, note.place
    if p is None:
        raise ValueError(f"a bank note of kind {note.kind} without the set-aside it is about")
    named = f"{p.source}: {place}.bank_ref: names bank entry {p.bank_ref} of {p.date}"
    way = set_aside_way(note)
    if way == UNREAD:
        return f"{named}, but bank/ holds no statement: nothing is set aside; put the statement that holds it in bank/"
    if way == NOT_FOUND:
        return (
            f"{named}, in no statement read: nothing is set aside; check bank_ref and date, or put its statement in "
            "bank/ (its statement archived, the entry does nothing: remove it)"
        )
    if e is None or note.amount is None:
        raise ValueError(f"a bank note of kind {note.kind} without the entry it is about")
    if way == RETURNED or note.other is None:
        return f"{named}, which the bank took back ({e.source}): nothing of it is set aside; remove the entry"
    taken = taken_back(note)
    back = sum((t.amount for t in taken), Decimal(0))
    said = (
        f"{p.source}: {place}.amount: names bank entry {p.bank_ref} of {p.date}, of which the bank took back "
        f"EUR {plain(back)} {entries_taken(taken)}, {e.source})"
    )
    if way == PART_RETURNED:
        return (
            f"{said}: the EUR {plain(p.amount)} set aside counts as written; if the money taken back was that money, "
            "write what is still no debtor's"
        )
    what = "none of it counts" if not note.amount else f"EUR {plain(note.amount)} of it counts"
    first = " (payments in the debtors' files naming it, and set-asides above it, count first)"
    return (
        f"{said}: the batch still holds EUR {plain(note.other.amount)}, and of the EUR {plain(p.amount)} set aside "
        f"{what}{first if counts_after_others(note) else ''}; write what is still no debtor's"
    )
