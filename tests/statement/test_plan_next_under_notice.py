"""A plan agreed in a final notice's term, its instalments not enough by the term's last day to stop the costs. The
page said "Uw volgende termijn is EUR 1.000,00, uiterlijk 20 maart 2026. Zolang u de termijnen op tijd betaalt,
sturen wij u geen herinneringen of aanmaningen" right beside "Uw termijnen alleen houden die niet tegen": both
true, but read together a debtor could not tell what to pay. The plan's line says one thing: what to pay by when to
stop the costs, and what the instalment alone does.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026; the final notice posted
on 10 March 2026 (received the 12th, last day the 26th, costs EUR 187,50); on the 15th a plan of 1000.00 on 20
March and 270.00 on 20 April (or, of one, 1260.00 on 20 March). The page of 20 March, the instalment's day.
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger

STEPS = [
    event(date(2026, 2, 5), "reminder", channel="email"),
    event(date(2026, 2, 19), "dunning", channel="email"),
    event(date(2026, 3, 10), "final_notice", channel="letter", costs="187.50"),
]
TWO = [{"due": date(2026, 3, 20), "amount": "1000.00"}, {"due": date(2026, 4, 20), "amount": "270.00"}]
ONE = [{"due": date(2026, 3, 20), "amount": "1200.00"}]
SAID = {
    ("nl", 2): "Wilt u geen incassokosten? Betaal dan uiterlijk 26 maart 2026 EUR\xa01.250,00. Uw volgende termijn "
    "van EUR\xa01.000,00, uiterlijk 20 maart 2026, is daarvoor niet genoeg. Betaalt u alleen de termijnen op tijd? "
    "Dan sturen wij u geen herinneringen of aanmaningen, maar komen er wel incassokosten bij.",
    ("en", 2): "To avoid collection costs, pay EUR\xa01,250.00 by 26 March 2026. Your next instalment of "
    "EUR\xa01,000.00, due by 20 March 2026, is not enough for that. If you only pay the instalments on time, we send "
    "no reminders or other payment letters, but collection costs are added.",
    ("nl", 1): "Wilt u geen incassokosten? Betaal dan uiterlijk 26 maart 2026 EUR\xa01.250,00. Uw termijn van "
    "EUR\xa01.200,00, uiterlijk 20 maart 2026, is daarvoor niet genoeg. Betaalt u alleen die termijn op tijd? Dan "
    "sturen wij u geen herinneringen of aanmaningen, maar komen er wel incassokosten bij.",
    ("en", 1): "To avoid collection costs, pay EUR\xa01,250.00 by 26 March 2026. Your instalment of EUR\xa01,200.00, "
    "due by 20 March 2026, is not enough for that. If you only pay that instalment on time, we send no reminders or "
    "other payment letters, but collection costs are added.",
}
HOLD = {"nl": "Zolang u de termijnen op tijd betaalt", "en": "As long as you pay the instalments on time"}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("installments", [TWO, ONE], ids=["two", "one"])
def test_the_plan_s_line_says_what_stops_the_costs_and_what_the_instalment_does(tmp_path, language, installments):
    plan = event(date(2026, 3, 15), "arrangement", channel="email", installments=installments)
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, plan], language=language)
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 20)), ledger)
    assert view.next_steps[0] == SAID[(language, len(installments))]
    assert not any(HOLD[language] in line for line in view.next_steps)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_term_the_plan_s_line_is_as_before(tmp_path, language):
    """The costs charged (the term ended unpaid): only the plan's instalments are left to say."""
    plan = event(date(2026, 3, 15), "arrangement", channel="email", installments=TWO)
    ledger = one_debtor_ledger(
        tmp_path, events=[*STEPS, plan], language=language, payments=[{"date": date(2026, 3, 20), "amount": "1000.00"}]
    )
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 4, 1)), ledger)
    assert {"nl": "Betaalt u die op tijd, dan", "en": "If you pay it on time, we"}[language] in view.next_steps[0]


PAST = {
    ("nl", 2): "Wilt u geen incassokosten? Betaal dan uiterlijk 26 maart 2026 EUR\xa01.250,00. Uw termijn van "
    "EUR\xa01.000,00 moest uiterlijk 20 maart 2026 betaald zijn. Heeft u die al betaald? Dan telt die daarbij mee, "
    "maar alleen is hij niet genoeg. Betaalt u alleen de termijnen op tijd, dan sturen wij u geen herinneringen of "
    "aanmaningen, maar komen er wel incassokosten bij.",
    ("en", 2): "To avoid collection costs, pay EUR\xa01,250.00 by 26 March 2026. Your instalment of EUR\xa01,000.00 "
    "was due by 20 March 2026. If you have paid it, it counts towards that, but it is not enough on its own. If you "
    "only pay the instalments on time, we send no reminders or other payment letters, but collection costs are added.",
    ("nl", 1): "Wilt u geen incassokosten? Betaal dan uiterlijk 26 maart 2026 EUR\xa01.250,00. Uw termijn van "
    "EUR\xa01.200,00 moest uiterlijk 20 maart 2026 betaald zijn. Heeft u die al betaald? Dan telt die daarbij mee, "
    "maar alleen is hij niet genoeg. Betaalt u alleen die termijn, dan sturen wij u geen herinneringen of "
    "aanmaningen, maar komen er wel incassokosten bij.",
    ("en", 1): "To avoid collection costs, pay EUR\xa01,250.00 by 26 March 2026. Your instalment of EUR\xa01,200.00 "
    "was due by 20 March 2026. If you have paid it, it counts towards that, but it is not enough on its own. If you "
    "only pay that instalment, we send no reminders or other payment letters, but collection costs are added.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("installments", [TWO, ONE], ids=["two", "one"])
def test_the_day_after_the_instalment_unread_the_line_says_what_stops_the_costs(tmp_path, language, installments):
    """The page of 21 March, the bank read up to the 19th: the instalment's day is past, its payments not yet read. It
    said "Heeft u die op tijd betaald, dan hoeft u niets te doen" in the notice's term, whose costs the instalment
    alone does not stop (`plan_next_past_notice`)."""
    from dataclasses import replace

    plan = event(date(2026, 3, 15), "arrangement", channel="email", installments=installments)
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, plan], language=language)
    ledger = replace(ledger, bank_until=date(2026, 3, 19))
    view = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 21)), ledger)
    assert view.next_steps[0] == PAST[(language, len(installments))]
