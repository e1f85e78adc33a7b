"""The reminder after a promise whose day passed unpaid (or paid in part) says what was promised, what came in and
what is left, and opens about the promise (`reminder_promise`, falling back to reminder.md): not as a generic
reminder ("Misschien is het u ontschoten"), nor, once the debtor promised after a dispute's answer, about that
answer (`reminder_answered`).

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026; a promise of the whole
made on 10 March 2026 for 20 March.
"""

import shutil
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.support.ledgers import event, one_debtor_ledger, payment
from tests.support.site import REPO

LETTERS = REPO / "content" / "letters"
PROMISE = event(date(2026, 3, 10), "promise", promised_date=date(2026, 3, 20), channel="email")
DISPUTE = [
    event(date(2026, 2, 10), "dispute", reason="Te duur"),
    event(date(2026, 3, 2), "dispute_resolved", outcome="De prijs klopt"),
]
POSTPONE = event(date(2026, 3, 21), "postpone", until=date(2026, 4, 1), reason="Klant betaalt begin april")


def _reminder(tmp_path, language, events, payments=(), as_of=date(2026, 3, 21)):
    ledger = one_debtor_ledger(tmp_path, events=events, payments=list(payments), language=language)
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.REMINDER]
    return letter_view(ledger, claim, due, Channel.LETTER)


def _opening(view, site=LETTERS):
    from pelican.plugins.incasso.letters.texts import LetterTexts

    return " ".join(b[1] for b in LetterTexts(site)[(view.lang, view.opening)].filled(view.text_values).blocks)


PROMISED_PART = {
    "nl": "Op 10 maart 2026 heeft u ons toegezegd het hele bedrag (EUR\xa01.250,00) te betalen, uiterlijk 20 maart "
    "2026. Daarvan hebben wij EUR\xa0500,00 ontvangen, dank u wel. Er staat nog EUR\xa0",
    "en": "On 10 March 2026 you promised to pay us the whole amount (EUR\xa01,250.00) by 20 March 2026. Of that, we "
    "have received EUR\xa0500.00, thank you. EUR\xa0",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_postponed_reminder_after_a_promise_of_the_whole_paid_in_part_says_what_was_promised_and_what_is_left(
    tmp_path, language
):
    """Promised all by 20 March, 500.00 paid on the 18th, the reminder postponed until 1 April: it read "Volgens onze
    administratie hebben wij nog niet het hele bedrag ontvangen ... Misschien is het u ontschoten", as if nothing
    had been agreed (the page had said "U had toegezegd uiterlijk 20 maart 2026 te betalen" until then)."""
    paid = [payment(date=date(2026, 3, 18), amount="500.00")]
    view = _reminder(tmp_path, language, [PROMISE, POSTPONE], paid, as_of=date(2026, 4, 1))
    assert view.opening == "reminder_promise"
    (said,) = [t for t in view.terms if t.startswith(PROMISED_PART[language])]
    left = {"nl": "open.", "en": "is still open."}[language]
    assert said.endswith(left), said
    assert view.lead.amount in said  # what is left is what the letter asks
    opening = _opening(view)
    assert {"nl": "ontschoten", "en": "slipped your mind"}[language] not in opening
    assert {"nl": "toegezegd", "en": "promised"}[language] in opening


PROMISED_NOTHING = {
    "nl": "Op 10 maart 2026 heeft u ons toegezegd het hele bedrag (EUR\xa01.250,00) te betalen, uiterlijk 20 maart "
    "2026. Die betaling hebben wij niet ontvangen.",
    "en": "On 10 March 2026 you promised to pay us the whole amount (EUR\xa01,250.00) by 20 March 2026. We have not "
    "received that payment.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_after_a_promise_made_since_a_dispute_s_answer_is_about_the_promise(tmp_path, language):
    """Disputed before any letter, answered on 2 March; on 10 March the debtor promised to pay by the 20th, and did
    not. The reminder opened with `reminder_answered`, "Op 2 maart 2026 hebben wij uw bezwaar beantwoord", as if the
    answer were the news: the debtor has spoken with us since, and promised. A site without `reminder_promise.md`
    writes reminder.md."""
    view = _reminder(tmp_path, language, [*DISPUTE, PROMISE])
    assert view.opening == "reminder_promise"
    assert PROMISED_NOTHING[language] in view.terms
    assert {"nl": "bezwaar", "en": "dispute"}[language] not in _opening(view)
    old_site = tmp_path / "old-site"
    shutil.copytree(LETTERS, old_site)
    for lang in ("nl", "en"):
        (old_site / lang / "reminder_promise.md").unlink()
    assert _opening(view, old_site) == _opening(view.__class__(**{**vars_of(view), "opening": "reminder"}))


def vars_of(view):
    import dataclasses

    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


def test_an_answer_given_after_the_promise_is_still_the_news(tmp_path):
    """Promised, broken, then disputed and answered: the first reminder after that answer names it, as before."""
    events = [
        event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20)),
        event(date(2026, 2, 21), "dispute", reason="Te duur"),
        event(date(2026, 3, 2), "dispute_resolved", outcome="De prijs klopt"),
    ]
    view = _reminder(tmp_path, "nl", events, as_of=date(2026, 3, 17))
    assert view.opening == "reminder_answered"
    assert not [t for t in view.terms if "toegezegd" in t]


REMINDED = event(date(2026, 2, 5), "reminder", channel="letter")


def _dunning(tmp_path, language, events, payments=(), as_of=date(2026, 3, 21)):
    ledger = one_debtor_ledger(tmp_path, events=events, payments=list(payments), language=language)
    claim = assess(ledger, ledger.debtors[0], as_of)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.DUNNING]
    return letter_view(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dunning_letter_after_a_broken_promise_states_the_promise(tmp_path, language):
    """Reminded on 5 February, promised on 10 March to pay by the 20th, 500.00 paid: the dunning letter of the 21st
    said nothing of the promise (only the reminder did); it says it as the reminder does."""
    paid = [payment(date=date(2026, 3, 18), amount="500.00")]
    view = _dunning(tmp_path, language, [REMINDED, PROMISE], paid)
    (said,) = [t for t in view.terms if t.startswith(PROMISED_PART[language])]
    assert view.lead.amount in said
    assert view.opening == "dunning_promise"
    assert {"nl": "toegezegd", "en": "promised"}[language] in _opening(view)


def test_a_site_without_dunning_promise_writes_the_dunning_letter_as_before(tmp_path):
    view = _dunning(tmp_path, "nl", [REMINDED, PROMISE])
    assert PROMISED_NOTHING["nl"] in view.terms
    old_site = tmp_path / "old-site"
    shutil.copytree(LETTERS, old_site)
    for lang in ("nl", "en"):
        (old_site / lang / "dunning_promise.md").unlink()
    assert _opening(view, old_site) == _opening(view.__class__(**{**vars_of(view), "opening": "dunning"}))


ANSWERED_AFTER_REMINDER = [
    REMINDED,
    event(date(2026, 2, 10), "dispute", reason="Te duur"),
    event(date(2026, 3, 2), "dispute_resolved", outcome="De prijs klopt"),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dunning_letter_after_a_promise_made_since_a_dispute_s_answer_is_about_the_promise(tmp_path, language):
    """Reminded, disputed, answered on 2 March; promised on 10 March to pay by the 20th, and did not: the dunning
    letter opened with `dunning_answered` ("Wij hebben uw bezwaar beantwoord"), as if the answer were the news. The
    promise is newer: it leads, as in the reminder (`reminder_promise`)."""
    view = _dunning(tmp_path, language, [*ANSWERED_AFTER_REMINDER, PROMISE])
    assert view.opening == "dunning_promise"
    assert PROMISED_NOTHING[language] in view.terms
    assert {"nl": "bezwaar", "en": "dispute"}[language] not in _opening(view)


def test_a_dunning_letter_after_an_answer_given_since_the_promise_names_the_answer(tmp_path):
    """Promised, broken, then disputed and answered: the answer is the news, as for the reminder."""
    events = [
        REMINDED,
        event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 20)),
        event(date(2026, 2, 21), "dispute", reason="Te duur"),
        event(date(2026, 3, 2), "dispute_resolved", outcome="De prijs klopt"),
    ]
    view = _dunning(tmp_path, "nl", events, as_of=date(2026, 3, 17))
    assert view.opening == "dunning_answered"
    assert not [t for t in view.terms if "toegezegd" in t]


def _page(tmp_path, language, events, as_of):
    from incasso.statement.view import statement_view

    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    return statement_view(assess(ledger, ledger.debtors[0], as_of), ledger)


SENT = {"channel": "letter"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_after_the_reminder_of_a_promise_made_since_an_answer_speaks_of_the_promise(tmp_path, language):
    """Answered on 2 March, promised on the 10th for the 20th, not paid, reminded on the 21st about the promise
    (`reminder_promise`): the page said `dunning_answered`, "Wij hebben uw bezwaar beantwoord, maar ...", beside
    that letter. It speaks of the promise as the letter does; a site without the text shows what it showed."""
    reminded = event(date(2026, 3, 21), "reminder", **SENT)
    view = _page(tmp_path, language, [*DISPUTE, PROMISE, reminded], date(2026, 3, 24))
    assert view.message_key == "reminder_promise"
    assert view.message_fallbacks == ("dunning_answered", "reminder")


def test_the_page_after_the_dunning_letter_of_a_broken_promise_speaks_of_the_promise(tmp_path):
    dunned = event(date(2026, 3, 21), "dunning", **SENT)
    view = _page(tmp_path, "nl", [*ANSWERED_AFTER_REMINDER, PROMISE, dunned], date(2026, 3, 24))
    assert view.message_key == "dunning_promise"
    assert view.message_fallbacks == ("dunning_answered", "dunning")
    plain = _page(tmp_path / "plain", "nl", [REMINDED, PROMISE, dunned], date(2026, 3, 24))
    assert plain.message_key == "dunning_promise"
    assert plain.message_fallbacks == ("dunning",)


def test_the_page_after_a_later_letter_no_longer_speaks_of_the_promise(tmp_path):
    """Once the next letter went out about nothing but the claim, the promise is old news."""
    dunned = event(date(2026, 3, 21), "dunning", **SENT)
    final = event(date(2026, 4, 6), "final_notice", **SENT)
    view = _page(tmp_path, "nl", [REMINDED, PROMISE, dunned, final], date(2026, 4, 8))
    assert "promise" not in view.message_key


PART_LEFT = {
    "nl": "Op 10 maart 2026 heeft u ons toegezegd EUR\xa0300,00 te betalen, uiterlijk 20 maart 2026. Daarvan hebben wij "
    "EUR\xa0100,00 ontvangen, dank u wel: er staat nog EUR\xa0200,00 van open. In totaal staat nog EUR\xa01.150,00 open.",
    "en": "On 10 March 2026 you promised to pay us EUR\xa0300.00 by 20 March 2026. Of that, we have received "
    "EUR\xa0100.00, thank you: EUR\xa0200.00 of it is still open. In total, EUR\xa01,150.00 is still open.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_of_part_paid_in_part_says_what_is_left_of_it_and_in_all(tmp_path, language):
    """Promised 300.00 of the 1250.00 by 20 March, 100.00 paid: the reminder read 'toegezegd EUR 300,00 te betalen
    ... Daarvan hebben wij EUR 100,00 ontvangen, dank u wel. Er staat nog EUR 1.150,00 open', as if 1150.00 were
    left of the 300.00 promised. It says what is left of the promise, and what is open in all."""
    promise = event(date(2026, 3, 10), "promise", promised_date=date(2026, 3, 20), amount="300.00", channel="email")
    paid = [payment(date=date(2026, 3, 18), amount="100.00")]
    view = _reminder(tmp_path, language, [promise], paid)
    assert view.opening == "reminder_promise"
    assert PART_LEFT[language] in view.terms
    assert view.lead.amount in PART_LEFT[language]


def _page_as_sent(tmp_path, language, events, as_of):
    from incasso.letters.outlook import claim_as_sent
    from incasso.statement.view import statement_view

    ledger = one_debtor_ledger(tmp_path, events=events, language=language)
    return statement_view(claim_as_sent(ledger, assess(ledger, ledger.debtors[0], as_of)), ledger)


MESSAGES = REPO / "content" / "messages"


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("events", "fallback"),
    [([PROMISE], "reminder"), ([*DISPUTE, PROMISE], "dunning_answered")],
    ids=["plain", "answered"],
)
@pytest.mark.parametrize("recorded", [False, True], ids=["written_today", "recorded"])
def test_the_page_beside_the_reminder_after_a_broken_promise_is_about_the_promise(
    tmp_path, language, events, fallback, recorded
):
    """The reminder after the promise of 20 March is about it (reminder_promise), but the page beside it said 'Wij
    hebben u een herinnering gestuurd ... Misschien is het u ontschoten' (after a dispute's answer: 'Wij hebben uw
    bezwaar beantwoord, maar ...'), and no longer named the promise: page and letter disagreed, on the day the letter
    was written and after it was recorded. The page's message is `reminder_promise` until the next letter; a site
    without it shows what it showed before."""
    if recorded:
        events = [*events, event(date(2026, 3, 21), "reminder", channel="email")]
    view = _page_as_sent(tmp_path, language, events, date(2026, 3, 24) if recorded else date(2026, 3, 21))
    assert view.message_key == "reminder_promise"
    assert view.message_fallbacks[0] == fallback
    text = (MESSAGES / language / "reminder_promise.md").read_text(encoding="utf-8")
    assert {"nl": "toegezegd", "en": "promised"}[language] in text
    assert {"nl": "ontschoten", "en": "slipped your mind"}[language] not in text
    reminder = [] if recorded else [event(date(2026, 3, 21), "reminder")]
    later = [*events, *reminder, event(date(2026, 4, 4), "dunning")]
    assert _page_as_sent(tmp_path / "later", language, later, date(2026, 4, 6)).message_key != "reminder_promise"
