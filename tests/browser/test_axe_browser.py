"""axe-core's WCAG 2.0-2.2 A and AA rules and its best practices over what people read, in a real browser.

Every public page of the demo (each debtor's statement, Dutch and English, and the terms, help and
missing pages) at a phone's width and a desktop's; the staff overview, its changes, the pages of its
long lists and one dossier of each status (the e-mails' HTML: test_email_browser.py). A failure names
the page, the rule and the element. One browser context per width, its page reused: about a second a
page, some 45 pages.
"""

from __future__ import annotations

import json
import shutil

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.staff.paging import Limits
from incasso.staff.view import staff_book
from pelican.plugins.incasso.staff import staff_environment, write_overview
from tests.support.axe import violations
from tests.support.site import AS_OF, DEMO_LEDGER, REPO, serving

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# So few rows that the demo's overview links pages of its long lists (as tests/browser/test_staff_browser.py).
SMALL = Limits(index_rows=3, group_rows=1, page_rows=2)


@pytest.fixture(scope="module")
def public_pages(demo_site):
    """Each public page's name in a failure (a statement by its debtor and language), and its path."""
    debtors = {statement_token(DEMO_SECRET, d.id): d.id for d in read_books(DEMO_LEDGER, AS_OF).ledger.debtors}
    names = {}
    for path in sorted(demo_site.output.rglob("*.html")):
        relative = path.relative_to(demo_site.output).as_posix()
        token = relative.split("/")[1] if relative.startswith("s/") else None
        if token in debtors:
            language = "en" if '<html lang="en">' in path.read_text(encoding="utf-8") else "nl"
            name = f"statement {debtors[token]} ({language})"
        else:
            name = relative
        names[name] = relative
    return names


def check(page, pages: dict[str, str]) -> dict[str, list[str]]:
    """The violations of each page (by name) that has any."""
    found = {}
    for name, url in pages.items():
        page.goto(url)
        if problems := violations(page):
            found[name] = problems
    return found


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_every_public_page_meets_wcag_aa_by_axe(browser, demo_site, public_pages, viewport):
    statements = [name for name in public_pages if name.startswith("statement")]
    assert len(statements) >= 14 and any("(en)" in name for name in statements)
    context = browser.new_context(viewport=viewport)
    try:
        with serving(demo_site.output) as base:
            found = check(context.new_page(), {name: f"{base}/{path}" for name, path in public_pages.items()})
    finally:
        context.close()
    assert found == {}


@pytest.fixture(scope="module")
def staff_pages(demo_site, tmp_path_factory):
    """The demo's internal output with its overview written again in SMALL pages; each page by name."""
    internal = tmp_path_factory.mktemp("axe") / "internal"
    shutil.copytree(demo_site.internal, internal)
    books = read_books(DEMO_LEDGER, AS_OF)
    claims = [assess(books.ledger, debtor, AS_OF) for debtor in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/")
    write_overview(staff_environment(str(REPO / "theme")), book, internal, limits=SMALL)
    pages = {path.relative_to(internal).as_posix(): path.as_uri() for path in sorted(internal.rglob("*.html"))}
    one_of_each = {}
    for claim in json.loads((internal / "claims.json").read_text())["claims"]:
        one_of_each.setdefault(claim["status"], f"d/{claim['id']}.html")
    dossiers = {f"{path} ({status})": pages[path] for status, path in one_of_each.items()}
    return {name: uri for name, uri in pages.items() if not name.startswith("d/")} | dossiers


def test_the_staff_pages_meet_wcag_aa_by_axe(browser, staff_pages):
    assert len(staff_pages) >= 10 and {"index.html", "changes.html"} <= set(staff_pages)
    assert len([name for name in staff_pages if name.startswith("d/")]) >= 6  # the demo's six statuses
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        found = check(page, staff_pages)
        page.goto(staff_pages["index.html"])  # and the search's own table, drawn when it is used
        page.locator("#claims-filter").fill("a")
        page.wait_for_selector("#found:not([hidden]) #found-table tr.claim")
        if problems := violations(page):
            found["index.html, searching"] = problems
    finally:
        context.close()
    assert found == {}


def test_axe_names_the_rule_and_the_element_it_finds(browser):
    # The check itself: a page with a picture without a text and grey on white finds both, each named.
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="nl"><title>t</title><main><img src="x.png" id="no-alt">'
            '<p style="color:#aaa;background:#fff">grijs</p></main></html>'
        )
        found = violations(page)
    finally:
        page.close()
    assert any(line.startswith("image-alt (critical) #no-alt: <img") for line in found), found
    assert any(line.startswith("color-contrast (serious) p: <p") for line in found), found


def test_axe_holds_the_best_practices_and_the_experimental_rules_the_pages_were_fixed_for(browser):
    # What session 46 fixed, each put back on a page: the check must find it (the rules run, and name it).
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="nl"><title>t</title><body><div>'
            '<p id="as-heading" style="font-weight:bold;font-size:2em">Te betalen</p>'
            "<p>Wij hebben uw betaling nog niet ontvangen. Betaal het bedrag uiterlijk op 7 december 2026.</p>"
            "<p>Heeft u het net betaald? Dan hoeft u niets te doen. Vragen? Bel of mail ons gerust.</p>"
            '<div id="scrolls" tabindex="0" role="group" aria-label="Termijnen"><table id="no-headers">'
            "<caption>Uw termijnen</caption><tr><td></td><td>Datum</td><td>Bedrag</td></tr>"
            "<tr><td>1.</td><td>1 mei</td><td>100,00</td></tr><tr><td>2.</td><td>1 juni</td><td>100,00</td></tr>"
            "<tr><td>3.</td><td>1 juli</td><td>100,00</td></tr></table></div></div></body></html>"
        )
        found = {line.split(" ", 1)[0] for line in violations(page)}
    finally:
        page.close()
    best = {"landmark-one-main", "page-has-heading-one", "region"}  # the e-mails', fixed
    assert best | {"p-as-heading", "focus-order-semantics", "td-has-header"} <= found, found
