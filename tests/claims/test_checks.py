"""The rules of a claim on a day: interest and costs may carry a claim past what one transfer can ask."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.checks import assess_ledger
from incasso.ledger.problems import LedgerError
from tests.support.ledgers import invoice, one_debtor_ledger

HUGE = invoice(amount=Decimal("900000000.00"), date=date(2023, 1, 2), due=date(2023, 2, 1))


def test_a_claim_within_one_transfer_is_assessed(tmp_path):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", type="business", invoices=[HUGE])
    (claim,) = assess_ledger(ledger, date(2023, 6, 1))
    assert claim.total_due < Decimal("999999999.99")


def test_interest_that_carries_the_amount_to_pay_past_one_transfer_is_a_problem_of_the_day(tmp_path):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", type="business", invoices=[HUGE])
    with pytest.raises(LedgerError) as refused:
        assess_ledger(ledger, date(2026, 6, 1))
    (debtor,) = ledger.debtors
    (problem,) = refused.value.problems
    assert str(problem).startswith(
        f"{debtor.source}: invoices: on 2026-06-01 the amount to pay, with interest and costs, is more than "
        "999999999.99, the most one bank transfer (an EPC QR code) can ask; split the claim over more than one "
        "dossier (got 1"
    )
