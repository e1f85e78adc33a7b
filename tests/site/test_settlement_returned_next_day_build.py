"""s60, real nightly builds: a settlement (minnelijk akkoord) of 600.00 in two instalments, the first (Tuesday 15
December 2026, 300.00) paid on the 14th, and that payment taken back by the bank (AC04) on the 16th: the day the
instalment's own reminder falls (reminder_after_days 1). The build of the 16th reads the statements up to the 15th
(paid); the build of the 17th reads the return.

One step: that build writes one reminder, which says the payment was taken back and asks by 31 December (14 days from
the return, a day more as it is written a day after it), and the page asks the same. Until s60 the settlement recorded
two reminders under the 16th (the return's, and one of the instalment's own day as if reminded late), and the staff
check called the reminder a letter of the 16th, while the letter is dated the 17th.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

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
PAID = Booking("300.00", date(2026, 12, 14), ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
BACK = Booking("300.00", date(2026, 12, 16), credit=False, ref="B1", return_reason="AC04", end_to_end="E1")
# Each night, with the statements up to the day before it.
NIGHTS = (date(2026, 12, 16), date(2026, 12, 17), date(2026, 12, 18))


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("settlement_returned_next_day")
    debtors = [valid_debtor(id="D-1", events=[SETTLEMENT])]
    built = {}
    for night in NIGHTS:
        until = date.fromordinal(night.toordinal() - 1)
        site = build_night(tmp_path, debtors, night, until, [b for b in (PAID, BACK) if b.booked <= until])
        assert site.exit_code == 0
        built[night] = night_read(site) | {"record": _reminders(site.internal)}
    return built


def _reminders(internal: Path) -> list[str]:
    """The settlement reminders the build's record (confirmations.json) holds for D-1, each by its key."""
    seen = json.loads((internal / "confirmations.json").read_text(encoding="utf-8"))["seen"]["D-1"]
    return sorted(key for key in seen if key.startswith("settlement_reminder:"))


def test_before_the_return_no_reminder(nights):
    built = nights[NIGHTS[0]]
    assert built["claims"]["D-1"]["settlement"]["installments"][0]["state"] == "paid"
    assert built["letters"] == {}


def test_the_build_that_reads_the_return_writes_one_reminder_that_says_it(nights):
    built = nights[NIGHTS[1]]
    assert sorted(built["letters"]) == ["D-1-settlement_reminder.eml", "D-1-settlement_reminder.pdf"]
    for said in built["letters"].values():
        assert "Voor de termijn van 15 december 2026 (EUR 300,00) hebben wij nog geen betaling van u die meetelt." in (
            said
        )
        assert "Wilt u dat uiterlijk 31 december 2026 betalen? Dan blijft de afspraak gewoon staan." in said
        assert "op 16 december 2026 door de bank teruggeboekt" in said
    assert "Betaal uiterlijk 31 december 2026" in built["pages"]["D-1"]
    assert len(built["record"]) == 1, built["record"]


def test_the_staff_check_names_the_letter_by_its_own_date_every_night_after(nights):
    for night in NIGHTS[1:]:
        dossier = nights[night]["dossiers"]["D-1"]
        assert "31 december 2026 is de laatste dag om het akkoord te houden" in dossier, dossier
        # Until s60: "een brief van 16 december 2026", the day the reminder falls, not the letter's.
        assert "De herinnering voor die termijn is de brief van 17 december 2026." in dossier, dossier


def test_the_night_after_writes_no_second_reminder(nights):
    built = nights[NIGHTS[2]]
    assert built["letters"] == {}
    assert built["record"] == nights[NIGHTS[1]]["record"]
