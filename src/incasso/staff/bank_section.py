"""The overview's bank section: what the statements held, the credits staff must assign, and how.

Shown only for a ledger with a bank/ folder. Each unmatched credit comes with
its likely dossiers (incasso.staff.candidates) and the lines to paste into
the debtor's file to assign it; the notes say what else staff should look at.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import PurePath
from typing import ClassVar

from incasso.bank.continuity import Gap
from incasso.bank.entry import BankEntry
from incasso.bank.matching import MatchRule
from incasso.bank.reconcile import (
    DOUBLE_COUNTS,
    Aside,
    Copies,
    Note,
    NoteKind,
    Reconciliation,
    Skipped,
    SkipReason,
    Unmatched,
)
from incasso.bank.said import counts_after_others, first_few, set_aside_way, taken_back, unread_set_asides
from incasso.law.calendar import bank_days_between
from incasso.law.money import plain
from incasso.payments.reference import format_iban
from incasso.staff import formats as fmt
from incasso.staff.bank_record import rests
from incasso.staff.candidates import Candidate, Why, named_in_text
from incasso.staff.language import words
from incasso.staff.outside import Outside
from incasso.staff.overview import Row
from incasso.staff.paging import page_path
from incasso.staff.return_answers import (
    Answering,
    answer_lines,
    answer_place,
    answered_none,
    answered_said,
    answering,
)
from incasso.staff.returns import day_text, reason_text, return_reason
from incasso.staff.sections import Figure, KindLink, More, Section
from incasso.staff.view import DebtorLink, StaffBook, debtor_link

ANCHOR = "bank"


@dataclass(frozen=True)
class CandidateView:
    debtor: DebtorLink
    why: str


@dataclass(frozen=True)
class SplitPart:
    """One dossier's part of a credit whose text names several: the lines to paste, the amount left to fill in
    (`note`: where they go in a file without payments yet)."""

    debtor: DebtorLink
    lines: str
    note: str | None = None


@dataclass(frozen=True)
class CreditRow:
    """An unmatched credit, as staff need it to decide whose it is."""

    reference: str
    date: str
    date_iso: str
    amount: str
    payer: str
    account: str
    text: str
    source: str
    candidates: tuple[CandidateView, ...]
    no_candidates: str | None
    assign: str  # the lines to paste under `payments:` in the debtor's file
    assign_note: str | None = None  # when the file holds the payment already: add only its bank_ref
    # A credit whose text names several dossiers: each one's lines, the amount for staff to split (`assign` empty).
    split: tuple[SplitPart, ...] = ()
    # From an account that paid for many dossiers (bank.accounts.COLLECTING_ACCOUNT): how many, and that this
    # says nothing of whose the credit is.
    collecting: str | None = None


@dataclass(frozen=True)
class NoteRow:
    debtor: DebtorLink | None
    text: str
    lines: str | None = None  # the lines to paste that do what the note says, where it says to write some


@dataclass(frozen=True)
class OutsideRow:
    """A credit of an invoice outside the ledger (staff.outside): who paid what, when, and the number it named."""

    date: str
    date_iso: str
    amount: str
    payer: str
    numbers: str
    reference: str


@dataclass(frozen=True)
class OutsideList:
    """The credits of invoices outside the ledger, shown folded: counted and in sight, but no work. A year of
    statements holds thousands: the overview shows the newest `rows`, and `more` links the pages with all."""

    summary: str
    why: str
    rows: tuple[OutsideRow, ...]
    shown: str | None = None  # which of them the rows are, when there are more
    more: KindLink | None = None  # the first of the pages with all of them


@dataclass(frozen=True, kw_only=True)
class OutsideSection(Section):
    """A page of the credits of invoices outside the ledger, newest first (`outside_pages`)."""

    kind: ClassVar[str] = "outside"
    why: str
    rows: tuple[OutsideRow, ...]


@dataclass(frozen=True, kw_only=True)
class BankSection(Section):
    kind: ClassVar[str] = "bank"
    stamp: str
    lines: tuple[str, ...]
    # Duplicate bookings counted once and credits the bank returned, when there are more than FOLD_AFTER: folded
    # under `folded_said`, so that a year of statements does not push the credits to assign a hundred lines down.
    folded: tuple[str, ...] = ()
    folded_said: str = ""
    credits: tuple[CreditRow, ...]
    how_to: str
    empty: str
    notes: tuple[NoteRow, ...]
    outside: OutsideList | None = None  # the credits of invoices outside the ledger, on the overview's first page


def bank_credits(book: StaffBook) -> tuple[CreditRow, ...] | None:
    """Every credit staff must assign, with its likely dossiers; None for a ledger without a bank/ folder. A credit of
    an invoice outside the ledger (book.outside) is none: `outside_list` shows it."""
    if book.bank is None:
        return None
    ledger = PurePath(book.creditor.source.path).parent
    collecting = book.paid_for.collecting if book.bank.unmatched else {}
    apart = {id(found.item) for found in book.outside}
    return tuple(
        _credit_row(item, found, ledger, collecting.get(item.entry.payer_iban or ""))
        for item, found in zip(book.bank.unmatched, book.likely, strict=True)
        if id(item) not in apart
    )


OUTSIDE_KIND = "outside"  # their pages: bank/outside.html, bank/outside-2.html, ...


def newest_first(outside: Sequence[Outside]) -> list[Outside]:
    """The credits of invoices outside the ledger, the newest credited first (of a day, as the statements list
    them): what a clerk who looks wants to see is what came in lately."""
    return sorted(outside, key=lambda found: found.item.entry.credited or date.min, reverse=True)


def outside_list(book: StaffBook, limit: int | None = None) -> OutsideList | None:
    """The credits of invoices outside the ledger (staff.outside), their count and sum, and the newest `limit` of
    them (all: None), with a link to their pages when there are more; None when there are none."""
    if not book.outside:
        return None
    found = newest_first(book.outside)
    shown = found if limit is None else found[:limit]
    total = sum((item.item.entry.amount for item in found), Decimal(0))
    count = fmt.count(len(found))
    summary = words().BANK["outside_one" if len(found) == 1 else "outside_many"].format(
        count=count, amount=fmt.money(total)
    ) + _swapped_count(found)
    rows = tuple(_outside_row(item) for item in shown)
    if len(shown) == len(found):
        return OutsideList(summary, words().BANK["outside_why"], rows)
    return OutsideList(
        summary,
        words().BANK["outside_why"],
        rows,
        shown=words().BANK["outside_newest"].format(shown=fmt.count(len(shown)), count=count),
        more=KindLink(words().BANK["outside_all"].format(count=count), count, page_path(ANCHOR, OUTSIDE_KIND, 1)),
    )


def _swapped_count(found: Sequence[Outside]) -> str:
    """How many of them name a ledger's number with two digits swapped, said in the folded list's summary: it is
    all a clerk sees of them before opening it."""
    like = sum(1 for item in found if item.like)
    return words().BANK["outside_swapped"].format(count=fmt.count(like)) if like else ""


def outside_section(found: Sequence[Outside], count: int) -> OutsideSection:
    """One page's credits of invoices outside the ledger (`found`, of `count`), as `outside_list` shows them."""
    return OutsideSection(
        anchor=ANCHOR,
        heading=words().BANK["outside_title"],
        count=fmt.count(count),
        why=words().BANK["outside_why"],
        rows=tuple(_outside_row(item) for item in found),
    )


def _outside_row(found: Outside) -> OutsideRow:
    entry = found.item.entry
    day = entry.credited
    return OutsideRow(
        date=fmt.short_day(day) if day else "",
        date_iso=day.isoformat() if day else "",
        amount=fmt.money(entry.amount),
        payer=entry.payer_name or "",
        numbers=", ".join(found.numbers)
        + "".join(words().BANK["outside_like"].format(number=number, debtor=debtor) for number, debtor in found.like),
        reference=entry.reference,
    )


def bank_section(
    book: StaffBook,
    credits: Sequence[CreditRow],
    count: int,
    more: More | None = None,
    notes: bool = True,
    outside_rows: int | None = None,
) -> BankSection:
    """What the statements held, the `credits` shown (of `count`) and, with `notes`, what to look at and the
    credits of invoices outside the ledger (the newest `outside_rows` of them; all: None)."""
    bank = book.bank
    if bank is None:
        raise ValueError("the bank section is for books with a bank/ folder (see bank_credits)")
    rows = {r.id: r for r in book.rows} if notes and bank.notes else {}
    answers = answering(bank, bool(book.creditor.return_answers))
    folding = _folded(bank, PurePath(book.creditor.source.path).parent)
    return BankSection(
        anchor=ANCHOR,
        heading=words().BANK["heading"],
        count=fmt.count(count),
        # The rest of a credit booked in part is to assign as a credit no rule placed (claims.json's unassigned).
        figures=(Figure(words().BANK["to_assign"], fmt.count(count + rests(bank)), f"#{ANCHOR}"),),
        more=more,
        stamp=_stamp(bank),
        lines=_lines(bank, PurePath(book.creditor.source.path).parent, folding),
        folded=folding,
        folded_said=words().BANK["folded"].format(count=fmt.count(len(folding))) if folding else "",
        credits=tuple(credits),
        how_to=words().BANK["assign"],
        empty=_empty(book) if bank.statements else "",  # none read: the stamp says so, nothing is linked
        notes=tuple(_gap_row(gap, bank.payments_until) for gap in bank.gaps)
        + tuple(found for note in bank.notes for found in _note_rows(note, rows, answers))
        + tuple(_note_row(note, rows) for note in unread_set_asides(bank, book.creditor.set_aside))
        if notes
        else (),
        outside=outside_list(book, outside_rows) if notes else None,
    )


def _empty(book: StaffBook) -> str:
    """What the section says when no credit is left to assign: all linked, or none to link beside the credits of
    invoices outside the ledger (those are not linked, and are listed below it)."""
    return words().BANK["none_outside" if book.outside else "none"]


def account_text(iban: str | None) -> str:
    if not iban:
        return ""
    try:
        return format_iban(iban)
    except ValueError:  # another bank's own account number: shown as the bank wrote it
        return iban


def stale_statements(bank: Reconciliation | None, as_of: date) -> str | None:
    """A warning for the top of the overview when the payments are processed only up to a day before the
    last bank day: statements are missing (between two read, or the latest), and a letter may go to
    someone who paid."""
    if bank is None or bank.payments_until is None:
        return None
    if bank.gaps:  # a statement missing between two read, over a weekend too: its balances do not chain
        return words().BANK["stale_gap"].format(date=fmt.day(bank.payments_until))
    missing = bank_days_between(bank.payments_until, as_of)
    if missing == 0:
        return None
    days = words().BANK["stale_one"] if missing == 1 else words().BANK["stale_many"].format(count=missing)
    return words().BANK["stale"].format(date=fmt.day(bank.payments_until), days=days)


def _stamp(bank: Reconciliation) -> str:
    if bank.payments_until is None:
        return words().BANK["stamp_none"].format(account=account_text(bank.account))
    stamp = words().BANK["stamp_gap"] if bank.gaps else words().BANK["stamp"]
    return stamp.format(date=fmt.day(bank.payments_until), account=account_text(bank.account))


def _counted(key_one: str, key_many: str, count: int) -> str:
    return words().BANK[key_one if count == 1 else key_many].format(count=count)


# More lines than this on duplicates counted once and credits returned are folded (BankSection.folded).
FOLD_AFTER = 5


def _folded(bank: Reconciliation, ledger: PurePath) -> tuple[str, ...]:
    """The lines on duplicates and returns, when so many that they are folded; () when they stand in the list.
    Nothing in them is work: a copy counts once, a return counts not, and a dossier's return is a signal."""
    said = _settled_lines(bank, ledger)
    return said if len(said) > FOLD_AFTER else ()


def _settled_lines(bank: Reconciliation, ledger: PurePath) -> tuple[str, ...]:
    """Copies counted once, credits taken back (with staff's answer on the return, where they wrote one), and the
    returns staff said took back none of the credits read: nothing of them is work any more."""
    copies = [_copies_line(copies, ledger) for copies in bank.copies()]
    returned = [_returned_line(skipped, bank) for skipped in bank.returns()]
    return tuple(copies + returned + [answered_none(pair) for pair in bank.answered if pair.credit is None])


def _lines(bank: Reconciliation, ledger: PurePath, folded: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What the statements held: read, matched and how, assigned by hand, skipped, duplicates, returns; nothing
    when bank/ holds none yet (the stamp says so: "0 statements from 0 files" would read as a fault)."""
    if not bank.statements:
        return ()
    files = len({s.source.path for s in bank.statements})
    lines = [
        words()
        .BANK["read"]
        .format(
            statements=_counted("statement_one", "statement_many", len(bank.statements)),
            files=_counted("file_one", "file_many", files),
        )
    ]
    rules = Counter(m.found.rule for m in bank.matched)
    how = ", ".join(
        f"{rules[MatchRule(rule)]} {said}" for rule, said in words().MATCH_RULE.items() if rules[MatchRule(rule)]
    )
    matched = _counted("payment_one", "payment_many", len(bank.matched))
    lines.append(
        words().BANK["matched"].format(count=matched, how=how) if bank.matched else words().BANK["matched_none"]
    )
    reasons = Counter(s.reason for s in bank.skipped if not _set_aside_whole(s, bank))
    if reasons[SkipReason.NAMED]:
        lines.append(
            words().BANK["named"].format(payments=_counted("payment_one", "payment_many", reasons[SkipReason.NAMED]))
        )
    counts = {reason: reasons[SkipReason(reason)] for reason in words().SKIPPED}
    skipped = [words().SKIPPED[reason][0 if n == 1 else 1].format(count=n) for reason, n in counts.items() if n]
    if skipped:
        lines.append(words().BANK["skipped"].format(what=", ".join(skipped)))
    if not folded:
        lines += _settled_lines(bank, ledger)
    return tuple(lines + [_set_aside_line(aside) for aside in bank.set_aside])


def _set_aside_whole(skipped: Skipped, bank: Reconciliation) -> bool:
    """Whether a credit named in a file (NAMED) is all set aside as no debtor's: no dossier holds it."""
    if skipped.reason != SkipReason.NAMED or not bank.set_aside:
        return False
    references = {skipped.entry.reference, skipped.entry.batch[0] if skipped.entry.batch else None}
    return any(
        a.entry.reference in references and a.item.amount == a.entry.amount and a.entry.booked == skipped.entry.booked
        for a in bank.set_aside
    )


def _set_aside_line(aside: Aside) -> str:
    """Bank money staff set aside as no debtor's: what of which credit, from whom, and why, as written; it counts
    for no dossier, and is said here so that it is not lost from sight."""
    entry = aside.entry
    payer = words().BANK["set_aside_payer"].format(payer=entry.payer_name) if entry.payer_name else ""
    return (
        words()
        .BANK["set_aside"]
        .format(
            amount=fmt.money(aside.item.amount),
            ref=entry.reference,
            credit=fmt.money(entry.amount),
            date=fmt.short_day(entry.credited) if entry.credited else "",
            payer=payer,
            reason=aside.item.reason,
        )
    )


def _copies_line(copies: Copies, ledger: PurePath) -> str:
    """Entries of one file counted once as another listing holds them too: which file and line was read twice
    (skipped), and which is kept (the one read first), each file named once with its line; for several the first
    (an overlap nobody expected is checked there)."""
    count = len(copies.entries)
    same = "_same" if copies.path == copies.original_path else ""
    skipped, kept = copies.entries[0], copies.originals[0]
    lines = dict(line=skipped.source.line, original_line=kept.source.line)
    first = words().BANK["duplicates_first_alike" if lines["line"] == lines["original_line"] else "duplicates_first"]
    return (
        words()
        .BANK[("duplicates_one" if count == 1 else "duplicates_many") + same]
        .format(
            count=count,
            file=_read_from(skipped, ledger, line=False),
            original_file=_read_from(kept, ledger, line=False),
            first=first.format(**lines),
            **lines,
        )
    )


def _returned_line(skipped: Skipped, bank: Reconciliation) -> str:
    """A credit taken back: the dossier it would have paid, and why it came back (a storno the debtor asked
    for, MD06, may be the first sign of a dispute); the charges the return names booked apart, as the dossier's line
    says them (s60: said there and by check, not here: the creditor's cost all the same); what staff wrote of the
    return, where they did."""
    entry, back = skipped.entry, skipped.related
    reason = reason_text(back.return_reason if back else None)
    answer = answered_said(bank.answer_of(back)) if back is not None else ""
    apart = (
        words().PHRASE["payment_returned_apart"].format(charges=fmt.money(back.apart)) if back and back.apart else ""
    )
    return (
        words()
        .BANK["returned"]
        .format(
            dossier=_returned_dossiers(skipped),
            amount=fmt.money(entry.amount),
            date=day_text(entry.booked),
            back=day_text(back.booked if back else None),
            reason=reason,
        )
        + apart
        + answer
    )


def _returned_dossiers(skipped: Skipped) -> str:
    """The dossier a credit taken back would have paid, or the ones whose payments named it (split over them)."""
    ids = skipped.named or ((skipped.debtor_id,) if skipped.debtor_id else ())
    return words().BANK["returned_dossier"].format(id=", ".join(ids)) if ids else ""


def _day(entry: BankEntry) -> str:
    return fmt.short_day(entry.booked) if entry.booked else ""


def _read_from(entry: BankEntry, ledger: PurePath, *, line: bool = True) -> str:
    """The statement file an entry was read from, from the ledger's own folder on ("bank/x.xml, regel 424"):
    the path before it is the build machine's (CI's, at night). Without `line`: the file alone."""
    path = PurePath(entry.source.path)
    shown = path.relative_to(ledger) if ledger.parts and path.is_relative_to(ledger) else path
    number = entry.source.line if line else 0
    return words().BANK["read_from"].format(path=shown.as_posix(), line=number) if number else shown.as_posix()


def _credit_row(item: Unmatched, found: tuple[Candidate, ...], ledger: PurePath, paid_for: int | None) -> CreditRow:
    """An unmatched credit, dated as the payment that assigns it is: the day the bank credited it. `paid_for`: how
    many dossiers its account paid for, when that many say nothing of whose it is (a collecting account)."""
    entry = item.entry
    parts = named_in_text(found)
    return CreditRow(
        reference=entry.reference,
        date=fmt.short_day(entry.credited) if entry.credited else "",
        date_iso=entry.credited.isoformat() if entry.credited else "",
        amount=fmt.money(entry.amount),
        payer=entry.payer_name or "",
        account=account_text(entry.payer_iban),
        text=entry.said,
        source=_read_from(entry, ledger),
        candidates=tuple(CandidateView(debtor_link(c.row), _why(c)) for c in found),
        no_candidates=None if found else words().BANK["no_candidates"],
        assign="" if parts else _assign(entry, found),
        assign_note=_split_note(entry, parts) if parts else _assign_note(found),
        split=tuple(
            SplitPart(debtor_link(c.row), split_lines(entry, c.row, item.invoices_of(c.row.id)), _paste_note(c.row))
            for c in parts
        ),
        collecting=words().BANK["collecting_account"].format(count=paid_for) if paid_for else None,
    )


def _split_note(entry: BankEntry, parts: tuple[Candidate, ...]) -> str:
    """A credit whose text names several dossiers: whose part is how much only staff can find out, so no one's
    lines hold the amount (pasted whole, one debtor would be booked the others' money)."""
    ids = [c.row.id for c in parts]
    named = f"{', '.join(ids[:-1])} {words().BANK['split_and']} {ids[-1]}"
    return words().BANK["assign_split"].format(ids=named, amount=fmt.money(entry.amount))


def split_lines(entry: BankEntry, row: Row, named: tuple[str, ...] = ()) -> str:
    """The payment to paste into `row`'s file for its part of a credit several dossiers share: its amount left
    empty, with what to write there (pasted as it is, the check refuses it: `amount: is required but empty`);
    naming the invoices of it the text names (`named`: Unmatched.invoices_of), as matched to it alone it would."""
    said = words().BANK["split_amount"].format(id=row.id, amount=plain(entry.amount))
    return with_payments_key(payment_lines(entry, named, amount=f"  # {said}"), row)


def _why(candidate: Candidate) -> str:
    """Why the credit may be this dossier's; and, for an amount other dossiers ask too, that it holds no letter."""
    why = [words().CANDIDATE[w] for w in candidate.why]
    return "; ".join([*why, words().BANK["candidate_shared"]] if candidate.shared_amount else why)


def _assign_note(found: tuple[Candidate, ...]) -> str | None:
    """What to mind pasting the lines into the likeliest dossier's file: it holds the credit already (replace
    it), or it has no `payments:` yet (the lines bring it: where they go). With no dossier found, the lines
    bring `payments:` too, and the note says where they go in a file with it or without."""
    if not found:
        return words().BANK["assign_none"]
    if _written(found):
        return words().BANK["assign_written"].format(id=found[0].row.id)
    return _paste_note(found[0].row)


def _paste_note(row: Row) -> str | None:
    """Where lines that start with `payments:` go in a file that has none yet, or has it empty; None when the
    file has payments (the lines go under them)."""
    if has_payments(row):
        return None
    line = empty_payments_line(row)
    if line is not None:
        return words().BANK["assign_replace"].format(id=row.id, line=line)
    return words().BANK["assign_first"].format(id=row.id)


def has_payments(row: Row) -> bool:
    """Whether the dossier's file has a `payments:` list to paste a payment under (one without any has none)."""
    return bool(row.claim.debtor.payments)


def empty_payments_line(row: Row) -> int | None:
    """The line of the file's `payments:` when it holds no payment (`payments: []`, or nothing after it): the lines
    to paste, which start with `payments:`, replace it (added at the end, the key would be written twice, which
    the check refuses). None when the file has payments, or no such line."""
    written = row.claim.debtor.payments_key
    return written.line if written is not None and not has_payments(row) else None


def with_payments_key(lines: str, row: Row) -> str:
    """The payment lines to paste into `row`'s file: with the `payments:` line before them when the file has
    none yet, as pasted under another list (the events) they would be read as one of its items."""
    return lines if has_payments(row) else "payments:\n" + lines


def _written(found: tuple[Candidate, ...]) -> bool:
    """Whether the likeliest dossier's file holds this credit already, written without bank_ref."""
    return bool(found) and Why.WRITTEN in found[0].why


def _assign(entry: BankEntry, found: tuple[Candidate, ...]) -> str:
    """The payment to paste, for the likeliest dossier's file. For a payment the file holds already, the note
    says to replace it with these lines, not to add a second. With no dossier found, whichever file staff find
    may have no `payments:`: the lines bring it, as for a dossier's file without (the note says so)."""
    return with_payments_key(payment_lines(entry), found[0].row) if found else "payments:\n" + payment_lines(entry)


def payment_lines(entry: BankEntry, named: tuple[str, ...] = (), amount: str | None = None) -> str:
    """A payment naming a bank entry, as staff paste it under `payments:` (the overview and the dossier): dated
    the day the bank credited it (the earlier of its booking and value date), which such a payment must have;
    with the invoice or invoices the payment it replaces `named` (`invoice:` for one, `invoices:` for more).
    `amount`: what follows `amount:` instead of the entry's amount (a part left for staff to fill in)."""
    day = entry.credited.isoformat() if entry.credited else ""
    written = plain(entry.amount) if amount is None else amount
    lines = f'  - date: {day}\n    amount: {written}\n    bank_ref: "{entry.reference}"'
    if len(named) > 1:
        return lines + "\n    invoices: [" + ", ".join(f'"{number}"' for number in named) + "]"
    return lines + (f'\n    invoice: "{named[0]}"' if named else "")


def written_lines(entry: BankEntry) -> str:
    """A credit on another account as staff paste it under `payments:`: no `bank_ref` (it may not name another
    account's entry), dated the day the bank credited it, so that the note on it goes."""
    day = entry.credited or entry.booked
    return f"  - date: {day.isoformat() if day else ''}\n    amount: {plain(entry.amount)}"


def _gap_row(gap: Gap, stamp: date | None) -> NoteRow:
    """Days missing between two statements: first among the notes, as payments may be missing."""
    return NoteRow(
        None,
        words()
        .BANK_NOTE["gap"]
        .format(
            missing_from=fmt.day(gap.missing_from),
            statement=gap.statement.source,
            opening=fmt.money(gap.opening),
            previous=gap.previous.source,
            last_day=fmt.day(gap.last_day),
            closing=fmt.money(gap.closing),
            stamp=fmt.day(stamp or gap.last_day),
        ),
    )


def dossier_note_rows(book: StaffBook, row: Row) -> tuple[NoteRow, ...]:
    """The bank section's notes on one dossier, for its own page (no link: it is that page): its own, and the rest
    of a credit booked in part elsewhere whose text names it too."""
    notes = book.bank_notes.get(row.id, ())
    answers = answering(book.bank, bool(book.creditor.return_answers)) if book.bank is not None and notes else None
    return tuple(
        _note_row(note, {row.id: row}, linked=False, answers=answers)
        if note.debtor_id == row.id
        else _rest_row(note, row, linked=False)
        for note in notes
    )


def _note_rows(note: Note, rows: dict[str, Row], answers: Answering | None = None) -> tuple[NoteRow, ...]:
    """A note's row, and after a credit's part unassigned, the rest's for each other dossier its text names."""
    named = tuple(rows[debtor_id] for debtor_id in note.named if debtor_id in rows)
    return (_note_row(note, rows, answers=answers), *(_rest_row(note, row) for row in named))


def _rest_row(note: Note, row: Row, linked: bool = True) -> NoteRow:
    """The rest of a credit staff booked in part on one dossier, for another dossier its text names: the payment
    to paste with the rest as its amount; with several such dossiers, the amount of this one's part left to fill in
    (pasted as it is, the check refuses it). Naming the invoices of it the text names, as its part of the split
    would (`split_lines`)."""
    entry, rest = note.entry, note.amount
    if entry is None or rest is None:
        raise ValueError("the rest of a credit is a note on an entry with a part unassigned")
    others = [debtor_id for debtor_id in note.named if debtor_id != row.id]
    values = {"ref": entry.reference, "rest": fmt.money(rest), "amount": fmt.money(entry.amount), "id": row.id}
    if others:
        values["others"] = f" {words().BANK['split_and']} ".join(others)
        said = words().BANK["split_amount"].format(id=row.id, amount=plain(rest))
        lines = payment_lines(entry, note.invoices_of(row.id), amount=f"  # {said}")
        text = words().BANK_NOTE["part_unassigned_rest_split"].format(**values)
    else:
        lines = payment_lines(entry, note.invoices_of(row.id), amount=plain(rest))
        text = words().BANK_NOTE["part_unassigned_rest"].format(**values)
    note_on_file = _paste_note(row)
    return NoteRow(
        debtor_link(row) if linked else None,
        f"{text} {note_on_file}" if note_on_file else text,
        with_payments_key(lines, row),
    )


def _set_aside_first(note: Note) -> str:
    """Why a set-aside counts less than the batch still holds (said.counts_after_others); else nothing."""
    return words().BANK_NOTE["set_aside_first"] if counts_after_others(note) else ""


def _taken(note: Note) -> dict[str, str]:
    """A note's `{taken}` (the transactions the bank took back: said.taken_back, the first few named) and its
    `{amount}` where it names several (what they came to together)."""
    taken = taken_back(note)
    if len(taken) < 2:
        return {"taken": words().BANK["taken_one"].format(ref=taken[0].reference if taken else "")}
    named, more = first_few([e.reference for e in taken])
    key, last = ("taken_some", "") if more else ("taken_all", named.pop())
    said = words().BANK[key].format(count=len(taken), refs=", ".join(named), last=last, more=more)
    return {"taken": said, "amount": fmt.money(sum((e.amount for e in taken), Decimal(0)))}


def _return_charges(back: BankEntry) -> str:
    """After what a return of no credit read takes back: the charges in what it debits (`BankEntry.charges`), the
    ones it names booked apart (`BankEntry.apart`), or both; nothing when it names none."""
    charges, amount = fmt.money(back.charges) if back.charges else "", fmt.money(back.amount)
    apart = fmt.money(back.apart) if back.apart else ""
    if charges and apart:
        return words().BANK["return_charges_both"].format(charges=charges, amount=amount, apart=apart)
    if charges:
        return words().BANK["return_charges"].format(charges=charges, amount=amount)
    return words().BANK["return_charges_apart"].format(charges=apart) if apart else ""


def _note_row(note: Note, rows: dict[str, Row], linked: bool = True, answers: Answering | None = None) -> NoteRow:
    """A note in words, linked to its dossier (`linked`), with the lines to paste where it says to write some
    (`answers`: what the lines with the bank's answer on a return need, staff.return_answers)."""
    row = rows.get(note.debtor_id or "")
    entry, payment = note.entry, note.payment
    values = {
        "ref": entry.reference if entry else (payment.bank_ref if payment else ""),
        "amount": fmt.money(entry.amount) if entry else "",
        "entry_date": _day(entry) if entry else "",
        "date": fmt.short_day(payment.date) if payment else "",
        "rest": fmt.money(note.amount) if note.amount is not None else "",
        "other": note.other.reference if note.other else "",
        "other_amount": fmt.money(note.other.amount) if note.other else "",
        "foreign": f"{entry.currency} {fmt.number(entry.amount)}" if entry else "",
        "account": account_text(entry.account) if entry else "",
        "bank_ref": payment.bank_ref or "" if payment else "",
        "written": fmt.money(payment.amount) if payment else "",
        "place": note.place,
        "where": words().PHRASE["note_where"].format(path="creditor.yaml", line=payment.source.line) if payment else "",
        "first": _set_aside_first(note),
    } | _taken(note)
    if payment is not None and note.kind in DOUBLE_COUNTS:
        values["amount"] = fmt.money(payment.amount)
    values["charges"], values["said"], values["apart"] = "", "", ""
    if note.kind == NoteKind.RETURN_WITHOUT_CREDIT and entry:  # what it takes back of a payment, and its charges
        values["amount"] = fmt.money(entry.taken_back)
        values["charges"] = _return_charges(entry)
    if note.kind in (NoteKind.RETURN_CHARGES, NoteKind.RETURN_CHARGES_UNTIED) and entry and entry.apart:
        values["apart"] = words().BANK["charges_apart_too"].format(apart=fmt.money(entry.apart))
    if note.kind == NoteKind.RETURN_MORE and entry:  # what the bank is asked follows from what the file said
        apart = fmt.money(entry.apart) if entry.apart else ""
        values["said"] = words().BANK["more_said_apart" if apart else "more_said_nothing"].format(charges=apart)
    if note.refund is not None:
        values["date"] = fmt.short_day(note.refund.date)
        values["reason"] = f", {return_reason(entry.return_reason)}" if entry and entry.return_reason else ""
    lines = None
    if note.kind == NoteKind.DATED_BOOKED and entry and entry.credited:
        values["entry_date"] = fmt.short_day(entry.credited)
    if note.kind == NoteKind.LOOKS_LIKE and entry and payment:
        # The payment naming the entry replaces the one written, dated as the bank credited it (or it is refused).
        values["entry_date"] = fmt.short_day(entry.credited) if entry.credited else ""
        lines = payment_lines(entry, payment.named)
    text = words().BANK_NOTE[set_aside_way(note)].format(**values)
    said = answer_lines(note, answers) if answers is not None else None
    if said is not None and answers is not None:  # the bank's answer on a return, in creditor.yaml
        lines, text = said, f"{text} {answer_place(answers)}"
    if note.kind == NoteKind.OTHER_ACCOUNT_CREDIT and entry:
        lines = written_lines(entry) if row is None else with_payments_key(written_lines(entry), row)
        line = empty_payments_line(row) if row is not None else None
        if line is not None:  # the lines start with `payments:`: where they go
            text += " " + words().BANK["assign_replace"].format(id=row.id if row else "", line=line)
    link = debtor_link(row) if row and linked else None
    return NoteRow(link, text, lines)
