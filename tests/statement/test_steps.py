"""The top of a plan's page and what happens next (incasso.statement.steps), walked over the days around the day a
plan is agreed with an instalment due before its confirmation can be read: the page asks what the confirmation of
that night asks, by its day, and calls no instalment missed before the core counts it missed.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), no interest. The plan is agreed on Tuesday
10 March 2026: its confirmation is written by the next night's build, on the 11th; posted, it arrives on Friday the
13th, e-mailed (`channel: email`) that day. In the term of the final notice posted on 1 March the last day to pay
before its costs is 18 March; outside it, an instalment due no later than the confirmation's arrival is asked by 14
days after it (claims.demand.late_instalment_day): the 27th by post, the 25th by e-mail.
"""

from datetime import date, timedelta

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, FirstSeen, LetterKind, confirmed_as_written, letters_due
from incasso.letters.view import letter_view
from incasso.statement.steps import promise_rest
from incasso.statement.view import message_fallback, statement_view
from tests.support.ledgers import event, invoice, one_debtor_ledger

AGREED = date(2026, 3, 10)
NOTICE = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="letter"),
]
BY_27 = {"nl": "Betaal uiterlijk 27 maart 2026", "en": "Please pay by 27 March 2026"}
BY_25 = {"nl": "Betaal uiterlijk 25 maart 2026", "en": "Please pay by 25 March 2026"}
BY_18 = {"nl": "Betaal uiterlijk 18 maart 2026", "en": "Please pay by 18 March 2026"}
NOT_PAID = {"nl": "is nog niet", "en": "has not been paid"}  # the missed line, "plan_arrears"


def _ledger(tmp_path, language, *, notice=False, channel=None, first=AGREED):
    """The plan of AGREED: 500.00 on `first`, 750.00 on 25 April; confirmed by post, or by `channel`."""
    plan = event(
        AGREED,
        "arrangement",
        installments=[{"due": first, "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
        **({"channel": channel} if channel else {}),
    )
    return one_debtor_ledger(tmp_path, events=[*(NOTICE if notice else []), plan], language=language)


def _confirmation(ledger, form):
    """The plan's confirmation written on AGREED, in the form it goes by."""
    claim = assess(ledger, ledger.debtors[0], AGREED)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.ARRANGEMENT]
    return letter_view(ledger, claim, due, form)


def _page(ledger, day):
    return statement_view(assess(ledger, ledger.debtors[0], day), ledger)


CASES = [  # notice, channel, the form the confirmation goes by, the day it asks the first instalment by
    (False, None, Channel.LETTER, BY_27),
    (True, None, Channel.LETTER, BY_18),
    (False, "email", Channel.EMAIL, BY_25),
    (True, "email", Channel.EMAIL, BY_18),
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("notice, channel, form, asked", CASES)
def test_on_the_plan_s_day_the_page_asks_its_first_instalment_by_the_day_its_confirmation_gives(
    tmp_path, language, notice, channel, form, asked
):
    """The first instalment is due on the plan's own day. The confirmation of that night cannot be read by it, and
    asks it by 14 days after it arrives (s51: "zo snel mogelijk"), or in the final notice's term by its last day; the
    page said "Betaal uiterlijk vandaag, 10 maart 2026" that night, and the confirmation's day only from the next."""
    ledger = _ledger(tmp_path, language, notice=notice, channel=channel)
    letter = _confirmation(ledger, form)
    page = _page(ledger, AGREED)
    assert letter.lead.by == asked[language]
    assert page.summary.deadline == letter.lead.by
    assert _page(ledger, AGREED + timedelta(days=1)).summary.deadline == letter.lead.by  # as the next day


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_first_instalment_due_before_a_posted_confirmation_arrives_is_asked_by_its_day_from_the_first_night(
    tmp_path, language
):
    """Due on the 11th, the day after the plan's: written by the next night's build and posted on the 11th, the
    confirmation arrives on Friday the 13th (written and posted on the 10th, the 12th) and asks it by the 27th. The
    page said "uiterlijk 11 maart" on the 10th and "uiterlijk vandaag" on the 11th."""
    ledger = _ledger(tmp_path, language, first=date(2026, 3, 11))
    letter = _confirmation(ledger, Channel.LETTER)
    assert letter.lead.by == BY_27[language]
    for day in (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 13), date(2026, 3, 26)):
        assert _page(ledger, day).summary.deadline == BY_27[language], day


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("notice", [False, True])
def test_the_page_calls_no_instalment_missed_before_the_posted_confirmation_arrives(tmp_path, language, notice):
    """Agreed on Tuesday the 10th, the confirmation is written by the next night's build and posted on the 11th,
    and arrives two delivery days later, Friday the 13th: the core reminds of the instalment only after that
    (claims.escalation), and the page said "Een termijn van uw betalingsregeling is niet (helemaal) betaald" before
    it. It may say so only once the day the letter asks it by has passed: in a final notice's term, where the letter
    asks it by the term's last day (the 18th), from the 19th; else 14 days after the letter arrived, from the 28th
    (s51: from the 14th, the day after a letter that asked it "zo snel mogelijk")."""
    ledger = _ledger(tmp_path, language, notice=notice)
    asked = [date(2026, 3, 14), date(2026, 3, 18)] + ([] if notice else [date(2026, 3, 26)])
    for day in (date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 13), *asked):
        page = _page(ledger, day)
        assert page.message_key == "arrangement", day
        assert not any(NOT_PAID[language] in line for line in page.next_steps), (day, page.next_steps)
        if day < date(2026, 3, 18):
            assert page.summary.deadline == (BY_18 if notice else BY_27)[language]
    after = _page(ledger, date(2026, 3, 19) if notice else date(2026, 3, 28))
    assert after.message_key == "plan_missed"
    if not notice:
        assert _page(ledger, date(2026, 3, 27)).message_key == "arrangement"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_e_mailed_confirmation_is_read_the_next_day_and_the_instalment_is_missed_from_the_day_after(
    tmp_path, language
):
    """E-mailed by the next night's build, the confirmation arrives on the 11th, not on the plan's day (the 10th):
    the page asks the instalment of the 10th by the 25th on the 11th, and calls it missed from the 26th (s51: "zo
    snel mogelijk", missed from the 12th)."""
    ledger = _ledger(tmp_path, language, channel="email")
    read = _page(ledger, date(2026, 3, 11))
    assert (read.message_key, read.summary.deadline) == ("arrangement", BY_25[language])
    assert _page(ledger, date(2026, 3, 25)).message_key == "arrangement"
    assert _page(ledger, date(2026, 3, 26)).message_key == "plan_missed"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_pay_note_total_and_schedule_ask_an_instalment_due_before_the_confirmation_arrives_by_its_day(
    tmp_path, language
):
    """Due on the 11th, agreed on the 10th, posted on the 11th (arriving on the 13th): the payment details said "Er staat nu geen termijn open ...
    uiterlijk 11 maart 2026", the total "waarvan EUR 500,00 uiterlijk 11 maart 2026", beside a top that asks it
    by a later day; and, the next days, the schedule called it "Te laat" before the letter could be read."""
    ledger = _ledger(tmp_path, language, first=date(2026, 3, 11))
    letter = _confirmation(ledger, Channel.LETTER)
    page = _page(ledger, AGREED)
    assert page.pay.note == letter.pay.note
    assert [t.label for t in page.totals] == [t.label for t in letter.totals]
    eleventh = {"nl": "11 maart 2026", "en": "11 March 2026"}[language]
    assert eleventh not in page.pay.note and not any(eleventh in t.label for t in page.totals)
    to_pay = {"nl": "Nu te betalen", "en": "To pay now"}[language]
    for day in (AGREED, date(2026, 3, 12), date(2026, 3, 13), date(2026, 3, 27)):
        assert _page(ledger, day).plan.rows[0].state_text == to_pay, day
    assert _page(ledger, date(2026, 3, 28)).plan.rows[0].state_text == {"nl": "Te laat", "en": "Overdue"}[language]


TWO_MISSED = {
    "nl": "10 maart 2026 (EUR\xa0500,00) en 14 maart 2026 (EUR\xa0300,00)",
    "en": "10 March 2026 (EUR\xa0500.00) and 14 March 2026 (EUR\xa0300.00)",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_one_reminder_after_the_term_names_both_instalments_missed_before_it(tmp_path, language):
    """In the final notice's term (last day 18 March) the posted confirmation asks the instalment of the 10th by the
    18th, and the core waits for that day to remind of it; the instalment of the 14th is missed meanwhile. The one
    reminder, on the 19th, and the page name both, with their days and amounts: they said "the instalment of 10 March
    (EUR 500.00) and the instalments after it that were due by now", one of which had neither day nor amount."""
    plan = event(
        AGREED,
        "arrangement",
        installments=[
            {"due": AGREED, "amount": 500},
            {"due": date(2026, 3, 14), "amount": 300},
            {"due": date(2026, 4, 25), "amount": 450},
        ],
    )
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE, plan], language=language)
    debtor = ledger.debtors[0]
    waiting = letters_due(assess(ledger, debtor, date(2026, 3, 18)), NO_RECORD)
    assert not [d for d in waiting if d.kind == LetterKind.INSTALLMENT_REMINDER]  # the confirmation's day
    claim = assess(ledger, debtor, date(2026, 3, 19))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    for form in (Channel.LETTER, Channel.EMAIL):
        letter = letter_view(ledger, claim, due, form)
        assert any(TWO_MISSED[language] in line for line in letter.terms), letter.terms
        assert letter.lead.amount == {"nl": "EUR\xa0800,00", "en": "EUR\xa0800.00"}[language]
        several = {"nl": "Herinnering: termijnen van", "en": "Reminder: instalments of"}[language]
        assert letter.subject.startswith(several), letter.subject  # it said "een termijn" / "an instalment"
    page = statement_view(claim, ledger)
    assert any(TWO_MISSED[language] in line for line in page.next_steps), page.next_steps


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_of_a_plan_with_two_instalments_missed_speaks_of_them_in_the_plural(tmp_path, language):
    """E-mailed on the 11th (the plan's of the 10th) with instalments on the 10th and the 12th, both unpaid on the
    13th (the e-mail asked the first by the second's day, the 12th): the page's message
    said "Een termijn ... Wilt u die termijn alsnog ... betalen?" of two; it is `plan_missed_several` now ("die
    termijnen"), and a site whose content/ has no such text shows `plan_missed`, as before. The plan's last day (the
    12th) behind, `plan_missed_last_several`: no agreement is left to "simply stand"."""
    ledger = _ledger(tmp_path / "one", language, channel="email")
    assert _page(ledger, date(2026, 3, 26)).message_key == "plan_missed"
    plan = event(
        AGREED,
        "arrangement",
        installments=[{"due": AGREED, "amount": 500}, {"due": date(2026, 3, 12), "amount": 300}],
        channel="email",
    )
    two = one_debtor_ledger(tmp_path / "two", events=[plan], language=language)
    claim = assess(two, two.debtors[0], date(2026, 3, 13))
    assert statement_view(claim, two).message_key == "plan_missed_last_several"
    assert message_fallback(claim, "plan_missed_last_several") == "plan_missed_several"
    assert message_fallback(claim, "plan_missed_several") == "plan_missed"


# What is left after a promise of part, and what asks it once kept (statement.steps.promise_rest): one rule that the
# page's top and the promise's confirmation both say, each in its own words. 1250.00 due 4 February 2026.
PROMISE_CASES = {
    # Reminded, then 1000.00 promised by 6 March: one letter asks the 250.00 left first, then the dunning letter.
    "letter first": (
        [
            event(date(2026, 2, 5), "reminder"),
            event(date(2026, 2, 24), "promise", promised_date=date(2026, 3, 6), amount=1000),
        ],
        date(2026, 2, 24),
        ("_letter", "250.00", "wij sturen u een aanmaning", None),
    ),
    # In the final notice's term: its costs come beside the promise, nothing is put off.
    "in the term": (
        [
            event(date(2026, 3, 3), "final_notice"),
            event(date(2026, 3, 6), "promise", promised_date=date(2026, 3, 31), amount=500),
        ],
        date(2026, 3, 6),
        ("_now", "750.00", "", None),
    ),
    # Nothing sent yet: the first reminder asks the rest.
    "the step reached": (
        [event(date(2026, 2, 5), "promise", promised_date=date(2026, 2, 20), amount=500)],
        date(2026, 2, 5),
        ("", "750.00", "wij sturen u een betalingsherinnering", None),
    ),
}


@pytest.mark.parametrize("name", PROMISE_CASES)
def test_the_page_and_the_confirmation_say_the_rest_of_a_promise_of_part_by_one_rule(tmp_path, name):
    events, day, (variant, rest, step, handed_over) = PROMISE_CASES[name]
    ledger = one_debtor_ledger(tmp_path, events=events)
    claim = assess(ledger, ledger.debtors[0], day)
    said = promise_rest(ledger, claim)
    assert said is not None
    assert (said.asked, str(said.rest), said.step, said.handed_over) == (variant, rest, step, handed_over)
    money = fmt.money(said.rest)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE]
    assert money in letter_view(ledger, claim, due, Channel.LETTER).terms[0]
    assert money in statement_view(claim, ledger).summary.lines[0]


def test_a_promise_of_the_whole_leaves_no_rest_to_say(tmp_path):
    promise = event(date(2026, 2, 5), "promise", promised_date=date(2026, 2, 20))
    ledger = one_debtor_ledger(tmp_path, events=[promise])
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 5))
    assert claim.pending_promise.whole_balance and promise_rest(ledger, claim) is None


MISSED_TWO_INTEREST = {
    "nl": "Uw laatste termijn is op 30 april 2026. Betaalt u de gemiste termijnen nu en de volgende op tijd? Dan "
    "staat er daarna naar verwachting nog",
    "en": "If you pay the missed ones now and the next on time, about",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_interest_left_beside_two_missed_instalments_names_them_in_the_plural(tmp_path, language):
    """Three instalments (12 and 16 March, 30 April 2026), statutory interest, none paid on the 24th: the page and
    the reminder of that night said "Betaalt u de gemiste termijn nu en de andere op tijd" of two missed, beside
    "De termijnen van 12 maart 2026 ... en 16 maart 2026 ..." (the rule of plan_missed_several)."""
    installments = [
        {"due": date(2026, 3, 12), "amount": 400},
        {"due": date(2026, 3, 16), "amount": 400},
        {"due": date(2026, 4, 30), "amount": 450},
    ]
    plan = event(AGREED, "arrangement", installments=installments, channel="letter")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[plan], language=language)
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 24))
    page = statement_view(claim, ledger)
    assert page.message_key == "plan_missed_several"
    assert any(MISSED_TWO_INTEREST[language] in line for line in page.next_steps), page.next_steps
    (due,) = letters_due(claim, NO_RECORD)
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    said = (*letter.terms, *letter.next_steps.lines)
    assert any(MISSED_TWO_INTEREST[language] in line for line in said), said
    # One missed (the 16th paid ahead), one to come: as before.
    one = statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 13)), ledger)
    assert not any(MISSED_TWO_INTEREST[language] in line for line in one.next_steps), one.next_steps


# The final notice's costs forecast (statement.steps.final_notice_forecast) from the day the notice can really go: a
# dunning letter of Friday 18 December 2026 makes the final notice due on New Year's Day, Friday 1 January 2027. The
# build writes it that day; no post is collected until Monday the 4th (law.calendar.posting_day), received Wednesday
# the 6th, last day the 20th: costs from the 21st. Counted as posted on New Year's Day it would be received on
# Tuesday the 5th and the costs forecast from the 20th, a day before they can come.
FORECAST = {
    "nl": "zijn dat EUR\xa0187,50, op zijn vroegst vanaf 21 januari 2027.",
    "en": "these would be EUR\xa0187.50, charged no earlier than 21 January 2027.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("as_of", [date(2026, 12, 18), date(2026, 12, 28)])
def test_the_final_notice_s_costs_are_forecast_from_the_day_its_letter_can_be_posted(tmp_path, language, as_of):
    """On the dunning letter's day its own letter says it (the page that night too); on a later day, the page."""
    dunning = date(2026, 12, 18)
    events = [event(date(2026, 11, 10), "reminder")] + ([event(dunning, "dunning")] if as_of > dunning else [])
    policy = {"calls": False}
    ledger = one_debtor_ledger(
        tmp_path, events=events, language=language, policy=policy, invoices=[invoice(due=date(2026, 10, 31))]
    )
    claim = assess(ledger, ledger.debtors[0], as_of)
    page = statement_view(claim, ledger)
    if as_of == dunning:
        (due,) = letters_due(claim, NO_RECORD)
        assert due.kind == LetterKind.DUNNING
        said = letter_view(ledger, claim, due, Channel.LETTER).next_steps.lines
    else:
        assert claim.next_action.kind == "final_notice" and claim.next_action.due == date(2027, 1, 1)
        said = page.next_steps
    assert any(FORECAST[language] in line for line in said), said


WEEKS_LATE = {
    "nl": (
        "Afgesproken was: termijn 1 op 5 februari 2026 en termijn 2 op 5 maart 2026. U krijgt onze bevestiging van de "
        "regeling te laat om op die dagen te betalen. Heeft u die termijnen nog niet betaald? Betaal ze dan uiterlijk "
        "26 maart 2026: dan betaalt u op tijd.",
        "Afgesproken was: termijn 1 op 5 februari 2026 en termijn 2 op 5 maart 2026. U krijgt deze brief te laat om op "
        "die dagen te betalen. Heeft u die termijnen nog niet betaald? Betaal ze dan uiterlijk 26 maart 2026: dan "
        "betaalt u op tijd.",
    ),
    "en": (
        "We agreed: instalment 1 on 5 February 2026 and instalment 2 on 5 March 2026. You receive our confirmation of "
        "the plan too late to pay on those days. If you have not paid those instalments yet, please pay them by 26 "
        "March 2026: that is still on time.",
        "We agreed: instalment 1 on 5 February 2026 and instalment 2 on 5 March 2026. You receive this letter too late "
        "to pay on those days. If you have not paid those instalments yet, please pay them by 26 March 2026: that is "
        "still on time.",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_entered_weeks_late_names_each_instalment_its_confirmation_asks_later(tmp_path, language):
    """Agreed on 2 February 2026 (500.00 on 5 February, 500.00 on 5 March, 250.00 on 5 April), entered only after the
    build of 9 March: the build of the 10th writes the confirmation (posted, received on the 12th). Both instalments
    whose day has gone by are asked by the 26th, in one sentence that names each, beside a box that asks both; the
    schedule says "Nu te betalen" of both, not "Te laat"; the staff say the plan is not behind until then."""
    plan = event(
        date(2026, 2, 2),
        "arrangement",
        installments=[
            {"due": date(2026, 2, 5), "amount": 500},
            {"due": date(2026, 3, 5), "amount": 500},
            {"due": date(2026, 4, 5), "amount": 250},
        ],
    )
    ledger = one_debtor_ledger(tmp_path, events=[plan], language=language)
    claims = [assess(ledger, d, date(2026, 3, 10)) for d in ledger.debtors]
    ledger, (claim,) = confirmed_as_written(ledger, claims, FirstSeen({}))
    page = statement_view(claim, ledger)
    said, written = WEEKS_LATE[language]
    assert said in page.next_steps[0], page.next_steps
    assert page.summary.amount == {"nl": "EUR\xa01.000,00", "en": "EUR\xa01,000.00"}[language]
    assert [row.state for row in page.plan.rows] == ["due", "due", "upcoming"]
    (due,) = letters_due(claim, FirstSeen({}))
    assert due.kind == LetterKind.ARRANGEMENT  # and no reminder of either beside it
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert written in letter.terms
    # Not "uw volgende termijn: EUR 1.000,00" of two instalments.
    assert (
        letter.pay.note
        == {
            "nl": "Het bedrag om over te maken is wat u nu moet betalen volgens uw betalingsregeling: EUR\xa01.000,00, "
            "uiterlijk 26 maart 2026.",
            "en": "The amount to transfer is what is due now under your payment plan: EUR\xa01,000.00, by 26 March 2026.",
        }[language]
    )
    assert claim.asked_later is not None and claim.asked_later.by == date(2026, 3, 26)
    assert [i.installment.due for i in claim.asked_later.instalments] == [date(2026, 2, 5), date(2026, 3, 5)]
    assert claim.next_action.due == date(2026, 3, 27)
