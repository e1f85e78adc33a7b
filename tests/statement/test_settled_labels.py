"""A settled claim (a settlement paid in time, claims.accord): nothing is open, what stands is remitted. The page's
totals said "Facturen, nog open 690,68" above "Kwijtgescholden (niet betaald) 690,68", its invoice table an "Open"
column, its costs "nog open": every figure's label now says what was let go of (tables.total_rows, open_column,
_interest_summary, costs_paid_sentence). One invoice of 1250.00 due 2026-02-04, 250.00 paid on 2026-02-20, a final
notice of 2026-03-01 whose term brought costs, then a settlement of 100.00, paid: it pays part of the costs only."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import Status
from incasso.ledger.model import Language
from incasso.statement.tables import costs_paid_sentence, interest_view, open_column, total_rows
from tests.support.ledgers import event, one_debtor_ledger, payment

NOTICE = event(date(2026, 3, 1), "final_notice", channel="letter")
SETTLEMENT = event(date(2026, 11, 28), "settlement", amount=Decimal("100.00"), pay_by=date(2027, 1, 31))
PAID = [payment(date=date(2026, 2, 20), amount=Decimal("250.00")), payment(date=date(2026, 12, 10), amount=100)]


def _settled(tmp_path: Path):
    ledger = one_debtor_ledger(tmp_path, interest="statutory", payments=PAID, events=[NOTICE, SETTLEMENT])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 15))
    assert claim.status == Status.SETTLED and claim.settlement.costs_open > 0 and claim.settlement.interest_open > 0
    return ledger, claim


@pytest.mark.parametrize(
    ("lang", "invoices", "interest", "costs", "column", "remitted"),
    [
        (
            "nl",
            "Facturen, kwijtgescholden",
            "Rente, kwijtgescholden",
            "Incassokosten, kwijtgescholden",
            "Kwijtgescholden",
            "kwijtgescholden.",
        ),
        ("en", "Invoices, waived", "Interest, waived", "Collection costs, waived", "Waived", "waived."),
    ],
)
def test_every_figure_of_a_settled_claim_is_labelled_remitted_not_open(
    tmp_path: Path, lang: str, invoices: str, interest: str, costs: str, column: str, remitted: str
) -> None:
    ledger, claim = _settled(tmp_path)
    language = Language(lang)
    rows = [row.label for row in total_rows(claim, ledger.creditor, language)]
    assert rows[:3] == [invoices, interest, costs], rows
    assert open_column(claim, language) == column
    view = interest_view(claim, ledger.creditor, language)
    assert view is not None and view.summary.endswith(remitted), view.summary
    assert costs_paid_sentence(claim, language).endswith(remitted)
    said = " ".join([*rows, view.summary, costs_paid_sentence(claim, language)])
    assert "open" not in said.lower(), said


def test_a_claim_still_running_keeps_its_open_labels(tmp_path: Path) -> None:
    ledger = one_debtor_ledger(tmp_path, interest="statutory", payments=PAID[:1], events=[NOTICE, SETTLEMENT])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 15))
    assert claim.status == Status.SETTLEMENT
    rows = [row.label for row in total_rows(claim, ledger.creditor, Language.NL)]
    assert rows[:3] == ["Facturen, nog open", "Rente, nog open", "Incassokosten, nog open"], rows
    assert open_column(claim, Language.NL) == "Open"


@pytest.mark.parametrize(
    ("lang", "total"),
    [("nl", "Totaal kwijtgescholden (hoeft u niet te betalen)"), ("en", "Total waived (you do not have to pay this)")],
)
def test_several_kinds_remitted_each_have_a_row_and_the_total_says_it_is_not_to_pay(tmp_path: Path, lang, total):
    """s49: the total read "Kwijtgescholden (niet betaald)", which a debtor may read as still unpaid, so owed."""
    ledger, claim = _settled(tmp_path)
    rows = total_rows(claim, ledger.creditor, Language(lang))
    assert len(rows) == 4 and rows[-1].grand and rows[-1].label == total, rows


def test_one_kind_remitted_is_one_row_not_its_kind_and_a_total_of_the_same_sum(tmp_path: Path) -> None:
    """s49 review: no interest ran (interest none), so the invoices' rest is all that was remitted: it stood twice,
    "Facturen, kwijtgescholden 690,00" above "Kwijtgescholden (niet betaald) 690,00"."""
    paid = [payment(date=date(2026, 12, 10), amount=Decimal("560.00"))]
    settlement = event(date(2026, 11, 28), "settlement", amount=Decimal("560.00"), pay_by=date(2027, 1, 31))
    ledger = one_debtor_ledger(tmp_path, payments=paid, events=[settlement])
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 15))
    assert claim.status == Status.SETTLED
    rows = [(row.label, row.amount, row.grand) for row in total_rows(claim, ledger.creditor, Language.NL)]
    assert rows == [("Totaal kwijtgescholden (hoeft u niet te betalen)", "690,00", True)]
