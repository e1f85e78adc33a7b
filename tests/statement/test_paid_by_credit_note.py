"""A claim that a later credit note paid in full (a returned order paid before, s38 shop): the page's top names the
day of the debtor's last payment, not the credit note's day (`Claim.paid_on`), which is no payment of theirs:
'Uw laatste betaling ontvingen wij op 15 oktober 2026' of a customer who last paid on 20 September (s38 review)."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import invoice, one_debtor_ledger, payment

D = Decimal
PAID = date(2026, 9, 20)
CREDITED = date(2026, 10, 15)
RETURNED = invoice(
    number="W-1006",
    date=date(2026, 9, 10),
    due=date(2026, 9, 24),
    amount=D("249.00"),
    credit_notes=[{"number": "C-002", "date": CREDITED, "amount": D("249.00"), "description": "Retour"}],
)
SECOND = invoice(number="W-1007", date=date(2026, 10, 1), due=date(2026, 10, 15), amount=D("59.95"))
LAST_PAID = {
    "nl": "Uw laatste betaling ontvingen wij op 20 september 2026.",
    "en": "We received your last payment on 20 September 2026.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_top_names_the_last_payment_s_day_not_the_credit_note_s(tmp_path, language):
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[RETURNED, SECOND],
        payments=[payment(date=PAID, amount=D("249.00"), invoice="W-1006")],
        language=language,
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 10, 20))
    assert claim.paid_on == CREDITED  # staff's 'Volledig betaald op': the day it was paid in full
    assert LAST_PAID[language] in statement_view(claim, ledger).summary.lines
