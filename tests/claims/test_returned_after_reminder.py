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


def _assessed(tmp_path: Path, events: list[dict], paid: date, amount: str, on: date, *, remind_after: int = 1):
    """The claim on `on`, its payment of `amount` on `paid` taken back by the bank on BACK."""
    policy = {"reminder_after_days": remind_after}
    ledger = one_debtor_ledger(tmp_path, policy=policy, events=events)
    debtor = ledger.debtors[0]
    back = (ReturnedPayment("B1", Decimal(amount), paid, BACK, "AC04", None),)
    return assess(replace(ledger, bank_returned={debtor.id: back}), debtor, on)


def test_a_plans_instalment_reminded_paid_late_and_taken_back_is_reminded_again_not_dunned(tmp_path: Path) -> None:
    """The reminder of 16 December was answered by the payment of the 20th: the miss from the return is a new one.
    Until s57 the dunning letter was due at once (since 30 December, 14 days after that reminder)."""
    claim = _assessed(tmp_path, [PLAN, REMINDED], date(2026, 12, 20), "625.00", BACK)
    assert claim.status == Status.ARRANGEMENT
    assert claim.running_plan.counts_from(date(2026, 12, 15)) == BACK
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, BACK), action
    assert "taken back on 2027-01-05" in action.reason


def test_after_the_new_reminder_the_steps_wait_a_reminders_interval_from_it(tmp_path: Path) -> None:
    again = event(BACK, "reminder", channel="letter")
    claim = _assessed(tmp_path, [PLAN, REMINDED, again], date(2026, 12, 20), "625.00", date(2027, 1, 7))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.DUNNING, date(2027, 1, 19)), action


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
    5 days after the return, a plan's at once)."""
    plan = _assessed(tmp_path / "p", [PLAN], date(2026, 12, 14), "625.00", BACK, remind_after=5)
    assert plan.next_action is not None and plan.next_action.kind == ActionKind.REMIND_INSTALLMENT
    assert plan.next_action.due == BACK
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


def test_a_return_the_day_after_the_reminder_is_reminded_at_once_and_crosses_nothing(tmp_path: Path) -> None:
    """Taken back on the 17th, a day after the reminder of the 16th: that one came before the payment, which answered
    it (as in s57), and the return's reminder is due at once, on the return's day."""
    claim = _returned_on(tmp_path, [PLAN, REMINDED], date(2026, 12, 17), date(2026, 12, 17))
    action = claim.next_action
    assert action is not None and (action.kind, action.due) == (ActionKind.REMIND_INSTALLMENT, date(2026, 12, 17))
    assert crossed_reminder(claim) is None
