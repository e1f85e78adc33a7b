"""s56, real nightly builds: a settlement (minnelijk akkoord) of 600.00 by one day, Tuesday 15 December 2026
(`pay_by`), paid in full in time on the 14th, and that payment taken back by the bank (AC04, the account closed) on
Tuesday 5 January 2027, three weeks after the day. For debtors in Utrecht, in Dutch (D-HOME) and in English
(D-HOME-EN), one who pays again on 12 January (D-AGAIN), and one in Antwerp (D-ABROAD).

Until s56 a settlement by one day had no grace: the build that read the return made it lapse on 16 December, a day gone
before anyone knew, and asked the whole claim. Now its sum counts as missed from the day the bank booked the return, as
a settlement's instalment does (claims.accord.counted_from): it has the grace an instalment has from then, 14 days, to
19 January, and a reminder, written by the build of the 5th that reads the return (at once since s57, as a plan's
instalment's; the next night's until then), that says the payment was taken back and asks by that
day; abroad that reminder arrives later and the grace is as much longer. The page, the reminder (PDF and e-mail),
claims.json and the staff check give that day; paid again within it, the settlement is paid; not paid, it lapses the
day after it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking, paid_and_returned
from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read, visible_text

pytestmark = pytest.mark.slow

HOME = ["Dorpsstraat 1", "3511 AB Utrecht"]
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    pay_by=date(2026, 12, 15),
    reason="Afgesproken aan de telefoon",
)
DEBTORS = {
    "D-HOME": ("nl", HOME),
    "D-HOME-EN": ("en", HOME),
    "D-AGAIN": ("nl", HOME),
    "D-ABROAD": ("nl", ["Meir 24", "2000 Antwerpen", "België"]),
}
PAID, BACK, AGAIN = date(2026, 12, 14), date(2027, 1, 5), date(2027, 1, 12)
# The nights built, each with the bank statements up to that day: one before the settlement, the night after it (its
# confirmation), the sum paid, the return read, the reminder, the last day of the grace, the day after.
BEFORE, CONFIRMED, KEPT, RETURNED, LAST, LAPSED = (
    date(2026, 11, 27),
    date(2026, 11, 29),
    date(2026, 12, 20),
    BACK,
    date(2027, 1, 19),
    date(2027, 1, 20),
)
REMINDED = RETURNED  # the reminder is the return's night's (s57)


def _bookings(until: date) -> list[Booking]:
    """The payments by each debtor's reference and the bank's returns, booked up to `until`."""
    bookings = paid_and_returned(DEBTORS, "600.00", PAID, BACK)
    bookings.append(Booking("600.00", AGAIN, ref="A3", scor=rf_reference("D-AGAIN"), iban="NL69ABNA0417164301"))
    return [b for b in bookings if b.booked <= until]


def _build(tmp_path: Path, night: date, extra: tuple[str, ...] = ()):
    debtors = [
        valid_debtor(
            id=debtor_id,
            language=language,
            invoices=[invoice(number=f"F2026-{n}")],
            events=[SETTLEMENT] if night > SETTLEMENT["date"] else [],
            **{"contact.address": address},
        )
        for n, (debtor_id, (language, address)) in enumerate(DEBTORS.items(), start=1)
    ]
    site = build_night(tmp_path, debtors, night, night, _bookings(night), extra)
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night, into the same folders as the night before: the claims, the pages' text, the letters' text and the
    dossiers."""
    tmp_path = tmp_path_factory.mktemp("settlement_by_day_returned")
    built = {}
    for night in (BEFORE, CONFIRMED, KEPT, RETURNED, LAST, LAPSED):
        site = _build(tmp_path, night)
        built[night] = night_read(site)
    return built


PAY_BY = {"nl": "Betaal uiterlijk 19 januari 2027", "en": "Please pay by 19 January 2027"}
# The page's line on the sum beside the return, with the last day that keeps the settlement.
MISSED_LINE = {
    "nl": "Het afgesproken bedrag moest uiterlijk 15 december 2026 binnen zijn. Daarvoor hebben wij nog geen betaling "
    "van u die meetelt. Betaal het uiterlijk 19 januari 2027.",
    "en": "The agreed amount was due by 15 December 2026. We have no payment from you for it that counts. Please pay "
    "it by 19 January 2027.",
}
LEAD = {
    "nl": "Het afgesproken bedrag staat weer open. Betaalt u het niet op tijd? Dan vervalt de afspraak.",
    "en": "The agreed amount is open again. If you do not pay it on time, the agreement ends.",
}
LAPSED_LINE = {
    "nl": "het afgesproken bedrag is niet uiterlijk 19 januari 2027 betaald",
    "en": "the agreed amount was not paid by 19 January 2027",
}
REMINDER = {
    "nl": (
        "Herinnering: het bedrag van onze afspraak (minnelijk akkoord)",
        "Het afgesproken bedrag (EUR 600,00) moest uiterlijk 15 december 2026 binnen zijn. Daarvoor hebben wij nog geen "
        "betaling van u die meetelt.",
        "Wilt u dat uiterlijk 19 januari 2027 betalen? Dan blijft de afspraak gewoon staan.",
        "op 5 januari 2027 door de bank teruggeboekt",
    ),
    "en": (
        "Reminder: the amount of our settlement",
        "The agreed amount (EUR 600.00) was due by 15 December 2026. We have no payment from you for it that counts.",
        "If you pay it by 19 January 2027, the agreement stays in place.",
        "was returned by the bank on 5 January 2027",
    ),
}


def _language(debtor_id: str) -> str:
    return DEBTORS[debtor_id][0]


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN", "D-AGAIN"])
def test_before_the_return_the_settlement_is_paid(nights, debtor_id):
    claim = nights[KEPT]["claims"][debtor_id]
    assert claim["settlement"]["state"] == "settled", claim["settlement"]
    assert f"{debtor_id}-settlement.pdf" in nights[CONFIRMED]["letters"]
    assert f"{debtor_id}-settled.pdf" in nights[KEPT]["letters"]
    # Running again from the return: its confirmation was written, and is not written again.
    assert not [name for name in nights[RETURNED]["letters"] if name.startswith(f"{debtor_id}-settlement.")]


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_the_build_that_reads_the_return_keeps_the_settlement_and_asks_by_the_returns_grace(nights, debtor_id):
    built, language = nights[RETURNED], _language(debtor_id)
    claim = built["claims"][debtor_id]
    # Until s56: lapsed on 16 December, the whole claim asked.
    assert claim["status"] == "settlement", claim
    assert (claim["settlement"]["state"], claim["settlement"]["ended_on"]) == ("running", None), claim["settlement"]
    assert (claim["next_action"]["kind"], claim["next_action"]["due"]) == ("check_settlement", "2027-01-20")
    page = built["pages"][debtor_id]
    for line in (PAY_BY[language], MISSED_LINE[language], LEAD[language]):
        assert line in page, (line, page)
    assert LAPSED_LINE[language] not in page, page
    # The reminder is tonight's, at once, as a plan's instalment's (until s57 the next build's, a day after).
    assert f"{debtor_id}-settlement_reminder.pdf" in built["letters"], list(built["letters"])


def test_the_staff_check_names_the_same_last_day(nights):
    for night in (RETURNED, LAST):
        dossier = nights[night]["dossiers"]["D-HOME"]
        assert "Controle: akkoord betaald? Vanaf 20 januari 2027" in dossier, dossier
        assert (
            "het afgesproken bedrag van EUR 600,00 (minnelijk akkoord) moest uiterlijk 15 december 2026 betaald zijn, "
            "en de bank heeft de betaling daarna teruggeboekt; 19 januari 2027 is de laatste dag om het akkoord te "
            "houden" in dossier
        ), dossier
    reminded = nights[REMINDED]["dossiers"]["D-HOME"]
    assert "De herinnering voor dat bedrag is de brief van 5 januari 2027." in reminded, reminded


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_the_build_that_reads_the_return_writes_the_reminder_that_says_the_payment_was_taken_back(nights, debtor_id):
    language = _language(debtor_id)
    letters = nights[REMINDED]["letters"]
    for name in (f"{debtor_id}-settlement_reminder.pdf", f"{debtor_id}-settlement_reminder.eml"):
        said = letters[name]
        for line in REMINDER[language][name.endswith(".eml") :]:  # the subject in the PDF's text, the e-mail's header
            assert line in said, (name, line, said)
        assert "termijn" not in said.lower() and "instalment" not in said.lower(), said
    assert f"{debtor_id}-settlement_reminder.pdf" not in nights[LAST]["letters"]


def test_paid_again_within_that_grace_the_settlement_is_paid(nights):
    for night in (LAST, LAPSED):
        claim = nights[night]["claims"]["D-AGAIN"]
        assert claim["settlement"]["state"] == "settled", (night, claim["settlement"])
        assert claim["settlement"]["ended_on"] == "2027-01-12", claim["settlement"]


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_not_paid_again_it_lapses_the_day_after_that_grace_and_not_before(nights, debtor_id):
    assert nights[LAST]["claims"][debtor_id]["status"] == "settlement"
    settlement = nights[LAPSED]["claims"][debtor_id]["settlement"]
    assert (settlement["state"], settlement["ended_on"]) == ("lapsed", "2027-01-20"), settlement
    page = nights[LAPSED]["pages"][debtor_id]
    assert LAPSED_LINE[_language(debtor_id)] in page, page


def test_abroad_the_reminder_arrives_later_and_the_grace_is_as_much_longer(nights):
    """The reminder of the 5th, posted to Antwerp, arrives days later than at home: the last day it asks by, the
    page's and the check's are that much later than 19 January, and the same in each (claims.accord.grace_ends)."""
    due = nights[REMINDED]["claims"]["D-ABROAD"]["next_action"]["due"]
    assert nights[REMINDED]["claims"]["D-ABROAD"]["settlement"]["state"] == "running"
    last = date.fromisoformat(due).toordinal() - 1
    assert last > date(2027, 1, 19).toordinal(), due
    day = date.fromordinal(last)
    said = f"{day.day} januari 2027" if day.month == 1 else f"{day.day} februari 2027"
    assert f"Wilt u dat uiterlijk {said} betalen?" in nights[REMINDED]["letters"]["D-ABROAD-settlement_reminder.pdf"]
    assert f"Betaal het uiterlijk {said}." in nights[REMINDED]["pages"]["D-ABROAD"]
    assert nights[LAPSED]["claims"]["D-ABROAD"]["status"] == "settlement"


# s57: the staff's name of the sum's reminder. Until s57 "Herinnering termijn minnelijk akkoord" ("Missed settlement
# instalment reminder"), an instalment's, of a settlement by one day that has none.
SUM_REMINDER_NAME = {
    "nl": ("Herinnering afgesproken bedrag minnelijk akkoord", "Herinnering termijn minnelijk akkoord"),
    "en": ("Reminder of the agreed settlement amount", "Missed settlement instalment reminder"),
}


@pytest.mark.parametrize("staff_language", ["nl", "en"])
def test_staff_name_the_sums_reminder_as_the_agreed_amount_not_an_instalment(tmp_path, staff_language):
    """In the overview's letters list and the dossier (its letters of the day, and the settlement's row that says the
    letters that followed it), in the staff's language."""
    for night in (KEPT, RETURNED):
        site = _build(tmp_path, night, ("--staff-language", staff_language))
    name, instalments = SUM_REMINDER_NAME[staff_language]
    overview = visible_text((site.internal / "index.html").read_text(encoding="utf-8"))
    dossier = visible_text((site.internal / "d" / "D-HOME.html").read_text(encoding="utf-8"))
    for said in (overview, dossier):
        assert name in said, said
        assert instalments not in said, said
    assert dossier.count(name) >= 2, dossier  # the letter of the day, and the settlement's row
