"""What a payment naming an invoice disputed apart keeps for it, and whether the dispute's answer moves money.

A consumer with F-A (640.00, accepted) and F-B (1,180.00, disputed apart since 2026-02-09), both due
2026-02-04; on 2026-04-01 the debtor pays 1,500.00 naming F-B. While F-B is disputed, at most what it
"asks" is kept for it and the rest pays F-A (claims.settlement `_keep_apart`). Once the dispute is answered
(or nothing but F-B is open, and the dossier is counted whole) the payment pays F-B first by art. 6:44 BW:
its part of the costs, its interest, then its principal. What was kept must be what F-B takes then, or the
answer moves money off F-A after the page (and any letter) told the debtor what F-A was paid.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import InstallmentStatus
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

D = Decimal
INVOICES = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
]
REMINDED = event(date(2026, 2, 5), "reminder", channel="letter")
FINAL_NOTICE = event(date(2026, 2, 6), "final_notice", channel="letter")  # before the dispute: it asked for F-B too
DISPUTED = event(date(2026, 2, 9), "dispute", reason="Niet goed uitgevoerd", invoices=["F-B"])
ANSWERED = event(date(2026, 5, 1), "dispute_resolved", invoices=["F-B"], outcome="De factuur klopt")
FOR_B = payment(date=date(2026, 4, 1), amount=D("1500.00"), invoice="F-B")
BEFORE, AFTER = date(2026, 4, 20), date(2026, 5, 20)


def claim_on(tmp_path, as_of, events, payments, interest="statutory", kind="consumer"):
    ledger = one_debtor_ledger(
        tmp_path / as_of.isoformat(), interest=interest, type=kind, invoices=INVOICES, events=events, payments=payments
    )
    return assess(ledger, ledger.debtors[0], as_of)


def paid_of(claim, number, k=0):
    """What payment `k` paid of invoice `number`: (costs, interest, principal)."""
    allocations = claim.settlement.payments[k].allocations
    shares = [(a.to, a.amount) for a in allocations if a.invoice == number]
    return tuple(
        sum((amount for to, amount in shares if to == kind), D(0)) for kind in ("costs", "interest", "principal")
    )


@pytest.mark.parametrize("kind", ["consumer", "business"])
def test_the_answer_moves_no_money_off_the_other_invoice_when_interest_runs(tmp_path, kind):
    # Consumer: before the answer F-A is paid 3.93 interest and 316.07 principal; after it 3.93 and 308.83,
    # as the same 1,500.00 now pays F-B's interest of 7.24 first (art. 6:44 BW). Business: 310.03, then 291.65.
    before = claim_on(tmp_path, BEFORE, [REMINDED, DISPUTED], [FOR_B], kind=kind)
    after = claim_on(tmp_path, AFTER, [REMINDED, DISPUTED, ANSWERED], [FOR_B], kind=kind)
    assert paid_of(after, "F-A") == paid_of(before, "F-A")


def test_paying_what_the_page_asks_leaves_nothing_open_when_only_the_disputed_invoice_is_left(tmp_path):
    # The page of 2026-04-20 asks 324.60 for F-A. Paid that day, F-A is paid and the dossier is counted
    # whole (status dispute): then F-A shows 7.26 open again, and the debtor is asked for it.
    asked = claim_on(tmp_path, BEFORE, [REMINDED, DISPUTED], [FOR_B]).amount_due_now
    rest = payment(date=BEFORE, amount=asked)
    claim = claim_on(tmp_path, date(2026, 4, 25), [REMINDED, DISPUTED], [FOR_B, rest])
    assert claim.total_due == 0


def test_the_answer_moves_no_money_off_the_other_invoice_when_the_disputed_one_carries_costs(tmp_path):
    # No interest. The final notice of 2026-02-06 asked for both: once F-B counts again its part of the costs
    # is 177.00 of 273.00. Before the answer F-A is paid 96.00 costs and 224.00 principal, and the page asks
    # 416.00; after it F-A is paid 96.00 and 47.00, and 593.00 is open: 177.00 more than the page asked.
    events = [REMINDED, FINAL_NOTICE, DISPUTED]
    before = claim_on(tmp_path, BEFORE, events, [FOR_B], interest="none")
    after = claim_on(tmp_path, AFTER, [*events, ANSWERED], [FOR_B], interest="none")
    assert paid_of(after, "F-A") == paid_of(before, "F-A")
    assert after.total_due == before.total_due


def test_after_the_answer_the_money_that_paid_the_disputed_invoice_does_not_pay_a_plan_about_the_other(tmp_path):
    # A plan for F-A (2 x 320.00) agreed while F-B was disputed apart. The 1,500.00 pays F-A 320.00, and F-B
    # 1,180.00 once it is answered: the second instalment (due 2026-05-05) is not paid, as a promise made
    # then counts only what paid F-A (claims.agreements `_counted_on`). The plan shows it paid, "completed",
    # while 320.00 of F-A is open.
    plan = event(
        date(2026, 3, 25),
        "arrangement",
        installments=[
            {"due": date(2026, 4, 5), "amount": D("320.00")},
            {"due": date(2026, 5, 5), "amount": D("320.00")},
        ],
    )
    claim = claim_on(tmp_path, AFTER, [REMINDED, DISPUTED, plan, ANSWERED], [FOR_B], interest="none")
    assert claim.total_due == D("320.00")
    assert [i.state for i in claim.plan.installments] == [InstallmentStatus.PAID, InstallmentStatus.OVERDUE]
