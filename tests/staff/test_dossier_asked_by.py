"""The staff dossier's amount asked, with the day it is asked by while it is not due yet (claims.demand.asked_by),
as the debtor's page names it in its total ("waarvan EUR 600,00 uiterlijk 1 maart 2026 ..."): without it a clerk
reads an instalment not yet due, or a part promised for a day ahead, as money to chase now.

A consumer, no interest, 2,000.00 due 2026-02-04, reminded 2026-02-05.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.view import DayLetter, staff_book
from tests.support.ledgers import event, invoice, one_debtor_ledger

D = Decimal
REMINDED = event(date(2026, 2, 5), "reminder")
PLAN = event(
    date(2026, 2, 10),
    "arrangement",
    installments=[{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 1400}],
)
PROMISE = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 28), amount="500.00")


def amounts(tmp_path, events, as_of, language=Language.NL, letters=()):
    """The dossier's figures (label, amount) on `as_of`, in the staff's `language`, with its `letters` of the day."""
    ledger = one_debtor_ledger(tmp_path, events=events, invoices=[invoice(amount=D("2000.00"))])
    claim = assess(ledger, ledger.debtors[0], as_of)
    book = staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/", {claim.debtor.id: tuple(letters)})
    with speaking(language):
        return [(a.label, a.amount) for a in dossier_page(book, book.rows[0]).amounts]


@pytest.mark.parametrize(
    "language, asked",
    [
        (Language.NL, ("Gevraagd op de pagina, uiterlijk 1 maart 2026 (nog niet vervallen)", "EUR\xa0600,00")),
        (Language.EN, ("Requested on the page, by 1 March 2026 (not due yet)", "EUR\xa0600.00")),
    ],
)
def test_an_instalment_not_yet_due_is_asked_with_its_day(tmp_path, language, asked):
    assert asked in amounts(tmp_path, [REMINDED, PLAN], date(2026, 2, 20), language)


@pytest.mark.parametrize("as_of", [date(2026, 3, 1), date(2026, 3, 5)], ids=["due today", "missed"])
def test_an_instalment_due_is_asked_without_a_day_ahead(tmp_path, as_of):
    assert ("Gevraagd op de pagina", "EUR\xa0600,00") in amounts(tmp_path, [REMINDED, PLAN], as_of)


@pytest.mark.parametrize(
    "language, asked",
    [
        (
            Language.NL,
            ("Gevraagd op de pagina, uiterlijk 28 februari 2026 (nog niet vervallen)", "EUR\xa0500,00"),
        ),
        (Language.EN, ("Requested on the page, by 28 February 2026 (not due yet)", "EUR\xa0500.00")),
    ],
)
def test_a_part_promised_is_asked_with_the_day_promised(tmp_path, language, asked):
    assert asked in amounts(tmp_path, [REMINDED, PROMISE], date(2026, 2, 12), language)


def test_the_last_instalment_not_yet_due_is_asked_with_its_day_though_it_is_the_whole_total(tmp_path):
    """Asked and total alike: the dossier said only "Totaal te betalen EUR 2.000,00", as if all of it were due."""
    plan = event(date(2026, 2, 10), "arrangement", installments=[{"due": date(2026, 3, 1), "amount": 2000}])
    figures = amounts(tmp_path, [REMINDED, plan], date(2026, 2, 20))
    assert ("Gevraagd op de pagina, uiterlijk 1 maart 2026 (nog niet vervallen)", "EUR\xa02.000,00") in figures


def test_a_part_promised_for_today_is_asked_as_due_as_an_instalment_due_today_is(tmp_path):
    """The dossier said "uiterlijk 28 februari 2026 (nog niet vervallen)" on 28 February for a promise, and no
    day for an instalment due that day (review s35): due today is due."""
    assert ("Gevraagd op de pagina", "EUR\xa0500,00") in amounts(tmp_path, [REMINDED, PROMISE], date(2026, 2, 28))


@pytest.mark.parametrize(
    "language, page, both",
    [
        (Language.NL, "Gevraagd op de pagina", "Gevraagd op pagina en brief"),
        (Language.EN, "Requested on the page", "Requested (page and letter)"),
    ],
)
def test_a_day_without_a_letter_says_the_page_alone_asks_it(tmp_path, language, page, both):
    """s66: the demo's D-1011 and D-1019 (a plan's instalment to check, no letter that day) read "Gevraagd op pagina
    en brief": a letter of the day asks it too, on another day only the page does."""
    reminder = DayLetter("installment_reminder", "letters/D.pdf", "letters/D.eml")
    without = dict(amounts(tmp_path / "without", [REMINDED, PLAN], date(2026, 3, 5), language))
    beside = dict(amounts(tmp_path / "with", [REMINDED, PLAN], date(2026, 3, 5), language, [reminder]))
    assert (page in without, both in without) == (True, False)
    assert (page in beside, both in beside) == (False, True)
