"""s57: an instalment reminded, paid late, and then taken back by the bank is missed again from the return; and a
reminder after a return comes at once, of a plan's instalment and of a settlement's alike (claims.agreements
.plan_counted_from, claims.escalation._reminder_of, claims.accord.reminded_on)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.escalation import crossed_reminder
from incasso.claims.states import ActionKind, Status
from incasso.ledger.model import ReturnedPayment
from tests.support.ledgers import event, one_debtor_ledger, payment

PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
REMINDED = event(date(2026, 12, 16), "reminder", channel="letter")
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
BACK = date(2027, 1, 5)
AFTER_BACK = date(2027, 1, 6)  # the first night that reads the return


def _assessed(tmp_path: Path, events: list[dict], paid: date, amount: str, on: date, *, remind_after: int = 1):
    """The claim on `on`, its payment of `amount` on `paid` taken back by the bank on BACK."""
    policy = {"reminder_after_days": remind_after}
    ledger = one_debtor_ledger(tmp_path, policy=policy, events=events)
    debtor = ledger.debtors[0]
    back = (ReturnedPayment("B1", Decimal(amount), paid, BACK, "AC04", None),)
    return assess(replace(ledger, bank_returned={debtor.id: back}), debtor, on)


def test_a_plans_instalment_reminded_paid_late_and_taken_back_is_reminded_again_not_dunned(tmp_path: Path) -> None:
    """The reminder of 16 December was answered by the payment of the 20th: the miss from the return is a new one.
    Until s57 the dunning letter was due at once (since 30 December, 14 days after that reminder). The return's
    reminder is a letter of the day after the return, the night that reads it (since s64, where nothing says when the
    payment was booked: a reminder recorded on the return's day may have been written before the payment was read,
    claims.agreements.reminder_may_cross); the one of the 16th did not cross the payment, which came after it."""
    claim = _assessed(tmp_path, [PLAN, REMINDED], date(2026, 12, 20), "625.00", BACK)
    assert claim.status == Status.ARRANGEMENT
    assert claim.running_plan.counts_from(date(2026, 12, 15)) == BACK
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, AFTER_BACK), action
    assert "taken back on 2027-01-05" in action.reason
    assert crossed_reminder(claim) is None


def test_after_the_new_reminder_the_steps_wait_a_reminders_interval_from_it(tmp_path: Path) -> None:
    again = event(AFTER_BACK, "reminder", channel="letter")
    claim = _assessed(tmp_path, [PLAN, REMINDED, again], date(2026, 12, 20), "625.00", date(2027, 1, 7))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.DUNNING, date(2027, 1, 20)), action


def test_a_payment_the_statements_show_read_before_the_return_is_reminded_on_the_return_s_day(tmp_path: Path) -> None:
    """Booked on 20 December, the day it was paid (as the statements say: ReturnedPayment.booked), the builds from the
    21st saw the instalment paid: none wrote a reminder of it, and one recorded on the return's day is the return's
    (a build that read that day's statement wrote it); its reminder is due on that day, as until s64."""
    ledger = one_debtor_ledger(tmp_path, policy={"reminder_after_days": 1}, events=[PLAN, REMINDED])
    debtor = ledger.debtors[0]
    paid = date(2026, 12, 20)
    back = (ReturnedPayment("B1", Decimal("625.00"), paid, BACK, "AC04", None, booked=paid),)
    ledger = replace(ledger, bank_returned={debtor.id: back})
    claim = assess(ledger, debtor, BACK)
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, BACK), action
    again = event(BACK, "reminder", channel="letter")
    recorded = one_debtor_ledger(tmp_path / "r", policy={"reminder_after_days": 1}, events=[PLAN, REMINDED, again])
    claim = assess(replace(recorded, bank_returned={debtor.id: back}), recorded.debtors[0], date(2027, 1, 7))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.DUNNING, date(2027, 1, 19)), action
    assert crossed_reminder(claim) is None


def test_a_reminder_recorded_on_the_return_s_day_is_not_the_return_s(tmp_path: Path) -> None:
    """The build of 5 January read the statements up to the 4th: a reminder of that day was written before the return
    was read, and tells nothing of it, where the payment may have been read only with the return (the statements do
    not say when it was booked): until s64 it stood for the return's, the dunning letter due on the 19th."""
    on_the_day = event(BACK, "reminder", channel="letter")
    claim = _assessed(tmp_path, [PLAN, REMINDED, on_the_day], date(2026, 12, 20), "625.00", date(2027, 1, 7))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, AFTER_BACK), action
    assert crossed_reminder(claim) == claim.events[-1]


def test_a_plans_instalment_paid_late_and_not_taken_back_keeps_its_reminder(tmp_path: Path) -> None:
    """Without a return the reminder before the payment still stands for the instalment (nothing restarts)."""
    ledger = one_debtor_ledger(
        tmp_path, events=[PLAN, REMINDED], payments=[payment(date=date(2026, 12, 20), amount=Decimal("625.00"))]
    )
    claim = assess(ledger, ledger.debtors[0], BACK)
    assert claim.running_plan.restarted == ()
    assert claim.next_action is not None and claim.next_action.kind == ActionKind.CHECK_INSTALLMENT


def test_a_reminder_after_a_return_comes_at_once_for_a_plan_and_for_a_settlement(tmp_path: Path) -> None:
    """With a reminder_after_days of 5, the instalment's own reminder waits 5 days after its day; after a return it
    comes the night the return is read, of a plan's instalment as of a settlement's (until s57 a settlement's came
    5 days after the return, a plan's at once). A plan's, a step staff record, is due from that night (since s64:
    its own reminder's day came before the return, and nothing says the payment was read before it); a settlement's
    is the return's day's, written that night."""
    plan = _assessed(tmp_path / "p", [PLAN], date(2026, 12, 14), "625.00", BACK, remind_after=5)
    assert plan.next_action is not None and plan.next_action.kind == ActionKind.REMIND_INSTALLMENT
    assert plan.next_action.due == AFTER_BACK
    accord = _assessed(tmp_path / "s", [SETTLEMENT], date(2026, 12, 14), "300.00", BACK, remind_after=5).accord
    assert accord is not None and accord.counts_from(date(2026, 12, 15)) == BACK
    assert accord.reminder_day == BACK
    assert accord.pay_by == date(2027, 1, 19)  # the grace from the return: 14 days, written on its day


# s61: the instalment of 15 December paid on the 15th but booked on the 16th, and taken back on the 16th: the day its
# own reminder falls (reminder_after_days 1). The build of the 16th, not yet reading the payment, wrote that reminder
# ("nog niet ontvangen"); staff sent it and recorded it. It crossed the payment.
PAID_IN_TIME, BACK_ON_REMINDER_DAY = date(2026, 12, 15), date(2026, 12, 16)


def _returned_on(tmp_path: Path, events: list[dict], back: date, on: date):
    """The claim on `on`, the plan's payment of 625.00 of the 15th taken back by the bank on `back`."""
    ledger = one_debtor_ledger(tmp_path, policy={"reminder_after_days": 1}, events=events)
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("625.00"), PAID_IN_TIME, back, "AC04", None),)
    return assess(replace(ledger, bank_returned={debtor.id: returned}), debtor, on)


def test_a_reminder_of_the_return_s_own_day_does_not_stand_for_the_return_s(tmp_path: Path) -> None:
    """Until s61 the reminder recorded on the 16th counted for the miss from the return: the dunning letter came next
    (on the 30th), and the debtor was never told their payment came back."""
    claim = _returned_on(tmp_path, [PLAN, REMINDED], BACK_ON_REMINDER_DAY, date(2026, 12, 17))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 17))
    assert "taken back on 2026-12-16" in action.reason
    assert crossed_reminder(claim) == claim.events[-1]


@pytest.mark.parametrize("recorded", [[PLAN], [PLAN, REMINDED]], ids=["none", "the one of its own day"])
def test_the_return_s_reminder_is_a_letter_of_the_day_after_the_return_whichever_build_reads_it(
    tmp_path: Path, recorded: list[dict]
) -> None:
    """A build of the 16th that read the return already (the statements of that day in) writes no reminder that night:
    one of the 16th is the one of its own day, and the return's would be taken for it."""
    claim = _returned_on(tmp_path, recorded, BACK_ON_REMINDER_DAY, BACK_ON_REMINDER_DAY)
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 17))
    assert not action.is_due(claim.as_of)


def test_once_the_return_s_reminder_is_recorded_the_dunning_letter_waits_from_it(tmp_path: Path) -> None:
    again = event(date(2026, 12, 17), "reminder", channel="letter")
    claim = _returned_on(tmp_path, [PLAN, REMINDED, again], BACK_ON_REMINDER_DAY, date(2026, 12, 18))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.DUNNING, date(2026, 12, 31)), action


def test_a_return_the_day_after_the_reminder_is_reminded_the_day_after_it_and_the_reminder_crossed(
    tmp_path: Path,
) -> None:
    """Taken back on the 17th, a day after the reminder of the 16th: the payment of the 15th was booked two days late,
    and the builds of the 16th and the 17th had not read it: that reminder crossed it, as one of the 16th does when the
    return is of the 16th. Until s64 the return's reminder was due on the 17th, and a reminder recorded on the 17th (the
    build of that day wrote it again, unrecorded) stood for it: the debtor was never told the payment came back."""
    claim = _returned_on(tmp_path / "16", [PLAN, REMINDED], date(2026, 12, 17), date(2026, 12, 18))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 18))
    assert crossed_reminder(claim) == claim.events[-1]
    on_the_return_s_day = event(date(2026, 12, 17), "reminder", channel="letter")
    claim = _returned_on(tmp_path / "17", [PLAN, on_the_return_s_day], date(2026, 12, 17), date(2026, 12, 18))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 18))
    assert crossed_reminder(claim) == claim.events[-1]


def test_a_reminder_before_the_payment_crossed_nothing(tmp_path: Path) -> None:
    """Paid on the 17th, after the reminder of the 16th, and taken back on the 18th: the payment answered that reminder,
    which is not said to cross it; the return's reminder is due the night that reads the return all the same."""
    ledger = one_debtor_ledger(tmp_path, policy={"reminder_after_days": 1}, events=[PLAN, REMINDED])
    debtor = ledger.debtors[0]
    returned = (ReturnedPayment("C1", Decimal("625.00"), date(2026, 12, 17), date(2026, 12, 18), "AC04", None),)
    claim = assess(replace(ledger, bank_returned={debtor.id: returned}), debtor, date(2026, 12, 19))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 19))
    assert crossed_reminder(claim) is None
