"""A claim that a later credit note paid in full (a returned order paid before, s38 shop): the page's top names the
day of the debtor's last payment, not the credit note's day (`Claim.paid_on`), which is no payment of theirs:
'Uw laatste betaling ontvingen wij op 15 oktober 2026' of a customer who last paid on 20 September (s38 review)."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.claims.test_credit_from_credit_note import CREDITED, PAID, RETURNED, SECOND  # the returned order
from tests.support.ledgers import one_debtor_ledger, payment

D = Decimal
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


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_payment_for_an_invoice_credited_after_it_says_why_it_paid_another(tmp_path, language):
    """'Verdeeld over: factuur W-1007: 59,95; te veel betaald: 189,05' beside a payment of 20 September that named
    W-1006, for an invoice dated 1 October, said nothing of the return that moved it (s38 review): the row says so
    first, as it does of a disputed invoice credited in full."""
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[RETURNED, SECOND],
        payments=[payment(date=PAID, amount=D("249.00"), invoice="W-1006")],
        language=language,
    )
    (row,) = statement_view(assess(ledger, ledger.debtors[0], date(2026, 10, 20)), ledger).payments
    said = {
        "nl": "u noemde factuur W-1006: die hebben wij na deze betaling helemaal gecrediteerd; deze betaling telt nu "
        "voor uw andere factuur",
        "en": "you named invoice W-1006: we credited it in full after this payment, so this payment now counts for "
        "your other invoice",
    }
    assert row.applied[0] == said[language], row.applied


def test_a_payment_that_paid_the_invoice_it_named_says_nothing_more(tmp_path):
    ledger = one_debtor_ledger(
        tmp_path, invoices=[RETURNED, SECOND], payments=[payment(date=PAID, amount=D("59.95"), invoice="W-1007")]
    )
    (row,) = statement_view(assess(ledger, ledger.debtors[0], date(2026, 10, 20)), ledger).payments
    assert row.applied == ("factuur W-1007: 59,95",)


def test_a_payment_naming_an_invoice_credited_before_it_says_it_went_on_for_that(tmp_path):
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[RETURNED, SECOND],
        payments=[payment(date=date(2026, 10, 16), amount=D("59.95"), invoice="W-1006")],
    )
    (row,) = statement_view(assess(ledger, ledger.debtors[0], date(2026, 10, 20)), ledger).payments
    assert row.applied == (
        "u noemde factuur W-1006: die hebben wij helemaal gecrediteerd; deze betaling ging daarom naar uw andere "
        "factuur",
        "factuur W-1007: 59,95",
    )
