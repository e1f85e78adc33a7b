"""The dossier page (incasso.staff.dossier_page) as staff read it, in a real build of the demo ledger."""

from __future__ import annotations

import lxml.html
import pytest

from incasso.claims.assess import assess
from incasso.staff.explain import next_tasks, what_next
from tests.support.site import AS_OF, DEMO_LEDGER, build_site, ledger_as_built


@pytest.mark.parametrize(
    "language, said",
    [
        ("nl", "EUR 250,00 op 15 sep 2026; EUR 250,00 op 15 okt 2026; EUR 250,00 op 15 nov 2026; "),
        ("en", "EUR 250.00 on 15 Sept 2026; EUR 250.00 on 15 Oct 2026; EUR 250.00 on 15 Nov 2026; "),
    ],
)
def test_a_plan_s_instalments_in_the_log_say_each_amount_and_its_day_apart(tmp_path, language, said):
    """Not "EUR 250.00 15 Sept 2026": an amount and a day's number run together read as one figure."""
    site = build_site(tmp_path, extra=["--staff-language", language])
    assert site.exit_code == 0
    page = lxml.html.parse(site.internal / "d" / "D-1012.html").getroot()
    assert said in " ".join(page.text_content().split())


def test_what_next_from_the_tasks_the_page_already_has_says_the_same():
    """The dossier page works out a claim's tasks once and hands them to what_next (which marks none due):
    its lines are the ones what_next finds by itself, for every demo debtor."""
    ledger = ledger_as_built(DEMO_LEDGER)
    for debtor in ledger.debtors:
        claim = assess(ledger, debtor, AS_OF)
        tasks = next_tasks(claim)
        assert what_next(claim, ledger.creditor, tasks=tasks) == what_next(claim, ledger.creditor), debtor.id
