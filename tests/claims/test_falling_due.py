"""The instalments of a plan that fall due by the day a letter or page gives to pay, and what they add to the
amount asked now: one rule (claims.demand) that the letter's terms and the page's totals both say."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay, asked_by, falling_due_by, falling_due_sum
from incasso.law.money import ZERO
from tests.support.ledgers import event, invoice, one_debtor_ledger

MISSED_ON = date(2026, 3, 3)  # the plan's first instalment (1 March) is missed; the second is on 10 March


def _claim(tmp_path, owed: int):
    """A plan of 600.00 (1 March) and 650.00 (10 March) for an invoice of `owed`, as of 3 March."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 650}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=[invoice(amount=owed)])
    return assess(ledger, ledger.debtors[0], MISSED_ON)


def test_the_instalments_falling_due_by_the_day_add_their_open_sum(tmp_path):
    claim = _claim(tmp_path, 2000)
    assert amount_to_pay(claim) == Decimal("600.00")
    assert [i.installment.due for i in falling_due_by(claim, date(2026, 3, 16))] == [date(2026, 3, 10)]
    assert falling_due_sum(claim, date(2026, 3, 16)) == Decimal("650.00")


@pytest.mark.parametrize("day", [date(2026, 3, 9), MISSED_ON])
def test_nothing_is_added_before_the_next_instalment_falls_due(tmp_path, day):
    claim = _claim(tmp_path, 2000)
    assert falling_due_by(claim, day) == ()
    assert falling_due_sum(claim, day) == ZERO


def test_a_plan_above_what_is_owed_adds_no_more_than_the_total_leaves(tmp_path):
    """A plan of 1,250.00 for 1,000.00 owed: the second instalment adds only what is left above the 600.00."""
    claim = _claim(tmp_path, 1000)
    left = claim.total_due - amount_to_pay(claim)
    assert ZERO < left < Decimal("650.00")
    assert falling_due_sum(claim, date(2026, 3, 16)) == left


@pytest.mark.parametrize(
    "as_of, asked, day",
    [
        (date(2026, 2, 20), "600.00", date(2026, 3, 1)),  # none due yet: the next instalment, by its own day
        (date(2026, 3, 1), "600.00", None),  # due today: asked now
        (MISSED_ON, "600.00", None),  # missed: asked now
        (date(2026, 3, 5), "600.00", None),  # missed, the next not yet due: the missed one, now
    ],
)
def test_the_amount_asked_has_a_day_of_its_own_only_while_it_is_not_due(tmp_path, as_of, asked, day):
    """The totals name it with this day; else the rest of the total reads as what is due now."""
    plan = [{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 650}]
    events = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 10), "arrangement", installments=plan)]
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=[invoice(amount=2000)])
    claim = assess(ledger, ledger.debtors[0], as_of)
    assert (amount_to_pay(claim), asked_by(claim)) == (Decimal(asked), day)


@pytest.mark.parametrize(
    "amount, as_of, day",
    [
        ("500.00", date(2026, 2, 12), date(2026, 2, 28)),  # a part, its day ahead
        ("500.00", date(2026, 2, 28), date(2026, 2, 28)),  # a part, promised for today
        (None, date(2026, 2, 12), None),  # the whole balance: the total itself, nothing beside it
    ],
)
def test_a_part_promised_is_asked_by_the_day_promised(tmp_path, amount, as_of, day):
    promise = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 28), amount=amount)
    if amount is None:
        del promise["amount"]
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 5), "reminder"), promise])
    assert asked_by(assess(ledger, ledger.debtors[0], as_of)) == day
