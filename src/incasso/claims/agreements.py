"""Promises to pay and payment plans, and how each is going on a date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from incasso.claims.disputes import disputed_invoices, open_disputes, without
from incasso.claims.settlement import Settlement, Share, settle
from incasso.claims.states import ArrearsKind, InstallmentStatus, PlanState, PromiseState
from incasso.claims.timing import cost_moment
from incasso.law.money import ZERO
from incasso.ledger.model import Debtor, Event, EventType, Installment, Ledger, Payment, ReturnedPayment, latest

# Instalments the page asks for now: due today, missed, or (on schedule) due on a day whose payments are
# not read yet. A plan in arrears asks what it missed: an unseen one may well be paid, and is not demanded.
ASKED = (InstallmentStatus.DUE, InstallmentStatus.OVERDUE, InstallmentStatus.UNSEEN)
ASKED_IN_ARREARS = (InstallmentStatus.DUE, InstallmentStatus.OVERDUE)
DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Promise:
    """A promise to pay `amount` by `promised_date`, and what was paid towards it in that window."""

    event: Event
    promised_date: date
    amount: Decimal
    paid: Decimal
    state: PromiseState
    # Whether it was a promise of part of the balance of its day: a named amount that left at least the chase
    # minimum of that balance unpromised (the confirmation says what is left after it). Kept, what is left goes
    # on from the stage reached; a promise of the whole (also a named amount a few cents short of it) leaves
    # only interest, reminded friendly first (claims.escalation).
    of_part: bool = False
    # A named amount above that whole balance (4000.00 typed for 400.00): no one pays more than is owed, so it
    # is a promise of the whole, kept by that balance; said in a note (claims.dossier_notes), and never told the
    # debtor as the sum promised: the balance is not what they promised, the amount written is not owed.
    more_than_owed: bool = False

    @property
    def whole_balance(self) -> bool:
        """Whether the debtor promised the whole balance rather than a named part of it."""
        return self.event.amount is None or self.more_than_owed


@dataclass(frozen=True, slots=True)
class InstallmentState:
    installment: Installment
    paid: Decimal
    state: InstallmentStatus

    @property
    def open(self) -> Decimal:
        return self.installment.amount - self.paid


@dataclass(frozen=True, slots=True)
class Plan:
    event: Event
    installments: tuple[InstallmentState, ...]
    state: PlanState
    # Whether, completed, it was a plan of part of the balance of its day: its instalments left at least the chase
    # minimum of that balance out (one invoice of several, the principal without the costs). What is left then goes
    # on from the stage reached, as after a promise of part; a plan of the whole leaves a remainder, reminded
    # friendly first (claims.escalation). Counted only for a completed plan: False while it runs.
    of_part: bool = False
    # Each instalment's day and the day it counts as missed from instead, where the bank took back after its day a
    # payment that had filled it: the day the bank booked that return (`plan_counted_from`). A letter written
    # before then (a reminder of it, before the payment came) does not stand for that miss.
    restarted: tuple[tuple[date, date], ...] = ()
    # How long after a missed instalment's day it is reminded of (policy.reminder_after_days): a return on or after
    # that day asks a reminder of its own, of the day after it (`missed_since`).
    remind_after: int = 0
    # Each `restarted` instalment's day and the day the bank booked the payment taken back, where the statements say
    # it (`payments_booked`): booked before the return's day, the build of that day saw the instalment paid.
    booked: tuple[tuple[date, date], ...] = ()

    def counts_from(self, due: date) -> date:
        """The day an instalment of day `due` is missed from: its own, or the return's (`restarted`)."""
        return dict(self.restarted).get(due, due)

    def missed_since(self, missed: InstallmentState) -> date:
        """The first day a letter about the miss of `missed` can be: the day after its own, or the day the bank
        booked the return that un-paid it (the build that reads the return writes its reminder that night). A return
        on or after the day the instalment's own reminder falls, of a payment not read before the return's day
        (`reminder_may_cross`), the day after it: each build from that day up to the one of the day the payment was
        booked may have written that reminder before it read the payment (booked late), saying the instalment was not
        received, and staff record it as a reminder of the day they send it, up to the return's day itself. It crossed
        the payment: were the return's reminder of that day too, that record would stand for it, and the debtor would
        never be told the payment came back (until s61 for a return on the reminder's own day, until s64 for one on a
        later day). So the return's is a letter of the next day, whichever build reads it."""
        due = missed.installment.due
        start = self.counts_from(due)
        if start == due:
            return due + DAY
        return start + DAY if reminder_may_cross(due, start, self.remind_after, self.booked_on(due)) else start

    def booked_on(self, due: date) -> date | None:
        """The day the bank booked the payment of the instalment of day `due` that it took back; None if not known."""
        return dict(self.booked).get(due)

    @property
    def last_due(self) -> date:
        """The day the last instalment is due."""
        return max(i.installment.due for i in self.installments)

    @property
    def due_now(self) -> Decimal:
        asked = ASKED_IN_ARREARS if self.state == PlanState.IN_ARREARS else ASKED
        return sum((i.open for i in self.installments if i.state in asked), ZERO)

    @property
    def arrears(self) -> Decimal:
        return sum((i.open for i in self.installments if i.state == InstallmentStatus.OVERDUE), ZERO)

    @property
    def next_open(self) -> InstallmentState | None:
        return next((i for i in self.installments if i.state != InstallmentStatus.PAID), None)

    @property
    def missed(self) -> tuple[InstallmentState, ...]:
        """The instalments past their day unpaid (in part or whole): one reminder may ask more than one, and the page,
        the reminder and the staff's next step then speak of them in the plural (statement.tables.several_missed)."""
        return tuple(i for i in self.installments if i.state == InstallmentStatus.OVERDUE)

    @property
    def first_missed(self) -> InstallmentState | None:
        return next((i for i in self.installments if i.state == InstallmentStatus.OVERDUE), None)

    @property
    def next_installment(self) -> InstallmentState:
        """The first instalment not paid in full: every plan has one until it is completed."""
        upcoming = self.next_open
        if upcoming is None:
            raise ValueError(f"{self.event.source}: a completed plan has no next instalment")
        return upcoming

    @property
    def missed_installment(self) -> InstallmentState:
        """The first overdue instalment: every plan in arrears has one."""
        missed = self.first_missed
        if missed is None:
            raise ValueError(f"{self.event.source}: a plan not in arrears has no missed instalment")
        return missed

    @property
    def arrears_kind(self) -> ArrearsKind:
        """Whether only the first missed instalment is overdue, or later ones too; and whether part of them was paid
        (the page and the reminder say "nog niet betaald" only when nothing was)."""
        if self.arrears > self.missed_installment.open:
            return ArrearsKind.MORE_PART if self.missed_paid > 0 else ArrearsKind.MORE
        return ArrearsKind.PART if self.missed_paid > 0 else ArrearsKind.UNPAID

    @property
    def missed_paid(self) -> Decimal:
        """What was paid of the missed instalments: the part the page and the reminder name."""
        return sum((i.paid for i in self.missed), ZERO)


@dataclass(frozen=True, slots=True)
class Ended:
    """A promise or plan that no longer counts: a later agreement, a handover or a legal step ended it on
    `on`, and it is judged as it stood that day (a promise replaced before its day stays pending)."""

    agreement: Promise | Plan
    on: date


# What ends an earlier agreement: a later promise ends a promise (a plan does not: a promise made during a plan,
# to pay its arrears, leaves it standing), a later plan ends both, and so does a settlement (claims.accord: it
# replaces what was agreed before; lapsed, the whole claim comes back, not the old plan), a handover or a legal step.
_ENDS_PROMISE = (EventType.PROMISE, EventType.ARRANGEMENT, EventType.SETTLEMENT, EventType.HANDOVER, EventType.LEGAL)
_ENDS_PLAN = (EventType.ARRANGEMENT, EventType.SETTLEMENT, EventType.HANDOVER, EventType.LEGAL)


def ended_agreements(
    ledger: Ledger, debtor: Debtor, events: list[Event], current: tuple[Promise | None, Plan | None], seen_until: date
) -> tuple[Ended, ...]:
    """Every promise and plan in `events` but the ones that count now (`current`, from `agreements`), in the
    file's order, each judged on the day it ended, on the payments read up to `seen_until`. Only `agreements`'
    latest ones count for the claim; the change list tells from these what became of one made, and ended,
    between two builds (kept, broken, behind) that no build saw as the one that counts."""
    standing = {id(a.event) for a in current if a is not None}  # by identity: two lines may be written alike
    ended = []
    for index, event in enumerate(events):
        if event.type not in (EventType.PROMISE, EventType.ARRANGEMENT) or id(event) in standing:
            continue
        on = _ended_on(event, events[index + 1 :])
        if on is None:  # standing, yet not the one that counts: not an agreement of this claim's
            continue
        if event.type == EventType.PROMISE:
            ended.append(Ended(promise_progress(ledger, debtor, event, on, seen_until), on))
        else:
            paid = [
                p
                for p in payments_counted(ledger, _counted_on(ledger, debtor, event.date, on), on)
                if event.date <= p.date
            ]
            ended.append(Ended(plan_progress(event, paid, on, seen_until), on))
    return tuple(ended)


def _ended_on(agreed: Event, after: list[Event]) -> date | None:
    """The day the first later event that ends `agreed` happened; a plan agreed on the promise's own day
    does not end it (agreements: the plan replaces only a promise made before it)."""
    ends = _ENDS_PROMISE if agreed.type == EventType.PROMISE else _ENDS_PLAN
    for event in after:
        if event.type not in ends:
            continue
        if agreed.type == EventType.PROMISE and event.type == EventType.ARRANGEMENT and event.date <= agreed.date:
            continue
        return event.date
    return None


def agreements(
    ledger: Ledger, debtor: Debtor, events: list[Event], as_of: date, seen_until: date
) -> tuple[Promise | None, Plan | None]:
    """The latest payment plan, and the latest promise made after it, with how each is going.

    A promise made during a plan (to pay the arrears, say) pauses the steps while
    it runs, and the plan stays; a plan agreed after a promise replaces the promise.
    A day after `seen_until` (the last day whose payments are read: see `assess.payments_until`)
    is not judged: a promise or instalment due then is not missed until its payments can be seen.
    """
    plan_event = _still_standing(events, latest(events, EventType.ARRANGEMENT))
    promise_event = _still_standing(events, latest(events, EventType.PROMISE))
    plan = None
    if plan_event is not None:
        agreed_for = _counted_on(ledger, debtor, plan_event.date, as_of)  # as a promise: what the page asked then
        paid = [p for p in payments_counted(ledger, agreed_for, as_of) if plan_event.date <= p.date]
        plan = plan_progress(plan_event, paid, as_of, seen_until)
        returned = [
            r for r in ledger.bank_returned.get(debtor.id, ()) if plan_event.date <= r.paid and r.returned <= as_of
        ]
        if restarted := plan_counted_from(plan_event, paid, returned):
            remind_after = ledger.creditor.policy.reminder_after_days
            booked = payments_booked(restarted, returned)
            plan = replace(plan, restarted=restarted, remind_after=remind_after, booked=booked)
        if plan.state == PlanState.COMPLETED:
            plan = replace(plan, of_part=_plan_of_part(ledger, debtor, plan, paid, as_of))
        if promise_event is not None and promise_event.date < plan_event.date:
            promise_event = None
    if promise_event is None:
        return None, plan
    return promise_progress(ledger, debtor, promise_event, as_of, seen_until), plan


def _plan_of_part(ledger: Ledger, debtor: Debtor, plan: Plan, paid: list[Payment], as_of: date) -> bool:
    """Whether `plan`'s instalments left at least the chase minimum of the balance of the day it was agreed out,
    counted as a promise's (`promise_progress`): that day's payments, which pay its instalments, added back."""
    on_the_day = sum((p.amount for p in paid if p.date == plan.event.date), ZERO)
    balance = balance_on_promise_day(ledger, debtor, plan.event, as_of).total_due + on_the_day
    agreed = sum((i.installment.amount for i in plan.installments), ZERO)
    return balance - agreed >= ledger.creditor.policy.chase_minimum


def _still_standing(events: list[Event], agreed: Event | None) -> Event | None:
    """`agreed`, unless a handover or legal step came after it: the file went to the agency or the
    court because the agreement failed, and whatever is agreed from then on is agreed with them. A settlement
    after it replaced it (claims.accord)."""
    if agreed is None:
        return None
    after = events[events.index(agreed) + 1 :]
    ends = (EventType.HANDOVER, EventType.LEGAL, EventType.SETTLEMENT)
    return None if any(e.type in ends for e in after) else agreed


def promise_progress(ledger: Ledger, debtor: Debtor, event: Event, as_of: date, seen_until: date) -> Promise:
    """What was paid towards a promise in its window, and whether it is kept, broken or pending
    (also after its day, while that day's payments cannot be seen yet)."""
    promised_date = event.promised_date
    if promised_date is None:  # the ledger refuses a promise without one
        raise ValueError(f"{event.source}: a promise needs its promised_date")
    promised_for = _counted_on(ledger, debtor, event.date, as_of)
    since = [p for p in payments_counted(ledger, promised_for, as_of) if event.date <= p.date]
    window = sum((p.amount for p in since if p.date <= promised_date), ZERO)
    # The whole balance on the day of the promise, before what was paid that day: the window counts that day's
    # payments towards the promise, and the settlement has taken them off already, so they are added back.
    on_the_day = sum((p.amount for p in since if p.date == event.date), ZERO)
    balance = balance_on_promise_day(ledger, debtor, event, as_of).total_due + on_the_day
    more_than_owed = event.amount is not None and event.amount > balance
    amount = balance if event.amount is None or more_than_owed else event.amount
    of_part = balance - amount >= ledger.creditor.policy.chase_minimum
    if window >= amount:
        state = PromiseState.KEPT
    elif promised_date < as_of and promised_date <= seen_until:
        state = PromiseState.BROKEN
    else:
        state = PromiseState.PENDING
    return Promise(event, promised_date, amount, window, state, of_part, more_than_owed)


def balance_on_promise_day(ledger: Ledger, debtor: Debtor, event: Event, as_of: date) -> Settlement:
    """The dossier's figures on the day of a promise (or a plan: `event`'s day), as a promise of the whole amount
    counts them: the credit notes known on `as_of` count, also those dated after it (what they credit was never
    owed)."""
    promised_for = _written_by(_counted_on(ledger, debtor, event.date, as_of), event.date)
    return settle(
        ledger.creditor, promised_for, event.date, cost_moment(ledger.creditor, event.date), credited_by=as_of
    )


def _written_by(debtor: Debtor, day: date) -> Debtor:
    """`debtor` without the invoices dated after `day`, kept apart as a disputed one is (claims.disputes.without):
    an agreement made on `day` could not be for an invoice not yet written, so it is no part of that day's balance,
    and a plan or promise of all of it is not one "of part" because of it."""
    later = tuple(i for i in debtor.invoices if i.date > day)
    if not later:
        return debtor
    written = tuple(i for i in debtor.invoices if i.date <= day)
    return replace(debtor, invoices=written, set_apart=debtor.set_apart + later)


def _counted_on(ledger: Ledger, debtor: Debtor, day: date, as_of: date) -> Debtor:
    """`debtor` as the dossier was counted on `day`: also without the invoices disputed apart then
    (claims.disputes), unless nothing else was open. A promise made then was for what the page asked
    that day; the dispute's answer since does not make it a promise of the disputed invoice too."""
    disputes = open_disputes(debtor.events_until(day))
    if disputes.whole is not None:
        return debtor
    then = without(debtor, disputed_invoices(debtor, disputes))
    if len(then.invoices) == len(debtor.invoices):
        return debtor
    rule = cost_moment(ledger.creditor, day)
    left = settle(ledger.creditor, then, day, rule, credited_by=as_of)
    return then if left.total_due > 0 or left.principal_open > 0 else debtor  # as claims.assess counts it


def payments_counted(ledger: Ledger, debtor: Debtor, until: date) -> list[Payment]:
    """The payments up to `until` as they pay `debtor`'s invoices, towards a promise or a plan: what one
    kept apart for an invoice the dossier is counted without (claims.disputes.without) is not among them
    (while that invoice is disputed the debtor's choice of it binds, art. 6:43 lid 1 BW); only what it
    paid of the others counts, and one that kept all of it does not count."""
    payments = [p for p in debtor.payments if p.date <= until]
    if not debtor.set_apart or not any(p.named for p in payments):
        return payments
    settlement = settle(ledger.creditor, debtor, until, cost_moment(ledger.creditor, until))
    kept = {
        id(applied.payment): sum((a.amount for a in applied.allocations if a.to == Share.DISPUTED), ZERO)
        for applied in settlement.payments
    }
    counted = []
    for payment in payments:
        apart = kept.get(id(payment), ZERO)
        if apart < payment.amount:
            counted.append(replace(payment, amount=payment.amount - apart) if apart else payment)
    return counted


def plan_progress(event: Event, payments: list[Payment], as_of: date, seen_until: date) -> Plan:
    """Payments since the plan was agreed fill its instalments in date order."""
    available = sum((p.amount for p in payments), ZERO)
    states = []
    for installment in sorted(event.installments, key=lambda i: i.due):
        paid = min(available, installment.amount)
        available -= paid
        states.append(InstallmentState(installment, paid, _installment_status(installment, paid, as_of, seen_until)))
    if all(s.state == InstallmentStatus.PAID for s in states):
        overall = PlanState.COMPLETED
    elif any(s.state == InstallmentStatus.OVERDUE for s in states):
        overall = PlanState.IN_ARREARS
    else:
        overall = PlanState.ON_SCHEDULE
    return Plan(event, tuple(states), overall)


def plan_counted_from(
    event: Event, paid: list[Payment], returned: list[ReturnedPayment]
) -> tuple[tuple[date, date], ...]:
    """Each instalment of the plan `event` whose payment the bank took back after its day (`returned`), with the day
    the bank booked that return: filled the day before it and no longer on it, the instalment is missed from then, as
    a settlement's is (claims.accord.counted_from), however late it was paid. A reminder written before that payment
    came (of the instalment then unpaid) was answered by it: the miss from the return is a new one, told by a reminder
    of its own that says the payment was taken back, and the steps after it wait a reminder's interval from that
    one, not from the reminder the debtor had already acted on. A return on or before the instalment's day leaves it
    its own day."""
    starts = []
    needed = ZERO
    for installment in sorted(event.installments, key=lambda i: i.due):
        needed += installment.amount
        start = installment.due
        for day in sorted({r.returned for r in returned if r.returned > start}):
            if met_by(paid, returned, needed, day - DAY, day) and not met_by(paid, returned, needed, day, day + DAY):
                start = day
        if start != installment.due:
            starts.append((installment.due, start))
    return tuple(starts)


def reminder_may_cross(due: date, start: date, remind_after: int, booked: date | None = None) -> bool:
    """Whether a reminder of the missed term of day `due` (a plan's instalment, a settlement's), counted from `start`
    (the day the bank booked the return of the payment that had met it: `plan_counted_from`,
    claims.accord.counted_from), may have been written on that day before the return was read: its own reminder's day
    (`remind_after` days after it) came no later than the return's day, and the payment was not read before it. A
    build reads the bank statements up to the day before its own, so each build from the reminder's day up to the one
    of the day the payment was booked saw the term unpaid (paid in time, booked two days late or ten), and wrote its
    reminder, saying the term was not received and asking by its own last day; booked on the return's day (on one
    statement with it), the last of them is of the return's day itself. The debtor had paid, so that letter crossed
    their payment; the return undid the payment, not their answer to it, and tells them nothing: the return's
    reminder is another letter, whatever the number of days (a settlement's: letters.due, `Event.of_return`; a
    plan's, a step staff record: a letter of the day after the return, `Plan.missed_since`). `booked`: the day the
    bank booked the payment, where known (`payments_booked`); booked before the return's day, the build of that day
    saw the term paid and wrote no reminder of it. Taken back before its own reminder's day, no build wrote one."""
    if start == due or start < reminded_after(due, remind_after):
        return False
    return booked is None or booked >= start


def payments_booked(
    restarted: tuple[tuple[date, date], ...], returned: list[ReturnedPayment]
) -> tuple[tuple[date, date], ...]:
    """Each instalment's day of `restarted` (`plan_counted_from`) and the day the bank booked the payments it took back
    on the day that instalment counts from: the latest, where it is known of each (`ReturnedPayment.booked`: as the
    statements read say it, or a build read it before they were archived); none where one is not (its statement
    archived before any build into the staff output read it, a `check` without it: `reminder_may_cross`)."""
    found = []
    for due, start in restarted:
        days = [r.booked for r in returned if r.returned == start]
        if days and all(day is not None for day in days):
            found.append((due, max(day for day in days if day is not None)))
    return tuple(found)


def reminded_after(due: date, days: int) -> date:
    """The day a term of day `due` missed is reminded of, `days` after it: at least the day after (on its own day it
    is not missed yet)."""
    return due + timedelta(days=max(days, 1))


def met_by(payments: list[Payment], returned: list[ReturnedPayment], needed: Decimal, by: date, kept: date) -> bool:
    """Whether what came in by `by` reaches `needed`: the payments that stay, and those taken back only on `kept` or
    later (still there on the day before)."""
    stays = sum((p.amount for p in payments if p.date <= by), ZERO)
    there = sum((r.amount for r in returned if r.paid <= by and r.returned >= kept), ZERO)
    return stays + there >= needed


def _installment_status(installment: Installment, paid: Decimal, as_of: date, seen_until: date) -> InstallmentStatus:
    if paid >= installment.amount:
        return InstallmentStatus.PAID
    if installment.due < as_of:
        return InstallmentStatus.OVERDUE if installment.due <= seen_until else InstallmentStatus.UNSEEN
    if installment.due == as_of:
        return InstallmentStatus.DUE
    return InstallmentStatus.UPCOMING
