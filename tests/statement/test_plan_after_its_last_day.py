"""After a plan's last day no agreement is left to "simply stand" (s40 newcomer, E-2001: tests.support.plan_notice):
a plan of one instalment and a plan with several instalments missed say what paying does, as `plan_missed_last` says
it of one missed instalment of a longer plan; and after a final notice's term over a plan in arrears, its costs
charged, the page offers to look at the debtor's plan, not "a payment plan is still possible" as if there were
none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.letters.outlook import claim_as_sent
from incasso.statement.view import message_fallbacks, statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment
from tests.support.plan_notice import AFTER, plan_notice_ledger
from tests.support.site import REPO

MESSAGES = REPO / "content" / "messages"
STANDS = {"nl": "blijft onze afspraak gewoon staan", "en": "payment plan then stays in place"}
POSSIBLE = {"nl": "nog steeds mogelijk", "en": "still possible"}


def _plan_ledger(tmp_path, installments, payments, language):
    """One consumer owing 1500.00 since 31 July 2026, a plan agreed on 1 September with `installments`."""
    events = [
        event(date(2026, 9, 1), "arrangement", channel="email", installments=installments),
        event(date(2026, 11, 21), "reminder", channel="email"),
    ]
    return one_debtor_ledger(
        tmp_path,
        interest="statutory",
        invoices=[invoice(number="F-1", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="1500.00")],
        payments=[payment(date=day, amount=amount) for day, amount in payments],
        events=events,
        language=language,
    )


def _view(ledger, day):
    claim = assess(ledger, ledger.debtors[0], day)
    page = claim_as_sent(ledger, claim)
    return page, statement_view(page, ledger)


def _message(view) -> str:
    return (MESSAGES / view.lang / f"{view.message_key}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("paid", [[], [(date(2026, 11, 5), "300.00")]])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_one_missed_says_paying_it_pays_the_plan(tmp_path, language, paid):
    """ "Please pay that instalment by 23 November 2026: our agreement then simply stands." of a plan whose one
    instalment's day, its last, was 31 October."""
    ledger = _plan_ledger(tmp_path, [{"due": date(2026, 10, 31), "amount": "1500.00"}], paid, language)
    _, view = _view(ledger, date(2026, 11, 10))
    assert view.message_key == ("plan_missed_single_part" if paid else "plan_missed_single")
    message = _message(view)
    assert STANDS[language] not in message
    assert ("helemaal betaald" if language == "nl" else "paid in full") in message


SEVERAL = [
    {"due": date(2026, 11, 10), "amount": "500.00"},
    {"due": date(2026, 11, 20), "amount": "500.00"},
    {"due": date(2026, 11, 30), "amount": "500.00"},
]


@pytest.mark.parametrize("part", [False, True])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_several_missed_after_the_last_day_says_paying_them_pays_every_instalment(tmp_path, language, part):
    """ "Please pay those instalments by 4 December 2026: our agreement then simply stands." once the plan's last day
    (30 November) is behind, the instalments of 20 and 30 November open."""
    paid = [(date(2026, 11, 10), "500.00")] + ([(date(2026, 11, 25), "200.00")] if part else [])
    _, view = _view(_plan_ledger(tmp_path, SEVERAL, paid, language), date(2026, 12, 2))
    assert view.message_key == "plan_missed_last_several" + ("_part" if part else "")
    message = _message(view)
    assert STANDS[language] not in message
    assert ("alle termijnen" if language == "nl" else "every instalment") in message
    assert ("die termijnen" if language == "nl" else "those instalments") in message


def test_several_missed_before_the_last_day_keep_their_message(tmp_path):
    longer = [{**i, "amount": "400.00"} for i in SEVERAL] + [{"due": date(2026, 12, 10), "amount": "300.00"}]
    _, view = _view(_plan_ledger(tmp_path, longer, [(date(2026, 11, 10), "400.00")], "en"), date(2026, 12, 2))
    assert view.message_key == "plan_missed_several"  # the instalment of 10 December still to come: the plan stands


def test_a_site_without_the_several_last_texts_shows_what_it_showed(tmp_path):
    page, view = _view(_plan_ledger(tmp_path, SEVERAL, [(date(2026, 11, 10), "500.00")], "en"), date(2026, 12, 2))
    assert message_fallbacks(page, view.message_key) == ("plan_missed_several", "plan_missed")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_notice_s_term_over_a_plan_the_page_offers_to_change_it(tmp_path, language):
    """ "Please pay as soon as possible, or make an agreement with us. ... A payment plan is still possible." to a
    debtor whose plan the notice was sent over."""
    ledger = plan_notice_ledger(tmp_path, notice=True, paid_after=False, language=language)
    page, view = _view(ledger, AFTER)
    assert view.message_key == "final_notice_passed_plan"
    message = _message(view)
    assert POSSIBLE[language] not in message
    assert ("uw betalingsregeling" if language == "nl" else "your payment plan") in message
    assert ("aanpassen" if language == "nl" else "change") in message
    assert message_fallbacks(page, view.message_key) == ("final_notice_passed",)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_the_notice_s_term_unseen_over_a_plan_the_page_offers_to_change_it(tmp_path, language):
    """The term over, the bank statements read ending before its last day: "If you are unable to pay, contact us now:
    a payment plan is still possible." (final_notice_unseen) to the same debtor."""
    ledger = plan_notice_ledger(tmp_path, notice=True, paid_after=False, language=language)
    ledger = replace(ledger, bank_until=date(2026, 12, 7))
    page, view = _view(ledger, date(2026, 12, 14))
    assert page.term_unseen == date(2026, 12, 10)
    assert view.message_key == "final_notice_unseen_plan"
    message = _message(view)
    assert POSSIBLE[language] not in message
    assert ("uw betalingsregeling" if language == "nl" else "your payment plan") in message
    assert message_fallbacks(page, view.message_key) == ("final_notice_unseen", "final_notice")
