"""s40: the page's words of a final notice that are false for some debtors. A consumer who agreed to e-mail was told on
the notice's day that "een laatste brief" comes and "In die brief staat ..."; in English, a notice e-mailed without
consent (no last one: a notice that brings costs may follow) was "Our final notice, emailed on ...", where the Dutch
already says "een e-mail (een sommatie)".

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; the final notice is due on 10 March 2026.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, one_debtor_ledger

NOTICE_DAY = date(2026, 3, 10)
STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
AGREED = {"contact.final_notice_by": "email", "contact.email_agreed": date(2026, 2, 1)}


def page_strings(value: object) -> list[str]:
    """Every sentence in a page's view model, however deep."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in page_strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for v in value.values() for s in page_strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in page_strings(v)]
    return []


def page_of(tmp_path, language, as_of=NOTICE_DAY, events=STEPS, **changes) -> str:
    ledger = one_debtor_ledger(tmp_path, events=events, language=language, **changes)
    return "\n".join(page_strings(statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)))


AGREED_COMING = {
    "nl": (
        "Wij sturen u nu een sommatie per e-mail. Daarin krijgt u veertien dagen om te betalen, vanaf de dag nadat u "
        "de e-mail heeft ontvangen. In de e-mail staat uw laatste betaaldag.",
        "In die e-mail staat hoeveel incassokosten wij rekenen",
    ),
    "en": (
        "We are now emailing you a final notice. It gives you fourteen days to pay, from the day after you receive "
        "it. The email states your last day to pay.",
        "That email will state the collection costs",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_on_the_day_a_notice_is_e_mailed_with_consent_the_page_says_an_e_mail_comes(tmp_path, language):
    """`final_notice_by: email`, agreed: the notice goes by e-mail only. The page said "Wij sturen u nu een laatste
    brief ... de brief heeft ontvangen" and "In die brief staat hoeveel incassokosten ..."."""
    page = page_of(tmp_path, language, **AGREED)
    for said in AGREED_COMING[language]:
        assert said in page
    assert "In die brief" not in page and "That letter" not in page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_before_the_day_a_notice_to_be_e_mailed_is_announced_as_one(tmp_path, language):
    """Days before, "Dan sturen wij u een laatste brief (sommatie). In die brief staat ..." of an e-mail too."""
    page = page_of(tmp_path, language, as_of=date(2026, 3, 2), **AGREED)
    said = {"nl": "Dan sturen wij u een sommatie per e-mail.", "en": "we will send you a final notice by email."}
    assert said[language] in page
    assert "In die brief" not in page and "That letter" not in page


UNAGREED_TERM = {
    "nl": "Onze e-mail (sommatie) van 10 maart 2026 geeft u veertien dagen om te betalen",
    "en": "Our notice to pay, emailed on 10 March 2026, gives you fourteen days to pay",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_term_of_a_notice_e_mailed_without_consent_is_no_final_notice_s(tmp_path, language):
    """No postal address, no consent: the notice brings no costs and a posted one may follow. English called it "Our
    final notice, emailed on ..."."""
    sent = [*STEPS, event(NOTICE_DAY, "final_notice", channel="email")]
    page = page_of(tmp_path, language, as_of=date(2026, 3, 12), events=sent, **{"contact.address": MISSING})
    assert UNAGREED_TERM[language] in page
    assert "Our final notice, emailed" not in page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_term_of_a_notice_e_mailed_with_consent_stays_the_final_notice_s(tmp_path, language):
    sent = [*STEPS, event(NOTICE_DAY, "final_notice", channel="email")]
    page = page_of(tmp_path, language, as_of=date(2026, 3, 12), events=sent, **AGREED)
    said = {"nl": "Onze sommatie per e-mail van 10 maart 2026 geeft u", "en": "Our final notice, emailed on 10 March"}
    assert said[language] in page


# A plan of three instalments agreed on 1 April 2026, its first missed and reminded of in both cases below.
PLAN_OF_APRIL = event(
    date(2026, 4, 1),
    "arrangement",
    installments=[
        {"due": date(2026, 4, 30), "amount": "500.00"},
        {"due": date(2026, 5, 31), "amount": "500.00"},
        {"due": date(2026, 6, 30), "amount": "437.50"},
    ],
)

# A plan agreed after a first notice's term (its costs charged), its first instalment missed, and a second notice over
# it: the page's message was `final_notice_plain`, "een betalingsregeling is nog steeds mogelijk", beside the plan.
PLAN_AFTER_NOTICE = [
    *STEPS,
    event(date(2026, 3, 10), "final_notice", costs="187.50"),
    PLAN_OF_APRIL,
    event(date(2026, 5, 1), "reminder"),
    event(date(2026, 5, 15), "final_notice"),
]
PLAN_CHANGE = {
    "nl": "dan kijken wij samen of wij uw betalingsregeling kunnen aanpassen",
    "en": "we will see together whether we can change your payment plan",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_second_notice_over_a_plan_offers_to_change_the_plan_not_a_plan(tmp_path, language):
    from incasso.statement.view import message_fallbacks
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    ledger = one_debtor_ledger(tmp_path, events=PLAN_AFTER_NOTICE, language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 16))
    assert (claim.status, claim.stage) == ("arrangement", "final_notice")
    view = statement_view(claim, ledger)
    assert view.message_key == "final_notice_plain_plan"
    assert message_fallbacks(claim, view.message_key)[0] == "final_notice_plain"
    page = str(Messages(REPO / "content" / "messages").for_page(view))
    assert PLAN_CHANGE[language] in page
    assert "nog steeds mogelijk" not in page and "still possible" not in page


# A business with costs from the due dates (policy.business_costs_from_due), a plan, its instalment missed and
# reminded of: the final notice over the plan brings no costs of its own, they are charged already.
PLAN_COSTS_FROM_DUE = [
    *STEPS,
    PLAN_OF_APRIL,
    event(date(2026, 5, 1), "reminder"),
]
COSTS_FREE = {"nl": "zonder incassokosten", "en": "without collection costs"}
COSTS_ALREADY = {"nl": "welke incassokosten wij al rekenen", "en": "which collection costs we already charge"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_with_costs_charged_does_not_offer_to_pay_without_costs(tmp_path, language):
    """s40: on the day the notice over the plan was written, the top said "Hieronder staat tot wanneer u kunt betalen
    zonder incassokosten, en hoeveel incassokosten wij rekenen als u niet op tijd betaalt" to a business charged the
    costs from the due dates: no day to pay by without them, and the notice brings none."""
    from incasso.letters.due import NO_RECORD, LetterKind, letters_due
    from incasso.letters.outlook import claim_as_sent
    from incasso.statement.view import message_fallbacks
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    policy = {"business_costs_from_due": True}
    ledger = one_debtor_ledger(tmp_path, events=PLAN_COSTS_FROM_DUE, language=language, type="business", policy=policy)
    claim = assess(ledger, ledger.debtors[0], date(2026, 5, 15))
    assert LetterKind.FINAL_NOTICE in [d.kind for d in letters_due(claim, NO_RECORD)]
    page = claim_as_sent(ledger, claim)
    assert page.costs.state == "charged"
    view = statement_view(page, ledger)
    assert view.message_key == "final_notice_plan_costs_charged"
    assert message_fallbacks(page, view.message_key)[0] == "final_notice_plan"  # what it showed before
    said = str(Messages(REPO / "content" / "messages").for_page(view))
    assert COSTS_FREE[language] not in said
    assert COSTS_ALREADY[language] in said
    assert "{" not in said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_notice_over_a_plan_in_its_term_still_says_by_when_to_pay_without_costs(tmp_path, language):
    # Costs announced by the notice, not charged: the message as before.
    from tests.statement.test_plan_under_notice import _page
    from tests.support.plan_notice import NOTICE

    _, _, page, view = _page(tmp_path, NOTICE, notice=False, language=language)
    assert view.message_key == "final_notice_plan"
