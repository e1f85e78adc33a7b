"""claims.agreements: a plan's instalment whose payment the bank took back, and the first day a letter of its miss can
be (s61: taken back on the very day its own reminder falls, the day after; s64: on any day after it too)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.agreements import InstallmentState, Plan, reminder_may_cross
from incasso.claims.states import InstallmentStatus, PlanState
from incasso.ledger.model import Event, EventType, Installment
from incasso.ledger.problems import Source

DUE = date(2026, 12, 15)


@pytest.mark.parametrize(
    ("start", "remind_after", "crossed"),
    [
        (date(2026, 12, 16), 1, True),  # its reminder falls the day after it: the return's day
        (date(2026, 12, 16), 0, True),  # on its own day it is not missed yet: reminded the day after all the same
        # The day after its reminder: the payment booked two days late, the builds of the 16th and the 17th may both
        # have written that reminder before they read it; until s64 False.
        (date(2026, 12, 17), 1, True),
        (date(2026, 12, 28), 1, True),  # however many days late
        (date(2026, 12, 20), 5, True),
        (date(2026, 12, 16), 5, False),  # before its reminder: no reminder of its own day was written
        (date(2026, 12, 19), 5, False),
        (DUE, 1, False),  # not counted from a return
    ],
)
def test_a_return_on_or_after_the_day_its_own_reminder_falls(start, remind_after, crossed):
    assert reminder_may_cross(DUE, start, remind_after) is crossed


def _plan(start: date, remind_after: int) -> tuple[Plan, InstallmentState]:
    installment = Installment(DUE, Decimal("625.00"), Source("debtors/D-1.yaml", 20, 9))
    missed = InstallmentState(installment, Decimal("0.00"), InstallmentStatus.OVERDUE)
    event = Event(
        date(2026, 11, 28), EventType.ARRANGEMENT, Source("debtors/D-1.yaml", 17, 5), installments=(installment,)
    )
    restarted = ((DUE, start),) if start != DUE else ()
    return Plan(event, (missed,), PlanState.IN_ARREARS, restarted=restarted, remind_after=remind_after), missed


@pytest.mark.parametrize(
    ("start", "remind_after", "since"),
    [
        (DUE, 1, date(2026, 12, 16)),  # missed on its own: the day after its day
        (date(2026, 12, 16), 5, date(2026, 12, 16)),  # taken back before its reminder's day: at once
        # Taken back on its reminder's day: a reminder of that day may have crossed the payment; until s61 the 16th.
        (date(2026, 12, 16), 1, date(2026, 12, 17)),
        # Taken back after its reminder's day: a reminder of any day up to the return's may have; until s64 the 17th.
        (date(2026, 12, 17), 1, date(2026, 12, 18)),
        (date(2026, 12, 20), 5, date(2026, 12, 21)),
    ],
)
def test_the_first_day_a_letter_of_its_miss_can_be(start, remind_after, since):
    plan, missed = _plan(start, remind_after)
    assert plan.missed_since(missed) == since


@pytest.mark.parametrize(
    ("booked", "crossed"),
    [
        (None, True),  # not known (written by staff, its statement archived): it may have been booked that day
        (date(2026, 12, 17), True),  # on the return's statement: the build of the 17th saw the instalment unpaid
        (date(2026, 12, 16), False),  # read by the build of the 17th: it saw the instalment paid, and wrote no reminder
    ],
)
def test_a_payment_read_before_the_return_s_day_was_crossed_by_no_reminder_of_that_day(booked, crossed):
    assert reminder_may_cross(DUE, date(2026, 12, 17), 1, booked) is crossed
