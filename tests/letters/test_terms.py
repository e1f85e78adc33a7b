"""What a letter asks and promises in its own paragraph (incasso.letters.terms): the words around the figures."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import event, one_debtor_ledger

# -- a promise of part: keeping it is progress, missing it the firmer step ----------------------------------------


def _promise_of_part(tmp_path, language):
    """1,250.00 open; on 24 February a promise of 1,000.00 by 6 March: kept, 250.00 is left for the dunning letter."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    return letter_view(ledger, claim, due, Channel.LETTER)


# The dunning letter was due before the promised day: kept, the rest is asked by one letter of its own first, with the
# amount of its day, and the dunning letter follows only if that is not paid in time (claims.escalation.asks_the_rest).
KEPT = {
    "nl": "Zodra u dat heeft betaald, is EUR\xa01.000,00 van de EUR\xa01.250,00 betaald. Voor wat er dan nog openstaat "
    "(op de dag van deze brief EUR\xa0250,00) sturen wij u na 6 maart 2026 een brief, met het bedrag op die dag. "
    "Betaalt u dat niet op tijd, dan is de volgende stap: wij sturen u een aanmaning. Wilt u het liever in termijnen "
    "betalen? Vraag dan een betalingsregeling aan.",
    "en": "Once you have paid it, EUR\xa01,000.00 of the EUR\xa01,250.00 is paid. For what is still open then "
    "(EUR\xa0250.00 on the day of this letter), we will send you a letter after 6 March 2026, with the amount on that "
    "day. If you do not pay it in time, we will send you a formal reminder. Would you rather pay it in instalments? "
    "Then ask us for a payment plan.",
}
MISSED = {
    "nl": "Hebben wij EUR\xa01.000,00 niet uiterlijk 6 maart 2026 ontvangen? Dan gaan wij verder met de incasso: wij "
    "sturen u een aanmaning. Lukt het niet op tijd? Laat het ons dan vóór 6 maart 2026 weten.",
    "en": "If we have not received EUR\xa01,000.00 by 6 March 2026, we will send you a formal reminder. If you cannot "
    "pay in time, please let us know before 6 March 2026.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_kept_promise_of_part_reads_as_progress_and_the_rest_has_a_way_out(tmp_path, language):
    """The letter said "Once you have paid the EUR 1,000.00 in time, we will ask you for the rest: we will send you
    a formal reminder", above "If we have not received EUR 1,000.00 by 6 March 2026, we will send you a formal
    reminder": the reward for keeping the promise read as the threat for breaking it. Kept: how much of the whole is
    then paid, one letter for what is left and the step only if that is not paid, and a plan for it; missed: the
    step, and to say so in time."""
    view = _promise_of_part(tmp_path, language)
    assert view.terms[0].endswith(" " + KEPT[language])
    assert view.terms[-1] == MISSED[language]
    assert not any("ask you for the rest" in line or "vragen wij u daarna" in line for line in view.terms)


# -- the costs of a final notice sent by e-mail, said once its term is over ---------------------------------------

# A final notice e-mailed on Sunday 1 March 2026 (the debtor agreed to it: `final_notice_by: email`) arrives that
# day: fourteen days end on Sunday 15 March, its last day is Monday 16 March. A plan of 5 March, its 500.00 of 10 March
# missed: reminded by post on 13 March it arrives after that day, by e-mail on the 16th on it.
NOTICE_BY_EMAIL = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="email"),
    event(
        date(2026, 3, 5),
        "arrangement",
        installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
    ),
]
EMAIL_ENDED = {
    "nl": "Uw laatste betaaldag voor onze sommatie per e-mail van 1 maart 2026 was 16 maart 2026. Had u toen niet "
    "EUR\xa01.250,00 betaald? Dan zijn er vanaf 17 maart 2026 incassokosten van EUR\xa0187,50 verschuldigd",
    "en": "Your last day to pay under our final notice, emailed on 1 March 2026, was 16 March 2026. If you had not "
    "paid EUR\xa01,250.00 by then, collection costs of EUR\xa0187.50 are owed from 17 March 2026",
}
EMAIL_ENDS_TODAY = {
    "nl": "Uw laatste betaaldag voor onze sommatie per e-mail van 1 maart 2026 is 16 maart 2026. Heeft u op die dag "
    "niet EUR\xa01.250,00 betaald? Dan zijn er vanaf 17 maart 2026 incassokosten van EUR\xa0187,50 verschuldigd",
    "en": "Your last day to pay under our final notice, emailed on 1 March 2026, is 16 March 2026. If you have not "
    "paid EUR\xa01,250.00 by then, collection costs of EUR\xa0187.50 are owed from 17 March 2026",
}


def _reminded(tmp_path, language, day, form, events=NOTICE_BY_EMAIL):
    ledger = one_debtor_ledger(
        tmp_path / f"{day}-{form}", events=events, language=language, **{"contact.final_notice_by": "email"}
    )
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    return letter_view(ledger, claim, due, form)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day, form, said", [(13, Channel.LETTER, EMAIL_ENDED), (16, Channel.EMAIL, EMAIL_ENDS_TODAY)])
def test_the_costs_of_an_e_mailed_notice_name_it_an_e_mail_and_ask_no_day_of_receipt(
    tmp_path, language, day, form, said
):
    """The costs sentence called the e-mail "onze laatste brief (sommatie)" and asked "Heeft u ... van 1 maart 2026 op
    1 maart 2026 ontvangen?": an e-mail arrives the day it is sent. It is named as the page names it ("per e-mail"),
    and the last day is stated."""
    view = _reminded(tmp_path, language, date(2026, 3, day), form)
    assert view.costs.startswith(said[language])
    assert not any(word in view.costs for word in ("ontvangen?", "laatste brief", "reached you", "If our"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_of_an_e_mailed_notice_state_the_day_of_receipt_told(tmp_path, language):
    told = [*NOTICE_BY_EMAIL[:2], {**NOTICE_BY_EMAIL[2], "received": date(2026, 3, 2)}, NOTICE_BY_EMAIL[3]]
    view = _reminded(tmp_path, language, date(2026, 3, 13), Channel.LETTER, told)
    said = {
        "nl": "U liet ons weten dat onze sommatie per e-mail van 1 maart 2026 op 2 maart 2026 aankwam. Uw laatste "
        "betaaldag was dus 16 maart 2026.",
        "en": "You told us our final notice, emailed on 1 March 2026, reached you on 2 March 2026. Your last day to "
        "pay was therefore 16 March 2026.",
    }
    assert view.costs.startswith(said[language])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_costs_that_came_after_an_e_mailed_notice_name_it_an_e_mail(tmp_path, language):
    """Written on 17 March, with the costs charged: "De termijn van onze laatste brief (sommatie) liep tot en met
    16 maart 2026" of an e-mail."""
    view = _reminded(tmp_path, language, date(2026, 3, 17), Channel.LETTER)
    came = {
        "nl": "De termijn van onze sommatie per e-mail liep tot en met 16 maart 2026. Daarom zijn er EUR\xa0187,50 "
        "incassokosten bijgekomen.",
        "en": "The deadline in our final notice, sent by email, was 16 March 2026. Collection costs of EUR\xa0187.50 "
        "have therefore been added.",
    }
    assert any(line.startswith(came[language]) for line in view.terms)


def test_a_posted_notice_s_costs_are_still_asked_about_its_day_of_receipt(tmp_path):
    posted = [*NOTICE_BY_EMAIL[:2], event(date(2026, 3, 1), "final_notice", channel="letter"), NOTICE_BY_EMAIL[3]]
    view = _reminded(tmp_path, "nl", date(2026, 3, 17), Channel.LETTER, posted)
    assert view.costs.startswith("Heeft u onze laatste brief (sommatie) van 1 maart 2026 op 4 maart 2026 ontvangen?")


TERM_RAN_OUT = {
    ("nl", 13): "Let op: de termijn van onze sommatie per e-mail liep tot en met 16 maart 2026. Had u toen niet ",
    ("en", 13): "Please note: the deadline in our final notice, sent by email, was 16 March 2026. If you had not paid ",
    ("nl", 16): "Let op: de termijn van onze sommatie per e-mail loopt tot en met 16 maart 2026. Heeft u dan niet ",
    ("en", 16): "Please note: the deadline in our final notice, sent by email, is 16 March 2026. If you have not paid ",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day, form", [(13, Channel.LETTER), (16, Channel.EMAIL)])
def test_a_plan_s_letter_after_the_term_of_an_e_mailed_notice_names_it_an_e_mail(tmp_path, language, day, form):
    """The reminder of a missed instalment said "Let op: de termijn van onze laatste brief (sommatie) liep tot en
    met 16 maart 2026" of a notice that was e-mailed, beside costs that name it "onze sommatie per e-mail"."""
    view = _reminded(tmp_path, language, date(2026, 3, day), form)
    assert view.terms[-1].startswith(TERM_RAN_OUT[(language, day)])


PROMISED_AFTER_TERM = {
    "nl": "Let op: de termijn van onze sommatie per e-mail liep tot en met 16 maart 2026. Had u toen niet ",
    "en": "Please note: the deadline in our final notice, sent by email, was 16 March 2026. If you had not paid ",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_s_letter_after_the_term_of_an_e_mailed_notice_names_it_an_e_mail(tmp_path, language):
    """A promise agreed on 13 March, in the e-mailed notice's term, confirmed by post: the letter arrives after
    its last day and said "de termijn van onze laatste brief (sommatie) liep tot en met ..." of the e-mail."""
    promise = event(date(2026, 3, 13), "promise", promised_date=date(2026, 3, 31), amount=Decimal("1250.00"))
    ledger = one_debtor_ledger(
        tmp_path, events=[*NOTICE_BY_EMAIL[:3], promise], language=language, **{"contact.final_notice_by": "email"}
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 13))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert any(line.startswith(PROMISED_AFTER_TERM[language]) for line in view.terms)
