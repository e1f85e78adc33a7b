"""{not_received} in a letter written on a day the bank statements read do not reach (incasso.letters.view,
statement.steps.days_unseen): the letter says what the page says that day.

One consumer invoice of 1250.00 due 4 February 2026 (tests.support.ledgers.valid_debtor), a reminder and a dunning
letter sent; the final notice is due on `NOTICE_DUE` and written that day, the bank statements read ending days
before the day the dunning letter asked payment by.
"""

from dataclasses import replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import not_received
from tests.support.ledgers import days, event, one_debtor_ledger, payment

DUE = date(2026, 2, 4)
LETTERS = [event(DUE + days(1), "reminder"), event(DUE + days(15), "dunning")]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("paid", [False, True], ids=["nothing-paid", "part-paid"])
def test_the_final_notice_written_today_says_not_processed_as_the_page_does(tmp_path, lang, paid):
    """D-1004 on 4 December: the page said "Wij hebben nog niet het hele bedrag verwerkt" (the bank data end on 20
    November, before the day the dunning letter asked payment by), the final notice written that day "wij hebben
    nog niet het hele bedrag ontvangen" of days it does not cover. It says "verwerkt" too."""
    payments = [payment(date=DUE + days(10), amount="200.00")] if paid else []
    ledger = one_debtor_ledger(tmp_path, language=lang, events=LETTERS, payments=payments)
    step = assess(ledger, ledger.debtors[0], DUE + days(30)).next_action
    assert step.kind == "final_notice"  # after the dunning letter's term (and a call, not recorded)
    as_of = step.due + days(3)
    ledger = replace(ledger, bank_until=step.due - days(4))
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == "final_notice"
    said = {
        ("nl", False): "nog geen betaling van u verwerkt",
        ("nl", True): "nog niet het hele bedrag verwerkt",
        ("en", False): "not yet processed a payment from you",
        ("en", True): "not yet processed the whole amount",
    }
    on_the_page = not_received(claim, lang)
    assert on_the_page == said[lang, paid]
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert dict(letter.text_values)["not_received"] == on_the_page


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_reminder_written_after_its_step_was_due_says_what_the_page_says_that_day(tmp_path, lang):
    """A reminder due 5 February written on the 20th, the bank statements read ending on the 10th: the page said
    "uw betaling nog niet ontvangen" (its step's day, the 4th, is covered), the letter "nog geen betaling van u
    verwerkt" (the day before it went, the 19th, is not). A payment of the 15th may be on our account: both say
    'verwerkt', the letter's day being the one the page speaks of."""
    ledger = replace(one_debtor_ledger(tmp_path, language=lang), bank_until=date(2026, 2, 10))
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 20))
    (due,) = letters_due(claim, NO_RECORD)
    assert (due.kind, claim.next_action.due) == ("reminder", date(2026, 2, 5))
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    said = {"nl": "nog geen betaling van u verwerkt", "en": "not yet processed a payment from you"}[lang]
    assert (not_received(claim, lang), dict(letter.text_values)["not_received"]) == (said, said)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_top_beside_a_late_written_reminder_does_not_ask_whether_it_was_paid_in_time(tmp_path, lang):
    """The same day: the top says payments after the 10th are not processed yet, as the letter's word does; but a
    payment of the 15th, after the due date, was not "op tijd": it asks "Heeft u al betaald?", not "Heeft u op
    tijd betaald?" (kept for a due date or a letter's day the bank data do not reach)."""
    from incasso.statement.view import statement_view

    ledger = replace(one_debtor_ledger(tmp_path, language=lang), bank_until=date(2026, 2, 10))
    top = " ".join(statement_view(assess(ledger, ledger.debtors[0], date(2026, 2, 20)), ledger).summary.lines)
    assert {"nl": "Heeft u al betaald? Dan hoeft u niets te doen.", "en": "If you have already paid"}[lang] in top
    assert "op tijd" not in top and "in time" not in top
