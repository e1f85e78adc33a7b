"""The overview's sort and filter script in a real browser (Debian's chromium through Playwright)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.contrast import text_contrast
from tests.support.site import FIXTURES, build_site

pytestmark = pytest.mark.browser

FIXTURE = FIXTURES / "staff"
BUILT_ORDER = [
    "O-LEGAL",
    "N-HANDOVER",
    "M-FINAL-DUE",
    "L-FINAL",
    "K-PLAN-LATE",
    "H-CALL",
    "I-PROMISE",
    "J-PLAN-OK",
    "G-DISPUTE",
    "F-BROKEN",
    "D-REM-BIG",
    "E-REM-SMALL",
    "C-SILENT",
    "B-OVER",
    "A-OPEN",
    "P-PAID",
    "Q-OFF",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("staff-browser"), ledger=FIXTURE / "ledger", as_of=date(2026, 6, 30))
    assert built.exit_code == 0
    return built


@pytest.fixture
def overview(browser, site):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site.internal / "index.html").as_uri())
    yield page
    context.close()
    assert errors == []


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all("#claims tr.claim", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.id)")


def visible_groups(page) -> list[str]:
    return page.eval_on_selector_all(
        "#claims tr.group", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.group)"
    )


def column_values(page, column: int) -> list[str]:
    return page.eval_on_selector_all(
        "#claims tr.claim", f"rows => rows.filter(r => !r.hidden).map(r => r.cells[{column}].dataset.value)"
    )


def header(page, name: str):
    return page.locator("#claims thead th", has_text=name)


def test_built_order_with_the_tools_shown(overview):
    assert visible_ids(overview) == BUILT_ORDER
    assert overview.locator("#claims-tools").is_visible()
    assert overview.locator("#claims-count").inner_text() == "17 / 17 zichtbaar"
    assert not overview.locator("#claims-reset").is_visible()


def test_sort_by_amount_largest_first_then_smallest(overview):
    header(overview, "Openstaand").locator("button").click()
    amounts = [float(v) for v in column_values(overview, 2)]
    assert amounts == sorted(amounts, reverse=True) and len(amounts) == 17
    assert visible_ids(overview)[0] == "O-LEGAL"
    assert visible_groups(overview) == []  # one flat list while sorted
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "descending"
    header(overview, "Openstaand").locator("button").click()
    amounts = [float(v) for v in column_values(overview, 2)]
    assert amounts == sorted(amounts)
    assert header(overview, "Openstaand").get_attribute("aria-sort") == "ascending"


def test_sort_by_name_and_back_to_the_stages(overview):
    header(overview, "Debiteur").locator("button").click()
    names = column_values(overview, 0)
    assert names == sorted(names)
    assert visible_ids(overview)[:3] == ["A-OPEN", "B-OVER", "C-SILENT"]
    overview.locator("#claims-reset").click()
    assert visible_ids(overview) == BUILT_ORDER
    assert visible_groups(overview)[0] == "legal"
    assert header(overview, "Debiteur").get_attribute("aria-sort") is None


def test_sort_by_next_step_puts_claims_without_one_last(overview):
    header(overview, "Volgende stap").locator("button").click()
    ids = visible_ids(overview)
    assert ids[:2] == ["C-SILENT", "M-FINAL-DUE"]  # due since 2 April, 18 April
    assert set(ids[-4:]) == {"N-HANDOVER", "O-LEGAL", "P-PAID", "Q-OFF"}


def test_text_filter_by_name_contact_or_invoice(overview):
    search = overview.locator("#claims-filter")
    search.fill("jansen")
    assert visible_ids(overview) == ["J-PLAN-OK"]
    assert visible_groups(overview) == ["dunning"]
    assert overview.locator("#claims-count").inner_text() == "1 / 17 zichtbaar"
    search.fill("ff-2")  # an invoice number
    assert visible_ids(overview) == ["M-FINAL-DUE"]
    search.fill("B.V. sanne")  # every word must match: no row names Sanne
    assert visible_ids(overview) == []
    search.fill("b.v.")  # the debtors that are one, and N-HANDOVER's agency, Incassobureau Test B.V.
    assert visible_ids(overview) == ["O-LEGAL", "N-HANDOVER", "H-CALL", "G-DISPUTE", "D-REM-BIG"]
    search.press("Escape")
    assert visible_ids(overview) == BUILT_ORDER


def test_stage_filter_and_text_filter_together(overview):
    overview.locator("#claims-stage").select_option("dunning")
    assert visible_ids(overview) == ["K-PLAN-LATE", "H-CALL", "I-PROMISE", "J-PLAN-OK"]
    assert visible_groups(overview) == ["dunning"]
    overview.locator("#claims-filter").fill("kees")
    assert visible_ids(overview) == ["K-PLAN-LATE"]
    overview.locator("#claims-filter").fill("")
    overview.locator("#claims-stage").select_option("paid")
    assert visible_ids(overview) == ["P-PAID"]


def test_filter_holds_while_sorting(overview):
    overview.locator("#claims-stage").select_option("reminder")
    header(overview, "Openstaand").locator("button").click()
    assert visible_ids(overview) == ["D-REM-BIG", "E-REM-SMALL", "G-DISPUTE", "F-BROKEN"]


def test_without_javascript_the_table_is_complete_and_ordered(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site.internal / "index.html").as_uri())
    assert visible_ids(page) == BUILT_ORDER  # eval runs in the page's isolated world, not its scripts
    assert len(visible_groups(page)) == 9
    assert not page.locator("#claims-tools").is_visible()
    assert page.locator("#claims thead button").count() == 0
    assert page.locator("tr.task").count() == 9
    context.close()


def test_copy_the_personal_link(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site.internal / "d" / "A-OPEN.html").as_uri())
    button = page.locator("button.copy")
    assert button.is_visible() and button.inner_text() == "Kopiëren"
    button.click()
    page.wait_for_function("document.querySelector('button.copy').textContent === 'Gekopieerd'")
    link = page.locator("#personal-link").input_value()
    assert link.startswith("s/") and (site.output / link / "index.html").is_file()
    context.close()


# -- the search, at the top of the demo's overview ---------------------------------------------------------


@pytest.fixture
def demo_overview(browser, demo_site):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    problems, requests = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto((demo_site.internal / "index.html").as_uri())
    page.wait_for_load_state("load")
    requests.clear()
    yield page
    context.close()
    assert problems == []  # the strict Content-Security-Policy blocks nothing the page needs
    assert requests == []  # searching fetches nothing


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
        ("domstad", ["D-1009", "D-1008"]),  # the agency that has the file
        ("DOM-2026-0815", ["D-1008"]),  # the agency's own reference
        ("van rijn", ["D-1009"]),  # the bailiff
        ("oconnor", ["D-1012"]),  # O'Connor without the apostrophe
        ("de wit 0652", ["D-1006"]),  # every word must match
        ("de wit 0641", []),
    ],
)
def test_the_search_finds_a_dossier_by_every_field_staff_know(demo_overview, typed, found):
    demo_overview.locator("#claims-filter").fill(typed)
    assert visible_ids(demo_overview) == found
    assert demo_overview.locator("#claims-count").inner_text() == f"{len(found)} / 16 zichtbaar"


def test_the_search_sits_at_the_top_and_shows_only_what_it_found(demo_overview):
    finder, today = demo_overview.locator("#finder"), demo_overview.locator("#vandaag")
    assert finder.is_visible() and today.is_visible()
    assert finder.bounding_box()["y"] < today.bounding_box()["y"]  # above today's work, the first section
    assert finder.bounding_box()["y"] < 900  # on the first screen
    demo_overview.locator("#claims-filter").fill("twijnstraat")
    assert not today.is_visible() and not demo_overview.locator("#ouderdom").is_visible()
    found = demo_overview.locator("#claims tr.claim[data-id='D-1014']")
    assert found.is_visible() and found.bounding_box()["y"] < 900  # the dossier found, right under the search
    demo_overview.locator("#claims-filter").press("Escape")
    assert today.is_visible() and len(visible_ids(demo_overview)) == 16


def test_the_search_text_stays_in_the_page(demo_overview):
    address = demo_overview.url
    demo_overview.locator("#claims-filter").fill("Twijnstraat 21")
    demo_overview.locator("#claims-filter").press("Enter")
    assert demo_overview.url == address  # not in the address, so in no history, log or referrer
    assert visible_ids(demo_overview) == ["D-1014"]


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
