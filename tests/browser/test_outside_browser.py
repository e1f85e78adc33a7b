"""The overview's folded list of credits of invoices outside the ledger (creditor.yaml's invoice_numbers), in a
real browser: folded at first, opened by its summary, and meeting axe-core's WCAG A and AA rules either way."""

from __future__ import annotations

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.staff.paging import Limits
from incasso.staff.view import staff_book
from pelican.plugins.incasso.staff import staff_environment, write_overview
from tests.site.test_outside_build import D2, OUTSIDE, WORK, _ledger, many_outside
from tests.support.axe import violations
from tests.support.bankfiles import CREDITOR_IBAN, camt053, write_bank
from tests.support.site import REPO, build_site

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


# -- more than the overview shows: the newest few folded, all on pages of their own ------------------------------

# So few rows that 7 credits fill three pages: the newest 2 on the overview, 3 a page.
SMALL = Limits(outside_rows=2, page_rows=3)


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    """A real build with 7 credits of invoices outside the ledger, its overview written again in SMALL pages."""
    tmp = tmp_path_factory.mktemp("outside-paged")
    ledger = _ledger(tmp)
    write_bank(ledger, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, many_outside(7), message_id="CAMT-MANY")})
    assert build_site(tmp, ledger=ledger, as_of=D2).exit_code == 0
    books = read_books(ledger, D2)
    claims = [assess(books.ledger, debtor, D2) for debtor in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, D2, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)
    write_overview(staff_environment(str(REPO / "theme")), book, tmp / "internal", limits=SMALL)
    return tmp / "internal"


def test_the_newest_few_open_on_the_overview_and_all_on_pages_that_meet_wcag_aa(browser, paged):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    found = {}
    try:
        page.goto((paged / "index.html").as_uri())
        folded = page.locator("details.bank-outside")
        folded.locator("summary").click()
        assert folded.locator("table.outside tbody tr").count() == 2
        found["index"] = violations(page)
        link = folded.locator("a.outside-more")
        assert link.inner_text().startswith("Alle 7 betalingen van facturen buiten incasso")
        link.click()
        for number, refs in enumerate(([6, 5, 4], [3, 2, 1], [0]), start=1):
            assert page.url.endswith("bank/outside.html" if number == 1 else f"bank/outside-{number}.html")
            rows = page.locator("table.outside tbody tr")
            assert [rows.nth(i).get_attribute("data-ref") for i in range(rows.count())] == [
                f"20261203{n:05}" for n in refs
            ]
            assert page.locator("nav.pager .pager-label").first.inner_text() == f"Pagina {number} van 3"
            found[page.url.rsplit("/", 1)[1]] = violations(page)
            if number < 3:
                page.locator("nav.pager a[rel=next]").first.click()
        page.locator("p.back a").click()  # back to the bank section of the overview
        assert page.url.endswith("/index.html#bank")
    finally:
        page.close()
    assert errors == []
    assert found == dict.fromkeys(["index", "outside.html", "outside-2.html", "outside-3.html"], [])
