"""axe-core (WCAG 2.0-2.2 A and AA, and the best practices) over one page of each kind of list the staff overview
pages, in Dutch and in English, in a real browser: today's work, the letters, the signals, the bank's credits to
assign, the dossiers of a stage and the credits of invoices outside the ledger. s46: a paged list's pager broke
`target-size` unseen, since no test ran axe on those pages (tests/browser/test_axe_browser.py: the demo's pages,
Dutch only, with neither bank list). A second page of each kind: about a second a page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.letters.due import NO_RECORD
from incasso.staff.language import speaking
from incasso.staff.paging import Limits
from incasso.staff.view import staff_book
from pelican.plugins.incasso.letters.generator import day_letters
from pelican.plugins.incasso.staff import staff_environment, write_overview
from tests.site.test_outside_build import D2, WORK, _ledger, many_outside
from tests.support.axe import violations
from tests.support.bankfiles import CREDITOR_IBAN, camt053, write_bank
from tests.support.site import REPO

pytestmark = pytest.mark.browser

# So few rows that every list the books hold is paged: one row on the overview, one a page.
SMALL = Limits(index_rows=1, group_rows=1, page_rows=1, outside_rows=1)
KINDS = ("vandaag", "brieven", "signalen", "bank credits", "dossiers", "bank outside")


def _overview(ledger: Path, day, internal: Path, language: Language, site: Path) -> None:
    """The staff overview of `ledger` on `day`, with the day's letters and the bank, in SMALL pages, written into a
    copy of the built site's internal output (its style sheets and script)."""
    shutil.copytree(site, internal)
    books = read_books(ledger, day)
    claims = [assess(books.ledger, debtor, day) for debtor in books.ledger.debtors]
    letters = {c.debtor.id: found for c in claims if (found := day_letters(books.ledger, c, NO_RECORD))}
    with speaking(language):
        book = staff_book(
            claims, books.ledger.creditor, day, "", lambda c: f"s/{c.debtor.id}/", letters=letters, bank=books.bank
        )
        write_overview(staff_environment(str(REPO / "theme")), book, internal, limits=SMALL)


def _kind(path: str) -> str:
    folder, name = path.split("/")
    return f"bank {'outside' if name.startswith('outside') else 'credits'}" if folder == "bank" else folder


@pytest.fixture(scope="module", params=[Language.NL, Language.EN], ids=["nl", "en"])
def list_pages(request, demo_site, tmp_path_factory) -> tuple[Language, dict[str, str]]:
    """One page of each kind of list, by kind: a second page (its pager leads both ways), from 40 synthetic dossiers
    on a night of letters not yet recorded (make bench's: today's work, the letters, the signals, the dossiers) and
    from a ledger whose bank holds credits to assign and of invoices outside it."""
    from benchmarks.synthetic import AS_OF, write_ledger

    tmp = tmp_path_factory.mktemp(f"lists-{request.param}")
    synthetic = write_ledger(tmp / "synthetic", 40, night="backlog")
    outside = _ledger(tmp / "outside")
    write_bank(outside, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, many_outside(7) + WORK, message_id="M")})
    pages: dict[str, str] = {}
    for ledger, day, name in ((synthetic, AS_OF, "synthetic"), (outside, D2, "outside")):
        internal = tmp / name / "internal"
        _overview(ledger, day, internal, request.param, demo_site.internal)
        for path in sorted(internal.rglob("*-2.html")):
            pages.setdefault(_kind(path.relative_to(internal).as_posix()), path.as_uri())
    return request.param, pages


def test_a_page_of_each_staff_list_meets_wcag_aa_by_axe(browser, list_pages):
    language, pages = list_pages
    assert set(pages) == set(KINDS)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    try:
        for kind, uri in pages.items():
            page.goto(uri)
            assert page.evaluate("document.documentElement.lang") == language, kind
            assert page.locator(".pager a[rel=prev]").count() > 0, kind  # a paged list: its pager is checked too
            if problems := violations(page):
                found[f"{kind}: {uri.rsplit('/internal/', 1)[1]}"] = problems
    finally:
        page.close()
    assert found == {}
