"""What a letter asks and promises in its own paragraph (incasso.letters.terms): the words around the figures."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, DueLetter, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import ADMINISTRATOR, COUNSELLOR, event, invoice, one_debtor_ledger
from tests.support.letters import AFTER_TERM, NOTICE_OF_F_A, TWO_INVOICES, after_the_term

# -- a promise of part: keeping it is progress, missing it the firmer step ----------------------------------------


def _promise_of_part(tmp_path, language, **more):
    """1,250.00 open; on 24 February a promise of 1,000.00 by 6 March: kept, 250.00 is left for the dunning letter."""
    events = [
        event(date(2026, 2, 5), "reminder"),
        event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=Decimal("1000.00")),
    ]
    ledger = one_debtor_ledger(tmp_path, language=language, events=events, **more)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 24))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    return letter_view(ledger, claim, due, Channel.LETTER)


# The dunning letter was due before the promised day: kept, the rest is asked by one letter of its own first, with the
# amount of its day, and the dunning letter follows only if that is not paid in time (claims.escalation.asks_the_rest).
KEPT = {
    "nl": "Zodra u dat heeft betaald, is EUR\xa01.000,00 van de EUR\xa01.250,00 betaald. Wat er dan nog openstaat, is "
    "op de dag van deze brief EUR\xa0250,00. Daarvoor sturen wij u na 6 maart 2026 een brief of een e-mail, met het "
    "bedrag op die dag. Betaalt u dat niet op tijd? Dan is de volgende stap: wij sturen u een aanmaning. Wilt u het "
    "liever in termijnen betalen? Vraag dan een betalingsregeling aan.",
    "en": "Once you have paid it, EUR\xa01,000.00 of the EUR\xa01,250.00 is paid. On the day of this letter, that "
    "leaves EUR\xa0250.00 to pay. For it, we will send you a letter or an email after 6 March 2026, with "
    "the amount on that day. If it stays unpaid, we will send you a formal reminder. Would you rather pay it in "
    "instalments? Ask us for a payment plan.",
}
MISSED = {
    "nl": "Hebben wij EUR\xa01.000,00 niet uiterlijk 6 maart 2026 ontvangen? Dan gaan wij verder met de incasso: wij "
    "sturen u een aanmaning. Lukt het niet op tijd? Laat het ons dan vóór 6 maart 2026 weten.",
    "en": "We need to receive EUR\xa01,000.00 by 6 March 2026. If we do not, we will send you a formal reminder. If you "
    "cannot pay in time, please let us know before 6 March 2026.",
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


# s46: a debtor whose counsellor or administrator acts for them was told "Vraag dan een betalingsregeling aan" as if
# alone, beside the way out that says their counsellor can send the proposal: the confirmation says it by role too.
ALONE = {
    "nl": "Wilt u het liever in termijnen betalen? Vraag dan een betalingsregeling aan.",
    "en": "Would you rather pay it in instalments? Ask us for a payment plan.",
}
PLAN_BY_ROLE = {
    ("nl", "counsellor"): "Wilt u het liever in termijnen betalen? Dan kan uw schuldhulpverlener ons een voorstel "
    "sturen voor een betalingsregeling.",
    ("nl", "administrator"): "Wilt u het liever in termijnen betalen? Dan kan uw bewindvoerder ons een voorstel sturen "
    "voor een betalingsregeling.",
    (
        "en",
        "counsellor",
    ): "Would you rather pay it in instalments? Your debt counsellor can send us a proposal for a payment plan.",
    ("en", "administrator"): "Would you rather pay it in instalments? Your administrator can send us a proposal "
    "for a payment plan.",
}


@pytest.mark.parametrize(("language", "role"), list(PLAN_BY_ROLE))
def test_a_represented_debtor_s_promise_of_part_offers_the_plan_by_role(tmp_path, language, role):
    acting = ADMINISTRATOR if role == "administrator" else COUNSELLOR
    view = _promise_of_part(tmp_path, language, representative=acting)
    # The rest asked by one letter first, as before; its way to a plan the counsellor's (administrator's) proposal.
    said = KEPT[language].removesuffix(ALONE[language]) + PLAN_BY_ROLE[(language, role)]
    assert view.terms[0].endswith(" " + said)
    assert not [line for line in view.terms if acting["name"] in line or acting["phone"] in line]  # by role only


STEP_BY_ROLE = {  # no letter due before the promised day: the step that asks the rest (`promise_rest`)
    "nl": "Daarvoor is de volgende stap: wij sturen u een betalingsherinnering. Wilt u die liever in termijnen "
    "betalen? Dan kan uw schuldhulpverlener ons een voorstel sturen voor een betalingsregeling.",
    "en": "For that, we will send you a payment reminder. Would you rather pay that in instalments? Your debt "
    "counsellor can send us a proposal for a payment plan.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_represented_debtor_s_promise_before_any_letter_offers_the_plan_by_role(tmp_path, language):
    promise = event(date(2026, 2, 3), "promise", promised_date=date(2026, 2, 10), amount=Decimal("1000.00"))
    ledger = one_debtor_ledger(tmp_path, language=language, events=[promise], representative=COUNSELLOR)
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 3))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    terms = letter_view(ledger, claim, due, Channel.LETTER).terms
    assert terms[0].endswith(" " + STEP_BY_ROLE[language]), terms[0]


# -- the costs of a final notice sent by e-mail, said once its term is over ---------------------------------------

# A final notice e-mailed on Sunday 1 March 2026 (the debtor agreed to it: `final_notice_by: email`) arrives that
# day: fourteen days end on Sunday 15 March, its last day is Monday 16 March. A plan of Wednesday 4 March, confirmed by
# the next night's build on Thursday the 5th and posted then, arrives on Saturday the 7th: its 500.00 of 10 March is
# asked by that day and missed. Reminded by post on 13 March it arrives after the 16th, by e-mail on the 16th on it.
NOTICE_BY_EMAIL = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="email"),
    event(
        date(2026, 3, 4),
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
    (
        "en",
        13,
    ): "Please note: the deadline in our final notice, sent by email, was 16 March 2026. If you had not paid ",
    ("nl", 16): "Let op: de termijn van onze sommatie per e-mail loopt tot en met 16 maart 2026. Heeft u dan niet ",
    (
        "en",
        16,
    ): "Please note: the deadline in our final notice, sent by email, is 16 March 2026. If you have not paid ",
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


# -- a letter written after another letter's term: that term in the past --------------------------------------------

COSTS_AFTER_TERM = {
    "nl": "Heeft u onze laatste brief (sommatie) van 1 december 2026 op 3 december 2026 ontvangen? Dan was uw laatste "
    "betaaldag 17 december 2026. Had u toen niet EUR\xa0389,18 betaald? Dan zijn er vanaf 18 december 2026 "
    "incassokosten van EUR\xa057,75 verschuldigd. Dat staat in art. 6:96 BW en het Besluit vergoeding voor "
    "buitengerechtelijke incassokosten.",
    "en": "We sent our final notice on 1 December 2026. If it reached you on 3 December 2026, your last day to pay was 17 "
    "December 2026. If you had not paid EUR\xa0389.18 by then, collection costs of EUR\xa057.75 are owed from 18 "
    "December 2026. This is set out in article 6:96 of the Dutch Civil Code and the Dutch Decree on extrajudicial "
    "collection costs.",
}
PART_AFTER_TERM = {
    "nl": "Betaalde u na 3 december 2026 en uiterlijk 17 december 2026 nog een deel? Die betaling hebben wij nog niet "
    "verwerkt: dan zijn ze lager, berekend over wat er daarna nog openstond.",
    "en": "If you paid a further part after 3 December 2026 and by 17 December 2026, we have not processed it yet. "
    "The costs are then lower, calculated on what was still unpaid after it.",
}
# The present tense of a term gone by the letter's own day (the page's own costs paragraph, until now).
RUNNING = {"nl": ("Dan is uw laatste betaaldag", "Heeft u dan niet"), "en": ("last day to pay is", "we will charge")}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_dunning_letter_written_after_the_notice_s_term_says_its_costs_in_the_past(tmp_path, language):
    """The dunning letter for F-B, written on 18 December, said "your last day to pay is 17 December ... we will
    charge collection costs of EUR 57.75 from 18 December", a day gone before it was written: the statements read
    end on 3 December (claim.term_unseen), and the letter took the page's costs paragraph as if the term ran. It says
    the costs as any letter read after the term does (terms.costs_after_term), with the part paid in the term that
    the statements read do not show yet."""
    view, claim, _ = after_the_term(tmp_path, language)
    assert (view.kind, claim.term_unseen, claim.costs.state) == (LetterKind.DUNNING, date(2026, 12, 17), "announced")
    assert view.costs.startswith(COSTS_AFTER_TERM[language])
    assert PART_AFTER_TERM[language] in view.costs
    assert not any(words in view.costs for words in RUNNING[language])


# Every other letter the core writes after that term, the statements still read to 3 December: a reminder of an
# invoice dated after the notice (F-B of 25 November, due 9 December), the final notice for F-B (its dunning letter
# e-mailed on 18 December), and the handover notice (staff handed the file over on 18 December).
OTHER_LETTERS = {
    LetterKind.REMINDER: dict(
        events=[e for e in NOTICE_OF_F_A if e["type"] not in ("dispute", "dispute_resolved")],
        invoices=[
            TWO_INVOICES[0],
            invoice(number="F-B", date=date(2026, 11, 25), due=date(2026, 12, 9), amount="1210"),
        ],
    ),
    LetterKind.FINAL_NOTICE: dict(
        events=[*NOTICE_OF_F_A, event(AFTER_TERM, "dunning", channel="email")], day=date(2027, 1, 5)
    ),
    LetterKind.HANDOVER: dict(events=[*NOTICE_OF_F_A, event(AFTER_TERM, "handover", agency="Incasso BV")]),
}
TERM_WAS = {
    "nl": r"Dan was uw laatste betaaldag (zonder incassokosten )?17 december 2026\. Had u toen niet",
    "en": r"your last day to pay (without collection costs )?was 17 December 2026\. If you had not paid",
}
# That term as running: its last day as one still to come, a box asking by it, its deadline as one that applies.
TERM_RUNS = {
    "nl": r"is uw laatste betaaldag (zonder incassokosten )?17 december 2026|Uiterlijk 17 december|loopt de termijn van "
    r"onze laatste|sommatie\) loopt",
    "en": r"last day to pay (without collection costs )?is 17 December|By 17 December|final notice still applies",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", list(OTHER_LETTERS))
def test_any_letter_written_after_the_notice_s_term_says_that_term_in_the_past(tmp_path, language, kind):
    """A reminder, a final notice for another invoice and the handover notice, written once the first final notice's
    term is over while the statements read do not reach its days: each said that term as running ("your last day to
    pay is 17 December", of a final notice for F-B in January "Uiterlijk 17 december 2026, zonder incassokosten" in
    its box and "Final notice before we charge costs" as its subject). Each says it in the past, as the page of that
    day does (statement.tables.costs_after_term); the final notice asks its amount without those costs, as the
    page does, and says them apart (costs_apart)."""
    import re

    view, claim, _ = after_the_term(tmp_path, language, kind=kind, **OTHER_LETTERS[kind])
    assert (view.kind, claim.term_unseen, claim.costs.state) == (kind, date(2026, 12, 17), "announced")
    said = " ".join([view.subject, view.lead.by or "", *view.lead.lines, *view.terms, view.costs, *view.way_out.lines])
    assert re.search(TERM_WAS[language], said)
    assert not re.search(TERM_RUNS[language], said)


# -- the costs' amount with the VAT the creditor charges on them (policy.costs_vat) --------------------------------

# 1,250.00: the staffel 187.50, with 21 % VAT (39.37) 226.87. The final notice stated "EUR 226,87 ... inclusief 21%
# btw (EUR 39,37)"; every later sentence that names the amount says the VAT in it, or a debtor reads the staffel's.
WITH_VAT = {
    ("nl", 13): "incassokosten van ten hoogste EUR\xa0226,87 (inclusief 21% btw) verschuldigd",
    (
        "en",
        13,
    ): "collection costs are owed from 17 March 2026. They amount to at most EUR\xa0226.87 (including 21% VAT).",
    ("nl", 17): "Daarom zijn er EUR\xa0226,87 (inclusief 21% btw: EUR\xa039,37) incassokosten bijgekomen.",
    ("en", 17): "Collection costs of EUR\xa0226.87 (including 21% VAT: EUR\xa039.37) have therefore been added.",
}
WITHOUT_VAT = {
    ("nl", 13): "incassokosten van ten hoogste EUR\xa0187,50 verschuldigd",
    ("en", 13): "collection costs are owed from 17 March 2026. They amount to at most EUR\xa0187.50.",
    ("nl", 17): "Daarom zijn er EUR\xa0187,50 incassokosten bijgekomen.",
    ("en", 17): "Collection costs of EUR\xa0187.50 have therefore been added.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day", [13, 17])
@pytest.mark.parametrize("vat", [True, False])
def test_an_instalment_reminder_names_the_vat_in_the_costs_it_states(tmp_path, language, day, vat):
    """The reminder of a missed instalment said "Dan zijn er vanaf 17 maart 2026 incassokosten van ten hoogste
    EUR 226,87 verschuldigd" (the term ran out: 13 March, by post), and "Daarom zijn er EUR 226,87 incassokosten
    bijgekomen" (they came: 17 March), of costs with 21 % VAT the final notice stated as such; its costs paragraph
    says the VAT beside the amount, before what a part paid in the term does to it. Without VAT as before."""
    ledger = one_debtor_ledger(
        tmp_path,
        events=NOTICE_BY_EMAIL,
        language=language,
        policy={"costs_vat": True} if vat else None,
        **{"contact.final_notice_by": "email"},
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, day))
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    said = " ".join(view.terms)
    assert (WITH_VAT if vat else WITHOUT_VAT)[(language, day)] in said, said
    if not vat:
        assert "btw" not in said + view.costs and "VAT" not in said + view.costs
    elif day == 13:  # the costs paragraph read after the term: the VAT beside the amount, then the part paid
        vat_said = {"nl": "inclusief 21% btw (EUR\xa039,37)", "en": "include 21% VAT (EUR\xa039.37)"}[language]
        part = {"nl": "nog een deel?", "en": "a further part"}[language]
        assert view.costs.index(vat_said) < view.costs.index(part), view.costs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_s_letter_in_the_term_names_the_vat_in_the_costs(tmp_path, language):
    promise = event(date(2026, 3, 13), "promise", promised_date=date(2026, 3, 31), amount=Decimal("1250.00"))
    ledger = one_debtor_ledger(
        tmp_path,
        events=[*NOTICE_BY_EMAIL[:3], promise],
        language=language,
        policy={"costs_vat": True},
        **{"contact.final_notice_by": "email"},
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 13))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    said = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    assert WITH_VAT[(language, 13)] in said, said


def _again(tmp_path, day, vat):
    """A final notice e-mailed on 2 April 2026 (its last day 16 April), sent again by e-mail on `day`."""
    events = [
        event(date(2026, 3, 1), "reminder"),
        event(date(2026, 3, 16), "dunning"),
        event(date(2026, 4, 2), "final_notice", channel="email"),
    ]
    ledger = one_debtor_ledger(
        tmp_path / f"{day}-{vat}",
        events=events,
        invoices=[invoice(due=date(2026, 2, 20))],
        policy={"costs_vat": True} if vat else None,
        **{"contact.final_notice_by": "email"},
    )
    claim = assess(ledger, ledger.debtors[0], day)
    return letter_view(ledger, claim, DueLetter(LetterKind.FINAL_NOTICE), Channel.EMAIL)


def test_a_final_notice_sent_again_names_the_vat_in_the_first_one_s_costs(tmp_path):
    """Sent again on the first one's last day, its box said "Hier zitten de EUR 226,87 incassokosten van onze eerste
    sommatie niet in", and its specification "Vanaf 17 april 2026 verschuldigd: EUR 226,87"; sent while the first
    one's term runs, its costs sentence had no word of the VAT; sent once they were charged, "Daarom rekenen wij
    EUR 226,87 incassokosten."."""
    on_the_day = _again(tmp_path, date(2026, 4, 16), vat=True)
    with_vat = "EUR\xa0226,87 (inclusief 21% btw: EUR\xa039,37)"
    assert on_the_day.lead.lines[-1].startswith(f"Hier zitten de {with_vat} incassokosten van onze eerste sommatie")
    assert f"Vanaf 17 april 2026 verschuldigd: {with_vat}." in on_the_day.costs
    running = _again(tmp_path, date(2026, 4, 10), vat=True)
    assert (
        "incassokosten van EUR\xa0226,87. De incassokosten zijn inclusief 21% btw (EUR\xa039,37), omdat wij de btw "
        "niet kunnen verrekenen." in running.terms[-1]
    )
    charged = _again(tmp_path, date(2026, 4, 20), vat=True)
    assert charged.terms[-1].endswith(f"Daarom rekenen wij {with_vat} incassokosten.")
    plain = [_again(tmp_path, date(2026, 4, day), vat=False) for day in (16, 10, 20)]
    assert not any("btw" in " ".join((*v.lead.lines, *v.terms, v.costs or "")) for v in plain)


def test_a_plan_confirmation_read_after_the_term_names_the_vat_in_the_costs_it_leaves(tmp_path):
    installments = [{"due": date(2026, 3, 26), "amount": 500}, {"due": date(2026, 4, 25), "amount": 500}]
    events = [
        event(date(2026, 1, 20), "reminder"),
        event(date(2026, 2, 10), "dunning"),
        event(date(2026, 3, 1), "final_notice", channel="letter"),
        event(date(2026, 3, 12), "arrangement", installments=installments),
    ]
    ledger = one_debtor_ledger(tmp_path, events=events, policy={"costs_vat": True})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 17))
    view = letter_view(ledger, claim, DueLetter(LetterKind.ARRANGEMENT, claim.running_plan.event), Channel.LETTER)
    said = "nog EUR\xa0476,87 open. Daarin zitten de incassokosten van EUR\xa0226,87 (inclusief 21% btw: EUR\xa039,37)."
    assert any(said in line for line in view.terms), view.terms


# -- the letters each invoice had (steps_per_invoice), and why one is in this letter (new_in_letter) ---------------

# A (1,250.00, due 2 November 2026) had its reminder, dunning letter and final notice (1 December, term to the 17th).
A_STEPS = [
    event(date(2026, 11, 3), "reminder"),
    event(date(2026, 11, 17), "dunning"),
    event(date(2026, 12, 1), "final_notice", costs=Decimal("187.50")),
]
A_DUE = invoice(number="A", date=date(2026, 10, 3), due=date(2026, 11, 2), amount=Decimal("1250.00"))


def _letters_each(tmp_path, invoices, events, day, **more):
    """{steps_sent} of the letter due on `day`, and that letter's own paragraph."""
    from incasso.letters.terms import steps_per_invoice

    ledger = one_debtor_ledger(tmp_path, invoices=invoices, events=events, **more)
    claim = assess(ledger, ledger.debtors[0], day)
    (due,) = letters_due(claim, NO_RECORD)
    _, each = steps_per_invoice(claim)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    return {number: [e.type for e in letters] for number, letters in each.items()}, view


@pytest.mark.parametrize(
    ("b_due", "more_events"),
    [
        (date(2026, 12, 10), []),  # due in A's term
        # due before the reminder, held apart by a dispute from all A's letters, answered after the notice
        (
            date(2026, 10, 31),
            [
                event(date(2026, 11, 1), "dispute", reason="Te duur", invoices=["B"]),
                event(date(2026, 12, 5), "dispute_resolved", invoices=["B"], outcome="De prijs klopt"),
            ],
        ),
    ],
)
def test_a_newer_invoice_s_own_reminder_is_its_letter_only(tmp_path, b_due, more_events):
    """B climbs its own steps after A's final notice (claims.escalation._before_handover); its reminder of 18 December
    said it was B's. Counted for A too, the dunning letter said "voor factuur A twee herinneringen, ..."."""
    b = invoice(number="B", date=date(2026, 10, 1), due=b_due, amount=Decimal("800.00"))
    events = sorted([*A_STEPS, *more_events, event(date(2026, 12, 18), "reminder")], key=lambda e: e["date"])
    each, view = _letters_each(tmp_path, [A_DUE, b], events, date(2027, 1, 1))
    assert view.kind == "dunning"
    assert each == {"A": ["reminder", "dunning", "final_notice"], "B": ["reminder"]}


@pytest.mark.parametrize(
    ("b_due", "more_events", "language", "said"),
    [
        (
            date(2026, 12, 10),
            [],
            "nl",
            "Factuur B stond nog niet in onze sommatie van 1 december 2026. Voor die factuur kreeg u daarom eerst onze "
            "herinnering van 18 december 2026, en nu deze brief. De andere bedragen staan er ook in, zodat u alles "
            "bij elkaar ziet.",
        ),
        (
            date(2026, 12, 10),
            [],
            "en",
            "Invoice B was not yet in our final notice of 1 December 2026. For that invoice, we sent you our reminder "
            "of 18 December 2026 first, and now this letter. The other amounts are in it too, so that you see "
            "everything together.",
        ),
        (
            date(2026, 10, 31),
            [
                event(date(2026, 11, 1), "dispute", reason="Te duur", invoices=["B"]),
                event(date(2026, 12, 5), "dispute_resolved", invoices=["B"], outcome="De prijs klopt"),
            ],
            "nl",
            "U was het niet eens met factuur B. Daarom stond die niet in onze sommatie van 1 december 2026. Wij "
            "hebben uw bezwaar beantwoord. Voor die factuur kreeg u daarom eerst onze herinnering van 18 december "
            "2026, en nu deze brief. De andere bedragen staan er ook in, zodat u alles bij elkaar ziet.",
        ),
    ],
)
def test_a_newer_invoice_s_dunning_letter_says_its_reminder_came_first_not_this_letter(
    tmp_path, b_due, more_events, language, said
):
    """B's second letter of its own: until s56 it said, as its reminder had, "Factuur B stond nog niet in onze laatste
    brief (de sommatie ...). Voor die factuur krijgt u daarom eerst deze brief", under an opening that names B's
    reminder ("en voor factuur B een herinnering"): its last letter was that reminder, and this one is not its first."""
    b = invoice(number="B", date=date(2026, 10, 1), due=b_due, amount=Decimal("800.00"))
    events = sorted([*A_STEPS, *more_events, event(date(2026, 12, 18), "reminder")], key=lambda e: e["date"])
    _, view = _letters_each(tmp_path, [A_DUE, b], events, date(2027, 1, 1), language=language)
    assert view.kind == "dunning"
    assert said in view.terms, view.terms
    assert not [line for line in view.terms if "eerst deze brief" in line or "starting with this letter" in line]


def test_a_reminder_after_a_final_notice_paid_in_its_term_asked_what_it_left(tmp_path):
    """Pinned: with no newer invoice, the reminder after the notice asked A's rest (its interest), and counts for A."""
    events = [*A_STEPS, event(date(2026, 12, 18), "reminder")]
    paid = [{"date": date(2026, 12, 10), "amount": Decimal("1250.00")}]
    each, view = _letters_each(tmp_path, [A_DUE], events, date(2027, 1, 1), payments=paid, interest="statutory")
    assert view.kind == "dunning"
    assert each == {"A": ["reminder", "dunning", "final_notice", "reminder"]}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            "U was het niet eens met factuur B. Daarom stond die niet in onze herinnering van 3 november 2026. Wij "
            "hebben uw bezwaar beantwoord: daarom staat die factuur nu ook in deze brief.",
        ),
        (
            "en",
            "You disagreed with invoice B, so it was not in our reminder of 3 November 2026. We have answered your "
            "dispute, so this letter includes it now.",
        ),
    ],
)
def test_an_invoice_a_dispute_held_apart_from_the_letters_before_is_in_this_one_since_the_answer(
    tmp_path, language, said
):
    """B was overdue at the reminder, but disputed: the reminder asked A only. Not "B was not yet overdue"."""
    b = invoice(number="B", date=date(2026, 10, 1), due=date(2026, 10, 31), amount=Decimal("800.00"))
    events = [
        event(date(2026, 11, 1), "dispute", reason="Te duur", invoices=["B"]),
        event(date(2026, 11, 3), "reminder"),
        event(date(2026, 11, 10), "dispute_resolved", invoices=["B"], outcome="De prijs klopt"),
    ]
    each, view = _letters_each(tmp_path, [A_DUE, b], events, date(2026, 11, 24), language=language)
    assert each == {"A": ["reminder"], "B": []}
    assert said in view.terms
    assert not any("nog niet te laat" in line or "not yet overdue" in line for line in view.terms)
