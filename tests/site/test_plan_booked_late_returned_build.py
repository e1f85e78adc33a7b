"""s61, real nightly builds: a payment plan (two instalments of 625.00, Tuesday 15 December 2026 and 15 January 2027),
its first instalment paid on the 15th but booked by the bank on the 16th (its value date the 15th: paid in time,
docs/ledger-format.md, "The payment's date"), and that payment taken back by the bank (AC04) on the 16th: the day the
instalment's own reminder falls (reminder_after_days 1). The build of the 16th reads the statements up to the 15th:
the instalment looks missed, and its reminder says so ("hebben wij nog niet ontvangen") and asks by the 29th. Staff
send it and record it (a `reminder` of the 16th). The build of the 17th reads the payment and its return.

The debtor had paid, so the reminder of the 16th crossed their payment; the return undid it, and alone tells them
nothing. So the build of the 17th writes the return's own reminder, which says the payment was taken back and asks by
30 December (a reminder's term from its day); staff record it, and from then the page, claims.json and the dossier ask
by that day too. Until s61 it wrote none: the reminder recorded on the 16th, the return's day, stood for the return's,
so the debtor heard nothing of it, and the page asked by the 29th, the day of the letter that crossed the payment. The
settlement's case is tests/site/test_settlement_booked_late_returned_build.py. In Dutch (D-NL) and English (D-EN);
D-OPEN is the Dutch one whose staff record no letter.
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
CROSSED = event(date(2026, 12, 16), "reminder", channel="letter")  # the reminder of the 16th, sent and recorded
OF_RETURN = event(date(2026, 12, 17), "reminder", channel="letter")  # the return's, sent and recorded on the 17th
DEBTORS = {"D-NL": "nl", "D-EN": "en", "D-OPEN": "nl"}
# Each night, with the statements up to the day before it.
BOOKED = date(2026, 12, 16)  # the payment and its return, both
NIGHTS = (date(2026, 12, 16), date(2026, 12, 17), date(2026, 12, 18), date(2026, 12, 19))
RECORDED = {NIGHTS[0]: [PLAN], NIGHTS[1]: [PLAN, CROSSED]}
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
    "nl": "Uw betaling van EUR 625,00 op 15 december 2026 is op 16 december 2026 door de bank teruggeboekt.",
    "en": "was returned by the bank on 16 December 2026",
}
DAY = {"nl": ("29 december 2026", "30 december 2026"), "en": ("29 December 2026", "30 December 2026")}


def _bookings(n: int, debtor_id: str) -> list[Booking]:
    """The debtor's payment of the 15th, booked on the 16th, and its return that day."""
    iban, e2e = f"NL20INGB000123456{n}", f"E{n}"
    reference = rf_reference(debtor_id)
    paid = Booking("625.00", BOOKED, valued=date(2026, 12, 15), ref=f"C{n}", scor=reference, end_to_end=e2e, iban=iban)
    back = Booking("625.00", BOOKED, credit=False, ref=f"B{n}", return_reason="AC04", end_to_end=e2e, iban=iban)
    return [paid, back]


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("plan_booked_late_returned")
    built = {}
    for night in NIGHTS:
        until = date.fromordinal(night.toordinal() - 1)
        debtors = [
            valid_debtor(
                id=debtor_id,
                language=language,
                invoices=[invoice(number=f"F2026-{n}")],
                events=[PLAN] if debtor_id == "D-OPEN" else RECORDED.get(night, [PLAN, CROSSED, OF_RETURN]),
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
def test_the_build_before_the_statement_reminds_of_an_instalment_not_received(nights, debtor_id):
    built, language = nights[NIGHTS[0]], DEBTORS[debtor_id]
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-installment_reminder.eml", f"{debtor_id}-installment_reminder.pdf"]
    for said in letters.values():
        assert NOT_RECEIVED[language] in said, said
        assert set(PAY_BY[language].findall(said)) == {DAY[language][0]}
    assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {DAY[language][0]}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_that_reads_the_return_writes_its_own_reminder_that_says_it(nights, debtor_id):
    built, language = nights[NIGHTS[1]], DEBTORS[debtor_id]
    action = built["claims"][debtor_id]["next_action"]
    # Until s61, for D-NL and D-EN: dunning, due on 30 December; no letter, the page asking by the 29th.
    assert (action["kind"], action["due"], action["is_due"]) == ("remind_installment", "2026-12-17", True), action
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-installment_reminder.eml", f"{debtor_id}-installment_reminder.pdf"]
    for name, said in letters.items():
        assert NO_PAYMENT_THAT_COUNTS[language] in said, (name, said)
        assert TAKEN_BACK[language] in said, (name, said)
        assert NOT_RECEIVED[language] not in said, (name, said)
        assert set(PAY_BY[language].findall(said)) == {DAY[language][1]}, name
    # Held out of the print file until staff have spoken to the debtor (Betaling teruggeboekt), the page shows the claim
    # as before it: the day of the letter that crossed the payment no longer (until s61 it asked by the 29th).
    assert DAY[language][0] not in built["pages"][debtor_id]


def test_the_dossier_says_why_a_second_reminder_goes_and_never_that_it_was_ready_before(nights):
    dossiers = nights[NIGHTS[1]]["dossiers"]
    said = dossiers["D-NL"]
    assert "Herinnering gemiste termijn sturen sinds 17 december 2026" in said, said
    assert "De herinnering van 16 december 2026 kruiste de betaling van die termijn" in said, said
    # Staff recorded no letter of D-OPEN's: the one of the 16th is not this one (until s61 "klaar sinds 16 december
    # 2026 ...: al verstuurd? Leg het dan eerst vast, en verstuur hem niet nog eens", and the return's never went).
    assert "klaar sinds" not in dossiers["D-OPEN"], dossiers["D-OPEN"]
    assert "kruiste" not in dossiers["D-OPEN"]


@pytest.mark.parametrize("debtor_id", ["D-NL", "D-EN"])
def test_once_recorded_the_page_and_the_dossier_ask_what_its_letter_asks(nights, debtor_id):
    language = DEBTORS[debtor_id]
    for night in NIGHTS[2:]:
        built = nights[night]
        assert not _letters(built, debtor_id), night  # no third letter
        assert set(PAY_BY[language].findall(built["pages"][debtor_id])) == {DAY[language][1]}, night
        action = built["claims"][debtor_id]["next_action"]
        assert (action["kind"], action["due"]) == ("dunning", "2026-12-31"), action
    assert "Aanmaning sturen op 31 december 2026" in nights[NIGHTS[2]]["dossiers"]["D-NL"]
