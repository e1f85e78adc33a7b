"""s64, real nightly builds: a payment plan (two instalments of 625.00, Tuesday 15 December 2026 and 15 January 2027),
its first instalment paid on the 15th but booked by the bank two days late, on the 17th (its value date the 15th: paid
in time, docs/ledger-format.md, "The payment's date"), and that payment taken back by the bank (AC04) on the 17th: the
day after the instalment's own reminder falls (reminder_after_days 1). The builds of the 16th and the 17th read the
statements up to the day before: the instalment looks missed, and its reminder says so ("hebben wij nog niet
ontvangen"). The build of the 18th reads the payment and its return.

Staff record the reminder as they send it: D-NL and D-EN on the 16th, the day the build wrote it; D-LATE on the 17th,
the return's day, the build of the 17th having written it again (a step left for a day is written again, dated that
day); D-OPEN records nothing. Every one of those reminders was written by a build that had not read the return, so
crossed the payment: none stands for the return's reminder, which the build of the 18th writes, saying the payment was
taken back and asking by 31 December. Until s64 it wrote none for D-LATE: the reminder recorded on the return's day
stood for the return's (s61 knew only a return on the reminder's own day, tests/site/test_plan_booked_late_returned_
build.py), so the debtor was never told the payment came back, and the page asked by the 30th, the day of the letter
that crossed the payment. The settlement's case: tests/site/test_settlement_booked_two_days_late_returned_build.py.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking
from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
BOOKED = date(2026, 12, 17)  # the payment and its return, both
NIGHTS = tuple(date(2026, 12, day) for day in (16, 17, 18, 19, 20))  # each with the statements up to the day before
OF_RETURN = event(NIGHTS[2], "reminder", channel="letter")  # the return's, sent and recorded on the 18th


def _recorded(on: date) -> dict[date, list[dict]]:
    """The debtor's events each night, staff recording the reminder that crossed the payment on `on`."""
    crossed = event(on, "reminder", channel="letter")
    return {
        night: [PLAN] if night <= on else [PLAN, crossed] if night <= NIGHTS[2] else [PLAN, crossed, OF_RETURN]
        for night in NIGHTS
    }


DEBTORS = {"D-NL": "nl", "D-EN": "en", "D-LATE": "nl", "D-OPEN": "nl"}
EVENTS = {
    "D-NL": _recorded(NIGHTS[0]),
    "D-EN": _recorded(NIGHTS[0]),
    "D-LATE": _recorded(BOOKED),
    "D-OPEN": {night: [PLAN] for night in NIGHTS},
}
RECORDS = ("D-NL", "D-EN", "D-LATE")
PAY_BY = {"nl": re.compile(r"uiterlijk (\d+ \w+ \d{4})"), "en": re.compile(r"by (\d+ \w+ \d{4})")}
NOT_RECEIVED = {
    "nl": "De termijn van 15 december 2026 (EUR 625,00) hebben wij nog niet ontvangen.",
    "en": "We have not yet received the instalment of 15 December 2026 (EUR 625.00).",
}
NO_PAYMENT_THAT_COUNTS = {
    "nl": "Voor de termijn van 15 december 2026 (EUR 625,00) hebben wij nog geen betaling van u die meetelt.",
    "en": "For the instalment of 15 December 2026 (EUR 625.00), we have no payment from you that counts.",
}
TAKEN_BACK = {
    "nl": "Uw betaling van EUR 625,00 op 15 december 2026 is op 17 december 2026 door de bank teruggeboekt.",
    "en": "was returned by the bank on 17 December 2026",
}
MONTH = {"nl": "december", "en": "December"}


def _day(language: str, day: int) -> str:
    return f"{day} {MONTH[language]} 2026"


def _bookings(n: int, debtor_id: str) -> list[Booking]:
    """The debtor's payment of the 15th, booked on the 17th, and its return that day."""
    iban, e2e = f"NL20INGB000123456{n}", f"E{n}"
    reference = rf_reference(debtor_id)
    paid = Booking("625.00", BOOKED, valued=date(2026, 12, 15), ref=f"C{n}", scor=reference, end_to_end=e2e, iban=iban)
    back = Booking("625.00", BOOKED, credit=False, ref=f"B{n}", return_reason="AC04", end_to_end=e2e, iban=iban)
    return [paid, back]


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("plan_booked_two_days_late_returned")
    built = {}
    for night in NIGHTS:
        until = date.fromordinal(night.toordinal() - 1)
        debtors = [
            valid_debtor(
                id=debtor_id,
                language=language,
                invoices=[invoice(number=f"F2026-{n}")],
                events=EVENTS[debtor_id][night],
            )
            for n, (debtor_id, language) in enumerate(DEBTORS.items(), start=1)
        ]
        bookings = [b for n, i in enumerate(DEBTORS, start=1) for b in _bookings(n, i) if b.booked <= until]
        site = build_night(tmp_path, debtors, night, until, bookings)
        assert site.exit_code == 0
        built[night] = night_read(site)
    return built


def _letters(built: dict, debtor_id: str) -> dict[str, str]:
    return {name: said for name, said in built["letters"].items() if name.startswith(f"{debtor_id}-")}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_builds_before_the_statement_remind_of_an_instalment_not_received(nights, debtor_id):
    language = DEBTORS[debtor_id]
    for night, pay_by in ((NIGHTS[0], 29), (NIGHTS[1], 30)):
        built = nights[night]
        letters = _letters(built, debtor_id)
        if night == NIGHTS[1] and debtor_id in ("D-NL", "D-EN"):
            assert not letters, night  # recorded on the 16th
            continue
        assert sorted(letters) == [f"{debtor_id}-installment_reminder.eml", f"{debtor_id}-installment_reminder.pdf"]
        for said in letters.values():
            assert NOT_RECEIVED[language] in said, said
            assert set(PAY_BY[language].findall(said)) == {_day(language, pay_by)}
        assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {_day(language, pay_by)}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_that_reads_the_return_writes_its_own_reminder_that_says_it(nights, debtor_id):
    built, language = nights[NIGHTS[2]], DEBTORS[debtor_id]
    action = built["claims"][debtor_id]["next_action"]
    # Until s64, for D-LATE: dunning, due on 31 December; no letter, the page asking by the 30th.
    assert (action["kind"], action["due"], action["is_due"]) == ("remind_installment", "2026-12-18", True), action
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-installment_reminder.eml", f"{debtor_id}-installment_reminder.pdf"]
    for name, said in letters.items():
        assert NO_PAYMENT_THAT_COUNTS[language] in said, (name, said)
        assert TAKEN_BACK[language] in said, (name, said)
        assert NOT_RECEIVED[language] not in said, (name, said)
        assert set(PAY_BY[language].findall(said)) == {_day(language, 31)}, name
    # Held out of the print file until staff have spoken to the debtor (Betaling teruggeboekt), the page asks by no day
    # of a letter that crossed the payment.
    for day in (29, 30):
        assert _day(language, day) not in built["pages"][debtor_id]


@pytest.mark.parametrize("debtor_id", RECORDS)
def test_the_dossier_says_why_a_second_reminder_goes(nights, debtor_id):
    """In the staff's language (Dutch here; the English in tests/staff/test_explain.py), whatever the debtor's."""
    dossiers = nights[NIGHTS[2]]["dossiers"]
    said = dossiers[debtor_id]
    crossed = "17 december 2026" if debtor_id == "D-LATE" else "16 december 2026"
    # Until s64 "sinds 17 december 2026", a day no build could write it, and no word of the reminder that crossed.
    assert "Herinnering gemiste termijn sturen sinds 18 december 2026" in said, said
    assert f"De herinnering van {crossed} kruiste de betaling van die termijn" in said, said
    assert "kruiste" not in dossiers["D-OPEN"]
    assert "klaar sinds" not in dossiers["D-OPEN"]


@pytest.mark.parametrize("debtor_id", RECORDS)
def test_once_recorded_the_page_and_the_dossier_ask_what_its_letter_asks(nights, debtor_id):
    language = DEBTORS[debtor_id]
    for night in NIGHTS[3:]:
        built = nights[night]
        assert not _letters(built, debtor_id), night  # no third letter
        assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {_day(language, 31)}, night
        action = built["claims"][debtor_id]["next_action"]
        assert (action["kind"], action["due"]) == ("dunning", "2027-01-01"), action
    if language == "nl":
        assert "Aanmaning sturen op 1 januari 2027" in nights[NIGHTS[3]]["dossiers"][debtor_id]
