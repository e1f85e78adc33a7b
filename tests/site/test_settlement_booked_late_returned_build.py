"""s60, real nightly builds: a settlement (minnelijk akkoord) of 600.00 in two instalments, the first (Tuesday 15
December 2026, 300.00) paid on the 15th but booked by the bank on the 16th (its value date the 15th: paid in time,
docs/ledger-format.md, "The payment's date"), and that payment taken back by the bank (AC04) on the 16th: the day the
instalment's own reminder falls (reminder_after_days 1). The build of the 16th reads the statements up to the 15th:
the instalment looks missed, and its reminder says so ("hebben wij nog niet ontvangen") and asks by the 29th. The
build of the 17th reads the payment and its return.

The debtor had paid, so the reminder of the 16th crossed their payment; the return undid it, and alone tells them
nothing. So the build of the 17th writes the return's own reminder, which says the payment was taken back and asks by
31 December (14 days from the return, a day more as it is written a day after it), as one paid on the 14th and taken
back on the 16th is asked (test_settlement_returned_next_day_build). Until s60 it wrote none: it took the letter of
the 16th for the return's, and the page and the staff check asked by 30 December, a day the debtor was never told.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking
from tests.support.ledgers import event, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
)
PAID = Booking(
    "300.00", date(2026, 12, 16), valued=date(2026, 12, 15), ref="C1", scor=rf_reference("D-1"), end_to_end="E1"
)
BACK = Booking("300.00", date(2026, 12, 16), credit=False, ref="B1", return_reason="AC04", end_to_end="E1")
# Each night, with the statements up to the day before it.
NIGHTS = (date(2026, 12, 16), date(2026, 12, 17), date(2026, 12, 18))
PAY_BY = re.compile(r"Betaal uiterlijk (\d+ \w+ \d{4})")


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("settlement_booked_late_returned")
    debtors = [valid_debtor(id="D-1", events=[SETTLEMENT])]
    built = {}
    for night in NIGHTS:
        until = date.fromordinal(night.toordinal() - 1)
        site = build_night(tmp_path, debtors, night, until, [b for b in (PAID, BACK) if b.booked <= until])
        assert site.exit_code == 0
        built[night] = night_read(site)
    return built


def test_the_build_before_the_statement_reminds_of_a_term_not_received(nights):
    built = nights[NIGHTS[0]]
    assert sorted(built["letters"]) == ["D-1-settlement_reminder.eml", "D-1-settlement_reminder.pdf"]
    for said in built["letters"].values():
        assert "De termijn van 15 december 2026 (EUR 300,00) hebben wij nog niet ontvangen." in said
        assert set(PAY_BY.findall(said)) == {"29 december 2026"}
    assert set(PAY_BY.findall(built["pages"]["D-1"])) == {"29 december 2026"}


def test_the_build_that_reads_the_return_writes_its_own_reminder_that_says_it(nights):
    built = nights[NIGHTS[1]]
    # Until s60: no letter, the page asking by 30 December and the debtor holding one that asked by the 29th.
    assert sorted(built["letters"]) == ["D-1-settlement_reminder.eml", "D-1-settlement_reminder.pdf"]
    for said in built["letters"].values():
        assert "Voor de termijn van 15 december 2026 (EUR 300,00) hebben wij nog geen betaling van u die meetelt." in (
            said
        )
        assert "op 15 december 2026 is op 16 december 2026 door de bank teruggeboekt" in said
        assert set(PAY_BY.findall(said)) == {"31 december 2026"}


def test_the_page_and_the_staff_check_ask_what_the_last_letter_asks_every_night_after(nights):
    for night in NIGHTS[1:]:
        built = nights[night]
        assert set(PAY_BY.findall(built["pages"]["D-1"])) == {"31 december 2026"}, night
        assert "30 december" not in built["pages"]["D-1"]
        dossier = built["dossiers"]["D-1"]
        assert "31 december 2026 is de laatste dag om het akkoord te houden" in dossier, dossier
        assert "De herinnering voor die termijn is de brief van 17 december 2026." in dossier, dossier
        assert built["claims"]["D-1"]["next_action"]["due"] == "2027-01-01"


def test_the_night_after_writes_no_third_letter(nights):
    assert nights[NIGHTS[2]]["letters"] == {}
