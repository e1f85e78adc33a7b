"""The agency's messages as the page shows them: a name that ends in a full stop ("Incasso B.V.") at the end of a
sentence ends it once, as the page's other sentences do (fmt.sentence)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import days, event, one_debtor_ledger, payment
from tests.support.site import REPO

D = Decimal
DUE = date(2026, 2, 4)
NOTICE = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning"), event(DUE + days(30), "final_notice")]
HANDOVER = event(DUE + days(60), "handover", agency="Incasso B.V.", agency_phone="+31 30 298 40 00")
PLAN = [{"due": DUE + days(75), "amount": D("600.00")}, {"due": DUE + days(105), "amount": D("837.50")}]
EVENTS = [*NOTICE, HANDOVER, event(DUE + days(65), "arrangement", installments=PLAN)]
PAID = [payment(date=DUE + days(75), amount=D("600.00"))]
SHIPPED = Messages(REPO / "content" / "messages")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("as_of", "payments"),
    [(DUE + days(70), []), (DUE + days(80), []), (DUE + days(90), PAID), (DUE + days(110), PAID)],
    ids=["on_schedule", "behind", "one_left", "one_left_behind"],
)
def test_the_agency_s_name_ends_a_sentence_with_one_full_stop(tmp_path, language, as_of, payments):
    """'You have agreed a payment plan with Incasso B.V.. According to our records ...'."""
    ledger = one_debtor_ledger(tmp_path, language=language, events=EVENTS, payments=payments)
    view = statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)
    assert view.message_key.startswith("arrangement_agency")
    message = str(SHIPPED.for_page(view))
    assert "Incasso B.V." in message
    assert "B.V.." not in message
