"""The fast allocation gives exactly what the plain reference gives, and walks each invoice a bounded number of times."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.claims.settlement import settle
from incasso.claims.timing import CostCheckpoint, CostPlan
from incasso.law.interest import InterestAccount
from tests.claims.reference_settlement import reference_settle
from tests.claims.test_settlement import D, creditor, debtor, make_invoice, make_payment

START = date(2024, 1, 1)
amounts = st.decimals(min_value=D("0.01"), max_value=D("3000"), places=2)
days = st.integers(min_value=0, max_value=900)


@st.composite
def busy_dossiers(draw):
    """Many invoices, many part-payments (some naming an invoice), due dates that tie."""
    n = draw(st.integers(min_value=1, max_value=25))
    invoices = [
        make_invoice(f"F{i:02d}", START + timedelta(days=draw(days)), draw(amounts), START + timedelta(days=draw(days)))
        for i in range(n)
    ]
    numbers = [i.number for i in invoices]
    payments = [
        make_payment(START + timedelta(days=draw(days)), draw(amounts), draw(st.none() | st.sampled_from(numbers)))
        for _ in range(draw(st.integers(min_value=0, max_value=40)))
    ]
    # Costs fixed at up to three checkpoints (a final notice's term, or each due date passed), each over
    # some invoices, with or without EUR 40 per late invoice at least.
    checkpoints = sorted(
        (START + timedelta(days=draw(days)), draw(st.sets(st.sampled_from(numbers), min_size=1)))
        for _ in range(draw(st.integers(min_value=0, max_value=3)))
    )
    minimum = draw(st.sampled_from([D("0"), D("40")]))
    rule = None
    if checkpoints:
        rule = lambda d: CostPlan(
            tuple(
                CostCheckpoint(day, tuple(i for i in d.invoices if i.number in covered)) for day, covered in checkpoints
            ),
            minimum,
        )
    as_of = START + timedelta(days=draw(st.integers(min_value=0, max_value=1200)))
    kind = draw(st.sampled_from(["consumer", "business"]))
    return creditor(draw(st.sampled_from(["statutory", "none"]))), debtor(invoices, payments, kind), as_of, rule


@pytest.mark.slow  # 400 busy dossiers: the longest search of the unit tests
@settings(max_examples=400, deadline=None)
@given(busy_dossiers())
def test_the_allocation_equals_the_reference(dossier):
    cred, deb, as_of, rule = dossier
    assert settle(cred, deb, as_of, rule) == reference_settle(cred, deb, as_of, rule)


def test_each_payment_steps_over_settled_invoices_only_once(monkeypatch):
    """300 invoices and 1,000 part-payments: the quadratic walk accrued interest about 150,000 times."""
    invoices = [make_invoice(f"F{k:04d}", START + timedelta(days=k), "100.00") for k in range(300)]
    payments = [make_payment(START + timedelta(days=40 + k // 4), "29.00") for k in range(1000)]
    accruals = 0
    accrue = InterestAccount.accrue

    def counted(self, principal, until):
        nonlocal accruals
        accruals += 1
        accrue(self, principal, until)

    monkeypatch.setattr(InterestAccount, "accrue", counted)
    s = settle(creditor("statutory"), debtor(invoices, payments, "business"), START + timedelta(days=400))
    assert s.principal_open > 0  # the payments did not cover everything: every one walked the list
    # One visit per invoice settled, one for the invoice that takes what is left, one final accrual each.
    assert accruals <= 2 * len(invoices) + 2 * len(payments)
