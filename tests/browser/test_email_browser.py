"""The e-mails' HTML parts in a real browser at a phone's width: nothing runs off the screen.

Every e-mail the demo and the letters fixture write, each built with a public
address so that the personal link (the longest line) is in it.
"""

from __future__ import annotations

import re

import pytest

from tests.support.axe import violations
from tests.support.letters import AS_OF as LETTERS_AS_OF
from tests.support.letters import LETTERS_LEDGER, PUBLIC_URL, read_eml
from tests.support.site import DEMO_LEDGER, LINKS_SECRET, build_site

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 640}
# What sticks out on the right, to name in a failure.
TOO_WIDE = """(width) => [...document.querySelectorAll('body *')]
  .filter(el => el.getBoundingClientRect().right > width + 0.5)
  .map(el => el.tagName.toLowerCase() + ' ' + Math.round(el.getBoundingClientRect().right) + ' '
    + (el.textContent || '').trim().slice(0, 40))"""


@pytest.fixture(scope="module")
def emails(tmp_path_factory):
    """Each e-mail's name and HTML part, from a build of the demo and of the letters fixture."""
    found = {}
    for name, ledger, as_of in (("demo", DEMO_LEDGER, None), ("letters", LETTERS_LEDGER, LETTERS_AS_OF)):
        dates = {"as_of": as_of} if as_of else {}
        extra = ["--public-url", PUBLIC_URL]
        site = build_site(tmp_path_factory.mktemp(name), ledger=ledger, extra=extra, secret=LINKS_SECRET, **dates)
        assert site.exit_code == 0
        for path in sorted((site.internal / "letters").glob("*.eml")):
            found[f"{name}/{path.stem}"] = read_eml(path).get_body(("html",)).get_content()
    assert len(found) >= 10
    return found


def test_every_email_fits_a_phone_s_width(browser, emails):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    too_wide = {}
    for name, html in emails.items():
        page.set_content(html)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[name] = (width, page.evaluate(TOO_WIDE, PHONE["width"])[-3:])
    context.close()
    assert too_wide == {}


def test_every_email_meets_wcag_aa_by_axe(browser, emails):
    # Each HTML part as a phone's mail program shows it (tests/browser/test_axe_browser.py checks the site).
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    found = {}
    try:
        for name, html in emails.items():
            page.set_content(html)
            if problems := violations(page):
                found[name] = problems
    finally:
        context.close()
    assert found == {}


# The most lines any occurrence of a value's text takes (`alone`: a text of its own): 1 when each is whole.
LINES_OF = """([value, alone]) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), range = document.createRange();
  let lines = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (alone && node.data !== value) continue;
    for (let at = node.data.indexOf(value); at >= 0; at = node.data.indexOf(value, at + 1)) {
      range.setStart(node, at); range.setEnd(node, at + value.length);
      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      lines = Math.max(lines, tops.size);
    }
  }
  return lines;
}"""
IBAN = "NL34 RABO 0372 9184 65"
LONGEST_IBAN = "FR76 3000 6000 0112 3456 7890 189"  # a French IBAN formatted: 33 characters


@pytest.mark.parametrize("iban", [IBAN, LONGEST_IBAN])
def test_the_iban_and_the_reference_stay_on_one_line_on_a_phone(browser, emails, iban):
    """'NL34 RABO 0372 9184' over '65' reads as two numbers (phone review, finding 10): the e-mail keeps the
    IBAN, the amount, the BIC and the reference whole, as the page does, and still fits a phone."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    split = {}
    try:
        for name, html in emails.items():
            if IBAN not in html:
                continue
            page.set_content(html.replace(IBAN, iban))
            reference = re.search(r"RF\d\d(?: [0-9A-Z]{1,4})+", page.inner_text("body"))
            # Wherever the IBAN stands (the footer too); the reference as a payment detail of its own.
            for value, alone in ((iban, False), (f"IBAN {iban}", False), ("RABONL2U", True), (reference[0], True)):
                if page.evaluate(LINES_OF, [value, alone]) != 1:
                    split.setdefault(name, []).append(value)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
    finally:
        context.close()
    assert split == {}


def test_a_reference_or_phone_number_in_a_sentence_stays_on_one_line_on_a_phone(browser, emails):
    """'Noem uw betalingskenmerk RF60 LHAN DOVE' over 'R' reads as another reference: inside a sentence
    too, the e-mail keeps the references and the phone numbers whole (LetterView.kept_whole)."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    split, seen = {}, 0
    try:
        for name, html in emails.items():
            page.set_content(html)
            body = page.inner_text("body")
            sentences = re.findall(
                r"(?:betalingskenmerk|ons kenmerk|payment reference|our reference) (RF\d\d(?: [0-9A-Z]{1,4})+)", body
            )
            phones = re.findall(r"(?:Telefoon|Phone|telefoon|phone) (\+?[0-9][0-9 ]{7,}[0-9])", body)
            for value in {*sentences, *phones}:
                seen += 1
                if page.evaluate(LINES_OF, [value, False]) != 1:
                    split.setdefault(name, []).append(value)
    finally:
        context.close()
    assert seen >= 10 and split == {}


NARROWEST = {"width": 320, "height": 640}  # WCAG 1.4.10: reflow at 320 CSS px


def test_at_320_px_a_wide_table_scrolls_in_its_own_box_not_the_whole_message(browser, emails):
    """The interest periods' table is wider than 320 px: the whole message scrolled sideways with it, every
    line of text under the reader's thumb. Now its own box scrolls, and a keyboard can reach it to scroll it."""
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    too_wide, boxes = {}, 0
    for name, html in emails.items():
        page.set_content(html)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROWEST["width"]:
            too_wide[name] = (width, page.evaluate(TOO_WIDE, NARROWEST["width"])[-3:])
        scrolling = page.evaluate(
            """() => [...document.querySelectorAll('table')].map(t => t.parentElement)
                .filter(box => box.scrollWidth > box.clientWidth + 1)
                .map(box => [getComputedStyle(box).overflowX, box.tabIndex, box.getAttribute('aria-label') || ''])"""
        )
        assert all(overflow == "auto" and tab == 0 and label for overflow, tab, label in scrolling), name
        boxes += len(scrolling)
    context.close()
    assert too_wide == {}
    assert boxes  # the interest table does scroll at this width


def test_nothing_paid_is_its_word_in_the_cell_a_reader_reaches(browser, emails):
    """What a screen reader gets of nothing paid: the cell under "Betaald" says "geen" of the instalment overdue and
    "nog niet" of the one to come, as its text (s52 named a "—" for readers with role="img" and aria-label, which
    several mail programs drop; tests/site/test_email_access.py reads the HTML)."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.set_content(emails["letters/L-PLAN-MISSED-installment_reminder"])
        rows = {state: page.get_by_role("row").filter(has_text=state) for state in ("Te laat", "Komt nog")}
        paid = {state: row.get_by_role("cell").nth(2).inner_text() for state, row in rows.items()}
        images = page.get_by_role("img").count()
    finally:
        context.close()
    assert paid == {"Te laat": "geen", "Komt nog": "nog niet"}
    assert images == 0
