"""The top of the page says one number to pay, what it is made of, by when, and what happens if not (s41).

D-1006 (the demo's final notice of 16 November, received on 18 November; bank data to 20 November) read on
24 November, while its term runs, and on 4 December, its term over but its last days not yet in the statements.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.site import DEMO_LEDGER, ledger_as_built

NOV_24 = date(2026, 11, 24)
DEC_4 = date(2026, 12, 4)
NBSP = "\xa0"


@pytest.fixture(scope="module")
def demo():
    return ledger_as_built(DEMO_LEDGER)


def _view(ledger, as_of, debtor_id="D-1006", language=None):
    debtor = next(d for d in ledger.debtors if d.id == debtor_id)
    if language is not None:
        debtor = replace(debtor, language=language)
        ledger = replace(ledger, debtors=tuple(debtor if d.id == debtor_id else d for d in ledger.debtors))
    claim = assess(ledger, debtor, as_of)
    return claim, statement_view(claim, ledger)


def _money(text: str) -> str:
    return text.replace(NBSP, " ")


# -- 1: the term over, its days not yet read: one number, and what it is made of --------------------------------


def test_after_the_term_the_top_asks_one_number_with_the_costs_in_it(demo):
    claim, view = _view(demo, DEC_4)
    assert claim.term_unseen is not None and claim.costs.state == "announced"
    asked = claim.total_due + claim.costs.amount
    top = view.summary
    assert asked == Decimal("1555.02") and _money(top.amount) == "EUR 1.555,02"
    lines = [_money(line) for line in top.lines]
    assert lines[0] == "Dit is EUR 1.353,18 voor uw facturen en de rente, en EUR 201,84 incassokosten."
    assert "apart" not in " ".join(lines)
    assert any("Stond het bedrag uit die sommatie uiterlijk 2 december 2026 op onze rekening? Dan zijn er geen incassokosten." in line for line in lines)
    # The QR code and the details to copy ask the same number.
    assert view.pay.amount == asked
    # The totals add up to it, the costs a row of their own.
    assert [(row.label, row.amount) for row in view.totals][-2:] == [
        ("Incassokosten, als u niet op tijd betaalde", "201,84"),
        ("Totaal te betalen", "1.555,02"),
    ]
    # The costs paragraph does not say "not charged" beside a top that asks them.
    assert not view.costs.startswith("Nog niet in rekening gebracht")
    assert view.costs.startswith("Geteld in het bedrag bovenaan, omdat de termijn voorbij is.")


def test_after_the_term_the_english_top_asks_one_number_too(demo):
    _, view = _view(demo, DEC_4, language="en")
    assert view.pay.amount == Decimal("1555.02")
    assert _money(view.summary.lines[0]) == (
        "This is EUR 1,353.18 for your invoices and the interest, and EUR 201.84 collection costs."
    )
    assert view.totals[-2].label == "Collection costs, if you did not pay in time"
    assert view.costs.startswith("Included in the amount at the top, because the deadline has passed.")


def test_the_next_steps_do_not_call_the_top_only_slightly_more_once_it_holds_the_costs(demo):
    _, view = _view(demo, DEC_4)
    said = _money(" ".join(view.next_steps) + " " + view.costs)
    assert "iets hoger, omdat de rente doorloopt" not in said
    assert "Het bedrag bovenaan is hoger: daarin zitten ook de rente sinds de sommatie en de incassokosten." in said


# -- 2: while the term runs: what to pay, by when, what happens if not ---------------------------------------


def test_while_the_term_runs_the_top_says_what_happens_if_not_paid_in_time(demo):
    _, view = _view(demo, NOV_24)
    top = view.summary
    assert _money(top.amount) == "EUR 1.351,71"
    assert top.deadline == "Betaal uiterlijk 2 december 2026"
    lines = [_money(line) for line in top.lines]
    assert lines[0] == (
        "Betaalt u niet op tijd? Dan kunnen er EUR 201,84 incassokosten bijkomen. Hieronder leest u meer."
    )
    assert "Betalingen van na 20 november 2026 hebben wij nog niet verwerkt." in lines[1]


def test_while_the_term_runs_the_english_top_says_what_happens_if_not_paid_in_time(demo):
    _, view = _view(demo, NOV_24, language="en")
    assert _money(view.summary.lines[0]) == (
        "If you do not pay in time, collection costs of EUR 201.84 may be added. More about this below."
    )
