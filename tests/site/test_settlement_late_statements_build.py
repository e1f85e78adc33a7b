"""s56, real nightly builds: a settlement (minnelijk akkoord) in two instalments, the first (Tuesday 15 December 2026)
not paid, and the bank statements late: the builds of the 16th (its reminder's day, `reminder_after_days` 1) read them
up to the 14th, and only the build of Monday the 28th reads them up to the 24th and sees the instalment missed. For a
debtor in Utrecht (D-HOME, in Dutch; D-HOME-EN, in English) and one in Antwerp (D-ABROAD), each with an e-mail address.

That build writes the reminder, on the 28th. Until s56 its grace still counted from the 16th, the day no build wrote
it: at home it asked payment by the 29th in a letter that arrives on Wednesday the 30th, the day the settlement lapsed,
the whole claim back; to Antwerp by 13 January, in a letter that arrives on the 12th. Now the grace counts from the day
the reminder is written, as a reminder's term does (claims.accord.grace_ends, with the build's record:
letters.due.confirmed_as_written): 12 days later at home, to Sunday 10 January 2027 (arrived on the 30th, 11 days
before); abroad 13 days more for the post (it arrives on 12 January), to Saturday the 23rd. The PDF, the e-mail beside
it, the page, claims.json and the staff dossier give those days, and the later nights keep them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

ADDRESSES = {
    "D-ABROAD": ["Meir 24", "2000 Antwerpen", "België"],
    "D-HOME": ["Dorpsstraat 1", "3511 AB Utrecht"],
    "D-HOME-EN": ["Dorpsstraat 3", "3511 AB Utrecht"],
}
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
AGREED, NOMINAL, WRITTEN, LAPSED_UNTIL_S56, HOME_LAPSED = (
    date(2026, 11, 28),
    date(2026, 12, 16),
    date(2026, 12, 28),
    date(2026, 12, 30),
    date(2027, 1, 11),
)
# Each night and the last day the bank statements read reach: late by days, as a bank's export can be.
NIGHTS = {
    AGREED: date(2026, 11, 27),
    NOMINAL: date(2026, 12, 14),
    WRITTEN: date(2026, 12, 24),
    LAPSED_UNTIL_S56: date(2026, 12, 29),
    HOME_LAPSED: date(2027, 1, 10),
}
LAST_DAY = {"D-ABROAD": "23 januari 2027", "D-HOME": "10 januari 2027", "D-HOME-EN": "10 January 2027"}
CHECK_DUE = {"D-ABROAD": "2027-01-24", "D-HOME": "2027-01-11", "D-HOME-EN": "2027-01-11"}


def _build(tmp_path: Path, night: date, until: date):
    """A night's build into the same folders as the night before: nothing paid, the statements up to `until` (one
    booking of the bank's own costs on that day)."""
    debtors = [
        valid_debtor(
            id=debtor_id,
            language="en" if debtor_id.endswith("-EN") else "nl",
            invoices=[invoice(number=f"F2026-{n}")],
            events=[SETTLEMENT],
            **{"contact.address": address},
        )
        for n, (debtor_id, address) in enumerate(ADDRESSES.items(), start=1)
    ]
    site = build_night(tmp_path, debtors, night, until)
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims, the pages' text, the letters' text (PDF and e-mail) and the dossiers."""
    tmp_path = tmp_path_factory.mktemp("late_statements_settlement")
    built = {}
    for night, until in NIGHTS.items():
        site = _build(tmp_path, night, until)
        built[night] = night_read(site)
    return built


def test_no_reminder_is_written_on_its_day_while_the_statements_do_not_reach_the_instalment(nights):
    assert not [name for name in nights[NOMINAL]["letters"] if "settlement_reminder" in name]
    written = {name for name in nights[WRITTEN]["letters"] if "settlement_reminder" in name}
    assert written == {f"{i}-settlement_reminder.{form}" for i in ADDRESSES for form in ("eml", "pdf")}


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_the_reminder_written_late_asks_by_a_day_counted_from_its_own_day_in_the_pdf_the_e_mail_and_the_page(
    nights, debtor_id
):
    built = nights[WRITTEN]
    english = debtor_id.endswith("-EN")
    asked = f"by {LAST_DAY[debtor_id]}" if english else f"uiterlijk {LAST_DAY[debtor_id]} betalen?"
    for name in (f"{debtor_id}-settlement_reminder.pdf", f"{debtor_id}-settlement_reminder.eml"):
        said = built["letters"][name]
        assert asked in said, (name, said)
        # Not the day counted from the 16th, which no build wrote it on (at home read the day after it).
        assert "29 december" not in said and "29 December" not in said and "13 januari" not in said, said
    paid_by = "Please pay by" if english else "Betaal uiterlijk"
    assert f"{paid_by} {LAST_DAY[debtor_id]}" in built["pages"][debtor_id], built["pages"][debtor_id]


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_claims_json_and_the_dossier_give_the_same_last_day_on_every_later_night(nights, debtor_id):
    for night in (WRITTEN, LAPSED_UNTIL_S56):
        built = nights[night]
        claim = built["claims"][debtor_id]
        assert claim["status"] == "settlement", (night, claim)
        action = claim["next_action"]
        assert (action["kind"], action["due"]) == ("check_settlement", CHECK_DUE[debtor_id]), (night, action)
        if not debtor_id.endswith("-EN"):
            dossier = built["dossiers"][debtor_id]
            assert f"{LAST_DAY[debtor_id]} is de laatste dag om het akkoord te houden" in dossier, dossier
            # The page of a night after the reminder's asks the same day: the build's record keeps the day it went.
            assert f"Betaal die uiterlijk {LAST_DAY[debtor_id]}" in built["pages"][debtor_id]
    assert not [name for name in nights[LAPSED_UNTIL_S56]["letters"] if "settlement_reminder" in name]


def test_the_settlement_lapses_the_day_after_the_reminders_last_day_and_the_signal_gives_its_grace(nights):
    statuses = {i: c["status"] for i, c in nights[HOME_LAPSED]["claims"].items()}
    assert statuses["D-HOME"] != "settlement" and statuses["D-HOME-EN"] != "settlement", statuses
    assert statuses["D-ABROAD"] == "settlement", statuses
    lapsed = nights[HOME_LAPSED]["dossiers"]["D-HOME"]
    said = "de termijn van 15 december 2026 (EUR 300,00) is niet betaald, ook niet in de 26 dagen erna (tot en met 10"
    assert said in lapsed, lapsed
