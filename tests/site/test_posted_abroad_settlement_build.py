"""s55, real nightly builds: a settlement (minnelijk akkoord) in two instalments, the first (Tuesday 15 December 2026)
not paid, for a debtor in Antwerp (D-ABROAD, in Dutch) and one in Utrecht (D-HOME), and the same in English
(D-ABROAD-EN), each with an e-mail address too.

The reminder of the missed instalment is written on Wednesday the 16th (`reminder_after_days` 1). At home it arrives on
Friday the 18th (2 PostNL delivery days) and asks payment by the 29th, the last day of the instalment's grace (14 days
after it), 11 days after it arrives. Posted to Antwerp it arrives on Saturday 2 January 2027 (10 delivery days: no post
at Christmas, nor on New Year's Day), 15 days later; until s55 it still asked by 29 December, a day gone before it
could be read, and the settlement lapsed on the 30th, the whole claim back, before the debtor had read the reminder.
Now the grace waits those 15 days too (claims.accord.grace_ends, as a reminder's next step waits: step_after_letter):
the reminder asks by 13 January, 11 days after it arrives, and the settlement lapses only on the 14th. The PDF, the
e-mail beside it, the page, claims.json and the staff dossier give those days.

s56: what a miss does, as the confirmation (written the night of the 28th of November) and the page's top say it, was
"Betaalt u een termijn meer dan 14 dagen te laat? Dan vervalt de afspraak", stricter than the rule abroad. There they
name the last day as the rule counts it: the page the next instalment's ("Betaalt u de termijn van 15 december 2026 niet
uiterlijk 13 januari 2027?"), the confirmation each one's (15 January 2027, a Friday, reminded on Saturday the 16th,
posted on Monday the 18th: at home on the 20th, in Antwerp on the 30th, 10 days later, so 8 February)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site, night_read

pytestmark = pytest.mark.slow

ADDRESSES = {
    "D-ABROAD": ["Meir 24", "2000 Antwerpen", "België"],
    "D-ABROAD-EN": ["Meir 26", "2000 Antwerpen", "België"],
    "D-HOME": ["Dorpsstraat 1", "3511 AB Utrecht"],
}
SETTLEMENT = event(
    date(2026, 11, 28),
    "settlement",
    amount=Decimal("600.00"),
    installments=[{"due": date(2026, 12, 15), "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    reason="Afgesproken aan de telefoon",
)
AGREED, REMINDED, AT_HOME_LAPSED, ABROAD_LAPSED = (
    date(2026, 11, 28),
    date(2026, 12, 16),
    date(2026, 12, 30),
    date(2027, 1, 14),
)
NIGHTS = [AGREED, REMINDED, AT_HOME_LAPSED, ABROAD_LAPSED]
# The last day of the missed instalment's grace, as each debtor reads it.
LAST_DAY = {"D-ABROAD": "13 januari 2027", "D-ABROAD-EN": "13 January 2027", "D-HOME": "29 december 2026"}


def _build(tmp_path: Path, night: date):
    """A night's build into the same folders as the night before: nothing paid since the settlement."""
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
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=debtors)
    # No INCASSO_SECRET (a local address): a build without it may look ahead of today, as these nights do.
    site = build_site(tmp_path, ledger=ledger, as_of=night, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    return site


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    """Per night: the claims, the pages' text, the letters' text (PDF and e-mail) and the dossiers."""
    tmp_path = tmp_path_factory.mktemp("abroad_settlement")
    built = {}
    for night in NIGHTS:
        site = _build(tmp_path, night)
        built[night] = night_read(site)
    return built


@pytest.mark.parametrize("debtor_id", list(ADDRESSES))
def test_the_reminder_asks_the_missed_instalment_by_a_day_after_it_arrives_in_the_pdf_the_e_mail_and_the_page(
    nights, debtor_id
):
    built = nights[REMINDED]
    english = debtor_id.endswith("-EN")
    asked = f"by {LAST_DAY[debtor_id]}" if english else f"uiterlijk {LAST_DAY[debtor_id]} betalen?"
    for name in (f"{debtor_id}-settlement_reminder.pdf", f"{debtor_id}-settlement_reminder.eml"):
        assert asked in built["letters"][name], (name, built["letters"][name])
    paid_by = "Please pay by" if english else "Betaal uiterlijk"
    assert f"{paid_by} {LAST_DAY[debtor_id]}" in built["pages"][debtor_id], built["pages"][debtor_id]
    if debtor_id != "D-HOME":  # not the day before it arrives, as until s55
        said = built["letters"][f"{debtor_id}-settlement_reminder.pdf"] + built["pages"][debtor_id]
        assert "29 december" not in said and "29 December" not in said


def test_the_settlement_abroad_still_runs_after_the_day_it_lapses_at_home_and_lapses_the_day_after_its_reminder_s(
    nights,
):
    statuses = {night: {i: c["status"] for i, c in built["claims"].items()} for night, built in nights.items()}
    assert statuses[REMINDED] == {"D-ABROAD": "settlement", "D-ABROAD-EN": "settlement", "D-HOME": "settlement"}
    assert statuses[AT_HOME_LAPSED]["D-HOME"] != "settlement"
    assert statuses[AT_HOME_LAPSED]["D-ABROAD"] == statuses[AT_HOME_LAPSED]["D-ABROAD-EN"] == "settlement"
    assert statuses[ABROAD_LAPSED]["D-ABROAD"] != "settlement"
    assert statuses[ABROAD_LAPSED]["D-ABROAD-EN"] != "settlement"
    # The check of the missed instalment is due the day after its last day of grace.
    action = nights[REMINDED]["claims"]["D-ABROAD"]["next_action"]
    assert (action["kind"], action["due"]) == ("check_settlement", "2027-01-14"), action
    action = nights[REMINDED]["claims"]["D-HOME"]["next_action"]
    assert (action["kind"], action["due"]) == ("check_settlement", "2026-12-30"), action


def test_the_dossier_gives_the_last_day_to_keep_the_settlement_and_the_lapse_the_grace_it_had(nights):
    dossier = nights[REMINDED]["dossiers"]["D-ABROAD"]
    assert "13 januari 2027 is de laatste dag om het akkoord te houden" in dossier, dossier
    assert "29 december 2026 is de laatste dag" not in dossier
    lapsed = nights[ABROAD_LAPSED]["dossiers"]["D-ABROAD"]
    said = "de termijn van 15 december 2026 (EUR 300,00) is niet betaald, ook niet in de 29 dagen erna (tot en met 13"
    assert said in lapsed, lapsed
    home = nights[AT_HOME_LAPSED]["dossiers"]["D-HOME"]
    assert "ook niet in de 14 dagen erna (tot en met 29 december 2026)" in home, home


# What a miss does, as the confirmation and the page say it (s56): abroad each instalment's last day as it is counted.
EACH_LAST_DAY = {
    "nl": "Elke termijn heeft een laatste dag. Die staat in de tabel met uw termijnen hieronder. Betaalt u een termijn "
    "niet uiterlijk op die dag? Dan vervalt de afspraak en vragen wij weer het hele bedrag.",
    "en": "Each instalment has a last day. You will find it in the table of your instalments below. If you do not pay "
    "an instalment by that day, the agreement ends and we ask for the whole amount again.",
}
# The confirmation's table of instalments, with each one's last day (s56's review: not a sentence each).
EACH_ROW = {
    "nl": ("15 dec 2026 300,00 13 jan 2027", "15 jan 2027 300,00 8 feb 2027"),
    "en": ("15 Dec 2026 300.00 13 Jan 2027", "15 Jan 2027 300.00 8 Feb 2027"),
}
# ... whose first column is the day to pay, not "Uiterlijk" ("Due by"): beside the last day that read as a second
# deadline, "Uiterlijk 15 dec 2026" next to "Laatste dag 13 jan 2027" (s56 wording). At home, no last day: "Uiterlijk".
HEADER = {
    "nl": ("Betaaldag Bedrag Laatste dag", "Uiterlijk"),
    "en": ("Due date Amount Last day", "Due by"),
}
NEXT_LAST_DAY = {
    "nl": "Betaalt u de termijn van 15 december 2026 niet uiterlijk 13 januari 2027? Dan vervalt de afspraak en vragen "
    "wij weer het hele bedrag.",
    "en": "The last day for the instalment of 15 December 2026 is 13 January 2027. If you miss it, the agreement ends "
    "and we ask for the whole amount again.",
}
FOURTEEN_DAYS = ("meer dan 14 dagen te laat", "more than 14 days late")


@pytest.mark.parametrize("debtor_id", ["D-ABROAD", "D-ABROAD-EN"])
def test_abroad_the_confirmation_and_the_page_name_each_last_day_not_fourteen_days(nights, debtor_id):
    built = nights[AGREED]
    lang = "en" if debtor_id.endswith("-EN") else "nl"
    for name in (f"{debtor_id}-settlement.pdf", f"{debtor_id}-settlement.eml"):
        said = built["letters"][name]
        assert EACH_LAST_DAY[lang] in said, (name, said)
        assert all(row in said.replace(" | ", " ") for row in EACH_ROW[lang]), (name, said)
        header, due_by = HEADER[lang]
        assert header in said.replace(" | ", " ") and due_by not in said, (name, said)
        assert not any(days in said for days in FOURTEEN_DAYS), said
    page = built["pages"][debtor_id]
    assert NEXT_LAST_DAY[lang] in page, page
    assert not any(days in page for days in FOURTEEN_DAYS), page


def test_at_home_the_confirmation_and_the_page_say_fourteen_days_as_the_rule_counts_there(nights):
    built = nights[AGREED]
    lapses = (
        "Betaalt u een termijn meer dan 14 dagen te laat? Dan vervalt de afspraak en vragen wij weer het hele bedrag."
    )
    for said in (built["letters"]["D-HOME-settlement.pdf"], built["letters"]["D-HOME-settlement.eml"]):
        assert lapses in said and "laatste dag" not in said, said
        assert "Uiterlijk | Bedrag" in said or "Uiterlijk Bedrag" in said, said
        assert "Betaaldag" not in said and "Laatste dag" not in said, said
    assert lapses in built["pages"]["D-HOME"], built["pages"]["D-HOME"]
