"""A closed claim's dossier in a real browser (Debian's chromium through Playwright): its figures in words (a
settlement's "EUR 440,00 van EUR 1.100,76") wrap at their spaces on a phone, never an amount, and the page does not
scroll sideways (s50: that row ran the settled dossier to 419 px at 390)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Each amount ("EUR" no-break space figure) in the cells whose box holds it on more than one line.
AMOUNTS_ON_LINES = r"""cs => cs.flatMap(c => [...c.textContent.matchAll(/EUR\u00a0[\d.,]+/g)].filter(m => {
  const range = document.createRange(), text = c.firstChild;
  range.setStart(text, m.index); range.setEnd(text, m.index + m[0].length);
  return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
}).map(m => m[0]))"""


@pytest.mark.parametrize("dossier", ["D-1018", "D-1017", "D-1016", "D-1014"])
def test_a_settlement_s_or_a_closed_claim_s_figures_fit_a_phone(browser, demo_site, dossier) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((demo_site.internal / "d" / f"{dossier}.html").as_uri())
    figures = page.locator("table.figures")
    right = figures.evaluate("t => t.getBoundingClientRect().right")
    assert right <= 390, (dossier, right)
    # Each amount on one line: a cell wraps between its words, never inside "EUR 1.100,76".
    broken = figures.locator("td.num").evaluate_all(AMOUNTS_ON_LINES)
    assert broken == [], (dossier, broken)
    context.close()


def test_the_settled_dossier_does_not_scroll_sideways_on_a_phone(browser, demo_site) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((demo_site.internal / "d" / "D-1018.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    glance = page.locator("p.glance").inner_text().replace("\xa0", " ")
    assert glance.startswith("Afgesproken: EUR 440,00 van EUR 1.100,76 · Kwijtgescholden (niet betaald): EUR 660,76")
    context.close()


def test_no_dossier_scrolls_sideways_on_a_phone(browser, demo_site) -> None:
    """Every demo dossier at 390 px: D-1017's status badge ("Gepauzeerd: minnelijk akkoord; incassokosten in het
    akkoord") stood on one line and ran its page to 480 px. A long badge wraps at its spaces, inside the page."""
    dossiers = sorted((demo_site.internal / "d").glob("D-*.html"))
    assert len(dossiers) >= 19, dossiers
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    wide = {}
    for dossier in dossiers:
        page.goto(dossier.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        badges = page.locator("p.badges .badge").evaluate_all(
            "bs => Math.max(0, ...bs.map(b => Math.ceil(b.getBoundingClientRect().right)))"
        )
        if width > 390 or badges > 390:
            wide[dossier.stem] = (width, badges)
    context.close()
    assert wide == {}, wide


def test_a_long_badge_wraps_at_its_spaces_on_a_phone(browser, demo_site) -> None:
    """D-1017's paused badge takes more than one line at 390 px, and each of its words stays whole."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((demo_site.internal / "d" / "D-1017.html").as_uri())
    badge = page.locator("p.badges .badge.paused")
    assert badge.inner_text().startswith("Gepauzeerd: minnelijk akkoord")
    lines = badge.evaluate(
        """b => { const r = document.createRange(); r.selectNodeContents(b);
        return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size; }"""
    )
    assert lines > 1, lines
    assert badge.evaluate("b => b.getBoundingClientRect().right") <= 390
    context.close()


@pytest.mark.parametrize("width", [1024, 1280])
@pytest.mark.parametrize(
    ("dossier", "top"),
    [
        ("D-1014", "Volledig betaald op 4 november 2026: EUR 318,89"),
        ("D-1017", "Kwijtgescholden na betaling van het afgesproken bedrag: EUR 2.121,00"),
    ],
)
def test_a_paid_or_running_settlement_s_top_reads_its_figure_on_a_desk(browser, demo_site, width, dossier, top):
    """s51: the top says what was paid, or what a settlement lets go, each amount on one line and inside the page."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto((demo_site.internal / "d" / f"{dossier}.html").as_uri())
    glance = page.locator("p.glance")
    assert top in glance.inner_text().replace("\xa0", " ")
    assert glance.evaluate("g => g.getBoundingClientRect().right") <= width
    # Each bold amount on one line (the glance wraps between its figures, never inside one).
    assert glance.locator("strong").evaluate_all("ss => ss.filter(s => s.getClientRects().length > 1).length") == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_ageing_table_s_empty_buckets_show_a_dash_inside_the_page(browser, demo_site, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto((demo_site.internal / "index.html").as_uri())
    table = page.locator("table.ageing-table")
    # What shows: the first line of each cell (below it, the hidden "geen" a screen reader reads).
    cells = [c.strip().splitlines()[0] for c in table.locator("td.num").all_inner_texts()]
    assert "0,00" not in cells and "—" in cells, cells
    assert table.evaluate("t => t.getBoundingClientRect().right") <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_table_of_all_dossiers_fits_its_box_with_each_group_s_figures_in_sight(browser, demo_site, width):
    """s51: the long status and next-step texts stood on one line and ran the table to about 1,600 px, so each group's
    count and amount ("1 dossier · EUR 660,76 kwijtgescholden") were out of sight at a desk's width."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto((demo_site.internal / "index.html").as_uri())
    table = page.locator("table#claims")
    box = table.evaluate("t => t.parentElement.clientWidth")
    assert table.evaluate("t => t.scrollWidth") <= box
    right = table.evaluate("t => t.parentElement.getBoundingClientRect().right")
    figures = page.locator("#claims .g-figures").evaluate_all(
        "fs => fs.map(f => Math.ceil(f.getBoundingClientRect().right))"
    )
    assert figures and max(figures) <= right, (figures, right)
    context.close()


@pytest.mark.parametrize("name", ["Koster", "Hoekstra"])
def test_the_search_shows_a_closed_dossier_s_days_as_the_table_does(browser, demo_site, name) -> None:
    """A settled and a written-off dossier's days late count to the day it closed, with that day under them ("84 bij
    betaling"), in the search's results as in the table of all dossiers (staff.js draws them from the index)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((demo_site.internal / "index.html").as_uri())
    row = page.locator("#claims tr.claim", has_text=name)
    shown = row.locator("td").nth(2).inner_text()
    page.fill("#claims-filter", name)
    found = page.locator("#found-table tr.claim", has_text=name)
    found.wait_for()
    assert found.locator("td").nth(2).inner_text() == shown
    assert shown.split() in (["84", "bij", "betaling"], ["126", "bij", "afschrijven"]), shown
    context.close()
