"""The dossier page (incasso.staff.dossier_page) as staff read it, in a real build of the demo ledger."""

from __future__ import annotations

import lxml.html
import pytest

from tests.support.site import build_site


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
