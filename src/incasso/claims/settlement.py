"""What a debtor owes on a date: payments allocated, interest counted, costs charged.

One pass over the payments in date order. Each payment goes (art. 6:43 BW)
to the invoice it names, else to the invoices already due, oldest first, and
then to those not yet due; within that (art. 6:44 BW) to collection costs
first, then interest, then principal. A payment naming an invoice left out
while it is disputed (claims.disputes) is kept with that invoice up to what
it asks, and only what is more pays the others; one made while invoices were
disputed apart pays those last.
What is left is a credit, kept and shown, until staff record that they paid
it back (a `refund` event), after that day's payments.
"""

from __future__ import annotations

from bisect import insort
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from incasso.claims.timing import CostCheckpoint, CostPlan, CostRule, cost_moment
from incasso.law.costs import collection_costs
from incasso.law.interest import InterestAccount, InterestLine
from incasso.law.money import CENT, ZERO
from incasso.law.rates import rates_for
from incasso.ledger.model import CreditNote, Creditor, Debtor, Event, EventType, InterestChoice, Invoice, Payment
from incasso.records import init_by_slots

# Not letters about some invoices but the dossier given to an agency or the court, with all then due.
HANDED_OVER = (EventType.HANDOVER, EventType.LEGAL)


class Share(StrEnum):
    """Where a part of a payment went (art. 6:44 BW), or a credit when nothing was left to pay."""

    COSTS = "costs"
    INTEREST = "interest"
    PRINCIPAL = "principal"
    CREDIT = "credit"
    # Kept with the disputed invoice it names (art. 6:43 lid 1 BW), counted against it once the dispute is answered.
    DISPUTED = "disputed"


@init_by_slots
@dataclass(frozen=True, slots=True)
class Allocation:
    """One share of one payment: to costs, interest, principal or credit."""

    to: Share
    amount: Decimal
    invoice: str | None = None
    # A share kept apart (DISPUTED): every disputed invoice the payment named, in the order it named them
    # (`invoice` is the first); how much is whose is what the disputes are about.
    kept_for: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PaymentApplied:
    payment: Payment
    allocations: tuple[Allocation, ...]


@dataclass(frozen=True, slots=True)
class RefundApplied:
    """A credit paid back (a `refund` event): `refunded` of the `credit_before` held on its day.

    A refund of more than the credit is an error in the ledger (incasso.claims.checks
    reports it); only the credit held is taken off, so a credit never goes below zero.
    """

    event: Event
    credit_before: Decimal
    refunded: Decimal

    @property
    def asked(self) -> Decimal:
        """The amount the event says was refunded."""
        return refund_amount(self.event)


def refund_amount(event: Event) -> Decimal:
    """What a refund event says was paid back; the ledger requires it."""
    if event.amount is None:
        raise ValueError(f"{event.source}: a refund needs its amount")
    return event.amount


@init_by_slots
@dataclass(frozen=True, slots=True)
class InvoiceBalance:
    invoice: Invoice
    principal_paid: Decimal  # of what the invoice asks after its credit notes (`owed`)
    principal_open: Decimal
    interest: Decimal  # all interest counted on this invoice so far
    interest_open: Decimal
    interest_lines: tuple[InterestLine, ...]
    # Its part of the collection costs of the present episode (its share of each charge by its principal
    # then open), and what payments paid of that part.
    costs_charged: Decimal = ZERO
    costs_paid: Decimal = ZERO
    # The credit notes that count (dated by the settlement's day): they lower the principal from the
    # invoice's own date, as the credited part was never owed.
    credit_notes: tuple[CreditNote, ...] = ()
    # What the next day's interest adds, unrounded (InterestAccount.day_after): zero when none runs tomorrow.
    interest_next_day: Decimal = ZERO

    @property
    def number(self) -> str:
        return self.invoice.number

    @property
    def credited(self) -> Decimal:
        """What the credit notes that count take off the invoice's amount."""
        return sum((note.amount for note in self.credit_notes), ZERO)

    @property
    def owed(self) -> Decimal:
        """The principal the invoice asks: its amount less the credit notes that count."""
        return self.invoice.amount - self.credited

    @property
    def open(self) -> Decimal:
        """Principal and interest still open on this invoice (its part of the costs: `costs_open`)."""
        return self.principal_open + self.interest_open

    @property
    def costs_open(self) -> Decimal:
        """What is still open of its part of the collection costs."""
        return self.costs_charged - self.costs_paid

    @property
    def paid(self) -> Decimal:
        return self.principal_paid


@dataclass(frozen=True, slots=True)
class CostCharge:
    """Collection costs fixed from `charged_on` over the principal then outstanding.

    Under `business_costs_from_due` each invoice paid late adds to them on its own
    day: `charged_on` is the first of those days, and `principal` and `amount` are
    what was charged so far.
    """

    charged_on: date
    principal: Decimal
    amount: Decimal
    each_late_invoice: int = 0  # when EUR 40 per late invoice set the amount: how many invoices
    last_part_on: date | None = None  # in parts (a late invoice adding its own): the day of the latest
    capped_from: Decimal | None = None  # the staffel's amount, when a notice's recorded `costs` were less
    # Counted over what was left of a final notice's amount after a payment in its term, less than the
    # principal then open (cost_base): the page says where that amount comes from.
    over_asked: bool = False
    # The VAT in `amount` (policy.costs_vat); none when a notice's recorded `costs` set the amount.
    vat: Decimal = ZERO


@init_by_slots
@dataclass(frozen=True, slots=True)
class Settlement:
    as_of: date
    invoices: tuple[InvoiceBalance, ...]
    payments: tuple[PaymentApplied, ...]
    costs: CostCharge | None
    costs_paid: Decimal
    credit: Decimal  # what is still the debtor's: paid too much, less what was refunded
    refunds: tuple[RefundApplied, ...] = ()
    # The later final notice that opened the costs' present episode, the one before paid by its day
    # (`costs` are then this episode's alone); None while the first notice's costs stand.
    episode: CostCheckpoint | None = None
    # The invoices of the costs' present episode once it is paid (all charged, and their principal
    # or their notice's amount in its term): a final notice sent now opens a new episode without
    # them. None while it is not paid: a notice sent now brings no costs of its own.
    paid_episode: frozenset[str] | None = frozenset()
    costs_earlier: Decimal = ZERO  # the costs of the episodes before, all charged and paid
    # The day the costs' present episode began (a later notice's day, or the day an invoice fell late
    # after all before was paid): the letters before it were about an earlier claim.
    costs_since: date | None = None
    # Later final notices after a claim paid in full, recorded without the costs their letters stated:
    # they bring none of their own (staff are told: claims.notices).
    unstated: tuple[CostCheckpoint, ...] = ()

    @property
    def refunded(self) -> Decimal:
        """All credit paid back so far."""
        return sum((r.refunded for r in self.refunds), ZERO)

    @property
    def principal_open(self) -> Decimal:
        return sum((i.principal_open for i in self.invoices), ZERO)

    @property
    def interest_open(self) -> Decimal:
        return sum((i.interest_open for i in self.invoices), ZERO)

    @property
    def interest(self) -> Decimal:
        """All interest counted so far, paid or not."""
        return sum((i.interest for i in self.invoices), ZERO)

    @property
    def interest_per_day(self) -> Decimal:
        """What one more day of interest adds to the total, unrounded: about the next day's increase (a line is
        rounded to cents once over its days), exact while rate and base stay over many days."""
        return sum((i.interest_next_day for i in self.invoices), ZERO)

    @property
    def costs_open(self) -> Decimal:
        return (self.costs.amount if self.costs else ZERO) - self.costs_paid

    @property
    def total_due(self) -> Decimal:
        return self.principal_open + self.interest_open + self.costs_open

    @property
    def principal_paid(self) -> Decimal:
        """What payments paid of the invoices (credit notes not counted)."""
        return sum((i.principal_paid for i in self.invoices), ZERO)

    @property
    def interest_paid(self) -> Decimal:
        """What payments paid of the interest counted."""
        return self.interest - self.interest_open

    @property
    def paid_of_owed(self) -> Decimal:
        """What payments paid of what was owed: the invoices, the interest and the costs, earlier claims' costs too
        (money left over, a credit, not counted)."""
        return self.principal_paid + self.interest_paid + self.costs_paid + self.costs_earlier

    @property
    def credited(self) -> Decimal:
        """What credit notes took off the invoices."""
        return sum((i.credited for i in self.invoices), ZERO)

    @property
    def paid_total(self) -> Decimal:
        return sum((p.payment.amount for p in self.payments), ZERO)

    def settled_on(self, start: date, *, over: bool = False) -> date:
        """The day from which the payments up to `start` (the last one's day, or the first that left money over)
        cover all that is owed (`over`: more than that, a credit): `start`, unless that takes the credit notes
        dated after it. A credit note counts from its invoice's date (the credited part was never owed), so it
        turns an earlier payment into a credit, or a part payment into a paid claim, only on its own day: a
        returned order's payment is the customer's money from the credit note on, not from the day they paid."""
        # What the payments up to `start` left beyond all that is owed: a later payment's own credit (paid
        # again with nothing open) is no part of it, and does not make theirs one before the credit notes did.
        later_credit = sum(
            (a.amount for p in self.payments if p.payment.date > start for a in p.allocations if a.to == Share.CREDIT),
            ZERO,
        )
        surplus = self.credit + self.refunded - later_credit
        later = sorted((n.date, n.amount) for b in self.invoices for n in b.credit_notes if n.date > start)
        waiting = sum((amount for _, amount in later), ZERO)
        day = start
        for note_day, amount in later:
            left = surplus - waiting
            if left > 0 or (left == 0 and not over):
                break
            waiting -= amount
            day = note_day
        return day

    def concerns_unpaid(self, letter: Event) -> bool:
        """Whether a letter still concerns something unpaid: an invoice due before it (a handover or a legal
        step: due by its day, all it took over) still open. Its part of the costs counts with it (a payment
        pays an invoice's part before its principal, so a part open means its invoice is open); a younger
        invoice's part is not what an older letter asked for: that invoice climbs its own steps."""
        day = letter.date + timedelta(days=1) if letter.type in HANDED_OVER else letter.date
        return any(b.invoice.due < day and b.open > 0 for b in self.invoices)

    def principal_open_on(self, balance: InvoiceBalance, day: date) -> Decimal:
        """What was open of an invoice's principal on `day`: what it asks after its credit notes (which
        count from its own date) less what payments before `day` paid."""
        paid = sum(
            (
                share.amount
                for applied in self.payments
                if applied.payment.date < day
                for share in applied.allocations
                if share.invoice == balance.number and share.to == Share.PRINCIPAL
            ),
            ZERO,
        )
        return balance.owed - paid


def _by_age(invoices: list[Invoice]) -> list[Invoice]:
    """The order of art. 6:43 BW: oldest due first. Sorting by due date also puts every invoice
    already due on a payment's day before every one not yet due."""
    return sorted(invoices, key=lambda i: (i.due, i.date, i.number))


class _OpenInvoices:
    """The invoices with something open, oldest first, without walking past the settled ones.

    A settled invoice stays settled (its principal is paid last, and without principal nor
    capitalised interest no interest runs), so each is stepped over once: `after[k]` points
    at the next invoice that may still be open (a disjoint-set forest with path halving).
    """

    def __init__(self, invoices: list[Invoice]):
        self.invoices = invoices
        self.after = list(range(len(invoices) + 1))

    def _first_from(self, k: int) -> int:
        while self.after[k] != k:
            self.after[k] = self.after[self.after[k]]
            k = self.after[k]
        return k

    def oldest_first(self) -> Iterator[tuple[int, Invoice]]:
        """The open invoices in order; marking one settled while iterating is allowed."""
        k = self._first_from(0)
        while k < len(self.invoices):
            yield k, self.invoices[k]
            k = self._first_from(k + 1)

    def settled(self, k: int) -> None:
        self.after[k] = k + 1


def kept_apart(
    creditor: Creditor, debtor: Debtor, as_of: date, until: date, credited_by: date, judged_until: date
) -> dict[int, Decimal]:
    """What each payment naming an invoice `debtor` sets apart (claims.disputes.without) would pay of those
    invoices were the dossier counted whole, by the payment's id: their part of the costs, their interest and
    principal (art. 6:44 BW), as the whole dossier's own allocation has it, with its own cost plan. Empty when
    no payment names one."""
    numbers = {i.number for i in debtor.set_apart}
    if not numbers or not any(numbers.intersection(p.named) for p in debtor.payments):
        return {}
    whole = replace(debtor, invoices=debtor.invoices + debtor.set_apart, set_apart=())
    counted = _Allocator(creditor, whole, cost_moment(creditor, as_of)(whole), credited_by, judged_until)
    return {
        id(applied.payment): sum((a.amount for a in applied.allocations if a.invoice in numbers), ZERO)
        for applied in counted.run(whole, as_of, until).payments
        if numbers.intersection(applied.payment.named)
    }


def cost_base(
    creditor: Creditor,
    debtor: Debtor,
    plan: CostPlan,
    checkpoint: CostCheckpoint,
    principal_open: Decimal,
    payments: Iterable[PaymentApplied],
    asked: Decimal | None = None,
    *,
    credited_by: date,
) -> Decimal:
    """What collection costs are counted over at `checkpoint`: its invoices' principal still open,
    but never more than what is still unpaid of the amount its final notice asked (`asked`, when
    the caller has it already: `notice_asked` runs the allocation again, with the credit notes
    dated by `credited_by`).

    The notice asked for principal and interest as they stood on its day. Interest runs on
    during the term and a payment pays interest first (art. 6:44), so a debtor who paid exactly
    what was asked still has a little principal open: the interest of the term. That is owed,
    but it is not a reason for costs (art. 6:96 lid 6: costs follow when the asked payment is
    not made in time); a part-payment lowers the costs as before.
    """
    if checkpoint.asked_on is None:
        return principal_open
    paid = paid_in_term(checkpoint, payments)
    if paid <= 0:
        return principal_open  # nothing paid in the term: what was asked is at least what is open
    asked = notice_asked(creditor, debtor, plan, checkpoint, credited_by) if asked is None else asked
    return min(principal_open, max(asked - paid, ZERO))


def paid_in_term(checkpoint: CostCheckpoint, payments: Iterable[PaymentApplied]) -> Decimal:
    """What payments made after the final notice's day and in its term paid of the invoices it asked for."""
    covered = {i.number for i in checkpoint.asked}
    return sum(
        (
            share.amount
            for applied in payments
            if checkpoint.asked_on is not None and checkpoint.asked_on < applied.payment.date < checkpoint.day
            for share in applied.allocations
            if share.invoice in covered and share.to != Share.COSTS  # an invoice's costs are not what was asked
        ),
        ZERO,
    )


def notice_asked(
    creditor: Creditor, debtor: Debtor, plan: CostPlan, checkpoint: CostCheckpoint, credited_by: date
) -> Decimal:
    """What the final notice asked on its day: its invoices' principal and interest then open, after
    what the payments before paid of costs charged earlier (a later notice's, of a new episode).

    The credit notes dated by `credited_by` (the claim's day) count, also those dated after the
    notice: the credited part was never owed, so the notice never rightly asked it."""
    return sum((b.open for b in _asked_day(creditor, debtor, plan, checkpoint, credited_by)), ZERO)


def notice_principal(
    creditor: Creditor, debtor: Debtor, plan: CostPlan, checkpoint: CostCheckpoint, credited_by: date
) -> Decimal:
    """The principal the final notice asked on its day (`notice_asked` without the interest): what the
    staffel its letter stated was counted over."""
    return sum((b.principal_open for b in _asked_day(creditor, debtor, plan, checkpoint, credited_by)), ZERO)


def _asked_day(
    creditor: Creditor, debtor: Debtor, plan: CostPlan, checkpoint: CostCheckpoint, credited_by: date
) -> list[InvoiceBalance]:
    """The final notice's invoices as they stood on the day its letter is dated."""
    if checkpoint.asked_on is None:
        raise ValueError("costs from the due date: no final notice asked an amount")
    covered = {i.number for i in checkpoint.asked}
    asked_day = _Allocator(creditor, debtor, plan, credited_by).run(debtor, checkpoint.asked_on)
    return [b for b in asked_day.invoices if b.number in covered]


def settle(
    creditor: Creditor,
    debtor: Debtor,
    as_of: date,
    cost_rule: CostRule | None = None,
    *,
    credited_by: date | None = None,
    paid_until: date | None = None,
    judged_until: date | None = None,
    agreed: tuple[date, Decimal] | None = None,
) -> Settlement:
    """Allocate every payment up to `as_of` and count interest and costs up to that day.

    `paid_until` (a later day than `as_of`): the figures stay those of `as_of` (a written-off claim's
    day), but the payments and refunds up to `paid_until` are applied to them too, as of `as_of`: money
    that came in after a claim was written off lowers what was open, and any beyond it is a credit.
    `judged_until`: a final notice's costs are charged only when the day after its term is at most this
    day: the payments of its term are all read (the bank statements cover its last day).
    `agreed` (a settlement paid: its day and agreed amount, claims.accord): once what was paid since that day
    reaches the amount, the rest of the claim is remitted, so any more is the debtor's: a credit.

    `cost_rule(debtor)` gives the cost plan or None: when and over what the
    collection costs are charged (see claims.timing.cost_moment). Each invoice's
    principal is what it asks after the credit notes dated by `credited_by` (by
    default `as_of`), from its own date on: a figure of an earlier day within a
    later claim counts the credit notes known on the later day.
    """
    plan = cost_rule(debtor) if cost_rule else None
    allocator = _Allocator(creditor, debtor, plan, as_of if credited_by is None else credited_by, judged_until)
    allocator.agreed = agreed
    return allocator.run(debtor, as_of, paid_until or as_of)


class _Allocator:
    """The running balances of one debtor while payments are applied in date order."""

    def __init__(
        self,
        creditor: Creditor,
        debtor: Debtor,
        plan: CostPlan | None,
        credited_by: date,
        judged_until: date | None = None,
    ):
        self.creditor = creditor
        self.debtor = debtor
        self.invoices = list(debtor.invoices)
        by_age = _by_age(self.invoices)
        self.open = _OpenInvoices(by_age)
        self.place = {invoice.number: k for k, invoice in enumerate(by_age)}
        # The credit notes that count lower the principal from the invoice's date: no interest runs on
        # the credited part, and no costs are counted over it. A wholly credited invoice has nothing open.
        self.credited_by = credited_by
        self.credit_notes = {i.number: i.credit_notes_until(credited_by) for i in self.invoices}
        self.principal = {i.number: i.owed(credited_by) for i in self.invoices}
        # What each payment naming an invoice disputed apart keeps for it (run: `kept_apart`), by the payment's id.
        self.kept: dict[int, Decimal] = {}
        enabled = creditor.interest == InterestChoice.STATUTORY
        rates = rates_for(debtor.is_consumer)
        self.accounts = {
            i.number: InterestAccount(i.number, i.due + timedelta(days=1), rates, enabled) for i in self.invoices
        }
        self.plan = plan
        self.checkpoints = list(plan.checkpoints) if plan else []  # still to come, in date order
        self.later = list(plan.later) if plan else []  # later final notices, in date order
        self.episode: CostCheckpoint | None = None
        self.costs_since: date | None = None
        self.unstated: list[CostCheckpoint] = []
        self.covered: set[str] = set()  # the invoices of the checkpoints passed
        self.answered: set[str] = set()  # of those, the ones whose notice's amount was paid in its term
        self.late_principal = ZERO  # their principal open on their checkpoint's day
        self.late_invoices = 0  # of those, how many had at least the chase minimum open
        self.costs: CostCharge | None = None
        self.costs_paid = ZERO
        # The costs charged for each invoice (its part of each charge, by its principal then open), and what
        # was paid of them: a payment naming one invoice pays that invoice's costs before its interest and
        # principal (art. 6:43 and 6:44 BW), and each invoice it goes on to pays its own first too.
        self.costs_of: dict[str, Decimal] = {}
        self.costs_paid_of: dict[str, Decimal] = {}
        self.costs_earlier = ZERO
        self.credit = ZERO
        self.applied: list[PaymentApplied] = []
        self.refunds: list[RefundApplied] = []
        self.judged_until = judged_until or date.max  # the last day a final notice's checkpoint may fall on
        # A settlement paid (`settle`'s `agreed`): its day, and what of its agreed amount is still to come in.
        self.agreed: tuple[date, Decimal] | None = None

    def run(self, debtor: Debtor, as_of: date, paid_until: date | None = None) -> Settlement:
        """Every payment and refund up to `paid_until` (by default `as_of`) in date order (a day's refunds
        after its payments); no interest or costs counted after `as_of`."""
        until = as_of if paid_until is None else paid_until
        self.kept = kept_apart(self.creditor, debtor, as_of, until, self.credited_by, self.judged_until)
        refunds = deque(e for e in debtor.events if e.type == EventType.REFUND and e.date <= until)
        for payment in sorted((p for p in debtor.payments if p.date <= until), key=lambda p: p.date):
            while refunds and refunds[0].date < payment.date:
                refund = refunds.popleft()
                self.refund(refund, min(refund.date, as_of))
            self.charge_costs_due(min(payment.date, as_of))
            self.apply(payment, min(payment.date, as_of))
        for event in refunds:
            self.refund(event, min(event.date, as_of))
        self.charge_costs_due(as_of, weigh_today=True)
        return self.settlement(as_of, self._end_episode())

    def refund(self, event: Event, on: date) -> None:
        """Take a refund off the credit held on its day (never below zero); costs counted up to `on`."""
        self.charge_costs_due(on)  # the checkpoints up to its day, in date order with the payments
        refunded = min(refund_amount(event), self.credit)
        self.refunds.append(RefundApplied(event, self.credit, refunded))
        self.credit -= refunded

    def charge_costs_due(self, on: date, *, weigh_today: bool = False) -> None:
        """Fix the collection costs of every checkpoint up to `on`, over the principal then open, and
        weigh every later final notice sent before `on` (or on it, when its payments are all in:
        `weigh_today`) on the payments up to its day, as the build that wrote it knew them."""
        while self.plan is not None:
            due = self.checkpoints[0].day if self.checkpoints else None
            sent = self.later[0].asked_on if self.later else None
            weighed = sent is not None and (sent < on or (weigh_today and sent == on))
            if sent is not None and weighed and (due is None or sent < due):
                self._open_episode(self.later.pop(0))
            elif due is not None and due <= on and self._judged(self.checkpoints[0]):
                self._charge(self.plan, self.checkpoints.pop(0))
            else:
                return

    def _judged(self, checkpoint: CostCheckpoint) -> bool:
        """Whether the payments of a final notice's term are all read: else its costs wait for them."""
        if checkpoint.awaits is not None:
            return False  # the costs wait for a dispute's answer (claims.timing.wait_for_disputes)
        return checkpoint.asked_on is None or checkpoint.day <= self.judged_until

    def _episode_invoices(self) -> set[str]:
        """The invoices the costs' present episode is about: those of the checkpoints passed, and
        those of a final notice whose term still runs."""
        waiting = (i.number for c in self.checkpoints if c.asked_on is not None for i in c.invoices)
        return self.covered.union(waiting)

    def _episode_paid(self, invoices: set[str]) -> bool:
        """Whether the costs charged are paid, and each of `invoices` too: its principal, or what its
        notice asked, in the notice's term (what is left then, the term's interest, brings no costs)."""
        costs_paid = self.costs is None or self.costs_paid >= self.costs.amount
        return costs_paid and all(n in self.answered or self.principal[n] == 0 for n in invoices)

    def _open_episode(self, notice: CostCheckpoint) -> None:
        """A later final notice opens a new episode of costs when the one before was paid by its
        day and its letter stated costs of its own (`announced`): the staffel starts again over the
        invoices it asked for that were not the episode before's. Otherwise it brings none."""
        before = self._episode_invoices()
        if not self._episode_paid(before):
            return
        if notice.announced is None:
            self.unstated.append(notice)  # its letter stated no costs of its own: none follow (staff are told)
            return
        self._close_episode()
        own = tuple(i for i in notice.invoices if i.number not in before)
        self.episode = replace(notice, invoices=own, letter=notice.invoices)
        self.costs_since = notice.asked_on
        insort(self.checkpoints, self.episode, key=lambda c: c.day)

    def _end_episode(self) -> frozenset[str] | None:
        """The invoices of the costs' present episode once it is paid, else None. Paid with its costs
        while another invoice is owed, that invoice is a new claim, whose page and letters speak of its
        own costs (none yet), not of the paid ones: they become earlier costs."""
        episode = self._episode_invoices()
        if not self._episode_paid(episode):
            return None
        if self.costs is not None and any(
            self.principal[i.number] > 0 for i in self.invoices if i.number not in episode
        ):
            self._close_episode()
        return frozenset(episode)

    def _close_episode(self) -> None:
        """The costs charged so far are paid: they stay in the payments that paid them, and the
        next costs are counted afresh, as a new claim's."""
        if self.costs is not None:
            self.costs_paid -= self.costs.amount
            self.costs_earlier += self.costs.amount
        self.costs = None
        self.costs_of, self.costs_paid_of = {}, {}
        self.late_principal = ZERO
        self.late_invoices = 0

    def _charge(self, plan: CostPlan, checkpoint: CostCheckpoint) -> None:
        # An invoice late after all charged before was paid is a new claim (costs from the due date).
        fresh = checkpoint.asked_on is None and bool(self.covered) and self._episode_paid(self.covered)
        # A payment naming any invoice the checkpoint concerns may pay the costs (art. 6:43),
        # as one naming an invoice a final notice covered always could.
        self.covered.update(i.number for i in checkpoint.invoices)
        if not self._charged(plan, checkpoint, fresh) and checkpoint.asked_on is not None:
            # The notice's term passed without costs: what it asked was paid, or a few cents were left.
            self.answered.update(i.number for i in checkpoint.invoices)

    def _charged(self, plan: CostPlan, checkpoint: CostCheckpoint, fresh: bool) -> bool:
        """Fix the costs `checkpoint` adds, over the principal then open; whether it added any."""
        minimum = self.creditor.policy.chase_minimum
        opened = [i.number for i in checkpoint.invoices if self.principal[i.number] > 0]
        principal_open = sum((self.principal[n] for n in opened), ZERO)
        base = cost_base(
            self.creditor, self.debtor, plan, checkpoint, principal_open, self.applied, credited_by=self.credited_by
        )
        if not opened or base <= 0:
            return False  # paid in time: no costs for these invoices
        if fresh:
            self._close_episode()
            self.costs_since = checkpoint.day
        self.late_principal += base
        self.late_invoices += sum(1 for n in opened if self.principal[n] >= minimum)
        if self.late_principal < minimum:
            return False  # costs over a few cents help nobody (policy.chase_minimum)
        before = self.costs.amount if self.costs else ZERO
        plan = self._vat_as_stated(plan, checkpoint)
        full = plan.total(self.late_principal, self.late_invoices)
        total = max(full, before)
        vat = plan.vat_in(self.late_principal, self.late_invoices) if full >= before else self._vat_before()
        staffel = None
        if checkpoint.announced is not None and total > max(checkpoint.announced, before):
            # Never more than the letter stated (art. 6:96 lid 6 BW); staff hear of a recorded amount below the staffel.
            staffel, total = total, max(checkpoint.announced, before)
            vat = self._vat_before() if total == before else ZERO  # the letter's amount, whatever VAT it holds
        each = self.late_invoices if plan.minimum_decides(self.late_principal, self.late_invoices) else 0
        first_day = self.costs.charged_on if self.costs else checkpoint.day
        last_part = (
            checkpoint.day if self.costs and total > before else (self.costs.last_part_on if self.costs else None)
        )
        over_asked = base < principal_open or (self.costs is not None and self.costs.over_asked)
        self.costs = CostCharge(first_day, self.late_principal, total, each, last_part, staffel, over_asked, vat)
        # (No credit is held here: a payment becomes a credit only once every invoice is paid, and then no
        # invoice has principal open for costs.)
        self._share_out(total - before, opened)
        return True

    def _vat_as_stated(self, plan: CostPlan, checkpoint: CostCheckpoint) -> CostPlan:
        """The plan `checkpoint` charges by: without VAT where its final notice's letter stated costs without
        it (recorded `costs` no more than the staffel over what it asked, say 150.00 over 1,000.00, written
        before policy.costs_vat was set). A creditor may add VAT only when it says so, so a part paid in the
        term lowers such costs to the staffel over what is left, not to that with a VAT the letter never
        announced (docs/computation.md, "VAT on the collection costs")."""
        if not plan.vat or checkpoint.announced is None or checkpoint.asked_on is None:
            return plan
        asked = notice_principal(self.creditor, self.debtor, plan, checkpoint, self.credited_by)
        return plan if checkpoint.announced > collection_costs(asked) else replace(plan, vat=False)

    def _vat_before(self) -> Decimal:
        """The VAT in the costs charged before this checkpoint."""
        return self.costs.vat if self.costs else ZERO

    def _share_out(self, charged: Decimal, invoices: list[str]) -> None:
        """Each of `invoices` its part of the costs just `charged`, by its principal open: whole cents down,
        the cents left one each to the parts rounded down most (never a part below zero)."""
        principal = sum((self.principal[n] for n in invoices), ZERO)
        exact = {n: charged * self.principal[n] / principal for n in invoices}
        parts = {n: share.quantize(CENT, rounding=ROUND_DOWN) for n, share in exact.items()}
        left = int((charged - sum(parts.values(), ZERO)) / CENT)
        for n in sorted(invoices, key=lambda n: exact[n] - parts[n], reverse=True)[:left]:
            parts[n] += CENT
        for n, part in parts.items():
            self.costs_of[n] = self.costs_of.get(n, ZERO) + part

    def apply(self, payment: Payment, on: date) -> None:
        """Allocate `payment` with interest counted up to `on` (its own day, or the day the figures stop)."""
        # An invoice it names that is left out while disputed (claims.disputes.without) keeps what the others
        # it names leave, up to what that invoice asks (`_keep_apart`); only what is more pays the rest.
        named = payment.named
        apart = tuple(n for n in named if n not in self.place) if named else ()
        beyond = self._beyond_agreed(payment)
        rest = payment.amount - beyond
        shares: list[Allocation] = []
        # The invoices the payment names first, then the others oldest first (art. 6:43), each its own
        # part of the costs before its interest and principal (art. 6:44): a payment naming none pays
        # the oldest invoice's principal before a younger one's costs, so less interest runs.
        held = payment.held_apart
        for k in self._named_order(named, held) if named else ():
            if rest <= 0:
                break
            rest = self._pay_invoice(k, on, rest, shares)
        if apart and rest > 0:
            rest = self._keep_apart(payment, apart, rest, shares)
        # The invoices disputed apart on its day come last: the page then asked for the others only, and
        # what it paid of them stays theirs when the dossier is counted whole (claims.disputes.hold_apart).
        for last in (False, True) if held else (False,):
            for k, invoice in self.open.oldest_first():
                if rest <= 0:
                    break
                if (invoice.number in held) == last:
                    rest = self._pay_invoice(k, on, rest, shares)
        # Every part of the costs is an open invoice's, paid before its principal: what is left is a credit, and
        # so is what came in beyond a settlement's agreed amount (the rest was remitted then).
        rest += beyond
        if rest > 0:
            self.credit += rest
            shares.append(Allocation(Share.CREDIT, rest))
        self.applied.append(PaymentApplied(payment, tuple(shares)))

    def _beyond_agreed(self, payment: Payment) -> Decimal:
        """What of `payment` came in after a settlement's agreed amount was reached (art. 6:203 BW: no longer owed)."""
        if self.agreed is None or payment.date < self.agreed[0]:
            return ZERO
        since, left = self.agreed
        taken = min(payment.amount, left)
        self.agreed = (since, left - taken)
        return payment.amount - taken

    def _keep_apart(
        self, payment: Payment, apart: tuple[str, ...], amount: Decimal, shares: list[Allocation]
    ) -> Decimal:
        """Keep for the disputed invoices `apart` (named, and left out of the figures) what they would take of
        `payment` were they counted (`kept_apart`); return what is left, which pays the others.

        How much of them is owed is what the dispute is about, so the debtor's choice binds up to all they could
        ask on the payment's day (art. 6:43 lid 1 BW): then an answer that they are owed moves no money off the
        other invoices. Money beyond it has no debt named and pays the others as money naming none does (lid
        2), not held back while their interest runs. The share names them all (how much is whose is disputed)."""
        kept = min(amount, self.kept.get(id(payment), amount))
        if kept > 0:
            shares.append(Allocation(Share.DISPUTED, kept, apart[0], apart))
        return amount - kept

    def _named_order(self, named: tuple[str, ...], held: frozenset[str]) -> list[int]:
        """The places of the invoices a payment names, in the law's order among them (due ones first, the
        oldest due first: art. 6:43 lid 2 BW), those disputed apart on its day last, as for money naming none."""
        places = (self.place[n] for n in named if n in self.place)
        return sorted(places, key=lambda k: (self.open.invoices[k].number in held, k))

    def _pay_costs_of(self, number: str, amount: Decimal, shares: list[Allocation]) -> Decimal:
        """Pay invoice `number`'s open part of the costs from `amount`; return what is left."""
        if self.costs is None:
            return amount
        paid = self.costs_paid_of.get(number, ZERO)
        share = min(amount, self.costs_of.get(number, ZERO) - paid, self.costs.amount - self.costs_paid)
        if share <= 0:
            return amount
        self.costs_paid += share
        self.costs_paid_of[number] = paid + share
        shares.append(Allocation(Share.COSTS, share, number))
        return amount - share

    def _pay_invoice(self, k: int, on: date, amount: Decimal, shares: list[Allocation]) -> Decimal:
        """Pay the `k`th invoice (oldest due first) its part of the costs, its interest, then its principal;
        return what is left."""
        invoice = self.open.invoices[k]
        amount = self._pay_costs_of(invoice.number, amount, shares)
        if amount <= 0:
            return amount
        account = self.accounts[invoice.number]
        account.accrue(self.principal[invoice.number], on)
        rest = account.pay(amount)
        if amount > rest:
            shares.append(Allocation(Share.INTEREST, amount - rest, invoice.number))
        share = min(rest, self.principal[invoice.number])
        if share > 0:
            self.principal[invoice.number] -= share
            rest -= share
            shares.append(Allocation(Share.PRINCIPAL, share, invoice.number))
        if self.principal[invoice.number] == 0 and account.open == 0:
            self.open.settled(k)
        return rest

    def settlement(self, as_of: date, paid_episode: frozenset[str] | None) -> Settlement:
        balances = []
        for invoice in self.invoices:
            account = self.accounts[invoice.number]
            account.accrue(self.principal[invoice.number], as_of)
            balances.append(
                InvoiceBalance(
                    invoice=invoice,
                    principal_paid=invoice.owed(self.credited_by) - self.principal[invoice.number],
                    principal_open=self.principal[invoice.number],
                    interest=account.total,
                    interest_open=account.open,
                    interest_lines=tuple(account.lines),
                    costs_charged=self.costs_of.get(invoice.number, ZERO),
                    costs_paid=self.costs_paid_of.get(invoice.number, ZERO),
                    credit_notes=self.credit_notes[invoice.number],
                    interest_next_day=account.day_after(self.principal[invoice.number], as_of),
                )
            )
        return Settlement(
            as_of,
            tuple(balances),
            tuple(self.applied),
            self.costs,
            self.costs_paid,
            self.credit,
            tuple(self.refunds),
            self.episode,
            paid_episode,
            self.costs_earlier,
            self.costs_since,
            tuple(self.unstated),
        )
