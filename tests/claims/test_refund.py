"""A credit paid back (a `refund` event): the settlement takes it off the credit, on its day after
that day's payments, never below zero; a refund of more than the credit is a problem of the ledger."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.checks import assess_ledger
from incasso.ledger.problems import LedgerError
from tests.support.ledgers import debtor_path, event, one_debtor_ledger, payment, valid_debtor, where

D = Decimal
PAID = date(2026, 3, 2)  # valid_debtor's invoice of 1250.00, due 4 February
OVERPAID = [payment(date=PAID, amount=D("1300.00"))]  # 50.00 too much


def claim_on(ledger, day):
    return assess(ledger, ledger.debtors[0], day)


def test_a_refund_takes_the_credit_off_and_is_kept(tmp_path):
    refund = event(date(2026, 3, 9), "refund", amount=D("50.00"), channel="email", note="Teruggestort via de bank.")
    ledger = one_debtor_ledger(tmp_path, payments=OVERPAID, events=[refund])
    before, after = claim_on(ledger, date(2026, 3, 8)), claim_on(ledger, date(2026, 3, 9))
    assert (before.settlement.credit, before.settlement.refunded) == (D("50.00"), 0)
    assert (after.settlement.credit, after.settlement.refunded) == (0, D("50.00"))
    assert after.status == "paid" and after.total_due == 0
    (applied,) = after.settlement.refunds
    assert (applied.credit_before, applied.refunded, applied.event.note) == (D("50.00"), D("50.00"), refund["note"])


def test_part_of_the_credit_refunded_leaves_the_rest(tmp_path):
    ledger = one_debtor_ledger(tmp_path, payments=OVERPAID, events=[event(date(2026, 3, 9), "refund", amount=20)])
    claim = claim_on(ledger, date(2026, 4, 1))
    assert (claim.settlement.credit, claim.settlement.refunded) == (D("30.00"), D("20.00"))


def test_a_refund_on_the_day_of_the_overpayment_counts_after_it(tmp_path):
    ledger = one_debtor_ledger(tmp_path, payments=OVERPAID, events=[event(PAID, "refund", amount=50)])
    (claim,) = assess_ledger(ledger, PAID)
    assert claim.settlement.credit == 0


def test_a_refund_of_more_than_the_credit_on_its_day_is_refused_with_its_place(tmp_path):
    # 10.00 refunded on the day of the overpayment leaves 40.00; 45.00 more a week later is 5.00 too much.
    events = [event(PAID, "refund", amount=10), event(date(2026, 3, 9), "refund", amount=45)]
    debtor = valid_debtor(payments=OVERPAID, events=events)
    ledger = one_debtor_ledger(tmp_path, payments=OVERPAID, events=events)
    claim = claim_on(ledger, date(2026, 3, 9))
    assert claim.settlement.credit == 0  # only the credit held is taken off: never below zero
    with pytest.raises(LedgerError) as refused:
        assess_ledger(ledger, date(2026, 3, 9))
    assert [str(p) for p in refused.value.problems] == [
        f"{debtor_path(tmp_path / 'ledger', debtor)}:{where(debtor, 'events[1]')}: events[1].amount: is more than the "
        "credit on 2026-03-09 (40.00): a refund pays back only what was paid too much (got 45.00)"
    ]
    assess_ledger(ledger, date(2026, 3, 8))  # not counted before its day


def test_a_refund_without_any_credit_is_refused(tmp_path):
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 3, 9), "refund", amount=D("12.50"))])
    with pytest.raises(LedgerError) as refused:
        assess_ledger(ledger, date(2026, 3, 9))
    assert "events[0].amount: is more than the credit on 2026-03-09 (0.00)" in str(refused.value)
