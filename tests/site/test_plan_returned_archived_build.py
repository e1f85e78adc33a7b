"""s65, real nightly builds into one staff output: a payment plan (two instalments of 625.00, Tuesday 15 December 2026
and 15 January 2027), its first instalment paid and booked on the 15th, and that payment taken back by the bank (AC04)
on Friday the 18th. Each build reads the statements up to its own day.

The statement shows the payment booked before the return's day: the builds from the 15th saw the instalment paid and
wrote no reminder of it, so the return's reminder is due on the return's day (claims.agreements.reminder_may_cross),
written by the build of the 18th; staff send it and record it that day. On the 19th they write the return in the
debtor's file (`returned:` and `return_ref:` on the payment, its `bank_ref` written too), and on the 21st they archive
the statement, as docs/ledger-format.md ("Keep the statements") asks.

Until s65 no statement read said any more when the bank booked the payment, so it counted as unknown: the reminder
recorded on the 18th looked like one that crossed the payment, the return's reminder moved to the 19th, and the build
of the 21st wrote a second one for the one return (the dossier saying the first "kruiste de betaling"). The build's
record (confirmations.json) now keeps the booking day a build read (letters.due.booked_as_recorded).
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking
from tests.support.ledgers import event, invoice, payment, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
PAID, BACK = date(2026, 12, 15), date(2026, 12, 18)
OF_RETURN = event(BACK, "reminder", channel="letter")  # the return's reminder, sent and recorded on its day
# The return read, the reminder recorded and the return written, the statement archived.
READ, WRITTEN, ARCHIVED = BACK, date(2026, 12, 19), date(2026, 12, 21)
DEBTORS = {"D-NL": "nl", "D-EN": "en"}
PAY_BY = {"nl": re.compile(r"uiterlijk (\d+ \w+ \d{4})"), "en": re.compile(r"by (\d+ \w+ \d{4})")}
NO_PAYMENT_THAT_COUNTS = {
    "nl": "Voor de termijn van 15 december 2026 (EUR 625,00) hebben wij nog geen betaling van u die meetelt.",
    "en": "For the instalment of 15 December 2026 (EUR 625.00), we have no payment from you that counts.",
}
TAKEN_BACK = {
    "nl": "Uw betaling van EUR 625,00 op 15 december 2026 is op 18 december 2026 door de bank teruggeboekt.",
    "en": "was returned by the bank on 18 December 2026",
}
ASKED_BY = {"nl": "31 december 2026", "en": "31 December 2026"}


def _written(n: int) -> dict:
    """The payment as staff write it before archiving its statement: with its bank entry, and taken back."""
    return payment(date=PAID, amount=Decimal("625.00"), bank_ref=f"C{n}", returned=BACK, return_ref=f"B{n}")


def _debtor(n: int, debtor_id: str, language: str, night: date) -> dict:
    events = [PLAN] if night == READ else [PLAN, OF_RETURN]
    payments = [] if night == READ else [_written(n)]
    return valid_debtor(
        id=debtor_id, language=language, invoices=[invoice(number=f"F2026-{n}")], events=events, payments=payments
    )


def _bookings(n: int, debtor_id: str) -> list[Booking]:
    """The debtor's payment of the 15th, booked that day, and its return on the 18th."""
    iban, e2e = f"NL20INGB000123456{n}", f"E{n}"
    paid = Booking("625.00", PAID, ref=f"C{n}", scor=rf_reference(debtor_id), end_to_end=e2e, iban=iban)
    back = Booking("625.00", BACK, credit=False, ref=f"B{n}", return_reason="AC04", end_to_end=e2e, iban=iban)
    return [paid, back]


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("plan_returned_archived")
    built = {}
    for night in (READ, WRITTEN, ARCHIVED):
        debtors = [_debtor(n, i, language, night) for n, (i, language) in enumerate(DEBTORS.items(), start=1)]
        held = night != ARCHIVED  # the statement holding the payment and its return, until archived
        bookings = [b for n, i in enumerate(DEBTORS, start=1) for b in _bookings(n, i)] if held else []
        site = build_night(tmp_path, debtors, night, night, bookings)
        assert site.exit_code == 0
        built[night] = night_read(site)
        built[night]["record"] = json.loads((site.internal / "confirmations.json").read_text(encoding="utf-8"))
    return built


def _letters(built: dict, debtor_id: str) -> dict[str, str]:
    return {name: said for name, said in built["letters"].items() if name.startswith(f"{debtor_id}-")}


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_that_reads_the_return_asks_its_reminder_that_day(nights, debtor_id):
    built, language = nights[READ], DEBTORS[debtor_id]
    action = built["claims"][debtor_id]["next_action"]
    assert (action["kind"], action["due"], action["is_due"]) == ("remind_installment", "2026-12-18", True), action
    letters = _letters(built, debtor_id)
    assert sorted(letters) == [f"{debtor_id}-installment_reminder.eml", f"{debtor_id}-installment_reminder.pdf"]
    for name, said in letters.items():
        assert NO_PAYMENT_THAT_COUNTS[language] in said, (name, said)
        assert TAKEN_BACK[language] in said, (name, said)
        assert set(PAY_BY[language].findall(said)) == {ASKED_BY[language]}, name


def test_the_record_keeps_the_day_the_bank_booked_the_payment_it_took_back(nights):
    """As the statement said it, each night: the archived night's build read it from the record and kept it."""
    for night in (READ, WRITTEN, ARCHIVED):
        for debtor_id in DEBTORS:
            held = nights[night]["record"]["seen"][debtor_id]
            assert held["booked:2026-12-18:2026-12-15:625.00"] == "2026-12-15", (night, held)


@pytest.mark.parametrize("night", [WRITTEN, ARCHIVED], ids=["written", "archived"])
@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_once_recorded_no_second_reminder_is_asked_for_the_one_return(nights, night, debtor_id):
    """Until s65, on the night after the statement was archived: a second reminder, due since the 19th, written."""
    built, language = nights[night], DEBTORS[debtor_id]
    assert not _letters(built, debtor_id), night
    claim = built["claims"][debtor_id]
    action = claim["next_action"]
    assert (action["kind"], action["due"], action["is_due"]) == ("dunning", "2027-01-01", False), (night, action)
    assert [(r["date"], r["returned"]) for r in claim["payments_returned"]] == [("2026-12-15", "2026-12-18")]
    page = built["pages"][debtor_id]
    assert set(PAY_BY[language].findall(page)) == {ASKED_BY[language]}, (night, page)
    assert TAKEN_BACK[language] in page, (night, page)


@pytest.mark.parametrize("night", [WRITTEN, ARCHIVED], ids=["written", "archived"])
def test_the_dossier_names_no_reminder_that_crossed_the_payment(nights, night):
    """In the staff's language (Dutch here), whatever the debtor's."""
    for debtor_id in DEBTORS:
        said = nights[night]["dossiers"][debtor_id]
        assert "Aanmaning sturen op 1 januari 2027" in said, (night, said)
        assert "kruiste" not in said, (night, said)
        assert "Herinnering gemiste termijn sturen" not in said, (night, said)
