"""s49: an English settlement's page says "waive" for what it lets go, as its letters and figures do ("remit" reads
as sending money). s50: 'What happens next?' says it, with the figure; the shipped message no longer says it again,
nor one shipped before as a site may have copied it (its sentence as shipped is left out); a site's own words stay."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import event, one_debtor_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
SETTLEMENT = event(date(2026, 11, 5), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31))
BEFORE = (
    "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. We then remit the rest.\n\n"
    "Can you not pay in time? Please contact us, and we will look for a solution together.\n"
)
OWN = "Agreed{agreed_with}: you pay {agreed_amount} {agreed_terms}. After that we remit what is left.\n"


@pytest.mark.parametrize(
    ("copied", "said"),
    [
        (None, ""),
        (BEFORE, ""),
        (OWN, "After that we remit what is left."),  # the site's own words, as written
    ],
    ids=["shipped", "copied_before", "own_words"],
)
def test_the_settlement_message_says_waive_as_the_page_does(tmp_path, copied, said):
    ledger = one_debtor_ledger(tmp_path / "ledger", language="en", events=[SETTLEMENT])
    page = statement_view(assess(ledger, ledger.debtors[0], date(2026, 11, 20)), ledger)
    assert page.message_key == "settlement"
    site = MESSAGES
    if copied is not None:
        site = tmp_path / "copied"
        shutil.copytree(MESSAGES, site)
        (site / "en" / "settlement.md").write_text(copied, encoding="utf-8")
    message = " ".join(re.sub(r"<[^>]+>", " ", str(Messages(site).for_page(page))).split())
    assert message.startswith("Agreed: you pay EUR 600.00 by 31 January 2027.") and said in message, message
    assert ("remit" in message) == (copied == OWN) and "waive" not in message, message
    assert "We will then waive the rest: EUR" in " ".join(page.next_steps), page.next_steps  # said there, once
