"""Statement pages in a real browser: phone width, QR codes read back, no outside requests, print.

The demo is served over HTTP from 127.0.0.1 (as a host would serve it), so the
Content-Security-Policy and the clipboard behave as they do for a reader.
"""

import contextlib
import functools
import http.server
import io
import itertools
import re
import shutil
import threading
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.statement.view import statement_view
from tests.support.contrast import text_contrast
from tests.support.qrdecode import decode_png
from tests.support.site import (
    AS_OF,
    DEMO_LEDGER,
    LINKS_SECRET,
    build_site,
    hold_page_time,
    ledger_as_built,
    serving,
    wait_until,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 640}
NARROWEST = {"width": 320, "height": 640}  # WCAG 1.4.10: content reflows at 320 CSS px, no sideways scrolling
DESKTOP = {"width": 1280, "height": 900}
PUBLIC_PAGES = ("voorwaarden.html", "voorwaarden-en.html", "hulp.html", "hulp-en.html", "index.html", "404.html")
# Elements that stick out of the viewport: the skip link waits above it, visually hidden text is clipped to 1 px.
TOO_WIDE = """(width) => [...document.querySelectorAll('body *')].filter(el => {
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || getComputedStyle(el).position === 'absolute') return false;
  return box.left < -0.5 || box.right > width + 0.5;
}).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + Math.round(el.getBoundingClientRect().right))"""
# A4 minus the print stylesheet's side margins (18 mm each), at 96 px per inch.
A4_CONTENT_WIDTH = round((210 - 36) / 25.4 * 96)
A4_CONTENT_HEIGHT = round((297 - 34) / 25.4 * 96)
# One debtor per kind of payment the QR code asks for.
QR_CASES = {
    "D-1006": "active",  # the whole balance
    "D-1010": "promise",  # the whole balance: she promised "the whole amount"
    "D-1011": "arrangement",  # plan on schedule, nothing due: the next instalment
    "D-1012": "arrangement",  # plan in arrears: the arrears
    "D-1013": "dispute",  # the whole balance, with a note that part may be paid
}


@pytest.fixture(scope="session")
def served(demo_site):
    """The demo's public output over HTTP on 127.0.0.1; yields its base URL."""
    with serving(demo_site.output) as base:
        yield base


@pytest.fixture(scope="session")
def demo():
    ledger = ledger_as_built(DEMO_LEDGER)
    return ledger, {d.id: assess(ledger, d, AS_OF) for d in ledger.debtors}


def url_of(base: str, debtor_id: str) -> str:
    return f"{base}/s/{statement_token(DEMO_SECRET, debtor_id)}/"


def open_page(browser, url, **options):
    context = browser.new_context(**{"viewport": PHONE, **options})
    page = context.new_page()
    page.goto(url)
    return context, page


def visible_ids(demo):
    ledger, claims = demo
    from incasso.claims.claim import statement_visible

    return [i for i, c in claims.items() if statement_visible(c, ledger.creditor.policy)]


# -- the QR codes, as a banking app would read them -------------------------------------------------


@pytest.mark.parametrize("debtor_id", QR_CASES)
def test_the_qr_code_on_the_page_decodes_to_the_payload_for_what_is_due(browser, served, demo, debtor_id):
    ledger, claims = demo
    claim = claims[debtor_id]
    assert claim.status == QR_CASES[debtor_id]
    expected = statement_view(claim, ledger).pay.payload
    context, page = open_page(browser, url_of(served, debtor_id), device_scale_factor=2)
    try:
        png = page.locator("#pay figure:not(.qr-figure-small) svg").screenshot()
    finally:
        context.close()
    assert decode_png(png) == [expected]
    if claim.status == "dispute":  # the debtor pays only the part they agree with: they fill it in
        assert expected.split("\n")[7] == ""
        return
    amount = Decimal(expected.split("\n")[7].removeprefix("EUR"))
    assert amount == amount_to_pay(claim)
    if claim.status == "arrangement":
        due = claim.plan.due_now if claim.plan.due_now > 0 else claim.plan.next_open.open
        assert amount == due < claim.total_due
    elif claim.status == "promise":
        assert amount == claim.total_due  # the whole amount was promised
    else:
        assert amount == claim.amount_due_now


def test_the_payment_link_has_its_own_qr_code(browser, served):
    context, page = open_page(browser, url_of(served, "D-1001"), device_scale_factor=2)
    try:
        link = page.locator(".pay-online a").get_attribute("href")
        png = page.locator(".qr-figure-small svg").screenshot()
    finally:
        context.close()
    assert link.startswith("https://betalen.example.nl/RF")
    assert decode_png(png) == [link]


def test_a_paid_page_has_no_qr_code(browser, served, demo):
    assert demo[1]["D-1014"].status == "paid"
    context, page = open_page(browser, url_of(served, "D-1014"))
    try:
        assert page.locator("svg").count() == 0
        assert page.locator(".amount-label").inner_text() == "Betaald"
    finally:
        context.close()


def test_the_demo_s_settled_page_reads_as_finished_at_390px(browser, served, demo):
    """D-1018 (a settlement paid in time): its totals said the remitted sum twice, "Facturen, kwijtgescholden
    660,76" above "Kwijtgescholden (niet betaald) 660,76", the second reading as unpaid: one row now (s49 review)."""
    assert demo[1]["D-1018"].status == "settled"
    context, page = open_page(browser, url_of(served, "D-1018"), viewport={"width": 390, "height": 844})
    try:
        rows = [" ".join(row.split()) for row in page.locator("table.totals tr").all_inner_texts()]
        assert rows == ["Totaal kwijtgescholden (hoeft u niet te betalen) 660,76"], rows
        seen = page.locator("main").inner_text()
        assert seen.count("660,76") == 3, seen  # what happens now, the invoice's column, the total: each named
        for owed in ("niet betaald", "nog open", "Te betalen", "Wat u moet betalen", "Zo betaalt u"):
            assert owed not in seen, owed
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_the_demo_s_running_settlement_says_each_thing_once_and_what_a_miss_brings_first_at_390px(
    browser, served, demo
):
    """D-1017 (a settlement in instalments, arranged by his counsellor): what a miss brings sat under the message,
    below the first screen, and the message and the page each said the rest remitted and whom to contact (s49's
    note). At 390 px the first screen says the amount, the day and what a miss brings; the rest remitted, the way
    out and the lapse are each said once on the page."""
    assert demo[1]["D-1017"].status == "settlement"
    context, page = open_page(browser, url_of(served, "D-1017"), viewport={"width": 390, "height": 844})
    try:
        seen = " ".join(page.locator("main").inner_text().split())
        lapse = page.get_by_text("Betaalt u een termijn meer dan 14 dagen te laat?")
        box = lapse.bounding_box()
        message = page.locator("h2", has_text="Bericht van").bounding_box()
        wide = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert box is not None and message is not None and box["y"] + box["height"] <= 844 and box["y"] < message["y"]
    for once in ("Dan vervalt de afspraak", "schelden wij de rest", "namens u regelen", "het liefst vóór"):
        assert seen.count(once) == 1, (once, seen)
    assert "Lukt het niet op tijd?" not in seen and "kan uw schuldhulpverlener contact" not in seen and wide <= 390


def test_the_demo_s_plan_under_a_wait_says_the_wait_and_that_the_instalments_stand_on_the_first_screen_at_390px(
    browser, served, demo
):
    """D-1019 (a plan on schedule, a wait his counsellor asked for): the top asked the next instalment alone; that
    the wait holds our steps and not the instalments began at 885 px, under 'What happens next?' (s50 review). At 390
    px the first screen says the instalment, its day, the wait and that the instalments stand, each once."""
    assert demo[1]["D-1019"].status == "arrangement"
    context, page = open_page(browser, url_of(served, "D-1019"), viewport={"width": 390, "height": 844})
    try:
        seen = " ".join(page.locator("main").inner_text().split())
        wait = page.get_by_text("Your debt counsellor asked us to wait.").bounding_box()
        stands = page.get_by_text("The wait does not change your payment plan").bounding_box()
        message = page.locator("h2", has_text="A message from").bounding_box()
        wide = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert wait is not None and stands is not None and message is not None
    assert wait["y"] < stands["y"] and stands["y"] + stands["height"] <= 844 and stands["y"] < message["y"]
    for once in ("asked us to wait", "does not change your payment plan", "only after 10 January 2027"):
        assert seen.count(once) == 1, (once, seen)
    assert "Next instalment EUR 370.00 Please pay by 24 November 2026" in seen and wide <= 390


def test_the_qr_code_has_a_text_alternative(browser, served):
    context, page = open_page(browser, url_of(served, "D-1003"))
    try:
        qr = page.get_by_role("img", name=re.compile(r"^QR code for a transfer of EUR\s189\.29 to "))
        assert qr.count() == 1
    finally:
        context.close()


# -- a phone, 360 px wide ---------------------------------------------------------------------------


@pytest.mark.parametrize("debtor_id", ["D-1004", "D-1003"])  # a business in Dutch (the longer sentence); English
def test_the_rate_s_source_stands_under_the_interest_table_and_fits_at_390px(browser, served, debtor_id):
    """Who sets the percentages and where to check them, on a phone: read under the table, wrapped in its width."""
    context, page = open_page(browser, url_of(served, debtor_id), viewport={"width": 390, "height": 844})
    try:
        table, source = (page.locator(selector).bounding_box() for selector in ("table.interest", "p.rate-source"))
        assert table and source
        assert source["y"] >= table["y"] + table["height"]
        assert source["x"] >= 0 and source["x"] + source["width"] <= 390
        assert "rijksoverheid.nl" in page.locator("p.rate-source").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.evaluate(TOO_WIDE, 390) == []
    finally:
        context.close()


def test_no_page_scrolls_sideways_at_320px(browser, served, demo):
    urls = [url_of(served, i) for i in visible_ids(demo)] + [f"{served}/{name}" for name in PUBLIC_PAGES]
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    try:
        for url in urls:
            page.goto(url)
            assert page.evaluate("document.documentElement.scrollWidth") <= NARROWEST["width"], url
            assert page.evaluate(TOO_WIDE, NARROWEST["width"]) == [], url
    finally:
        context.close()
    assert len(urls) == 18 + len(PUBLIC_PAGES)


def test_the_longest_invoice_number_the_ledger_allows_wraps_at_320px(browser, tmp_path):
    """35 characters (docs/ledger-format.md) in the invoices and the interest table: no sideways scrolling."""
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1006.yaml"
    longest = "VR-2026-INSTALLATIE-000009012345678"
    assert len(longest) == 35
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("F2026-0092", longest), encoding="utf-8")
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    try:
        page.goto((site.output / "s" / statement_token(DEMO_SECRET, "D-1006") / "index.html").as_uri())
        assert page.locator("table.interest").inner_text().replace("\n", "").count(longest[:12]) >= 1
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROWEST["width"]
        assert page.evaluate(TOO_WIDE, NARROWEST["width"]) == []
    finally:
        context.close()


def test_a_description_of_one_long_word_wraps_on_the_page_and_the_dossier(browser, tmp_path):
    """A pasted reference or URL without spaces (500 characters is the most the ledger takes) must not widen
    the debtor's page, nor the staff dossier's invoices table."""
    root = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    dossier = root / "debtors" / "D-1001.yaml"
    word = "x" * 499
    text = dossier.read_text(encoding="utf-8")
    dossier.write_text(text.replace("Vervanging cv-ketel incl. montage en afvoer oude ketel", word), encoding="utf-8")
    site = build_site(tmp_path, ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    pages = (
        (site.output / "s" / statement_token(DEMO_SECRET, "D-1001") / "index.html", (NARROWEST, DESKTOP)),
        (site.internal / "d" / "D-1001.html", ({"width": 1000, "height": 800},)),
    )
    for path, viewports in pages:
        for viewport in viewports:
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            try:
                page.goto(path.as_uri())
                assert word[:20] in page.content()
                assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], (path, viewport)
            finally:
                context.close()


def test_tables_stack_on_a_phone_and_stand_in_columns_on_a_wide_screen(browser, served):
    """The invoice table of the largest demo claim: one card per invoice at 320 px, four columns at desktop width."""
    for viewport, columns in ((NARROWEST, 1), (DESKTOP, 4)):
        context, page = open_page(browser, url_of(served, "D-1007"), viewport=viewport)
        try:
            cells = page.locator("table.invoices tr.invoice-main > *")
            lefts = {round(cells.nth(i).bounding_box()["x"]) for i in range(cells.count())}
            assert len(lefts) == columns, (viewport, lefts)
            # Stacked, each amount keeps its column's name beside it; in columns, the header says it.
            label = page.locator("table.invoices .cell-label").first
            assert label.is_visible() == (columns == 1)
            header = page.locator("table.invoices thead").bounding_box()
            assert (header["height"] > 1) == (columns == 4)  # stacked: kept for screen readers, clipped to 1 px
            # The amounts carry no currency, so the note saying it is read before them, not after the cards.
            note = page.get_by_text("Bedragen in euro", exact=True).bounding_box()
            assert note["y"] < cells.first.bounding_box()["y"]
        finally:
            context.close()


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1012"])
def test_the_first_screen_says_who_how_much_by_when_and_how_to_pay(browser, served, debtor_id):
    context, page = open_page(browser, url_of(served, debtor_id))
    try:
        for selector in (".brand", ".amount", ".amount-label", ".actions .button"):
            box = page.locator(selector).first.bounding_box()
            assert box and box["y"] + box["height"] <= PHONE["height"], selector
        page.locator(".actions .button").first.click()
        assert page.evaluate("location.hash") == "#pay"
        assert page.locator("#pay-title").is_visible()
    finally:
        context.close()


FIRST_SCREEN_LARGE_TEXT = """() => {
  const banner = document.querySelector('.demo-banner'), box = document.querySelector('.amount-box');
  const line = box.firstElementChild.getBoundingClientRect();
  return {banner: banner && banner.getBoundingClientRect().top, banner_lines: banner && banner.getClientRects().length
    && Math.round(banner.getBoundingClientRect().height / parseFloat(getComputedStyle(banner).lineHeight)),
    box: box.getBoundingClientRect().top, amount_bottom: line.bottom, lead: !!document.querySelector('.lead-box')};
}"""


@pytest.mark.parametrize(
    ("viewport", "whole_amount"), [(PHONE, False), ({"width": 390, "height": 844}, True)], ids=["360", "390"]
)
def test_with_200_percent_text_the_demo_line_leaves_the_amount_on_the_first_screen(
    browser, served, demo, viewport, whole_amount
):
    # The demo's sentence took five lines at 360 px and pushed the amount to pay below the first screen. On every
    # page that leads with the amount (a dispute or a handed-over file leads with that), its box starts on the first
    # screen at 360 px; at 390 px its label and figure fit whole. The demo line stays, at the top.
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    seen, late = 0, {}
    try:
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            page.add_style_tag(content="html { font-size: 200% !important; }")
            top = page.evaluate(FIRST_SCREEN_LARGE_TEXT)
            seen += not top["lead"]
            amount = top["amount_bottom"] if whole_amount else top["box"]
            if top["banner"] != 0 or top["banner_lines"] > 2 or (not top["lead"] and amount > viewport["height"]):
                late[debtor_id] = top
    finally:
        context.close()
    assert seen > 10 and not late, late


@pytest.fixture(scope="module")
def served_swapped(tmp_path_factory):
    """The demo with each debtor's language swapped (nl and en; D-1002 has none, so Dutch, and becomes English):
    every stage read in both languages. Served over HTTP as `served` is; yields its base URL."""
    folder = tmp_path_factory.mktemp("swapped")
    root = shutil.copytree(DEMO_LEDGER, folder / "ledger")
    _swap_languages(root)
    site = build_site(folder, ledger=root)
    assert site.exit_code == 0
    with serving(site.output) as base:
        yield base


SWAP = {"nl": "en", "en": "nl"}


def _swap_languages(root) -> None:
    """Each debtor of the ledger at `root` in the other language: nl and en; one without a language is Dutch, and
    becomes English."""
    for dossier in (root / "debtors").glob("*.yaml"):
        text = dossier.read_text(encoding="utf-8")
        swapped = re.sub(r"^language: (nl|en)$", lambda m: f"language: {SWAP[m[1]]}", text, flags=re.M)
        if swapped == text:
            swapped = re.sub(r"^(name: .*)$", r"\1\nlanguage: en", text, count=1, flags=re.M)
        dossier.write_text(swapped, encoding="utf-8")


# Where the page stands (the body's classes), whether its top box says a counsellor's wait, and where the amount's
# line and the day to pay by end; a page that leads with a dispute or a handed-over file leads with that instead.
# Then the way to pay ("Zo betaalt u"): where it starts and ends, and the notes of the box said before it.
FIRST_SCREEN_BY_WHEN = """() => {
  const bottom = (selector) => { const el = document.querySelector(selector);
    return el ? el.getBoundingClientRect().bottom : null; };
  const status = document.body.className.match(/status-(\\S+)/)[1], stage = document.body.className.match(/stage-(\\S+)/)[1];
  const lines = [...document.querySelectorAll('.amount-box .summary-line')];
  const wait = lines.some(line => /asked us to wait|gevraagd om te wachten/.test(line.textContent));
  const pay = document.querySelector('.amount-box .actions a[href="#pay"]');
  const before = pay ? lines.filter(line => line.compareDocumentPosition(pay) & Node.DOCUMENT_POSITION_FOLLOWING) : [];
  return {lang: document.documentElement.lang, kind: wait ? 'wait' : status === 'active' ? stage : status,
    lead: !!document.querySelector('.lead-box'), amount: bottom('.amount-line'), by_when: bottom('.deadline'),
    pay_top: pay && pay.getBoundingClientRect().top, pay_bottom: pay && pay.getBoundingClientRect().bottom,
    before: before.map(line => line.textContent.trim()),
    wide: document.documentElement.scrollWidth > window.innerWidth};
}"""
# The stages that name a day to pay by, each in both languages. A dispute names none (nothing is asked by a day),
# nor do paid and settled pages; a handed-over file's day is the agency's.
BY_WHEN_STAGES = {"reminder", "dunning", "final_notice", "promise", "arrangement", "settlement", "wait"}


@pytest.mark.parametrize(
    ("viewport", "size"),
    [(PHONE, "200%"), ({"width": 320, "height": 568}, "100%"), ({"width": 390, "height": 844}, "100%")],
    ids=["360-200", "320-100", "390-100"],
)
def test_the_first_screen_says_how_much_and_by_when_at_every_stage_in_both_languages(
    browser, served, served_swapped, demo, viewport, size
):
    """At 200 % text on a 360 x 640 phone, brand, heading and name took 400 px and "Betaal uiterlijk ..." ended at
    757 to 910 px, below the first screen (s50's note). Now the amount and its day end on it, on every page that
    leads with them, in Dutch and English; nothing scrolls sideways. The smallest phone at normal text as well.

    The way to pay comes right under them (s51): below the box's notes it began at 788 to 1831 px at 200 % text, and
    below 568 px on the smallest phone. Now its first button is whole on the first screen, at 200 % too: under a
    three-line name (D-1004) or a label on two lines (D-1011) only 45 px of it showed there (s52). A counsellor's wait
    is said before it."""
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    seen, late = set(), {}
    try:
        for base in (served, served_swapped):
            for debtor_id in visible_ids(demo):
                page.goto(url_of(base, debtor_id))
                page.add_style_tag(content=f"html {{ font-size: {size} !important; }}")
                top = page.evaluate(FIRST_SCREEN_BY_WHEN)
                if top["lead"] or top["by_when"] is None:
                    continue
                seen.add((top["kind"], top["lang"]))
                if max(top["amount"], top["by_when"]) > viewport["height"] or top["wide"]:
                    late[f"{debtor_id} {top['lang']}"] = top
                if not _pays_first(top, viewport["height"]):
                    late[f"{debtor_id} {top['lang']} pay"] = top
    finally:
        context.close()
    assert not late, late
    assert {(kind, lang) for kind in BY_WHEN_STAGES for lang in SWAP} <= seen, seen


# A counsellor's wait at the top, and that it changes nothing of the agreement (statement.steps.wait_on_top).
WAIT_SAID = r"asked us to wait|gevraagd om te wachten|^The wait does not change|^Het wachten verandert niets"


def _pays_first(top: dict, height: int) -> bool:
    """Whether the way to pay's first button stands whole under the amount and its day on the first screen, with no
    note before it; over a counsellor's wait (a page that names a day asks a payment), after the wait alone."""
    if top["pay_top"] is None:
        return False
    waited = [line for line in top["before"] if re.search(WAIT_SAID, line)]
    if top["before"] != waited or (top["kind"] == "wait") != bool(waited):
        return False
    return top["kind"] == "wait" or top["pay_bottom"] <= height


# The longest names the ledger takes (70 characters, docs/ledger-format.md), of long words as real ones are.
LONGEST_CREDITOR = "Installatie- en Energietechniek Vaartsche Rijn Zuidoost-Utrecht B.V."
LONGEST_DEBTOR = "Stichting Vrienden van het Historisch Openluchtmuseum Zuidoost-Drenthe"


@pytest.fixture(scope="module")
def served_long_names(tmp_path_factory):
    """The demo with the longest names: the creditor's and every debtor's, as it is and with each debtor's language
    swapped, built as a real creditor builds (a secret of its own, so no demo line). Yields the two base URLs."""
    bases = []
    with contextlib.ExitStack() as stack:
        for swapped in (False, True):
            folder = tmp_path_factory.mktemp("long-names")
            root = shutil.copytree(DEMO_LEDGER, folder / "ledger")
            _rename(root / "creditor.yaml", LONGEST_CREDITOR)
            for dossier in (root / "debtors").glob("*.yaml"):
                _rename(dossier, LONGEST_DEBTOR)
            if swapped:
                _swap_languages(root)
            site = build_site(folder, ledger=root, secret=LINKS_SECRET)
            assert site.exit_code == 0
            bases.append(stack.enter_context(serving(site.output)))
        yield bases


def _rename(path, name: str) -> None:
    """The ledger file at `path` with `name` as its own (top-level) name."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^name: .*$", f"name: {name}", text, count=1, flags=re.M), encoding="utf-8")


# The names as the top of the page shows them: each one's text, whether anything of it is cut off, and its size.
NAMES_ON_TOP = """() => [document.querySelector('.brand'), document.querySelector('.for')].map(el => ({
  text: el.textContent, cut: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight + 1
    || getComputedStyle(el).textOverflow !== 'clip', size: parseFloat(getComputedStyle(el).fontSize)}))"""


def test_with_200_percent_text_the_longest_names_leave_the_way_to_pay_on_the_first_screen(
    browser, served_long_names, demo
):
    """A creditor's and a debtor's name of 70 characters, at 200 % text on a 360 x 640 phone: the names took four and
    five lines, and the first button of the way to pay ended at 679 to 761 px, below the first screen. Now it is
    whole on it, under the amount and its day, at every stage, in Dutch and English; each name is there whole (a
    legal statement of who is owed and who owes: never cut), still larger than at normal text, and nothing scrolls
    sideways."""
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    seen, late = set(), {}
    try:
        for base in served_long_names:
            for debtor_id in visible_ids(demo):
                page.goto(f"{base}/s/{statement_token(LINKS_SECRET, debtor_id)}/")
                normal = page.evaluate(NAMES_ON_TOP)
                page.add_style_tag(content="html { font-size: 200% !important; }")
                names, top = page.evaluate(NAMES_ON_TOP), page.evaluate(FIRST_SCREEN_BY_WHEN)
                said = [name["text"] for name in names]
                whole = said[0] == LONGEST_CREDITOR and said[1].endswith(f" {LONGEST_DEBTOR}")
                grown = all(large["size"] >= 1.4 * small["size"] for small, large in zip(normal, names, strict=True))
                if not whole or any(name["cut"] for name in names) or not grown or top["wide"]:
                    late[f"{debtor_id} {top['lang']} names"] = (normal, names)
                if top["lead"] or top["by_when"] is None:
                    continue
                seen.add((top["kind"], top["lang"]))
                if max(top["amount"], top["by_when"]) > PHONE["height"] or not _pays_first(top, PHONE["height"]):
                    late[f"{debtor_id} {top['lang']}"] = {key: top[key] for key in ("by_when", "pay_bottom", "before")}
    finally:
        context.close()
    assert not late, late
    assert {(kind, lang) for kind in BY_WHEN_STAGES for lang in SWAP} <= seen, seen


# The buttons of the top box's way to pay ("Zo betaalt u", "Betaal online"): where each stands (its box), its text's
# size against the body's, on how many lines its label stands and whether it is cut; and whether the page scrolls
# sideways.
TOP_BUTTONS = """() => {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const buttons = [...document.querySelectorAll('.amount-box .actions .button')].map(b => {
    const box = b.getBoundingClientRect(), label = document.createRange();
    label.selectNodeContents(b);
    const lines = new Set([...label.getClientRects()].map(line => Math.round(line.top))).size;
    return {text: b.textContent.trim(), top: box.top, bottom: box.bottom, left: box.left, right: box.right,
      height: box.height, size: parseFloat(getComputedStyle(b).fontSize), lines,
      cut: b.scrollWidth > b.clientWidth || getComputedStyle(b).textOverflow !== 'clip'};
  });
  return {lang: document.documentElement.lang, body, buttons,
    wide: document.documentElement.scrollWidth > window.innerWidth};
}"""


@pytest.mark.parametrize(
    ("viewport", "size", "one_row"),
    [
        (PHONE, "100%", True),
        ({"width": 390, "height": 844}, "100%", True),
        (PHONE, "200%", False),
        ({"width": 1280, "height": 800}, "100%", True),
    ],
    ids=["360-100", "390-100", "360-200", "1280-100"],
)
def test_the_top_box_s_two_ways_to_pay_stand_side_by_side_on_a_phone(
    browser, served, served_swapped, demo, viewport, size, one_row
):
    """At 390 px in Dutch, "Zo betaalt u" and "Betaal online" stacked: they needed 329 px, the box has 320 (s51); at
    360 px, 302 in 290 (s52). They stand side by side there, and on a desktop, in both languages: one row, one beside
    the other. At 360 px with 200 % text they stack, cleanly: one under the other, each whole. Always inside the
    screen, each label on one line and not cut, never below a 44 px tap target, nor with text smaller than the
    body's, nor scrolling sideways."""
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    seen, wrong = set(), {}
    try:
        for base in (served, served_swapped):
            for debtor_id in visible_ids(demo):
                page.goto(url_of(base, debtor_id))
                page.add_style_tag(content=f"html {{ font-size: {size} !important; }}")
                top = page.evaluate(TOP_BUTTONS)
                buttons = top["buttons"]
                if len(buttons) < 2:
                    continue
                seen.add(top["lang"])
                small = [b for b in buttons if b["height"] < 44 or b["size"] < top["body"]]
                bad = [
                    b for b in buttons if b["left"] < 0 or b["right"] > viewport["width"] or b["lines"] != 1 or b["cut"]
                ]
                if small or bad or top["wide"] or not _side_by_side_or_stacked(buttons, one_row=one_row):
                    wrong[f"{debtor_id} {top['lang']}"] = top
    finally:
        context.close()
    assert not wrong, wrong
    assert seen == {"nl", "en"}, seen


def _side_by_side_or_stacked(buttons: list[dict], *, one_row: bool) -> bool:
    """Whether each button stands beside the one before it (the same top, its left edge past the other's right), or
    (where `one_row` does not ask for a row) wholly under it; never overlapping."""
    for before, button in itertools.pairwise(buttons):
        beside = round(button["top"]) == round(before["top"]) and button["left"] >= before["right"]
        under = button["top"] >= before["bottom"]
        if not (beside or (under and not one_row)):
            return False
    return True


def test_a_dispute_page_leads_with_the_dispute_and_its_answer_date_then_the_amount(browser, served, demo):
    claim = demo[1]["D-1013"]
    assert claim.status == "dispute"
    context, page = open_page(browser, url_of(served, "D-1013"))
    try:
        heading = page.locator(".lead-dispute .lead-heading").bounding_box()
        answer = page.get_by_text(fmt.day(claim.next_action.due)).bounding_box()
        amount = page.locator(".amount").bounding_box()
        assert heading["y"] < answer["y"] < amount["y"]
        assert answer["y"] + answer["height"] <= PHONE["height"]  # the dispute and its date on the first screen
    finally:
        context.close()


@pytest.mark.parametrize("debtor_id", ["D-1008", "D-1009"])
def test_a_handed_over_page_says_first_who_has_the_file_and_how_to_reach_them(browser, served, debtor_id):
    context, page = open_page(browser, url_of(served, debtor_id))
    try:
        lead = page.locator(".lead-box")
        assert lead.locator(".lead-heading").bounding_box()["y"] < page.locator(".amount").bounding_box()["y"]
        phone = lead.locator("a[href^='tel:']")
        assert phone.count() == 1 and phone.is_visible()
    finally:
        context.close()


# -- how to pay: on a phone the link and the details first, the QR code after ---------------------------


def boxes(page, *selectors):
    return [page.locator(f"#pay {selector}").first.bounding_box() for selector in selectors]


def test_on_a_phone_the_payment_link_and_details_come_before_the_qr_codes(browser, served):
    context, page = open_page(browser, url_of(served, "D-1006"))
    try:
        online, details, qr, link_qr = boxes(page, ".pay-online", ".pay-data", ".qr-transfer svg", ".qr-link svg")
        # One column, top to bottom: pay online, the details to copy, then the codes a phone cannot scan itself.
        assert online["y"] + online["height"] <= details["y"]
        assert details["y"] + details["height"] <= qr["y"]
        assert qr["y"] + qr["height"] <= link_qr["y"]
        assert all(box["x"] + box["width"] <= PHONE["width"] for box in (online, details, qr, link_qr))
    finally:
        context.close()


def test_on_a_wide_screen_each_qr_code_stands_beside_what_it_encodes(browser, served):
    context, page = open_page(browser, url_of(served, "D-1006"), viewport=DESKTOP)
    try:
        online, details, qr, link_qr = boxes(page, ".pay-online", ".pay-data", ".qr-transfer svg", ".qr-link svg")
        assert qr["x"] >= details["x"] + details["width"]  # to the right of the bank details
        assert qr["y"] < details["y"] + details["height"] and details["y"] < qr["y"] + qr["height"]  # side by side
        assert link_qr["x"] >= online["x"] + online["width"]  # the link's code beside the link
        assert link_qr["y"] < online["y"] + online["height"] and online["y"] < link_qr["y"] + link_qr["height"]
    finally:
        context.close()


# -- nothing from elsewhere, nothing blocked --------------------------------------------------------


def test_the_page_loads_nothing_from_elsewhere_and_the_policy_blocks_nothing(browser, served, demo):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    requests, problems = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert requests and all(url.startswith(served + "/") for url in requests), requests
    assets = [urlsplit(url) for url in requests if urlsplit(url).path.endswith((".css", ".js"))]
    assert {asset.path.rsplit("/", 2)[-2] for asset in assets} == {"css", "js"}
    assert all(re.fullmatch(r"v=[0-9a-f]{12}", asset.query) for asset in assets)  # each by its content's digest
    assert problems == []


# -- with and without JavaScript ----------------------------------------------------------------------


def test_copy_buttons_copy_the_plain_values(browser, served, demo):
    iban = demo[0].creditor.iban
    context, page = open_page(browser, url_of(served, "D-1006"), permissions=["clipboard-read", "clipboard-write"])
    try:
        # A copy's status is shown for 2.5 s: read at the page's time, not in a window a loaded machine may overrun.
        hold_page_time(page)
        values = page.locator("[data-copy]")
        assert page.locator(".copy-button").count() == values.count() == 5
        page.get_by_role("button", name="Kopieer IBAN").click()
        assert page.evaluate("navigator.clipboard.readText()") == iban
        wait_until(page, "document.getElementById('copy-status').textContent === 'Gekopieerd: IBAN'", page_ms=10)
        # The same field again: the status is emptied first, so a screen reader hears it again.
        page.evaluate(
            "window.said = []; new MutationObserver(() => said.push(document.getElementById('copy-status')"
            ".textContent)).observe(document.getElementById('copy-status'), {childList: true, subtree: true,"
            " characterData: true})"
        )
        page.locator("button:has(+ [data-copy-name='IBAN'])").click()
        wait_until(page, "window.said.includes('Gekopieerd: IBAN')", page_ms=10)
        assert page.evaluate("window.said")[:2] == ["", "Gekopieerd: IBAN"]  # emptied, then said again
        page.get_by_role("button", name="Kopieer Bedrag").click()
        assert page.evaluate("navigator.clipboard.readText()") == "1351,41"
    finally:
        context.close()


def test_a_copy_the_clipboard_refuses_keeps_the_focus_on_the_button_and_says_what_happened(browser, served):
    context = browser.new_context(viewport=PHONE)
    # A browser that refuses the clipboard API (an in-app browser, say): the old way is tried instead.
    context.add_init_script("navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));")
    page = context.new_page()
    try:
        page.goto(url_of(served, "D-1006"))
        hold_page_time(page)  # the old way may copy: a success's status is shown for 2.5 s of the page's time
        button = page.get_by_role("button", name="Kopieer IBAN")
        button.focus()
        page.keyboard.press("Enter")
        wait_until(page, "document.getElementById('copy-status').textContent !== ''", page_ms=10)
        focused = page.evaluate("document.activeElement.className")
        status = page.locator("#copy-status").inner_text()
        page.keyboard.press("Tab")
        after = page.evaluate("document.activeElement.getAttribute('aria-label')")
    finally:
        context.close()
    assert focused == "copy-button" or "is-copied" in focused
    assert status in ("Gekopieerd: IBAN", "Kopiëren lukte niet; de tekst is geselecteerd, kopieer hem zelf: IBAN")
    assert after and after.endswith("BIC")  # the next copy button, not the top of the page


def test_the_amount_to_pay_stays_on_one_line_at_320px(browser, served, demo):
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    try:
        lines = {}
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            amount = page.locator(".summary .amount")
            if amount.count():
                lines[debtor_id] = page.evaluate(
                    "el => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)",
                    amount.element_handle(),
                )
    finally:
        context.close()
    assert len(lines) > 5 and all(round(n) == 1 for n in lines.values()), lines


# WCAG 1.4.12: what a reader's own style sheet may set; the page must lose nothing with it.
TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
BROKEN_FIGURES = """() => [...document.querySelectorAll('.summary .amount .figure, .pay-data .figure')]
  .filter(el => el.getClientRects().length !== 1).map(el => el.textContent)"""


LARGER_TEXT = [
    (NARROWEST, TEXT_SPACING),
    ({"width": 320, "height": 640}, "html { font-size: 125% !important; }"),
    ({"width": 360, "height": 740}, "html { font-size: 150% !important; }"),
    ({"width": 390, "height": 844}, "html { font-size: 200% !important; }"),
]


@pytest.mark.parametrize("viewport, style", LARGER_TEXT)
def test_no_figure_of_the_amount_to_pay_breaks_with_larger_text_or_wider_spacing(
    browser, served, demo, viewport, style
):
    # "EUR 13.695,5" over "5" reads as another amount: the figure stays whole, "EUR" may go on a line of its own.
    context = browser.new_context(viewport=viewport, bypass_csp=True)  # the reader's style, as an extension adds it
    page = context.new_page()
    try:
        broken, seen = {}, 0
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            page.add_style_tag(content=style)
            seen += page.locator(".summary .amount .figure, .pay-data .figure").count()
            broken[debtor_id] = page.evaluate(BROKEN_FIGURES)
    finally:
        context.close()
    assert seen > 10 and not any(broken.values()), broken


# Each value to copy in the pay box: the words that stand on more than one line, whether the amount ("EUR 1.351,41")
# is on one line, and whether its copy button is under it (its top below the value's bottom).
SPLIT_COPY_VALUES = """() => [...document.querySelectorAll('.pay-data .copy-value')].map(value => {
  const lines = range => new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
  const split = [], tops = new Set(), walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
      const on = lines(range);
      if (on.size > 1) split.push(word[0]);
      on.forEach(top => tops.add(top));
    }
  }
  const button = value.parentElement.querySelector('.copy-button').getBoundingClientRect();
  return {name: value.dataset.copyName, text: value.textContent, split, lines: tops.size,
          under: button.top >= value.getBoundingClientRect().bottom - 0.5};
})"""


@pytest.mark.parametrize(
    "viewport, size",
    [(PHONE, "200%"), ({"width": 360, "height": 740}, "150%"), (NARROWEST, "200%")],
    ids=["360-200", "360-150", "320-200"],
)
def test_with_large_text_a_value_to_copy_breaks_only_between_its_words_its_button_under_it(
    browser, served, demo, viewport, size
):
    """At 150 and 200 % text on a 360 px phone the BIC stood as "RAB / ON / L2U", the account's name as "Inst / alla /
    tietechniek" and the amount as "EUR / 1.351,41" beside the copy button (a debtor's review, s66): what is typed
    over from the screen breaks at its spaces only, the amount not at all, and each button goes under its value."""
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    wrong, seen = {}, set()
    try:
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            page.add_style_tag(content=f"html {{ font-size: {size} !important; }}")
            for value in page.evaluate(SPLIT_COPY_VALUES):
                seen.add(value["text"].split()[0])
                amount_split = value["text"].startswith("EUR") and value["lines"] > 1
                if value["split"] or amount_split or not value["under"]:
                    wrong.setdefault(debtor_id, []).append(value)
    finally:
        context.close()
    assert {"EUR", "RABONL2U", "Installatietechniek", "DOM-2026-0815"} <= seen, seen
    assert not wrong, wrong


@pytest.mark.parametrize(
    "viewport, style",
    [
        *LARGER_TEXT,
        (NARROWEST, "html { font-size: 150% !important; }"),
        (NARROWEST, "html { font-size: 200% !important; }"),
    ],
)
def test_no_page_scrolls_sideways_with_larger_text(browser, served, demo, viewport, style):
    # WCAG 1.4.4 with 1.4.10: the payments, interest and totals tables stood in columns whatever the text size,
    # so at 150 % on a 320 px phone (200 % on 390 px) the page scrolled sideways to reach the amounts.
    context = browser.new_context(viewport=viewport, bypass_csp=True)
    page = context.new_page()
    wide, tables = {}, 0
    try:
        for debtor_id in visible_ids(demo):
            page.goto(url_of(served, debtor_id))
            page.add_style_tag(content=style)
            tables += page.locator("table.payments, table.interest, table.totals, table.plan-table").count()
            sticking_out = page.evaluate(TOO_WIDE, viewport["width"])
            if page.evaluate("document.documentElement.scrollWidth") > viewport["width"] or sticking_out:
                wide[debtor_id] = sticking_out[:3]
    finally:
        context.close()
    assert tables > 20 and not wide, wide


def test_a_long_payment_host_or_bailiff_s_name_stays_on_a_320px_screen(browser, served):
    # A button is as wide as its longest word unless told: the whole page then scrolls sideways (WCAG 1.4.10).
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    try:
        page.goto(url_of(served, "D-1006"))
        page.evaluate(
            """() => document.querySelectorAll('.button').forEach(b => b.textContent =
            'Mail Gerechtsdeurwaarderskantoor Haverkamp-Zuidervaart (betalen.installatietechniekvaartscherijn.nl)')"""
        )
        assert page.locator(".button").count() > 0
        wide = page.evaluate("() => document.documentElement.scrollWidth")
    finally:
        context.close()
    assert wide <= NARROWEST["width"]


@pytest.mark.parametrize("size", ["150%", "200%"])
def test_the_skip_link_waits_out_of_sight_at_large_text_until_focused(browser, served, size):
    context = browser.new_context(viewport=NARROWEST, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(url_of(served, "D-1006"))
        page.add_style_tag(content=f"html {{ font-size: {size} !important; }}")
        link = page.locator(".skip-link")
        hidden = link.bounding_box()
        page.keyboard.press("Tab")
        shown = link.bounding_box()
    finally:
        context.close()
    assert hidden["y"] + hidden["height"] <= 0  # two lines high, still wholly above the page
    assert shown["y"] >= 0


FOCUS_RING = """el => {
  const c = getComputedStyle(el).outlineColor.match(/[\\d.]+/g).map(Number);
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  return {style: getComputedStyle(el).outlineStyle, ratio: 1.05 / (lum + 0.05)};
}"""


def test_the_keyboard_focus_ring_stands_out_3_to_1_against_the_white_page(browser, served):
    context, page = open_page(browser, url_of(served, "D-1006"))
    try:
        for _ in range(3):
            page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING, page.evaluate_handle("document.activeElement"))
    finally:
        context.close()
    assert ring["style"] == "solid" and ring["ratio"] >= 3, ring  # WCAG 1.4.11


# Where the focus is after each Tab: the element, its place on the page, its ring, and whether it shows.
FOCUSED = """() => { const el = document.activeElement, box = el.getBoundingClientRect(), s = getComputedStyle(el);
  return {name: (el.getAttribute('aria-label') || el.textContent).trim().replace(/\\s+/g, ' '),
          tag: el.tagName.toLowerCase(), top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left,
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          shown: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth}; }"""


def tab_stops(page) -> list[dict]:
    """Each element the Tab key stops at, in turn, from the top of the page to its end."""
    stops = []
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            return stops
        stops.append(page.evaluate(FOCUSED))
    raise AssertionError(f"the Tab key never left the page: {[stop['name'] for stop in stops[-5:]]}")


@pytest.mark.parametrize("debtor_id", ["D-1001", "D-1012", "D-1013"])  # nl; en with a plan; nl in dispute
def test_the_keyboard_goes_down_the_page_in_reading_order_each_stop_in_sight_with_its_ring(browser, served, debtor_id):
    # WCAG 2.4.3, 2.4.7 and 2.4.11: checked by hand in session 45; kept so that a new control keeps to it.
    context, page = open_page(browser, url_of(served, debtor_id))
    try:
        stops = tab_stops(page)
    finally:
        context.close()
    names = [stop["name"] for stop in stops]
    assert (
        names[0] in ("Direct naar de inhoud", "Skip to content")
        and sum("Kopieer" in n or "Copy" in n for n in names) >= 4
    )
    # Top to bottom; two stops on one row (side by side, or a link that follows a button) left to right.
    for before, after in zip(stops[1:], stops[2:]):
        beside = after["top"] < before["bottom"] and after["left"] > before["left"]
        assert after["top"] >= before["bottom"] - 1 or beside, (before["name"], after["name"])
    assert [stop["name"] for stop in stops if not (stop["ring"] and stop["shown"])] == []


def test_a_copy_button_copies_with_the_enter_key_and_the_space_bar_and_keeps_the_focus(browser, served, demo):
    iban = demo[0].creditor.iban
    context, page = open_page(browser, url_of(served, "D-1006"), permissions=["clipboard-read", "clipboard-write"])
    try:
        hold_page_time(page)  # a button says it copied for 2.5 s: read at the page's time, while it says so
        button = page.get_by_role("button", name="Kopieer IBAN")
        button.focus()
        page.keyboard.press("Enter")
        wait_until(page, "document.getElementById('copy-status').textContent === 'Gekopieerd: IBAN'", page_ms=10)
        assert page.evaluate("navigator.clipboard.readText()") == iban
        page.get_by_role("button", name="Kopieer Bedrag").focus()
        page.keyboard.press("Space")
        wait_until(page, "document.getElementById('copy-status').textContent === 'Gekopieerd: Bedrag'", page_ms=10)
        assert page.evaluate("navigator.clipboard.readText()") == "1351,41"
        focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    finally:
        context.close()
    assert focused == "Gekopieerd Bedrag"  # still on the button, its name saying what it did


# Each control's edge where forced colours (Windows' contrast themes) drop the backgrounds: a border.
EDGELESS = """() => [...document.querySelectorAll('a.button, button')].filter(el => {
  const s = getComputedStyle(el);
  return !['Top', 'Right', 'Bottom', 'Left'].every(side =>
    s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) >= 1);
}).map(el => el.textContent.trim())"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_in_forced_colours_the_buttons_keep_their_edge_and_the_qr_codes_still_scan(browser, served, demo, scheme):
    # WCAG 1.4.11 under a contrast theme: checked by hand in session 45 (the pictures looked right); kept.
    ledger, claims = demo
    expected = statement_view(claims["D-1006"], ledger).pay.payload
    context, page = open_page(
        browser, url_of(served, "D-1006"), forced_colors="active", color_scheme=scheme, device_scale_factor=2
    )
    try:
        assert page.evaluate("matchMedia('(forced-colors: active)').matches")
        edgeless = page.evaluate(EDGELESS)
        buttons = page.locator("a.button, button").count()
        codes = [decode_png(code.screenshot()) for code in page.locator("#pay figure svg").all()]
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        ring = page.evaluate(FOCUS_RING, page.evaluate_handle("document.activeElement"))
    finally:
        context.close()
    assert buttons >= 8 and edgeless == []
    assert len(codes) == 2 and codes[0] == [expected] and len(codes[1]) == 1
    assert ring["style"] == "solid"


def test_everything_works_without_javascript(browser, served):
    context, page = open_page(browser, url_of(served, "D-1006"), java_script_enabled=False)
    try:
        assert page.locator(".copy-button").count() == 0
        assert page.locator("[data-copy]").first.is_visible()
        assert page.get_by_text("NL34 RABO 0372 9184 65").is_visible()
        page.locator(".actions .button").first.click()
        assert page.url.endswith("#pay")
        assert page.locator("#pay svg.qr").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("link", [".footer-links a[href$='voorwaarden.html']", ".footer-links a[href*='hulp.html']"])
def test_the_terms_and_help_pages_lead_back_to_the_statement_that_linked_them(browser, served, link):
    """They cannot link to it (they name no debtor): the button goes back in the browser's history, and is
    there only when there is a page to go back to (phone review, finding 13)."""
    statement = url_of(served, "D-1006")
    context, page = open_page(browser, statement)
    try:
        page.locator(link).click()
        back = page.get_by_role("button", name="Terug naar uw overzicht")
        expect(back).to_be_visible()
        assert back.bounding_box()["height"] >= 44
        back.click()
        page.wait_for_url(statement)
        page.locator(link).click()
        page.locator(".language a").click()  # the other language's page: back would lead here, not home
        expect(page.locator(".back")).to_be_hidden()
        opened_alone = context.new_page()
        opened_alone.goto(f"{served}/voorwaarden.html")
        expect(opened_alone.locator(".back")).to_be_hidden()
    finally:
        context.close()
    context, page = open_page(browser, statement, java_script_enabled=False)
    try:
        page.locator(link).click()
        expect(page.locator(".back")).to_be_hidden()  # no dead button without the script
    finally:
        context.close()


# -- print: a clean A4 letter -------------------------------------------------------------------------


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1011"])
def test_print_gives_an_a4_letter_without_controls(browser, served, debtor_id):
    context = browser.new_context(viewport={"width": A4_CONTENT_WIDTH, "height": A4_CONTENT_HEIGHT})
    page = context.new_page()
    try:
        page.goto(url_of(served, debtor_id))
        page.emulate_media(media="print")
        for hidden in (".actions", ".copy-button", ".skip-link", ".options .button"):
            assert all(not el.is_visible() for el in page.locator(hidden).all()), hidden
        assert page.locator("#pay figure:not(.qr-figure-small) svg").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= A4_CONTENT_WIDTH
        summary = page.locator(".summary").bounding_box()
        assert summary["y"] + summary["height"] < A4_CONTENT_HEIGHT  # the key figures are on page one
        pdf = page.pdf(format="A4", print_background=True)
    finally:
        context.close()
    assert pdf.startswith(b"%PDF")
    sizes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf))
    assert sizes and all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in sizes)
    # How to pay starts on page one (kept whole, it left a third of the page blank); its details stay together.
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    assert "Zo betaalt u" in pages[0]
    (details,) = [text for text in pages if "NL34 RABO 0372 9184 65" in text]
    assert "Betalingskenmerk" in details and "Naam ontvanger" in details


# -- contrast -------------------------------------------------------------------------------------


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1008", "D-1009", "D-1012", "D-1013", "D-1014"])
def test_text_contrast_meets_wcag_aa(browser, served, debtor_id):
    context, page = open_page(browser, url_of(served, debtor_id))
    try:
        result = text_contrast(page)
    finally:
        context.close()
    assert result["checked"] > 50
    assert result["failures"] == []


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1008", "D-1012", "D-1013", "D-1014"])
def test_a_dark_page_where_the_phone_asks_for_one_with_aa_contrast_and_qr_codes_still_dark_on_white(
    browser, served, demo, debtor_id
):
    """prefers-color-scheme: dark left the page all white (phone review, finding 15). Dark now, every text at
    AA contrast, and each QR code dark on its own white square with its quiet zone: it still decodes."""
    ledger, claims = demo
    context, page = open_page(browser, url_of(served, debtor_id), color_scheme="dark", device_scale_factor=2)
    try:
        assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "light dark"
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        result = text_contrast(page)
        codes = sorted(text for svg in page.locator("svg.qr").all() for text in decode_png(svg.screenshot()))
    finally:
        context.close()
    assert background == "rgb(18, 20, 23)"
    assert result["checked"] > 50 and result["failures"] == []
    pay = statement_view(claims[debtor_id], ledger).pay
    assert codes == ([] if pay is None else sorted(filter(None, (pay.payload, pay.link))))


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_the_public_pages_are_dark_with_aa_contrast_too(browser, served, name):
    context, page = open_page(browser, f"{served}/{name}", color_scheme="dark")
    try:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        result = text_contrast(page)
    finally:
        context.close()
    assert background == "rgb(18, 20, 23)"
    assert result["checked"] > 5 and result["failures"] == []


def test_the_footer_links_are_targets_24px_high(browser, served):
    context, page = open_page(browser, url_of(served, "D-1012"))  # English: each link on one line
    try:
        heights = page.evaluate(
            "[...document.querySelectorAll('.footer-links a')].map(a => a.getBoundingClientRect().height)"
        )
    finally:
        context.close()
    assert len(heights) == 2 and min(heights) >= 24, heights


# -- a phone in the hand: targets, lines, copying (the phone review of session 26) -----------------


# Links that stand alone on their line, in no sentence (WCAG 2.5.8's exception is for links inside a sentence).
ALONE = (".footer-links a", ".help-more a", ".contact > p:last-child > a", "main a[href^='mailto:']")


@pytest.mark.parametrize("debtor_id", ["D-1017", "D-1019"])
def test_links_alone_on_their_line_are_44px_targets_at_360px(browser, served, debtor_id):
    """The help with money worries, the terms, the e-mail address and the footer's links: a stressed debtor taps them
    on a phone; they were 20 to 29 px high (the phone review of session 49)."""
    context, page = open_page(browser, url_of(served, debtor_id), has_touch=True, is_mobile=True)
    try:
        boxes = {
            selector: page.evaluate(
                f"[...document.querySelectorAll({selector!r})].map(a => a.getBoundingClientRect().height)"
            )
            for selector in ALONE
        }
        wide = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert all(boxes.values()) and all(min(heights) >= 44 for heights in boxes.values()), boxes
    assert wide <= PHONE["width"]


def test_phone_numbers_and_copy_buttons_are_44px_targets_at_360px(browser, served):
    """Calling is the way out a debtor most often takes: the number is a button as the mail buttons are."""
    for debtor_id in ("D-1006", "D-1008"):
        context, page = open_page(browser, url_of(served, debtor_id), has_touch=True, is_mobile=True)
        try:
            tel = page.evaluate(
                "[...document.querySelectorAll('main a[href^=\"tel:\"]')].map(a => [a.textContent,"
                " a.getBoundingClientRect().height, a.getBoundingClientRect().width])"
            )
            copy = page.evaluate(
                "[...document.querySelectorAll('.copy-button')].map(b => b.getBoundingClientRect().height)"
            )
        finally:
            context.close()
        assert len(tel) >= 3 and all(height >= 44 and width >= 44 for _, height, width in tel), (debtor_id, tel)
        assert len(copy) >= 4 and min(copy) >= 44, (debtor_id, copy)


BUTTON_BOXES = """() => [...document.querySelectorAll('.copy-button')].map(b => {
  const r = b.getBoundingClientRect(); return [Math.round(r.right), Math.round(r.width)]; })"""


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1012"])  # Dutch "Kopieer"/"Gekopieerd", English "Copy"/"Copied"
def test_copy_buttons_stand_in_one_column_and_do_not_move_when_tapped_at_360px(browser, served, debtor_id):
    """At 360 px a button stood beside a short value and under a long one, and grew when it said
    "Gekopieerd": a finger going back for the next one missed it."""
    context, page = open_page(
        browser, url_of(served, debtor_id), has_touch=True, permissions=["clipboard-read", "clipboard-write"]
    )
    try:
        hold_page_time(page)  # a button says it copied for 2.5 s: measured at the page's time, while it says so
        before = page.evaluate(BUTTON_BOXES)
        page.locator(".copy-button").nth(1).tap()
        wait_until(page, "document.querySelector('.copy-button.is-copied') !== null")
        after = page.evaluate(BUTTON_BOXES)
    finally:
        context.close()
    assert len(before) == 5 and len({tuple(box) for box in before}) == 1, before  # one right edge, one width
    assert after == before


# The line boxes a piece of text takes in `selector`: one when it stands whole on its line.
LINES_OF = """([selector, needle]) => {
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + needle.length);
      return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
    }
  }
  return 0;
}"""


@pytest.mark.parametrize("width", [320, 360, 390])
def test_an_iban_a_reference_and_a_phone_number_are_never_split_over_two_lines(browser, served, width):
    """ "RF44 D100" over "6" reads as two numbers."""
    context, page = open_page(browser, url_of(served, "D-1006"), viewport={"width": width, "height": 740})
    try:
        lines = {
            needle: page.evaluate(LINES_OF, [selector, needle])
            for selector, needle in (
                (".pay-data", "NL34 RABO 0372 9184 65"),
                (".pay-data", "RF44 D100 6"),
                (".contact p", "RF44 D100 6"),
                (".warning", "+31 30 204 18 60"),
                (".options", "0900-8020"),
            )
        }
    finally:
        context.close()
    assert lines == dict.fromkeys(lines, 1), lines


@pytest.mark.parametrize("width", [320, 360, 390])
def test_the_comma_after_a_reference_stays_on_its_line(browser, served, width):
    """ "Noem uw betalingskenmerk RF55 D100 2" with ", dan kunnen wij..." starting the next line (re-read, s35): a
    part kept whole stands as a box, and a line may break after a box even before a comma."""
    context, page = open_page(browser, url_of(served, "D-1002"), viewport={"width": width, "height": 740})
    try:
        lines = page.evaluate(LINES_OF, [".contact p", "RF55 D100 2,"])
    finally:
        context.close()
    assert lines == 1


# Where the lines of a link's text end: the character before each break.
BREAKS_IN = """(selector) => {
  const el = document.querySelector(selector);
  const text = el.textContent, range = document.createRange(), breaks = [];
  let top = null, offset = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++, offset++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = [...range.getClientRects()].find(r => r.width > 0);
      if (!rect) continue;
      if (top !== null && Math.round(rect.top) > top) breaks.push(text[offset - 1]);
      top = Math.round(rect.top);
    }
  }
  return [text, breaks];
}"""


@pytest.mark.parametrize(("width", "style"), [(390, ""), (320, "html { font-size: 200% !important; }")])
def test_an_email_address_breaks_only_after_its_at_or_a_dot(browser, served, width, style):
    """'debiteuren@vaartscherijn.example.n' over 'l' (phone review): an address too long for its line goes on
    after its @ or a dot, and is still the whole address to copy."""
    context = browser.new_context(viewport={"width": width, "height": 740}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(url_of(served, "D-1006"))
        if style:
            page.add_style_tag(content=style)
        text, breaks = page.evaluate(BREAKS_IN, ".contact a[href^='mailto:']")
    finally:
        context.close()
    assert text == "debiteuren@vaartscherijn.example.nl"
    assert breaks and set(breaks) <= {"@", "."}, breaks


def test_with_200_percent_text_at_320px_the_name_and_the_heading_break_between_words_and_nothing_overflows(
    browser, served
):
    """'Installatietech' over 'niek' and 'betaaloverz' over 'icht' (phone review, finding 14): the creditor's
    name and the page's heading stay no larger than their longest word fits; other text is hyphenated in the
    page's language where the browser can (Debian's chromium has no dictionaries: set, not seen here), but
    never an address, an IBAN or a figure."""
    context = browser.new_context(viewport=NARROWEST, bypass_csp=True)
    page = context.new_page()
    urls = [url_of(served, "D-1006"), url_of(served, "D-1012")] + [f"{served}/{name}" for name in PUBLIC_PAGES]
    mid_word, wide = {}, {}
    try:
        for url in urls:
            page.goto(url)
            page.add_style_tag(content="html { font-size: 200% !important; }")
            for selector in (".brand", "h1"):
                text, breaks = page.evaluate(BREAKS_IN, selector)
                if set(breaks) - {" "}:
                    mid_word[(url, selector)] = (text, breaks)
            if page.evaluate("document.documentElement.scrollWidth") > NARROWEST["width"]:
                wide[url] = page.evaluate(TOO_WIDE, NARROWEST["width"])[:3]
        page.goto(url_of(served, "D-1006"))
        hyphens = page.evaluate(
            "['.message p', '.pay-data .copy-value', '.contact-data a']"
            ".map(s => getComputedStyle(document.querySelector(s)).hyphens)"
        )
    finally:
        context.close()
    assert mid_word == {} and wide == {}, (mid_word, wide)
    assert hyphens == ["auto", "manual", "manual"]


def test_the_amount_selected_by_hand_is_the_figure_without_eur(browser, served):
    """Without the copy buttons (no JavaScript), a double tap on the amount selected "EUR 1.351,41", which a
    bank app's amount field refuses."""
    context, page = open_page(browser, url_of(served, "D-1006"), java_script_enabled=False)
    try:
        page.locator(".pay-data .copy-value .figure").dblclick()
        figure = page.evaluate("window.getSelection().toString()")
        page.locator(".pay-data .copy-amount").click(position={"x": 5, "y": 5})  # on "EUR"
        currency = page.evaluate("window.getSelection().toString()")
    finally:
        context.close()
    assert figure == "1.351,41"
    assert "EUR" not in currency


@pytest.fixture(scope="module")
def served_under_a_path(tmp_path_factory):
    """The demo built for https://x.example.nl/betalen/ and served there, as a host serves a site in a folder:
    a missing path gets 404.html."""
    extra = ["--public-url", "https://x.example.nl/betalen/"]
    site = build_site(tmp_path_factory.mktemp("sub"), extra=extra, secret=LINKS_SECRET)
    assert site.exit_code == 0

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            inside = path.removeprefix("/betalen")
            return super().translate_path(inside if inside != path else "/nowhere")

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = (site.output / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None

        def log_message(self, *args):
            return None

    handler = functools.partial(Handler, directory=str(site.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/betalen"
    server.shutdown()
    thread.join()


@pytest.mark.parametrize("path", ["/s/", "/s/nolink/", "/s/deeper/still/gone.html", "/nothing-here"])
def test_the_missing_page_keeps_its_styling_when_the_site_is_served_in_a_folder(browser, served_under_a_path, path):
    context, page = open_page(browser, served_under_a_path + path)
    try:
        brand = page.evaluate("getComputedStyle(document.querySelector('.brand')).fontWeight")
        width = page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth")
        title = page.title()
    finally:
        context.close()
    assert title == "Pagina niet gevonden – Page not found"
    assert (brand, width) == ("700", f"{46 * 16}px")  # site.css: .brand bold, .wrap 46rem
