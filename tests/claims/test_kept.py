"""claims.kept: what payments naming invoices disputed apart keep for them, read from the settlement.

A consumer, no interest, with F-A (640.00) and F-B (1,180.00) due 2026-02-04, F-B disputed apart from
2026-02-09; 500.00 naming F-B on 2026-02-12.
"""

from datetime import date
from decimal import Decimal

from incasso.claims.assess import assess
from incasso.claims.kept import Kept, kept_for, kept_in_all
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
INVOICES = [invoice(number="F-A", amount=D("640.00")), invoice(number="F-B", amount=D("1180.00"))]
DISPUTED = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B"])
ANSWERED = event(DUE + days(30), "dispute_resolved", invoices=["F-B"], outcome="Klopt")
FOR_B = payment(date=DUE + days(8), amount=D("500.00"), invoice="F-B")


def settlement_on(tmp_path, as_of, events):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=events, payments=[FOR_B])
    return assess(ledger, ledger.debtors[0], as_of).settlement


def test_while_disputed_the_payment_naming_it_is_kept_for_it_alone(tmp_path):
    settlement = settlement_on(tmp_path, DUE + days(20), [DISPUTED])
    assert kept_for(settlement, "F-B") == Kept(D("500.00"))
    assert kept_for(settlement, "F-A") == Kept()
    assert kept_in_all(settlement) == D("500.00")


def test_once_answered_nothing_is_kept_the_payment_pays_the_invoice(tmp_path):
    settlement = settlement_on(tmp_path, DUE + days(40), [DISPUTED, ANSWERED])
    assert kept_for(settlement, "F-B") == Kept()
    assert kept_in_all(settlement) == 0
