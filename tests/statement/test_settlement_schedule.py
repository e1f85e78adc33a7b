"""A settlement in instalments shows its schedule on the page as a plan's (statement.tables.plan_view), under its own
heading and caption, each instalment with what was paid of it and how it stands."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger, payment

IN_TWO = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)


def test_the_page_shows_a_settlement_s_instalments_as_a_plan_s(tmp_path: Path) -> None:
    ledger = one_debtor_ledger(
        tmp_path,
        events=[event(date(2026, 2, 10), "reminder"), IN_TWO],
        payments=[payment(date=date(2026, 12, 14), amount="300.00")],
    )
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 20)), ledger)
    assert view.plan is not None
    assert (view.plan.heading, view.plan.caption) == (
        "Uw termijnen voor de afspraak",
        "Termijnen van de afspraak (bedragen in euro)",
    )
    assert view.plan.summary.replace("\xa0", " ") == "U betaalt in twee termijnen, samen EUR 600,00."
    assert [(r.due, r.amount, r.paid, r.state) for r in view.plan.rows] == [
        ("15 dec 2026", "300,00", "300,00", "paid"),
        ("15 jan 2027", "300,00", "—", "upcoming"),
    ]


def test_a_settlement_by_one_day_shows_no_schedule(tmp_path: Path) -> None:
    by_day = event(date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 10), "reminder"), by_day])
    assert statement_view(assess(ledger, ledger.debtors[0], date(2026, 12, 20)), ledger).plan is None
