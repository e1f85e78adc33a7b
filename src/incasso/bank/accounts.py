"""Which dossiers each payer's account paid for, as the statements and the debtors' files show it.

A credit matched to a dossier, and one a payment in a debtor's file names (`bank_ref`), say its account paid for
that dossier. The staff overview asks this in several places, and each asks `accounts_paid_for`: the bank
section (a credit from an account that paid for many says why it names no dossier), each dossier's entry (a caller
who names their account is found by it), the search index (typed, an account that paid for many is said for what
it is, not listed with every dossier) and an unassigned credit's likely dossiers (staff.candidates). And the
other way round, which account a payment came from (`paying_accounts`: by its reference and day).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import Reconciliation, SkipReason, names_money
from incasso.ledger.model import Debtor

# An account that paid for this many dossiers or more pays for others: a debt counsellor's (schuldhulpverlening), a
# bewindvoerder's, a payment provider's, a parent's for several children. What it paid before says nothing of whose
# a new credit from it is, so it names no candidate by itself (as a common name word names none), raises no flag and
# holds no letter back; beside another reason it still counts (the counsellor's client whose amount it is). Two
# dossiers on one account are a household's (partners, a parent and child): the account still tells which two.
COLLECTING_ACCOUNT = 3


@dataclass(frozen=True)
class PaidFor:
    """Per payer's account (its IBAN as the bank wrote it), the dossiers it paid for, in the order first found."""

    dossiers: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def collecting(self) -> dict[str, int]:
        """The accounts that paid for `COLLECTING_ACCOUNT` dossiers or more, with how many: their credits name no
        dossier by the account alone."""
        return {a: len(ids) for a, ids in self.dossiers.items() if len(ids) >= COLLECTING_ACCOUNT}


@dataclass(frozen=True)
class PayingAccounts:
    """The account (IBAN as the bank wrote it) of each credit a payment in a debtor's file may name, found as the
    payment names its credit: by reference (`bank_ref`), and under a reference the bank gave several credits, by the
    payment's day too (the credit's day credited or booked), as reconcile tells them apart. None where the credits it
    may be disagree (another account, or none named): never one picked by the order they were read."""

    # A reference one credit has: its account. A reused one: per day, the account of that day's credits under it.
    once: Mapping[str, str | None] = field(default_factory=dict)
    on_day: Mapping[tuple[str, date], str | None] = field(default_factory=dict)

    def of(self, reference: str | None, day: date) -> str | None:
        """The account of the credit a payment naming `reference` on `day` (its bank_ref and date) is, if known."""
        if not reference:
            return None
        if reference in self.once:  # whatever the day, as reconcile ties a payment to the one credit it names
            return self.once[reference]
        return self.on_day.get((reference, day))


def paying_accounts(bank: Reconciliation) -> PayingAccounts:
    """The account of each entry a payment may name: the one way the staff pages and a payment written as taken back
    (bank.books.returns_written) find the account a payment came from, where its file keeps none.

    Those entries are the credits to the creditor's own account a payment can be: matched by a rule (its payment's
    `bank_ref` and date are the credit's reference and day credited), and those a payment in a debtor's file may name
    (reconcile.names_money: named, taken back, in another currency or booked after the as-of date). A debit, a return,
    another account's statement, a copy in a second export or a pending entry under the same reference is none a
    payment names, and says nothing of its account. A bank that reuses its references gives two credits one: the
    payment's day says which, and where two credits under it on that day disagree (or one names no account), the
    account is not known."""
    under: dict[str, list[BankEntry]] = defaultdict(list)
    for entry in _credits(bank):
        under[entry.reference].append(entry)
    once = {reference: credits[0].payer_iban or None for reference, credits in under.items() if len(credits) == 1}
    reused = [entry for credits in under.values() if len(credits) > 1 for entry in credits]
    found: dict[tuple[str, date], set[str | None]] = defaultdict(set)
    for entry in reused:
        for day in named_on(entry):
            found[(entry.reference, day)].add(entry.payer_iban or None)
    return PayingAccounts(once, {key: _agreed(accounts) for key, accounts in found.items()})


_Value = TypeVar("_Value")  # an account, or a day booked: what the credits a payment may be agree on, if they do


def _credits(bank: Reconciliation) -> list[BankEntry]:
    """The credits a payment in a debtor's file may name: matched by a rule, or skipped as one a payment may name
    (reconcile.names_money); never a debit, a return, a copy or a pending entry under the same reference."""
    return [m.entry for m in bank.matched] + [s.entry for s in bank.skipped if names_money(s)]


def named_on(entry: BankEntry) -> tuple[date, ...]:
    """The days a payment may be dated to name `entry` by its reference: the day credited and the day booked, as
    reconcile ties a payment to its credit (reconcile._named_entry)."""
    return tuple(day for day in (entry.credited, entry.booked) if day is not None)


def _agreed(values: set[_Value | None]) -> _Value | None:
    """The one value all of a day's credits under one reference give; None where they disagree."""
    return next(iter(values)) if len(values) == 1 else None


def credits_booked(bank: Reconciliation) -> dict[tuple[str, date], date]:
    """The day the bank booked each credit a payment may name (`paying_accounts`' entries), by its reference and each
    day a payment naming it may be dated (the day credited or the day booked, as `accounts_paid_for` ties them): the
    day a payment staff wrote as taken back (bank.books.returns_written) was booked, while a statement read holds its
    credit, as a return read of it says it (ReturnedPayment.booked). None of a credit whose statement is archived (the
    payments naming it keep its day, not the bank's booking), and none where credits under one reference and day
    disagree."""
    days: dict[tuple[str, date], set[date | None]] = defaultdict(set)
    for entry in _credits(bank):
        if entry.booked is not None and not entry.archived:
            for day in named_on(entry):
                days[(entry.reference, day)].add(entry.booked)
    return {key: booked for key, held in days.items() if (booked := _agreed(held)) is not None}


def accounts_paid_for(debtors: Iterable[Debtor], bank: Reconciliation | None) -> PaidFor:
    """Which dossiers each payer's account paid for: its credits matched to them, and the ones a payment in a
    debtor's file names (`bank_ref`, on the day it was credited or booked); none without statements (`bank` None)."""
    if bank is None:
        return PaidFor()
    # A credit split over several dossiers is named in each one's file: the account paid for each of them. A payment
    # names its credit by reference and day (credited or booked), as reconcile tells apart two credits a bank gave
    # one reference: a payment matched from another credit under it (its bank_ref) names not this one.
    named = bank.skipped_for(SkipReason.NAMED)
    references = {skipped.entry.reference for skipped in named}
    named_by: dict[tuple[str, date | None], set[str]] = defaultdict(set)
    for debtor in debtors:
        for paid in debtor.payments:
            if paid.bank_ref in references:
                named_by[(paid.bank_ref, paid.date)].add(debtor.id)
    found: dict[str, set[str]] = defaultdict(set)
    for match in bank.matched:
        if match.entry.payer_iban:
            found[match.entry.payer_iban].add(match.found.debtor_id)
    for skipped in named:
        entry = skipped.entry
        naming = set().union(*(named_by.get((entry.reference, day), ()) for day in named_on(entry)))
        if entry.payer_iban and naming:
            found[entry.payer_iban].update(naming)
    return PaidFor({account: frozenset(ids) for account, ids in found.items()})
