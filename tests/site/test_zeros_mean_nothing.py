"""s51: no "0,00" where it means nothing, on the debtor's page, in the letters and in the table of all dossiers.

Real builds of the demo ledger, read as a debtor or a screen reader reads them:
- an instalment still to come showed "Betaald 0,00", an unpaid invoice "Betaald 0,00": now "—", read out as
  "nog niet" (to come) or "geen" (overdue, nothing paid), in the letters' tables (PDF, print file) too, and the
  e-mail says the word;
- a paid page's totals said "Facturen, nog open 0,00 ... Totaal te betalen 0,00": now what was paid and when
  ("Alles betaald op 4 november 2026");
- a page before any interest was counted said "Rente, nog open 0,00" under no interest at all: no such row now;
- the table of all dossiers counted a settled or written-off dossier's days late to today (101 and 361 on 6
  December, growing each night): now to the day it closed, as its dossier does, with that day's word under them.
Real zeros stay: "Open 0,00" of a paid invoice, "Rente, nog open 0,00" once interest counted is paid.
"""

from __future__ import annotations

import csv
import email
import re
from datetime import date
from email import policy
from pathlib import Path

import html5lib
import pypdfium2
import pytest

from incasso.staff.search_index import read_index
from tests.support.site import build_site

NBSP = "\xa0"
DEC_6 = date(2026, 12, 6)
ZERO = re.compile(r"(?<![\d.,])0[.,]00(?!\d)")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The demo built on its own day (22 November) and two weeks on (6 December)."""
    built = {}
    for day in (date(2026, 11, 22), DEC_6):
        site = build_site(tmp_path_factory.mktemp(f"zeros-{day.isoformat()}"), as_of=day)
        assert site.exit_code == 0
        built[day] = site
    return built


@pytest.fixture(scope="module")
def site(sites):
    return sites[DEC_6]


def _tree(path: Path):
    return html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())


def _read(element) -> str:
    """An element's text as a screen reader reads it: what aria-hidden hides left out."""

    def said(e) -> str:
        inner = "" if e.get("aria-hidden") == "true" else (e.text or "") + "".join(said(c) for c in e)
        return (" " if e.tag == "br" else "") + inner + (e.tail or "")

    inner = (element.text or "") + "".join(said(c) for c in element)
    return re.sub(r"\s+", " ", inner.replace(NBSP, " ")).strip()


def _seen(element) -> str:
    """An element's text as the eye sees it: what a screen reader alone reads (visually-hidden) left out."""

    def shown(e) -> str:
        hidden = "visually-hidden" in (e.get("class") or "").split() or "cell-label" in (e.get("class") or "")
        inner = "" if hidden else (e.text or "") + "".join(shown(c) for c in e)
        return inner + (e.tail or "")

    inner = (element.text or "") + "".join(shown(c) for c in element)
    return re.sub(r"\s+", " ", inner.replace(NBSP, " ")).strip()


def _pages(site) -> dict[str, Path]:
    with (site.internal / "links.csv").open(encoding="utf-8") as f:
        return {row["id"]: site.output / row["url"] / "index.html" for row in csv.DictReader(f) if row["url"]}


def _rows(page: Path, table_class: str) -> list[list[tuple[str, str]]]:
    """Each body row of the page's table with `table_class`: per cell, what is seen and what is read out."""
    table = next(t for t in _tree(page).iter("table") if table_class in (t.get("class") or "").split())
    body = table.find("tbody")
    rows = [tr for tr in body.findall("tr") if tr.get("class") != "invoice-info"]  # an invoice's dates: its own row
    return [[(_seen(c), _read(c)) for c in tr if c.tag in ("th", "td")] for tr in rows]


def test_an_instalment_not_paid_shows_a_dash_read_as_not_yet_or_none(site):
    pages = _pages(site)
    # D-1017: a settlement in four instalments, the first paid, three to come.
    rows = _rows(pages["D-1017"], "plan-table")
    assert [cells[2] for cells in rows] == [("300,00", "300,00")] + [("—", "nog niet")] * 3
    # D-1012, in English: one instalment overdue with nothing paid of it, one to come.
    paid = {cells[0][0]: cells[2] for cells in _rows(pages["D-1012"], "plan-table")}
    assert paid["15 Nov 2026"] == ("—", "none")
    assert paid["15 Dec 2026"] == ("—", "not yet")
    # D-1011: an instalment whose day the bank statements do not reach yet: not yet seen, not "none".
    paid = {cells[0][0]: cells[2] for cells in _rows(pages["D-1011"], "plan-table")}
    assert paid["30 nov 2026"] == ("—", "nog niet")


def test_no_page_shows_0_00_for_nothing_paid(site):
    """Every page's invoices and instalments: nothing paid is "—"; "Open 0,00" stays, of an invoice paid in full."""
    checked = 0
    for debtor, page in _pages(site).items():
        for cells in _rows(page, "invoices"):
            amount, paid, left = (seen for seen, _ in cells[1:4])
            assert not ZERO.fullmatch(paid), (debtor, cells)
            if ZERO.fullmatch(left):  # a real balance: all of it paid
                assert paid == amount, (debtor, cells)
            checked += 1
    assert checked >= 17
    assert _rows(_pages(site)["D-1001"], "invoices")[0][2] == ("—", "geen")


def test_a_paid_page_says_what_was_paid_and_when_not_total_to_pay_0_00(site):
    said = [tuple(seen for seen, _ in cells) for cells in _rows(_pages(site)["D-1014"], "totals")]
    # 318,40 of the invoice and 0,49 interest on 4 November; the 1,11 over is a credit the page says apart.
    assert said == [
        ("Facturen, betaald", "318,40"),
        ("Rente, betaald", "0,49"),
        ("Alles betaald op 4 november 2026", "318,89"),
    ]
    text = _read(_tree(_pages(site)["D-1014"]).find(".//section[@class='details']"))
    assert "te betalen" not in text.lower() and "nog open" not in text


def test_no_interest_row_before_any_interest_was_counted(sites):
    """D-1001 on 22 November: its invoice is due on 3 December, no interest counted, no interest section."""
    said = [tuple(seen for seen, _ in cells) for cells in _rows(_pages(sites[date(2026, 11, 22)])["D-1001"], "totals")]
    assert said == [("Facturen, nog open", "2.395,00"), ("Totaal te betalen", "2.395,00")]


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _email_text(path: Path) -> tuple[str, str]:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    parts = {p.get_content_type(): p.get_content() for p in message.walk() if p.get_content_maintype() == "text"}
    return parts["text/plain"], parts["text/html"]


def test_the_letters_tables_show_a_dash_for_nothing_paid(site):
    letters = site.internal / "letters"
    reminder = _pdf_text(letters / "D-1001-reminder.pdf")
    assert re.search(r"F2026-0112 3 nov 2026 3 dec 2026 2\.395,00 — 2\.395,00", reminder), reminder
    instalments = _pdf_text(letters / "D-1012-installment_reminder.pdf")
    assert re.search(r"15 Nov 2026 250\.00 — Overdue", instalments), instalments
    assert re.search(r"15 Dec 2026 235\.60 — Upcoming", instalments), instalments
    plain, html = _email_text(letters / "D-1012-installment_reminder.eml")
    # The plain text says the word where the PDF shows the dash (s52: a bare "—"), not "0.00" either.
    assert "| 250.00 | none | Overdue" in plain and "| 235.60 | not yet | Upcoming" in plain
    # So does the HTML (s60), as plain text, which every mail program keeps: a named dash (s52) lost its name in those
    # that drop role or aria-label.
    assert html.count(">none</td>") == 1 and html.count(">not yet</td>") == 1
    assert "—" not in html.split("<table", 1)[1]
    # The day's print file holds the posted letters as they are.
    printed = _pdf_text(letters / f"print-{DEC_6.isoformat()}.pdf")
    assert re.search(r"15 Nov 2026 250\.00 — Overdue", printed)
    for letter in sorted(letters.glob("*.pdf")):
        for line in _pdf_text(letter).splitlines():
            # A zero only as a balance: an invoice paid in full ("845,00 845,00 0,00").
            if ZERO.search(line):
                assert re.search(r"([\d.]+,\d\d) \1 0,00$", line.strip()), (letter.name, line)


def _closed_rows(site) -> dict[str, tuple[str, str]]:
    """The closed dossiers' days in the table of all dossiers: as seen, and as read out."""
    table = _tree(site.internal / "index.html").find(".//table[@id='claims']")
    rows = {}
    for tr in table.iter("tr"):
        if "closed" in (tr.get("class") or "").split() and tr.get("data-id"):
            days = tr.findall("td")[2]
            rows[tr.get("data-id")] = (_seen(days), _read(days))
    return rows


def test_a_closed_dossier_s_days_late_count_to_the_day_it_closed_not_today(sites):
    expected = {
        "D-1014": ("14bij betaling", "14 bij betaling"),  # due 21 October, paid 4 November
        "D-1015": ("", ""),  # paid in time
        "D-1018": ("84bij betaling", "84 bij betaling"),  # due 27 August, the agreed sum complete 19 November
        "D-1016": ("126bij afschrijven", "126 bij afschrijven"),  # due 10 December 2025, written off 15 April
    }
    for day, site in sites.items():
        assert _closed_rows(site) == expected, day
    # As the dossier counts them, invoice by invoice ("Dagen te laat betaald", "... bij afschrijven").
    for debtor in ("D-1014", "D-1016", "D-1018"):
        dossier = _tree(sites[DEC_6].internal / "d" / f"{debtor}.html")
        table = next(
            t for t in dossier.iter("table") if t.find("thead") is not None and "laat" in _read(t.find("thead"))
        )
        last = [_read(tr.findall("td")[-1]) for tr in table.find("tbody").findall("tr")]
        assert expected[debtor][1].split()[0] == max(filter(None, last), key=int), (debtor, last)


def test_the_search_shows_a_closed_dossier_s_days_as_its_row(site):
    script = (site.internal / "search-index.js").read_text(encoding="utf-8")
    data = read_index(script)
    days = {row[0]: (row[7], data["parts"][row[14]] if row[14] >= 0 else None) for row in data["rows"]}
    assert days["D-1018"] == (84, ["84", "bij betaling"])
    assert days["D-1016"] == (126, ["126", "bij afschrijven"])
    assert days["D-1001"][1] is None  # open: the plain days overdue


def _cells_said(path: Path) -> list[str]:
    """The /Alt of every table cell in the PDF's structure tree: what a screen reader reads instead of its text."""
    from pypdf import PdfReader

    said = []

    def walk(element) -> None:
        element = element.get_object()
        if not hasattr(element, "get"):
            return
        if element.get("/S") == "/TD" and "/Alt" in element:
            said.append(str(element["/Alt"]))
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            walk(kid)

    walk(PdfReader(path).trailer["/Root"]["/StructTreeRoot"])
    return said


def test_a_letter_s_dash_is_read_out_as_none_or_not_yet_not_as_a_dash(site):
    letters = site.internal / "letters"
    # In English: the instalment overdue, then the one to come (s52: "none" of both).
    assert _cells_said(letters / "D-1012-installment_reminder.pdf") == ["none", "not yet"]
    assert _cells_said(letters / "D-1001-reminder.pdf") == ["geen"]
    assert _cells_said(letters / "D-1004-final_notice.pdf") == []  # its invoice paid in full: "845,00 845,00 0,00"
