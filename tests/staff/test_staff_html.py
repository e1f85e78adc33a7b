"""The staff pages as a screen reader and a keyboard meet them: names, labels and words, in the rendered HTML.

Rendered with the build's own templates (pelican.plugins.incasso.staff) from the demo ledger and small
ledgers, without Pelican; tests/browser/test_staff_browser.py tries what needs the script.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import html

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.payments.reference import rf_reference
from incasso.staff.language import speaking
from incasso.staff.paging import Limits
from incasso.staff.view import StaffBook, staff_book
from pelican.plugins.incasso.staff import DossierPages, staff_environment, write_overview
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, DEMO_LEDGER, REPO

THEME = str(REPO / "theme")


def book_of(root: Path, as_of: date = AS_OF) -> StaffBook:
    books = read_books(root, as_of)
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, as_of, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def overview(book: StaffBook, out: Path) -> html.HtmlElement:
    out.mkdir(parents=True, exist_ok=True)  # a build makes its staff output first: the writers make none
    write_overview(staff_environment(THEME), book, out)
    return html.fromstring((out / "index.html").read_bytes())


def dossier(book: StaffBook, debtor: str, out: Path) -> html.HtmlElement:
    row = next(r for r in book.rows if r.id == debtor)
    (out / row.dossier).parent.mkdir(parents=True, exist_ok=True)
    DossierPages(THEME, book, out).write(row, book.letters.get(debtor, ()))
    return html.fromstring((out / row.dossier).read_bytes())


@pytest.fixture(scope="module")
def demo() -> StaffBook:
    return book_of(DEMO_LEDGER)


@pytest.fixture(scope="module")
def demo_overview(demo, tmp_path_factory) -> html.HtmlElement:
    return overview(demo, tmp_path_factory.mktemp("overview"))


def text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


# -- the bank's lines to paste: a box the keyboard reaches, with its copy button ---------------------------


def copy_box(page: html.HtmlElement, field: str) -> tuple[html.HtmlElement, html.HtmlElement]:
    """The read-only box `field` and its copy button, checked to be what the script enhances."""
    (box,) = page.xpath(f"//textarea[@id='{field}']")
    (button,) = page.xpath(f"//button[@data-copy='{field}']")
    assert box.get("readonly") is not None and box.get("tabindex") != "-1"
    assert page.xpath(f"//*[@id='{field}-status'][@role='status']")
    return box, button


def test_a_bank_credit_s_lines_are_a_box_to_copy_named_by_its_booking(demo_overview):
    box, button = copy_box(demo_overview, "bank-assign-1")
    # D-1001's file has no payments: yet: the lines start with it.
    assert box.text == 'payments:\n  - date: 2026-11-12\n    amount: 2395.00\n    bank_ref: "2026111200019"'
    assert box.get("aria-label") == "Zo toewijzen: bankboeking 2026111200019"
    assert button.get("aria-label") == "Kopiëren: de regels voor bankboeking 2026111200019"
    assert text(button) == "Kopiëren"
    assert not demo_overview.xpath("//pre")


def test_a_bank_credit_says_which_file_and_line_it_was_read_from_in_words_not_a_tooltip(demo_overview):
    (row,) = demo_overview.xpath("//tr[@class='credit'][@data-ref='2026111200019']")
    assert "Uit: bank/rabobank_camt053_2026-11-02_2026-11-13.xml, regel 4" in text(row)
    assert not demo_overview.xpath("//*[@title]")  # a tooltip the keyboard, a phone and a screen reader miss


def test_a_bank_note_s_lines_are_a_box_to_copy_named_by_the_note(tmp_path):
    root = write_ledger(
        tmp_path / "ledger",
        creditor=valid_creditor(interest="none"),
        debtors=[valid_debtor(id="D-1", name="Installatiebedrijf Jansen B.V.", invoices=[invoice(number="F2026-1")])],
    )
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text() + "payments:\n  - date: 2026-11-04\n    amount: 150.00\n", encoding="utf-8")
    booked = Booking("150.00", date(2026, 11, 4), valued=date(2026, 11, 3), ref="R1", scor=rf_reference("D-1"))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [booked])})
    page = overview(book_of(root), tmp_path / "out")
    box, button = copy_box(page, "bank-note-lines-1")
    assert box.text == '  - date: 2026-11-03\n    amount: 150.00\n    bank_ref: "R1"'
    (note,) = page.xpath(f"//*[@id='{box.get('aria-labelledby')}']")
    assert "R1" in text(note)
    assert button.get("aria-label") == "Kopiëren: de regels voor het dossier"


def test_a_bank_note_on_a_dossier_is_on_its_page_with_its_lines_to_copy(tmp_path):
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-3")])
    old = Booking("150.00", date(2026, 11, 3), ref="OLD1", scor=rf_reference("D-3"))
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, []), "old.xml": camt053("NL44RABO0123456789", [old])})
    page = dossier(book_of(root), "D-3", tmp_path / "out")
    box, _ = copy_box(page, "bank-note-lines-1")
    assert box.text == "payments:\n  - date: 2026-11-03\n    amount: 150.00"  # D-3's file has none yet
    (note,) = page.xpath(f"//*[@id='{box.get('aria-labelledby')}']")
    assert text(note).startswith("Bankboeking OLD1 van 3 nov 2026 (EUR 150,00) noemt dit dossier")
    assert text(page.xpath("//h3[@id='bank-notes-heading']")[0]) == "Bankafschriften: na te kijken"


# -- decorative arrows are not read aloud -------------------------------------------------------------------


def read_arrows(page: html.HtmlElement) -> list[str]:
    """The arrows a screen reader says ("leftwards arrow"): any not inside an aria-hidden element."""
    return [
        str(node).strip()
        for node in page.xpath("//body//text()[contains(., '←') or contains(., '→')]")
        if not node.getparent().xpath("ancestor-or-self::*[@aria-hidden='true']")
    ]


def test_the_back_more_and_page_arrows_of_the_staff_pages_are_not_read_aloud(demo, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_overview(staff_environment(THEME), demo, out, limits=Limits(index_rows=1, group_rows=1, page_rows=2))
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 3 and any(p.parent != out for p in pages)  # the list pages with their pagers
    parsed = [html.fromstring(p.read_bytes()) for p in pages] + [dossier(demo, "D-1001", tmp_path / "d")]
    assert sum(len(p.xpath("//a[@rel='next' or @rel='prev']")) for p in parsed) > 0
    assert [(i, read_arrows(p)) for i, p in enumerate(parsed) if read_arrows(p)] == []


def test_each_list_s_kinds_are_a_landmark_of_their_own_name(demo, tmp_path):
    # Today's work and the signals each list their kinds when longer than the overview shows: a screen reader's
    # list of landmarks must tell the two apart (axe: landmark-unique).
    out = tmp_path / "out"
    out.mkdir()
    write_overview(staff_environment(THEME), demo, out, limits=Limits(index_rows=1, group_rows=1, page_rows=2))
    page = html.fromstring((out / "index.html").read_bytes())
    labels = [nav.get("aria-label") for nav in page.xpath("//nav[@class='kinds']")]
    assert {"Werk voor vandaag per soort", "Signalen per soort"} <= set(labels)
    assert len(labels) == len(set(labels))


# -- every table has a name, for a screen reader's list of tables ---------------------------------------------


def table_name(page: html.HtmlElement, table: html.HtmlElement) -> str:
    """A table's accessible name: the element it is labelled by, or its caption."""
    if table.get("aria-labelledby"):
        (label,) = page.xpath(f"//*[@id='{table.get('aria-labelledby')}']")
        return text(label)
    captions = table.xpath("caption")
    return text(captions[0]) if captions else ""


def test_every_table_of_the_overview_is_named_by_its_section(demo_overview):
    names = [table_name(demo_overview, t) for t in demo_overview.xpath("//table")]
    assert names == [
        "Gevonden dossiers",
        "Werk voor vandaag",
        "Signalen",
        "Bankafschriften",
        "Ouderdom van het openstaande bedrag",
        "Alle dossiers per fase",
    ]
    # The results, the only content while searching, have a heading of their own.
    assert [text(h) for h in demo_overview.xpath("//div[@id='found']/h2")] == ["Gevonden dossiers"]


def test_every_table_of_a_dossier_is_named_by_its_heading(demo, tmp_path):
    page = dossier(demo, "D-1012", tmp_path)
    names = [table_name(page, t) for t in page.xpath("//table")]
    assert names == ["Bedragen", "Facturen", "Rentetarieven", "Betalingen", "Betalingsregeling", "Logboek"]


# -- English on the Dutch staff pages: marked, so a screen reader reads it in English ---------------------


def invoice_cell(page: html.HtmlElement) -> html.HtmlElement:
    return page.xpath("//table[contains(@class, 'invoices')]/tbody/tr/td")[0]


def test_the_descriptions_of_a_debtor_who_reads_english_are_marked_english(tmp_path):
    # Written in one language (check notes it): the staff pages take it for the debtor's, English.
    credit = {"number": "C2026-0007", "date": date(2026, 1, 16), "amount": Decimal("50.00")}
    credit["description"] = "Expansion vessel invoiced, but it did not need replacing"
    described = invoice(description="Annual boiler service and safety check", credit_notes=[credit])
    debtors = [valid_debtor(id="D-1003", language="en", invoices=[described])]
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    cell = invoice_cell(dossier(book_of(root), "D-1003", tmp_path / "out"))
    marked = [(span.get("lang"), text(span)) for span in cell.xpath(".//span[@lang]")]
    assert marked == [
        ("en", "Annual boiler service and safety check"),
        ("en", "Expansion vessel invoiced, but it did not need replacing"),
    ]
    # The staff's own words around it stay Dutch, as the page is.
    (note,) = cell.xpath(".//span[contains(@class, 'credit-note')]")
    assert text(note).startswith("Creditnota ") and text(note).endswith(
        "(Expansion vessel invoiced, but it did not need replacing)"
    )


def test_a_dutch_debtor_s_and_the_dutch_half_of_a_description_per_language_are_not(tmp_path):
    described = invoice(description={"nl": "Onderhoud cv-ketel", "en": "Boiler service"})
    root = write_ledger(
        tmp_path / "ledger",
        creditor=valid_creditor(interest="none"),
        debtors=[
            valid_debtor(id="D-1", language="en", invoices=[described]),
            valid_debtor(id="D-2", invoices=[invoice(number="F2026-2", description="Onderhoud ovens")]),
        ],
    )
    book = book_of(root)
    for debtor, shown in (("D-1", "Onderhoud cv-ketel"), ("D-2", "Onderhoud ovens")):
        cell = invoice_cell(dossier(book, debtor, tmp_path / "out"))
        assert shown in text(cell) and not cell.xpath(".//*[@lang]"), debtor


def test_an_english_desk_reads_the_english_half_of_a_description_per_language(tmp_path):
    credit = {"number": "C2026-0007", "date": date(2026, 1, 16), "amount": Decimal("50.00")}
    credit["description"] = {"nl": "Expansievat niet vervangen", "en": "Expansion vessel not replaced"}
    described = invoice(description={"nl": "Onderhoud cv-ketel", "en": "Boiler service"}, credit_notes=[credit])
    single = invoice(number="F2026-2", description="Onderhoud ovens")
    debtors = [valid_debtor(id="D-1", invoices=[described, single])]
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    with speaking(Language.EN):
        page = dossier(book_of(root), "D-1", tmp_path / "out")
    cells = page.xpath("//table[contains(@class, 'invoices')]/tbody/tr/td[1]")
    shown = [text(cell) for cell in cells]
    assert "Boiler service" in shown[0] and "Expansion vessel not replaced" in shown[0]
    assert "Onderhoud cv-ketel" not in shown[0] and "Expansievat" not in shown[0]
    assert not cells[0].xpath(".//*[@lang]")  # the page's own language
    # A text in one language is shown as written, marked Dutch on the English page.
    assert [(s.get("lang"), text(s)) for s in cells[1].xpath(".//span[@lang]")] == [("nl", "Onderhoud ovens")]


# -- the ageing chart: each part of a bar in words, not only in a tooltip ------------------------------------


def test_each_part_of_an_ageing_bar_is_written_out_under_the_chart(demo_overview):
    (figure,) = demo_overview.xpath("//figure[contains(@class, 'chart')]")
    tooltips = [
        [text(title) for title in bar.xpath("./*[local-name()='rect']/*[local-name()='title']")]
        for bar in figure.xpath(".//*[local-name()='g']")
    ]
    labels = [text(label) for label in figure.xpath(".//*[local-name()='text'][@class='label']")]
    written = {
        text(row.xpath("dt")[0]): [text(dd) for dd in row.xpath("dd")]
        for row in figure.xpath(".//dl[@class='chart-figures']/div")
    }
    expected = {label: [t.replace(": ", " ") for t in parts] for label, parts in zip(labels, tooltips) if parts}
    assert written == expected and len(written) == 4  # 61-90 dagen holds nothing: no line
    assert written["1-30 dagen"][0] == "Aanmaning EUR 2.382,97"


# -- the smaller things: the badges' context, the letters' links -------------------------------------------


def test_a_dossier_s_badges_say_what_each_tells(demo, tmp_path):
    (badges,) = dossier(demo, "D-1012", tmp_path).xpath("//p[@class='badges']")
    assert text(badges) == "Fase: Aanmaning Status: Betalingsregeling Soort: particulier Taal: Engels"
    assert [text(s) for s in badges.xpath(".//span[@class='visually-hidden']")] == [
        "Fase:",
        "Status:",
        "Soort:",
        "Taal:",
    ]


def test_a_bank_credit_s_day_in_the_change_list_is_never_linked_to_a_dossier_of_that_id(tmp_path):
    # Review s25 #4: "12 november 2026: EUR 2.395,00 van M VD BERG" linked "12" to debtor 12's dossier, where
    # staff might assign that money.
    from incasso.staff.changes import Changes, Entry, changes_markdown
    from pelican.plugins.incasso.staff import changes_page

    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="12")])
    book = book_of(root)
    credit = Entry(
        "",
        "",
        {"date": "12 november 2026", "amount": "EUR 2.395,00", "payer": " van M VD BERG", "ref": "B1", "answered": ""},
    )
    new = Entry("12", "Jan Jansen", {"stage": "Herinnering", "amount": "EUR 10,00"})
    listed = changes_markdown(Changes("2026-11-22", "2026-11-21", sections={"bank_credits": (credit,), "new": (new,)}))
    page = html.fromstring(changes_page(staff_environment(THEME), book, listed))
    links = [(a.get("href"), a.text_content()) for a in page.xpath("//li/a")]
    assert links == [("d/12.html", "12")]  # the new dossier's line, not the credit's day
    (credit_line,) = [li for li in page.xpath("//li") if "M VD BERG" in li.text_content()]
    assert text(credit_line).startswith("12 november 2026: EUR 2.395,00 van M VD BERG")


def test_a_dossier_says_what_is_owed_and_asked_under_its_name_before_the_notes(demo, tmp_path):
    """A clerk with a caller on the line reads the amount first: it stood in *Bedragen*, below the notes, why and
    what next, contact and link (1,000 px down on a wide screen, 2,500 on a phone). Now a line under the badges
    says the total and, where the page asks another amount, that one, and leads to the figures."""
    page = dossier(book_of(DEMO_LEDGER, date(2026, 12, 4)), "D-1006", tmp_path / "1006")
    glance = page.xpath("//p[@class='glance']")[0]
    assert glance.getprevious().get("class") == "badges"
    assert text(glance) == "Totaal te betalen: EUR 1.353,18 · Gevraagd op de pagina: EUR 1.555,02 · Bedragen"
    assert glance.xpath(".//a/@href") == ["#figures-heading"]
    plain = dossier(demo, "D-1001", tmp_path / "1001").xpath("//p[@class='glance']")[0]
    assert text(plain).startswith("Totaal te betalen: EUR ") and "Gevraagd" not in text(plain)


# -- a row without signals says so: an empty cell is read as "blank" -----------------------------------------


def flag_cells(page: html.HtmlElement) -> list[html.HtmlElement]:
    """The Signalen cell of every row of the day's tasks and of the claims tables: the column so headed."""
    cells = []
    for table in page.xpath("//table[thead]"):
        heads = [text(th) for th in table.xpath("./thead/tr/th")]
        if heads and heads[-1] in ("Signalen", "Alerts"):
            cells += table.xpath("./tbody/tr[th[@scope='row']]/td[last()]")
    return cells


@pytest.mark.parametrize("language, none", [(Language.NL, "geen"), (Language.EN, "none")])
def test_a_row_without_signals_says_none_in_the_staff_language_quietly(demo, tmp_path, language, none):
    with speaking(language):
        page = overview(demo, tmp_path)
    cells = flag_cells(page)
    flagged = [cell for cell in cells if cell.xpath("./ul[@class='flags']/li")]
    quiet = [cell for cell in cells if not cell.xpath("./ul")]
    assert flagged and quiet, "the demo has rows with signals and rows without"
    assert len(flagged) + len(quiet) == len(cells)
    for cell in quiet:
        (word,) = cell.xpath("./span[@class='flags-none']")
        assert text(cell) == text(word) == none
    # The search's results write their rows with the same word (staff.js), given it here.
    (count,) = page.xpath("//span[@id='claims-count']")
    assert count.get("data-none") == none
