"""Staff read the number the debtor's page asks (s41): once a final notice's term is over but the bank statements read
do not reach its last day, the page, its QR code and payment link ask the costs too (claims.demand.page_asks). A clerk
on the phone, a merged letter and a tool reading claims.json must see that number and why, while the claim's own
figures (total due, costs announced) keep their meaning.

The demo's D-1006 on 4 December 2026: its notice's term ended on 2 December, the bank data on 20 November.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.exports import claim_record, links_rows
from incasso.staff.language import speaking
from incasso.staff.overview import Task
from incasso.staff.view import staff_book
from tests.support.site import DEMO_LEDGER, ledger_as_built

DEC_4 = date(2026, 12, 4)
NBSP = "\xa0"


@pytest.fixture(scope="module")
def d1006():
    ledger = ledger_as_built(DEMO_LEDGER)
    debtor = next(d for d in ledger.debtors if d.id == "D-1006")
    return ledger, assess(ledger, debtor, DEC_4)


def _dossier(ledger, claim, language=Language.NL):
    book = staff_book([claim], ledger.creditor, DEC_4, "", lambda c: "s/")
    with speaking(language):
        return dossier_page(book, book.rows[0])


def test_the_claim_s_own_figures_keep_their_meaning(d1006):
    _, claim = d1006
    assert claim.total_due == Decimal("1353.18") and claim.costs.state == "announced"
    assert claim.costs.amount == Decimal("201.84")


@pytest.mark.parametrize(
    ("language", "label", "amount", "why"),
    [
        (
            Language.NL,
            "Gevraagd op de pagina",
            "EUR 1.555,02",
            "De termijn van de sommatie liep tot en met 2 december 2026, maar betalingen zijn verwerkt tot en met 20 "
            "november 2026. Wie nu betaalt, betaalde niet in de termijn: de pagina, de QR-code en de betaallink vragen "
            "daarom EUR 1.555,02, met de EUR 201,84 incassokosten erbij. Tonen de afschriften een betaling in de "
            "termijn, dan vervallen die kosten.",
        ),
        (
            Language.EN,
            "Requested on the page",
            "EUR 1,555.02",
            "The final notice's deadline was 2 December 2026, but payments are processed up to and including 20 "
            "November 2026. Whoever pays now did not pay in time: the page, the QR code and the payment link therefore "
            "ask EUR 1,555.02, the EUR 201.84 collection costs included. If the statements show a payment in time, "
            "those costs lapse.",
        ),
    ],
)
def test_the_dossier_says_what_the_page_asks_and_why(d1006, language, label, amount, why):
    ledger, claim = d1006
    page = _dossier(ledger, claim, language)
    amounts = [(a.label, a.amount.replace(NBSP, " ")) for a in page.amounts]
    assert (label, amount) in amounts
    assert why in page.costs_note.replace(NBSP, " ")


def test_today_s_work_names_what_the_page_asks(d1006):
    _, claim = d1006
    task = Task(claim, claim.next_action)
    assert task.page_asks == Decimal("1555.02")


def test_the_exports_give_what_the_page_asks(d1006):
    ledger, claim = d1006
    (row,) = links_rows([claim], lambda c: "s/")
    assert row["amount_to_pay"] == "1555.02"
    assert row["total_due"] == row["amount_due_now"] == "1353.18"
    record = claim_record(claim, ledger.creditor.policy, "s/")
    figures = record  # the figures are the record's own fields
    assert figures["amount_to_pay"] == "1555.02"
    assert figures["total_due"] == "1353.18" and figures["costs"]["state"] == "announced"


def test_a_credit_of_what_the_page_asks_is_a_candidate_for_the_dossier(d1006):
    """A debtor who pays what the QR code asks: the bank's unassigned credit of EUR 1.555,02 points at them."""
    from incasso.staff.candidates import _amounts

    _, claim = d1006
    assert Decimal("1555.02") in _amounts(claim)


def test_the_signal_does_not_say_no_costs_beside_a_page_that_asks_them(d1006):
    from incasso.staff.overview import flags
    from incasso.staff.view import flag_detail

    ledger, claim = d1006
    (flag,) = [f for f in flags(claim, ledger.creditor.policy) if f.kind == "awaits_bank"]
    with speaking(Language.NL):
        said = flag_detail(flag).replace(NBSP, " ")
    assert "geen kosten" not in said
    assert "De pagina vraagt de kosten (EUR 201,84 aangekondigd) al mee" in said


def test_in_legal_steps_the_dossier_says_no_amount_is_asked_where_the_page_asks_none(tmp_path):
    # In legal steps the page names what is owed without asking it (claims.demand.legal_asks_nothing): no QR code,
    # links.csv's amount_to_pay empty. With a newer invoice not yet due, the dossier still said "Gevraagd op pagina
    # en brief: EUR 1.150,00" (the overdue part), a figure the page shows nowhere: a clerk asked it on the phone.
    from incasso.statement.view import statement_view
    from tests.support.ledgers import event, invoice, one_debtor_ledger

    invoices = [
        invoice(number="D1", date=date(2026, 1, 1), due=date(2026, 1, 31), amount=Decimal("1000.00")),
        invoice(number="D2", date=date(2026, 4, 20), due=date(2026, 5, 20), amount=Decimal("300.00")),
    ]
    events = [event(date(2026, 3, 1), "final_notice", costs=Decimal("150.00")), event(date(2026, 4, 1), "legal")]
    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=events)
    as_of = date(2026, 5, 1)
    claim = assess(ledger, ledger.debtors[0], as_of)
    assert claim.amount_due_now == Decimal("1150.00") and claim.total_due == Decimal("1450.00")
    assert statement_view(claim, ledger).pay is None and links_rows([claim], lambda c: "")[0]["amount_to_pay"] == ""
    book = staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/")
    labels = [a.label for a in dossier_page(book, book.rows[0]).amounts]
    assert not [label for label in labels if label.startswith("Gevraagd")], labels
