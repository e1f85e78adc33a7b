"""A paid claim's totals say what was paid and when (statement.tables.paid_rows), not "Totaal te betalen 0,00"; a cell
with nothing paid is "—" (fmt.BLANK), page and letters alike; real balances keep their 0,00."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.statement.tables import total_rows
from incasso.statement.view import statement_view
from tests.support.ledgers import invoice, one_debtor_ledger, payment


def _totals(ledger, day: date, lang: Language = Language.NL) -> list[tuple[str, str, bool]]:
    claim = assess(ledger, ledger.debtors[0], day)
    return [(t.label, t.amount, t.grand) for t in total_rows(claim, ledger.creditor, lang)]


def test_paid_in_full_says_each_kind_paid_and_the_day_of_the_last_payment(tmp_path: Path) -> None:
    # 1.250,00 due 4 February; paid late on 20 March with its statutory interest (the creditor's choice).
    ledger = one_debtor_ledger(
        tmp_path / "i",
        interest="statutory",
        payments=[payment(date=date(2026, 3, 1), amount="1000.00"), payment(date=date(2026, 3, 20), amount="300.00")],
    )
    rows = _totals(ledger, date(2026, 4, 1))
    assert [label for label, _, _ in rows] == ["Facturen, betaald", "Rente, betaald", "Alles betaald op 20 maart 2026"]
    assert rows[0][1] == "1.250,00" and rows[-1][2]
    assert [label for label, _, _ in _totals(ledger, date(2026, 4, 1), Language.EN)][
        -1
    ] == "Paid in full on 20 March 2026"


def test_paid_in_one_kind_says_it_once(tmp_path: Path) -> None:
    ledger = one_debtor_ledger(tmp_path, payments=[payment(date=date(2026, 2, 1), amount="1250.00")])
    assert _totals(ledger, date(2026, 3, 1)) == [("Alles betaald op 1 februari 2026", "1.250,00", True)]


def test_credited_in_full_says_so_not_paid(tmp_path: Path) -> None:
    credited = invoice(credit_notes=[{"number": "C-1", "date": date(2026, 1, 20), "amount": "1250.00"}])
    ledger = one_debtor_ledger(tmp_path, invoices=[credited])
    assert _totals(ledger, date(2026, 3, 1)) == [("Gecrediteerd (hoeft u niet te betalen)", "1.250,00", True)]


def test_an_open_claim_keeps_its_balances_and_shows_a_dash_for_nothing_paid(tmp_path: Path) -> None:
    two = [invoice(number="F-1"), invoice(number="F-2", amount="100.00")]
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", invoices=two, payments=[payment(date=date(2026, 2, 1), amount="100.00")]
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 1))
    view = statement_view(claim, ledger)
    cells = {row.number: (row.paid, row.open) for row in view.invoices}
    # The payment went to the oldest invoice first (both due on 4 February): one paid in part, one with nothing.
    assert sorted(cells.values()) == sorted([("100,00", "1.150,00"), ("—", "100,00")]), cells
    labels = [t.label for t in view.totals]
    assert labels[:2] == ["Facturen, nog open", "Rente, nog open"]  # interest counted since 5 February: a row


def test_no_interest_row_before_any_interest_is_counted(tmp_path: Path) -> None:
    ledger = one_debtor_ledger(tmp_path, interest="statutory")
    assert _totals(ledger, date(2026, 2, 1)) == [
        ("Facturen, nog open", "1.250,00", False),
        ("Totaal te betalen", "1.250,00", True),
    ]
