"""A promise or a plan that replaces a settlement called off (`settlement_ended`, then `arrangement`) or agreed after
one lapsed (docs/letters.md, "A settlement's letters"). Its confirmation said nothing of the settlement: a debtor who
had agreed to pay EUR 600,00 read a plan of EUR 1.250,00 without a word why. The confirmation, the first letter after
the settlement ended, says it after its own first sentence, and that the plan is based on the whole claim, not the
lower sum; the page says it while the plan runs. A later letter (a final notice to that plan in arrears) does not say
it again, nor does a plan's confirmation after a step's letter told it.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder on 10 February,
100.00 paid on 20 December; the settlement of 600.00 agreed on 28 November 2026 with the counsellor.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, FirstSeen, LetterKind, letters_due, seen_record
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from pelican.plugins.incasso.letters.pdf import render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger, payment
from tests.support.letters import flat, pdf_text
from tests.support.site import REPO

REMINDER = event(date(2026, 2, 10), "reminder")
BY_DAY = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
IN_TWO = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
OFF_DAY = date(2027, 1, 10)
OFF = event(OFF_DAY, "settlement_ended", reason="Schuldhulp: lukt niet, liever een regeling")
INSTALMENTS = [
    {"due": date(2027, 2, 1), "amount": "400.00"},
    {"due": date(2027, 3, 1), "amount": "400.00"},
    {"due": date(2027, 4, 1), "amount": "450.00"},
]
PAID = [payment(date=date(2026, 12, 20), amount=Decimal("100.00"))]
CONFIRMS = {
    "nl": "Op 10 januari 2027 hebben wij samen een betalingsregeling afgesproken.",
    "en": "On 10 January 2027 we agreed a payment plan together.",
}
CALLED_OFF = {
    "nl": "De afspraak van 28 november 2026 over een lager bedrag is op 10 januari 2027 in overleg beëindigd. Uw "
    "betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere bedrag van EUR 600,00. Wat u al "
    "betaalde, telt mee.",
    "en": "The agreement of 28 November 2026 on a lower amount was ended by mutual consent on 10 January 2027. Your "
    "payment plan is therefore based on the whole amount, not on the lower amount of EUR 600.00. Anything you have already paid still counts.",
}
ENDED = {"nl": "De afspraak van 28 november 2026", "en": "The agreement of 28 November 2026"}


def _ledger(tmp_path: Path, events, language: str = "nl"):
    return one_debtor_ledger(
        tmp_path, events=[REMINDER, *events], payments=PAID, representative=COUNSELLOR, language=language
    )


def assess_on(tmp_path: Path, events, on: date, language: str = "nl"):
    ledger = _ledger(tmp_path, events, language)
    return ledger, assess(ledger, ledger.debtors[0], on)


def _letter(ledger, claim, kind: LetterKind, record=NO_RECORD):
    (due,) = [d for d in letters_due(claim, record) if d.kind == kind]
    return letter_view(ledger, claim, due, Channel.LETTER)


def _read_back(view) -> str:
    blocks = LetterTexts(REPO / "content" / "letters")[(view.lang, view.opening)].filled(view.text_values).blocks
    return flat(" ".join(pdf_text(render_pdf(view, blocks)[0]))).replace("\xa0", " ")


def _page(claim, ledger) -> str:
    return " ".join(statement_view(claim, ledger).next_steps).replace("\xa0", " ")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plan_s_confirmation_says_the_settlement_is_off_and_the_plan_is_of_the_whole(tmp_path, language) -> None:
    plan = event(OFF_DAY, "arrangement", installments=INSTALMENTS)
    ledger = _ledger(tmp_path, [BY_DAY, OFF, plan], language)
    claim = assess(ledger, ledger.debtors[0], OFF_DAY)
    text = _read_back(_letter(ledger, claim, LetterKind.ARRANGEMENT))
    assert CALLED_OFF[language] in text, text
    assert text.index(CONFIRMS[language]) < text.index(CALLED_OFF[language])  # the plan first, then what it replaced
    assert text.count(ENDED[language]) == 1
    assert CALLED_OFF[language] in _page(claim, ledger)  # the page says it while the plan runs


def test_a_plan_after_a_lapse_confirmed_by_a_later_build_names_the_instalment_missed(tmp_path: Path) -> None:
    """Lapsed on 30 December (the instalment of 15 December unpaid past its 14 days); the plan of 5 January is
    confirmed by the build of 7 January, the first that sees it."""
    plan = event(date(2027, 1, 5), "arrangement", installments=INSTALMENTS)
    _, before = assess_on(tmp_path / "a", [IN_TWO], date(2027, 1, 4))
    record = FirstSeen(seen_record([before], NO_RECORD), complete=True, built=date(2027, 1, 4))
    ledger, claim = assess_on(tmp_path / "b", [IN_TWO, plan], date(2027, 1, 7))
    said = " ".join(_letter(ledger, claim, LetterKind.ARRANGEMENT, record).terms).replace("\xa0", " ")
    assert (
        "De afspraak van 28 november 2026 over een lager bedrag is vervallen. De termijn van 15 december 2026 is niet "
        "op tijd betaald. Uw betalingsregeling gaat daarom uit van het hele bedrag, niet van het lagere bedrag van "
        "EUR 600,00." in said
    ), said


def test_after_a_step_s_letter_told_it_the_plan_s_confirmation_does_not_repeat_it(tmp_path: Path) -> None:
    """A dunning letter on 2 February told the lapse (of 1 February); the plan of 10 February is about that letter's
    claim. The page still says what the plan is based on."""
    dunning = event(date(2027, 2, 2), "dunning")
    later = [{"due": date(2027, 3, 1), "amount": "600.00"}, {"due": date(2027, 4, 1), "amount": "650.00"}]
    plan = event(date(2027, 2, 10), "arrangement", installments=later)
    ledger, claim = assess_on(tmp_path, [BY_DAY, dunning, plan], date(2027, 2, 10))
    said = " ".join(_letter(ledger, claim, LetterKind.ARRANGEMENT).terms)
    assert "De afspraak van 28 november 2026" not in said, said
    assert "Uw betalingsregeling gaat daarom uit van het hele bedrag" in _page(claim, ledger)


def test_a_final_notice_to_that_plan_in_arrears_is_about_the_plan_not_the_settlement(tmp_path: Path) -> None:
    plan = event(OFF_DAY, "arrangement", installments=INSTALMENTS)
    reminded = event(date(2027, 2, 8), "reminder")
    dunning = event(date(2027, 2, 22), "dunning")
    ledger, claim = assess_on(tmp_path, [BY_DAY, OFF, plan, reminded, dunning], date(2027, 3, 10))
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.FINAL_NOTICE
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert view.opening == "final_notice_plan"
    assert "De afspraak van 28 november 2026" not in " ".join(view.terms), view.terms


PROMISE_CALLED_OFF = {
    "nl": "De afspraak van 28 november 2026 over een lager bedrag is op 10 januari 2027 in overleg beëindigd. Uw "
    "betaalbelofte gaat daarom uit van het hele bedrag, niet van het lagere bedrag van EUR 600,00. Wat u al betaalde, "
    "telt mee.",
    "en": "The agreement of 28 November 2026 on a lower amount was ended by mutual consent on 10 January 2027. Your "
    "promise to pay is therefore based on the whole amount, not on the lower amount of EUR 600.00. Anything you have "
    "already paid still counts.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_promise_replacing_it_says_it_is_of_the_whole_claim_once(tmp_path: Path, language: str) -> None:
    """As a plan's: "De afspraak van ... is beëindigd" beside "Met deze brief bevestigen wij die afspraak" read as
    the promise ended, and "Daarom vragen wij weer het hele bedrag" did not say the promise is not of the EUR 600,00."""
    promise = event(OFF_DAY, "promise", promised_date=date(2027, 1, 31))
    ledger, claim = assess_on(tmp_path, [BY_DAY, OFF, promise], OFF_DAY, language)
    text = _read_back(_letter(ledger, claim, LetterKind.PROMISE))
    assert PROMISE_CALLED_OFF[language] in text, text
    assert text.count(ENDED[language]) == 1
    assert "Daarom vragen wij weer" not in text and "We therefore ask" not in text
    assert PROMISE_CALLED_OFF[language] in _page(claim, ledger)


def test_a_promise_after_a_lapse_names_the_instalment_missed(tmp_path: Path) -> None:
    promise = event(date(2027, 1, 5), "promise", promised_date=date(2027, 1, 31))
    ledger, claim = assess_on(tmp_path, [IN_TWO, promise], date(2027, 1, 5))
    said = " ".join(_letter(ledger, claim, LetterKind.PROMISE).terms).replace("\xa0", " ")
    assert (
        "De afspraak van 28 november 2026 over een lager bedrag is vervallen. De termijn van 15 december 2026 is niet "
        "op tijd betaald. Uw betaalbelofte gaat daarom uit van het hele bedrag, niet van het lagere bedrag van "
        "EUR 600,00." in said
    ), said
