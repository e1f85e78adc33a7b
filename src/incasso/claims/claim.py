"""A debtor's claim as of a date: figures, stage, status and the next step, as one record.

`incasso.claims.assess` builds it; everything the pages, letters and staff
overview say about a claim is read from it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import TypeVar, cast

from incasso.claims.accord import Accord
from incasso.claims.agreements import Ended, InstallmentState, Plan, Promise
from incasso.claims.disputes import answered_invoices, without
from incasso.claims.settlement import Settlement
from incasso.claims.states import (
    CLOSED_STATUSES,
    PAUSING_STATUSES,
    ActionKind,
    CostsState,
    PlanState,
    PromiseState,
    Stage,
    Status,
)
from incasso.law.money import ZERO
from incasso.ledger.model import (
    ESCALATION_EVENTS,
    Debtor,
    Event,
    EventType,
    Invoice,
    Policy,
    ReturnedPayment,
    latest,
)
from incasso.records import init_by_slots

T = TypeVar("T")


@init_by_slots
@dataclass(frozen=True, slots=True)
class CostsOutlook:
    """Collection costs: charged, or announced with the date they will be charged."""

    state: CostsState
    amount: Decimal
    from_date: date | None
    principal: Decimal
    each_late_invoice: int = 0  # EUR 40 per late invoice set the amount (art. 6:96 lid 4 BW): how many
    # Charged in parts on several days (business_costs_from_due): the day of the last part, after from_date.
    last_part_on: date | None = None
    # Announced by a final notice: what is left to pay of the amount it asked, so that no costs follow.
    asked_left: Decimal | None = None
    # The staffel's amount, when the costs its letter stated (recorded on the notice, `costs`) were less
    # and set the amount: never more is charged than the letter said.
    capped_from: Decimal | None = None
    # Charged over what was left of a final notice's amount after a payment in its term (CostCharge).
    over_asked: bool = False
    # The VAT in `amount` (policy.costs_vat: the creditor cannot reclaim it); none when a final notice's
    # recorded `costs` set the amount (the letter's amount stands, whatever VAT it held).
    vat: Decimal = ZERO
    # The costs a final notice's term brought while a dispute of all it asked is open: not charged nor asked
    # until the answer (claims.timing.wait_for_disputes); the page says they wait for it. None otherwise.
    waiting: Decimal | None = None

    @property
    def owed_from(self) -> date:
        """The first day the costs are owed: charged on it, or announced for it."""
        if self.from_date is None:
            raise ValueError(f"collection costs in state {self.state} have no day they are owed from")
        return self.from_date


@init_by_slots
@dataclass(frozen=True, slots=True)
class Action:
    """What staff should do next, and from when; `postponed`: the staff's postpone event that moved it;
    `newer`: the invoice, due after the last final notice, whose own steps come before the handover;
    `awaits_statements`: of a handover that waits for the bank statements of its final notice's term
    (escalation._awaiting_statements), the day its term sets for it. Its `due` is tomorrow, each build, until
    the statements are read: the handover's day is this one, if they show nothing paid in the term. `then`: of the
    one letter for what a kept agreement of part left (escalation.asks_the_rest), the step reached before the
    agreement, which follows that letter if it stays unpaid for a reminder's term."""

    kind: ActionKind
    due: date
    reason: str
    postponed: Event | None = None
    newer: Invoice | None = None
    awaits_statements: date | None = None
    then: ActionKind | None = None
    # Waits for the statements of a settlement's call-off day, not of a final notice's term
    # (escalation._awaiting_call_off).
    call_off_unseen: bool = False
    # The dispute's answer whose term set the day of a missed instalment's reminder (escalation._reminder_of): the
    # page asks by that term's last day, and the dossier says why the reminder waits.
    after_answer: Event | None = None

    @property
    def newer_first(self) -> bool:
        """Whether this step is one of the newer invoice's own (not the handover it holds up)."""
        return self.newer is not None and self.kind != ActionKind.HANDOVER

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of

    @property
    def day(self) -> date:
        """The day the step falls on as staff are told it: `due`, but for a handover waiting for the bank statements
        the day its final notice's term sets (`awaits_statements`), not tomorrow, a day that moves with each build.
        The overview's rows and claims.json both give this day."""
        return self.awaits_statements if self.awaits_statements is not None else self.due


@dataclass(frozen=True, slots=True)
class AskedLater:
    """A running plan's open instalments whose agreed days came no later than the day its confirmation is assumed to
    arrive, and the later day that letter asks them by (claims.demand.instalments_asked_later, instalment_asked_by):
    until that day has passed none of them is missed, whatever the plan's state says (the steps wait for that day too:
    claims.escalation). The staff pages read it where they have no creditor to count it from."""

    instalments: tuple[InstallmentState, ...]
    by: date


# The questions `Claim.total_due` and `Claim.amount_overdue` keep their answers under (`Claim.asked`).
_TOTAL_DUE, _OVERDUE = ("total due",), ("amount overdue",)
# The statuses whose agreement sets what is due now (Claim.amount_due_now): a plan, a settlement running or paid.
_AGREED_SUMS = frozenset({Status.ARRANGEMENT, Status.SETTLEMENT, Status.SETTLED})


@init_by_slots
@dataclass(frozen=True, slots=True)
class Claim:
    debtor: Debtor
    as_of: date
    settlement: Settlement
    stage: Stage
    status: Status
    costs: CostsOutlook
    promise: Promise | None
    plan: Plan | None
    dispute: Event | None  # the open dispute, if any
    next_action: Action | None
    paid_on: date | None
    last_contact: date | None
    # The last day whose payments are in these figures: the day the latest bank statement read
    # covers (never after as_of), else as_of. Pages and letters say "payments up to" this day.
    payments_until: date
    # The day after the final notice's term when the debtor paid what it asked in it (no costs): what is
    # left, the term's interest, is chased again from a friendly reminder, never handed over as it is.
    remainder_after_notice: date | None = None
    # The final notices sent by as_of, one a day: of two on one day, the one whose term ends last
    # (claims.timing.notices_a_day). The dossier's history keeps both.
    notices: tuple[Event, ...] = ()
    # The answer to a dispute (its dispute_resolved) while the term it gives to pay runs and no letter
    # went out since: the page says the claim stands and until when to pay, before any harder step.
    dispute_answered: Event | None = None
    # The invoices an open dispute names (claims.disputes): while others are open, they are left out of the
    # figures and the steps (`disputed_apart`); else the dossier waits as a whole (`dispute` is then the
    # latest dispute naming them). Empty with a dispute of the whole dossier.
    disputed: tuple[Invoice, ...] = ()
    # The last day of a final notice's term that has passed while the bank statements read end before it:
    # its costs and the handover wait for the statements of its days, as a promise's check does.
    term_unseen: date | None = None
    # The promises and plans before `promise` and `plan` that a later one, a handover or a legal step ended,
    # each as it stood that day (claims.agreements.ended_agreements): for the change list, not the figures.
    ended: tuple[Ended, ...] = ()
    # The final notices of `notices` that bring no costs (claims.timing.brings_costs: e-mailed to a consumer without
    # their consent, or stating more costs than the law allows): the costs hang on a later one, that the steps send.
    costless_notices: tuple[Event, ...] = ()
    # The latest settlement (minnelijk akkoord) and how it stands (claims.accord): running (status SETTLEMENT), paid
    # (SETTLED), or lapsed (the claim as if it had never been agreed; staff are told). None without one.
    accord: Accord | None = None
    # The running plan's instalments its confirmation asks by a later day than their own (`AskedLater`), while that
    # day has not passed; None otherwise.
    asked_later: AskedLater | None = None
    # The debtor's own payments the bank took back by as_of (Ledger.bank_returned): they count nowhere in the figures,
    # but the debtor may think they paid, and their page and letters say what became of them.
    returned: tuple[ReturnedPayment, ...] = ()
    # The last day whose payments judged the promises and instalments: `payments_until`, or the later day a what-if
    # takes as read (claims.assess.claim_if_missed: nothing paid until then). A letter sent in that what-if is judged
    # on the same day (letters.outlook.claim_after): else an instalment missed on a day the statements read do not
    # reach turns what follows its reminder into a staff check. None: `payments_until`.
    seen_until: date | None = None
    # The what-ifs already asked of this claim (claims.assess: the plan completed, the promise kept or missed, a letter
    # sent ...), each a whole assessment, by question (`answer`): the page, the day's letters and the staff's dossier
    # ask the same of one claim in a build. No part of the claim's value (not compared, not shown), nor of a copy
    # (`replace` gives it none): a claim of another day or other figures asks afresh.
    asked: dict[Hashable, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def answer(self, question: Hashable, work_out: Callable[[], T]) -> T:
        """The answer to `question` (a what-if about this claim, with the rules it is asked under), worked out by
        `work_out` the first time it is asked, then kept with the claim: its answer depends on nothing else."""
        asked = self.asked
        if question in asked:
            return cast(T, asked[question])
        found = asked[question] = work_out()
        return found

    def forget_answers(self, but: str | None = None) -> None:
        """Drop the what-ifs kept (`answer`): once a debtor's files are written, they are only memory. `but`: the
        kind of question (a question's first part) still to be asked after, whose answers stay."""
        asked = self.asked
        kept = {q: a for q, a in asked.items() if isinstance(q, tuple) and q[:1] == (but,)} if but else {}
        asked.clear()
        asked.update(kept)

    @property
    def pending_promise(self) -> Promise:
        """The promise that pauses the steps: there is one whenever the status is PROMISE."""
        if self.status != Status.PROMISE or self.promise is None:
            raise ValueError(f"the claim on {self.debtor.id} has no pending promise (status {self.status})")
        return self.promise

    @property
    def running_accord(self) -> Accord:
        """The settlement being paid: there is one whenever the status is SETTLEMENT."""
        if self.status != Status.SETTLEMENT or self.accord is None:
            raise ValueError(f"the claim on {self.debtor.id} has no running settlement (status {self.status})")
        return self.accord

    @property
    def unseen_call_off(self) -> date | None:
        """The day a settlement was called off (`settlement_ended`), while the bank statements read do not reach it:
        a payment of the rest that day would have kept it (the payment wins: claims.checks), which the build cannot
        know yet. No step is taken till they do (escalation), and the page says so (statement.steps)."""
        accord = self.accord
        if accord is None or not accord.ended or accord.ended_on is None or self.payments_until >= accord.ended_on:
            return None
        return accord.ended_on

    @property
    def running_plan(self) -> Plan:
        """The payment plan being paid off: there is one whenever the status is ARRANGEMENT."""
        if self.status != Status.ARRANGEMENT or self.plan is None:
            raise ValueError(f"the claim on {self.debtor.id} has no running payment plan (status {self.status})")
        return self.plan

    @property
    def plan_leaves_open(self) -> Decimal:
        """What the running plan's open instalments leave of the total due (below zero: they ask more)."""
        return self.total_due - sum((i.open for i in self.running_plan.installments), ZERO)

    @property
    def open_dispute(self) -> Event:
        """The dispute that pauses the steps: there is one whenever the status is DISPUTE."""
        if self.status != Status.DISPUTE or self.dispute is None:
            raise ValueError(f"the claim on {self.debtor.id} has no open dispute (status {self.status})")
        return self.dispute

    @property
    def disputed_apart(self) -> bool:
        """Whether disputed invoices are paused apart while the rest of the dossier is chased."""
        return bool(self.disputed) and self.dispute is None

    def disputed_open(self, invoice: Invoice) -> Decimal:
        """The principal of a disputed invoice still open: apart, what it asks after its credit notes dated
        by the claim's day (a payment naming it is held with it until the answer); else its balance's."""
        if self.disputed_apart:
            return max(invoice.owed(self.as_of), ZERO)
        balance = next((b for b in self.settlement.invoices if b.number == invoice.number), None)
        return balance.principal_open if balance is not None else ZERO

    @property
    def disputed_apart_open(self) -> Decimal:
        """The principal of the invoices disputed apart, after their credit notes: not in `total_due`."""
        return sum((self.disputed_open(i) for i in self.disputed), ZERO) if self.disputed_apart else ZERO

    @property
    def disputed_credited_in_full(self) -> tuple[Invoice, ...]:
        """The disputed invoices credit notes (dated by the claim's day) took all of: the dispute has its
        answer in them, and staff should record it (dispute_resolved)."""
        return tuple(i for i in self.disputed if i.credit_notes_until(self.as_of) and i.owed(self.as_of) <= 0)

    @property
    def counted_debtor(self) -> Debtor:
        """The debtor as the figures count them: without the invoices paused apart by a dispute."""
        return without(self.debtor, self.disputed) if self.disputed_apart else self.debtor

    @property
    def events(self) -> list[Event]:
        """The dossier's history as known on the claim's date."""
        return self.debtor.events_until(self.as_of)

    @property
    def letters_since_the_answer(self) -> list[Event] | None:
        """The letters (escalation steps) sent since the latest answer to a dispute, or None when no
        dispute was answered or one is open again: the first letter after an answer names it."""
        events = self.events
        answered = latest(events, EventType.DISPUTE_RESOLVED)
        if answered is None or self.status == Status.DISPUTE:
            return None
        return [e for e in events[events.index(answered) + 1 :] if e.type in ESCALATION_EVENTS]

    @property
    def answer_still_open(self) -> Event | None:
        """The latest answer to a dispute while an invoice it answered is still open: the one the first letter after
        it (letters.view) and the page (statement.answer) name. An answer about invoices since paid or credited (the
        debtor was right, or an earlier year's bill) is none to name beside what is asked now, a newer invoice."""
        answer = latest(self.events, EventType.DISPUTE_RESOLVED)
        if answer is None:
            return None
        answered = answered_invoices(self.debtor, answer)
        return answer if any(b.number in answered and b.principal_open > 0 for b in self.settlement.invoices) else None

    @property
    def final_notices(self) -> list[Event]:
        """The final notices of the costs' present episode sent by the claim's date, one a day, oldest
        first: the costs hang on the first (an earlier episode's notices were paid, with their costs,
        if any)."""
        opened = self.settlement.episode
        if opened is None or opened.asked_on is None:
            return list(self.notices)
        return [e for e in self.notices if e.date >= opened.asked_on]

    @property
    def latest_notice(self) -> Event | None:
        """The latest final notice sent by the claim's date (of two on its day, the one whose term ends last)."""
        return self.notices[-1] if self.notices else None

    def notice_of(self, day: date) -> Event:
        """The final notice that stands for those sent on `day`."""
        found = next((e for e in self.notices if e.date == day), None)
        if found is None:
            raise ValueError(f"the claim on {self.debtor.id} has no final notice sent on {day}")
        return found

    @property
    def total_due(self) -> Decimal:
        """The settlement's total due, worked out once a claim: its page, letters, dossier and overview row ask it
        some 15 times, each a sum over the invoices again (BENCHMARKS.md, session 46); kept as `answer` keeps."""
        asked = self.asked
        found = asked.get(_TOTAL_DUE)
        if found is None:
            found = asked[_TOTAL_DUE] = self.settlement.total_due
        return cast(Decimal, found)

    @property
    def closed(self) -> bool:
        """Paid or written off: never chased, shown apart."""
        return self.status in CLOSED_STATUSES

    @property
    def amount_overdue(self) -> Decimal:
        """What is past its due date: open invoices due before today, their interest, and costs. Worked out once a
        claim, as `total_due` is (asked some 14 times)."""
        asked = self.asked
        found = asked.get(_OVERDUE)
        if found is None:
            overdue = sum((b.open for b in self.settlement.invoices if b.invoice.due < self.as_of), ZERO)
            found = asked[_OVERDUE] = overdue + self.settlement.costs_open
        return cast(Decimal, found)

    @property
    def amount_due_now(self) -> Decimal:
        """During a running plan the instalments due (a settlement: its agreed sum's part asked; settled, nothing);
        otherwise what is overdue, and
        when nothing is overdue yet, the whole balance (to pay by its due date).

        Invoices not yet due are never demanded early alongside overdue ones.
        """
        if self.status not in _AGREED_SUMS:  # most claims: one lookup, not three comparisons with enum members
            return self.amount_due_apart_from_a_plan
        if self.status == Status.ARRANGEMENT:
            return min(self.running_plan.due_now, self.total_due)
        if self.status == Status.SETTLEMENT:  # the agreed sum's part asked, as a plan's instalments (claims.accord)
            return min(self.running_accord.due_now, self.total_due)
        return ZERO  # settled: the rest is remitted, nothing is due

    @property
    def amount_due_apart_from_a_plan(self) -> Decimal:
        """What is overdue, and when nothing is overdue yet, the whole balance: what a letter asks
        when no plan sets the instalments."""
        overdue = self.amount_overdue
        return overdue if overdue > 0 else self.total_due

    @property
    def last_payment_day(self) -> date | None:
        """The day of the latest payment known by the claim's date."""
        return max((p.date for p in self.debtor.payments if p.date <= self.as_of), default=None)

    @property
    def paused(self) -> bool:
        """A dispute, a promise or a plan on schedule holds the steps back (a plan in arrears does not)."""
        if self.status == Status.ARRANGEMENT:
            return self.running_plan.state != PlanState.IN_ARREARS
        return self.status in PAUSING_STATUSES

    @property
    def kept_agreement(self) -> Promise | Plan | None:
        """The kept promise or the completed plan that decides what follows it: of the two, the one that ended last.
        A promise made and kept after a completed plan (for what the plan left, or for a newer invoice) decides,
        not the plan; one kept within a plan that ended after it does not (it paid the plan's arrears, say). None
        while a plan runs: a promise kept within it does not end it. The steps (claims.escalation), the page and
        the letters read this one agreement."""
        plan = self.plan
        if plan is not None and plan.state != PlanState.COMPLETED:
            return None
        promise = self.promise
        if promise is not None and promise.state == PromiseState.KEPT and promise_decides(promise, plan):
            return promise
        return plan

    @property
    def agreement_ended(self) -> date | None:
        """The day after the kept agreement that decides what follows (`kept_agreement`): its promised day, or its
        last instalment's; None without one."""
        kept = self.kept_agreement
        if isinstance(kept, Promise):
            return kept.promised_date + timedelta(days=1)
        return kept.last_due + timedelta(days=1) if kept is not None else None

    @property
    def kept_part(self) -> Promise | None:
        """A kept promise of part of the balance (Promise.of_part) that decides what follows (`kept_agreement`): what
        is left is most of the debt, not a remainder, and goes on from the stage reached (claims.escalation), not
        from a reminder."""
        kept = self.kept_agreement
        return kept if isinstance(kept, Promise) and kept.of_part else None

    @property
    def completed_part(self) -> Plan | None:
        """A completed plan of part of the balance of its day (Plan.of_part) that decides what follows
        (`kept_agreement`): as after a kept promise of part, what is left is not a remainder, and goes on from the
        stage reached before the plan (claims.escalation)."""
        kept = self.kept_agreement
        return kept if isinstance(kept, Plan) and kept.of_part else None

    @property
    def agreement_of_part(self) -> Promise | Plan | None:
        """The kept promise of part (`kept_part`) or the completed plan of part (`completed_part`), or None."""
        return self.kept_part or self.completed_part

    @property
    def remainder_after_agreement(self) -> bool:
        """The debtor kept the promise of the whole or the plan of the whole, something is left, and no letter
        went out since before today: today's letter (the first after it) says the thanks too, as the page does."""
        return self.agreement_of_part is None and self._nothing_sent_since_the_agreement

    @property
    def after_kept_part(self) -> bool:
        """The debtor kept a promise or a plan of part of the balance (`agreement_of_part`), and no letter went out
        since before today: the page thanks them and says what is left, by when, and what follows (its own
        message)."""
        return self.agreement_of_part is not None and self._nothing_sent_since_the_agreement

    @property
    def _nothing_sent_since_the_agreement(self) -> bool:
        ended = self.agreement_ended
        if self.status != Status.ACTIVE or ended is None:
            return False
        return not any(e.type in ESCALATION_EVENTS and ended <= e.date < self.as_of for e in self.events)

    @property
    def oldest_open_due(self) -> date | None:
        """The due date of the oldest invoice with something still open."""
        return min((b.invoice.due for b in self.settlement.invoices if b.open > 0), default=None)

    @property
    def overdue_since(self) -> date | None:
        """The day after the oldest due date that is still unpaid."""
        dues = [b.invoice.due for b in self.settlement.invoices if b.open > 0 and b.invoice.due < self.as_of]
        return min(dues) + timedelta(days=1) if dues else None

    @property
    def days_overdue(self) -> int:
        since = self.overdue_since
        return (self.as_of - since).days + 1 if since else 0


def promise_decides(promise: Promise, plan: Plan | None) -> bool:
    """Whether `promise`, once kept, decides what follows rather than `plan` (Claim.kept_agreement): without a plan,
    or after a completed one whose last instalment's day came before the promised day. A promise within a plan that
    runs, or that ends after it, leaves the rest to the plan."""
    return plan is None or (plan.state == PlanState.COMPLETED and promise.promised_date > plan.last_due)


def is_closed(claim: Claim) -> bool:
    return claim.closed


# A credit below this is not today's work: a payment a few cents over (a rounded amount, the interest of a day
# paid twice) would put a refund in the day's work, late after a week, and the signal beside it, every morning,
# for less than the transfer and the clerk's minute cost. It stays the debtor's money (art. 6:203 BW) and their
# page still says it comes back, but is not kept up for it (statement_visible): one quiet signal
# (staff.overview, FlagKind.SMALL_CREDIT) says so, to refund without haste or set off against a next invoice.
# One euro: below the chase minimum's usual EUR 5,00, which the creditor sets for what they ask, since this is
# money they owe.
SMALL_CREDIT = Decimal("1.00")


def statement_visible(claim: Claim, policy: Policy) -> bool:
    """Whether the debtor has a public page: open claims, paid ones while a credit of SMALL_CREDIT or more is owed
    (the page says it comes back; a few cents, no task, would keep it up for months), and then for
    `paid_page_days` after the day they were paid or, later, the last refund (so that the page tells of it)."""
    if claim.status == Status.WRITTEN_OFF:
        return False
    if claim.status in (Status.PAID, Status.SETTLED):
        if claim.paid_on is None:
            return False
        if claim.settlement.credit >= SMALL_CREDIT:
            return True
        refunds = (r.event.date for r in claim.settlement.refunds if r.refunded > 0)
        since = max((claim.paid_on, *refunds))
        return claim.as_of <= since + timedelta(days=policy.paid_page_days)
    return True
