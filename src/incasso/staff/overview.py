"""The staff overview as data: claims per stage, today's work, the flags and each dossier's row.

Pure: it reads assessed claims (incasso.claims) and the creditor's policy and
returns records; nothing here is formatted. The staff view model
(incasso.staff.view) turns them into the words and figures the pages show.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from incasso.claims.accord import Accord
from incasso.claims.agreements import Plan, Promise
from incasso.claims.claim import SMALL_CREDIT, Action, Claim, is_closed, statement_visible
from incasso.claims.demand import page_asks, settlement_undecided, term_costs_on_top
from incasso.claims.disputes import open_disputes
from incasso.claims.dossier_notes import DossierNote, by_next_step
from incasso.claims.escalation import pause_ended, standing_postpone
from incasso.claims.kept import passed_on
from incasso.claims.settlement import PaymentApplied, Share
from incasso.claims.states import (
    CHASING_ACTIONS,
    CHECK_ACTIONS,
    CLOSED_STATUSES,
    HANDED_OVER,
    STAGE_ORDER,
    ActionKind,
    ArrearsKind,
    CostsState,
    InstallmentStatus,
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
    PauseAsker,
    Payment,
    Policy,
    ReturnedPayment,
    earliest,
)
from incasso.records import init_by_slots


class FlagKind(StrEnum):
    """What needs a look beyond the next step; in the order the signals list them."""

    POSSIBLE_PAYMENT = "possible_payment"  # an unassigned bank credit may be this dossier's: look before chasing
    # The bank took back a payment of an open claim we still write to: the debtor may think they paid.
    PAYMENT_RETURNED = "payment_returned"
    # Money came in after the claim was written off: reopen it, or refund what it does not owe.
    PAID_AFTER_WRITE_OFF = "paid_after_write_off"
    NOTE_BEFORE_STEP = "note_before_step"  # a note on the dossier about its next step: read it before taking it
    # The debtor paid part since our last letter, and the next (a chasing letter) is due: call first, perhaps.
    PART_PAYMENT = "part_payment"
    BROKEN_PROMISE = "broken_promise"
    # A settlement (minnelijk akkoord) missed: the whole claim is back and the steps go on; tell the counsellor.
    SETTLEMENT_LAPSED = "settlement_lapsed"
    PLAN_IN_ARREARS = "plan_in_arrears"
    AWAITS_BANK = "awaits_bank"
    DISPUTE_TOO_LONG = "dispute_too_long"
    DISPUTED_INVOICES = "disputed_invoices"  # a dispute names invoices: which ones wait for its answer
    NO_CONTACT = "no_contact"
    MISSING_CONTACT = "missing_contact"  # an e-mail address or phone missing; or no way for a letter at all, said first
    REFUND_RETURNED = "refund_returned"  # a refund the debtor's bank sent back: their money is with us again
    # The `passed_on` since the handover add up to more than came in since: a typo would hide the next payment.
    PASSED_ON_OVER = "passed_on_over"
    CREDIT = "credit"
    # What is left is below the chase minimum and nothing else runs: no reminder follows, so staff decide.
    SMALL_REST = "small_rest"
    # A credit below SMALL_CREDIT: the debtor's money all the same, but no work of the day (see there).
    SMALL_CREDIT = "small_credit"
    DOSSIER_NOTE = "dossier_note"  # a note on the dossier (claims.dossier_notes) about no next step


FLAG_KINDS: tuple[FlagKind, ...] = tuple(FlagKind)
# The steps and checks that are staff's work on the day they fall due.
WORK_ACTIONS = CHASING_ACTIONS + CHECK_ACTIONS
# The agency or the court talks to the debtor then: silence from us is expected.
NO_CONTACT_EXEMPT_STAGES = HANDED_OVER


def claim_order(claim: Claim) -> tuple[date, Decimal, str]:
    """Within a stage: the most overdue next action first, then the larger amount."""
    due = claim.next_action.due if claim.next_action else date.max
    return (due, -claim.total_due, claim.debtor.id)


def _closed_order(claim: Claim) -> tuple[int, Decimal, str]:
    # Paid: the most recent payment first; written off: the larger amount first.
    recent = -(claim.paid_on.toordinal() if claim.paid_on else 0)
    return (recent, -claim.total_due, claim.debtor.id)


@dataclass(frozen=True)
class Group:
    """One stage (or the paid / written-off claims) with its claims in order."""

    key: Stage | Status  # a stage, or a closed status
    closed: bool
    claims: tuple[Claim, ...]

    @property
    def count(self) -> int:
        return len(self.claims)

    @property
    def outstanding(self) -> Decimal:
        return sum((c.total_due for c in self.claims), ZERO)


# The groups of the overview's dossier list, in order: every stage, most advanced first, then the closed.
GROUP_KEYS: tuple[Stage | Status, ...] = (*STAGE_ORDER, *CLOSED_STATUSES)


def group_of(claim: Claim) -> Stage | Status:
    """The group a claim is listed in: its closed status (paid, written off), else its stage."""
    return claim.status if is_closed(claim) else claim.stage


def group_order(claim: Claim) -> tuple[int, Decimal, str] | tuple[date, Decimal, str]:
    """A claim's place within its group (see claim_order; paid: the most recent payment first)."""
    return _closed_order(claim) if is_closed(claim) else claim_order(claim)


def stage_groups(claims: Sequence[Claim]) -> list[Group]:
    """Every stage, most advanced first (empty ones included), then paid, then written off."""
    members: dict[Stage | Status, list[Claim]] = {key: [] for key in GROUP_KEYS}
    for claim in claims:
        members[group_of(claim)].append(claim)
    return [Group(key, key in CLOSED_STATUSES, tuple(sorted(members[key], key=group_order))) for key in GROUP_KEYS]


class TaskKind(StrEnum):
    """Work for staff that comes from the claim's money rather than from the escalation policy."""

    REFUND_CREDIT = "refund_credit"
    REFUND_RETURNED = "refund_returned"
    PASS_ON = "pass_on"


@dataclass(frozen=True)
class CreditRefund:
    """Money the debtor paid beyond everything owed: theirs, to refund or set off, since `due`.

    Not a step of the escalation policy (claims.escalation chases the debtor and never a closed
    claim; a credit is only left once everything is paid): the staff's own work, derived here.
    """

    amount: Decimal
    due: date  # the day money was first left over: the payment's, or a later credit note's that made it so
    kind: TaskKind = TaskKind.REFUND_CREDIT

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of


@dataclass(frozen=True)
class RefundReturned:
    """A `refund` the dossier records that the debtor's bank sent back (incasso.bank.reconcile's
    REFUND_RETURNED): the debtor was not paid back. It still counts as refunded until staff take it out of
    the file, so the claim shows no credit: the staff's work from the day the money came back (`due`)."""

    amount: Decimal
    refunded: date  # the refund's day in the file
    due: date  # the day the bank booked the money coming back
    reason: str | None  # the bank's reason (a SEPA code: AC04, account closed), when it gave one
    reference: str  # the bank entry that brought it back
    kind: TaskKind = TaskKind.REFUND_RETURNED

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of


@dataclass(frozen=True)
class PassOn:
    """Money that reached our account after the handover, to pass on to the agency: the handover letter
    promises the debtor we let the agency know ("Betaalt u aan ons? Dan laten wij ... weten"), or the agency
    chases what was paid. Work from the day of the first such payment (`due`) until `passed_on` events in the
    file add up to it: the payments (oldest first) they do not cover yet, and `amount`, what is left of them."""

    amount: Decimal
    due: date
    payments: tuple[Payment, ...]
    handover: Event  # the agency's name, phone, e-mail and reference, as the file gives them
    # The handover that took the file on to another agency since: the money is still this one's, and its
    # `passed_on` names this handover's day (`handover:`).
    later: Event | None = None
    kind: TaskKind = TaskKind.PASS_ON

    @property
    def agency(self) -> str | None:
        return self.handover.agency

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of


@dataclass(frozen=True)
class BankReturns:
    """What the bank sent back of a dossier's money (staff.returns finds it in the bank statements)."""

    payments: tuple[ReturnedPayment, ...] = ()
    refunds: tuple[RefundReturned, ...] = ()


NO_RETURNS = BankReturns()


@dataclass(frozen=True)
class DisputeReview:
    """A dispute of some invoices (`invoices`) open past `dispute_max_days` while the rest is chased: the claim's
    next action is the rest's step, so nothing else puts its answer in today's work. A dispute of the whole
    dossier has its check as the claim's next action (claims.escalation: review_dispute) instead."""

    invoices: tuple[str, ...]  # the invoices whose dispute is open too long, as the file writes them
    amount: Decimal  # their principal still open: what the dispute is about
    raised: date  # the oldest of those disputes
    due: date  # its day + dispute_max_days, as the whole dossier's check
    kind: ActionKind = ActionKind.REVIEW_DISPUTE

    def is_due(self, as_of: date) -> bool:
        return self.due <= as_of


# What staff do next for a claim: a step of the escalation policy, a refund of a credit, or one again, the
# answer to a dispute of some invoices, or a payment to pass on to the agency.
Step = Action | CreditRefund | RefundReturned | DisputeReview | PassOn
# The steps that are about money staff hold, not the debtor's next letter: the task's amount is theirs.
MONEY_STEPS = (CreditRefund, RefundReturned, PassOn)


def dispute_review(claim: Claim, policy: Policy) -> DisputeReview | None:
    """The answer due to the disputes of invoices held apart that are open longer than `dispute_max_days`
    (the oldest sets the day); None when there is none, or when the dossier waits for the answer as a whole."""
    if not claim.disputed_apart or is_closed(claim):
        return None
    limit = timedelta(days=policy.dispute_max_days)
    late = [
        (number, event) for number, event in open_disputes(claim.events).by_invoice if event.date + limit <= claim.as_of
    ]
    if not late:
        return None
    numbers = tuple(number for number, _ in late)
    amount = sum((claim.disputed_open(i) for i in claim.disputed if i.number in numbers), ZERO)
    raised = min(event.date for _, event in late)
    return DisputeReview(numbers, amount, raised, raised + limit)


def small_credit(claim: Claim) -> bool:
    """Whether the claim's credit is one of a few cents, below SMALL_CREDIT: a quiet signal, no task."""
    return ZERO < claim.settlement.credit < SMALL_CREDIT


@dataclass(frozen=True, slots=True)
class Handed:
    """One handover's money: the payments that reached our account while its agency had the file (from its day
    until the next handover's), and what `passed_on` events record as passed on to it."""

    handover: Event
    received: tuple[Payment, ...]
    passed: Decimal
    later: Event | None  # the handover that took the file on to another agency; None for the latest


def handed_money(claim: Claim) -> tuple[Handed, ...]:
    """Each handover's money, oldest first (`Handed`). A `passed_on` counts for the latest handover before it,
    or for the one its `handover` names by its day: money that came in while an earlier agency had the file is
    still theirs after the file went to another. A payment counts for the handover whose time it reached our
    account in (read from the bank statements, or written with the `bank_ref` of its entry).

    Kept with the claim (it depends on nothing else): the overview's row, the tasks, the dossier page's steps and
    the exports ask it some seven times a debtor."""
    return claim.answer(_HANDED, lambda: _handed_money(claim))


_HANDED = "handed money"  # the question `handed_money` keeps its answer under (Claim.answer)


def _handed_money(claim: Claim) -> tuple[Handed, ...]:
    handovers = [e for e in claim.events if e.type == EventType.HANDOVER]
    if not handovers:
        return ()
    passed = dict.fromkeys(range(len(handovers)), ZERO)
    current = -1
    for e in claim.events:  # events are written oldest first
        if e.type == EventType.HANDOVER:
            current += 1
        elif e.type == EventType.PASSED_ON and current >= 0:
            named = [i for i, h in enumerate(handovers[: current + 1]) if h.date == e.handover]
            whose = named[-1] if named else current
            passed[whose] += e.amount or ZERO
    counted = [p.payment for p in claim.settlement.payments if p.payment.bank_ref is not None]
    found = []
    for i, handover in enumerate(handovers):
        later = handovers[i + 1] if i + 1 < len(handovers) else None
        # A payment on a later handover's day is that one's: the figures its agency got were made before it.
        received = tuple(p for p in counted if p.date >= handover.date and (later is None or p.date < later.date))
        found.append(Handed(handover, received, passed[i], later))
    return tuple(found)


def _to_pass_on(handed: Handed) -> PassOn | None:
    """What of one handover's money is not recorded as passed on yet: the payments (oldest first) its `passed_on`
    events do not cover, and the rest of them."""
    amount = sum((p.amount for p in handed.received), ZERO) - handed.passed
    if amount <= 0:
        return None
    left, covered = [], handed.passed
    for paid in sorted(handed.received, key=lambda p: p.date):  # what is recorded covers the oldest first
        if paid.amount > covered:
            left.append(paid)
        covered = max(covered - paid.amount, ZERO)
    return PassOn(amount, left[0].date, tuple(left), handed.handover, handed.later)


def passes_on(claim: Claim) -> tuple[PassOn, ...]:
    """The money to pass on, per agency, the oldest handover first (`pass_on` for each): what reached us while an
    earlier agency had the file and was never recorded as passed on stays work after the file went to another,
    naming that agency, until a `passed_on` naming its handover covers it."""
    return tuple(step for step in map(_to_pass_on, handed_money(claim)) if step is not None)


def pass_on(claim: Claim) -> PassOn | None:
    """The payments to pass on to the agency that has the file: those that reached our account (read from the bank
    statements, or written with the `bank_ref` of their entry) on or after the latest handover's day, and count,
    less what `passed_on` events after that handover record, the oldest first. One written by hand without
    `bank_ref` is not: it may be one the agency reports it received (staff who took cash pass it on, and record
    that too). A payment on the handover's day is listed: the figures the agency got were made from statements
    read before it. An earlier agency's is in `passes_on`."""
    handed = handed_money(claim)
    return _to_pass_on(handed[-1]) if handed else None


def credit_refund(claim: Claim) -> CreditRefund | None:
    """The credit to refund or set off, from the day it arose (the first payment that left money over, or a later
    credit note that made it so: Settlement.settled_on); None without one, or
    for a credit of a few cents (`small_credit`: no work of the day)."""
    credit = claim.settlement.credit
    if credit <= 0 or small_credit(claim):
        return None
    overpaid = (p.payment.date for p in claim.settlement.payments if any(a.to == Share.CREDIT for a in p.allocations))
    # A credit is only ever the rest of a payment (claims.settlement), so there is such a payment; a credit note
    # dated after it may be what made it a credit (a returned order paid before): then it arose on that day.
    first = next(overpaid, claim.as_of)
    return CreditRefund(credit, claim.settlement.settled_on(first, over=True))


def next_step(claim: Claim, returns: BankReturns = NO_RETURNS) -> Step | None:
    """What staff do next: refund a credit first (the money is the debtor's), or a refund that came back,
    else the policy's next action."""
    passing = next(iter(passes_on(claim)), None)  # the oldest agency's money first
    return credit_refund(claim) or next(iter(returns.refunds), None) or passing or claim.next_action


@dataclass(frozen=True)
class Task:
    """Work that is due: a chasing step, a check on a pause, or a credit to refund."""

    claim: Claim
    action: Step
    # What the step's letter of the day asks when the debtor's page asks another amount (staff.view.DayLetter
    # .asks): a final notice to a plan in arrears asks everything overdue, the page the instalments.
    letter_asks: Decimal | None = None

    @property
    def is_check(self) -> bool:
        return self.action.kind in CHECK_ACTIONS

    @property
    def amount(self) -> Decimal:
        """What the task is about: the credit to refund (or the refund to pay again), else what the step's
        letter asks (`letter_asks`), else what the debtor's page and the step's letter ask (an instalment, the
        overdue part, or all that is owed)."""
        if isinstance(self.action, (*MONEY_STEPS, DisputeReview)):
            return self.action.amount
        if self.letter_asks is not None:
            return self.letter_asks
        return self.page_asks

    @property
    def page_asks(self) -> Decimal:
        """What the debtor's page asks (all that is owed when it asks nothing: a check on a pause), with the costs of
        a final notice's term over but not yet read, as the page asks them (claims.demand.page_asks)."""
        return page_asks(self.claim) or self.claim.total_due

    @property
    def waiting_days(self) -> int:
        """Days since the action became due (0: due today)."""
        return (self.claim.as_of - self.action.due).days

    @property
    def unseen(self) -> date | None:
        """The day a check looks at that the bank statements read do not reach (`check_unseen`), or None."""
        return check_unseen(self.claim, self.action)


# The checks that look in the bank statements for money due the day before them (escalation: `due` is that day's next).
MONEY_CHECKS = frozenset({ActionKind.CHECK_PROMISE, ActionKind.CHECK_INSTALLMENT, ActionKind.CHECK_SETTLEMENT})


def check_unseen(claim: Claim, step: Step) -> date | None:
    """The day a promise's, an instalment's or a settlement's check looks at (the day before the check is due), when
    the check is due and the statements read end before that day (the AWAITS_BANK signal's cases): it cannot be
    done until they are read, so it waits and is not late (staff.rows, staff.explain). None for any other step, one
    due later, or once they reach the day."""
    if step.kind not in MONEY_CHECKS or not step.is_due(claim.as_of):  # one due later says "vanaf" its day
        return None
    looked_at = step.due - timedelta(days=1)
    return looked_at if claim.payments_until < looked_at else None


def claim_tasks(
    claim: Claim, as_of: date, returns: BankReturns = NO_RETURNS, review: DisputeReview | None = None
) -> tuple[Task, ...]:
    """The claim's work due on `as_of`: its due chasing step or check, the answer to a dispute of invoices open
    too long (`review`, as dispute_review finds it), its credit to refund, and each refund that came back
    (closed claim or not: the money is the debtor's)."""
    tasks = []
    if review is not None and review.is_due(as_of):
        tasks.append(Task(claim, review))
    action = claim.next_action
    if not is_closed(claim) and action is not None and action.is_due(as_of) and action.kind in WORK_ACTIONS:
        tasks.append(Task(claim, action))
    refund = credit_refund(claim)
    if refund is not None and refund.is_due(as_of):
        tasks.append(Task(claim, refund))
    tasks += [Task(claim, back) for back in returns.refunds if back.is_due(as_of)]
    tasks += [Task(claim, passing) for passing in passes_on(claim) if passing.is_due(as_of)]
    return tuple(tasks)


def task_order(task: Task) -> tuple[date, Decimal, str]:
    """Today's work: the longest waiting first, then the larger amount, the one the list shows (`Task.amount`):
    ordered by the whole claim, an instalment or an overdue part beside it looked out of order."""
    return (task.action.due, -task.amount, task.claim.debtor.id)


def todays_work(claims: Sequence[Claim], as_of: date, policy: Policy | None = None) -> list[Task]:
    """Every due action, every answer due to a dispute of invoices (with the creditor's `policy`) and every
    credit to refund (closed claims included), the longest waiting first, then the larger amount asked (or
    to refund)."""
    found = (
        task
        for c in claims
        for task in claim_tasks(c, as_of, review=dispute_review(c, policy) if policy is not None else None)
    )
    return sorted(found, key=task_order)


@dataclass(frozen=True, slots=True)
class SentBack:
    """Money the bank sent back (PAYMENT_RETURNED, REFUND_RETURNED): the day, and why. One field of a Flag,
    as a reason without its day, or a day said without the reason the bank gave, says only half of it."""

    day: date
    reason: str | None  # the bank's reason, a SEPA code (AC04: account closed), when it gave one


@init_by_slots
@dataclass(frozen=True, slots=True)
class Flag:
    """Something about a claim that needs a look, with the facts that say why.

    `wording` names the sentence staff read (a key of words.FLAG_DETAIL): the
    kind itself, or a variant of it (which contact details are missing).
    """

    kind: FlagKind
    wording: str
    amount: Decimal | None = None
    paid: Decimal | None = None
    day: date | None = None
    days: int | None = None
    limit: int | None = None
    seen: date | None = None  # the last day whose payments are read (AWAITS_BANK)
    # the day the silence counts from, when not the last contact (NO_CONTACT); the last letter's (PART_PAYMENT)
    since: date | None = None
    ref: str | None = None  # the bank entry's reference (POSSIBLE_PAYMENT)
    returned: SentBack | None = None  # the money the bank sent back (PAYMENT_RETURNED, REFUND_RETURNED)
    notes: tuple[DossierNote, ...] = ()  # the dossier's notes it is raised for (NOTE_BEFORE_STEP, DOSSIER_NOTE)
    step: str | None = None  # the next step they are about (NOTE_BEFORE_STEP, PART_PAYMENT)
    count: int | None = None  # how many instalments are missed (PLAN_IN_ARREARS), payments made (PART_PAYMENT)
    invoices: str | None = None  # the invoices an open dispute names (DISPUTED_INVOICES)
    minimum: Decimal | None = None  # the policy's chase minimum (SMALL_REST), SMALL_CREDIT (SMALL_CREDIT)
    part: Decimal | None = None  # the instalment whose term was missed (SETTLEMENT_LAPSED in instalments)
    letter: str | None = None  # the last letter's event type, the one a part payment came after (PART_PAYMENT)


def _dispute_flags(claim: Claim, policy: Policy) -> list[Flag]:
    """A dispute open too long (the oldest, of those naming invoices), and which invoices disputes name:
    while the rest is chased, the invoices left out of it must not be forgotten."""
    found = []
    since = claim.dispute or (open_disputes(claim.events).earliest if claim.disputed else None)
    if since is not None:
        days = (claim.as_of - since.date).days
        if days > policy.dispute_max_days:
            kind = FlagKind.DISPUTE_TOO_LONG
            found.append(Flag(kind, kind, day=since.date, days=days, limit=policy.dispute_max_days))
    if claim.disputed and since is not None:
        kind = FlagKind.DISPUTED_INVOICES
        wording = "disputed_invoices_apart" if claim.disputed_apart else "disputed_invoices"
        # Credited in full, they keep nothing: what payments naming them paid went to the others (claims.kept).
        passed = passed_on(claim, *(invoice.number for invoice in claim.disputed))
        if len(claim.disputed_credited_in_full) == len(claim.disputed):
            # the credit notes are the answer: it is to be recorded
            wording = "disputed_invoices_credited_paid" if passed else "disputed_invoices_credited"
        numbers = ", ".join(invoice.number for invoice in claim.disputed)
        # Its amount is the disputed invoices' own principal open, not the rest the claim chases.
        disputed = sum((claim.disputed_open(invoice) for invoice in claim.disputed), ZERO)
        found.append(Flag(kind, wording, amount=disputed, paid=passed or None, day=since.date, invoices=numbers))
    return found


def paused_key(claim: Claim) -> str:
    """What holds a paused claim's steps back, as words.PAUSED names it: its status (a dispute, a promise, a plan on
    schedule); with `_costs` when collection costs are owed all the same. A pause holds our letters back, not a
    day the law set: a final notice's term runs on (a plan agreed in it does not stop its costs), and a
    business's costs from the due date come as they do; said as paused alone, it read as if nothing ran."""
    costs = claim.costs
    owed = costs.state == CostsState.CHARGED and costs.amount > 0
    return f"{claim.status}_costs" if owed else str(claim.status)


def postponed_key(claim: Claim) -> str | None:
    """What words.PAUSED names a dossier waiting for a `postpone` by (the step it moved not due yet): who asked for
    the wait by role, or staff's own ("postponed"); None when no wait holds the next step back. Its badge says it
    waits, as a promise's or a plan's does, not "Loopt" (the step and its day are in the next column)."""
    action = claim.next_action
    if is_closed(claim) or action is None or action.postponed is None or action.due <= claim.as_of:
        return None
    pause = action.postponed
    if pause.asked_by is None:
        return "postponed"
    if pause.asked_by == PauseAsker.DEBTOR:
        return "postponed_debtor"
    acted = claim.debtor.on(pause.date).representative
    return "postponed_earlier" if acted is None else f"postponed_{acted.role}"


def missing_contact(debtor: Debtor, calls: bool = True) -> str | None:
    """Which way to reach the debtor is missing (email, phone or both), or None. A phone is missing only where
    one is needed, beside a step that `calls`: a business that writes by e-mail and post needs none, and was
    told of every debtor without one."""
    email, phone = debtor.contact.email, debtor.contact.phone
    if not email and not debtor.contact.address:
        # No letter can go out at all, whatever the phone: that is what to mend first.
        return "missing_everything" if not phone else "missing_letters"
    needs_phone = calls and not phone
    if not email and needs_phone:
        return "missing_email_phone"
    if not email:
        return "missing_email"
    if needs_phone:
        return "missing_phone"
    return None


def flags(
    claim: Claim,
    policy: Policy,
    doubted: bool = False,
    returns: BankReturns = NO_RETURNS,
    notes: Sequence[DossierNote] = (),
    first_seen: date | None = None,
) -> tuple[Flag, ...]:
    """What needs a look beyond the next step; a closed claim raises only a credit to refund, a refund that
    came back, and its notes.

    `doubted`: a payment written in the dossier file looks like a bank entry that counts too
    (bank.reconcile's LOOKS_LIKE): its credit may be that double count, to check before refunding.
    `returns`: what the bank sent back of the dossier's money.
    `notes`: the dossier's notes (claims.dossier_notes.dossier_notes), flagged last (`note_flags`).
    `first_seen`: the day a build first saw the dossier, where known (letters.due.first_seen_days)."""
    found = []
    credit = claim.settlement.credit
    if small_credit(claim):  # a few cents: said once, quietly, among the last signals
        found.append(Flag(FlagKind.SMALL_CREDIT, FlagKind.SMALL_CREDIT, amount=credit, minimum=SMALL_CREDIT))
    elif credit > 0:  # an overpayment is the debtor's money: refund or set off
        found.append(Flag(FlagKind.CREDIT, "credit_doubt" if doubted else FlagKind.CREDIT, amount=credit))
    found += [_refund_returned(back) for back in returns.refunds]
    after = _paid_after_write_off(claim)
    if after is not None:
        found.insert(0, after)
    if is_closed(claim):
        return (*found, *note_flags(claim, notes))
    returned = _payment_returned(claim, returns)
    if returned is not None:
        found.append(returned)
    paid_part = part_payment(claim, calls=policy.calls)
    if paid_part is not None:
        found.append(paid_part)
    over = _passed_on_over(claim)
    if over is not None:
        found.append(over)
    found += _agreement_flags(claim)
    found += _dispute_flags(claim, policy)
    silence = _no_contact(claim, policy, first_seen)
    if silence is not None:
        found.append(silence)
    step = claim.next_action
    missing = missing_contact(claim.debtor, calls=step is not None and step.kind == ActionKind.CALL)
    if missing is not None:
        found.append(Flag(FlagKind.MISSING_CONTACT, missing))
    rest = small_rest(claim, policy)
    if rest is not None:
        found.append(rest)
    return (*found, *note_flags(claim, notes))


def note_flags(claim: Claim, notes: Sequence[DossierNote]) -> tuple[Flag, ...]:
    """The dossier's notes as flags: those about its next step (a final notice that can only go by e-mail,
    costs above the staffel before the handover) in one, to read before taking it, the others in another."""
    before, rest = by_next_step(notes, claim)
    found = []
    if before and claim.next_action is not None:
        kind = FlagKind.NOTE_BEFORE_STEP
        found.append(Flag(kind, kind, notes=before, step=str(claim.next_action.kind)))
    if rest:
        found.append(Flag(FlagKind.DOSSIER_NOTE, FlagKind.DOSSIER_NOTE, notes=rest))
    return tuple(found)


def _paid_after_write_off(claim: Claim) -> Flag | None:
    """What was paid after the claim was written off (claims.assess counts it against the figures of that
    day): the debtor paid after all, and a written-off claim gets no page or letter that would say so."""
    written_off = earliest(claim.events, EventType.WRITTEN_OFF)
    if written_off is None:
        return None
    late = [p.payment.amount for p in claim.settlement.payments if p.payment.date > written_off.date]
    if not late:
        return None
    kind = FlagKind.PAID_AFTER_WRITE_OFF
    # Only money beyond what was owed is to refund: a part payment just lowered the debt.
    wording = f"{kind}_credit" if claim.settlement.credit > 0 else kind
    return Flag(kind, wording, amount=sum(late, ZERO), day=written_off.date)


def _passed_on_over(claim: Claim) -> Flag | None:
    """More recorded as passed on since the handover than came in since (a key too many, say): the task to pass
    on goes quietly, and so would the next payment's, which nothing would then pass on."""
    over = [h for h in handed_money(claim) if h.passed > sum((p.amount for p in h.received), ZERO)]
    if not over:
        return None
    kind, handed = FlagKind.PASSED_ON_OVER, over[-1]
    came_in = sum((p.amount for p in handed.received), ZERO)
    return Flag(kind, kind, amount=handed.passed, paid=came_in, day=handed.handover.date)


def _refund_returned(back: RefundReturned) -> Flag:
    kind = FlagKind.REFUND_RETURNED
    return Flag(kind, kind, amount=back.amount, day=back.refunded, returned=SentBack(back.due, back.reason))


def _payment_returned(claim: Claim, returns: BankReturns) -> Flag | None:
    """The latest payment the bank took back, until staff are in touch with the debtor after it (a call, a
    letter: claims.assess's contact): else the next letter is the first the debtor hears that the money went
    back, and a claim it had paid is chased as if nothing came. Not once the agency or the court has the
    claim: no letter of ours follows."""
    if claim.stage in HANDED_OVER:
        return None
    latest = max(returns.payments, key=lambda p: p.returned, default=None)
    if latest is None:
        return None
    if claim.last_contact is not None and claim.last_contact > latest.returned:
        return None
    kind = FlagKind.PAYMENT_RETURNED
    returned = SentBack(latest.returned, latest.reason)
    return Flag(kind, kind, amount=latest.amount, day=latest.paid, returned=returned)


# The steps whose letter chases what is left: before one goes, a part payment since the last letter is put to staff
# (FlagKind.PART_PAYMENT). Not a call (that is the step), nor a plan's instalment reminder (its own signals).
LETTER_STEPS = (ActionKind.REMINDER, ActionKind.DUNNING, ActionKind.FINAL_NOTICE, ActionKind.HANDOVER)


def part_payment(claim: Claim, calls: bool = True) -> Flag | None:
    """The debtor paid part since our last letter (on its day or after: a payment of that day may have crossed
    it), and the next step, due today, is a chasing letter: the first they would read since paying, asking the rest
    with costs or a handover in view. Legal, but a creditor keeping the customer may call first, or send a friendly
    note: the signal says so and holds nothing back (the letter is written; staff decide).

    Counted from the last letter, not over a number of days: the letter to go is what the payment is news to,
    however long its step waited, and a payment the last letter already answered is none. Not for a payment
    under a promise or a plan (`_under_agreement`: their own signals), nor one that paid all that was due on its
    day (`_paid_all_due`: what is chased now fell due after it), nor once staff were in touch after it (a call, a
    note sent: `last_contact`), nor before the step is due."""
    step = claim.next_action
    if is_closed(claim) or claim.paused or step is None or step.kind not in LETTER_STEPS:
        return None
    if not step.is_due(claim.as_of):
        return None
    events = claim.events
    letter = max((e for e in events if e.type in ESCALATION_EVENTS), key=lambda e: e.date, default=None)
    # From the last letter, or later contact: staff in touch since (a call, a note sent) know of the payment.
    since = max((letter.date if letter else date.min, claim.last_contact or date.min))
    parts = [
        applied.payment
        for applied in claim.settlement.payments
        if since <= applied.payment.date <= claim.as_of
        and _pays_the_claim(applied)
        and not _under_agreement(claim, applied.payment.date)
        and not _paid_all_due(claim, applied)
    ]
    if not parts or _as_agreed(claim, letter, parts):
        return None
    kind = FlagKind.PART_PAYMENT
    wording = f"{kind}_more" if len(parts) > 1 else str(kind)
    wording = wording if letter is not None else f"{wording}_unwritten"
    return Flag(
        kind,
        # No phone number, or a creditor who never `calls`: a call is no option, a friendly note (by e-mail or
        # post) is.
        wording if claim.debtor.contact.phone and calls else f"{wording}_write",
        amount=sum((p.amount for p in parts), ZERO),
        day=max(p.date for p in parts),
        count=len(parts),
        since=letter.date if letter is not None else None,
        step=str(step.kind),
        letter=str(letter.type) if letter is not None else None,
    )


def _as_agreed(claim: Claim, letter: Event | None, parts: list[Payment]) -> bool:
    """Whether the part payments are what a call since the last letter agreed: together at least the `amount` the
    latest such call recorded. Staff who agreed it expect it, and called already: no surprise to chase. Less is
    still said (the debtor paid less than agreed), as is a payment after a call that recorded no amount (what was
    said is in its note, which no build reads). The parts are all on or after that call: they count from the
    last contact (`part_payment`)."""
    after = letter.date if letter is not None else date.min
    calls = [e for e in claim.events if e.type == EventType.CALL and e.amount is not None and e.date >= after]
    agreed = max(calls, key=lambda e: e.date, default=None)
    return agreed is not None and agreed.amount is not None and sum((p.amount for p in parts), ZERO) >= agreed.amount


def _pays_the_claim(applied: PaymentApplied) -> bool:
    """Whether some of a payment went to what is chased: not all kept with the disputed invoices it named (the
    dispute's signals speak of those), nor all credit."""
    return any(share.to in (Share.COSTS, Share.INTEREST, Share.PRINCIPAL) for share in applied.allocations)


def _under_agreement(claim: Claim, day: date) -> bool:
    """Whether a payment of `day` went to a promise or a plan: made on or after its day and by its promised day or
    last instalment's; or later, to a broken promise or a plan in arrears, before the first letter after it (their
    own signals, Toezegging niet nagekomen and Regeling achter, speak of it). So did one to a settlement before it
    ended: paid, missed or called off (Minnelijk akkoord vervallen says what came in)."""
    accord = claim.accord
    if accord is not None and accord.event.date <= day and (accord.ended_on is None or day < accord.ended_on):
        return True
    events = claim.events
    behind = [a.event for a in (claim.promise, claim.plan) if a is not None and _behind(a)]
    for agreed in (e for e in events if e.type in (EventType.PROMISE, EventType.ARRANGEMENT)):
        if day < agreed.date:
            continue
        ends = [i.due for i in agreed.installments] + [agreed.promised_date or agreed.date]
        if day <= max(ends):
            return True
        if agreed in behind and not any(e.type in ESCALATION_EVENTS and agreed.date < e.date <= day for e in events):
            return True
    return False


def _behind(agreement: Promise | Plan) -> bool:
    if isinstance(agreement, Promise):
        return agreement.state == PromiseState.BROKEN
    return agreement.state == PlanState.IN_ARREARS


def _paid_all_due(claim: Claim, applied: PaymentApplied) -> bool:
    """Whether a payment paid all that was due on its day (something went to credit, or no principal of the invoices
    due by then was left; before any was due, of those issued by then): no part payment, what is chased now fell
    due after it. Payments go to costs and interest before principal (art. 6:44 BW), so no principal left is all."""
    if any(share.to == Share.CREDIT for share in applied.allocations):
        return True
    settlement, day = claim.settlement, applied.payment.date
    due = [b for b in settlement.invoices if b.invoice.due <= day] or [
        b for b in settlement.invoices if b.invoice.date <= day
    ]
    return all(settlement.principal_open_on(b, day + timedelta(days=1)) <= 0 for b in due)


def _agreement_flags(claim: Claim) -> list[Flag]:
    found = []
    promise = claim.promise
    if promise is not None and promise.state == PromiseState.BROKEN and not _acted_on(claim, promise.promised_date):
        kind = FlagKind.BROKEN_PROMISE
        found.append(Flag(kind, kind, amount=promise.amount, day=promise.event.promised_date, paid=promise.paid))
    accord = claim.accord
    if (
        accord is not None
        and accord.lapsed
        and accord.ended_on
        and not _acted_on(claim, accord.ended_on - timedelta(days=1))
    ):
        found.append(_lapse_flag(claim, accord))
    plan = claim.plan
    # An instalment the plan's confirmation asks by a later day (it came too late to pay on its own) is not missed
    # before that day: the page and the letter say so, and no signal says otherwise (Claim.asked_later).
    later = claim.asked_later.instalments if claim.asked_later is not None else ()
    missed = [i for i in plan.missed if i not in later] if plan is not None else []
    if plan is not None and plan.state == PlanState.IN_ARREARS and missed:
        # Every missed instalment counts: naming the first alone hid the later ones the arrears include.
        kind = FlagKind.PLAN_IN_ARREARS
        wording = _ARREARS_WORDING[plan.arrears_kind]
        found.append(Flag(kind, wording, amount=plan.arrears, day=missed[0].installment.due, count=len(missed)))
    return found + _awaiting_bank(claim)


def _lapse_flag(claim: Claim, accord: Accord) -> Flag:
    """A settlement lapsed: what was missed and when, as the page says it (statement.steps.lapse_said). By one day,
    the agreed sum by `pay_by`; in instalments, the instalment's own day and amount, with the grace it had and that
    grace's last day (the lapse's day follows it): not the grace's last day as if the whole sum were due by then.
    Whom to tell: the counsellor or administrator who acts for the debtor, else the debtor alone."""
    kind = FlagKind.SETTLEMENT_LAPSED
    missed = accord.lapsed_instalment
    wording = f"{kind}_instalment" if missed is not None else str(kind)
    wording += "" if claim.debtor.representative is not None else "_debtor"
    last = accord.ended_on - timedelta(days=1) if accord.ended_on is not None else None
    if missed is None:
        return Flag(kind, wording, amount=accord.amount, day=last, paid=accord.paid)
    days, part = accord.grace_for(missed.due), missed.amount
    return Flag(kind, wording, amount=accord.amount, day=missed.due, paid=accord.paid, part=part, days=days, since=last)


# The sentence for a plan in arrears (words.FLAG_DETAIL): one instalment unpaid, one paid in part, or more.
_ARREARS_WORDING = {
    ArrearsKind.UNPAID: "plan_in_arrears",
    ArrearsKind.PART: "plan_in_arrears_part",
    ArrearsKind.MORE: "plan_in_arrears_more",
    ArrearsKind.MORE_PART: "plan_in_arrears_more",
}


def _acted_on(claim: Claim, day: date) -> bool:
    """Whether staff recorded the next letter after `day` (a broken promise's): the signal has done its
    work then, and the dossier's history keeps it. A call does not count: it may come before the bank
    statements show the promise broken (the debtor says they paid), and the letter is what acts on it;
    once the agency or the court has the claim no letter of ours follows, and a call is what staff do."""
    acting = (*ESCALATION_EVENTS, EventType.CALL) if claim.stage in HANDED_OVER else ESCALATION_EVENTS
    return any(event.type in acting and event.date > day for event in claim.events)


def _awaiting_bank(claim: Claim) -> list[Flag]:
    """A promise or instalment whose day has passed, a final notice's term, or a settlement's call-off, not judged
    because the bank statements read end before it (claims.agreements, claims.assess): staff read the later
    statements in before anything else."""
    kind, seen = FlagKind.AWAITS_BANK, claim.payments_until
    accord = claim.accord
    if accord is not None and accord.ended and accord.ended_on is not None and accord.ended_on > seen:
        # Called off on a day not read yet: no step till it is (claims.escalation._awaiting_call_off); replaced by a
        # promise or a plan, theirs go on, and paid that day the new agreement asks nothing (statement.steps).
        replaced = claim.status in (Status.PROMISE, Status.ARRANGEMENT)
        said = "awaits_bank_settlement_replaced" if replaced else "awaits_bank_settlement_ended"
        return [Flag(kind, said, amount=accord.left, day=accord.ended_on, seen=seen)]
    if claim.status == Status.SETTLEMENT:
        running = _settlement_unseen(claim, claim.running_accord, seen)
        if running is not None:
            return [running]
    if claim.term_unseen is not None:
        # With VAT on the costs (policy.costs_vat) the amount says so: else it reads as the staffel's.
        said = "awaits_bank_notice_vat" if claim.costs.vat > 0 else "awaits_bank_notice"
        # The page asks them already (claims.demand.term_costs_on_top): not "geen kosten" beside it.
        said += "_page" if term_costs_on_top(claim) > 0 else ""
        return [Flag(kind, said, amount=claim.costs.amount, day=claim.term_unseen, seen=seen)]
    promise = claim.promise
    if promise is not None and promise.state == PromiseState.PENDING and promise.promised_date < claim.as_of:
        return [Flag(kind, "awaits_bank_promise", amount=promise.amount, day=promise.promised_date, seen=seen)]
    plan = claim.plan
    unseen = [i for i in plan.installments if i.state == InstallmentStatus.UNSEEN] if plan is not None else []
    if unseen:
        first = unseen[0]
        return [Flag(kind, "awaits_bank_installment", amount=first.open, day=first.installment.due, seen=seen)]
    return []


def _settlement_unseen(claim: Claim, accord: Accord, seen: date) -> Flag | None:
    """A running settlement's day passed that the statements read do not reach, as a plan's instalment's: its
    `pay_by` (the page's undecided top, claims.demand.settlement_undecided), an instalment's day, or the last day of
    a missed one's grace (claims.accord: not settled, not lapsed, till they do). Its check is due
    (escalation.settlement_check), but what it looks for is in statements not read."""
    kind, missed = FlagKind.AWAITS_BANK, accord.missed
    if missed is not None:  # the day it was missed is read; the last day that keeps the settlement is not
        if not seen < accord.pay_by < claim.as_of:
            return None
        due, last = missed.installment.due, accord.pay_by
        said = "awaits_bank_settlement_sum_grace" if accord.missed_sum else "awaits_bank_settlement_grace"
        return Flag(kind, said, amount=missed.open, day=due, since=last, seen=seen)
    if accord.plan is not None:
        unseen = [i for i in accord.plan.installments if i.state == InstallmentStatus.UNSEEN]
        if not unseen:
            return None
        first = unseen[0]
        return Flag(kind, "awaits_bank_settlement_installment", amount=first.open, day=first.installment.due, seen=seen)
    undecided = settlement_undecided(claim)
    if undecided is None:
        return None
    day, left = undecided
    return Flag(kind, "awaits_bank_settlement", amount=left, day=day, seen=seen)


def awaits_contact(claim: Claim, policy: Policy) -> bool:
    """Whether silence from us means someone should act: an open claim with something overdue that
    we still chase ourselves, not paused, whose next step is due (or that has none planned).

    Not for a plan on schedule, a promise not yet due or an open dispute (the dispute has its own
    signal once its answer time has passed), nor once the agency or the court has the claim, nor
    while the policy or staff have set the next step for a later day, nor below the chase minimum.
    """
    if is_closed(claim) or claim.paused or claim.stage in NO_CONTACT_EXEMPT_STAGES:
        return False
    if claim.days_overdue == 0 or claim.total_due < policy.chase_minimum:
        return False
    action = claim.next_action
    return action is None or action.is_due(claim.as_of)


# A payment without the reference, or a second one on its way, may still come in days after the last (or after
# the due date): a small rest is put to staff once the last payment, and the due date, are a week old.
SMALL_REST_AFTER_DAYS = 7


def small_rest(claim: Claim, policy: Policy) -> Flag | None:
    """A rest below the chase minimum that nothing chases or awaits: no letter follows (claims.escalation), so
    staff decide to leave it (the debtor may still pay) or write it off. Only with something overdue, nothing
    else running (no promise, plan or dispute, no step planned, not with the agency or the court), a week
    after the last payment and the oldest open due date (`SMALL_REST_AFTER_DAYS`), and not while a `postpone`
    staff wrote runs (one no letter or settlement came after): leaving it until a day is recorded that way."""
    if claim.status != Status.ACTIVE or claim.disputed or claim.stage in HANDED_OVER or claim.next_action:
        return None
    if not ZERO < claim.total_due < policy.chase_minimum or claim.amount_overdue <= 0:
        return None
    paid = claim.last_payment_day
    since = max((day for day in (paid, claim.oldest_open_due) if day is not None), default=date.min)
    if (claim.as_of - since).days < SMALL_REST_AFTER_DAYS:
        return None
    left = standing_postpone(claim.events)  # a wait asked before a settlement ended with it
    if left is not None and left.until is not None and left.until > claim.as_of:
        return None
    kind = FlagKind.SMALL_REST
    wording = kind if paid is not None else f"{kind}_unpaid"
    return Flag(kind, wording, amount=claim.total_due, day=paid, minimum=policy.chase_minimum)


def _no_contact(claim: Claim, policy: Policy, first_seen: date | None = None) -> Flag | None:
    """Silence longer than `no_contact_days` since the last contact, counted at most from the day the
    oldest unpaid invoice fell overdue (contact about an invoice paid long ago is not this claim's), and
    from the day a build first saw the dossier (`first_seen`): no one here could contact them before."""
    if not awaits_contact(claim, policy):
        return None
    limit, overdue, last = policy.no_contact_days, claim.days_overdue, claim.last_contact
    since_last = None if last is None else (claim.as_of - last).days
    silence = overdue if since_last is None else min(since_last, overdue)
    if first_seen is not None:
        silence = min(silence, (claim.as_of - first_seen).days)
    if silence <= limit:
        return None
    # A plan on schedule or a promise still to come needed no contact: the silence counts from its end (an
    # agreement or a dispute is contact itself, so there is a last contact to name).
    resumed = pause_ended(policy, claim, claim.events)
    days = None if resumed is None else (claim.as_of - resumed).days + 1
    if days is not None and days < silence and last is not None:
        if days <= limit:
            return None
        accord = claim.accord
        held = accord is not None and accord.undone and accord.ended_on == resumed
        wording = "no_contact_since_settlement" if held else "no_contact_since_pause"
        return Flag(FlagKind.NO_CONTACT, wording, day=last, since=resumed, days=days, limit=limit)
    if last is None:
        return Flag(FlagKind.NO_CONTACT, "no_contact_never", days=overdue, limit=limit)
    if since_last is not None and since_last > overdue:
        return Flag(FlagKind.NO_CONTACT, "no_contact_before_due", day=last, days=overdue, limit=limit)
    return Flag(FlagKind.NO_CONTACT, FlagKind.NO_CONTACT, day=last, days=silence, limit=limit)


DOSSIER_DIR = "d"


def dossier_path(debtor_id: str) -> str:
    """The staff page of a dossier; ids hold only [A-Za-z0-9._-] and start alphanumeric (load.py)."""
    return f"{DOSSIER_DIR}/{debtor_id}.html"


def personal_link(public_url: str, path: str) -> str:
    """The debtor's link: the site's address + the page's path, or the bare path when none is set."""
    base = (public_url or "").rstrip("/")
    return f"{base}/{path}" if base else path


def personal_links(
    claims: Iterable[Claim], policy: Policy, public_url: str, path_of: Callable[[Claim], str]
) -> dict[str, str]:
    """Each debtor's personal link by id; "" for a debtor without a public page (statement_visible).

    `path_of(claim)` is the page's path in the public output (it holds the secret token).
    """
    return {c.debtor.id: personal_link(public_url, path_of(c)) if statement_visible(c, policy) else "" for c in claims}


@init_by_slots
@dataclass(frozen=True, slots=True)
class Row:
    """A claim with what the staff pages show beside it."""

    claim: Claim
    flags: tuple[Flag, ...]
    dossier: str  # path of its dossier page from the internal root
    link: str  # the personal link, "" when the debtor has no page
    returns: BankReturns = NO_RETURNS  # what the bank sent back of the dossier's money
    notes: tuple[DossierNote, ...] = ()  # what the build's log notes on it (claims.dossier_notes)
    review: DisputeReview | None = None  # the answer due to a dispute of invoices open too long (dispute_review)

    @property
    def id(self) -> str:
        return self.claim.debtor.id


def staff_rows(
    claims: Iterable[Claim],
    policy: Policy,
    links: dict[str, str],
    doubted: Collection[str] = (),
    returns: Mapping[str, BankReturns] | None = None,
    notes: Mapping[str, tuple[DossierNote, ...]] | None = None,
    first_seen: Mapping[str, date] | None = None,
) -> tuple[Row, ...]:
    """One row per claim, in the order given; `links` as personal_links returns them; `doubted` the
    debtors with a written payment that looks like a bank entry (see `flags`); `returns` what the bank
    sent back, by debtor id; `notes` each dossier's notes by debtor id (none: left out); `first_seen` the
    day a build first saw each dossier, where known."""
    back, noted, seen = returns or {}, notes or {}, first_seen or {}
    return tuple(
        _row(
            c,
            policy,
            links,
            c.debtor.id in doubted,
            back.get(c.debtor.id, NO_RETURNS),
            noted.get(c.debtor.id, ()),
            seen.get(c.debtor.id),
        )
        for c in claims
    )


def _row(
    claim: Claim,
    policy: Policy,
    links: dict[str, str],
    doubted: bool,
    returns: BankReturns,
    notes: tuple[DossierNote, ...],
    first_seen: date | None = None,
) -> Row:
    debtor_id = claim.debtor.id
    found = flags(claim, policy, doubted, returns, notes, first_seen)
    review = dispute_review(claim, policy)
    return Row(claim, found, dossier_path(debtor_id), links[debtor_id], returns, notes, review)


def signals(rows: Iterable[Row]) -> list[tuple[Flag, Row]]:
    """Every flag: by kind (FLAG_KINDS order), then the larger amount first.

    A closed claim's only flags are a credit to refund and a refund that came back (see flags): they are
    listed too.
    """
    return sorted(((f, r) for r in rows for f in r.flags), key=lambda fr: signal_order(*fr))


def signal_order(flag: Flag, row: Row) -> tuple[int, Decimal, str]:
    """The signals: by kind (FLAG_KINDS order), then the larger amount first."""
    return (FLAG_KINDS.index(flag.kind), -row.claim.total_due, row.id)
