"""A debtor's claim as of a date: figures, stage, status and the next step.

`assess(ledger, debtor, as_of)` is the one entry point the adapters use; it
combines the settlement (money) with the dossier's history (what was sent,
promised, agreed or disputed) and the creditor's escalation policy.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from .costs import collection_costs
from .law import POSTAL_DELIVERY_WEEKDAYS
from .model import ESCALATION_EVENTS, Creditor, Debtor, Event, Installment, Invoice, Ledger
from .money import ZERO
from .settlement import Settlement, settle

STAGES = ("open", "overdue") + ESCALATION_EVENTS  # mildest first
STATUSES = ("active", "promise", "arrangement", "dispute", "paid", "written_off")


@dataclass(frozen=True)
class CostsOutlook:
    """Collection costs: charged, or announced with the date they will be charged."""

    state: str            # "charged" | "announced" | "none"
    amount: Decimal
    from_date: date | None
    principal: Decimal


@dataclass(frozen=True)
class Promise:
    event: Event
    amount: Decimal
    paid: Decimal
    state: str  # "pending" | "kept" | "broken"


@dataclass(frozen=True)
class InstallmentState:
    installment: Installment
    paid: Decimal
    state: str  # "paid" | "due" | "overdue" | "upcoming"

    @property
    def open(self) -> Decimal:
        return self.installment.amount - self.paid


@dataclass(frozen=True)
class Plan:
    event: Event
    installments: tuple[InstallmentState, ...]
    state: str  # "on_schedule" | "in_arrears" | "completed"

    @property
    def due_now(self) -> Decimal:
        return sum((i.open for i in self.installments if i.state in ("due", "overdue")), ZERO)

    @property
    def arrears(self) -> Decimal:
        return sum((i.open for i in self.installments if i.state == "overdue"), ZERO)

    @property
    def next_open(self) -> InstallmentState | None:
        return next((i for i in self.installments if i.state != "paid"), None)


@dataclass(frozen=True)
class Action:
    """What staff should do next, and from when."""

    kind: str  # reminder | dunning | call | final_notice | handover | check_promise | check_installment | review_dispute
    due: date
    reason: str

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of


@dataclass(frozen=True)
class Claim:
    debtor: Debtor
    as_of: date
    settlement: Settlement
    stage: str
    status: str
    costs: CostsOutlook
    promise: Promise | None
    plan: Plan | None
    dispute: Event | None          # the open dispute, if any
    next_action: Action | None
    paid_on: date | None
    last_contact: date | None

    @property
    def total_due(self) -> Decimal:
        return self.settlement.total_due

    @property
    def amount_overdue(self) -> Decimal:
        """What is past its due date: open invoices due before today, their interest, and costs."""
        overdue = sum((b.principal_open + b.interest_open for b in self.settlement.invoices
                       if b.invoice.due < self.as_of), ZERO)
        return overdue + self.settlement.costs_open

    @property
    def amount_due_now(self) -> Decimal:
        """During a running plan the instalments due; otherwise what is overdue, and
        when nothing is overdue yet, the whole balance (to pay by its due date).

        Invoices not yet due are never demanded early alongside overdue ones.
        """
        if self.status == "arrangement" and self.plan is not None:
            return min(self.plan.due_now, self.total_due)
        overdue = self.amount_overdue
        return overdue if overdue > 0 else self.total_due

    @property
    def paused(self) -> bool:
        return self.status in ("dispute", "promise", "arrangement") and not (
            self.plan is not None and self.status == "arrangement" and self.plan.state == "in_arrears")

    @property
    def agreement_ended(self) -> date | None:
        """The day after a kept promise or a completed plan (the later of the two), or None."""
        if self.plan is not None and self.plan.state != "completed":
            return None  # a promise kept within a running plan does not end the plan
        ends = []
        if self.promise is not None and self.promise.state == "kept":
            ends.append(self.promise.event.promised_date + timedelta(days=1))
        if self.plan is not None:
            ends.append(max(i.installment.due for i in self.plan.installments) + timedelta(days=1))
        return max(ends, default=None)

    @property
    def remainder_after_agreement(self) -> bool:
        """The debtor kept the promise or plan, something is left, and no letter went out since."""
        ended = self.agreement_ended
        if self.status != "active" or ended is None:
            return False
        return not any(e.type in ESCALATION_EVENTS and e.date >= ended
                       for e in known_events(self.debtor, self.as_of))

    @property
    def overdue_since(self) -> date | None:
        """The day after the oldest due date that is still unpaid."""
        dues = [b.invoice.due for b in self.settlement.invoices
                if b.principal_open + b.interest_open > 0 and b.invoice.due < self.as_of]
        return min(dues) + timedelta(days=1) if dues else None

    @property
    def days_overdue(self) -> int:
        since = self.overdue_since
        return (self.as_of - since).days + 1 if since else 0


def statement_visible(claim: Claim, policy) -> bool:
    """Whether the debtor has a public page: open claims, and paid ones for a while."""
    if claim.status == "written_off":
        return False
    if claim.status == "paid":
        return claim.paid_on is not None and claim.as_of <= claim.paid_on + timedelta(days=policy.paid_page_days)
    return True


def known_events(debtor: Debtor, as_of: date) -> list[Event]:
    return [e for e in debtor.events if e.date <= as_of]


def letter_received(creditor: Creditor, sent: date, channel: str | None = None) -> date:
    """The assumed day a letter arrived: on the day for email or the portal, else by post.

    By post, `delivery_days` counts only days PostNL delivers letters, so the
    assumed day errs late: a term counted from too early a day costs the claim its costs.
    """
    if channel in ("email", "portal"):
        return sent
    day, left = sent, creditor.policy.delivery_days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() in POSTAL_DELIVERY_WEEKDAYS:
            left -= 1
    return day


def final_notice_term_end(creditor: Creditor, sent: date, channel: str | None = None) -> date:
    """The last day to pay: 14 days counted from the day after the letter arrived."""
    return letter_received(creditor, sent, channel) + timedelta(days=creditor.policy.final_notice_term_days)


def cost_moment(creditor: Creditor, as_of: date):
    """The rule for when costs are charged, and over which invoices (see domain.md)."""

    def rule(debtor: Debtor) -> tuple[date, list[Invoice]] | None:
        # A business owing costs from the due date keeps that date: a later letter must not move it.
        if creditor.policy.business_costs_from_due and debtor.type == "business":
            first_due = min(i.due for i in debtor.invoices)
            return first_due + timedelta(days=1), [i for i in debtor.invoices if i.due == first_due]
        events = known_events(debtor, as_of)
        notice = next((e for e in events if e.type == "final_notice"), None)
        if notice is not None:
            covered = [i for i in debtor.invoices if i.due < notice.date]
            return final_notice_term_end(creditor, notice.date, notice.channel) + timedelta(days=1), covered
        return None

    return rule


def assess(ledger: Ledger, debtor: Debtor, as_of: date) -> Claim:
    creditor = ledger.creditor
    events = known_events(debtor, as_of)
    # A written-off claim is closed: its figures stay as they were on the day it was written off.
    written_off = next((e.date for e in events if e.type == "written_off"), None)
    rule = cost_moment(creditor, written_off or as_of)
    settlement = settle(creditor, debtor, written_off or as_of, rule)
    stage = _stage(events, settlement, as_of)
    costs = _costs_outlook(creditor, debtor, settlement, rule, written_off or as_of)
    dispute = _open_dispute(events)
    promise, plan = _agreement(ledger, debtor, events, as_of)
    paid = settlement.total_due <= 0 and settlement.principal_open <= 0
    if written_off is not None:
        status = "written_off"
    elif paid:
        status = "paid"
    elif dispute is not None:
        status = "dispute"
    elif promise is not None and promise.state == "pending":
        status = "promise"
    elif plan is not None and plan.state != "completed":
        status = "arrangement"
    else:
        status = "active"
    paid_on = max((p.date for p in debtor.payments if p.date <= as_of), default=None) if paid else None
    contacts = [e.date for e in events if e.type not in ("note", "written_off")]
    claim = Claim(debtor, as_of, settlement, stage, status, costs, promise, plan, dispute,
                  None, paid_on, max(contacts, default=None))
    # The policy reads the finished claim; import here as escalation imports this module.
    from .escalation import next_action

    return replace(claim, next_action=next_action(creditor, claim, events))


def _stage(events: list[Event], settlement: Settlement, as_of: date) -> str:
    sent = [ESCALATION_EVENTS.index(e.type) for e in events if e.type in ESCALATION_EVENTS]
    if sent:
        return ESCALATION_EVENTS[max(sent)]
    overdue = any(b.principal_open + b.interest_open > 0 and b.invoice.due < as_of for b in settlement.invoices)
    return "overdue" if overdue else "open"


def _costs_outlook(creditor, debtor, settlement, rule, as_of) -> CostsOutlook:
    if settlement.costs is not None:
        return CostsOutlook("charged", settlement.costs.amount, settlement.costs.charged_on,
                            settlement.costs.principal)
    moment = rule(debtor)
    if moment is not None and moment[0] > as_of:
        covered = {i.number for i in moment[1]}
        principal = sum((b.principal_open for b in settlement.invoices if b.number in covered), ZERO)
        amount = collection_costs(principal)
        if amount > 0 and principal >= creditor.policy.chase_minimum:
            return CostsOutlook("announced", amount, moment[0], principal)
    return CostsOutlook("none", ZERO, None, ZERO)


def _open_dispute(events: list[Event]) -> Event | None:
    current = None
    for event in events:
        if event.type == "dispute":
            current = event
        elif event.type == "dispute_resolved":
            current = None
    return current


def _agreement(ledger: Ledger, debtor: Debtor, events: list[Event], as_of: date):
    """The latest payment plan, and the latest promise made after it, with how each is going.

    A promise made during a plan (to pay the arrears, say) pauses the steps while
    it runs, and the plan stays; a plan agreed after a promise replaces the promise.
    """
    plan_event = next((e for e in reversed(events) if e.type == "arrangement"), None)
    promise_event = next((e for e in reversed(events) if e.type == "promise"), None)
    plan = None
    if plan_event is not None:
        plan = _plan(plan_event, [p for p in debtor.payments if plan_event.date <= p.date <= as_of], as_of)
        if promise_event is not None and promise_event.date < plan_event.date:
            promise_event = None
    if promise_event is None:
        return None, plan
    since = [p for p in debtor.payments if promise_event.date <= p.date <= as_of]
    window = sum((p.amount for p in since if p.date <= promise_event.promised_date), ZERO)
    amount = promise_event.amount
    if amount is None:  # the whole balance on the day of the promise
        amount = settle(ledger.creditor, debtor, promise_event.date,
                        cost_moment(ledger.creditor, promise_event.date)).total_due
    if window >= amount:
        state = "kept"
    elif promise_event.promised_date < as_of:
        state = "broken"
    else:
        state = "pending"
    return Promise(promise_event, amount, window, state), plan


def _plan(event: Event, payments, as_of: date) -> Plan:
    available = sum((p.amount for p in payments), ZERO)
    states = []
    for installment in sorted(event.installments, key=lambda i: i.due):
        paid = min(available, installment.amount)
        available -= paid
        if paid >= installment.amount:
            state = "paid"
        elif installment.due < as_of:
            state = "overdue"
        elif installment.due == as_of:
            state = "due"
        else:
            state = "upcoming"
        states.append(InstallmentState(installment, paid, state))
    if all(s.state == "paid" for s in states):
        overall = "completed"
    elif any(s.state == "overdue" for s in states):
        overall = "in_arrears"
    else:
        overall = "on_schedule"
    return Plan(event, tuple(states), overall)
