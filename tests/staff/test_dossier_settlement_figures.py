"""A running settlement's dossier gives at its top what the debtor is asked, not the whole claim; a settled one
gives its remitted sum once.

s50 left: D-1017's dossier read "Afgesproken: EUR 1.200,00 van EUR 3.321,00 · Totaal te betalen: EUR 3.021,00": the
whole claim, frozen on the settlement's day, which the debtor's page never asks ("Van het afgesproken bedrag staat nog
EUR 900,00 open"). A clerk on the phone could quote it. And the settled dossier's figures said its one remitted kind
twice ("Hoofdsom kwijtgescholden" over "Kwijtgescholden (niet betaald)"), where the debtor's page says it once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import page_asks
from incasso.claims.states import Status
from incasso.ledger.model import Language
from incasso.staff.dossier_page import AGREED, ASKED, LAPSE, TOTAL, _amounts
from incasso.staff.language import speaking
from incasso.staff.overview import NO_RETURNS
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment
from tests.support.site import ledger_as_built

TOP = (AGREED, TOTAL, ASKED, LAPSE)  # the rows dossier.html's glance shows, in their order


def _top(claim, creditor, lang: Language) -> list[tuple[str, str]]:
    with speaking(lang):
        rows = _amounts(claim, (), NO_RETURNS, creditor)
    return [(r.label, r.amount.replace("\xa0", " ")) for r in rows if r.css in TOP]


@pytest.mark.parametrize(
    ("lang", "top"),
    [
        (
            Language.NL,
            [
                ("Afgesproken", "EUR 1.200,00 van EUR 3.321,00"),
                ("Van het afgesproken bedrag nog open", "EUR 900,00"),
                ("Gevraagd op de pagina, uiterlijk 15 december 2026 (nog niet vervallen)", "EUR 300,00"),
                ("Vervalt het akkoord, dan weer te betalen", "EUR 3.021,00 en de rente sinds 27 oktober 2026"),
            ],
        ),
        (
            Language.EN,
            [
                ("Agreed", "EUR 1,200.00 of EUR 3,321.00"),
                ("Left of the agreed sum", "EUR 900.00"),
                ("Requested on the page, by 15 December 2026 (not due yet)", "EUR 300.00"),
                ("If the settlement lapses, to pay again", "EUR 3,021.00 and the interest since 27 October 2026"),
            ],
        ),
    ],
)
def test_a_running_settlement_in_instalments_tops_its_dossier_with_what_the_page_asks(lang, top) -> None:
    """The demo's D-1017 (EUR 1.200,00 in four instalments, one paid): its page asks EUR 300,00 by 15 December and
    says EUR 900,00 of the agreed sum is open. The whole claim is named only as what a lapse brings back."""
    ledger = ledger_as_built()
    debtor = next(d for d in ledger.debtors if d.id == "D-1017")
    claim = assess(ledger, debtor, date(2026, 11, 22))
    assert claim.status == Status.SETTLEMENT and page_asks(claim) == Decimal("300.00")
    assert _top(claim, ledger.creditor, lang) == top
    with speaking(lang):
        labels = [r.label for r in _amounts(claim, (), NO_RETURNS, ledger.creditor)]
    assert not {"Totaal te betalen", "Total to pay"} & set(labels), labels


SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
REMINDER = event(date(2026, 2, 10), "reminder")


def _one_debtor(tmp_path: Path, interest: str, on: date, paid=()):
    ledger = one_debtor_ledger(
        tmp_path, interest=interest, representative=COUNSELLOR, payments=list(paid), events=[REMINDER, SETTLEMENT]
    )
    return ledger, assess(ledger, ledger.debtors[0], on)


def test_a_settlement_by_one_day_says_its_rest_once_as_what_is_asked(tmp_path: Path) -> None:
    """Paid by 31 January in one sum: what the page asks is the agreed sum's rest, said once (as asked, with its
    day); without interest (interest: none) a lapse brings back the claim's total and no interest."""
    ledger, claim = _one_debtor(tmp_path, "none", date(2026, 12, 5), paid=[payment(date=date(2026, 12, 1), amount=100)])
    assert claim.status == Status.SETTLEMENT and page_asks(claim) == Decimal("500.00")
    assert _top(claim, ledger.creditor, Language.NL) == [
        ("Afgesproken", "EUR 600,00 van EUR 1.250,00"),
        ("Gevraagd op de pagina, uiterlijk 31 januari 2027 (nog niet vervallen)", "EUR 500,00"),
        ("Vervalt het akkoord, dan weer te betalen", "EUR 1.150,00"),
    ]


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            Language.NL,
            [("Afgesproken", "EUR 600,00 van EUR 1.250,00"), ("Kwijtgescholden (niet betaald)", "EUR 650,00")],
        ),
        (Language.EN, [("Agreed", "EUR 600.00 of EUR 1,250.00"), ("Remitted (not paid)", "EUR 650.00")]),
    ],
)
def test_a_settled_dossier_with_one_kind_remitted_says_it_in_one_row(tmp_path: Path, lang, rows) -> None:
    """No interest, no costs: only principal is remitted. The figures gave "Hoofdsom kwijtgescholden EUR 650,00"
    and the total row "EUR 650,00" under it; the debtor's page says it once."""
    ledger, claim = _one_debtor(
        tmp_path, "none", date(2027, 1, 20), paid=[payment(date=date(2027, 1, 15), amount=Decimal("600.00"))]
    )
    assert claim.status == Status.SETTLED
    with speaking(lang):
        figures = [(r.label, r.amount.replace("\xa0", " ")) for r in _amounts(claim, (), NO_RETURNS, ledger.creditor)]
    assert figures == rows


def test_a_written_off_dossier_with_more_than_one_kind_keeps_each_kind_and_the_total(tmp_path: Path) -> None:
    """Two kinds let go (principal and interest): each has its row, and the total sums them."""
    written_off = event(date(2026, 4, 15), "written_off", note="Verdere incasso kost meer dan de vordering.")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[REMINDER, written_off])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 6))
    assert claim.status == Status.WRITTEN_OFF and claim.settlement.interest_open > 0
    with speaking(Language.NL):
        labels = [r.label for r in _amounts(claim, (), NO_RETURNS, ledger.creditor)]
    assert labels == ["Hoofdsom afgeschreven", "Rente afgeschreven", "Afgeschreven (niet betaald)"], labels
