"""A payment the bank took back, on the debtor's own page and in their letters (statement.returned).

Staff saw it (the signal, the dossier, claims.json); the debtor's page showed the whole amount open and said "wij
hebben uw betaling nog niet ontvangen" to someone who believes they paid. Now, under the payments, it says which
payment came back and when, that it is therefore still open, why where the bank's reason is one the debtor should
know, and what to do. Read from real camt.053 statements, as a build reads them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.claims.states import Status
from incasso.ledger.model import Channel, Ledger
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import letter_view
from incasso.payments.reference import rf_reference
from incasso.statement.returned import TOLD_REASONS
from incasso.statement.view import StatementView, statement_view
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger

PAID, RETURNED = date(2026, 11, 4), date(2026, 11, 19)
AS_OF = date(2026, 11, 22)
OTHER_IBAN = "NL02ABNA0123456789"
# The bank's costs booked on the page's day: the statement covers every day up to it, so nothing is "not yet
# processed" (statement.steps.days_unseen), and a page without the return would say "nog niet ontvangen".
COSTS = Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None)


def _ledger(
    tmp_path: Path, reason: str | None = "FOCR", *, language: str = "nl", again: str | None = None, more=None
) -> Path:
    """A consumer reminded in February pays the whole invoice on 4 November; the bank takes it back on 19 November
    (`reason`, the SEPA code); `again`: the amount paid anew on 20 November; `more`: a second invoice."""
    debtor = valid_debtor(id="D-1", language=language, events=[event(date(2026, 2, 5), "reminder", channel="email")])
    if more is not None:
        debtor["invoices"].append(more)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    bookings = [
        Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1")),
        Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason=reason),
    ]
    if again is not None:
        bookings.append(Booking(again, date(2026, 11, 20), ref="C2", scor=rf_reference("D-1")))
    bookings.append(COSTS)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    return root


def _page(root: Path, debtor_id: str = "D-1") -> tuple[StatementView, Claim, Ledger]:
    """The page as a build makes it: the ledger with its bank statements reconciled."""
    ledger = read_books(root, AS_OF).ledger
    claim = assess(ledger, next(d for d in ledger.debtors if d.id == debtor_id), AS_OF)
    return statement_view(claim, ledger), claim, ledger


def test_the_page_says_under_the_payments_which_payment_came_back_and_what_to_do(tmp_path):
    view, _, _ = _page(_ledger(tmp_path))
    assert view.payments == ()  # it counts nowhere in the figures
    assert view.returned is not None
    assert view.returned.lines == (
        "Uw betaling van EUR\xa01.250,00 op 4 november 2026 is op 19 november 2026 door de bank teruggeboekt. "
        "Daarom telt die betaling niet mee en staat dat bedrag nog open.",
    )  # FOCR (a recall) is the bank's affair: no reason, and never the code alone
    assert view.returned.todo == "Wilt u opnieuw betalen? Denkt u dat dit niet klopt? Neem dan contact met ons op."
    # Not "wij hebben uw betaling nog niet ontvangen": it came, and the bank took it back.
    assert view.message_values["not_received"] == "nog geen betaling van u die meetelt"


def test_in_english_too(tmp_path):
    view, _, _ = _page(_ledger(tmp_path, language="en"))
    assert view.returned is not None
    assert view.returned.lines == (
        "Your payment of EUR\xa01,250.00 on 4 November 2026 was returned by the bank on 19 November 2026. So that "
        "payment does not count, and that amount is still open.",
    )
    assert view.returned.todo == "Please pay again. If you think this is not right, please contact us."
    assert view.message_values["not_received"] == "no payment from you that counts"


@pytest.mark.parametrize(
    ("reason", "said", "again"),
    [
        ("MD06", "Volgens de bank gebeurde dat op uw verzoek: de automatische incasso is teruggedraaid.", ""),
        ("AC04", "Volgens de bank is de rekening waarvan u betaalde opgeheven.", ", vanaf een andere rekening"),
        ("ac06", "Volgens de bank is de rekening waarvan u betaalde geblokkeerd.", ", vanaf een andere rekening"),
    ],
)
def test_a_reason_the_debtor_should_know_is_said_in_their_words(tmp_path, reason, said, again):
    view, _, _ = _page(_ledger(tmp_path, reason))
    assert view.returned is not None
    (line,) = view.returned.lines
    assert line.endswith("staat dat bedrag nog open. " + said)
    assert reason.upper() not in line  # the words, not the bank's code
    assert view.returned.todo.startswith(f"Wilt u opnieuw betalen{again}?")


def test_every_reason_told_has_its_words_in_both_languages():
    from incasso.statement.labels import LABELS

    assert all(key in LABELS[lang] for key in TOLD_REASONS.values() for lang in LABELS)


def test_another_debtor_s_returned_payment_is_not_on_this_page(tmp_path):
    """Privacy: the return is D-2's; D-1's page says nothing of it, and still 'nog niet ontvangen'."""
    debtors = [
        valid_debtor(id="D-1", events=[event(date(2026, 2, 5), "reminder", channel="email")]),
        valid_debtor(
            id="D-2",
            events=[event(date(2026, 2, 5), "reminder", channel="email")],
            **{"invoices[0].number": "F2026-0002"},
        ),
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-2"), iban=OTHER_IBAN)
    back = Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="MD06", iban=OTHER_IBAN)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back, COSTS])})
    mine, _, ledger = _page(root, "D-1")
    theirs, _, _ = _page(root, "D-2")
    assert theirs.returned is not None and mine.returned is None
    assert mine.message_values["not_received"] == "uw betaling nog niet ontvangen"
    assert set(ledger.bank_returned) == {"D-2"}


def test_paid_again_in_full_the_return_is_no_longer_told(tmp_path):
    view, claim, _ = _page(_ledger(tmp_path, again="1250.00"))
    assert claim.returned != ()  # the claim knows it ...
    assert view.returned is None  # ... but paid, the page has nothing left to say about it


def test_paid_again_in_full_with_another_invoice_open_the_return_is_no_longer_told(tmp_path):
    """The claim stays open for a second invoice: "staat dat bedrag nog open" would be false of the one paid again."""
    view, claim, _ = _page(_ledger(tmp_path, again="1250.00", more=invoice(number="F2026-0099", amount=D("300.00"))))
    assert claim.status != Status.PAID and claim.returned != ()
    assert view.returned is None


def test_paid_again_in_part_the_page_tells_the_return_and_that_what_was_paid_since_counts(tmp_path):
    view, _, _ = _page(_ledger(tmp_path, again="250.00"))
    assert view.returned is not None and len(view.returned.lines) == 1
    # Not all of it is open now: the line says what was paid since counts, not "staat dat bedrag nog open".
    assert view.returned.lines[0].endswith("Daarom telt die betaling niet mee. Wat u daarna betaalde, telt wel.")
    # Something counts, not all: what counts, as beside a return with nothing else paid ("nog geen betaling van u die
    # meetelt"), not "nog niet het hele bedrag ontvangen" (s56: they sent it all once, and the bank took it back).
    assert view.message_values["not_received"] == "nog niet voor het hele bedrag een betaling van u die meetelt"


def test_a_return_after_the_day_of_the_page_is_not_known_yet(tmp_path):
    ledger = read_books(_ledger(tmp_path), AS_OF).ledger
    claim = assess(ledger, ledger.debtors[0], date(2026, 11, 18))  # a what-if of the day before it came back
    assert claim.returned == ()


def test_the_letters_say_it_under_the_payments_as_the_page_does(tmp_path):
    view, claim, ledger = _page(_ledger(tmp_path))
    (due,) = letters_due(claim, NO_RECORD)  # the dunning letter, the next step after February's reminder
    letter = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.returned is not None
    assert letter.returned == (*view.returned.lines, view.returned.todo)
    assert dict(letter.text_values)["not_received"] == view.message_values["not_received"]


# s57: after a handover that ended a plan behind, {not_received} said "niet alle termijnen van uw betalingsregeling
# ontvangen" ("de termijn ... niet helemaal ontvangen" of a plan of one) beside an instalment's payment the bank took
# back after the handover: it was received, and went back. It says what counts; without the return, as before.
PLAN_OF_ONE_SAID = {
    ("nl", True): "nog niet voor de hele termijn van uw betalingsregeling een betaling van u die meetelt",
    ("en", True): "not yet had payments from you that count for the whole instalment of your payment plan",
    ("nl", False): "de termijn van uw betalingsregeling niet helemaal ontvangen",
    ("en", False): "not received all of the instalment of your payment plan",
}


@pytest.mark.parametrize(("language", "returned"), PLAN_OF_ONE_SAID)
def test_after_a_handover_that_ended_a_plan_of_one_behind_it_says_what_counts(tmp_path, language, returned):
    """A plan of one instalment of 1250.00 on 1 October, paid that day in two transfers (500.00 and 750.00), the file
    handed over on 1 November for the interest; the bank takes the 750.00 back on 19 November (`returned`; else it
    was never paid)."""
    plan = event(date(2026, 9, 1), "arrangement", installments=[{"due": date(2026, 10, 1), "amount": "1250.00"}])
    events = [event(date(2026, 2, 5), "reminder", channel="email"), plan]
    debtor = valid_debtor(id="D-1", language=language, events=[*events, event(AS_OF.replace(day=1), "handover")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    bookings = [Booking("500.00", date(2026, 10, 1), ref="C1", scor=rf_reference("D-1"))]
    if returned:
        bookings.append(Booking("750.00", date(2026, 10, 1), ref="C2", scor=rf_reference("D-1")))
        bookings.append(Booking("750.00", RETURNED, credit=False, ref="B2", return_reason="AC04"))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [*bookings, COSTS])})
    view, claim, _ = _page(root)
    assert claim.stage == "handover" and (view.returned is not None) == returned
    assert view.message_values["not_received"] == PLAN_OF_ONE_SAID[(language, returned)]
