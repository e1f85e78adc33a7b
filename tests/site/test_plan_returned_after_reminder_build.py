"""s57, real nightly builds: a payment plan (two instalments of 625.00, 15 December 2026 and 15 January 2027), its first
instalment missed and reminded on 16 December (recorded), paid late on the 20th, and that payment taken back by the bank
(AC04, the account closed) on Tuesday 5 January 2027. In Dutch (D-NL) and in English (D-EN), in Utrecht.

Until s57 the reminder of 16 December still counted for the instalment missed again: the build that read the return
made the dunning letter due at once (since 30 December, 14 days after that reminder), a step the debtor never had a
chance to stop. The debtor answered that reminder by paying; the miss from the return is a new one, as a settlement's
instalment is missed from the return (claims.accord.counted_from). So the instalment counts as missed from the return
(claims.agreements.plan_counted_from): the build of the 5th writes its reminder, saying the payment was taken back, and
the dunning letter comes a reminder's interval after that one (19 January), not at once. The page, the letters,
claims.json and the staff dossier say the same.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.bankfiles import paid_and_returned
from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

PLAN = event(
    date(2026, 11, 28),
    "arrangement",
    installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
)
FIRST_REMINDER = event(date(2026, 12, 16), "reminder", channel="letter")
PAID, BACK = date(2026, 12, 20), date(2027, 1, 5)
NEW_REMINDER = event(BACK, "reminder", channel="letter")
DEBTORS = {"D-NL": "nl", "D-EN": "en"}
# The nights: the first reminder, the late payment read, the return read, two nights after the new reminder recorded.
REMINDED, PAID_LATE, RETURNED, AFTER = date(2026, 12, 16), date(2026, 12, 21), BACK, date(2027, 1, 7)
EVENTS = {REMINDED: [PLAN], PAID_LATE: [PLAN, FIRST_REMINDER], RETURNED: [PLAN, FIRST_REMINDER]}

REMINDER_LINES = {
    "nl": (
        "Voor de termijn van 15 december 2026 (EUR 625,00) hebben wij nog geen betaling van u die meetelt.",
        "Wilt u EUR 625,00 uiterlijk 18 januari 2027 betalen? Dan loopt uw regeling gewoon door",
    ),
    "en": (
        "For the instalment of 15 December 2026 (EUR 625.00), we have no payment from you that counts.",
        "Please pay EUR 625.00 by 18 January 2027. Your plan then simply continues",
    ),
}
# The page's next step on the return's night: the instalment's reminder first, not the dunning letter.
PAGE_REMINDER_FIRST = {
    "nl": "Betaalt u de termijn niet? Dan sturen wij u eerst een herinnering voor deze termijn",
    "en": "If you do not pay the instalment, we will first send you a reminder of it",
}
# What it said until s57: the dunning letter next, at once.
PAGE_DUNNING_NOW = {
    "nl": "niet binnenkort? Dan sturen wij u een aanmaning.",
    "en": "soon, we will send you a formal reminder.",
}
PAGE_DUNNING_AFTER = {
    "nl": "Hebben wij uw betaling niet uiterlijk 18 januari 2027 ontvangen? Dan sturen wij u een aanmaning.",
    "en": "If we have not received your payment by 18 January 2027, we will send you a formal reminder.",
}


@pytest.fixture(scope="module")
def nights(tmp_path_factory) -> dict[date, dict]:
    tmp_path = tmp_path_factory.mktemp("plan_returned_after_reminder")
    built = {}
    for night in (REMINDED, PAID_LATE, RETURNED, AFTER):
        events = EVENTS.get(night, [PLAN, FIRST_REMINDER, NEW_REMINDER])
        debtors = [
            valid_debtor(
                id=debtor_id,
                language=language,
                invoices=[invoice(number=f"F2026-{n}")],
                events=events,
                **{"contact.address": ["Dorpsstraat 1", "3511 AB Utrecht"]},
            )
            for n, (debtor_id, language) in enumerate(DEBTORS.items(), start=1)
        ]
        bookings = [b for b in paid_and_returned(list(DEBTORS), "625.00", PAID, BACK) if b.booked <= night]
        site = build_night(tmp_path, debtors, night, night, bookings)
        assert site.exit_code == 0
        built[night] = night_read(site)
    return built


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_paid_late_after_its_reminder_the_plan_is_on_schedule_again(nights, debtor_id):
    assert f"{debtor_id}-installment_reminder.pdf" in nights[REMINDED]["letters"]
    claim = nights[PAID_LATE]["claims"][debtor_id]
    assert claim["next_action"]["kind"] == "check_installment", claim["next_action"]


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_build_that_reads_the_return_reminds_the_instalment_again_and_sends_no_dunning_letter(nights, debtor_id):
    built, language = nights[RETURNED], DEBTORS[debtor_id]
    action = built["claims"][debtor_id]["next_action"]
    # Until s57: dunning, due since 2026-12-30.
    assert (action["kind"], action["due"], action["is_due"]) == ("remind_installment", "2027-01-05", True), action
    assert f"{debtor_id}-dunning.pdf" not in built["letters"], list(built["letters"])
    for name in (f"{debtor_id}-installment_reminder.pdf", f"{debtor_id}-installment_reminder.eml"):
        said = built["letters"][name]
        for line in REMINDER_LINES[language]:
            assert line in said, (name, line, said)
    returned = {"nl": "op 5 januari 2027 door de bank teruggeboekt", "en": "returned by the bank on 5 January 2027"}
    assert returned[language] in built["letters"][f"{debtor_id}-installment_reminder.pdf"]
    page = built["pages"][debtor_id]
    assert PAGE_REMINDER_FIRST[language] in page, page
    assert PAGE_DUNNING_NOW[language] not in page, page


def test_the_staff_dossier_names_the_instalments_reminder_from_the_return(nights):
    dossier = nights[RETURNED]["dossiers"]["D-NL"]
    assert "Herinnering gemiste termijn sturen sinds 5 januari 2027" in dossier, dossier
    assert "Aanmaning sturen" not in dossier, dossier


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_dunning_letter_waits_a_reminders_interval_after_the_new_reminder(nights, debtor_id):
    built, language = nights[AFTER], DEBTORS[debtor_id]
    action = built["claims"][debtor_id]["next_action"]
    assert (action["kind"], action["due"], action["is_due"]) == ("dunning", "2027-01-19", False), action
    assert not [name for name in built["letters"] if name.startswith(debtor_id)], list(built["letters"])
    assert PAGE_DUNNING_AFTER[language] in built["pages"][debtor_id], built["pages"][debtor_id]
    if language == "nl":
        assert "Aanmaning sturen op 19 januari 2027" in built["dossiers"][debtor_id]
