"""A dispute's answer told on the page of a plan in arrears (s54), as on an active claim's (statement.answer).

Lived through an English consumer's plan in Belgium: two instalments missed, a final notice over the plan, a dispute
in its term answered by e-mail. The page said "The deadline after our answer is ..." but not that we answered, nor
whom to ask for the answer again: the answer's lines were told only while the claim was `active`, and a plan in
arrears stays `arrangement`. One invoice of 1,250.00 due 4 February 2026; a plan of three instalments, the first
paid; the second (1 April) missed, reminded on 2 April; a final notice posted on Thursday 16 April; a dispute on
22 April, answered on 27 April (its term: 27 April to 10 May)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.claims.states import PlanState, Status
from incasso.statement.view import statement_view
from pelican.plugins.incasso.statements import Messages
from tests.support.ledgers import days, event, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
PLAN = [
    {"due": date(2026, 3, 1), "amount": D("300.00")},
    {"due": date(2026, 4, 1), "amount": D("300.00")},
    {"due": date(2026, 5, 1), "amount": D("650.00")},
]
FIRST_PAID = [payment(date=date(2026, 3, 1), amount=D("300.00"))]
PLANNED = [
    event(DUE + days(1), "reminder"),
    event(DUE + days(15), "dunning"),
    event(DUE + days(16), "arrangement", installments=PLAN),
]
NOTICE_OVER_PLAN = [event(date(2026, 4, 2), "reminder"), event(date(2026, 4, 16), "final_notice", channel="letter")]
ANSWERED = date(2026, 4, 27)
DISPUTE = [event(date(2026, 4, 22), "dispute", reason="Storing kwam terug"), event(ANSWERED, "dispute_resolved")]

TOLD = {
    "nl": (
        "Wij hebben uw bezwaar beantwoord op 27 april 2026.",
        "Wilt u ons antwoord nog eens horen of lezen, of heeft u er een vraag over? Bel Sanne Jansen: "
        "+31 30 123 45 67, of mail naar debiteuren@voorbeeld.nl.",
        "Vanaf de dag van ons antwoord krijgt u 14 dagen om te betalen, tot en met 10 mei 2026. Tot dan sturen wij u "
        "geen nieuwe brief.",
    ),
    "en": (
        "We answered your dispute on 27 April 2026.",
        "Would you like to hear or read our answer again, or do you have a question about it? Call Sanne Jansen on "
        "+31 30 123 45 67, or email debiteuren@voorbeeld.nl.",
        "From the day of our answer, you have 14 days to pay, up to and including 10 May 2026. We will not send you "
        "a new letter before then.",
    ),
}


def _page(tmp_path, on: date, language: str, events: list[dict]):
    ledger = one_debtor_ledger(tmp_path / f"{language}-{on}", language=language, payments=FIRST_PAID, events=events)
    claim = assess(ledger, ledger.debtors[0], on)
    assert claim.status == Status.ARRANGEMENT and claim.plan is not None
    assert claim.plan.state == PlanState.IN_ARREARS
    return claim, statement_view(claim, ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_answer_in_the_term_of_a_notice_over_the_plan_is_told_under_its_message(tmp_path, language) -> None:
    claim, view = _page(tmp_path, ANSWERED + days(1), language, PLANNED + NOTICE_OVER_PLAN + DISPUTE)
    assert view.message_key == "final_notice_plan"
    assert claim.next_action is not None and claim.next_action.due > date(2026, 5, 10)  # "no new letter" holds
    assert view.answer == TOLD[language]


def test_after_the_answer_s_term_the_answer_is_still_told_without_its_days(tmp_path) -> None:
    """As on an active claim's page (test_answer: told until a letter names it), the term's line gone."""
    _, view = _page(tmp_path, date(2026, 5, 12), "en", PLANNED + NOTICE_OVER_PLAN + DISPUTE)
    assert view.answer == TOLD["en"][:2]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_instalment_s_reminder_waits_for_the_answer_s_term_and_the_answer_is_told(tmp_path, language) -> None:
    """No final notice yet: the missed instalment's reminder waits for the answer's term (s54; until then it was due
    the day after the answer and the page kept its plan's message alone), so the answer's lines are told with the
    term's last day, and the message asks by that day (statement.steps.payment_deadline), not as soon as possible."""
    events = PLANNED + [event(date(2026, 4, 3), "dispute", reason="x"), event(date(2026, 4, 8), "dispute_resolved")]
    claim, view = _page(tmp_path, date(2026, 4, 9), language, events)
    assert claim.next_action is not None and claim.next_action.due == date(2026, 4, 22)
    told, again, _ = TOLD[language]
    term = {
        "nl": "Vanaf de dag van ons antwoord krijgt u 14 dagen om te betalen, tot en met 21 april 2026. Tot dan sturen "
        "wij u geen nieuwe brief.",
        "en": "From the day of our answer, you have 14 days to pay, up to and including 21 April 2026. We will not "
        "send you a new letter before then.",
    }
    assert view.answer == (told.replace("27", "8"), again, term[language])
    assert view.message_values["pay_by"] == {"nl": "uiterlijk 21 april 2026", "en": "by 21 April 2026"}[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_instalment_s_reminder_names_the_answer_and_the_page_beside_it_keeps_telling_it(tmp_path, language) -> None:
    """The reminder sent the day after the term opens with the answer (letters.view: installment_reminder_answered,
    s54); the page beside it keeps the answer's lines, the term's gone, as a reminder's page keeps `dunning_answered`.
    Until s54 they went with that letter, and the plan's message stood alone ("Dat kan gebeuren"). A letter after it
    ends them."""
    answered = [event(date(2026, 4, 3), "dispute", reason="x"), event(date(2026, 4, 8), "dispute_resolved")]
    reminded = [*PLANNED, *answered, event(date(2026, 4, 22), "reminder", channel="letter")]
    told, again, _ = TOLD[language]
    _, view = _page(tmp_path, date(2026, 4, 23), language, reminded)
    assert view.answer == (told.replace("27", "8"), again)
    dunned = [*reminded, event(date(2026, 5, 6), "dunning", channel="letter")]
    _, view = _page(tmp_path / "dunned", date(2026, 5, 7), language, dunned)
    assert view.answer == ()


# s55: the plan's message above those lines said "Dat kan gebeuren." / "It happens." of the missed instalment, as if the
# debtor had forgotten it, not disputed the claim and been answered. Beside the answer's lines its `_answered` form
# speaks (statement.view._beside_the_answer), without that sentence; the site's texts without it show `plan_missed`.
CONTENT = Path(__file__).resolve().parents[2] / "content" / "messages"
IT_HAPPENS = {"nl": "Dat kan gebeuren", "en": "It happens"}
ANSWERED_DISPUTE = [event(date(2026, 4, 3), "dispute", reason="x"), event(date(2026, 4, 8), "dispute_resolved")]
OPENS = {
    "nl": "Een termijn van uw betalingsregeling is niet betaald. Hieronder ziet u welke termijn nog openstaat.",
    "en": "An instalment of your payment plan has not been paid. Below you can see which instalment is still open.",
}


@pytest.mark.parametrize(
    ("on", "events"),
    [
        (date(2026, 4, 9), PLANNED + ANSWERED_DISPUTE),  # the reminder waits for the answer's term
        (date(2026, 4, 23), [*PLANNED, *ANSWERED_DISPUTE, event(date(2026, 4, 22), "reminder", channel="letter")]),
    ],
    ids=["in the term", "beside the reminder"],
)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_message_beside_the_answer_does_not_say_it_happens(tmp_path, language, on, events) -> None:
    _, view = _page(tmp_path, on, language, events)
    assert view.answer  # the answer's lines are under it
    assert (view.message_key, view.message_fallbacks) == ("plan_missed_answered", ("plan_missed",))
    message = str(Messages(CONTENT).for_page(view))
    assert OPENS[language] in message, message
    assert IT_HAPPENS[language] not in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_an_answer_told_the_plan_s_message_still_says_it_happens(tmp_path, language) -> None:
    _, view = _page(tmp_path, date(2026, 4, 9), language, PLANNED)
    assert view.answer == ()
    assert view.message_key == "plan_missed"
    assert IT_HAPPENS[language] in str(Messages(CONTENT).for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_letter_since_the_reminder_the_plan_s_message_is_its_own_again(tmp_path, language) -> None:
    """The answer's lines end with a letter after that reminder (test above): so does the `_answered` form."""
    reminded = [*PLANNED, *ANSWERED_DISPUTE, event(date(2026, 4, 22), "reminder", channel="letter")]
    _, view = _page(tmp_path, date(2026, 5, 7), language, [*reminded, event(date(2026, 5, 6), "dunning")])
    assert view.answer == ()
    assert not view.message_key.endswith("_answered")


# The plan's other messages that say it: two instalments past their day (a plan of four, on 20 April) and
# a plan of one. Each without "Dat kan gebeuren", the rest of it as its own message says it.
OTHER_PLANS = {
    "plan_missed_several_answered": (
        [
            {"due": date(2026, 3, 1), "amount": D("300.00")},
            {"due": date(2026, 4, 1), "amount": D("300.00")},
            {"due": date(2026, 4, 15), "amount": D("300.00")},
            {"due": date(2026, 5, 1), "amount": D("350.00")},
        ],
        FIRST_PAID,
        date(2026, 4, 20),
        {
            "nl": "Een paar termijnen van uw betalingsregeling zijn niet betaald. Hieronder",
            "en": "Some instalments of your payment plan have not been paid. Below",
        },
    ),
    "plan_missed_single_answered": (
        [{"due": date(2026, 4, 1), "amount": D("1250.00")}],
        [],
        date(2026, 4, 9),
        {
            "nl": "De termijn van uw betalingsregeling is niet betaald. Hieronder",
            "en": "The instalment of your payment plan has not been paid. Below",
        },
    ),
}


@pytest.mark.parametrize("key", list(OTHER_PLANS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_other_messages_beside_the_answer_do_not_say_it_happens(tmp_path, language, key) -> None:
    plan, paid, on, opens = OTHER_PLANS[key]
    events = [*PLANNED[:2], event(DUE + days(16), "arrangement", installments=plan), *ANSWERED_DISPUTE]
    ledger = one_debtor_ledger(tmp_path, language=language, payments=paid, events=events)
    view = statement_view(assess(ledger, ledger.debtors[0], on), ledger)
    assert view.answer
    assert view.message_key == key
    message = str(Messages(CONTENT).for_page(view))
    assert opens[language] in message, message
    assert IT_HAPPENS[language] not in message, message
