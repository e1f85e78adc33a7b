"""VAT on the collection costs as the page says it (policy.costs_vat): the amount charged includes it, the
costs sentence says why, and the calculation under it adds the VAT to the staffel's amount. Hand
computations: 15 % of 1,250.00 is 187.50; 21 % of it is 39.375, rounded down 39.37; together 226.87."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger

NOTICE = date(2026, 3, 2)
CHARGED = NOTICE + timedelta(days=40)
NBSP = "\xa0"


def _view(tmp_path, as_of: date, vat: bool, **changes):
    policy = {"costs_vat": True} if vat else None
    events = [event(NOTICE, "final_notice", channel="letter")]
    ledger = one_debtor_ledger(tmp_path, policy=policy, events=events, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def test_the_page_says_the_vat_in_the_costs_charged(tmp_path):
    claim, view = _view(tmp_path, CHARGED, vat=True)
    assert (claim.costs.amount, claim.costs.vat) == (Decimal("226.87"), Decimal("39.37"))
    assert view.costs.startswith(f"Wij rekenen EUR{NBSP}226,87 incassokosten, berekend over EUR{NBSP}1.250,00")
    assert (
        f"De incassokosten zijn inclusief 21% btw (EUR{NBSP}39,37), omdat wij de btw niet kunnen verrekenen."
        in view.costs
    )
    assert view.costs_steps == (
        f"15% over EUR{NBSP}1.250,00: EUR{NBSP}187,50",
        f"Plus 21% btw over EUR{NBSP}187,50: EUR{NBSP}39,37",
        f"Incassokosten met btw: EUR{NBSP}226,87",
    )


def test_the_page_says_the_vat_in_the_costs_announced_in_english(tmp_path):
    claim, view = _view(tmp_path, NOTICE + timedelta(days=3), vat=True, language="en")
    assert (claim.costs.state, claim.costs.amount) == ("announced", Decimal("226.87"))
    said = f"The collection costs include 21% VAT (EUR{NBSP}39.37), because we cannot reclaim the VAT."
    # Beside the amount, before what a part paid does to it (as the final notice says it).
    assert view.costs.endswith(f"{said} If you pay part of it before then, the costs may be lower.")
    assert view.costs_steps[1:] == (
        f"Plus 21% VAT on EUR{NBSP}187.50: EUR{NBSP}39.37",
        f"Collection costs with VAT: EUR{NBSP}226.87",
    )


def test_the_vat_comes_after_the_minimum_that_set_the_costs(tmp_path):
    from tests.support.ledgers import invoice

    claim, view = _view(tmp_path, CHARGED, vat=True, invoices=[invoice(amount=Decimal("150.00"))])
    assert claim.costs.amount == Decimal("48.40")  # the minimum 40.00 + 8.40
    assert view.costs_steps == (
        f"15% over EUR{NBSP}150,00: EUR{NBSP}22,50",
        f"Dat is minder dan het wettelijke minimum. De incassokosten zijn daarom EUR{NBSP}40,00.",
        f"Plus 21% btw over EUR{NBSP}40,00: EUR{NBSP}8,40",
        f"Incassokosten met btw: EUR{NBSP}48,40",
    )


@pytest.mark.parametrize("as_of", [NOTICE + timedelta(days=3), CHARGED])
def test_without_the_setting_the_page_says_nothing_of_vat(tmp_path, as_of):
    claim, view = _view(tmp_path, as_of, vat=False)
    assert (claim.costs.amount, claim.costs.vat) == (Decimal("187.50"), Decimal("0.00"))
    assert "btw" not in view.costs and not any("btw" in line for line in view.costs_steps)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_vat_is_said_of_the_costs_before_what_of_them_was_paid(tmp_path, language):
    """Costs of 226.87 charged, 150.00 of them paid (a payment goes to the costs first): "Of this you have already
    paid EUR 150.00; still open: EUR 76.87. The collection costs include 21% VAT (EUR 39.37)" read as if the VAT
    were what is open. The VAT belongs to the costs' amount, so it is said right after it."""
    from tests.support.ledgers import payment

    paid = [payment(date=CHARGED, amount="150.00")]
    claim, view = _view(tmp_path, CHARGED, vat=True, payments=paid, language=language)
    assert (claim.settlement.costs_paid, claim.settlement.costs_open) == (Decimal("150.00"), Decimal("76.87"))
    vat = {"nl": "inclusief 21% btw", "en": "include 21% VAT"}[language]
    paid_said = {"nl": "Daarvan heeft u", "en": "Of this you have already paid"}[language]
    assert view.costs.index(vat) < view.costs.index(paid_said), view.costs


# -- the costs' amount named away from the costs paragraph: with the VAT in it -----------------------------------


@pytest.mark.parametrize("vat", [True, False])
def test_the_final_notice_s_forecast_names_the_vat_in_the_costs_it_will_state(tmp_path, vat):
    """The dunning letter and the page said "In die brief staat hoeveel incassokosten wij rekenen ... zijn dat
    EUR 226,87", where the final notice will state "EUR 226,87 ... inclusief 21% btw (EUR 39,37)": an amount that
    looks like the staffel's. It names the VAT in it, as that notice will; without VAT as before."""
    policy = {"costs_vat": True} if vat else None
    letters = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
    ledger = one_debtor_ledger(tmp_path, policy=policy, events=letters)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 20))
    said = " ".join(statement_view(claim, ledger).next_steps)
    if vat:
        assert f"zijn dat EUR{NBSP}226,87 (inclusief 21% btw: EUR{NBSP}39,37), op zijn vroegst" in said
    else:
        assert f"zijn dat EUR{NBSP}187,50, op zijn vroegst" in said and "btw" not in said


def test_the_handover_s_costs_that_stay_name_the_vat_in_them(tmp_path):
    """ "Ook dan blijven de incassokosten EUR 226,87: een incassobureau mag u niet meer rekenen." of costs with VAT."""
    claim, view = _view(tmp_path, CHARGED, vat=True)
    said = " ".join(view.next_steps)
    assert f"blijven de incassokosten EUR{NBSP}226,87 (inclusief 21% btw: EUR{NBSP}39,37)" in said, said
