"""s56, real nightly builds: a settlement (minnelijk akkoord) of 600.00 in two instalments, the first (Tuesday 15
December 2026, 300.00) paid in time on the 14th, and that payment taken back by the bank (AC04, the account closed) on
Tuesday 5 January 2027: a week after its grace ended on 29 December. For debtors in Utrecht, in Dutch (D-HOME) and in
English (D-HOME-EN), and one who pays the instalment again on 12 January (D-AGAIN).

Until s56 the build that read the return made the settlement lapse on 30 December, a day gone before anyone knew, and
the page said the instalment "is niet op tijd betaald": the debtor never had a day on which paying again would have
kept it. Now the instalment counts as missed from the day the bank booked the return (claims.accord.counted_from): its
grace, 14 days, runs to 19 January, and its reminder, written by the build of the 5th that reads the return (at once
since s57, as a plan's instalment's; the next night's until then), says the
payment was taken back and asks by that day. The page, the reminder (PDF and e-mail), claims.json and the staff
check give that day; paid again within it, the settlement stands; not paid, it lapses on the 20th.

A payment plan's instalment taken back the same way (D-PLAN, 625.00 of 15 December): the plan has no grace that ends
it; from the return its instalment is missed, and the next step is the reminder of that instalment (claims.escalation),
which says the payment did not count, not a dunning letter counted from the instalment's own day.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import Booking
from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read, visible_text

pytestmark = pytest.mark.slow

ADDRESS = ["Dorpsstraat 1", "3511 AB Utrecht"]
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
DEBTORS = {"D-HOME": "nl", "D-HOME-EN": "en", "D-AGAIN": "nl", "D-PLAN": "nl"}
PAID, BACK, AGAIN = date(2026, 12, 14), date(2027, 1, 5), date(2027, 1, 12)
# The nights built, each with the bank statements up to that day.
KEPT, RETURNED, LAST, LAPSED = (
    date(2026, 12, 20),
    BACK,
    date(2027, 1, 19),
    date(2027, 1, 20),
)
REMINDED = RETURNED  # the reminder is the return's night's (s57)
LAST_DAY = {"nl": "19 januari 2027", "en": "19 January 2027"}


def _bookings(until: date) -> list[Booking]:
    """The payments by each debtor's reference and the bank's returns, booked up to `until`."""
    bookings = []
    for n, debtor_id in enumerate(DEBTORS, start=1):
        iban = f"NL20INGB000123456{n}"
        amount = "625.00" if debtor_id == "D-PLAN" else "300.00"
        bookings.append(Booking(amount, PAID, ref=f"C{n}", scor=rf_reference(debtor_id), iban=iban))
        bookings.append(Booking(amount, BACK, credit=False, ref=f"B{n}", return_reason="AC04", iban=iban))
    again = Booking("300.00", AGAIN, ref="A3", scor=rf_reference("D-AGAIN"), iban="NL69ABNA0417164301")
    bookings.append(again)
    return [b for b in bookings if b.booked <= until]


def _build(tmp_path: Path, night: date):
    debtors = [
        valid_debtor(
            id=debtor_id,
            language=language,
            invoices=[invoice(number=f"F2026-{n}")],
            events=[PLAN if debtor_id == "D-PLAN" else SETTLEMENT],
            **{"contact.address": ADDRESS},
        )
        for n, (debtor_id, language) in enumerate(DEBTORS.items(), start=1)
    ]
    site = build_night(tmp_path, debtors, night, night, _bookings(night))
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night, into the same folders as the night before: the claims, the pages' text, the letters' text and the
    dossiers."""
    tmp_path = tmp_path_factory.mktemp("settlement_returned_late")
    built = {}
    for night in (KEPT, RETURNED, LAST, LAPSED):
        site = _build(tmp_path, night)
        built[night] = night_read(site)
    return built


SETTLED_IDS = ("D-HOME", "D-HOME-EN", "D-AGAIN")
# The page's line on the missed instalment beside the return (statement.returned's words since s56), and the last day.
MISSED_LINE = {
    "nl": "Voor de termijn van 15 december 2026 hebben wij nog geen betaling van u die meetelt. Betaal de termijn "
    "uiterlijk 19 januari 2027.",
    "en": "For the instalment of 15 December 2026, we have no payment from you that counts. Please pay it by 19 "
    "January 2027.",
}
PAY_BY = {"nl": "Betaal uiterlijk 19 januari 2027", "en": "Please pay by 19 January 2027"}
LAPSED_LINE = {"nl": "is niet op tijd betaald", "en": "was not paid on time"}
REMINDER = {
    "nl": (
        "Voor de termijn van 15 december 2026 (EUR 300,00) hebben wij nog geen betaling van u die meetelt.",
        "Wilt u dat uiterlijk 19 januari 2027 betalen? Dan blijft de afspraak gewoon staan.",
        "op 5 januari 2027 door de bank teruggeboekt",
    ),
    "en": (
        "For the instalment of 15 December 2026 (EUR 300.00), we have no payment from you that counts.",
        "If you pay it by 19 January 2027, the agreement stays in place.",
        "was returned by the bank on 5 January 2027",
    ),
}


def _language(debtor_id: str) -> str:
    return DEBTORS[debtor_id]


def _settlement(nights, night: date, debtor_id: str) -> dict:
    return nights[night]["claims"][debtor_id]["settlement"]


@pytest.mark.parametrize("debtor_id", SETTLED_IDS)
def test_before_the_return_the_instalment_counts_as_paid(nights, debtor_id):
    settlement = _settlement(nights, KEPT, debtor_id)
    assert settlement["state"] == "running", settlement
    assert settlement["installments"][0]["state"] == "paid", settlement


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_the_build_that_reads_the_return_keeps_the_settlement_and_asks_by_the_returns_grace(nights, debtor_id):
    built, language = nights[RETURNED], _language(debtor_id)
    claim = built["claims"][debtor_id]
    # Until s56: lapsed on 30 December, the whole claim asked as soon as possible.
    assert claim["status"] == "settlement", claim
    assert (claim["settlement"]["state"], claim["settlement"]["ended_on"]) == ("running", None), claim["settlement"]
    assert claim["settlement"]["installments"][0]["state"] == "overdue", claim["settlement"]
    assert (claim["next_action"]["kind"], claim["next_action"]["due"]) == ("check_settlement", "2027-01-20")
    page = built["pages"][debtor_id]
    assert PAY_BY[language] in page, page
    assert MISSED_LINE[language] in page, page
    assert LAPSED_LINE[language] not in page, page
    # The reminder is tonight's, at once, as a plan's instalment's (until s57 the next build's, a day after).
    assert f"{debtor_id}-settlement_reminder.pdf" in built["letters"], list(built["letters"])


def test_the_staff_check_names_the_same_last_day(nights):
    for night in (RETURNED, LAST):
        dossier = nights[night]["dossiers"]["D-HOME"]
        assert "Controle: akkoord betaald? Vanaf 20 januari 2027" in dossier, dossier
        assert "19 januari 2027 is de laatste dag om het akkoord te houden" in dossier, dossier
    reminded = nights[REMINDED]["dossiers"]["D-HOME"]
    assert "De herinnering voor die termijn is de brief van 5 januari 2027." in reminded, reminded


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_the_build_that_reads_the_return_writes_the_reminder_that_says_the_payment_was_taken_back(nights, debtor_id):
    language = _language(debtor_id)
    letters = nights[REMINDED]["letters"]
    for name in (f"{debtor_id}-settlement_reminder.pdf", f"{debtor_id}-settlement_reminder.eml"):
        said = letters[name]
        for line in REMINDER[language]:
            assert line in said, (name, said)
    # Written once: the nights after it do not write it again.
    assert f"{debtor_id}-settlement_reminder.pdf" not in nights[LAST]["letters"]
    assert not [name for name in nights[KEPT]["letters"] if "settlement_reminder" in name]


def test_paid_again_within_that_grace_the_settlement_stands(nights):
    for night in (LAST, LAPSED):
        claim = nights[night]["claims"]["D-AGAIN"]
        assert claim["status"] == "settlement", (night, claim)
        assert claim["settlement"]["installments"][0]["state"] == "paid", (night, claim["settlement"])
        assert Decimal(claim["settlement"]["paid"]) == Decimal("300.00"), claim["settlement"]


@pytest.mark.parametrize("debtor_id", ["D-HOME", "D-HOME-EN"])
def test_not_paid_again_it_lapses_the_day_after_that_grace_and_not_before(nights, debtor_id):
    assert nights[LAST]["claims"][debtor_id]["status"] == "settlement"
    settlement = _settlement(nights, LAPSED, debtor_id)
    assert (settlement["state"], settlement["ended_on"]) == ("lapsed", "2027-01-20"), settlement
    page = nights[LAPSED]["pages"][debtor_id]
    assert LAPSED_LINE[_language(debtor_id)] in page, page
    dossier = nights[LAPSED]["dossiers"]["D-HOME"]
    assert "vervallen op 20 januari 2027" in dossier, dossier


def test_a_plans_instalment_taken_back_after_its_day_is_reminded_first(nights):
    """A plan has no grace that ends it: from the return its instalment is missed, and the next step is its
    reminder, due at once, which says the payment did not count; the steps after wait a reminder's interval."""
    built = nights[RETURNED]
    claim = built["claims"]["D-PLAN"]
    assert claim["status"] == "arrangement", claim
    assert (claim["next_action"]["kind"], claim["next_action"]["is_due"]) == ("remind_installment", True)
    said = built["letters"]["D-PLAN-installment_reminder.pdf"]
    assert "Voor de termijn van 15 december 2026 (EUR 625,00) hebben wij nog geen betaling van u die meetelt." in said
    assert "op 5 januari 2027 door de bank teruggeboekt" in said, said


def test_a_reminder_after_the_return_written_late_lengthens_the_grace_and_the_later_nights_keep_it(tmp_path):
    """No build from the 5th to the 7th: the build of Friday the 8th reads the return and writes the reminder, three
    days after its day (the return's), and the grace lasts three days longer, to the 22nd (claims.accord.grace_ends,
    the build's record under the return's day: a night after it, that record keeps the day)."""
    days = {}
    for night in (KEPT, date(2027, 1, 8), date(2027, 1, 9)):
        site = _build(tmp_path, night)
        claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
        dossier = visible_text((site.internal / "d" / "D-HOME.html").read_text(encoding="utf-8"))
        days[night] = (claims["D-HOME"]["next_action"]["due"], dossier)
    for night in (date(2027, 1, 8), date(2027, 1, 9)):
        due, dossier = days[night]
        assert due == "2027-01-23", (night, due)
        assert "22 januari 2027 is de laatste dag om het akkoord te houden" in dossier, dossier
