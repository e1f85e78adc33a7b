"""Reconcile the creditor's statements with the dossiers: every payment counted once, none lost.

In order: only booked credits in euros on the creditor's own account, booked
on or before the as-of date, count; an entry found in several exports counts
as often as one statement lists it (the bank's entry reference, date, amount
and direction say it is the same booking); a return or reversal cancels the
credit it takes back; a credit a hand-written payment names (`bank_ref:`) is
counted by that payment; every other credit is matched to a dossier
(incasso.bank.matching) or left for staff.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from incasso.bank.continuity import Gap, gaps
from incasso.bank.entry import BankEntry, Direction, EntryStatus, Statement, StatementFormat
from incasso.bank.matching import Found, Index, named_found
from incasso.ledger.model import (
    Debtor,
    Event,
    EventType,
    Ledger,
    Payment,
    ReturnAnswer,
    ReturnedPayment,
    SetAside,
)
from incasso.ledger.problems import Problem, Source

EURO = "EUR"
# A hand-written payment this close to a matched credit of the same amount may be that credit.
LOOKALIKE_DAYS = 3
# A refund that bounces (an account closed, a name that does not fit) comes back within days; a month
# leaves room for a slow bank without tying a refund of long ago to money of ours coming back now.
BOUNCE_DAYS = 30


class SkipReason(StrEnum):
    OTHER_ACCOUNT = "other_account"  # a statement of another account than the creditor's
    OTHER_CURRENCY = "other_currency"
    PENDING = "pending"  # not booked (yet)
    NOT_YET = "not_yet"  # booked after the as-of date: not known yet
    DUPLICATE = "duplicate"  # the same booking in another export
    DEBIT = "debit"  # money out
    RETURNED = "returned"  # a credit taken back by a return or reversal
    RETURN = "return"  # the return or reversal that took it back
    RETURNED_DEBIT = "returned_debit"  # a credit that returns money we sent out: no payment
    NO_MONEY = "no_money"  # an entry of 0.00 (the standards allow one): nobody paid anything
    NAMED = "named"  # counted by a hand-written payment that names it (bank_ref)


class NoteKind(StrEnum):
    """What staff should look at; nothing here changes a figure."""

    LOOKS_LIKE = "looks_like"  # a hand-written payment without bank_ref that may be this credit
    WRITTEN_TWICE = "written_twice"  # beside a payment naming this credit, one without bank_ref like it
    PART_UNASSIGNED = "part_unassigned"  # payments name a credit for less than its amount
    # A hand-written payment names a credit that came back whole: it counts no more (`other`: the return).
    NAMED_RETURNED = "named_returned"
    # A payment names a batch whole one of whose transactions came back, and the statements cannot say whose part
    # that was (several payments name it, or one holds less than the batch): it still counts as written.
    NAMED_PART_RETURNED = "named_part_returned"
    # The one payment that holds a batch whole, one of whose transactions came back (`entry`, `other` its return):
    # it counts that transaction's amount (`amount`) less, as a payment naming a single credit taken back counts not.
    NAMED_PART_TAKEN = "named_part_taken"
    # A payment naming a credit dated on its booking day, the bank having credited it before (its value date):
    # counted from the day credited (a file valid before that rule stays valid), staff told to write that day.
    DATED_BOOKED = "dated_booked"
    RETURN_WITHOUT_CREDIT = "return_without_credit"  # a return whose credit is in no statement read
    RETURN_LESS = "return_less"  # a return of less than a credit with its end-to-end reference: a fee kept?
    # A return of more than credits with its end-to-end reference (and account) that says nothing of charges, or names
    # them booked apart (BankEntry.apart): the bank's charges on top? Tied to none (`other`: the latest such credit,
    # `could`: each, `amount`: the difference from `other`); staff ask the bank, and write its answer with the charges
    # it names (bank_returns' `charges`).
    RETURN_MORE = "return_more"
    RETURN_GUESSED = "return_guessed"  # a return tied by amount alone, with more than one credit it could be
    # A return that took back a credit (`other`) and debited more, its charges (`amount`), as it says itself
    # (BankEntry.original): the debtor owes the credit again, never the charges, which the creditor bears.
    RETURN_CHARGES = "return_charges"
    # A return with charges whose credit's amount several credits have, none tied by its end-to-end reference or
    # account (`other`: the latest): never tied by that amount alone, so each still counts; staff ask the bank.
    RETURN_CHARGES_UNTIED = "return_charges_untied"
    UNKNOWN_BANK_REF = "unknown_bank_ref"  # bank_ref names no entry read (kept as written)
    TWIN = "twin"  # the same credit, it seems, in a camt.053 and an MT940 export under different references
    TWIN_ONCE = "twin_once"  # the same, with one end-to-end reference: one transfer, counted once
    SAME_REFERENCE = "same_reference"  # two credits of one day under one bank reference, with other amounts
    FOREIGN_CREDIT = "foreign_credit"  # a credit in another currency (not counted) that names a dossier
    OTHER_ACCOUNT_CREDIT = "other_account_credit"  # a credit on another account (not counted) that names a dossier
    REFUND_RETURNED = "refund_returned"  # a refund a dossier records came back: the debtor was not paid back
    # Money set aside as no debtor's (`payment` as _set_aside_naming makes it, `place` in creditor.yaml) names a
    # credit the bank took back (`entry`; a batch's transaction, `other` what the batch still holds): it counts
    # `amount`, what is left beside the payments naming it (0 of a credit taken back whole).
    SET_ASIDE_PART_RETURNED = "set_aside_part_returned"
    SET_ASIDE_NOT_FOUND = "set_aside_not_found"  # a set-aside names no entry read: nothing is set aside
    # A set-aside while bank/ holds no statement at all (said.unread_set_asides; reconcile names entries only among
    # statements, so it makes none of these): nothing is set aside.
    SET_ASIDE_UNREAD = "set_aside_unread"


# The notes on a payment naming a credit (bank_ref) the bank took back, in whole or in part.
_NAMED_BACK = (NoteKind.NAMED_RETURNED, NoteKind.NAMED_PART_RETURNED, NoteKind.NAMED_PART_TAKEN)
# The notes that say a dossier's payment may count twice: its credit is checked before it is refunded.
DOUBLE_COUNTS = (NoteKind.LOOKS_LIKE, NoteKind.WRITTEN_TWICE, NoteKind.TWIN)
# An end-to-end reference a payer's bank writes when the payer gave none: it tells no transfer apart.
NO_END_TO_END = "NOTPROVIDED"


@dataclass(frozen=True)
class Skipped:
    entry: BankEntry
    reason: SkipReason
    related: BankEntry | None = None  # the entry this duplicates, or the return and its credit
    debtor_id: str | None = None  # for a credit taken back (RETURNED): the dossier it would have paid
    # For a credit taken back that payments in the debtors' files name (bank_ref): their dossiers, whose
    # payments then count no more (NAMED_RETURNED); `debtor_id` is then None.
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Copies:
    """Entries of one file counted once, as another file (or the same one) lists them too: `entries[k]` is
    the copy of `originals[k]`."""

    entries: tuple[BankEntry, ...]
    originals: tuple[BankEntry, ...]

    @property
    def path(self) -> str:
        return self.entries[0].source.path

    @property
    def original_path(self) -> str:
        return self.originals[0].source.path


@dataclass(frozen=True)
class Match:
    entry: BankEntry
    found: Found
    payment: Payment


@dataclass(frozen=True)
class Unmatched:
    """A credit no rule placed; `named` are the dossiers its text names when it names several; `near` the one
    whose reference it holds with other check digits (a likely one for staff, never assigned: `Index.near_owner`)."""

    entry: BankEntry
    named: tuple[str, ...]
    near: str | None = None
    # Per dossier `named` holds, the invoices of it the text names (`Index.invoices_named`): each part staff
    # paste names them, as the credit would were it that dossier's alone.
    invoices: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def invoices_of(self, debtor_id: str) -> tuple[str, ...]:
        """The invoices of `debtor_id` the credit's text names (none: the payment names none)."""
        return _invoices_of(self.invoices, debtor_id)


def _invoices_of(invoices: tuple[tuple[str, tuple[str, ...]], ...], debtor_id: str) -> tuple[str, ...]:
    """Of the invoices a credit's text names per dossier (`Index.invoices_named`), those of `debtor_id`."""
    return next((numbers for owner, numbers in invoices if owner == debtor_id), ())


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    debtor_id: str | None
    entry: BankEntry | None
    payment: Payment | None = None
    amount: Decimal | None = None  # the part not assigned, for PART_UNASSIGNED
    other: BankEntry | None = None  # the credit's twin, for TWIN; the first under its reference, for SAME_REFERENCE
    refund: Event | None = None  # the refund that came back, for REFUND_RETURNED
    # For PART_UNASSIGNED: the dossiers the credit's text names that no payment naming it is in (the rest may be
    # theirs: the payer named several, and staff booked one part so far).
    named: tuple[str, ...] = ()
    # For PART_UNASSIGNED, per dossier of `named`, the invoices of it the text names (`Index.invoices_named`): the
    # rest's lines name them, as the split's do (`Unmatched.invoices`).
    invoices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    place: str = ""  # for a note on a set-aside: where in creditor.yaml ("bank_set_aside[0]")
    # For SET_ASIDE_PART_RETURNED and NAMED_PART_RETURNED of a batch: every transaction of it the bank took back, in
    # the batch's order (`entry` is the first); a note naming one of several read as if only that one came back.
    taken: tuple[BankEntry, ...] = ()
    # For RETURN_GUESSED, RETURN_CHARGES_UNTIED and RETURN_MORE: every credit the return may have taken back, by day
    # (`_with_candidates`): staff ask the bank which, and write its answer (creditor.yaml's bank_returns).
    could: tuple[BankEntry, ...] = ()

    def invoices_of(self, debtor_id: str) -> tuple[str, ...]:
        """The invoices of `debtor_id` the credit's text names (none: the payment naming the rest names none)."""
        return _invoices_of(self.invoices, debtor_id)


@dataclass(frozen=True)
class Aside:
    """Bank money staff set aside as no debtor's (`item`, creditor.yaml's bank_set_aside) and the credit it is
    part of (`entry`; a batch named whole as one): no dossier holds it, and none is offered it."""

    entry: BankEntry
    item: SetAside
    held: bool = True  # a payment in a dossier names the credit too (it is booked in part): not the set-aside's alone


@dataclass(frozen=True)
class Answered:
    """A return staff said which credit it took back (creditor.yaml's bank_returns: `answer`, at `place`), paired so:
    `back` the return read, `credit` the credit it took back (None: none the statements read hold)."""

    answer: ReturnAnswer
    place: str  # "bank_returns[0]"
    back: BankEntry
    credit: BankEntry | None


@dataclass(frozen=True)
class Reconciliation:
    """What the statements held and what became of each entry, as known on `as_of`."""

    account: str
    as_of: date
    statements: tuple[Statement, ...]
    # The latest day up to which the creditor's statements cover every day, at most as_of.
    payments_until: date | None
    matched: tuple[Match, ...]
    unmatched: tuple[Unmatched, ...]
    skipped: tuple[Skipped, ...]
    notes: tuple[Note, ...]
    gaps: tuple[Gap, ...] = ()  # days missing between the creditor's statements, before as_of
    set_aside: tuple[Aside, ...] = ()  # the credits, or parts of them, staff set aside as no debtor's
    # Per dossier (id), its payments the bank took back, each once (`returned_payments`): found once, for the staff
    # pages and the debtor's own page (Ledger.bank_returned) alike.
    returned: dict[str, tuple[ReturnedPayment, ...]] = field(default_factory=dict)
    # The returns staff answered which credit they took back (creditor.yaml's bank_returns), as paired.
    answered: tuple[Answered, ...] = ()

    def answer_of(self, back: BankEntry) -> Answered | None:
        """Staff's answer on the return `back`, when they wrote one."""
        return next((a for a in self.answered if a.back is back), None)

    def skipped_for(self, reason: SkipReason) -> list[Skipped]:
        return [s for s in self.skipped if s.reason == reason]

    def copies(self) -> list[Copies]:
        """The entries counted once because another listing holds them too, by the two files, in the order
        read: staff see where each overlap is, so one they did not expect can be checked."""
        found: dict[tuple[str, str], list[Skipped]] = {}
        for skipped in self.skipped_for(SkipReason.DUPLICATE):
            original = skipped.related or skipped.entry  # a duplicate always knows the entry it repeats
            found.setdefault((skipped.entry.source.path, original.source.path), []).append(skipped)
        return [
            Copies(tuple(s.entry for s in group), tuple(s.related or s.entry for s in group))
            for group in found.values()
        ]

    def returns(self) -> list[Skipped]:
        """The credits taken back, each return once: a credit listed in both formats (a TWIN) is taken back
        by one return, and listed once."""
        seen: set[int] = set()
        found = []
        for skipped in self.skipped_for(SkipReason.RETURNED):
            key = id(skipped.related) if skipped.related is not None else id(skipped.entry)
            if key not in seen:
                seen.add(key)
                found.append(skipped)
        return found

    @property
    def doubted(self) -> frozenset[str]:
        """The dossiers (ids) whose credit may be a double count: a payment written in the file looks like a
        bank entry that counts too, or one credit is listed in two formats (DOUBLE_COUNTS). Checked before a
        refund, and not promised back to the debtor until staff say which."""
        return frozenset(n.debtor_id for n in self.notes if n.kind in DOUBLE_COUNTS and n.debtor_id)

    @property
    def refunds_back(self) -> frozenset[str]:
        """The dossiers (ids) a refund of which came back (REFUND_RETURNED): the debtor was not paid back."""
        return frozenset(n.debtor_id for n in self.notes if n.kind == NoteKind.REFUND_RETURNED and n.debtor_id)


def reconcile(ledger: Ledger, statements: list[Statement], as_of: date) -> tuple[Ledger, Reconciliation, list[Problem]]:
    """The ledger with each dossier's bank payments added, what happened to every entry, and problems."""
    account = ledger.creditor.iban
    statements, charges_problems = _with_charges_answered(ledger.creditor.return_answers, statements, account)
    own = [s for s in statements if s.account == account]
    skipped = [Skipped(e, SkipReason.OTHER_ACCOUNT) for s in statements if s.account != account for e in s.entries]
    named = {p.bank_ref for d in ledger.debtors for p in d.payments if p.bank_ref}
    named |= {item.bank_ref for item in ledger.creditor.set_aside}
    counted = _counted(own, as_of, skipped, named)
    # Twins first: a return then cancels the transfer, whichever of its listings it would meet.
    notes, copies = _twins(counted, {id(e): s.format for s in own for e in s.entries})
    skipped += copies
    copied = {id(copy.entry) for copy in copies}
    counted = [e for e in counted if id(e) not in copied]
    archived = _archived_credits(ledger, counted, skipped, own, as_of)  # as the payments naming them keep them
    answered, settled, answer_problems = _answered_returns(ledger, counted, skipped, own, as_of, archived)
    credits = _cancel_returns([e for e in counted if id(e) not in settled], skipped)
    credits, notes = _returned_with_its_twin(credits, notes, skipped)
    unpaired = [s.entry for s in skipped if s.reason == SkipReason.RETURN and s.related is None]
    notes += [_unpaired_return(back, credits) for back in unpaired if id(back) not in settled]
    notes = _with_guesses(notes, skipped, counted, settled)
    notes = _archived_returns(notes, skipped, archived, answered)
    notes += _reused_references(credits)
    asides: list[Aside] = []
    credits, problems = _named(ledger, credits, skipped, notes, asides, bool(statements), bool(own))
    notes = _parts_named(ledger.debtors, _settled_returns(notes))
    matched, unmatched = _match(ledger.debtors, credits)
    skipped = _returned_dossiers(ledger.debtors, skipped, notes)
    notes = _tied(notes, matched) + _lookalikes(ledger.debtors, matched) + _foreign(ledger.debtors, skipped, named)
    notes += _charges_kept(_unsettled(skipped, settled))
    notes += _elsewhere(ledger.debtors, skipped, as_of)
    notes += _bounced_refunds(ledger.debtors, skipped, matched)
    # Only the euro account's statements say which days are processed: an account in another currency
    # may share the IBAN, and its later statement says nothing of the euros paid (its entries are skipped).
    euro = [s for s in own if s.currency == EURO]
    missing = tuple(g for g in gaps(euro) if g.last_day < as_of)
    until = _payments_until(euro, missing, as_of)
    if statements and until is None:  # else the pages would say every payment up to as_of is processed
        problems.append(_no_stamp(ledger, statements))
    reconciliation = Reconciliation(
        account,
        as_of,
        tuple(statements),
        until,
        tuple(matched),
        tuple(unmatched),
        tuple(skipped),
        tuple(notes),
        missing,
        tuple(asides),
    )
    reconciliation = replace(reconciliation, returned=returned_payments(reconciliation), answered=tuple(answered))
    reconciled = _with_payments(_as_counted(ledger, notes), matched, until)
    noted = replace(
        reconciled,
        bank_doubted=reconciliation.doubted,
        bank_refunds_back=reconciliation.refunds_back,
        bank_returned=reconciliation.returned,
    )
    return noted, reconciliation, charges_problems + answer_problems + problems


# The notes on a payment in a debtor's file whose credit (or part of its batch) the bank took back.
_TAKEN = (NoteKind.NAMED_RETURNED, NoteKind.NAMED_PART_TAKEN)


def returned_payments(bank: Reconciliation) -> dict[str, tuple[ReturnedPayment, ...]]:
    """Per dossier (id), its payments the bank took back, each once, in the order the statements give them; no
    entry for a dossier the bank took nothing back of. A credit no dossier's is the bank section's alone."""
    payments: dict[str, list[ReturnedPayment]] = defaultdict(list)
    named = _named_returns(bank)
    for taken in bank.returns():  # a credit listed in both formats is taken back once
        credit, back = taken.entry, taken.related
        if taken.named:  # each payment naming it, with its own part: staff may have split it over dossiers
            for debtor_id, returned in named.pop(_named_by(taken, named), ()):
                payments[debtor_id].append(returned)
        elif taken.debtor_id is not None:
            payments[taken.debtor_id].append(_returned(credit.reference, credit.amount, credit, back))
    return {debtor_id: tuple(found) for debtor_id, found in sorted(payments.items())}


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
    """A payment taken back: the credit (its day, the account it came from) and its return (the day booked, the bank's
    reason, the charges it debited beyond the credit: staff's, never the debtor's). reconcile takes a credit back only
    by a return it found, and counts only booked entries: both days are known (claims.json writes them as dates)."""
    credited, returned = credit.credited, back.booked if back is not None else None
    if credited is None or returned is None or back is None:
        raise ValueError(f"{credit.source}: a credit taken back without its day or its return's ({credit.reference})")
    return ReturnedPayment(
        reference,
        amount,
        credited,
        returned,
        back.return_reason,
        credit.payer_iban or back.payer_iban,
        back.charges,
        back.apart,
        None if credit.archived else credit.booked,
    )


def _named_by(taken: Skipped, named: dict[str, list[tuple[str, ReturnedPayment]]]) -> str:
    """The bank entry the payments naming a credit taken back name: its own, or its batch's (named whole)."""
    if taken.entry.reference in named or taken.entry.batch is None:
        return taken.entry.reference
    return taken.entry.batch[0]


def _as_counted(ledger: Ledger, notes: list[Note]) -> Ledger:
    """The ledger's payments as they count. One naming a credit the bank took back whole (NAMED_RETURNED) counts
    not, and one holding a batch some transactions of which came back (NAMED_PART_TAKEN) counts them less: the
    money is not there, as of a credit matched by its reference. The file keeps them as written; the dossier
    lists what was taken back (staff.returns). A payment naming a credit on its booking day counts from the day
    the bank credited it (art. 6:114 lid 2 BW), as the bank's own payments do; the DATED_BOOKED note asks staff to
    write the earlier one."""
    gone = {id(n.payment) for n in notes if n.kind == NoteKind.NAMED_RETURNED and n.payment is not None}
    less: dict[int, Decimal] = defaultdict(Decimal)
    for n in notes:
        if n.kind == NoteKind.NAMED_PART_TAKEN and n.payment is not None and n.amount is not None:
            less[id(n.payment)] += n.amount
    credited = {
        id(n.payment): n.entry.credited
        for n in notes
        if n.kind == NoteKind.DATED_BOOKED and n.payment is not None and n.entry is not None and n.entry.credited
    }
    if not (gone or less or credited):
        return ledger

    def counted(payment: Payment) -> Payment:
        key = id(payment)
        if key in less:
            payment = replace(payment, amount=payment.amount - less[key])
        return replace(payment, date=credited[key]) if key in credited else payment

    def kept(debtor: Debtor) -> Debtor:
        payments = tuple(counted(p) for p in debtor.payments if id(p) not in gone)
        return replace(debtor, payments=payments) if payments != debtor.payments else debtor

    return replace(ledger, debtors=tuple(kept(d) for d in ledger.debtors))


def _payments_until(euro: list[Statement], missing: tuple[Gap, ...], as_of: date) -> date | None:
    """The day the pages may say every payment up to is processed: never past a gap, nor past as_of.

    A payment in days no statement covers is not counted, so the stamp stops before them
    until the missing statement is put in bank/.
    """
    until = max((s.until for s in euro if s.until is not None), default=None)
    if until is None:
        return None
    return min([until, as_of, *(g.last_day for g in missing)])


def _no_stamp(ledger: Ledger, statements: list[Statement]) -> Problem:
    """Why statements in bank/ say no day the creditor's payments are processed up to, and what to do.

    Without that day the pages would say every payment up to the build's date is processed while none
    of bank/ counted: a debtor who paid would be asked the money again, by letter too. So it stops the build.
    """
    creditor = ledger.creditor
    where = creditor.iban_source or Source(creditor.source.path)  # the iban's line, so the clerk finds it
    own = [s for s in statements if s.account == creditor.iban]
    if not own:
        # The accounts read go in `mend`: a log written with --redact names no account (the wrong export's may
        # be a private person's).
        accounts = ", ".join(sorted({s.account for s in statements}))
        message = (
            "matches no statement in bank/: no payment in them would count, and pages and letters would ask the "
            "money again of debtors who paid. If the iban is mistyped, correct it; if the creditor moved to this "
            "account, put its statements in bank/ (docs/ledger-format.md, 'A new bank account'); if bank/ holds "
            "another business's statements (the demo's, say), take them out"
        )
        return Problem(where, "iban", message, creditor.iban, f"; bank/ holds {accounts}")
    elif all(s.currency != EURO for s in own):
        currencies = ", ".join(sorted({s.currency for s in own}))
        message = (
            f"has statements in bank/ in {currencies} only, and only euros count: put the statements of its "
            "euro account in bank/"
        )
    else:
        message = (
            "has statements in bank/ that name no day they run to (no closing balance, period or booked "
            "entry): export them again from the bank"
        )
    return Problem(where, "iban", message, creditor.iban)


def _counted(own: list[Statement], as_of: date, skipped: list[Skipped], named: set[str]) -> list[BankEntry]:
    """Booked euro entries up to as_of, each booking once (as often as one listing holds it: a statement
    with the pages that continue it, `_listings`).

    A booking is one entry, or the transactions of a batch an export splits: where one export
    lists a batch whole and another split, the split one counts (it says who paid what), unless
    a payment in a debtor's file names the whole one (`named`): staff assigned it by hand.
    """
    kept: dict[tuple, list[list[BankEntry]]] = defaultdict(list)
    passed: dict[tuple, list[BankEntry]] = defaultdict(list)  # entries not counted, each booking once
    for listing in _listings(own):
        listed: dict[tuple, dict[tuple, list[BankEntry]]] = defaultdict(dict)  # per booking, its entries by place
        here: dict[tuple, int] = defaultdict(int)
        for page, entry in ((k, e) for k, statement in enumerate(listing) for e in statement.entries):
            reason = _not_counted(entry, as_of)
            if reason is None:
                listed[_booking(entry)].setdefault((page, entry.position), []).append(entry)
                continue
            # A pending entry in two exports is one entry pending: skipped once, the copy a duplicate.
            key = (reason, *_booking(entry))
            here[key] += 1
            if here[key] > len(passed[key]):
                passed[key].append(entry)
                skipped.append(Skipped(entry, reason))
            else:
                skipped.append(Skipped(entry, SkipReason.DUPLICATE, passed[key][here[key] - 1]))
        for key, bookings in listed.items():
            known = kept[key]
            for n, booking in enumerate(bookings.values()):
                if n >= len(known):
                    known.append(booking)
                    continue
                if _preferred(booking, known[n], named):
                    known[n], booking = booking, known[n]
                skipped += [Skipped(entry, SkipReason.DUPLICATE, known[n][0]) for entry in booking]
    return sorted((e for bookings in kept.values() for booking in bookings for e in booking), key=_order)


def _listings(own: list[Statement]) -> list[list[Statement]]:
    """The statements as listings, in the order read: a statement with the pages that continue it.

    A bank splits a long statement over pages (MT940 blocks numbered in :28C:, camt.053 files with one
    statement id, MsgPgntn): each page lists other bookings, so two transfers alike on two pages, without
    a bank reference to tell them apart, are two payments. Only a statement that covers days already read
    again may hold copies. A page continues another when it is the same statement (its number) and opens
    with the other's closing balance: the next page by number, or (pages unnumbered) after a page whose
    bookings moved the balance, so a verbatim copy of a page never continues it.
    """
    listings: list[list[Statement]] = []
    for statement in sorted(own, key=_page_order):
        before = next((listing for listing in listings if _continues(statement, listing[-1])), None)
        if before is None:
            listings.append([statement])
        else:
            before.append(statement)
    first = {id(statement): n for n, statement in enumerate(own)}
    return sorted(listings, key=lambda listing: min(first[id(s)] for s in listing))


def _page_order(statement: Statement) -> tuple:
    return (statement.account, statement.number or "", statement.page or 0, statement.opened or date.min)


def _continues(page: Statement, before: Statement) -> bool:
    """Whether `page` is the page after `before` of one statement (see `_listings`)."""
    if (
        page.number is None
        or page.number != before.number
        or (page.account, page.currency)
        != (
            before.account,
            before.currency,
        )
    ):
        return False
    if page.opening is None or before.closing is None or page.opening != before.closing:
        return False
    if page.page is not None and before.page is not None:
        return page.page == before.page + 1
    return page.page is None and before.page is None and before.opening != before.closing


def _preferred(listing: list[BankEntry], known: list[BankEntry], named: set[str]) -> bool:
    """Whether a booking's `listing` counts instead of the one `known` from another export: split
    rather than whole, unless the whole one is named by a payment (staff assigned it)."""
    if len(listing) > 1 and len(known) == 1:
        return known[0].reference not in named
    if len(listing) == 1 and len(known) > 1:
        return listing[0].reference in named
    return False


def _not_counted(entry: BankEntry, as_of: date) -> SkipReason | None:
    if entry.currency != EURO:
        return SkipReason.OTHER_CURRENCY
    if entry.amount == 0:
        return SkipReason.NO_MONEY
    if entry.status != EntryStatus.BOOKED:
        return SkipReason.PENDING
    if entry.booked is None or entry.booked > as_of:
        return SkipReason.NOT_YET
    return None


def _booking(entry: BankEntry) -> tuple:
    """What makes two listed entries the same booking: the bank's reference, and (should a bank
    reuse references) the day, the direction and the amount; a batch's, for one of its transactions."""
    reference, amount = entry.batch or (entry.reference, entry.amount)
    return (reference, entry.booked, entry.direction, amount)


def _order(entry: BankEntry):
    """Booking order, as listed: a file laid out on one line lists by the entries' places alone."""
    return (entry.booked, entry.source.path, entry.source.line, entry.position, entry.reference)


def _cancel_returns(entries: list[BankEntry], skipped: list[Skipped]) -> list[BankEntry]:
    """The credits left once each return or reversal has cancelled the credit it takes back.

    The credit taken back has the same amount (a return with charges: the amount it says it takes back of
    the credit, BankEntry.original), was booked no later, and has the same end-to-end reference (else the
    same payer's account) when both carry one.
    """
    credits: dict[Decimal, list[BankEntry]] = defaultdict(list)
    cancelled: set[int] = set()
    waiting: list[BankEntry] = []  # returns that found no credit listed before them, on their day
    for entry in entries:  # in booking order: a return follows its credit
        if waiting and waiting[0].booked != entry.booked:
            _settle(waiting, credits, cancelled, skipped)
        if entry.direction == Direction.CREDIT and (entry.reversal or entry.return_reason):
            skipped.append(Skipped(entry, SkipReason.RETURNED_DEBIT))
        elif entry.direction == Direction.CREDIT:
            credits[entry.amount].append(entry)
        elif entry.is_return:
            original = _taken_back(entry, credits[entry.taken_back], cancelled)
            if original is None:
                waiting.append(entry)
            else:
                _cancel(entry, original, cancelled, skipped)
        else:
            skipped.append(Skipped(entry, SkipReason.DEBIT))
    _settle(waiting, credits, cancelled, skipped)
    return [e for e in entries if _is_payment(e) and id(e) not in cancelled]


def _settle(
    waiting: list[BankEntry], credits: dict[Decimal, list[BankEntry]], cancelled: set[int], skipped: list[Skipped]
) -> None:
    """The day's returns that found no credit before them, once every credit of their day is known.

    camt.053 fixes no order within a day, so a return may be listed before the credit it takes back;
    a credit listed after it is taken back only when the two are surely one payment (the same
    end-to-end reference or payer's account), never by amount alone: it may be another's payment.
    """
    for back in waiting:
        original = _taken_back(back, credits[back.taken_back], cancelled, surely=True)
        if original is None:
            skipped.append(Skipped(back, SkipReason.RETURN, None))
        else:
            _cancel(back, original, cancelled, skipped)
    waiting.clear()


def _cancel(back: BankEntry, original: BankEntry, cancelled: set[int], skipped: list[Skipped]) -> None:
    cancelled.add(id(original))
    skipped.append(Skipped(back, SkipReason.RETURN, original))
    skipped.append(Skipped(original, SkipReason.RETURNED, back))


def _twins(entries: list[BankEntry], formats: dict[int, StatementFormat]) -> tuple[list[Note], list[Skipped]]:
    """Credits alike in day, amount, payer and text from exports in different formats, and the copies
    among them (returns too, `_return_twins`) that count no more.

    A bank may number its entries differently in camt.053 and MT940, so the same credit in both
    would count twice. Where both carry one end-to-end reference (the payer's, which SEPA passes on
    unchanged, EPC rulebook AT-41), they are one transfer: the one listed later is a duplicate.
    Two different end-to-end references are two transfers, however alike. Without one, both still
    count (two payments alike are possible). Staff are told of each pair of credits, so that they keep
    one format in bank/. Each entry pairs once, with its own transfer first.
    """
    unpaired: dict[tuple, list[BankEntry]] = defaultdict(list)
    notes, copies = [], _return_twins([e for e in entries if e.is_return], formats)
    for entry in (e for e in entries if _is_payment(e)):
        key = (entry.booked, entry.amount, entry.payer_iban, " ".join(entry.text.split()).upper())
        others = [e for e in unpaired[key] if formats[id(e)] != formats[id(entry)]]
        twin = next((e for e in others if _one_transfer(e, entry)), None)
        if twin is not None:
            unpaired[key].remove(twin)
            copies.append(Skipped(entry, SkipReason.DUPLICATE, twin))
            notes.append(Note(NoteKind.TWIN_ONCE, None, entry, other=twin))
            continue
        twin = next((e for e in others if not _two_transfers(e, entry)), None)
        if twin is None:
            unpaired[key].append(entry)
            continue
        unpaired[key].remove(twin)
        notes.append(Note(NoteKind.TWIN, None, entry, other=twin))
    return notes, copies


def _returned_with_its_twin(
    credits: list[BankEntry], notes: list[Note], skipped: list[Skipped]
) -> tuple[list[BankEntry], list[Note]]:
    """A credit listed in both formats without an end-to-end reference counts in each (a TWIN note); a
    return that takes back one listing takes back the other too (the return is listed once: `_return_twins`),
    and that pair's note goes."""
    returned = {id(s.entry): s.related for s in skipped if s.reason == SkipReason.RETURNED}
    also: dict[int, Skipped] = {}
    pairs = [(n.entry, n.other) for n in notes if n.kind == NoteKind.TWIN and n.entry and n.other]
    for listed, twin in pairs:
        for one, other in ((listed, twin), (twin, listed)):
            if id(one) in returned and id(other) not in returned:
                also[id(other)] = Skipped(other, SkipReason.RETURNED, returned[id(one)])
    if not also:
        return credits, notes
    skipped += also.values()
    gone = also.keys() | returned.keys()
    kept = [n for n in notes if not (n.kind == NoteKind.TWIN and id(n.entry) in gone)]
    return [c for c in credits if id(c) not in also], kept


def _return_twins(returns: list[BankEntry], formats: dict[int, StatementFormat]) -> list[Skipped]:
    """The copies among returns listed in both formats. A return is taken back once: one of the day and
    amount in the other format is the same return, unless both carry end-to-end references that differ
    (a bank may leave the reference out of one format, and writes the payer and text each its own way); a
    second return left over would take back another payer's credit by its amount alone."""
    waiting: dict[tuple, dict[StatementFormat, _Waiting]] = defaultdict(dict)
    copies = []
    for back in returns:
        listed = waiting[(back.booked, back.amount)]
        here, reference = formats[id(back)], _end_to_end(back)
        twin = None
        for form, others in listed.items():
            twin = others.take(reference) if form != here else None
            if twin is not None:
                break
        if twin is None:
            listed.setdefault(here, _Waiting()).add(back, reference)
        elif _names(back) > _names(twin):  # the listing that names more takes back the credit, whichever file
            copies.append(Skipped(twin, SkipReason.DUPLICATE, back))
        else:
            copies.append(Skipped(back, SkipReason.DUPLICATE, twin))
    return copies


def _names(back: BankEntry) -> tuple[bool, bool, bool]:
    """What a return's listing names of the transfer it takes back: the credit's amount when it debits more (else
    it ties to none), its end-to-end reference, the account."""
    return back.original is not None, _end_to_end(back) is not None, back.payer_iban is not None


class _Waiting:
    """The returns of one day and amount in one format not yet paired, by end-to-end reference: each
    taken in constant time, so thousands of returns of one amount (direct debits) pair in linear time."""

    def __init__(self) -> None:
        self.by_reference: dict[str, deque[BankEntry]] = {}
        self.bare: deque[BankEntry] = deque()

    def add(self, back: BankEntry, reference: str | None) -> None:
        if reference is None:
            self.bare.append(back)
        else:
            self.by_reference.setdefault(reference, deque()).append(back)

    def take(self, reference: str | None) -> BankEntry | None:
        """One waiting that may be the same return: the same reference, else one without, and for a return
        without one, any."""
        if reference is not None and reference in self.by_reference:
            return self._pop(reference)
        if self.bare:
            return self.bare.popleft()
        if reference is None and self.by_reference:
            return self._pop(next(iter(self.by_reference)))
        return None

    def _pop(self, reference: str) -> BankEntry:
        listed = self.by_reference[reference]
        back = listed.popleft()
        if not listed:
            del self.by_reference[reference]
        return back


def _is_payment(entry: BankEntry) -> bool:
    """Money in that is no money of ours coming back."""
    return entry.direction == Direction.CREDIT and not _is_back(entry)


def _unpaired_return(back: BankEntry, credits: list[BankEntry]) -> Note:
    """A return tied to no credit of its amount: of less than a credit with its end-to-end reference (and account), the
    bank may have kept a fee (a recall); that credit is named, but still counts (only the bank can say); of more than
    credits with its end-to-end reference (and account), saying nothing of charges (or naming them booked apart, not in
    what it debits, when they are the difference), the bank may have added its charges: they are named, and still
    count; one with charges whose credit's amount several credits have, none its payment for sure, is tied to none of
    them (`_taken_back`); else its credit is in no statement read."""
    if back.original is not None:
        could = _could_be(back, [c for c in credits if c.amount == back.original], set())
        if len(could) > 1:
            return Note(NoteKind.RETURN_CHARGES_UNTIED, None, back, amount=back.charges, other=could[-1])
    reference = _end_to_end(back)
    named = [
        credit
        for credit in (credits if reference is not None else ())
        if _end_to_end(credit) == reference and (back.payer_iban is None or credit.payer_iban == back.payer_iban)
    ]
    for credit in named:
        if credit.amount > back.amount:
            return Note(NoteKind.RETURN_LESS, None, back, other=credit)
    less = [c for c in named if c.amount < back.amount and _before(c, back, set()) and _may_be_charges(back, c)]
    if back.original is None and less:  # what of it is charges only the bank can say: never a difference guessed
        latest = less[-1]
        return Note(
            NoteKind.RETURN_MORE, None, back, amount=back.amount - latest.amount, other=latest, could=tuple(less)
        )
    return Note(NoteKind.RETURN_WITHOUT_CREDIT, None, back)


def _may_be_charges(back: BankEntry, credit: BankEntry) -> bool:
    """Whether what a return that takes back all it debits debits beyond `credit` may be charges the bank names to
    staff: the charges staff could then write (`_charges_refused`). Of one whose file names charges booked apart,
    only those; of one whose file names an original amount that is its own and no charges, none."""
    if back.apart:
        return back.amount - credit.amount == back.apart
    return not back.whole


def _charges_kept(skipped: list[Skipped]) -> list[Note]:
    """Each return that debited more than the credit it took back, as it says itself: its charges (the debtor's
    bank's compensation, a fee) are the creditor's cost, told to staff with the credit and its dossier; the debtor
    owes the credit again (`returned_payments`), never the charges."""
    returned = {id(s.entry): s for s in skipped if s.reason == SkipReason.RETURNED}
    notes = []
    for s in skipped:
        credit = s.related
        if s.reason != SkipReason.RETURN or credit is None or not s.entry.charges:
            continue
        taken = returned.get(id(credit))
        owners = (taken.named or ((taken.debtor_id,) if taken.debtor_id else ())) if taken else ()
        notes.append(
            Note(NoteKind.RETURN_CHARGES, next(iter(owners), None), s.entry, amount=s.entry.charges, other=credit)
        )
    return notes


def _settled_returns(notes: list[Note]) -> list[Note]:
    """The notes without a smaller return staff settled: the payment naming its credit holds what stayed,
    so the credit's part no dossier holds is the return itself, and neither note is work any more."""
    returned = {(id(n.other), n.entry.amount) for n in notes if n.kind == NoteKind.RETURN_LESS and n.entry}
    settled = {id(n.entry) for n in notes if n.kind == NoteKind.PART_UNASSIGNED and (id(n.entry), n.amount) in returned}
    return [
        n
        for n in notes
        if not (n.kind == NoteKind.PART_UNASSIGNED and id(n.entry) in settled)
        and not (n.kind == NoteKind.RETURN_LESS and id(n.other) in settled)
    ]


def _end_to_end(entry: BankEntry) -> str | None:
    """The payer's end-to-end reference, or None where the payer gave none (NOTPROVIDED)."""
    reference = (entry.end_to_end or "").strip()
    return reference if reference and reference.upper() != NO_END_TO_END else None


def _one_transfer(one: BankEntry, other: BankEntry) -> bool:
    """Whether two listings carry the same end-to-end reference, one the payer gave."""
    return _end_to_end(one) is not None and _end_to_end(one) == _end_to_end(other)


def _two_transfers(one: BankEntry, other: BankEntry) -> bool:
    """Whether two listings carry different end-to-end references the payers gave: two transfers."""
    first, second = _end_to_end(one), _end_to_end(other)
    return first is not None and second is not None and first != second


def _tied(notes: list[Note], matched: list[Match]) -> list[Note]:
    """The notes, tied to the dossier their credit went to: a twin that counts twice (that dossier's credit
    is checked before it is refunded, DOUBLE_COUNTS), and the credit a return of another amount may have taken
    back (RETURN_LESS, RETURN_MORE)."""
    owner = {id(m.entry): m.found.debtor_id for m in matched}
    credit = {
        NoteKind.TWIN: lambda note: note.entry,
        NoteKind.RETURN_LESS: lambda note: note.other,
        NoteKind.RETURN_MORE: lambda note: note.other,
    }
    return [
        replace(note, debtor_id=owner.get(id(credit[note.kind](note)))) if note.kind in credit else note
        for note in notes
    ]


def _guessed_returns(skipped: list[Skipped], counted: list[BankEntry]) -> list[Note]:
    """Returns tied to their credit by amount alone (neither names an end-to-end reference or an account
    the other does) while another credit of that amount, booked no later, could have been the one:
    the latest is taken back, and staff are told which, to check it."""
    notes = []
    for s in skipped:
        back, credit = s.entry, s.related
        if s.reason != SkipReason.RETURN or credit is None or _one_payment(back, credit):
            continue
        alike = [
            e
            for e in counted
            if e is not credit
            and e.direction == Direction.CREDIT
            and e.amount == back.taken_back
            and e.booked is not None
            and back.booked is not None
            and e.booked <= back.booked
        ]
        if alike:
            notes.append(Note(NoteKind.RETURN_GUESSED, None, back, other=credit))
    return notes


def _one_payment(back: BankEntry, credit: BankEntry) -> bool | None:
    """Whether a return and a credit are one payment by what both name: the end-to-end reference, else
    the payer's account; None when they do not both name either (then only the amount ties them)."""
    if back.end_to_end and credit.end_to_end:
        return back.end_to_end == credit.end_to_end
    if back.payer_iban and credit.payer_iban:
        return back.payer_iban == credit.payer_iban
    return None


def _reused_references(credits: list[BankEntry]) -> list[Note]:
    """Credits of one day under one bank reference but with other amounts.

    A booking is its reference, day and amount (`_booking`), so both count: a bank may reuse a
    reference. More often one is a copy edited by hand, and the dossier is then paid twice:
    staff are told. A batch's transactions share its reference and are left out.
    """
    first: dict[tuple, BankEntry] = {}
    notes = []
    for entry in credits:
        if entry.batch is not None:
            continue
        key = (entry.reference, entry.booked)
        known = first.setdefault(key, entry)
        if known is not entry and known.amount != entry.amount:
            notes.append(Note(NoteKind.SAME_REFERENCE, None, entry, other=known))
    return notes


def _is_back(entry: BankEntry) -> bool:
    return entry.reversal or entry.return_reason is not None


def _taken_back(
    back: BankEntry, candidates: list[BankEntry], cancelled: set[int], surely: bool = False
) -> BankEntry | None:
    """The credit `back` takes back: the latest alike; with `surely`, only one the same payment shows. A return
    with charges (BankEntry.original) is tied by that amount alone only to the one credit it can be: where
    several could, none is guessed (RETURN_GUESSED would take back the latest): RETURN_CHARGES_UNTIED."""
    by_amount: bool | None = None  # whether the amount alone may tie it: the same for every candidate, asked once
    for credit in reversed(candidates):  # the latest credit first
        if not _before(credit, back, cancelled):
            continue
        one = _one_payment(back, credit)
        if one:
            return credit
        if one is None and not surely:
            if by_amount is None:
                by_amount = back.original is None or _only(back, candidates, cancelled)
            if by_amount:
                return credit
    return None


def _before(credit: BankEntry, back: BankEntry, cancelled: set[int]) -> bool:
    """Whether `back` may take back `credit`: not taken back yet, and booked no later."""
    return (
        id(credit) not in cancelled
        and credit.booked is not None
        and back.booked is not None
        and credit.booked <= back.booked
    )


def _only(back: BankEntry, candidates: list[BankEntry], cancelled: set[int]) -> bool:
    """Whether one credit alone of `candidates` (of the amount `back` takes back) may be the one it takes back."""
    return len(_could_be(back, candidates, cancelled)) == 1


def _could_be(back: BankEntry, candidates: list[BankEntry], cancelled: set[int]) -> list[BankEntry]:
    """The credits of `candidates` `back` may take back: booked no later, not taken back, none another payment."""
    return [c for c in candidates if _before(c, back, cancelled) and _one_payment(back, c) is not False]


class _Naming(NamedTuple):
    """A hand-written payment that names a bank entry (`bank_ref`), and where: errors name the field."""

    debtor_id: str
    payment: Payment
    place: str  # the payment's place in the file, "payments[1]": errors name its fields under it


def _named(
    ledger: Ledger,
    credits: list[BankEntry],
    skipped: list[Skipped],
    notes: list[Note],
    asides: list[Aside],
    any_statement: bool,
    own_read: bool,
) -> tuple[list[BankEntry], list[Problem]]:
    """The credits no hand-written payment (or set-aside, added to `asides`) names; checks what the naming
    payments add up to. `own_read`: a statement of the creditor's iban is in bank/; without one the iban is
    refused (`_no_stamp`), and a payment naming an entry of "another account" would only echo that (the iban may
    be the wrong one)."""
    naming = _payments_naming(ledger.debtors)
    files = {d.id: d for d in ledger.debtors}
    aside_of = _set_aside_naming(ledger.creditor.set_aside, naming)
    by_reference, parts_of = _by_reference(credits)
    returned = {s.entry.reference: s for s in skipped if s.reason == SkipReason.RETURNED}
    # A batch one of whose transactions came back is returned as a single credit would be, named whole too.
    returned |= {s.entry.batch[0]: s for s in skipped if s.reason == SkipReason.RETURNED and s.entry.batch}
    elsewhere: dict[str, Skipped] = {}  # the entries read that are no credit counted, each listed once
    for passed in skipped:
        if passed.reason != SkipReason.DUPLICATE:
            elsewhere.setdefault(passed.entry.reference, passed)
    problems: list[Problem] = []
    named: set[int] = set()
    for reference, payments in naming.items():
        found = _named_entry(reference, payments, by_reference, problems)
        listed = parts_of.get(id(found), [found]) if found is not None else []
        named.update(id(e) for e in listed)
        skipped += [Skipped(e, SkipReason.NAMED) for e in listed]
        whole = found is not None and found.reference != listed[0].reference  # a batch named whole
        held = [n for n in payments if n.debtor_id]  # the payments in dossiers, not the money set aside
        if reference in returned and found is None:  # taken back, all of it: the payments naming it count no more
            back = returned[reference]
            notes += [Note(NoteKind.NAMED_RETURNED, d, back.entry, p, other=back.related) for d, p, _ in held]
            notes += [_aside_taken_back(back.entry, p, place, Decimal(0)) for d, p, place in payments if not d]
        elif reference in returned and whole and found is not None:  # a transaction of a batch named whole
            taken = [s for s in skipped if _returned_part_of(s, found)] or [returned[reference]]
            notes += _part_returned(found, held, taken) if held else []
            notes += _part_left(found, payments, taken, aside_of, asides)
        elif found is not None:
            _check_parts(found, payments, notes, problems)
            notes += _written_twice(files, found, held)
            asides += [Aside(found, aside_of[id(p)], bool(held)) for _, p, _ in payments if id(p) in aside_of]
            if whole:  # its transactions are that payment's
                problems += _named_twice(found, listed, payments, naming)
        elif reference in elsewhere:
            if own_read or elsewhere[reference].reason != SkipReason.OTHER_ACCOUNT:
                problems += _named_no_credit(elsewhere[reference], payments)
        elif any_statement:
            notes += [Note(NoteKind.UNKNOWN_BANK_REF, d, None, p) for d, p, _ in held]
            # A set-aside then sets nothing aside: said at its place (a typo in bank_ref, say).
            notes += [
                Note(NoteKind.SET_ASIDE_NOT_FOUND, None, None, p, place=place) for d, p, place in payments if not d
            ]
    return [e for e in credits if id(e) not in named], problems


def _payments_naming(debtors: tuple[Debtor, ...] | list[Debtor]) -> dict[str, list[_Naming]]:
    """The payments written with a bank_ref, by the reference they name, each with its dossier and place."""
    naming: dict[str, list[_Naming]] = defaultdict(list)
    for debtor in debtors:
        for i, payment in enumerate(debtor.payments):
            if payment.bank_ref:
                naming[payment.bank_ref].append(_Naming(debtor.id, payment, f"payments[{i}]"))
    return naming


def _set_aside_naming(set_aside: tuple[SetAside, ...], naming: dict[str, list[_Naming]]) -> dict[int, SetAside]:
    """Money set aside as no debtor's names its entry as a payment does, in no dossier (debtor_id ""): it is held by
    none, and checked alike (the entry's amount, its day, money received). Added to `naming`; each by the id of the
    payment it stands as."""
    aside_of: dict[int, SetAside] = {}
    for i, item in enumerate(set_aside):
        as_payment = Payment(item.date, item.amount, None, item.source, item.bank_ref)
        aside_of[id(as_payment)] = item
        naming[item.bank_ref].append(_Naming("", as_payment, f"bank_set_aside[{i}]"))
    return aside_of


def _returned_part_of(skipped: Skipped, whole: BankEntry) -> bool:
    """Whether `skipped` is a transaction of the batch `whole` stands for that the bank took back."""
    batch = skipped.entry.batch
    return (
        skipped.reason == SkipReason.RETURNED
        and batch is not None
        and batch[0] == whole.reference
        and skipped.entry.booked == whole.booked
    )


def _part_returned(whole: BankEntry, payments: list[_Naming], taken: list[Skipped]) -> list[Note]:
    """The notes on payments naming a batch whole (`whole`: what its transactions still brought) some transactions
    of which came back (`taken`). One payment that held the batch whole held each of them: it counts them no more
    (NAMED_PART_TAKEN, each with its amount), as a payment naming a single credit taken back. Several payments, or
    one of less than the batch: whose part came back the statements cannot say, and staff are asked
    (NAMED_PART_RETURNED)."""
    back = sum((s.entry.amount for s in taken), Decimal(0))
    if len(payments) == 1 and payments[0].payment.amount == whole.amount + back:
        debtor_id, payment, _ = payments[0]
        return [
            Note(NoteKind.NAMED_PART_TAKEN, debtor_id, s.entry, payment, s.entry.amount, other=s.related) for s in taken
        ]
    entries = tuple(s.entry for s in taken)
    return [Note(NoteKind.NAMED_PART_RETURNED, d, entries[0], p, taken=entries) for d, p, _ in payments]


def _part_left(
    whole: BankEntry, payments: list[_Naming], taken: list[Skipped], aside_of: dict[int, SetAside], asides: list[Aside]
) -> list[Note]:
    """What of a batch named whole, some transactions of which came back (`taken`), is still there for the
    set-asides naming it (added to `asides`) and left to assign: what its transactions still brought (`whole`)
    beyond the payments in dossiers naming it, which count as written (`_part_returned`; one that held the batch
    whole counts what came back less). Each set-aside counts what is left of that, in the order written, and is
    said with what it counts (SET_ASIDE_PART_RETURNED): whether the money taken back was the money set aside, only
    staff know. What nothing holds is still to assign (PART_UNASSIGNED): every euro the batch holds ends once."""
    back = sum((s.entry.amount for s in taken), Decimal(0))
    held = [n for n in payments if n.debtor_id]
    holding = sum((p.amount for _, p, _ in held), Decimal(0))
    if len(held) == 1 and holding == whole.amount + back:  # NAMED_PART_TAKEN: it counts what came back less
        holding = whole.amount
    left = max(whole.amount - holding, Decimal(0))
    notes = []
    back_of = tuple(sorted((s.entry for s in taken), key=_batch_order))
    for _, payment, place in payments:
        if id(payment) not in aside_of:
            continue
        counts = min(payment.amount, left)
        left -= counts
        if counts:
            asides.append(Aside(whole, replace(aside_of[id(payment)], amount=counts), bool(held)))
        notes.append(_aside_taken_back(back_of, payment, place, counts, whole))
    if left:
        notes.append(Note(NoteKind.PART_UNASSIGNED, held[0].debtor_id if held else None, whole, None, left))
    return notes


def _batch_order(entry: BankEntry) -> tuple:
    """Where a transaction stands in its batch: the reader numbers them after the batch's reference (`B1/2`)."""
    tail = entry.reference.rpartition("/")[2]
    return (entry.source.path, entry.source.line, entry.position, int(tail) if tail.isdigit() else 0)


def _aside_taken_back(
    back: BankEntry | tuple[BankEntry, ...],
    payment: Payment,
    place: str,
    counts: Decimal,
    whole: BankEntry | None = None,
) -> Note:
    """A set-aside naming a credit the bank took back (`back`), or a batch (`whole`) transactions of which it took
    back (`back`, each of them), counting `counts` of it."""
    taken = back if isinstance(back, tuple) else (back,)
    return Note(
        NoteKind.SET_ASIDE_PART_RETURNED, None, taken[0], payment, counts, other=whole, place=place, taken=taken
    )


def _named_twice(
    whole: BankEntry, parts: list[BankEntry], payments: list[_Naming], naming: dict[str, list[_Naming]]
) -> list[Problem]:
    """Payments naming a transaction of a batch another payment names whole: the money would count twice."""
    debtor_id, _, place = payments[0]
    return [
        Problem(
            payment.source,
            f"{where}.bank_ref",
            f"names a transaction of batch {whole.reference}, which {debtor_id} {place} names whole: name the "
            "batch or its transactions, not both",
            part.reference,
        )
        for part in parts
        for _, payment, where in naming.get(part.reference, [])
    ]


def _by_reference(credits: list[BankEntry]) -> tuple[dict[str, list[BankEntry]], dict[int, list[BankEntry]]]:
    """The credits by their reference, and each batch an export splits also as one credit under the
    batch's own reference (the one a banking app shows: `bank_ref: REF` names the whole batch), with
    the transactions it stands for."""
    by_reference: dict[str, list[BankEntry]] = defaultdict(list)
    batches: dict[tuple, list[BankEntry]] = defaultdict(list)
    for entry in credits:
        by_reference[entry.reference].append(entry)
        if entry.batch is not None:
            batches[(entry.batch, entry.booked)].append(entry)
    parts_of: dict[int, list[BankEntry]] = {}
    for ((reference, _), _), parts in batches.items():
        # What its transactions still counted brought (one taken back is not the payer's money any more).
        brought = sum((part.amount for part in parts), Decimal(0))
        # What the first transaction said (its end-to-end reference, its text) is not the batch's.
        whole = replace(
            parts[0], reference=reference, amount=brought, batch=None, end_to_end=None, text="", creditor_reference=None
        )
        by_reference[reference].append(whole)
        parts_of[id(whole)] = parts
    return by_reference, parts_of


def _written_twice(files: dict[str, Debtor], entry: BankEntry, naming: list[_Naming]) -> list[Note]:
    """A credit assigned by bank_ref whose dossier also holds it written by hand, without bank_ref (pasted
    beside it, say): it then counts twice, and its credit must be checked before anything is refunded."""
    return [
        Note(NoteKind.WRITTEN_TWICE, debtor_id, entry, other)
        for debtor_id, payment, _ in naming
        for other in files[debtor_id].payments
        if not other.bank_ref
        and other.amount == payment.amount
        and abs((other.date - payment.date).days) <= LOOKALIKE_DAYS
    ]


def _named_entry(
    reference: str,
    payments: list[_Naming],
    by_reference: dict[str, list[BankEntry]],
    problems: list[Problem],
) -> BankEntry | None:
    entries = by_reference.get(reference, [])
    if len(entries) > 1:  # a bank that reuses references: the payment's date says which (credited or booked)
        days = {p.date for _, p, _ in payments}
        entries = [e for e in entries if e.credited in days or e.booked in days]
    if len(entries) > 1:
        for _, payment, place in payments:
            problems.append(
                Problem(
                    payment.source,
                    f"{place}.bank_ref",
                    f"names {len(entries)} bank entries credited on {payment.date}; "
                    "write the payment's date as the bank credited it",
                    reference,
                )
            )
        return None
    return entries[0] if entries else None


def _named_no_credit(passed: Skipped, payments: list[_Naming]) -> list[Problem]:
    """The problems of payments naming an entry read that counts as no credit: it brought no money in, or
    (a credit in another currency) it brought money only the payment says in euros, on the bank's day."""
    entry = passed.entry
    what = _no_payment(passed)
    if what is None:
        return _misdated(entry, payments)
    # The amount and another account are said after the rule (`mend`): a --redact log leaves them out.
    account = f" on {entry.account}" if passed.reason == SkipReason.OTHER_ACCOUNT else ""
    return [
        Problem(
            payment.source,
            f"{place}.bank_ref",
            f"names {what} ({entry.source}), not money received",
            entry.reference,
            mend=f": {entry.currency} {entry.amount}{account}",
        )
        for _, payment, place in payments
    ]


def names_money(passed: Skipped) -> bool:
    """Whether a payment in a debtor's file (`bank_ref`) may name this entry skipped as the money it is, as `_named`
    lets one: a credit it names (NAMED), one the bank took back (RETURNED: the payment then counts no more), a booked
    credit in another currency or booked after the as-of date (`_no_payment`: staff may write it). Never a copy
    (DUPLICATE: `_named` looks for the entry it repeats), nor an entry that brought no money in (a debit, a return,
    one pending, one of 0.00, money of our own coming back) or another account's: naming those is refused."""
    return passed.reason != SkipReason.DUPLICATE and _no_payment(passed) is None


def _no_payment(passed: Skipped) -> str | None:
    """What an entry no payment may name is, in the words of an error; None for a booked credit in another
    currency (or booked after the as-of date), which staff may write as a payment."""
    entry = passed.entry
    if passed.reason == SkipReason.OTHER_ACCOUNT:
        return "an entry of another account"
    if entry.direction == Direction.DEBIT:
        return "a debit (money out)"
    if entry.status != EntryStatus.BOOKED:
        return f"an entry the bank has not booked ({entry.status})"
    if passed.reason == SkipReason.RETURNED_DEBIT:
        return "money of the creditor's own that came back"
    if passed.reason == SkipReason.NO_MONEY:
        return "an entry"
    return None


def _misdated(entry: BankEntry, payments: list[_Naming]) -> list[Problem]:
    """Each payment naming an entry is dated as the bank credited it (interest runs to that day), or as it
    booked it (`_dated_booked`: said, not refused)."""
    return [
        Problem(
            payment.source,
            f"{place}.date",
            f"must be the day the bank credited the entry it names ({_credited_on(entry)}, {entry.source})",
            str(payment.date),
        )
        for _, payment, place in payments
        if entry.credited is not None and payment.date not in (entry.credited, entry.booked)
    ]


def _booked_later(entry: BankEntry) -> bool:
    """Whether the bank booked `entry` after the day it credited it (its value date)."""
    return entry.credited is not None and entry.booked is not None and entry.credited != entry.booked


def _dated_booked(entry: BankEntry, payments: list[_Naming]) -> list[Note]:
    """Payments naming `entry` dated on its booking day, which the bank credited earlier: they count from the
    day credited (`_as_counted`), and staff are told to write that day in the file."""
    if not _booked_later(entry):
        return []
    return [Note(NoteKind.DATED_BOOKED, d, entry, p) for d, p, _ in payments if p.date == entry.booked]


def _credited_on(entry: BankEntry) -> str:
    """The day a payment naming `entry` is dated, in words: with the booking date when that is later."""
    if not _booked_later(entry):
        return str(entry.credited)
    return f"{entry.credited}: its value date, before its booking date {entry.booked}"


def _check_parts(entry: BankEntry, payments: list[_Naming], notes: list[Note], problems: list[Problem]):
    """Payments may split one credit between dossiers; together they may not claim more than it brought,
    and each is dated as the bank credited it."""
    problems += _misdated(entry, payments)
    held = [n for n in payments if n.debtor_id]  # in a dossier: not money set aside as no debtor's
    notes += _dated_booked(entry, held)
    total = sum((p.amount for _, p, _ in payments), Decimal(0))
    naming = "the payments naming it" if len(held) == len(payments) else "the payments and set-asides naming it"
    if total > entry.amount:
        for _, payment, place in payments:
            problems.append(
                Problem(
                    payment.source,
                    f"{place}.bank_ref",
                    f"names a bank entry of {entry.amount} ({entry.source}), but {naming} add up to {total}",
                    entry.reference,
                )
            )
    elif total < entry.amount:
        owner = held[0].debtor_id if held else None
        notes.append(Note(NoteKind.PART_UNASSIGNED, owner, entry, None, entry.amount - total))


def _parts_named(debtors: tuple[Debtor, ...], notes: list[Note]) -> list[Note]:
    """Each credit with a part no dossier holds, with the dossiers its text names that no payment naming it is in:
    a text naming several is left to staff to split (`Index.match`), and once they booked one part, the rest may
    be another named one's. So may the rest of one whose text names a single dossier that staff booked in part on
    another: the payer named that one, whose credit it would have been had no payment named it."""
    if not any(n.kind == NoteKind.PART_UNASSIGNED for n in notes):
        return notes  # (an index of every dossier costs time at 100,000 of them)
    index = Index(debtors)
    booked: dict[str, set[str]] = defaultdict(set)  # the dossiers with a payment naming each entry
    for debtor in debtors:
        for payment in debtor.payments:
            if payment.bank_ref:
                booked[payment.bank_ref].add(debtor.id)
    found = []
    for note in notes:
        match = index.match(note.entry) if note.kind == NoteKind.PART_UNASSIGNED and note.entry else ()
        named = (match.debtor_id,) if isinstance(match, Found) else match
        if named and note.entry is not None:
            taken = booked[note.entry.reference]
            left = tuple(d for d in named if d not in taken)
            note = replace(note, named=left, invoices=index.invoices_named(note.entry, left) if left else ())
        found.append(note)
    return found


def _match(debtors: tuple[Debtor, ...], credits: list[BankEntry]) -> tuple[list[Match], list[Unmatched]]:
    index = Index(debtors)
    matched, unmatched = [], []
    for entry in credits:
        found = _batch_match(index, entry) if entry.parts else index.match(entry)
        if isinstance(found, Found):
            day = entry.credited
            if day is None:  # the entries counted are booked ones
                raise ValueError(
                    f"{entry.source}: bank entry {entry.reference} matched a dossier without a booking date"
                )
            payment = Payment(
                day, entry.amount, found.invoice, entry.source, bank_ref=entry.reference, invoices=found.invoices
            )
            matched.append(Match(entry, found, payment))
        else:
            near = index.near_owner(f"{entry.text} {entry.creditor_reference or ''}")
            invoices = index.invoices_named(entry, found) if found and not entry.parts else ()
            unmatched.append(Unmatched(entry, found, near, invoices))
    return matched, unmatched


def _returned_dossiers(debtors: tuple[Debtor, ...], skipped: list[Skipped], notes: list[Note]) -> list[Skipped]:
    """The skipped entries, each credit taken back with the dossier it would have paid: a storno or a
    return may be the first sign of a dispute or of money trouble, and staff should know whose it was. A
    credit payments name (bank_ref) was theirs, whatever its text names: the dossiers they are in."""
    if not any(s.reason == SkipReason.RETURNED for s in skipped):
        return skipped  # (an index of every dossier costs time at 100,000 of them)
    named: dict[str, list[str]] = defaultdict(list)
    for note in notes:
        if note.kind in _NAMED_BACK and note.payment and note.debtor_id:
            named[note.payment.bank_ref or ""].append(note.debtor_id)
    index = Index(debtors)
    found: dict[int, Skipped] = {}
    for s in skipped:
        if s.reason != SkipReason.RETURNED:
            continue
        owners = named.get(s.entry.reference) or (named.get(s.entry.batch[0]) if s.entry.batch else None)
        if owners:
            found[id(s)] = replace(s, named=tuple(dict.fromkeys(owners)))
        elif isinstance(match := index.match(s.entry), Found):
            found[id(s)] = replace(s, debtor_id=match.debtor_id)
    return [found.get(id(s), s) for s in skipped]


def _foreign(debtors: tuple[Debtor, ...], skipped: list[Skipped], named: set[str]) -> list[Note]:
    """Credits in another currency that name a dossier: only euros count, but the debtor may think they
    paid, and that dossier would climb its steps unseen; staff are told which one, until a payment in a
    debtor's file names the credit (`named`) with what it brought in euros."""
    foreign = [
        s.entry
        for s in skipped
        if s.reason == SkipReason.OTHER_CURRENCY
        and s.entry.direction == Direction.CREDIT
        and s.entry.reference not in named
    ]
    if not foreign:
        return []  # (an index of every dossier costs time at 100,000 of them)
    index = Index(debtors)
    return [
        Note(NoteKind.FOREIGN_CREDIT, found.debtor_id, entry)
        for entry in foreign
        if isinstance(found := index.match(entry), Found)
    ]


def _elsewhere(debtors: tuple[Debtor, ...], skipped: list[Skipped], as_of: date) -> list[Note]:
    """Credits on another account in bank/ that name a dossier: only the creditor's account counts, but the
    debtor may have paid the creditor's old account (or bank/ holds the wrong account's export), and that
    dossier would climb its steps unseen. Each booking once, though two exports list it; none a payment in
    the dossier's file already holds (its amount, about its day: staff wrote it by hand)."""
    credits: dict[tuple, BankEntry] = {}
    for s in skipped:
        entry = s.entry
        if (
            s.reason == SkipReason.OTHER_ACCOUNT
            and _is_payment(entry)
            and entry.status == EntryStatus.BOOKED
            and entry.amount > 0
            and entry.booked is not None
            and entry.booked <= as_of
        ):
            credits.setdefault((entry.account, *_booking(entry)), entry)
    if not credits:
        return []  # (an index of every dossier costs time at 100,000 of them)
    index = Index(debtors)
    written = {d.id: d.payments for d in debtors}
    return [
        Note(NoteKind.OTHER_ACCOUNT_CREDIT, found.debtor_id, entry)
        for entry in credits.values()
        if isinstance(found := index.match(entry), Found) and not _written(written[found.debtor_id], entry)
    ]


def _written(payments: tuple[Payment, ...], entry: BankEntry) -> bool:
    """Whether a payment written by hand looks like `entry`: its amount, within days of its credit."""
    day = entry.credited or entry.booked
    return day is not None and any(
        p.amount == entry.amount and abs((p.date - day).days) <= LOOKALIKE_DAYS for p in payments
    )


def _batch_match(index: Index, entry: BankEntry) -> Found | tuple[str, ...]:
    """A batch not split into its transactions pays a dossier only when every transaction names that
    one (its whole amount then goes there); else it is left to staff, with the dossiers its parts name."""
    found = [index.match(replace(entry, creditor_reference=ref, text=text, parts=())) for ref, text in entry.parts]
    owners = {f.debtor_id for f in found if isinstance(f, Found)}
    if len(owners) == 1 and all(isinstance(f, Found) for f in found):
        first = next(f for f in found if isinstance(f, Found))
        # The invoices every part names; a part naming none makes the batch name none (its money is for
        # the dossier as a whole).
        parts = [(f.invoice,) if f.invoice else f.invoices or (None,) for f in found if isinstance(f, Found)]
        return named_found(first.debtor_id, first.rule, tuple(dict.fromkeys(n for part in parts for n in part)))
    named = owners | {d for f in found if not isinstance(f, Found) for d in f}
    return tuple(sorted(named))


def _bounced_refunds(debtors: tuple[Debtor, ...], skipped: list[Skipped], matched: list[Match]) -> list[Note]:
    """Money of ours that came back (a credit returning a transfer we made) of the amount of a `refund` a
    dossier records in the days before, coming back from an account that dossier's bank payments came from:
    that refund bounced, and the debtor has not been paid back (the page says so). The amount alone ties
    nothing: a supplier's payment of that amount that bounced is no dossier's."""
    back = [s.entry for s in skipped if s.reason == SkipReason.RETURNED_DEBIT and s.entry.booked is not None]
    if not back:
        return []
    refunds: dict[Decimal, list[tuple[str, Event]]] = defaultdict(list)
    for debtor in debtors:
        for event in debtor.events:
            if event.type == EventType.REFUND and event.amount is not None:
                refunds[event.amount].append((debtor.id, event))
    paid_from = {(m.entry.payer_iban, m.found.debtor_id) for m in matched if m.entry.payer_iban}
    debits = [s.entry for s in skipped if s.reason == SkipReason.DEBIT]
    notes: list[Note] = []
    for entry in back:
        day = entry.booked
        fits = [
            (d, e)
            for d, e in refunds.get(entry.amount, [])
            if day
            and 0 <= (day - e.date).days <= BOUNCE_DAYS
            and ((entry.payer_iban, d) in paid_from or _returns_the_refund(entry, e, debits))
        ]
        # A refund comes back once: the same return in a second export (camt.053 and MT940) is no second one.
        fits = [(d, e) for d, e in fits if all(n.refund is not e for n in notes)]
        if len({d for d, _ in fits}) == 1:
            debtor_id, refund = max(fits, key=lambda fit: fit[1].date)  # the latest refund before it came back
            notes.append(Note(NoteKind.REFUND_RETURNED, debtor_id, entry, refund=refund))
    return notes


def _returns_the_refund(back: BankEntry, refund: Event, debits: list[BankEntry]) -> bool:
    """Whether `back` returns the transfer that paid `refund`: the one debit of its amount on the refund's day,
    whose end-to-end reference it carries (a supplier's payment of the same amount that bounced carries its own)."""
    that_day = [d for d in debits if d.amount == refund.amount and d.booked == refund.date]
    return (
        len(that_day) == 1
        and back.end_to_end is not None
        and back.end_to_end != NO_END_TO_END
        and that_day[0].end_to_end == back.end_to_end
    )


def _lookalikes(debtors: tuple[Debtor, ...], matched: list[Match]) -> list[Note]:
    """Hand-written payments without bank_ref that have the amount and (about) the date of a matched credit."""
    by_amount: dict[tuple[str, Decimal], list[Payment]] = defaultdict(list)
    for debtor in debtors:
        for payment in debtor.payments:
            if not payment.bank_ref:
                by_amount[(debtor.id, payment.amount)].append(payment)
    notes = []
    for match in matched:
        for payment in by_amount.get((match.found.debtor_id, match.entry.amount), []):
            if abs((payment.date - match.payment.date).days) <= LOOKALIKE_DAYS:
                notes.append(Note(NoteKind.LOOKS_LIKE, match.found.debtor_id, match.entry, payment))
    return notes


def _with_payments(ledger: Ledger, matched: list[Match], until: date | None) -> Ledger:
    """Each debtor with the payments the bank showed after the ones written in the file."""
    found: dict[str, list[Payment]] = defaultdict(list)
    for match in matched:
        found[match.found.debtor_id].append(match.payment)
    debtors = tuple(
        replace(d, payments=d.payments + tuple(found[d.id])) if d.id in found else d for d in ledger.debtors
    )
    return replace(ledger, debtors=debtors, bank_until=until)


# -- returns staff answered: which credit the bank says each took back (creditor.yaml's bank_returns) -------------


def _answered_returns(
    ledger: Ledger,
    counted: list[BankEntry],
    skipped: list[Skipped],
    own: list[Statement],
    as_of: date,
    archived: dict[str, BankEntry],
) -> tuple[list[Answered], set[int], list[Problem]]:
    """The returns staff answered, each paired with the credit the bank said it took back (or with none), added to
    `skipped` as a return and the credit it took back. An answer naming an entry not read on a day the statements
    read cover (a typo), an entry that is no return or no credit, or a credit the return cannot have taken back (of
    another amount, charges counted; booked after it; another payment by its end-to-end reference or account), is
    a problem at its place. One whose return is on no day read (its statement archived, a year later) pairs
    nothing and says nothing; one whose credit is on no day read pairs the return with the credit the payments in
    the debtors' files keep of it (`archived`, `_archived_credits`: they then count no more), else with none. With
    them, the entries (ids) they settle: each return answered, and the credit it took back."""
    answers = ledger.creditor.return_answers
    if not answers:
        return [], set(), []
    read = _entries_read(counted, skipped)
    days = _days_read(own, as_of)
    counts = {id(e) for e in counted}
    found: list[Answered] = []
    problems: list[Problem] = []
    taken: dict[int, str] = {}  # the credits taken back by an answer, and where
    for answer in answers:
        place = answer.place
        back = _answered_back(answer, place, read, counts, days, problems)
        if back is None:
            continue
        if answer.credit is None or answer.credit_date is None:
            sure = _surely_one(answer, place, back, counted, taken)
            problems += sure
            found += [] if sure else [Answered(answer, place, back, None)]
            continue
        entries = [e for e in read.get(answer.credit, []) if answer.credit_date in (e.credited, e.booked)]
        if not read.get(answer.credit) and answer.credit in archived:  # its statement archived: the payments keep it
            entries, misdated = _archived_named(answer, place, archived[answer.credit], counts)
            problems += misdated
        if not entries:
            unread = _not_read(answer, f"{place}.credit", answer.credit, answer.credit_date, read, days, "credit")
            problems += unread
            found += [] if unread else [Answered(answer, place, back, None)]  # its statement is no longer read
            continue
        credit = next((e for e in entries if id(e) in counts and _is_payment(e)), None)
        wrong = _not_taken_back(back, credit or entries[0], taken)
        other = _of_another_amount(answer, back, credit or entries[0]) if not wrong else None
        if wrong:
            problems.append(Problem(answer.source, f"{place}.credit", wrong, answer.credit))
        elif other is not None:
            problems.append(other)
        elif credit is not None:
            taken[id(credit)] = place
            found.append(Answered(answer, place, back, credit))
    for pair in found:
        skipped.append(Skipped(pair.back, SkipReason.RETURN, pair.credit))
        if pair.credit is not None:
            skipped.append(Skipped(pair.credit, SkipReason.RETURNED, pair.back))
    return found, _settled_by(found), problems


def _with_guesses(notes: list[Note], skipped: list[Skipped], counted: list[BankEntry], settled: set[int]) -> list[Note]:
    """The notes with those on returns tied to their credit by the amount alone (`_guessed_returns`), but the ones
    staff answered (`settled`), and every credit each return asked about may have taken back (`_with_candidates`)."""
    guessed = _guessed_returns(_unsettled(skipped, settled), [e for e in counted if id(e) not in settled])
    return _with_candidates(notes + guessed, counted, skipped)


def _settled_by(answered: list[Answered]) -> set[int]:
    """The entries (ids) staff's answers settle: each return answered, and the credit it took back."""
    return {id(a.back) for a in answered} | {id(a.credit) for a in answered if a.credit is not None}


def _unsettled(skipped: list[Skipped], settled: set[int]) -> list[Skipped]:
    """The skipped entries but the returns and credits staff's answers settle (`_settled_by`)."""
    return [s for s in skipped if id(s.entry) not in settled] if settled else skipped


def _entries_read(counted: list[BankEntry], skipped: list[Skipped]) -> dict[str, list[BankEntry]]:
    """Every entry of the creditor's statements by its reference: counted or passed over, a copy in another export
    as the entry it repeats (staff name either)."""
    found: dict[str, list[BankEntry]] = defaultdict(list)
    for entry in counted:
        found[entry.reference].append(entry)
    for s in skipped:
        if s.reason != SkipReason.OTHER_ACCOUNT:
            original = s.related if s.reason == SkipReason.DUPLICATE and s.related is not None else s.entry
            found[s.entry.reference].append(original)
    return found


def _days_read(own: list[Statement], as_of: date) -> list[tuple[date, date]]:
    """The days the creditor's statements read cover (each from its opening to its last day), up to as_of: an entry
    of such a day is read, or was never booked."""
    spans = []
    for statement in own:
        booked = [e.booked for e in statement.entries if e.booked is not None]
        first = statement.opened or min(booked, default=None)
        last = statement.until or max(booked, default=None)
        if first is not None and last is not None:
            spans.append((first, min(last, as_of)))
    return spans


def _answered_back(
    answer: ReturnAnswer,
    place: str,
    read: dict[str, list[BankEntry]],
    counts: set[int],
    days: list[tuple[date, date]],
    problems: list[Problem],
) -> BankEntry | None:
    """The return an answer names (its reference, booked on its day); None, with a problem where it is not one,
    or without one where its day is not read (archived, or after the as-of date)."""
    entries = [e for e in read.get(answer.bank_ref, []) if e.booked == answer.date]
    if not entries:
        problems += _not_read(answer, f"{place}.bank_ref", answer.bank_ref, answer.date, read, days, "return")
        return None
    back = next((e for e in entries if id(e) in counts and e.is_return), None)
    if back is None and not any(e.is_return for e in entries):  # a return not counted: not booked, or not yet
        entry = entries[0]
        what = "a credit (money in)" if entry.direction == Direction.CREDIT else "a debit that is no return"
        problems.append(
            Problem(
                answer.source,
                f"{place}.bank_ref",
                f"names {what} ({entry.source}), not a return: write the return's bank entry, as the staff note "
                "names it",
                answer.bank_ref,
            )
        )
    return back


def _not_read(
    answer: ReturnAnswer,
    field: str,
    reference: str,
    day: date,
    read: dict[str, list[BankEntry]],
    days: list[tuple[date, date]],
    what: str,
) -> list[Problem]:
    """The problem of an answer naming an entry no statement read holds on `day`: booked on another day, or a day
    the statements cover (a typo); none when its statement is no longer read (archived) or not yet."""
    other = sorted({str(e.booked) for e in read.get(reference, []) if e.booked is not None})
    if other:
        said = f"names bank entry {reference} of {day}, but it is dated {', '.join(other)}: write its day"
    elif any(first <= day <= last for first, last in days):
        said = (
            f"names bank entry {reference} of {day}, in no statement read, though bank/ holds that day's: write the "
            f"{what}'s reference as the staff note gives it"
        )
    else:
        return []
    return [Problem(answer.source, field, said, reference)]


def _not_taken_back(back: BankEntry, credit: BankEntry, taken: dict[int, str]) -> str | None:
    """Why `back` cannot have taken back `credit`, in the words of a problem; None when it can."""
    if not _is_payment(credit):
        kind = "a debit (money out)" if credit.direction == Direction.DEBIT else "money of the creditor's own back"
        return f"names {kind} ({credit.source}), not a credit a return could take back"
    if id(credit) in taken:
        first = taken[id(credit)]
        return f"names credit {credit.reference} ({credit.source}), which {first} says another return took back"
    if credit.booked is None or back.booked is None or credit.booked > back.booked:
        return (
            f"names credit {credit.reference} booked on {credit.booked} ({credit.source}), after return "
            f"{back.reference} of {back.booked}: a return takes back a credit booked no later"
        )
    if _one_payment(back, credit) is False:
        return (
            f"names credit {credit.reference} ({credit.source}), but return {back.reference} carries another "
            "end-to-end reference or payer's account: it is another payment"
        )
    return None


def _of_another_amount(answer: ReturnAnswer, back: BankEntry, credit: BankEntry) -> Problem | None:
    """The problem of an answer naming a credit of another amount than its return takes back: the charges it says
    itself, or staff wrote, counted (else all it debits). Where staff wrote the charges, said at them, with the
    charges that make the two agree; where nobody did and the return debits more, with the charges it would take."""
    if credit.amount == back.taken_back or answer.charges not in (None, back.charges):
        return None  # staff's charges refused (`_charges_refused`): said there
    said = (
        f"names credit {credit.reference} of EUR {credit.amount} ({credit.source}), but return {back.reference} "
        f"takes back EUR {back.taken_back}"
    )
    rest = back.amount - credit.amount
    if answer.charges is not None:
        said += f" (it debits EUR {back.amount}, of which EUR {answer.charges} charges, as {answer.place}.charges says)"
        mend = (
            f"; write charges: {rest} (the EUR {back.amount} it debits less the credit's EUR {credit.amount})"
            if rest > 0
            else f"; leave charges out: the credit's EUR {credit.amount} is all the return debits"
            if rest == 0
            else f"; a return of EUR {back.amount} takes back no credit of more: name the credit the bank named"
        )
        return Problem(
            answer.charges_source or answer.source, f"{answer.place}.charges", said, str(answer.charges), mend
        )
    if back.charges:
        said += f" (it debits EUR {back.amount}, of which EUR {back.charges} charges, as it says itself)"
        return Problem(answer.source, f"{answer.place}.credit", said, answer.credit)
    said += _charges_said(back)
    hint = (
        f"; if the bank said EUR {rest} of it were its charges, write charges: {rest} beside it"
        if rest > 0 and _may_be_charges(back, credit)
        else None
    )
    return Problem(answer.source, f"{answer.place}.credit", said, answer.credit, hint)


def _charges_said(back: BankEntry) -> str:
    """What a return that takes back all it debits says of charges, in a problem's words: nothing, or charges booked
    apart (`BankEntry.apart`: not in what it debits)."""
    if back.apart:
        return f" (it names EUR {back.apart} charges booked apart, not in the EUR {back.amount} it debits)"
    if back.whole:
        return f" (it names its original amount itself, EUR {back.amount}: all it debits, and no charges)"
    return " (it says nothing of charges: a return takes back all it debits)"


# -- charges staff wrote: what of a return the bank told them were its charges (creditor.yaml's bank_returns) ------


def _with_charges_answered(
    answers: tuple[ReturnAnswer, ...], statements: list[Statement], account: str
) -> tuple[list[Statement], list[Problem]]:
    """The statements with each return staff wrote the charges of (an answer's `charges`: the bank told them) as
    one whose file says them (BankEntry.original: its amount less the charges): from here on it is paired, told to
    staff and written in claims.json as such a return. Charges that are all the return debits, or other than the
    ones its file says itself, are a problem at their place, and the return is left as read."""
    written: dict[tuple[str, date | None], ReturnAnswer] = {
        (a.bank_ref, a.date): a for a in answers if a.charges is not None
    }
    if not written:
        return statements, []
    problems: dict[str, Problem] = {}  # by the answer's place: a return in two exports is said once

    def charged(entry: BankEntry) -> BankEntry:
        answer = written.get((entry.reference, entry.booked))
        if answer is None or answer.charges is None or not entry.is_return:
            return entry
        wrong = _charges_refused(entry, answer.charges)
        if wrong is not None:
            source, field = answer.charges_source or answer.source, f"{answer.place}.charges"
            problems.setdefault(answer.place, Problem(source, field, wrong[0], str(answer.charges), wrong[1]))
            return entry
        if entry.charges == answer.charges:  # the ones its file says: it stays as read (with any booked apart)
            return entry
        return replace(entry, original=entry.amount - answer.charges, apart=None)  # in its amount, as the bank said

    charged_statements = [
        replace(s, entries=tuple(charged(e) for e in s.entries)) if s.account == account else s for s in statements
    ]
    return charged_statements, list(problems.values())


def _charges_refused(back: BankEntry, charges: Decimal) -> tuple[str, str] | None:
    """Why charges staff wrote of the return `back` cannot be its charges, and what to write, in a problem's words;
    None when they can: less than all it debits (it took back some credit), and, where its file says charges
    itself, those (which is right cannot be told: the bank's file stands).

    A return whose file names its charges booked apart (`BankEntry.apart`) debits only the credit it takes back:
    charges staff write of it contradict its file, but for one case, which its note asks about (`RETURN_MORE`): the
    bank saying the very charges the file names were in what it debits after all (a camt.053 of version 02, or an
    MT940 /OCMT/, cannot say where charges are booked otherwise than by that original amount; a credit of what it
    debits less them, with its end-to-end reference, says they were in it). Any other charges are refused. So are
    any of a return whose file names an original amount that is its own and no charges (`BankEntry.whole`): it says
    the credit was all it debits, and names no charges the bank could say were in it after all."""
    if back.charges is not None and back.charges != charges:
        return (
            f"says EUR {charges} of return {back.reference} ({back.source}) were charges, but the return says itself "
            f"that EUR {back.charges} of the EUR {back.amount} it debits are: it takes back EUR {back.taken_back}",
            "; leave charges out: the return's own file says them",
        )
    if back.original is None and back.apart and back.apart != charges:
        return (
            f"says EUR {charges} of return {back.reference} ({back.source}) were charges, but the return names EUR "
            f"{back.apart} charges itself, booked apart (not in the EUR {back.amount} it debits): it takes back EUR "
            f"{back.amount}",
            f"; leave charges out, or, only if the bank said those EUR {back.apart} were in what it debits after all "
            f"(a credit of EUR {back.amount - back.apart}), write charges: {back.apart}",
        )
    if back.whole and not back.apart:
        return (
            f"says EUR {charges} of return {back.reference} ({back.source}) were charges, but the return names its "
            f"original amount itself, EUR {back.amount}, all it debits, and no charges: it takes back EUR "
            f"{back.amount}",
            "; leave charges out: the return's own file says the credit's amount",
        )
    if charges >= back.amount:
        return (
            f"says EUR {charges} of return {back.reference} ({back.source}) were charges, but it debits EUR "
            f"{back.amount} in all: charges are what it debits beyond the credit it took back",
            "; write only that part, or leave charges out",
        )
    return None


def _surely_one(
    answer: ReturnAnswer, place: str, back: BankEntry, counted: list[BankEntry], taken: dict[int, str]
) -> list[Problem]:
    """The problem of an answer saying a return took back no credit read, while its end-to-end reference (or the
    payer's account) shows it took back one of its amount: the bank's own data says which."""
    sure = next(
        (
            c
            for c in counted
            if _is_payment(c)
            and id(c) not in taken
            and c.amount == back.taken_back
            and _before(c, back, set())
            and _one_payment(back, c)
        ),
        None,
    )
    if sure is None:
        return []
    said = (
        f"says return {back.reference} took back no credit read, but it carries the end-to-end reference or payer's "
        f"account of credit {sure.reference} of {sure.credited} ({sure.source}): it took that one back"
    )
    return [
        Problem(
            answer.source, f"{place}.credit", said, answer.credit or "none", mend=f"; write credit: {sure.reference}"
        )
    ]


def _with_candidates(notes: list[Note], counted: list[BankEntry], skipped: list[Skipped]) -> list[Note]:
    """The notes on a return tied by a guess, or left untied (its charges), with every credit it may have taken
    back: of the amount it takes back, booked no later, no other payment by what both name, and taken back by no
    other return. Staff ask the bank which, and write its answer in creditor.yaml (bank_returns)."""
    asked = (NoteKind.RETURN_GUESSED, NoteKind.RETURN_CHARGES_UNTIED)
    if not any(n.kind in asked for n in notes):
        return notes
    returned = {id(s.entry): s.related for s in skipped if s.reason == SkipReason.RETURNED}
    credits = [e for e in counted if _is_payment(e)]

    def could(back: BankEntry) -> tuple[BankEntry, ...]:
        alike = [c for c in credits if c.amount == back.taken_back and returned.get(id(c), back) is back]
        return tuple(_could_be(back, alike, set()))

    return [replace(n, could=could(n.entry)) if n.kind in asked and n.entry else n for n in notes]


# -- returns of credits whose statements are archived: the payments in the debtors' files keep them -----------------


def _archived_credits(
    ledger: Ledger, counted: list[BankEntry], skipped: list[Skipped], own: list[Statement], as_of: date
) -> dict[str, BankEntry]:
    """The credits of statements taken out of bank/ (archived, docs/ledger-format.md "Keep the statements"), by their
    bank entry, as the payments that name them keep them: each a credit of what the payments (and money set aside)
    naming that entry hold together, credited on their day, read from the first of them. Only an entry no statement
    read holds, named by payments dated on days no statement read covers: one of such a day is a bank_ref mistyped
    (UNKNOWN_BANK_REF), not a statement archived. A return whose credit is in no statement read is paired with one
    of these (`_archived_returns`), so that the payment it took back counts no more."""
    if not any(e.is_return for e in counted):  # (no return to pair: at 100,000 dossiers the look costs time)
        return {}
    naming = _payments_naming(ledger.debtors)
    _set_aside_naming(ledger.creditor.set_aside, naming)
    read = set(_entries_read(counted, skipped))
    read |= {e.batch[0] for e in counted if e.batch is not None}
    covered = _covered(_days_read(own, as_of))
    found: dict[str, BankEntry] = {}
    for reference, payments in naming.items():
        dates = [p.date for _, p, _ in payments]
        if reference in read or any(covered(day) for day in dates):
            continue
        first = min(payments, key=lambda n: (n.payment.date, n.payment.source.path, n.payment.source.line))
        found[reference] = BankEntry(
            account=ledger.creditor.iban,
            reference=reference,
            booked=min(dates),
            amount=sum((p.amount for _, p, _ in payments), Decimal(0)),
            direction=Direction.CREDIT,
            status=EntryStatus.BOOKED,
            currency=EURO,
            source=first.payment.source,
            archived=True,
        )
    return found


def _covered(spans: list[tuple[date, date]]) -> Callable[[date], bool]:
    """Whether a day is in one of `spans` (first and last day each), asked in log time: the spans joined where they
    overlap, their starts searched."""
    joined: list[list[date]] = []
    for first, last in sorted(spans):
        if joined and first <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], last)
        else:
            joined.append([first, last])
    starts = [first for first, _ in joined]

    def covered(day: date) -> bool:
        at = bisect_right(starts, day) - 1
        return at >= 0 and day <= joined[at][1]

    return covered


def _archived_named(
    answer: ReturnAnswer, place: str, kept: BankEntry, counts: set[int]
) -> tuple[list[BankEntry], list[Problem]]:
    """The credit whose statement is archived an answer names (`_archived_credits`), added to the credits that count
    (`counts`); or, named on another day than the payments naming it are dated, none and the problem: the credit is
    that day's, as they say."""
    if answer.credit_date == kept.booked:
        counts.add(id(kept))
        return [kept], []
    said = (
        f"names bank entry {kept.reference} of {answer.credit_date}, but the payments naming it in the debtors' files "
        f"(its statement no longer read) are dated {kept.booked} ({kept.source}): write its day"
    )
    return [], [Problem(answer.source, f"{place}.credit_date", said, str(answer.credit_date))]


def _archived_returns(
    notes: list[Note], skipped: list[Skipped], archived: dict[str, BankEntry], answered: list[Answered]
) -> list[Note]:
    """The notes, each return whose credit is in no statement read (RETURN_WITHOUT_CREDIT) paired, where it can be,
    with a credit whose statement is archived (`_archived_credits`): of the amount it takes back, credited no later,
    taken back by no other return (nor by staff's answer: `answered`). As among the credits read, the latest is taken
    back (`_taken_back`: the payments keep no end-to-end reference or account to tell them apart), and where another
    could be the one, staff are told (RETURN_GUESSED, with each: they ask the bank and write its answer); a return with
    charges is tied by the amount alone only to the one it can be (else RETURN_CHARGES_UNTIED, none taken back). The
    return and the credit are added to `skipped` as any pair is: the payments naming it count no more (`_named`)."""
    if not archived or not any(n.kind == NoteKind.RETURN_WITHOUT_CREDIT for n in notes):
        return notes
    credits = sorted(archived.values(), key=lambda c: (c.booked or date.min, c.reference))
    taken = {id(a.credit) for a in answered if a.credit is not None}
    kept: list[Note] = []
    waiting = sorted(
        (n for n in notes if n.kind == NoteKind.RETURN_WITHOUT_CREDIT and n.entry is not None), key=_archived_order
    )
    paired: dict[int, Note | None] = {}
    for note in waiting:
        back = note.entry
        if back is None:  # (sorted from notes with one)
            continue
        could = tuple(c for c in credits if c.amount == back.taken_back and _before(c, back, taken))
        if not could:
            continue
        credit = could[-1]
        if back.original is not None and len(could) > 1:
            paired[id(note)] = Note(
                NoteKind.RETURN_CHARGES_UNTIED, None, back, amount=back.charges, other=credit, could=could
            )
            continue
        taken.add(id(credit))
        skipped[:] = [s for s in skipped if not (s.entry is back and s.reason == SkipReason.RETURN)]
        skipped += [Skipped(back, SkipReason.RETURN, credit), Skipped(credit, SkipReason.RETURNED, back)]
        guessed = len(could) > 1
        paired[id(note)] = Note(NoteKind.RETURN_GUESSED, None, back, other=credit, could=could) if guessed else None
    for note in notes:
        if id(note) not in paired:
            kept.append(note)
        elif (instead := paired[id(note)]) is not None:
            kept.append(instead)
    return kept


def _archived_order(note: Note) -> tuple:
    """A return's note in booking order: an earlier return takes back its credit first, as among the credits read."""
    back = note.entry
    return _order(back) if back is not None else ()
