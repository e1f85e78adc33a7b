"""The top after the term of a consumer's first final notice e-mailed without consent, no postal address (s43).

That notice brings no costs (claims.timing.brings_costs), and none that does can follow by post: the handover comes
next, without costs. The top said "Betaal zo snel mogelijk" and nothing else. It now says to pay now without costs,
that the term is over and no costs come, what we will do, and that a plan is still possible. The English names that
e-mail as its top does, a "notice to pay", never a "final notice" (the day it is written, the message's {pay_by} said
"within fourteen days of receiving our final notice" under "We are now sending you a notice to pay by email").
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, invoice, one_debtor_ledger

D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
DUNNING = event(date(2026, 9, 14), "dunning", channel="letter")
EMAILED = event(date(2026, 10, 1), "final_notice", channel="email")

TOP = {
    "nl": (
        "Betaal nu, zonder incassokosten",
        "De termijn van onze e-mail (sommatie) liep tot en met 15 oktober 2026. Wij rekenen geen incassokosten.",
        "Betaalt u niet? Dan kunnen wij uw dossier overdragen aan een incassobureau.",
        "Lukt betalen niet? Neem contact met ons op: een betalingsregeling is nog mogelijk.",
    ),
    "en": (
        "Pay now, without collection costs",
        "The deadline in our notice to pay by email was 15 October 2026. We charge no collection costs.",
        "If you do not pay, we may hand your file over to a collection agency.",
        "If you cannot pay, contact us: a payment plan is still possible.",
    ),
}
ASAP = {"nl": "zo snel mogelijk", "en": "as soon as possible"}


def _page(tmp_path, lang, as_of, events=(DUNNING, EMAILED)):
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    ledger = one_debtor_ledger(
        tmp_path, invoices=[D1], events=list(events), language=lang, **{"contact.address": MISSING}
    )
    claim = assess(ledger, ledger.debtors[0], as_of)
    view = statement_view(claim, ledger)
    return claim, view, str(Messages(REPO / "content" / "messages").for_page(view))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("as_of", [date(2026, 10, 16), date(2026, 10, 30)])
def test_after_the_term_the_top_says_no_costs_what_follows_and_a_way_out(tmp_path, lang, as_of):
    claim, view, _ = _page(tmp_path, lang, as_of)
    assert claim.costless_notices and claim.next_action.kind == "handover"
    by, term, handover, plan = TOP[lang]
    assert view.summary.deadline == by
    assert view.summary.lines[:3] == (term, handover, plan)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_in_the_term_the_top_keeps_its_day(tmp_path, lang):
    _, view, _ = _page(tmp_path, lang, date(2026, 10, 15))
    assert (
        view.summary.deadline
        == {"nl": "Betaal uiterlijk vandaag, 15 oktober 2026", "en": "Please pay today, 15 October 2026"}[lang]
    )


@pytest.mark.parametrize("as_of", [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 16)])
def test_the_english_calls_that_e_mail_a_notice_to_pay_throughout(tmp_path, as_of):
    events = (DUNNING,) if as_of == date(2026, 10, 1) else (DUNNING, EMAILED)
    _, view, message = _page(tmp_path, "en", as_of, events)
    said = " ".join((view.summary.deadline or "", *view.summary.lines, message, *view.next_steps))
    assert "notice to pay" in said
    assert "final notice" not in said
