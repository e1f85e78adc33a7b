"""claims.kept: what payments naming invoices disputed apart keep for them, read from the settlement.

A consumer, no interest, with F-A (640.00) and F-B (1,180.00) due 2026-02-04, F-B disputed apart from
2026-02-09; 500.00 naming F-B on 2026-02-12.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.kept import Kept, kept_for, kept_in_all, passed_on
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
INVOICES = [invoice(number="F-A", amount=D("640.00")), invoice(number="F-B", amount=D("1180.00"))]
DISPUTED = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B"])
ANSWERED = event(DUE + days(30), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
FOR_B = payment(date=DUE + days(8), amount=D("500.00"), invoice="F-B")


def claim_on(tmp_path, as_of, events):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=events, payments=[FOR_B])
    return assess(ledger, ledger.debtors[0], as_of)


def test_while_disputed_the_payment_naming_it_is_kept_for_it_alone(tmp_path):
    claim = claim_on(tmp_path, DUE + days(20), [DISPUTED])
    assert kept_for(claim, "F-B") == Kept(D("500.00"))
    assert kept_for(claim, "F-A") == Kept()
    assert kept_in_all(claim.settlement) == D("500.00")


def test_once_answered_nothing_is_kept_the_payment_pays_the_invoice(tmp_path):
    claim = claim_on(tmp_path, DUE + days(40), [DISPUTED, ANSWERED])
    assert kept_for(claim, "F-B") == Kept()
    assert kept_in_all(claim.settlement) == 0


def test_an_invoice_credited_in_full_has_nothing_kept_the_other_a_payment_named_keeps_it_alone(tmp_path):
    """F-B credited in full (it asks nothing), F-C (300.00) disputed with it, 250.00 naming both: the money is
    kept for F-C alone, as the page says it; it said "F-B en F-C samen" to staff while the page said F-C."""
    credited_b = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(6), "amount": D("1180.00")}]}
    f_c = invoice(number="F-C", date=date(2026, 1, 12), amount=D("300.00"))
    both = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
    paid = payment(date=DUE + days(8), amount=D("250.00"), invoices=["F-B", "F-C"])
    ledger = one_debtor_ledger(tmp_path, invoices=[INVOICES[0], credited_b, f_c], events=[both], payments=[paid])
    claim = assess(ledger, ledger.debtors[0], DUE + days(20))
    assert [i.number for i in claim.disputed_credited_in_full] == ["F-B"]
    assert kept_for(claim, "F-C") == Kept(D("250.00"))
    assert kept_for(claim, "F-B") == Kept()
    assert kept_in_all(claim.settlement) == D("250.00")


def test_what_payments_naming_an_invoice_credited_in_full_paid_of_the_others_is_passed_on(tmp_path):
    """Nothing is kept for F-B, credited in full: 500.00 naming it pays F-A. Of 100.00 naming F-A and F-B, F-A is
    paid by its own designation, not because F-B asks nothing: not counted."""
    credited_b = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(6), "amount": D("1180.00")}]}
    both = payment(date=DUE + days(9), amount=D("100.00"), invoices=["F-A", "F-B"])
    ledger = one_debtor_ledger(tmp_path, invoices=[INVOICES[0], credited_b], events=[DISPUTED], payments=[FOR_B, both])
    claim = assess(ledger, ledger.debtors[0], DUE + days(20))
    assert (kept_in_all(claim.settlement), passed_on(claim, "F-B"), passed_on(claim, "F-A")) == (0, D("500.00"), 0)


def test_nothing_is_passed_on_for_a_disputed_invoice_that_still_asks(tmp_path):
    claim = claim_on(tmp_path, DUE + days(20), [DISPUTED])
    assert passed_on(claim, "F-B") == 0


def test_a_payment_naming_two_invoices_credited_in_full_is_passed_on_once_for_both(tmp_path):
    """F-B and F-C both disputed and credited in full, 250.00 naming both paid F-A: staff read 250.00 went on,
    for each invoice and for the two together; summed per invoice it was 500.00 (review s35)."""
    credited_b = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(6), "amount": D("1180.00")}]}
    f_c = invoice(number="F-C", date=date(2026, 1, 12), amount=D("300.00"))
    credited_c = {**f_c, "credit_notes": [{"number": "C-2", "date": DUE + days(6), "amount": D("300.00")}]}
    both = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
    paid = payment(date=DUE + days(8), amount=D("250.00"), invoices=["F-C", "F-B"])
    ledger = one_debtor_ledger(tmp_path, invoices=[INVOICES[0], credited_b, credited_c], events=[both], payments=[paid])
    claim = assess(ledger, ledger.debtors[0], DUE + days(20))
    assert [i.number for i in claim.disputed_credited_in_full] == ["F-B", "F-C"]
    assert (passed_on(claim, "F-B"), passed_on(claim, "F-C")) == (D("250.00"), D("250.00"))
    assert passed_on(claim, "F-B", "F-C") == D("250.00")
