"""Today's work names, under a letter's amount that differs from the page's, what the debtor's page asks
("pagina: EUR ..."). Where the page asks no amount (a dispute of the whole dossier: the debtor pays the part they
agree with; legal steps: the court's and the bailiff's costs come on top), it says so: it named the claim's total,
which a clerk on the phone would then ask for (claims.demand.amount_asked)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.claim import Action
from incasso.claims.states import ActionKind
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview import Row, Task
from incasso.staff.rows import task_row
from tests.support.ledgers import event, one_debtor_ledger

MAY_1 = date(2026, 5, 1)
DISPUTED = [event(date(2026, 3, 1), "dispute", reason="Niet geleverd")]
LEGAL = [event(date(2026, 3, 1), "final_notice", costs=Decimal("187.50")), event(date(2026, 4, 1), "legal")]


def _page_amount(tmp_path, events, language=Language.NL):
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], MAY_1)
    task = Task(claim, Action(ActionKind.FINAL_NOTICE, MAY_1, ""), letter_asks=Decimal("10.00"))
    with speaking(language):
        return claim, task_row(task, Row(claim, (), "d/x.html", ""), ()).page_amount


@pytest.mark.parametrize(
    ("events", "language", "said"),
    [
        (DISPUTED, Language.NL, "pagina: geen bedrag (geschil: de debiteur betaalt wat hij niet betwist)"),
        (DISPUTED, Language.EN, "page: no amount (dispute: the debtor pays what they do not dispute)"),
        (LEGAL, Language.NL, "pagina: geen bedrag (gerechtelijke stappen)"),
        (LEGAL, Language.EN, "page: no amount (legal steps)"),
    ],
)
def test_where_the_page_asks_no_amount_the_work_list_says_so_not_the_total(tmp_path, events, language, said):
    claim, page_amount = _page_amount(tmp_path, events, language)
    assert claim.total_due >= Decimal("1250.00")
    assert page_amount == said


def test_where_the_page_asks_an_amount_the_work_list_names_it(tmp_path):
    claim, page_amount = _page_amount(tmp_path, [])
    assert page_amount == "pagina: " + fmt.money(claim.total_due)
