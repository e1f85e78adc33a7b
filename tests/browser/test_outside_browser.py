"""The overview's folded list of credits of invoices outside the ledger (creditor.yaml's invoice_numbers), in a
real browser: folded at first, opened by its summary, and meeting axe-core's WCAG A and AA rules either way."""

from __future__ import annotations

import pytest

from tests.site.test_outside_build import D2, OUTSIDE, WORK, _ledger
from tests.support.axe import violations
from tests.support.bankfiles import CREDITOR_IBAN, camt053, write_bank
from tests.support.site import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def overview(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("outside-browser")
    ledger = _ledger(tmp)
    write_bank(ledger, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, OUTSIDE + WORK, message_id="CAMT053-TEST-2")})
    built = build_site(tmp, ledger=ledger, as_of=D2)
    assert built.exit_code == 0
    return built.internal / "index.html"


def test_the_list_is_folded_opens_by_its_summary_and_meets_wcag_aa(browser, overview):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(overview.as_uri())
        folded = page.locator("details.bank-outside")
        assert not folded.locator("table.outside").is_visible()
        closed = violations(page)
        folded.locator("summary").click()
        rows = folded.locator("table.outside tbody tr")
        assert rows.count() == 2 and rows.first.is_visible()
        assert "Bakkerij Jansen" in rows.first.inner_text() and "F2026-0301" in rows.first.inner_text()
        opened = violations(page)
    finally:
        page.close()
    assert (closed, opened) == ([], [])
