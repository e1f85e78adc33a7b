"""s64, real nightly builds: a settlement (minnelijk akkoord) of 600.00 in two instalments, the first (Tuesday 15
December 2026, 300.00) paid on the 15th but booked by the bank two days late, on the 17th (its value date the 15th: paid
in time, docs/ledger-format.md, "The payment's date"), and that payment taken back by the bank (AC04) on the 17th: the
day after the instalment's own reminder falls (reminder_after_days 1). The builds of the 16th and the 17th read the
statements up to the day before: the instalment looks missed, and the build of the 16th writes its reminder, which says
so ("hebben wij nog niet ontvangen") and asks by the 29th; the build of the 17th, which saw it first the day before,
writes none. The build of the 18th reads the payment and its return.

The reminder of the 16th crossed the payment; the return undid it, and alone tells the debtor nothing. So the build of
the 18th writes the return's own reminder, which says the payment was taken back and asks by 1 January 2027 (14 days
from the return, a day more as it is written a day after it), and the page, claims.json and the dossier ask by that day
too. One reminder of a day before the return's, however many days the payment was booked late, is never the return's
(claims.agreements.reminder_may_cross). The plan's case: tests/site/test_plan_booked_two_days_late_returned_build.py;
the return on the reminder's own day: tests/site/test_settlement_booked_late_returned_build.py.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking
from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
BOOKED = date(2026, 12, 17)
DEBTORS = {"D-1": "nl", "D-2": "en"}
NIGHTS = tuple(date(2026, 12, day) for day in (16, 17, 18, 19))  # each with the statements up to the day before
PAY_BY = {"nl": re.compile(r"Betaal uiterlijk (\d+ \w+ \d{4})"), "en": re.compile(r"[Pp]ay by (\d+ \w+ \d{4})")}
NOT_RECEIVED = {
    "nl": "De termijn van 15 december 2026 (EUR 300,00) hebben wij nog niet ontvangen.",
    "en": "We have not yet received the instalment of 15 December 2026 (EUR 300.00).",
}
NO_PAYMENT_THAT_COUNTS = {
    "nl": "Voor de termijn van 15 december 2026 (EUR 300,00) hebben wij nog geen betaling van u die meetelt.",
    "en": "For the instalment of 15 December 2026 (EUR 300.00), we have no payment from you that counts.",
}
TAKEN_BACK = {
    "nl": "op 15 december 2026 is op 17 december 2026 door de bank teruggeboekt",
    "en": "was returned by the bank on 17 December 2026",
}
CROSSED = {"nl": "29 december 2026", "en": "29 December 2026"}
OF_RETURN = {"nl": "1 januari 2027", "en": "1 January 2027"}


def _bookings(n: int, debtor_id: str) -> list[Booking]:
    """The debtor's payment of the 15th, booked on the 17th, and its return that day."""
    iban, e2e = f"NL20INGB000123456{n}", f"E{n}"
    valued = date(2026, 12, 15)
    paid = Booking(
        "300.00", BOOKED, valued=valued, ref=f"C{n}", scor=rf_reference(debtor_id), end_to_end=e2e, iban=iban
    )
    back = Booking("300.00", BOOKED, credit=False, ref=f"B{n}", return_reason="AC04", end_to_end=e2e, iban=iban)
    return [paid, back]


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("settlement_booked_two_days_late_returned")
    debtors = [
        valid_debtor(id=i, language=language, invoices=[invoice(number=f"F2026-{n}")], events=[SETTLEMENT])
        for n, (i, language) in enumerate(DEBTORS.items(), start=1)
    ]
    built = {}
    for night in NIGHTS:
        until = date.fromordinal(night.toordinal() - 1)
        bookings = [b for n, i in enumerate(DEBTORS, start=1) for b in _bookings(n, i) if b.booked <= until]
        site = build_night(tmp_path, debtors, night, until, bookings)
        assert site.exit_code == 0
        built[night] = night_read(site)
    return built


def _letters(built: dict, debtor_id: str) -> dict[str, str]:
    return {name: said for name, said in built["letters"].items() if name.startswith(f"{debtor_id}-")}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_before_the_statement_reminds_of_a_term_not_received_once(nights, debtor_id):
    built, language = nights[NIGHTS[0]], DEBTORS[debtor_id]
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-settlement_reminder.eml", f"{debtor_id}-settlement_reminder.pdf"]
    for said in letters.values():
        assert NOT_RECEIVED[language] in said
        assert set(PAY_BY[language].findall(said)) == {CROSSED[language]}
    assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {CROSSED[language]}
    assert not _letters(nights[NIGHTS[1]], debtor_id)  # written the night before


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_that_reads_the_return_writes_its_own_reminder_that_says_it(nights, debtor_id):
    built, language = nights[NIGHTS[2]], DEBTORS[debtor_id]
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-settlement_reminder.eml", f"{debtor_id}-settlement_reminder.pdf"]
    for name, said in letters.items():
        assert NO_PAYMENT_THAT_COUNTS[language] in said, (name, said)
        assert TAKEN_BACK[language] in said, (name, said)
        assert NOT_RECEIVED[language] not in said, (name, said)
        assert set(PAY_BY[language].findall(said)) == {OF_RETURN[language]}, name


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_page_and_the_staff_check_ask_what_the_last_letter_asks_every_night_after(nights, debtor_id):
    language = DEBTORS[debtor_id]
    for night in NIGHTS[2:]:
        built = nights[night]
        assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {OF_RETURN[language]}, night
        assert CROSSED[language] not in built["pages"][debtor_id]
        assert built["claims"][debtor_id]["next_action"]["due"] == "2027-01-02"
    dossier = nights[NIGHTS[3]]["dossiers"]["D-1"]
    assert "1 januari 2027 is de laatste dag om het akkoord te houden" in dossier, dossier
    # The letter of the day it was written, the 18th, not of the 16th that crossed the payment.
    assert "De herinnering voor die termijn is de brief van 18 december 2026." in dossier, dossier


def test_the_night_after_writes_no_third_letter(nights):
    assert nights[NIGHTS[3]]["letters"] == {}
