"""A plan on schedule whose final notice's costs are owed all the same: the status says both.

A plan agreed in a final notice's term does not stop its costs (docs/computation.md): once the term has passed,
the costs are owed while the plan runs on schedule. The status said "Gepauzeerd: regeling op schema" beside
"Incassokosten open EUR 128,40", as if the plan had held everything back (review 38, staff #2): the steps wait,
the costs did not.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import CostsState
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.search import search_fields
from incasso.staff.view import status_badge
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

NOTICE, AGREED, FIRST = date(2026, 3, 20), date(2026, 3, 23), date(2026, 4, 1)


def ledger_of(tmp_path: Path) -> Path:
    """1250.00 due 4 February; a final notice on 20 March (costs 187.50); a plan in its term on 23 March, its first
    instalment (400.00, 1 April) paid on its day: 857.67 is left when the term ends, so costs of 128.40 are owed."""
    plan = event(
        AGREED,
        "arrangement",
        installments=[
            {"due": FIRST, "amount": "400.00"},
            {"due": date(2026, 5, 1), "amount": "425.00"},
            {"due": date(2026, 6, 1), "amount": "425.00"},
        ],
    )
    debtor = valid_debtor(
        invoices=[invoice(amount="1250.00")],
        payments=[payment(date=FIRST, amount="400.00")],
        events=[
            event(date(2026, 2, 16), "dunning", channel="letter"),
            event(NOTICE, "final_notice", channel="letter", costs="187.50"),
            plan,
        ],
    )
    return write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])


def claim_on(root: Path, day: date):
    ledger = load_ledger(root)
    return assess(ledger, ledger.debtors[0], day)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (Language.NL, "Gepauzeerd: regeling op schema; incassokosten verschuldigd"),
        (Language.EN, "Paused: plan on schedule; collection costs owed"),
    ],
)
def test_a_plan_on_schedule_with_costs_owed_says_both(tmp_path, language, said):
    claim = claim_on(ledger_of(tmp_path), date(2026, 4, 10))
    assert claim.paused and claim.costs.state == CostsState.CHARGED
    with speaking(language):
        badge = status_badge(claim)
        assert badge.text == said
        assert said in search_fields(claim)  # found as the overview names it
    assert "paused" in badge.css


def test_in_the_term_the_costs_are_not_owed_yet_and_the_status_is_as_before(tmp_path):
    claim = claim_on(ledger_of(tmp_path), date(2026, 4, 2))
    assert claim.paused and claim.costs.state == CostsState.ANNOUNCED
    with speaking(Language.NL):
        assert status_badge(claim).text == "Gepauzeerd: regeling op schema"


def test_the_dossier_and_the_overview_show_it(tmp_path):
    site = build_site(tmp_path / "site", ledger=ledger_of(tmp_path), as_of=date(2026, 4, 10))
    assert site.exit_code == 0
    for page in (site.internal / "index.html", site.internal / "d" / "D-1001.html"):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).split())
        assert "Gepauzeerd: regeling op schema; incassokosten verschuldigd" in text
