"""A settlement (minnelijk akkoord): the creditor accepts part of the claim as full and final once it is paid.

Agreed on a day (`settlement` event), for the whole claim: paid by one day (`pay_by`) or in instalments. While it runs
the claim's figures stay those of its day (no new interest or costs: the agreement fixes the sum), no step is taken,
and the page asks the agreed amount less what was paid since. Paid in full in time, the claim is settled: closed, the
rest remitted. Missed, it lapses, as such agreements say: the whole claim comes back less what was paid, with the
interest and costs as if it had never been agreed, and the steps go on from the stage reached (docs/computation.md,
"A settlement"). Called off by agreement (`settlement_ended`: the debtor and the creditor agree it is off, or replace it
by a plan), it ends on that day the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from incasso.claims.agreements import (
    InstallmentState,
    Plan,
    balance_on_promise_day,
    met_by,
    plan_progress,
    reminded_after,
    reminder_may_cross,
)
from incasso.claims.states import AccordState, InstallmentStatus
from incasso.claims.timing import later_abroad
from incasso.law.money import ZERO
from incasso.ledger.model import (
    Creditor,
    Debtor,
    Event,
    EventType,
    Installment,
    Ledger,
    Payment,
    ReturnedPayment,
    latest,
)

DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Accord:
    """The latest settlement and how it stands on the claim's day."""

    event: Event
    # The claim's total on the settlement's day, before that day's payments (they count towards it, as a promise's).
    owed: Decimal
    paid: Decimal  # paid since its day, that day included, up to the claim's day
    state: AccordState
    # The day it ended: settled, the day the payment that completed it came; lapsed, the day after the missed term;
    # ended by agreement, the `settlement_ended`'s day.
    ended_on: date | None
    plan: Plan | None  # in instalments: how they go (as a payment plan's)
    grace_days: int  # how long an instalment may stay unpaid past its day before the settlement lapses
    # How long after a missed instalment's day it is reminded of (policy.reminder_after_days, as a plan's).
    remind_after: int = 0
    # Each instalment's day and the last day of its grace, where that is not `grace_days` after it: its reminder
    # written later than its day, or posted abroad, arrives later, and the grace waits as many days more (`grace_ends`).
    longer: tuple[tuple[date, date], ...] = ()
    # Each instalment's day and the day its grace counts from instead, where the bank took back a payment that had met
    # its term after its day: the day the bank booked that return (`counted_from`). Its reminder counts from then too.
    restarted: tuple[tuple[date, date], ...] = ()
    # An earlier settlement that still ran on this one's day: one too many (claims.checks refuses it).
    beside: Event | None = None
    # Lapsed in instalments: the day of the instalment whose term was missed (`_missed_term`).
    missed_due: date | None = None

    def grace_end(self, due: date) -> date:
        """The last day an instalment of day `due` may be paid and keep the settlement (claims.accord.grace_ends)."""
        return dict(self.longer).get(due, due + timedelta(days=self.grace_days))

    def counts_from(self, due: date) -> date:
        """The day an instalment of day `due` (or the sum's `pay_by`) is missed from: its own, or the day the bank
        booked the return of the payment that had met its term (`counted_from`)."""
        return dict(self.restarted).get(due, due)

    def grace_for(self, due: date) -> int:
        """The days of grace an instalment of day `due` has: `grace_days`, or more when its reminder was written late
        or goes abroad."""
        return (self.grace_end(due) - due).days

    @property
    def amount(self) -> Decimal:
        """The agreed sum that closes the claim."""
        if self.event.amount is None:  # the ledger refuses a settlement without one
            raise ValueError(f"{self.event.source}: a settlement needs its amount")
        return self.event.amount

    @property
    def remitted(self) -> Decimal:
        """What the creditor lets go of once the agreed sum is paid (kwijtgescholden). Money beyond the sum is a
        credit to refund (claims.settlement.settle's `agreed`), never a part of the claim both paid and remitted."""
        return self.owed - self.amount

    @property
    def left(self) -> Decimal:
        """What is still to pay of the agreed sum."""
        return max(self.amount - self.paid, ZERO)

    @property
    def last_day(self) -> date:
        """The day the agreed sum is to be paid in full: `pay_by`, or the last instalment's day."""
        if self.event.pay_by is not None:
            return self.event.pay_by
        return max(i.due for i in self.event.installments)

    @property
    def due_now(self) -> Decimal:
        """What the page and its QR code ask: the rest of the sum; in instalments, those due or missed, else
        the next."""
        plan = self.plan
        if plan is None:
            return self.left
        if plan.due_now > 0:
            return min(plan.due_now, self.left)
        upcoming = plan.next_open
        return min(upcoming.open, self.left) if upcoming is not None else self.left

    @property
    def asked_by(self) -> date:
        """The day what is asked now is to be paid by: `pay_by`, or the next open instalment's day."""
        plan = self.plan
        upcoming = plan.next_open if plan is not None else None
        return upcoming.installment.due if upcoming is not None else self.last_day

    @property
    def missed(self) -> InstallmentState | None:
        """The first instalment past its day and not paid in full (on the statements read), while it runs: unless it
        is paid within `grace_days` of its day, the settlement lapses. By one day (`pay_by`), the agreed sum as one
        term, once the bank took back after that day a payment that had met it (`counted_from`): missed from the
        return, it keeps the settlement until the last day of its grace (`pay_by`), as an instalment does."""
        if self.state != AccordState.RUNNING:
            return None
        if self.plan is None:
            return self._sum_missed()
        return next((i for i in self.plan.installments if i.state == InstallmentStatus.OVERDUE), None)

    def _sum_missed(self) -> InstallmentState | None:
        """The agreed sum by `pay_by` as a missed term, where it counts from a return (`counts_from`)."""
        day = self.event.pay_by
        if day is None or self.counts_from(day) == day:
            return None
        return InstallmentState(Installment(day, self.amount, self.event.source), self.paid, InstallmentStatus.OVERDUE)

    @property
    def missed_sum(self) -> bool:
        """Whether what is missed is the agreed sum by `pay_by` (its payment taken back), not an instalment."""
        return self.plan is None and self.missed is not None

    @property
    def pay_by(self) -> date:
        """The last day to pay what is asked now: `asked_by`, or for a missed instalment the last day of its grace
        (paid later, the settlement lapses): not "as soon as possible" beside a day that decides."""
        missed = self.missed
        return self.grace_end(missed.installment.due) if missed is not None else self.asked_by

    @property
    def reminder_day(self) -> date | None:
        """The day a missed instalment is reminded of: `remind_after` days after its day, as a plan's missed instalment,
        or, its payment taken back after it (`counts_from`), the return's day itself (`reminded_on`); None without one,
        or when that day is not before the settlement would lapse. A build that first sees it missed later writes it
        then, under this day (letters.due), and its grace counts from then (`Event.reminded`, `grace_ends`)."""
        missed = self.missed
        if missed is None:
            return None
        due = missed.installment.due
        start = self.counts_from(due)
        # Of a payment taken back, at once (`reminded_on`); else `remind_after` days after the term's day.
        day = start if start != due else reminded_after(due, self.remind_after)
        return day if day <= self.pay_by else None

    @property
    def lapsed_instalment(self) -> Installment | None:
        """Of a settlement in instalments that lapsed, the instalment whose term was missed: the day the page and
        staff name (its own, not the last day of its grace, which the lapse's day follows: `_missed_term`)."""
        if not self.lapsed or self.plan is None or self.ended_on is None:
            return None
        return next((i for i in self.event.installments if i.due == self.missed_due), None)

    @property
    def settled(self) -> bool:
        return self.state == AccordState.SETTLED

    @property
    def lapsed(self) -> bool:
        return self.state == AccordState.LAPSED

    @property
    def ended(self) -> bool:
        """Whether it was called off by agreement (`settlement_ended`)."""
        return self.state == AccordState.ENDED

    @property
    def undone(self) -> bool:
        """Lapsed or called off: the whole claim is back, as if it had never been agreed."""
        return self.state in (AccordState.LAPSED, AccordState.ENDED)

    @property
    def holds(self) -> bool:
        """Whether it sets the claim's figures: running or settled (a lapsed or ended one is as if never agreed)."""
        return not self.undone


def latest_settlement(events: list[Event]) -> Event | None:
    """The latest settlement, unless a handover or a legal step came after it: the file went to the agency or the
    court, and what is agreed from then on is agreed with them."""
    agreed = latest(events, EventType.SETTLEMENT)
    if agreed is None:
        return None
    after = events[events.index(agreed) + 1 :]
    return None if any(e.type in (EventType.HANDOVER, EventType.LEGAL) for e in after) else agreed


def called_off(events: list[Event], settlement: Event) -> Event | None:
    """The `settlement_ended` that called `settlement` off by agreement, if `events` hold one after it."""
    after = events[events.index(settlement) + 1 :]
    return next((e for e in after if e.type == EventType.SETTLEMENT_ENDED), None)


def accord_of(ledger: Ledger, debtor: Debtor, events: list[Event], as_of: date, seen_until: date) -> Accord | None:
    """The latest settlement in `events` and how it stands on `as_of`, judged on the payments read up to
    `seen_until` (a term whose payments are not all read has not lapsed). Called off by agreement, it is judged up
    to that day: paid or missed before it, it had ended then (claims.checks refuses the `settlement_ended`)."""
    event = latest_settlement(events)
    if event is None:
        return None
    since = [p for p in debtor.payments if event.date <= p.date <= as_of]
    on_the_day = sum((p.amount for p in since if p.date == event.date), ZERO)
    owed = balance_on_promise_day(ledger, debtor, event, as_of).total_due + on_the_day
    policy = ledger.creditor.policy
    grace, remind = policy.final_notice_term_days, policy.reminder_after_days
    returned = [r for r in ledger.bank_returned.get(debtor.id, ()) if event.date <= r.paid and r.returned <= as_of]
    starts = counted_from(ledger.creditor, debtor, event, since, returned)
    ends = grace_ends(ledger.creditor, debtor, event, starts)
    off = called_off(events, event)
    until = off.date if off is not None else as_of
    missed = _missed_term(event, since, ends, until, seen_until)
    paid = sum((p.amount for p in since), ZERO)
    plan = plan_progress(event, since, as_of, seen_until) if event.installments else None
    longer = tuple((due, end) for due, end in ends.items() if end != due + timedelta(days=grace))
    restarted = tuple((due, start) for due, start in starts.items() if start != due)
    accord = partial(
        Accord, event, owed, paid, plan=plan, grace_days=grace, remind_after=remind, longer=longer, restarted=restarted
    )
    beside = _running_before(ledger.creditor, debtor, events, event, ledger.bank_returned.get(debtor.id, ()))
    if missed is not None:
        missed_due = missed[1] if event.installments else None
        return accord(AccordState.LAPSED, missed[0], beside=beside, missed_due=missed_due)
    if event.amount is not None and sum((p.amount for p in since if p.date <= until), ZERO) >= event.amount:
        return accord(AccordState.SETTLED, _completed_on(since, event.amount), beside=beside)
    if off is not None:
        return accord(AccordState.ENDED, off.date, beside=beside)
    return accord(AccordState.RUNNING, None, beside=beside)


def grace_ends(
    creditor: Creditor, debtor: Debtor, event: Event, starts: dict[date, date] | None = None
) -> dict[date, date]:
    """Each instalment's day of the settlement `event` and the last day of its grace: `final_notice_term_days` after
    it, the tolerance the confirmation states. Its reminder (`reminder_due`) asks payment by that last day, and the
    grace counts from the day that reminder is written and read, as a reminder's term does elsewhere
    (claims.timing.step_after_letter): a reminder a build wrote later than its day, the bank statements that show the
    instalment missed having come in late (`Event.reminded`), would ask by a day as good as gone when it arrives
    (written on Monday 28 December 2026 for an instalment of the 15th, it asked by the 29th and arrived on the 30th);
    posted to an address abroad it arrives days later than within the Netherlands, and would ask by a day gone before
    it is read (a Wednesday's, ten PostNL delivery days, arrives after the 14 days). So the grace lasts as many days
    longer as the reminder was written later, and as it arrives later than at home (claims.timing.later_abroad, from
    the day it was written): its last day lies as long after the reminder as on time at home. No reminder (it would
    come after the grace), no days more. An instalment whose payment the bank took back after its day counts from the
    day the bank booked that return (`starts`, `counted_from`): its grace, and its reminder's, as from a day of its
    own, never ending before the grace it had. A later instalment's grace never ends before an earlier one's: what
    the page asks by the missed one's last day keeps the settlement until then. By one day (`pay_by`) there is no
    grace: only a sum missed from a return has one, from that return as an instalment's (`counted_from`)."""
    starts = starts or {}
    ends: dict[date, date] = {}
    if event.pay_by is not None:  # no grace, unless its payment was taken back after it: then from the return's day
        start = starts.get(event.pay_by, event.pay_by)
        return (
            {event.pay_by: _grace_end(creditor, debtor, event, start, returned=True)} if start != event.pay_by else ends
        )
    previous: date | None = None
    for installment in sorted(event.installments, key=lambda i: i.due):
        end = _grace_end(creditor, debtor, event, installment.due)
        start = starts.get(installment.due, installment.due)
        if start != installment.due:
            end = max(end, _grace_end(creditor, debtor, event, start, returned=True))
        ends[installment.due] = previous = end if previous is None else max(end, previous)
    return ends


def _grace_end(creditor: Creditor, debtor: Debtor, event: Event, start: date, *, returned: bool = False) -> date:
    """The last day of the grace of an instalment missed from `start` (its day, or, `returned`, the day its payment
    was taken back): `final_notice_term_days` after it, longer as its reminder was written late (`Event.reminded`, by
    the day it counts from: `reminded_on`) or posted abroad."""
    policy = creditor.policy
    end = start + timedelta(days=policy.final_notice_term_days)
    reminded = start if returned else reminder_due(creditor, start)
    if reminded > end:
        return end
    sent = max(dict(event.reminded).get(start, reminded), reminded)
    return end + (sent - reminded) + later_abroad(creditor, debtor, sent)


def counted_from(
    creditor: Creditor, debtor: Debtor, event: Event, since: list[Payment], returned: list[ReturnedPayment]
) -> dict[date, date]:
    """Each instalment's day of the settlement `event` and the day it counts as missed from: its own, or, where the bank
    took back (`returned`, booked after that day) a payment without which its term is no longer met while it was met the
    day before, the day the bank booked that return. Paid in time, the debtor had no day on which paying again would
    have kept the settlement: a return booked after the grace ended would make it lapse on a day gone before anyone
    knew, and one booked late in the grace would leave a day or two. So the instalment is missed from the return, as
    from a day of its own: its reminder (at once, written by the build that reads the return: `reminded_on`, saying the
    payment was taken back) and its grace count from then (`grace_ends`), and the settlement lapses only if no payment
    that stays comes in within it. Met the day before counts only what came in by the last day of its grace then: a
    payment after the grace found the settlement lapsed already. A settlement by one day (`pay_by`) the same, its sum
    one term without a grace: paid by that day and taken back after it, it is missed from the return, and has from then
    the grace an instalment has, so that there is always a day on which paying again keeps it."""
    starts = {}
    needed = ZERO
    for due, amount in _terms_days(event):
        needed += amount
        # By one day there is no grace: met means paid by `pay_by` itself.
        start, end = due, due if event.pay_by is not None else _grace_end(creditor, debtor, event, due)
        for day in sorted({r.returned for r in returned if r.returned > due}):
            if day <= start:
                continue
            if met_by(since, returned, needed, min(day - DAY, end), day) and not met_by(
                since, returned, needed, min(day, end), day + DAY
            ):
                start, end = day, max(end, _grace_end(creditor, debtor, event, day, returned=True))
        starts[due] = start
    return starts


def _terms_days(event: Event) -> list[tuple[date, Decimal]]:
    """Each day of the settlement `event` and what it asks by then: the sum by `pay_by`, or each instalment."""
    if event.pay_by is not None and event.amount is not None:
        return [(event.pay_by, event.amount)]
    return [(i.due, i.amount) for i in sorted(event.installments, key=lambda i: i.due)]


def reminded_on(creditor: Creditor, due: date, start: date) -> date:
    """The day the missed term of day `due`, counted from `start` (`counted_from`), is reminded of: `reminder_due`
    of its own day; of a payment the bank took back after it, the day the bank booked the return, at once, as a
    plan's instalment (claims.escalation._reminder_of). The debtor had the term's day already, and the return alone
    tells them nothing: the sooner the reminder says so, the more of the grace from the return they have to pay
    again, and a friendly letter is the mildest step there is (docs/computation.md, "A settlement")."""
    return start if start != due else reminder_due(creditor, due)


def return_reminder_apart(event: Event, due: date, start: date, remind_after: int) -> bool:
    """Whether the reminder of the settlement `event`'s term of day `due`, counted from `start` (`counted_from`), is
    the return's, another letter than any reminder of that term a build wrote before it read the return
    (claims.agreements.reminder_may_cross, the plan's rule too): `Event.of_return`, its key in the build's record
    apart (letters.due). By the days alone, not the day the payment was booked: a key stays the one it was night after
    night, and a mark where none crossed only keeps apart two letters of other days already. In instalments only: a
    sum by one day (`pay_by`) has no reminder of its own day to cross, only the one from its return."""
    return event.pay_by is None and reminder_may_cross(due, start, remind_after)


def reminder_due(creditor: Creditor, due: date) -> date:
    """The day a settlement's instalment of day `due`, missed, is reminded of: `reminder_after_days` after it (at
    least the day after), as a plan's missed instalment. The build that first sees it missed on or after that day
    writes the reminder (letters.due), under this day."""
    return reminded_after(due, creditor.policy.reminder_after_days)


def _running_before(
    creditor: Creditor, debtor: Debtor, events: list[Event], event: Event, returned: tuple[ReturnedPayment, ...]
) -> Event | None:
    """The settlement before `event` in `events` that still ran on its day: neither called off, nor paid or missed
    (on the payments known, a payment the bank took back by then counting its instalment from the return)."""
    at = events.index(event)
    earlier = [e for e in events[:at] if e.type == EventType.SETTLEMENT]
    if not earlier or called_off(events[:at], earlier[-1]) is not None:
        return None
    last = earlier[-1]
    ends = grace_ends(creditor, debtor, last, counted_before(creditor, debtor, last, event.date, returned))
    return None if ended_by(last, debtor.payments, ends, event.date) else last


def counted_before(
    creditor: Creditor, debtor: Debtor, event: Event, day: date, returned: tuple[ReturnedPayment, ...]
) -> dict[date, date]:
    """`counted_from` of the settlement `event` on what was known before `day` (the next settlement's): the payments
    since its day, and the returns the bank booked by then."""
    since = [p for p in debtor.payments if event.date <= p.date < day]
    back = [r for r in returned if event.date <= r.paid and r.returned < day]
    return counted_from(creditor, debtor, event, since, back)


def terms_of(event: Event, ends: dict[date, date]) -> list[tuple[date, Decimal, date]]:
    """Each day by which so much of the agreed sum must have come in, and the day it is for: `pay_by` and the sum; in
    instalments, each one's last day of grace (`grace_ends`), the instalments due by it and its own day. One missed
    term ends the settlement."""
    if event.pay_by is not None and event.amount is not None:  # its last day later only when counted from a return
        return [(ends.get(event.pay_by, event.pay_by), event.amount, event.pay_by)]
    terms, needed = [], ZERO
    for installment in sorted(event.installments, key=lambda i: i.due):
        needed += installment.amount
        terms.append((ends[installment.due], needed, installment.due))
    return terms


def _missed_term(
    event: Event, since: list[Payment], ends: dict[date, date], as_of: date, seen_until: date
) -> tuple[date, date] | None:
    """The day after the first term missed, and the day it was for: by its last day less came in than it asked. A
    term whose last day is today, or whose payments are not read yet, is not missed."""
    for last, needed, day in terms_of(event, ends):
        if last >= as_of or last > seen_until:
            return None
        if sum((p.amount for p in since if p.date <= last), ZERO) < needed:
            return last + DAY, day
    return None


def _completed_on(since: list[Payment], amount: Decimal) -> date | None:
    """The day of the payment that brought what was paid since the settlement up to its amount."""
    total = ZERO
    for payment in sorted(since, key=lambda p: p.date):
        total += payment.amount
        if total >= amount:
            return payment.date
    return None


def ended_by(event: Event, payments: tuple[Payment, ...], ends: dict[date, date], day: date) -> bool:
    """Whether the settlement `event` had ended before `day`: its agreed sum paid, or a term of it missed (on the
    payments known). A settlement agreed on `day` while it still runs is one too many (claims.checks)."""
    since = [p for p in payments if event.date <= p.date < day]
    if event.amount is not None and sum((p.amount for p in since), ZERO) >= event.amount:
        return True
    return _missed_term(event, since, ends, day, day) is not None
