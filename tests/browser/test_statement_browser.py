"""Statement pages in a real browser: phone width, QR codes read back, no outside requests, print.

The demo is served over HTTP from 127.0.0.1 (as a host would serve it), so the
Content-Security-Policy and the clipboard behave as they do for a reader.
"""

import functools
import http.server
import re
import threading
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import amount_to_pay
from incasso.payments.tokens import DEMO_SECRET, statement_token
from incasso.statement.view import statement_view
from tests.support.qrdecode import decode_png
from tests.support.site import AS_OF, DEMO_LEDGER, ledger_as_built

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 640}
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

CONTRAST = """() => {
  const parse = c => { const p = c.match(/[\\d.]+/g).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = ({r, g, b}) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let base = {r: 255, g: 255, b: 255};
    for (const c of layers.reverse()) base = {r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a), b: c.b * c.a + base.b * (1 - c.a)};
    return base;
  };
  const failures = []; let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const style = getComputedStyle(el), box = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) continue;
    const a = lum(parse(style.color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    checked++;
    if (ratio < (large ? 3 : 4.5)) failures.push(el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
  }
  return {checked, failures};
}"""


@pytest.fixture(scope="session")
def served(demo_site):
    """The demo's public output over HTTP on 127.0.0.1; yields its base URL."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo_site.output))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


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
    expected = statement_view(claim, ledger.creditor).pay.payload
    context, page = open_page(browser, url_of(served, debtor_id), device_scale_factor=2)
    try:
        png = page.locator("#pay figure:not(.qr-figure-small) svg").screenshot()
    finally:
        context.close()
    assert decode_png(png) == [expected]
    amount = Decimal(expected.split("\n")[7].removeprefix("EUR"))
    assert amount == amount_to_pay(claim)
    if claim.status == "arrangement":
        due = claim.plan.due_now if claim.plan.due_now > 0 else claim.plan.next_open.open
        assert amount == due < claim.total_due
    elif claim.status in ("promise", "dispute"):
        assert amount == claim.total_due  # the whole amount was promised; a dispute shows all, with a note
    else:
        assert amount == claim.amount_due_now


def test_the_payment_link_has_its_own_qr_code(browser, served):
    context, page = open_page(browser, url_of(served, "D-1001"), device_scale_factor=2)
    try:
        link = page.locator(".pay-link a").get_attribute("href")
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


def test_the_qr_code_has_a_text_alternative(browser, served):
    context, page = open_page(browser, url_of(served, "D-1003"))
    try:
        qr = page.get_by_role("img", name=re.compile(r"^QR code for a transfer of EUR\s189\.29 to "))
        assert qr.count() == 1
    finally:
        context.close()


# -- a phone, 360 px wide ---------------------------------------------------------------------------


def test_every_page_fits_a_360px_phone(browser, served, demo):
    urls = [url_of(served, i) for i in visible_ids(demo)]
    urls += [f"{served}/{name}" for name in ("voorwaarden.html", "voorwaarden-en.html", "hulp.html", "hulp-en.html")]
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        for url in urls:
            page.goto(url)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url
    finally:
        context.close()


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1012", "D-1013"])
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
    assert {url.rsplit("/", 2)[-2] for url in requests if url.endswith((".css", ".js"))} == {"css", "js"}
    assert problems == []


# -- with and without JavaScript ----------------------------------------------------------------------


def test_copy_buttons_copy_the_plain_values(browser, served, demo):
    iban = demo[0].creditor.iban
    context, page = open_page(browser, url_of(served, "D-1006"), permissions=["clipboard-read", "clipboard-write"])
    try:
        values = page.locator("[data-copy]")
        assert page.locator(".copy-button").count() == values.count() == 5
        page.get_by_role("button", name="Kopieer IBAN").click()
        assert page.evaluate("navigator.clipboard.readText()") == iban
        assert page.locator("#copy-status").inner_text() == "Gekopieerd: IBAN"
        page.get_by_role("button", name="Kopieer Bedrag").click()
        assert page.evaluate("navigator.clipboard.readText()") == "1351,41"
    finally:
        context.close()


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


# -- contrast -------------------------------------------------------------------------------------


@pytest.mark.parametrize("debtor_id", ["D-1006", "D-1012", "D-1013", "D-1014"])
def test_text_contrast_meets_wcag_aa(browser, served, debtor_id):
    context, page = open_page(browser, url_of(served, debtor_id))
    try:
        result = page.evaluate(CONTRAST)
    finally:
        context.close()
    assert result["checked"] > 50
    assert result["failures"] == []
