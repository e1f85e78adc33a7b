"""Whose payment an unmatched credit may be: the likely dossiers, and why, for staff to decide.

A dossier is a candidate when its file already holds a payment of that amount
and (about) that day without saying which bank entry it is, when the credit's
text names it (among others), when the text holds its reference with other
check digits, when the same account paid for it before (an account that paid for many is
no sign by itself: incasso.bank.accounts' `COLLECTING_ACCOUNT`), when the amount is
what it has to pay (or what one of its invoices has open, with or without the
interest since, or what a promise not kept or an instalment asks about the
credit's day), or when the payer's name is like the debtor's. A promise's or
an instalment's amount alone, that other dossiers the credit lists share, is
listed without holding any letter back (`Candidate.shared_amount`). More kinds of reason rank
first, then the strongest reason, then among names alike the one that shares
more words with the payer's. Every lookup goes
through dictionaries built once, so a year of credits against 10,000 dossiers
stays quick.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from incasso.bank.accounts import COLLECTING_ACCOUNT, accounts_paid_for
from incasso.bank.entry import BankEntry
from incasso.bank.reconcile import LOOKALIKE_DAYS, Reconciliation, Unmatched
from incasso.claims.agreements import ASKED, InstallmentState, Plan
from incasso.claims.claim import Claim, is_closed
from incasso.claims.demand import amount_to_pay, page_asks, plan_under_final_notice
from incasso.claims.states import PromiseState, Status
from incasso.staff.overview import Row

MAX_CANDIDATES = 5
# The days about the day a promise or an instalment asks its amount by that a credit of that amount may well be
# its payment (`_agreed`). Before: a payer who pays when the wages come in pays up to a fortnight early (a promise,
# from the day it was made). After: a missed instalment is reminded the day after it, a broken promise is followed
# by the next letter, and either gives 14 days from its arrival: a payer who pays late pays within about three
# weeks. A credit of that amount outside them is no more this dossier's than any other's.
ASKED_BEFORE_DAYS = 14
ASKED_AFTER_DAYS = 21
# Words in names that say nothing about who someone is.
_FILLER = frozenset(
    ("van", "den", "der", "de", "het", "ten", "ter", "vd", "en", "and", "the", "bv", "vof", "nv", "cv", "ltd")
    + ("gmbh", "holding", "mevrouw", "meneer", "heer", "dhr", "mw", "fam")
)
# A word in this many names or more is too common to point at anyone (a trade, a town).
_COMMON = 10


class Why(StrEnum):
    """Why a dossier is a candidate, strongest first."""

    WRITTEN = "written"  # the dossier's file holds a payment of this amount and (about) this day, without bank_ref
    NAMED = "named"  # the text names this dossier, and others
    OTHER_CHECK_DIGITS = "other_check_digits"  # the text holds its reference with other check digits (a typo)
    SAME_ACCOUNT = "same_account"  # the payer's account paid for this dossier before
    # The amount is what the dossier has to pay, what an invoice has open (or had, less interest), or what a promise
    # not kept or an instalment asks.
    AMOUNT = "amount"
    NAME = "name"  # the payer's name is like the debtor's


@dataclass(frozen=True)
class Candidate:
    row: Row
    why: tuple[Why, ...]
    # Listed for staff, but no sign that holds the step's letter back (staff.view): a plain amount a promise or an
    # instalment asks about that day, and nothing else, that other dossiers the credit lists share.
    shared_amount: bool = False
    # Of a name alike: the payer's name shares the debtor's surname (or a business's name), or is the whole name;
    # a first name shared alone ("Daan Vos" and "Daan Jansen") is no sign worth a word on a letter (staff.view).
    name_tells: bool = False


def words(name: str | None) -> set[str]:
    """The telling words of a name: lower case, accents off, no initials or fillers."""
    return set(_telling(name))


def given_names(name: str | None) -> set[str]:
    """The first telling word of a person's name of two or more ("daan" of "Daan Jansen"): a given name, which many
    share and which tells nothing of whose payment it is by itself. A name of one telling word has none."""
    telling = _telling(name)
    return {telling[0]} if len(telling) > 1 else set()


def _telling(name: str | None) -> list[str]:
    """`words` in the name's order (`given_names` takes the first)."""
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return [w for w in re.findall(r"[a-z0-9]+", plain) if len(w) >= 3 and w not in _FILLER]


def _amounts(claim: Claim) -> set[Decimal]:
    """What the dossier owes, whatever the day: what it has to pay (unless a plan or a promise sets it, see
    `_agreed`), and what each invoice has open."""
    found = {claim.total_due}
    agreed = claim.status in (Status.ARRANGEMENT, Status.PROMISE) and not plan_under_final_notice(claim)
    if not agreed:
        found.add(amount_to_pay(claim))
        found.add(page_asks(claim))  # the QR code's, with the costs of a term over not yet read
    if claim.status != Status.ARRANGEMENT or not agreed:
        found.add(claim.amount_due_now)
    for balance in claim.settlement.invoices:
        if balance.open > 0:
            # A late payer most often pays what the invoice asked (less its credit notes), less what they paid on
            # it: no interest since.
            paid_on_it = balance.principal_paid + balance.interest - balance.interest_open
            found |= {balance.open, balance.principal_open, balance.owed - paid_on_it}
    return {a for a in found if a > 0}


@dataclass(frozen=True)
class _Asked:
    """An amount a promise or a plan asks, and the days a credit of it may well be its payment (both included)."""

    debtor_id: str
    first: date
    last: date


def _agreed(claim: Claim) -> dict[Decimal, list[_Asked]]:
    """What a promise of part not kept, or an open instalment of the plan, asks (the whole, or what is left), and
    what the page asks of a running plan (the instalments due now together, or the next one), each with the days a
    payer of it sends it (`_Asked`). Such an amount is round more often than an invoice's, and a plan asks it again
    each month: on any day, or for a promise of long ago, every credit of EUR 100.00 would look like some plan's."""
    found: dict[Decimal, list[_Asked]] = defaultdict(list)
    debtor_id = claim.debtor.id
    promise = claim.promise
    if promise is not None and promise.state != PromiseState.KEPT and not promise.whole_balance:
        # Paid from the day it was made (its window counts from then), or late.
        window = _Asked(debtor_id, promise.event.date, promise.promised_date + timedelta(days=ASKED_AFTER_DAYS))
        for amount in {promise.amount, promise.amount - promise.paid}:
            found[amount].append(window)
    plan = claim.plan
    if plan is not None:
        open_ones = [i for i in plan.installments if i.open > 0]
        for state in open_ones:
            for amount in {state.open, state.installment.amount}:
                found[amount].append(_around(debtor_id, plan, (state,)))
        if claim.status == Status.ARRANGEMENT and not plan_under_final_notice(claim) and open_ones:
            asked = tuple(i for i in open_ones if i.state in ASKED) or (open_ones[0],)
            for amount in {amount_to_pay(claim), claim.amount_due_now}:
                found[amount].append(_around(debtor_id, plan, asked))
    return {a: asked for a, asked in found.items() if a > 0}


def _around(debtor_id: str, plan: Plan, states: tuple[InstallmentState, ...]) -> _Asked:
    """The days a payer of these instalments sends them: from ASKED_BEFORE_DAYS before the first one's day (not
    before the plan was made) to ASKED_AFTER_DAYS after the last one's."""
    days = [s.installment.due for s in states]
    first = max(min(days) - timedelta(days=ASKED_BEFORE_DAYS), plan.event.date)
    return _Asked(debtor_id, first, max(days) + timedelta(days=ASKED_AFTER_DAYS))


# What says the credit's text points to a dossier: it names it, or holds its reference with other check digits.
TEXT_REASONS = (Why.NAMED, Why.OTHER_CHECK_DIGITS)


def named_in_text(found: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """The candidates a credit's text points to, when it points to more than one: the payer may have paid for
    each, and how much for whom only staff can tell (the bank section offers the split); () otherwise."""
    named = tuple(c for c in found if any(w in TEXT_REASONS for w in c.why))
    return named if len(named) > 1 else ()


class Candidates:
    """The rows indexed by what an unmatched credit may share with them."""

    def __init__(self, rows: Iterable[Row], bank: Reconciliation) -> None:
        self.rows = {r.id: r for r in rows}
        self.by_amount: dict[Decimal, list[str]] = defaultdict(list)
        self.by_agreed: dict[Decimal, list[_Asked]] = defaultdict(list)
        self.by_word: dict[str, list[str]] = defaultdict(list)
        # Each debtor's and contact person's telling words, whole: a payer's name alike word for word is a
        # candidate however common each of its words is (a surname in many dossiers of a large ledger).
        self.by_name: dict[frozenset[str], list[str]] = defaultdict(list)
        self.named_words: dict[str, set[str]] = {}
        # Per dossier, its telling words less the given names of its persons (a consumer, a contact person): what a
        # payer's name must share for a name alike to tell (`Candidate.name_tells`).
        self.family_words: dict[str, set[str]] = {}
        for row in self.rows.values():
            if not is_closed(row.claim):
                for amount in _amounts(row.claim):
                    self.by_amount[amount].append(row.id)
                for amount, asked in _agreed(row.claim).items():
                    self.by_agreed[amount].extend(asked)
            debtor = row.claim.debtor
            name, person = words(debtor.name), words(debtor.contact.person)
            self.named_words[row.id] = name | person
            given = given_names(debtor.contact.person) | (given_names(debtor.name) if debtor.is_consumer else set())
            self.family_words[row.id] = (name | person) - given
            for word in name | person:
                self.by_word[word].append(row.id)
            for whole in {frozenset(name), frozenset(person)} - {frozenset()}:
                self.by_name[whole].append(row.id)
        paid_for = accounts_paid_for((row.claim.debtor for row in self.rows.values()), bank).dossiers
        self.by_account = {a: ids for a, ids in paid_for.items() if len(ids) < COLLECTING_ACCOUNT}
        self.collecting = {a: ids for a, ids in paid_for.items() if len(ids) >= COLLECTING_ACCOUNT}
        self.written: dict[Decimal, list[tuple[str, date]]] = defaultdict(list)
        for row in self.rows.values():
            for payment in row.claim.debtor.payments:
                if not payment.bank_ref:
                    self.written[payment.amount].append((row.id, payment.date))

    def of(self, item: Unmatched) -> tuple[Candidate, ...]:
        """The likely dossiers of one unmatched credit, the strongest first, at most MAX_CANDIDATES."""
        entry = item.entry
        reasons: dict[str, list[Why]] = defaultdict(list)
        for debtor_id, written_on in self.written.get(entry.amount, ()):
            if entry.credited and abs((written_on - entry.credited).days) <= LOOKALIKE_DAYS:
                reasons[debtor_id].append(Why.WRITTEN)
        for debtor_id in item.named:
            reasons[debtor_id].append(Why.NAMED)
        if item.near is not None:
            reasons[item.near].append(Why.OTHER_CHECK_DIGITS)
        for debtor_id in self.by_account.get(entry.payer_iban or "", ()):
            reasons[debtor_id].append(Why.SAME_ACCOUNT)
        for debtor_id in self.by_amount.get(entry.amount, ()):
            reasons[debtor_id].append(Why.AMOUNT)
        agreed = self._asking(entry)
        for debtor_id in agreed:
            reasons[debtor_id].append(Why.AMOUNT)
        alike = self._alike(entry)
        for debtor_id in alike:
            reasons[debtor_id].append(Why.NAME)
        # A collecting account only beside another reason: else each of its credits would list (and hold back) the
        # first five of every dossier it ever paid for, and weigh them all (credits x dossiers).
        paid_for = self.collecting.get(entry.payer_iban or "", frozenset())
        for debtor_id in paid_for.intersection(reasons):
            reasons[debtor_id].append(Why.SAME_ACCOUNT)
        order = list(Why)
        # More kinds of reason first; then the strongest reason (a file that holds this very payment before a
        # namesake); then, among names alike, the one that shares more words with the payer's ("Henk Jansen"
        # before the other Jansens). Only the first few are kept, so only they are sorted: thousands of dossiers
        # may share an amount.
        ranked = heapq.nsmallest(
            MAX_CANDIDATES,
            (r for r in reasons.items() if r[0] in self.rows),
            key=lambda r: (-len(set(r[1])), min(order.index(w) for w in r[1]), -alike[r[0]], r[0]),
        )
        # A plain amount a promise or an instalment asks (round, most often) that several dossiers share: most
        # likely none of theirs, and at most one's. Listed, it holds back none of their letters.
        shared: set[str] = set()
        if sum(Why.AMOUNT in why for why in reasons.values()) > 1:
            owed = self.by_amount.get(entry.amount, ())
            shared = {i for i in agreed if set(reasons[i]) == {Why.AMOUNT} and i not in owed}
        payer = words(entry.payer_name)
        return tuple(
            Candidate(
                self.rows[i],
                tuple(sorted(set(why), key=order.index)),
                i in shared,
                i in alike and self._name_tells(i, payer),
            )
            for i, why in ranked
        )

    def _name_tells(self, debtor_id: str, payer: set[str]) -> bool:
        """Whether the payer's name is the debtor's (or the contact person's) whole, or shares a word of it that is
        no given name: a surname, a business's name."""
        debtor = self.rows[debtor_id].claim.debtor
        whole = {frozenset(words(debtor.name)), frozenset(words(debtor.contact.person))} - {frozenset()}
        return frozenset(payer) in whole or bool(payer & self.family_words[debtor_id])

    def _asking(self, entry: BankEntry) -> set[str]:
        """The dossiers a promise or an instalment of which asks the credit's amount about the day it came."""
        day = entry.credited
        if day is None:
            return set()
        return {a.debtor_id for a in self.by_agreed.get(entry.amount, ()) if a.first <= day <= a.last}

    def _alike(self, entry: BankEntry) -> Counter[str]:
        """The dossiers whose debtor's name is like the payer's, with how many telling words they share.

        A word in many names finds none by itself, but counts for those found: among the Henks, Henk Jansen
        first, though Jansen is in forty dossiers; a name the same word for word is found whatever its words."""
        payer = words(entry.payer_name)
        found: set[str] = set(self.by_name.get(frozenset(payer), ()))
        for word in payer:
            owners = self.by_word.get(word, [])
            if len(owners) < _COMMON:
                found.update(owners)
        return Counter({i: len(payer & self.named_words[i]) for i in found})
