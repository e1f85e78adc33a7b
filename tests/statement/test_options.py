"""The way out the page offers (statement.options): what it says about disputing an invoice is true of the dossier.

A consumer with F-A (640.00) and F-B (1180.00), both due 2026-02-04, a reminder sent, no interest. The box
asks "Klopt een factuur niet?" under a table of several; that the other invoices stay payable meanwhile is
said only where another invoice is still open.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.statement.labels import LABELS
from incasso.statement.options import dispute_option
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
AS_OF = DUE + days(20)
TWO = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
]
REMINDED = event(DUE + days(1), "reminder", channel="letter")
PAID_A = payment(date=DUE + days(3), amount=D("640.00"), invoice="F-A")
OTHERS = {
    Language.NL: "Uw andere facturen blijven gewoon te betalen.",
    Language.EN: "Your other invoices remain payable.",
}


def option_of(tmp_path, lang, *payments, invoices=TWO):
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=[REMINDED], payments=list(payments), language=lang)
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    return dispute_option(claim, ledger.creditor, "RF82 D100 1", Language(lang))


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_one_invoice_of_two_paid_the_box_does_not_say_the_other_invoices_stay_payable(tmp_path, lang):
    """The brief's case: F-A paid, F-B open. "Uw andere facturen blijven gewoon te betalen" was untrue (F-A is
    paid); the box still asks about "een factuur" of the table, and pauses that one only."""
    option = option_of(tmp_path, lang.value, PAID_A)
    assert OTHERS[lang] not in option.text
    assert option.heading == LABELS[lang]["h_dispute_many"]
    assert option.text == LABELS[lang]["dispute_text_many_one_open"]
    assert option.text.startswith(LABELS[lang]["dispute_text_many"].split("?")[0])  # "Klopt een factuur niet"


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_two_invoices_open_the_box_says_the_other_stays_payable(tmp_path, lang):
    option = option_of(tmp_path, lang.value)
    assert OTHERS[lang] in option.text and option.heading == LABELS[lang]["h_dispute_many"]


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_with_two_of_three_open_the_other_still_stays_payable(tmp_path, lang):
    third = invoice(number="F-C", date=date(2026, 1, 20), amount=D("90.00"))
    assert OTHERS[lang] in option_of(tmp_path, lang.value, PAID_A, invoices=[*TWO, third]).text
