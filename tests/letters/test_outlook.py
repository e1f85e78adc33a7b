"""The claim as its page shows it on the day of a letter: the page and the letter name one date."""

import shutil
from datetime import date

import pytest

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, forms, letters_due
from incasso.letters.outlook import asked_apart, claim_after, claim_as_sent, costs_stated
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.letters import LETTERS_LEDGER, NOTICE_DAY, plan_missed_ledger
from tests.support.site import DEMO_LEDGER, ledger_as_built

SAME_DATE = (LetterKind.REMINDER, LetterKind.DUNNING, LetterKind.INSTALLMENT_REMINDER)


@pytest.fixture(scope="module")
def ledger():
    return ledger_as_built(DEMO_LEDGER)


@pytest.mark.parametrize("day", [date(2026, 11, 22), date(2026, 11, 30), date(2026, 12, 8)])
def test_on_the_day_of_a_reminder_or_dunning_letter_the_page_asks_by_its_date(ledger, day):
    compared = 0
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, day)
        page = statement_view(claim_as_sent(ledger, claim), ledger)
        for due in letters_due(claim, NO_RECORD):
            for form in forms(debtor, due):
                letter = letter_view(ledger, claim, due, form)
                assert letter.lead.amount == page.summary.amount, (debtor.id, due.kind)
                if due.kind in SAME_DATE:
                    assert letter.lead.by == page.summary.deadline, (debtor.id, due.kind, form)
                    compared += 1
    assert compared >= 2  # the demo has such letters on each of these days


def test_a_final_notice_day_keeps_the_page_as_it_is_until_staff_record_how_it_was_sent(ledger):
    """Its term counts from receipt, a day later by post than by e-mail: the page does not guess."""
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "D-1004"), date(2026, 11, 30))
    assert [d.kind for d in letters_due(claim, NO_RECORD)] == [LetterKind.FINAL_NOTICE]
    assert claim_as_sent(ledger, claim) is claim


def test_without_a_letter_the_page_shows_the_claim_as_assessed(ledger):
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "D-1001"), date(2026, 11, 22))
    assert letters_due(claim, NO_RECORD) == () and claim_as_sent(ledger, claim) is claim


def test_a_debtor_no_letter_can_reach_is_not_told_one_was_sent(ledger):
    """D-1002 has no postal and no e-mail address: its reminder cannot go out, so its page stays as assessed."""
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "D-1002"), date(2026, 11, 22))
    assert [d.kind for d in letters_due(claim, NO_RECORD)] == [LetterKind.REMINDER]
    assert not claim.debtor.contact.address and not claim.debtor.contact.email
    assert claim_as_sent(ledger, claim) is claim
    assert statement_view(claim, ledger).message_key == "overdue"


def test_a_final_notice_to_a_plan_in_arrears_asks_what_the_page_asks_that_day(tmp_path):
    """The notice asks everything overdue (what stops its costs), and so does the page on the day it is written: it
    asked the instalment in arrears until staff recorded the notice, beside "Dan blijft onze afspraak gewoon staan"
    (s40). Nothing to tell staff apart; in both forms the same."""
    ledger = load_ledger(plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")))
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-PLAN-MISSED"), NOTICE_DAY)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    assert asked_apart(ledger, claim, due) is None
    page = amount_to_pay(claim_as_sent(ledger, claim))
    assert page > claim.running_plan.arrears
    for form in (Channel.LETTER, Channel.EMAIL):
        assert letter_view(ledger, claim, due, form).lead.amount == fmt.money(page)


@pytest.mark.parametrize("day", [date(2026, 11, 22), date(2026, 11, 30), date(2026, 12, 8)])
def test_a_letter_that_asks_what_the_page_asks_says_nothing_apart(ledger, day):
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, day)
        for due in letters_due(claim, NO_RECORD):
            assert asked_apart(ledger, claim, due) is None, (debtor.id, due.kind)  # the demo's letters agree


def test_a_letter_sent_today_is_assessed_once_for_the_check_the_page_and_the_letter(tmp_path, monkeypatch):
    """The final notice to a plan in arrears: the check of the day's letters, the staff's list (the costs it states,
    whether it asks an amount apart) and the letter in each form ask the claim as the notice leaves it: one assessment
    for each form it is written in, whoever asks."""
    import incasso.letters.outlook as outlook

    ledger = load_ledger(plan_missed_ledger(shutil.copytree(LETTERS_LEDGER, tmp_path / "ledger")))
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == "L-PLAN-MISSED"), NOTICE_DAY)
    (due,) = letters_due(claim, NO_RECORD)
    made, real = [], outlook.assess
    monkeypatch.setattr(outlook, "assess", lambda *args, **options: made.append(args[2]) or real(*args, **options))
    for _ in range(2):
        assert asked_apart(ledger, claim, due) is None and costs_stated(ledger, claim, due) is not None
        for form in (Channel.LETTER, Channel.EMAIL):
            letter_view(ledger, claim, due, form)
            assert claim_after(ledger, claim, due, form) is claim_after(ledger, claim, due, form)
    assert made == [NOTICE_DAY, NOTICE_DAY]
