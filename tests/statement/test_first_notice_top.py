"""The page's top the day a first final notice is written, after a dunning letter (s42).

The top said "Betaal zo snel mogelijk" beside steps that send a notice giving fourteen days from the day after it
arrives: the letter gives a term, the page asked for haste. The top now says what the notice gives, until when (the
letter's own words: from the day after it arrives), and what the costs are if it is not paid in that term.
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, invoice, one_debtor_ledger

D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
DUNNING = event(date(2026, 9, 14), "dunning", channel="letter")

TOP = {
    "nl": (
        "Betaal binnen veertien dagen na ontvangst van de sommatie",
        "Wij sturen u nu een sommatie. Daarin krijgt u veertien dagen om te betalen, vanaf de dag nadat u die heeft "
        "ontvangen.",
        "Betaalt u niet binnen die veertien dagen? Dan komen er tot EUR\xa0225,00 incassokosten bij.",
    ),
    "en": (
        "Please pay within fourteen days of receiving the final notice",
        "We are now sending you a final notice. It gives you fourteen days to pay, from the day after you receive it.",
        "If you do not pay within those fourteen days, collection costs of up to EUR\xa0225.00 are added.",
    ),
}
ASAP = {"nl": "zo snel mogelijk", "en": "as soon as possible"}


def _view(tmp_path, lang, as_of=date(2026, 10, 1), **debtor):
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=[DUNNING], language=lang, **debtor)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_day_the_first_notice_is_written_the_top_gives_its_term_and_costs(tmp_path, lang):
    claim, view = _view(tmp_path, lang)
    assert claim.next_action.kind == "final_notice" and not claim.final_notices
    by, term, costs = TOP[lang]
    assert view.summary.deadline == by
    assert view.summary.lines[:2] == (term, costs)
    for said in (view.summary.deadline, *view.summary.lines):
        assert ASAP[lang] not in said, said


def test_the_top_names_no_costs_the_notice_does_not_bring(tmp_path):
    # E-mailed to a consumer who never agreed to e-mail: the notice brings no costs (claims.timing.binds), and the
    # steps call it an e-mail, no sommatie; the top keeps what it said.
    _, view = _view(tmp_path, "nl", **{"contact.address": MISSING})
    assert "incassokosten" not in " ".join(view.summary.lines)
    assert "sommatie" not in view.summary.deadline


MESSAGE = {
    "nl": "Wilt u het bedrag binnen veertien dagen na ontvangst van onze sommatie betalen?",
    "en": "Please pay the amount within fourteen days of receiving our final notice.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_message_beside_it_asks_the_same_term(tmp_path, lang):
    """The dunning letter's message asked {pay_by}, "zo snel mogelijk", above the top's fourteen days."""
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    _, view = _view(tmp_path, lang)
    message = str(Messages(REPO / "content" / "messages").for_page(view))
    assert MESSAGE[lang] in message and ASAP[lang] not in message
