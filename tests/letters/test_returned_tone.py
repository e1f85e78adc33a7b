"""s54: a debtor whose payment the bank took back is not told "Misschien is het u ontschoten; dat kan gebeuren".

The page and the letters tell the payment that came back (statement.returned); the reminder's message and the
reminder letter's opening said, right above it, that the debtor may have forgotten to pay: untrue for someone who
paid. And the dunning letter's message gave the return as the reason for the letter ("Wij hebben nog geen betaling
van u die meetelt. Daarom hebben wij u een aanmaning gestuurd."), also for a letter older than the return. While a
returned payment is told, both read without it (shipped.RETURNED_TOLD); without one, as they always did.

A consumer pays the invoice of 1250.00 on 4 November 2026; the bank takes it back on 19 November; read on the 22nd
(tests/statement/test_returned.py).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.payments.reference import rf_reference
from incasso.statement.view import statement_view
from pelican.plugins.incasso.letters.texts import SHIPPED_LETTERS, LetterTexts
from pelican.plugins.incasso.shipped import PLAN_LATE, RETURNED_TOLD, as_shipped_now
from pelican.plugins.incasso.statements import Messages
from tests.statement.test_returned import AS_OF, COSTS, PAID, RETURNED
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, payment, valid_creditor, valid_debtor, write_ledger

CONTENT = Path(__file__).resolve().parents[2] / "content"
SLIPPED = {"nl": "ontschoten", "en": "slipped your mind"}
REMINDED = [event(date(2026, 2, 5), "reminder", channel="email")]
DUNNED = [*REMINDED, event(date(2026, 2, 20), "dunning", channel="email")]
# The dunning letter's message while a return is told: the letter, then what counts, with no "Daarom" between them.
DUNNING = {
    "nl": "Wij hebben u een aanmaning gestuurd. Wij hebben nog geen betaling van u die meetelt. Wilt u",
    "en": 'We have sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>). We have no payment from you '
    "that counts. Please pay",
}

# s55: the reminder's message while a return is told: the letter, then what counts; not "omdat wij nog geen betaling
# van u die meetelt hebben" ("because we have no payment from you that counts"), clumsy, and a reason for a reminder
# older than the return, as the dunning letter's "Daarom" was.
REMINDER = {
    "nl": "Wij hebben u een herinnering gestuurd. Wij hebben nog geen betaling van u die meetelt. Wilt u het bedrag",
    "en": "We have sent you a reminder. We have no payment from you that counts. Please pay the amount",
}
BECAUSE = {"nl": "omdat wij uw betaling nog niet ontvangen hebben", "en": "because we have not yet received"}


def _claim(tmp_path: Path, language: str, events: list, *, returned: bool = True):
    """The debtor's claim on 22 November as a build reads it: paid on 4 November, taken back on the 19th
    (`returned`; else nothing paid), the bank statements reaching the page's day."""
    debtor = valid_debtor(id="D-1", language=language, events=events)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    bookings = [COSTS]
    if returned:
        bookings = [
            Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1")),
            Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="AC04"),
            COSTS,
        ]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    ledger = read_books(root, AS_OF).ledger
    return assess(ledger, ledger.debtors[0], AS_OF), ledger


def _messages_told(messages: Messages, language: str) -> dict[str, str]:
    """Every page message in `language` by key, as the page shows it while a returned payment is told."""
    return {
        key: messages.returned_told.get((lang, key), html)
        for (lang, key), html in messages.html.items()
        if lang == language
    }


def _opening_words(letter, language: str) -> str:
    """A letter's opening as written (the returned payment's form when the letter tells one), filled, in one line."""
    opening = LetterTexts(CONTENT / "letters").opening(language, letter.opening, returned=bool(letter.returned))
    return _words(opening.filled(letter.text_values))


def _message(tmp_path: Path, language: str, events: list, *, returned: bool = True) -> tuple[str, str]:
    claim, ledger = _claim(tmp_path, language, events, returned=returned)
    view = statement_view(claim, ledger)
    assert (view.returned is not None) == returned
    return view.message_key, str(Messages(CONTENT / "messages").for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_s_message_does_not_say_it_slipped_their_mind(tmp_path, language):
    key, message = _message(tmp_path, language, REMINDED)
    assert key == "reminder"
    assert SLIPPED[language] not in message, message
    # The rest stays, the sentence's space with it: "... die meetelt. Wilt u het bedrag ..."
    assert REMINDER[language] in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_a_returned_payment_the_reminder_s_message_says_it_as_before(tmp_path, language):
    key, message = _message(tmp_path, language, REMINDED, returned=False)
    assert key == "reminder"
    assert SLIPPED[language] in message, message
    assert BECAUSE[language] in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_gives_what_counts_as_the_reason_for_its_letter_while_a_return_is_told(language):
    """The reminder's message, and those of a final notice ("(een sommatie), omdat wij {not_received} hebben."): the
    letter, then what counts. Without a return they read as before."""
    messages = Messages(CONTENT / "messages")
    said = {key: html for (lang, key), html in messages.returned_told.items() if lang == language}
    because = {"nl": "omdat wij {not_received}", "en": "because we have {not_received}"}[language]
    assert [key for key, html in said.items() if because in html] == []
    assert {"reminder", "final_notice_plain", "final_notice_restated"} <= set(said)
    letter_first = {"nl": "gestuurd (een sommatie). Wij hebben {not_received}.", "en": "</i>). We have {not_received}."}
    for key in ("final_notice_plain", "final_notice_restated"):
        assert letter_first[language] in said[key], said[key]
        assert because in messages.html[(language, key)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dunning_message_does_not_give_the_return_as_the_letter_s_reason(tmp_path, language):
    key, message = _message(tmp_path, language, DUNNED)
    assert key == "dunning"
    assert DUNNING[language] in message, message
    assert {"nl": "Daarom hebben wij", "en": ", so we have sent"}[language] not in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_a_returned_payment_the_dunning_message_says_it_as_before(tmp_path, language):
    _, message = _message(tmp_path, language, DUNNED, returned=False)
    assert {"nl": "Daarom hebben wij", "en": ", so we have sent"}[language] in message, message


def _reminder_opening(tmp_path: Path, language: str, *, returned: bool = True) -> str:
    claim, ledger = _claim(tmp_path, language, [], returned=returned)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert bool(letter.returned) == returned
    return _opening_words(letter, language)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_letter_does_not_open_saying_it_slipped_their_mind(tmp_path, language):
    opening = _reminder_opening(tmp_path, language)
    assert SLIPPED[language] not in opening, opening
    goes_on = {"nl": "het bedrag staat hieronder. Wilt u het bedrag", "en": "The amount is below. Could you still pay"}
    assert goes_on[language] in opening, opening


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_a_returned_payment_the_reminder_letter_opens_as_before(tmp_path, language):
    assert SLIPPED[language] in _reminder_opening(tmp_path, language, returned=False)


# s55: beside the payment that came back, "Heeft u het net betaald? Dan hoeft u niets te doen." reads "nothing to do"
# to someone who did pay: left out while a return is told (shipped.JUST_PAID), in every form it was shipped in, and
# the "Zo niet, ..." that leaned on it stands alone ("Wilt u het bedrag alsnog betalen?").
JUST_PAID = {"nl": "net betaald", "en": "just paid"}
LEANED_ON = {"nl": "Zo niet", "en": "If not"}


def _words(text) -> str:
    return " ".join(line for _, line in text.blocks)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_letter_opening_says_just_paid_while_a_return_is_told(language):
    texts = LetterTexts(CONTENT / "letters")
    openings = [kind for lang, kind in texts.texts if lang == language]
    said = {kind: _words(texts.opening(language, kind, returned=True)) for kind in openings}
    assert [kind for kind, words in said.items() if JUST_PAID[language] in words] == []
    assert [kind for kind, words in said.items() if LEANED_ON[language] in words] == []
    # Among them the first instalment reminder since a dispute's answer, composed of two texts (letters.texts).
    assert {"installment_reminder_answered", "installment_reminder_several_part_answered"} <= set(said)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_a_returned_payment_the_openings_still_say_just_paid(language):
    texts = LetterTexts(CONTENT / "letters")
    for kind in ("reminder", "dunning", "installment_reminder", "installment_reminder_answered", "settlement_reminder"):
        assert JUST_PAID[language] in _words(texts.opening(language, kind)), kind


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dunning_letter_does_not_say_just_paid_beside_the_return(tmp_path, language):
    claim, ledger = _claim(tmp_path, language, REMINDED)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    words = _opening_words(letter, language)
    assert JUST_PAID[language] not in words, words
    ends = {"nl": "nu met een nieuwe uiterste datum. Kunt u", "en": "with a new deadline. If you cannot pay"}
    assert ends[language] in words, words


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_says_just_paid_while_a_return_is_told(language):
    messages = Messages(CONTENT / "messages")
    said = _messages_told(messages, language)
    assert [key for key, html in said.items() if JUST_PAID[language] in html] == []
    assert [key for key, html in said.items() if LEANED_ON[language] in html] == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_reminder_s_message_does_not_say_just_paid_beside_the_return(tmp_path, language):
    _, message = _message(tmp_path, language, REMINDED)
    assert JUST_PAID[language] not in message, message
    _, message = _message(tmp_path / "none", language, REMINDED, returned=False)
    assert JUST_PAID[language] in message, message


# s55 review: the plan's message "Een termijn van uw betalingsregeling is niet betaald. Dat kan gebeuren." ("It
# happens.") stood right above the instalment payment the bank took back: as s55 found above a dispute's answer, it
# reads as if the debtor forgot, while they paid. While a return is told it is left out (shipped.RETURNED_TOLD), as
# "Misschien is het u ontschoten" is; without one the message reads as before.
IT_HAPPENS = {"nl": "Dat kan gebeuren", "en": "It happens"}
# Without a return, the plan's message says the instalment is not paid; beside one, what counts.
UNPAID = {
    "nl": "Een termijn van uw betalingsregeling is niet betaald.",
    "en": "An instalment of your payment plan has not been paid.",
}
# A plan agreed on 20 February: 500.00 on 1 March (paid), 250.00 on 1 April, 250.00 on 1 May. The 1 April instalment
# is paid on its day and taken back by the bank on the 6th; read on 9 April.
PLAN = [
    {"due": date(2026, 3, 1), "amount": 500},
    {"due": date(2026, 4, 1), "amount": 250},
    {"due": date(2026, 5, 1), "amount": 250},
]
PLAN_READ = date(2026, 4, 9)
MAY = date(2026, 5, 9)


def _plan_books(tmp_path: Path, language: str, *, returned: bool, read: date):
    """The ledger of a debtor on a plan (500.00 paid of 1,000.00), read on `read`, whose instalment of 1 April, paid,
    the bank took back on the 6th (`returned`), or never paid."""
    debtor = valid_debtor(
        id="D-1",
        language=language,
        invoices=[invoice(amount=Decimal("1000.00"))],
        events=[event(date(2026, 2, 10), "reminder"), event(date(2026, 2, 20), "arrangement", installments=PLAN)],
        payments=[payment(date=date(2026, 3, 1), amount=Decimal("500.00"))],
    )
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    costs = Booking("4.50", read, credit=False, ref="K1", name="Bank", iban=None)
    bookings = [costs]
    if returned:
        paid = Booking("250.00", date(2026, 4, 1), ref="C1", scor=rf_reference("D-1"))
        bookings = [paid, Booking("250.00", date(2026, 4, 6), credit=False, ref="B1", return_reason="AC04"), costs]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    return read_books(root, read).ledger


def _plan_message(tmp_path: Path, language: str, *, returned: bool) -> tuple[str, str]:
    ledger = _plan_books(tmp_path, language, returned=returned, read=PLAN_READ)
    view = statement_view(assess(ledger, ledger.debtors[0], PLAN_READ), ledger)
    assert (view.returned is not None) == returned
    return view.message_key, str(Messages(CONTENT / "messages").for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_message_does_not_say_it_happens_beside_a_returned_instalment(tmp_path, language):
    key, message = _plan_message(tmp_path, language, returned=True)
    assert key == "plan_missed"
    assert IT_HAPPENS[language] not in message, message
    # The rest stays, the sentence's space with it; the sentence before says what counts (s56: it said "is niet
    # betaald" of the instalment paid and taken back, above the line that says what counts: shipped.PLAN_MISSED).
    goes_on = {
        "nl": "Voor een termijn van uw betalingsregeling hebben wij nog geen betaling van u die meetelt. Hieronder ziet "
        "u",
        "en": "We have no payment from you that counts for an instalment of your payment plan. Below you can see",
    }
    assert goes_on[language] in message, message
    _, message = _plan_message(tmp_path / "none", language, returned=False)
    assert IT_HAPPENS[language] in message, message
    assert UNPAID[language] in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_says_it_happens_while_a_return_is_told(language):
    messages = Messages(CONTENT / "messages")
    said = _messages_told(messages, language)
    assert [key for key, html in said.items() if IT_HAPPENS[language] in html] == []


# s55 review: the missed instalment's reminder said "De termijn van 1 april 2026 (EUR 250,00) hebben wij nog niet
# ontvangen." beside "Uw betaling van EUR 250,00 op 1 april 2026 is ... door de bank teruggeboekt": it came, and the
# bank took it back. As {not_received} does (s54: "nog geen betaling van u die meetelt"), the line says what counts.
# Read on 9 April, the 1 April instalment alone is missed; on 9 May, the 1 May one too ("Deze termijnen ...").
INSTALMENT_COUNTS = {
    ("nl", PLAN_READ): "Voor de termijn van 1 april 2026 (EUR\xa0250,00) hebben wij nog geen betaling van u die "
    "meetelt.",
    ("en", PLAN_READ): "For the instalment of 1 April 2026 (EUR\xa0250.00), we have no payment from you that counts.",
    ("nl", MAY): "Voor die termijnen hebben wij nog geen betaling van u die meetelt. Samen is dat EUR\xa0500,00.",
    ("en", MAY): "For these instalments, we have no payment from you that counts. In total, that is EUR\xa0500.00.",
}
INSTALMENT_NOT_RECEIVED = {
    ("nl", PLAN_READ): "hebben wij nog niet ontvangen",
    ("en", PLAN_READ): "We have not yet received the instalment",
    # s59: several said open once, then their sum ("Wij hebben er nog niets van ontvangen" said it again): beside a
    # return, what counts comes between them.
    ("nl", MAY): "(EUR\xa0250,00). Samen is dat EUR\xa0500,00.",
    ("en", MAY): "(EUR\xa0250.00). In total, that is EUR\xa0500.00.",
}


def _instalment_terms(tmp_path: Path, language: str, *, returned: bool, read: date = PLAN_READ) -> str:
    return " ".join(_instalment_reminder(tmp_path, language, returned=returned, read=read).terms)


def _instalment_reminder(tmp_path: Path, language: str, *, returned: bool, read: date):
    ledger = _plan_books(tmp_path, language, returned=returned, read=read)
    claim = assess(ledger, ledger.debtors[0], read)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.INSTALLMENT_REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert bool(letter.returned) == returned
    return letter


@pytest.mark.parametrize("read", [PLAN_READ, MAY])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_instalment_reminder_does_not_say_not_received_beside_a_returned_instalment(tmp_path, language, read):
    terms = _instalment_terms(tmp_path, language, returned=True, read=read)
    assert INSTALMENT_COUNTS[(language, read)] in terms, terms
    assert INSTALMENT_NOT_RECEIVED[(language, read)] not in terms, terms
    terms = _instalment_terms(tmp_path / "none", language, returned=False, read=read)
    assert INSTALMENT_NOT_RECEIVED[(language, read)] in terms, terms


# s55: the reminder of a settlement's missed instalment said "De termijn van 15 december 2026 (EUR 300,00) hebben wij
# nog niet ontvangen." beside the payment of it the bank took back, as the plan's did (above). Its line says what
# counts too. A settlement of 600.00 agreed on 28 November 2026 in two instalments of 300.00 (15 December, 15 January):
# the first is paid on 10 December and taken back by the bank on the 14th; the reminder is written on the 16th.
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
SETTLEMENT_READ = date(2026, 12, 16)
SETTLEMENT_COUNTS = {
    "nl": "Voor de termijn van 15 december 2026 (EUR\xa0300,00) hebben wij nog geen betaling van u die meetelt. Wilt u "
    "dat uiterlijk 29 december 2026 betalen?",
    "en": "For the instalment of 15 December 2026 (EUR\xa0300.00), we have no payment from you that counts. If you pay "
    "it by 29 December 2026,",
}
SETTLEMENT_NOT_RECEIVED = {"nl": "hebben wij nog niet ontvangen", "en": "We have not yet received the instalment"}


def _settlement_terms(tmp_path: Path, language: str, *, returned: bool) -> str:
    return " ".join(_settlement_reminder(tmp_path, language, returned=returned).terms)


def _settlement_reminder(tmp_path: Path, language: str, *, returned: bool):
    debtor = valid_debtor(id="D-1", language=language, events=[REMINDED[0], SETTLEMENT])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    costs = Booking("4.50", SETTLEMENT_READ, credit=False, ref="K1", name="Bank", iban=None)
    bookings = [costs]
    if returned:
        paid = Booking("300.00", date(2026, 12, 10), ref="C1", scor=rf_reference("D-1"))
        bookings = [paid, Booking("300.00", date(2026, 12, 14), credit=False, ref="B1", return_reason="AC04"), costs]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    ledger = read_books(root, SETTLEMENT_READ).ledger
    claim = assess(ledger, ledger.debtors[0], SETTLEMENT_READ)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.SETTLEMENT_REMINDER
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert bool(letter.returned) == returned
    return letter


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_settlement_reminder_does_not_say_not_received_beside_a_returned_instalment(tmp_path, language):
    terms = _settlement_terms(tmp_path, language, returned=True)
    assert SETTLEMENT_COUNTS[language] in terms, terms
    assert SETTLEMENT_NOT_RECEIVED[language] not in terms, terms
    terms = _settlement_terms(tmp_path / "none", language, returned=False)
    assert SETTLEMENT_NOT_RECEIVED[language] in terms, terms


# s55: the settlement reminder's opening said "Volgens onze administratie is een termijn van onze afspraak over een
# lager bedrag nog niet betaald." above its payments, where the instalment is paid and taken back by the bank. While a
# return is told it says what counts, as the reminder's own line does (shipped.SETTLEMENT_UNPAID).
SETTLEMENT_OPENING = {
    "nl": "Voor een termijn van onze afspraak over een lager bedrag hebben wij nog geen betaling van u die meetelt. "
    "Lukt het nu niet?",
    "en": "For an instalment of our agreement on a lower amount, we have no payment from you that counts. If you "
    "cannot pay it right now,",
}
SETTLEMENT_UNPAID = {"nl": "nog niet betaald", "en": "has not been paid"}


def _settlement_opening(tmp_path: Path, language: str, *, returned: bool) -> str:
    letter = _settlement_reminder(tmp_path, language, returned=returned)
    return _opening_words(letter, language)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_settlement_reminder_does_not_open_saying_not_paid_beside_a_returned_instalment(tmp_path, language):
    opening = _settlement_opening(tmp_path, language, returned=True)
    assert SETTLEMENT_OPENING[language] in opening, opening
    assert SETTLEMENT_UNPAID[language] not in opening, opening
    opening = _settlement_opening(tmp_path / "none", language, returned=False)
    assert SETTLEMENT_UNPAID[language] in opening, opening


# s55: a final notice's term over, its last day not yet in the bank statements (`final_notice_unseen`, `_plan`), the
# page's message said "stond uw betaling op tijd op onze rekening, dan hoeft u niets te doen": beside the payment that
# reached the account in the term and came back, it reads "nothing to do", and with the returned amount still open
# ("Wilt u opnieuw betalen?") it is not true of another payment either. Left out while a return is told, as "Heeft u
# het net betaald?" is (shipped.IN_TIME); "Hierboven staat wat dat voor u betekent." stands. A final notice posted on
# 4 November (its term to 20 November), paid that day, taken back on the 19th, the statements to the 19th, read on
# the 22nd.
NOTICED = [*DUNNED, event(date(2026, 11, 4), "final_notice")]
NOTHING_TO_DO = {"nl": "niets te doen", "en": "do not need to do anything"}
IN_TIME = {"nl": "op tijd op onze rekening", "en": "reached our account in time"}
MEANS = {"nl": "Hierboven staat wat dat voor u betekent.", "en": "Above you can see what that means for you."}


def _unseen_message(tmp_path: Path, language: str, *, returned: bool) -> tuple[str, str]:
    """The page's message on 22 November; without `returned`, nothing paid (the bank's costs of the 19th take the
    statements to the same day)."""
    debtor = valid_debtor(id="D-1", language=language, events=NOTICED)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    bookings = [Booking("4.50", RETURNED, credit=False, ref="K1", name="Bank", iban=None)]
    if returned:
        paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"))
        bookings = [paid, Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="AC04")]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    ledger = read_books(root, AS_OF).ledger
    view = statement_view(assess(ledger, ledger.debtors[0], AS_OF), ledger)
    assert (view.returned is not None) == returned
    return view.message_key, str(Messages(CONTENT / "messages").for_page(view))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_term_over_unseen_does_not_say_nothing_to_do_beside_the_return(tmp_path, language):
    key, message = _unseen_message(tmp_path, language, returned=True)
    assert key == "final_notice_unseen"
    assert NOTHING_TO_DO[language] not in message, message
    assert IN_TIME[language] not in message, message
    assert MEANS[language] in message, message
    key, message = _unseen_message(tmp_path / "none", language, returned=False)
    assert key == "final_notice_unseen"
    assert IN_TIME[language] in message, message


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_says_nothing_to_do_while_a_return_is_told(language):
    """In any of its forms ("net betaald", "op tijd op onze rekening"), also over a plan (`final_notice_unseen_plan`);
    without a return the two term-over messages read as before."""
    messages = Messages(CONTENT / "messages")
    said = _messages_told(messages, language)
    assert [key for key, html in said.items() if NOTHING_TO_DO[language] in html] == []
    for key in ("final_notice_unseen", "final_notice_unseen_plan"):
        assert MEANS[language] in said[key], said[key]
        assert IN_TIME[language] in messages.html[(language, key)]


def test_the_english_of_before_after_a_colon_loses_it_too():
    """The English first shipped it after a colon ("...means for you: if your payment ..."): a site's copy of it."""
    before = (
        "Its deadline has passed. Above you can see what that means for you: if your payment reached our account in "
        "time, you do not need to do anything."
    )
    assert (
        as_shipped_now(before, RETURNED_TOLD) == "Its deadline has passed. Above you can see what that means for you."
    )


# s55: a plan's missed-instalment reminder opened "Volgens onze administratie is een termijn van uw betalingsregeling
# nog niet betaald." above its payments, where the instalment was paid and taken back by the bank; its own line says
# what counts (above), and so does the opening while a return is told (shipped.PLAN_UNPAID), in its three forms.
PLAN_OPENINGS = ("installment_reminder", "installment_reminder_several", "installment_reminder_single")
PLAN_UNPAID = {"nl": "nog niet betaald", "en": "not been paid."}
PLAN_COUNTS = {"nl": "nog geen betaling van u die meetelt", "en": "we have no payment from you that counts for"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_s_reminder_does_not_open_saying_not_paid_while_a_return_is_told(language):
    texts = LetterTexts(CONTENT / "letters")
    for kind in (*PLAN_OPENINGS, "installment_reminder_answered"):
        told = _words(texts.opening(language, kind, returned=True))
        assert PLAN_UNPAID[language] not in told, (kind, told)
        assert PLAN_COUNTS[language] in told, (kind, told)
    for kind in PLAN_OPENINGS:  # without a return, as before
        assert PLAN_UNPAID[language] in _words(texts.opening(language, kind)), kind


@pytest.mark.parametrize("read", [PLAN_READ, MAY])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_reminder_built_beside_a_returned_instalment_opens_with_what_counts(tmp_path, language, read):
    """The opening a real reminder gets: one instalment missed (April), then two (May); without a return, as before."""
    for returned, said, unsaid in ((True, PLAN_COUNTS, PLAN_UNPAID), (False, PLAN_UNPAID, PLAN_COUNTS)):
        letter = _instalment_reminder(tmp_path / str(returned), language, returned=returned, read=read)
        words = _opening_words(letter, language)
        assert said[language] in words, words
        assert unsaid[language] not in words, words


# s56: the page's handover message said "Wij hebben nog geen betaling van u die meetelt. Daarom hebben wij uw dossier
# overgedragen aan ..." beside a payment made to us after the handover and taken back by the bank: a reason for a
# handover older than the payment. The page states the handover, then what counts (shipped.HANDED_OVER); the handover
# letter, written on the handover's day, keeps its reason: any return it tells came before it.
HANDED_OVER = {
    "nl": "Wij hebben uw dossier overgedragen aan {agency}. Wij hebben {not_received}.",
    "en": "We have handed your file over to {agency}. We have {not_received}.",
}
THAT_IS_WHY = {"nl": "Daarom hebben wij uw dossier", "en": "That is why we have handed your file"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_handover_message_beside_a_return_gives_no_reason_and_its_letter_keeps_it(language):
    messages = Messages(CONTENT / "messages")
    said = _messages_told(messages, language)["handover"]
    assert HANDED_OVER[language] in said, said
    assert THAT_IS_WHY[language] not in said, said
    assert THAT_IS_WHY[language] in messages.html[(language, "handover")]
    opening = _words(LetterTexts(CONTENT / "letters").opening(language, "handover", returned=True))
    assert THAT_IS_WHY[language] in opening, opening


# s56 wording: a final notice over a plan said its instalments were "niet allemaal op tijd betaald" (page messages,
# letter openings, the messages after its term), beside an instalment paid and taken back by the bank. While a return
# is told, no shipped text says it (shipped.PLAN_LATE): each says what counts. Without one, the four messages after
# its term and two openings still say it (tests/site/test_returned_page_build.py reads them built); the messages in
# its term leave it to the top since s61 (tests/statement/test_plan_notice_message.py).
# ... of a plan of one instalment (s62): "niet op tijd betaald", of the one.
NOT_ALL_PAID = {"nl": re.compile("niet (?:allemaal )?op tijd betaald"), "en": re.compile("paid on time")}
PLAN_LATE_COUNTS = {"nl": "op tijd een betaling van u gehad die meetelt", "en": "counts in time for"}
PLAN_LATE_MESSAGES = {
    f"{key}{single}"
    for key in (
        "final_notice_plain_plan",
        "final_notice_passed_plan",
        "final_notice_passed_plan_paused",
        "final_notice_unseen_plan",
    )
    for single in ("", "_single")  # a plan of one instalment (s62)
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_says_the_plan_s_instalments_were_not_all_paid_while_a_return_is_told(language):
    messages = Messages(CONTENT / "messages")
    plain = {key: html for (lang, key), html in messages.html.items() if lang == language}
    assert {key for key, html in plain.items() if NOT_ALL_PAID[language].search(html)} == PLAN_LATE_MESSAGES
    said = _messages_told(messages, language)
    assert [key for key, html in said.items() if NOT_ALL_PAID[language].search(html)] == []
    assert all(PLAN_LATE_COUNTS[language] in said[key] for key in PLAN_LATE_MESSAGES), said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_final_notice_over_a_plan_opens_saying_its_instalments_were_not_all_paid_while_a_return_is_told(language):
    texts = LetterTexts(CONTENT / "letters")
    for kind in (
        "final_notice_plan",
        "final_notice_plan_unagreed",
        "final_notice_plan_single",
        "final_notice_plan_single_unagreed",
    ):
        told = _words(texts.opening(language, kind, returned=True))
        assert not NOT_ALL_PAID[language].search(told), (kind, told)
        assert PLAN_LATE_COUNTS[language] in told, (kind, told)
        assert NOT_ALL_PAID[language].search(_words(texts.opening(language, kind))), kind  # without a return, as before


def test_the_plan_s_late_instalments_read_alike_in_the_shipped_texts_and_the_site_s():
    """The demo site's content/ holds the same texts as the plugin ships: each sentence PLAN_LATE rewrites is in both."""
    for shipped, _ in PLAN_LATE:
        for folder in (CONTENT, SHIPPED_CONTENT):
            assert any(shipped in path.read_text(encoding="utf-8") for path in folder.rglob("*.md")), (folder, shipped)


SHIPPED_CONTENT = SHIPPED_LETTERS.parent


# s57: the messages after a broken promise's reminder and dunning letter said "U heeft ons toegezegd te betalen, maar
# wij hebben {not_received}. Daarom hebben wij u een aanmaning gestuurd." beside a payment the bank took back: a reason
# for a letter that may be older than the return. While a return is told, no page message gives what counts as the
# reason a letter went or the file was handed over (shipped.RETURNED_TOLD, HANDED_OVER); the promise's two state the
# promise, the letter after it, then what counts. Without a return, they read as shipped.
SENT_BECAUSE = {
    "nl": ("Daarom hebben wij u", "Daarom hebben wij uw dossier", "omdat wij"),
    "en": ("So we have sent", ", so we have sent", "That is why we have handed", "because we have"),
}
PROMISE_THEN_LETTER = {
    "nl": {
        "reminder_promise": "U heeft ons toegezegd te betalen, en daarna hebben wij u een herinnering gestuurd. Wij "
        "hebben {not_received}. Wilt u",
        "dunning_promise": "U heeft ons toegezegd te betalen, en daarna hebben wij u een aanmaning gestuurd. Wij hebben "
        "{not_received}. Wilt u",
    },
    "en": {
        "reminder_promise": "You promised us to pay, and after that we sent you a reminder. We have {not_received}. "
        "Please pay",
        "dunning_promise": 'You promised us to pay, and after that we sent you a formal reminder (in Dutch: <i lang="nl">'
        "aanmaning</i>). We have {not_received}. Please pay",
    },
}


def _sent_because(html: str, language: str) -> bool:
    return any(words in html for words in SENT_BECAUSE[language])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_message_gives_what_counts_as_the_reason_a_letter_went_while_a_return_is_told(language):
    messages = Messages(CONTENT / "messages")
    said = _messages_told(messages, language)
    assert [key for key, html in said.items() if _sent_because(html, language)] == []
    for key, sentence in PROMISE_THEN_LETTER[language].items():
        assert sentence in said[key], said[key]
        assert _sent_because(messages.html[(language, key)], language), key
