"""The interest table says what one more day adds ("Per dag komt er ongeveer EUR 0,12 rente bij"), for a debt
counsellor's inventory on a day of their own: the claim's own computation one day on, to the cent "about"."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.settlement import settle
from incasso.claims.timing import cost_moment
from incasso.ledger.model import Language
from incasso.statement.tables import interest_view
from tests.support.site import DEMO_LEDGER, ledger_as_built

DAYS = [date(2026, 11, 24), date(2026, 12, 4)]


@pytest.mark.parametrize("day", DAYS)
def test_the_demo_s_per_day_figure_is_the_computation_s_next_day_within_a_cent_an_invoice(day):
    ledger = ledger_as_built(DEMO_LEDGER, day)
    shown = 0
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, day)
        view = interest_view(claim, ledger.creditor, Language.NL)
        if view is None or not view.per_day:
            continue
        shown += 1
        if any(p.date == day + timedelta(days=1) for p in debtor.payments):
            continue  # the base changes tomorrow
        # Tomorrow's total minus today's, as the computation gives them (the same debtor, costs and rules).
        plan = cost_moment(ledger.creditor, day)(claim.counted_debtor)
        today = claim.settlement
        tomorrow = settle(ledger.creditor, claim.counted_debtor, day + timedelta(days=1), lambda _, plan=plan: plan)
        per_day = today.interest_per_day
        said = fmt.money(per_day.quantize(Decimal("0.01")), Language.NL)
        assert view.per_day == f"Per dag komt er ongeveer {said} rente bij."
        running = sum(1 for b in today.invoices if b.interest_next_day)
        assert abs(tomorrow.interest - today.interest - per_day) <= Decimal("0.01") * running, debtor.id
    assert shown


def test_in_english():
    ledger = ledger_as_built(DEMO_LEDGER, DAYS[-1])
    views = (interest_view(assess(ledger, d, DAYS[-1]), ledger.creditor, Language.EN) for d in ledger.debtors)
    said = [v.per_day for v in views if v is not None and v.per_day]
    assert said and all(s.startswith("Interest adds about EUR\u00a0") and s.endswith(" a day.") for s in said)


def test_not_after_a_write_off_where_the_figures_stop():
    ledger = ledger_as_built(DEMO_LEDGER, DAYS[-1])
    claim = assess(ledger, ledger.debtors[0], DAYS[-1])
    stopped = replace(claim, settlement=replace(claim.settlement, as_of=DAYS[-1] - timedelta(days=30)))
    view = interest_view(stopped, ledger.creditor, Language.NL)
    assert view is None or view.per_day == ""
