"""s54: a final notice held out of the print file (DayLetter.look_first: a bank credit may be the debtor's;
DayLetter.contact_first: the bank took a payment back) is not sent on its day: staff look or call first. The page
said "Wij sturen u nu een sommatie" / "We are now sending you a final notice" all the same. Held, it says the notice
comes soon (steps.notice_sending); not held, it says what it said.

One consumer invoice of 1500.00 due 31 August 2026, a dunning letter posted on 14 September: the first final notice
is written on 1 October 2026. Its variants as the page words them: e-mailed without consent (no postal address),
to a business (by post or by e-mail), e-mailed with consent, a new one after one that overstated its costs, and one
over a plan in arrears (its own lines, steps._plan_lines).
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.statement.test_notice_words import page_strings
from tests.support.ledgers import MISSING, event, invoice, one_debtor_ledger

D1 = invoice(number="D1", date=date(2026, 8, 1), due=date(2026, 8, 31), amount=Decimal("1500.00"))
DUNNING = event(date(2026, 9, 14), "dunning", channel="letter")
OVERSTATED = event(date(2026, 10, 2), "final_notice", channel="letter", costs=Decimal("300.00"))
NOTICE_DAY, RESTATED_DAY = date(2026, 10, 1), date(2026, 10, 21)
# A plan agreed after the dunning letter, its first instalment missed and reminded: the final notice over it on 12 October.
PLAN = event(
    date(2026, 9, 16),
    "arrangement",
    installments=[
        {"due": date(2026, 9, 25), "amount": Decimal("500")},
        {"due": date(2026, 10, 25), "amount": Decimal("1000")},
    ],
)
PLAN_REMINDED = event(date(2026, 9, 28), "reminder", channel="letter")
# name: the debtor's changes, the page's day
CASES = {
    "first": ({}, [DUNNING], NOTICE_DAY),
    "unagreed": ({"contact.address": MISSING}, [DUNNING], NOTICE_DAY),
    "business": ({"type": "business"}, [DUNNING], NOTICE_DAY),
    "agreed": ({"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 8, 1)}, [DUNNING], NOTICE_DAY),
    "restated": ({}, [DUNNING, OVERSTATED], RESTATED_DAY),
    "plan": ({}, [DUNNING, PLAN, PLAN_REMINDED], date(2026, 10, 12)),
}
NOW = {"nl": ("Wij sturen u nu", "Wij sturen u een"), "en": ("We are now", "We are sending")}
SOON = {
    "nl": {
        "first": "Wij sturen u binnenkort een laatste brief (sommatie). Daarin krijgt u veertien dagen om te betalen, "
        "vanaf de dag nadat u de brief heeft ontvangen.",
        "unagreed": "Wij sturen u binnenkort een e-mail (sommatie). Daarin krijgt u veertien dagen om te betalen.",
        "business": "Wij sturen u binnenkort een sommatie, per post of per e-mail.",
        "agreed": "Wij sturen u binnenkort een sommatie per e-mail. Daarin krijgt u veertien dagen om te betalen, "
        "vanaf de dag nadat u de e-mail heeft ontvangen.",
        "restated": "Wij sturen u binnenkort een nieuwe sommatie. Daarin krijgt u veertien dagen om te betalen.",
        "plan": "Wij sturen u binnenkort een laatste brief (sommatie). Daarin krijgt u veertien dagen om te betalen, "
        "vanaf de dag nadat u de brief heeft ontvangen.",
    },
    "en": {
        "first": "We will shortly send you a final notice. It gives you fourteen days to pay, from the day after you "
        "receive it. The letter states your last day to pay.",
        "unagreed": "We will shortly send you a notice to pay by email. It gives you fourteen days to pay.",
        "business": "We will shortly send you a final notice, by post or by email.",
        "agreed": "We will shortly email you a final notice. It gives you fourteen days to pay, from the day after you "
        "receive it. The email states your last day to pay.",
        "restated": "We will shortly send you a new final notice. It gives you fourteen days to pay.",
        "plan": "We will shortly send you a final notice. It gives you fourteen days to pay, from the day after you "
        "receive it.",
    },
}


def _page(tmp_path, lang: str, case: str, *, held: bool) -> str:
    changes, events, as_of = CASES[case]
    ledger = one_debtor_ledger(tmp_path, invoices=[D1], events=events, language=lang, **changes)
    claim = assess(ledger, ledger.debtors[0], as_of)
    assert claim.next_action.kind == "final_notice" and claim.next_action.due <= as_of  # written that day
    return "\n".join(page_strings(statement_view(claim, ledger, held=held)))


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_held_final_notice_is_said_to_come_soon_not_now(tmp_path, lang, case):
    page = _page(tmp_path, lang, case, held=True)
    assert SOON[lang][case] in page
    assert not any(now in page for now in NOW[lang]), page


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_final_notice_not_held_is_still_said_to_be_sent_now(tmp_path, lang, case):
    page = _page(tmp_path, lang, case, held=False)
    assert any(now in page for now in NOW[lang])
    assert {"nl": "binnenkort een", "en": "shortly"}[lang] not in page


# s55: the costs the held notice will announce were still dated from today ("op zijn vroegst vanaf 20 oktober 2026"),
# as if it went now: true, but sooner than likely while it waits for staff. Held, the line gives the day the notice
# itself will give, as the line above says its term (steps.final_notice_forecast); not held, the earliest date.
# (The notice e-mailed without consent brings no costs: no such line.)
COSTS_HELD = {
    "nl": {
        "brief": "zijn dat EUR\xa0225,00, vanaf de dag na de laatste betaaldag in die brief.",
        "e-mail": "zijn dat EUR\xa0225,00, vanaf de dag na de laatste betaaldag in die e-mail.",
        "sommatie": "zijn dat EUR\xa0225,00, vanaf de dag na de laatste betaaldag in die sommatie.",
    },
    "en": {
        "brief": "these would be EUR\xa0225.00, from the day after the last day to pay in that letter.",
        "e-mail": "these would be EUR\xa0225.00, from the day after the last day to pay in that email.",
        "sommatie": "these would be EUR\xa0225.00, from the day after the last day to pay in that notice.",
    },
}
COSTS_FORM = {"first": "brief", "business": "sommatie", "agreed": "e-mail", "restated": "brief", "plan": "brief"}
EARLIEST = {"nl": "op zijn vroegst", "en": "no earlier than"}


@pytest.mark.parametrize("case", list(COSTS_FORM))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_costs_of_a_held_final_notice_are_not_dated_from_today(tmp_path, lang, case):
    page = _page(tmp_path, lang, case, held=True)
    assert COSTS_HELD[lang][COSTS_FORM[case]] in page, page
    assert EARLIEST[lang] not in page, page


@pytest.mark.parametrize("case", list(COSTS_FORM))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_costs_of_a_final_notice_not_held_keep_their_earliest_day(tmp_path, lang, case):
    page = _page(tmp_path, lang, case, held=False)
    assert EARLIEST[lang] in page
    assert not any(said in page for said in COSTS_HELD[lang].values())
