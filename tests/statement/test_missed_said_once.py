"""Several missed instalments said once (s59): the page said "Deze termijnen staan nog open: {missed}. Die termijnen
zijn nog niet betaald: ...", "open" and "nog niet betaald" twice over the same instalments ("These instalments are
still open: ... These instalments have not been paid: ..."). Each line now lists them once, as "open", and then says
what the debtor does not know yet: their sum beside the reminder, that the notice asks more than they are, what part
was paid, or (beside a payment the bank took back) that no payment of theirs counts. At their longest (three missed,
the longest way a notice is named) every sentence stays at most 21 words, as tests/statement/test_texts_short.py
holds all the others; and so do the English conditions that no longer ask "Did you pay ...? If so, ...".

The page: tests/statement/test_instalments_missed_words.py's plan of three instalments of 500.00, the October and
November ones missed on 1 December 2026, the final notice over both written that day."""

from __future__ import annotations

import re
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_as_sent
from incasso.letters.view import letter_view
from incasso.statement.labels import LABELS
from incasso.statement.view import statement_view
from tests.statement.test_instalments_missed_words import EVENTS, ONE_MISSED, TWO_MISSED, _ledger
from tests.statement.test_texts_short import SENTENCE_END, TYPICAL, WORDS, _filled_with, _longest, _three_missed
from tests.support.ledgers import event, invoice, one_debtor_ledger, payment

# The lines of more than one missed instalment (steps._plan_notice_line, steps._notice_lead, the arrears' line); the
# step under a notice over them written today no longer names them (s59: the top does, `plan_notice_pay`); the step of
# those missed since the notice names them (s60: only the first).
SEVERAL = re.compile(r"plan_(arrears|notice|notice_today|notice_lead|notice_also|notice_since)_more(_part|_returned)?")
# The list said "open", and then "not paid" again in other words, of the same instalments.
OPEN = {Language.NL: "termijnen staan", Language.EN: "instalments are"}
AGAIN = {
    Language.NL: re.compile(r"nog niet (?:helemaal )?betaald|niet betaald"),
    Language.EN: re.compile(r"not been paid|did not pay"),
}
# What each says beside the list, by its form: the part paid, the payment that does not count.
DIFFERS = {
    ("_part", Language.NL): "betaald",
    ("_part", Language.EN): "paid",
    ("_returned", Language.NL): "geen betaling van u die meetelt",
    ("_returned", Language.EN): "no payment from you that counts",
}


def _several(lang: Language) -> list[str]:
    keys = [key for key in LABELS[lang] if SEVERAL.fullmatch(key)]
    assert len(keys) == 15, keys
    return keys


@pytest.mark.parametrize("lang", list(Language))
def test_each_line_of_several_missed_says_once_that_they_are_open(lang):
    said = {key: _filled_with(LABELS[lang][key], _longest_values(lang, key)) for key in _several(lang)}
    again = [f"{key}: {text}" for key, text in said.items() if OPEN[lang] in text and AGAIN[lang].search(text)]
    assert not again, "\n".join(again)
    for key, text in said.items():
        form = next((form for form in ("_part", "_returned") if key.endswith(form)), None)
        if form is not None:  # what differs is still said
            assert DIFFERS[(form, lang)] in text.split(": ", 1)[1], key


def _longest_values(lang: Language, key: str) -> dict[str, str]:
    """Each value at its longest where `key` is said: three missed, and the notice named as that line names it
    (statement.tables: plan_notice_named for a plan's, episode_notice_named for the unread term's costs,
    first_notice_named beside a dispute's answer)."""
    if key.startswith("plan_"):
        notice = r"the_notice_\w+"
    elif key.startswith("costs_unseen"):
        notice = r"notice_(letter|email|portal)"
    else:
        notice = r"(first_|dated_)?notice_(letter|email|portal)"
    return {**TYPICAL[lang], "missed": _three_missed(lang), "notice": _longest(lang, notice)}


CONDITIONS = ("costs_unseen_lead", "costs_unseen", "costs_on_top_why_answer", "costs_on_top_why_answer_returned",
              "part_lowered", "plan_notice_pay")  # fmt: skip


@pytest.mark.parametrize("lang", list(Language))
def test_the_lines_changed_keep_short_sentences_at_their_longest(lang):
    keys = [*_several(lang), *CONDITIONS]
    long = [
        f"{key} ({len(sentence.split())}): {sentence}"
        for key in keys
        for sentence in SENTENCE_END.split(_filled_with(LABELS[lang][key], _longest_values(lang, key)))
        if len(sentence.split()) > WORDS
    ]
    assert not long, "\n".join(long)


PAGE = {
    Language.NL: ("zijn nog niet betaald", "niet alleen deze termijnen"),
    Language.EN: ("have not been paid", "not only these instalments"),
}


@pytest.mark.parametrize("lang", list(Language))
def test_the_page_over_two_missed_says_them_once_and_that_the_notice_asks_more(tmp_path, lang):
    ledger = _ledger(tmp_path, str(lang))
    claim = assess(ledger, ledger.debtors[0], TWO_MISSED)
    page = statement_view(claim_as_sent(ledger, claim), ledger)
    unpaid_again, more = PAGE[lang]
    top, first_step = page.summary.lines[0], page.next_steps[0]
    assert "31" in top and "30" in top  # both missed instalments named, each with its day
    assert more in top  # the amount at the top is more than those two (EUR 1.000,00): the whole amount overdue
    assert unpaid_again not in top and unpaid_again not in first_step
    # s59: the step said the top's list again, word for word; it says what to do, the top's amount by its day
    assert "31" not in first_step and "30" not in first_step and OPEN[lang] not in first_step
    assert page.summary.amount in first_step


# s60: one missed instalment under the final notice over it was said at the top ("U heeft een termijn van uw
# betalingsregeling niet betaald. Daarom ...") and again in the first step, there with its day ("De termijn van 31
# oktober 2026 van uw betalingsregeling is nog niet betaald. Daarom hebben wij u ... gestuurd."). The top names it once,
# by its day and amount, as it names several; the step says what to do and by when, as beside several.
ONE = {
    Language.NL: "De termijn van 31 oktober 2026 van uw betalingsregeling (EUR\xa0500,00) is nog niet betaald. Daarom "
    "vragen wij nu alles wat te laat is.",
    Language.EN: "The instalment of 31 October 2026 of your payment plan (EUR\xa0500.00) has not been paid. So we now "
    "ask for the whole overdue amount.",
}
ONE_STATES = {"today": (ONE_MISSED, []), "sent": (date(2026, 11, 20), [event(ONE_MISSED, "final_notice")])}


@pytest.mark.parametrize("state", ONE_STATES)
@pytest.mark.parametrize("lang", list(Language))
def test_one_missed_under_the_notice_over_it_is_said_once_at_the_top_by_its_day_and_amount(tmp_path, lang, state):
    day, notice = ONE_STATES[state]
    invoices = [invoice(number="F2026-0301", date=date(2026, 7, 1), due=date(2026, 7, 31), amount="1500.00")]
    paid = [payment(date=date(2026, 9, 30), amount="500.00")]
    ledger = one_debtor_ledger(
        tmp_path, interest="statutory", invoices=invoices, payments=paid, events=EVENTS + notice, language=str(lang)
    )
    claim = assess(ledger, ledger.debtors[0], day)
    assert len(claim.running_plan.missed) == 1
    page = statement_view(claim, ledger)
    top, first_step = page.summary.lines[0], page.next_steps[0]
    assert top == ONE[lang]
    said = " ".join(page.next_steps)
    assert "31 o" not in said.lower() and not AGAIN[lang].search(said), page.next_steps  # not named again
    assert page.summary.amount in first_step  # what to do: the amount the top asks, by its day
    if state == "today":  # the notice written today says it in its box, as the page's top does
        (due,) = letters_due(claim, NO_RECORD)
        assert due.kind == LetterKind.FINAL_NOTICE
        assert letter_view(ledger, claim, due, Channel.LETTER).lead.lines[0] == ONE[lang]


# ... and one missed after the notice, in its term (tests.support.plan_notice, read on 4 December: the November
# instalment, EUR 250,00 of its 500,00 paid): the top said the notice still asks it, and the step said that again
# after the instalment's day ("Onze sommatie geldt nog: die vraagt ..." twice). The step says the instalment, by its
# day and amount, and what came of it.
STILL = {Language.NL: "Onze sommatie geldt nog", Language.EN: "Our final notice still applies"}
SINCE = {
    Language.NL: "Van de termijn van 30 november 2026 van uw betalingsregeling (EUR\xa0500,00) heeft u EUR\xa0250,00 "
    "betaald. Er staat nog EUR\xa0250,00 van open.",
    Language.EN: "Of the instalment of 30 November 2026 of your payment plan (EUR\xa0500.00) you have paid "
    "EUR\xa0250.00. EUR\xa0250.00 of it is still open.",
}


@pytest.mark.parametrize("lang", list(Language))
def test_one_missed_since_the_notice_says_once_that_the_notice_still_asks_it(tmp_path, lang):
    from tests.support.plan_notice import REMINDED, plan_notice_ledger

    ledger = plan_notice_ledger(tmp_path, notice=True, language=str(lang))
    page = statement_view(assess(ledger, ledger.debtors[0], REMINDED), ledger)
    said = " ".join([*page.summary.lines, *page.next_steps])
    assert said.count(STILL[lang]) == 1, said
    assert page.summary.lines[0].startswith(STILL[lang])
    assert page.next_steps[0] == SINCE[lang]


# ... and two missed after the notice (tests.support.plan_notice.two_missed_since, read on 5 December): the step named
# only the first ("De termijn van 30 november 2026 van uw betalingsregeling (EUR 500,00) is nog niet betaald."), and
# the top said "ook uw termijn" of two. The top says the notice still asks them ("uw termijnen"); the step names
# them all, each by its day and amount, and their sum or what came of them, as beside several before a notice.
STILL_MORE = {
    Language.NL: "Onze sommatie geldt nog: die vraagt alles wat te laat is, ook uw termijnen.",
    Language.EN: "Our final notice still applies: it asks for the whole overdue amount, your instalments included.",
}
BOTH = {
    Language.NL: "Deze termijnen staan nog open: 30 november 2026 (EUR\xa0500,00) en 4 december 2026 (EUR\xa0500,00).",
    Language.EN: "These instalments are still open: 30 November 2026 (EUR\xa0500.00) and 4 December 2026 "
    "(EUR\xa0500.00).",
}
CAME = {
    ("unpaid", Language.NL): "Samen is dat EUR\xa01.000,00.",
    ("unpaid", Language.EN): "In total, that is EUR\xa01,000.00.",
    ("part", Language.NL): "Van die termijnen heeft u EUR\xa0200,00 betaald: samen staat er nog EUR\xa0800,00 open.",
    ("part", Language.EN): "Of these instalments you have paid EUR\xa0200.00: EUR\xa0800.00 is still open in total.",
    # 500.00 paid on 30 November, and taken back by the bank on 3 December (statement.returned)
    ("returned", Language.NL): "Voor die termijnen hebben wij nog geen betaling van u die meetelt. Samen is dat "
    "EUR\xa01.000,00.",
    ("returned", Language.EN): "For these instalments, we have no payment from you that counts. In total, that is "
    "EUR\xa01,000.00.",
}


@pytest.mark.parametrize("came", ["unpaid", "part", "returned"])
@pytest.mark.parametrize("lang", list(Language))
def test_several_missed_since_the_notice_are_each_named_once_in_the_step(tmp_path, lang, came):

    claim, ledger = _two_missed_since(tmp_path, lang, came)
    assert len(claim.running_plan.missed) == 2
    page = statement_view(claim, ledger)
    assert page.summary.lines[0] == STILL_MORE[lang]
    assert page.next_steps[0] == f"{BOTH[lang]} {CAME[(came, lang)]}"
    assert (page.returned is not None) == (came == "returned")
    said = " ".join([*page.summary.lines, *page.next_steps])
    assert said.count(STILL[lang]) == 1, said
    for day in ("30 november 2026", "4 december 2026"):
        assert said.lower().count(day) == 1, (day, said)  # each named once, in the step


def _two_missed_since(tmp_path, lang: Language, came: str):
    """tests.support.plan_notice.two_missed_since assessed on the day it is read: with `came` "part", 200.00 of the
    November instalment paid; "returned", 500.00 paid on 30 November and taken back by the bank on 3 December, read
    from a camt.053 statement as a build reads it."""
    from incasso.bank.books import read_books
    from incasso.payments.reference import rf_reference
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, write_ledger
    from tests.support.plan_notice import SINCE_READ, two_missed_since

    debtor = two_missed_since("D-1", str(lang), part=came == "part")
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])
    if came == "returned":
        bookings = [
            Booking("500.00", date(2026, 11, 30), ref="C1", scor=rf_reference("D-1")),
            Booking("500.00", date(2026, 12, 3), credit=False, ref="B1", return_reason="AC04"),
            Booking("4.50", SINCE_READ, credit=False, ref="K1", name="Bank", iban=None),  # the statement reaches today
        ]
        write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    ledger = read_books(root, SINCE_READ).ledger
    return assess(ledger, ledger.debtors[0], SINCE_READ), ledger
