"""s66, a real build with bank statements: the confirmation of a payment plan says what follows a missed instalment
left unpaid after its reminder, as the core will count it once the statements reach that day.

The dossier stood after a dunning letter and a call: a missed instalment is reminded first, and then the final notice
follows (docs/computation.md, "A missed instalment is reminded first"). The letter works that out on the instalment's
future day, which the statements read (up to the day before the build) do not reach. Until s66 the reminder's
what-if was judged on those statements, so the instalment looked "not processed yet", the step after it came out as
a staff check, and every plan confirmation of the demo said "Dan is de volgende stap: wij nemen contact met u op"
(D-1005's, D-1011's, D-1012's, D-1019's, D-1020's), while a final notice with costs followed in fact (D-1020). The
same plan built without bank/ said the final notice, as golden L-PLAN-arrangement does."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.ledgers import event, invoice, valid_debtor
from tests.support.site import build_night, night_read

pytestmark = pytest.mark.slow

NIGHT = date(2026, 11, 22)  # the plan agreed that day, a first build: its letter goes; the statements up to the 21st
DEBTORS = {"D-NL": "nl", "D-EN": "en"}
# What follows the reminder of a missed instalment left unpaid: the final notice, with its costs.
FINAL_NOTICE = {
    "nl": "alles wat dan te laat is, niet alleen de termijn",
    "en": "asks for the whole amount overdue by then, not only the instalment",
}
CONTACT = {"nl": "wij nemen contact met u op", "en": "we will contact you"}


def _debtor(debtor_id: str, language: str) -> dict:
    plan = event(
        date(2026, 11, 22),
        "arrangement",
        channel="email",
        installments=[{"due": date(2026, 12, 15), "amount": "625.00"}, {"due": date(2027, 1, 15), "amount": "625.00"}],
    )
    events = [
        event(date(2026, 10, 1), "reminder", channel="email"),
        event(date(2026, 10, 15), "dunning", channel="letter"),
        event(date(2026, 10, 22), "call", channel="phone", spoke_with="Jan"),
        plan,
    ]
    return valid_debtor(id=debtor_id, language=language, invoices=[invoice(number=f"F-{debtor_id}")], events=events)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("plan_confirmation_step")
    site = build_night(tmp, [_debtor(i, lang) for i, lang in DEBTORS.items()], NIGHT, date(2026, 11, 21))
    assert site.exit_code == 0
    return night_read(site)


@pytest.mark.parametrize("debtor_id", DEBTORS)
def test_the_plan_confirmation_says_the_final_notice_follows_not_a_contact(built, debtor_id):
    language = DEBTORS[debtor_id]
    letters = {name: said for name, said in built["letters"].items() if name.startswith(f"{debtor_id}-")}
    assert sorted(letters) == [f"{debtor_id}-arrangement.eml", f"{debtor_id}-arrangement.pdf"], sorted(letters)
    for name, said in letters.items():
        assert FINAL_NOTICE[language] in said, (name, said)
        assert CONTACT[language] not in said, (name, said)
