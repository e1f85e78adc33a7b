"""The costs a final notice brought, moved by a dispute's answer to the end of the answer's term (s41 review).

A consumer with D1, 1,500.00; a final notice posted on 2 October 2026 (its term to 20 October); the whole claim
disputed on 12 October, answered on 16 November: the costs (225.00) come only after the answer's term, from 30
November (claims.timing.wait_for_disputes). Read on 2 December with the bank statements to 27 November, the page's
top asks the costs with the rest (tables.term_costs_on_top). Before, it said the notice's term "liep tot en met 29
november" (it ran to 20 October), and beside that top the costs paragraph said "Nog niet in rekening gebracht ...
Dan rekenen wij vanaf 30 november" and the steps "Heeft u niet uiterlijk 29 november ... betaald? Dan rekenen wij",
of days gone by. Now each names the answer's term, in the past, and the paragraph says the top holds them.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger

D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
EVENTS = [
    event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("225.00")),
    event(date(2026, 10, 12), "dispute", reason="Werk niet af"),
    event(date(2026, 11, 16), "dispute_resolved", outcome="Werk was af"),
]


def _view(tmp_path, lang, as_of, bank_until):
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=EVENTS, language=lang)
    ledger = replace(ledger, bank_until=bank_until)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


def _plain(lines) -> str:
    return " ".join(lines).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("lang", "why", "costs", "step"),
    [
        (
            "nl",
            "Na ons antwoord van 16 november 2026 op uw bezwaar kon u betalen tot en met 29 november 2026. Die "
            "termijn is voorbij. Daarom staan de incassokosten erbij.",
            "Geteld in het bedrag bovenaan, omdat de termijn voorbij is. Na ons antwoord van 16 november 2026 op "
            "uw bezwaar kon u EUR 1.500,00 betalen tot en met 29 november 2026. Had u dat toen niet betaald? Dan "
            "zijn er vanaf 30 november 2026 incassokosten van EUR 225,00 verschuldigd.",
            "Had u niet uiterlijk 29 november 2026, de laatste dag van de termijn na ons antwoord, EUR 1.500,00 "
            "betaald? Dan zijn er vanaf 30 november 2026 incassokosten van EUR 225,00 verschuldigd.",
        ),
        (
            "en",
            "After our answer of 16 November 2026 to your dispute, the deadline to pay was 29 November 2026. That "
            "deadline has passed. That is why the collection costs are added.",
            "Included in the amount at the top, because the deadline has passed. Our answer of 16 November 2026 to "
            "your dispute gave you until 29 November 2026 to pay EUR 1,500.00. If you had not paid it by then, "
            "collection costs of EUR 225.00 are owed from 30 November 2026.",
            "The deadline after our answer was 29 November 2026. If you had not paid EUR 1,500.00 by then, "
            "collection costs of EUR 225.00 are owed from 30 November 2026.",
        ),
    ],
)
def test_the_answer_s_term_over_its_days_unread_every_part_names_it(tmp_path, lang, why, costs, step):
    claim, view = _view(tmp_path, lang, date(2026, 12, 2), date(2026, 11, 27))
    assert claim.term_unseen == date(2026, 11, 29) and view.pay.amount == Decimal("1725.00")
    top = _plain(view.summary.lines)
    assert why in top
    assert "20 oktober" not in top and "liep tot en met 29 november" not in top.replace(why, "")
    assert view.costs.replace("\xa0", " ") == costs
    assert step in _plain(view.next_steps)
    assert "Dan rekenen wij vanaf 30 november" not in _plain(view.next_steps)


def test_while_the_answer_s_term_runs_the_costs_paragraph_names_it(tmp_path):
    _, view = _view(tmp_path, "nl", date(2026, 11, 24), date(2026, 11, 23))
    assert view.costs.replace("\xa0", " ").startswith(
        "Nog niet in rekening gebracht. Na ons antwoord van 16 november 2026 op uw bezwaar kunt u EUR 1.500,00 "
        "betalen tot en met 29 november 2026. Heeft u dat dan niet betaald? Dan rekenen wij vanaf 30 november "
        "2026 incassokosten van EUR 225,00"
    )
    assert "Betaalt u te laat? Dan komen er tot EUR 225,00 incassokosten bij." in _plain(view.summary.lines)
