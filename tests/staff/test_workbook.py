"""links.xlsx: links.csv's rows as an Excel workbook, read here with openpyxl as a spreadsheet reads it: an
amount is a number cell shown with two decimals whatever the spreadsheet's regional settings (a CSV file's
"1700,8" or "1,700.8" is what its settings make of it), a text a text cell that never runs, the same in both
staff languages."""

from __future__ import annotations

import csv
import stat
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import lxml.html
import openpyxl
import pytest

from incasso.staff.exports import AMOUNT_COLUMNS, LINK_COLUMNS
from incasso.staff.workbook import WORKBOOK_LINKS, write_workbook
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, build_site


def read_sheet(path: Path) -> list[list[openpyxl.cell.Cell]]:
    """The one sheet's rows of cells, each as wide as the header; no formula anywhere."""
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["links"]
    sheet = book["links"]
    assert sheet.freeze_panes == "A2"  # the header stays in view
    rows = [list(row) for row in sheet.iter_rows(max_col=len(LINK_COLUMNS))]
    assert [c.coordinate for row in rows for c in row if c.data_type == "f"] == []
    return rows


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


DEBTORS = [
    valid_debtor(id="000123", **{"contact.phone": "+31 6 12345678", "name": '=HYPERLINK("x")'}),
    valid_debtor(id="D-1002", **{"invoices[0].number": "F-2", "invoices[0].amount": "1700.80"}),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_links_xlsx_holds_the_amounts_as_numbers_with_two_decimals(tmp_path, language):
    ledger = write_ledger(tmp_path, creditor=valid_creditor(), debtors=DEBTORS)
    site = build_site(tmp_path, ledger=ledger, extra=["--staff-language", language])
    assert site.exit_code == 0
    path = site.internal / WORKBOOK_LINKS
    header, *rows = read_sheet(path)
    links = csv_rows(site.internal / "links.csv")
    assert [c.value for c in header] == list(LINK_COLUMNS) == links[0]
    assert {(c.data_type, c.font.b) for c in header} == {("s", True)}
    amounts = sorted(LINK_COLUMNS.index(column) for column in AMOUNT_COLUMNS)
    for row, plain in zip(rows, links[1:], strict=True):
        # Each amount a number cell shown with two decimals and the reader's own separators.
        assert [(row[i].data_type, row[i].number_format) for i in amounts] == [("n", "#,##0.00")] * len(amounts)
        assert [Decimal(str(row[i].value)) for i in amounts] == [Decimal(plain[i]) for i in amounts]
        # The texts as the ledger writes them, as text cells: a text cell never runs, so no protective quote.
        texts = [(i, c) for i, c in enumerate(row) if i not in amounts]
        assert [c.value or "" for _, c in texts] == [plain[i].removeprefix("'") for i, _ in texts]
        assert {c.data_type for _, c in texts if c.value is not None} == {"s"}
        assert not any(c.font.b for c in row)
    (first,) = [row for row in rows if row[0].value == "000123"]  # an id of digits keeps its zeros: a text cell
    phone = LINK_COLUMNS.index("phone")
    assert (first[1].value, first[phone].value) == ('=HYPERLINK("x")', "+31 6 12345678")
    assert first[-1].value == '=HYPERLINK("x")'  # email_to_name: the name beside the e-mail, a text cell too
    assert {first[i].data_type for i in (0, 1, phone, len(LINK_COLUMNS) - 1)} == {"s"}
    (second,) = [row for row in rows if row[0].value == "D-1002"]
    assert Decimal(str(second[LINK_COLUMNS.index("total_due")].value)) >= Decimal("1700.80")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Made on the build's as-of day, with no time of writing.
    assert openpyxl.load_workbook(path).properties.created == datetime.combine(AS_OF, datetime.min.time())
    # The overview links it, and says in the staff's language that it is the one to open in a spreadsheet.
    overview = lxml.html.parse(site.internal / "index.html").getroot()
    (files,) = overview.xpath("//p[@class='files']")
    assert "links.xlsx" in files.xpath("a/@href")
    assert OPEN_THIS[language] in " ".join(files.text_content().split())


OPEN_THIS = {
    "nl": "Open in Excel of een ander spreadsheetprogramma het bestand links.xlsx: de bedragen zijn daar getallen",
    "en": "In Excel or another spreadsheet program, open the file links.xlsx: its amounts are numbers",
}


def test_the_workbook_is_the_same_bytes_for_the_same_rows_and_day(tmp_path):
    """A build made again for the same day makes the same file (SOURCE_DATE_EPOCH builds): no time of writing."""
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "total_due": "-12.50"}]
    for name in ("a.xlsx", "b.xlsx"):
        write_workbook(tmp_path / name, LINK_COLUMNS, rows, AMOUNT_COLUMNS, date(2026, 9, 8))
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    _, row = read_sheet(tmp_path / "a.xlsx")
    assert (row[0].value, row[LINK_COLUMNS.index("total_due")].value) == ("X-1", -12.5)


def test_a_text_the_xml_cannot_hold_is_written_as_excel_escapes_it(tmp_path):
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": "a\x01b _x0041_ <c> & d\te"}]
    path = tmp_path / "t.xlsx"
    write_workbook(path, LINK_COLUMNS, rows, AMOUNT_COLUMNS, date(2026, 9, 8))
    _, row = read_sheet(path)
    # Excel reads _xHHHH_ as the character HHHH (openpyxl leaves it as written): a literal one is escaped
    # (_x005F_ is "_").
    assert row[1].value == "a_x0001_b _x005F_x0041_ <c> & d\te"


def test_the_rows_never_pass_through_the_system_s_temporary_folder(tmp_path, monkeypatch):
    """XlsxWriter streams the sheet through temporary files: beside the workbook, in the build's owner-only
    staff output (removed whole if the build is killed), never in /tmp with every debtor's link."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "absent"))  # a file made there would fail
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "url": "https://example.org/s/secret/"}]
    (tmp_path / "staff").mkdir()
    write_workbook(tmp_path / "staff" / "t.xlsx", LINK_COLUMNS, rows, AMOUNT_COLUMNS, date(2026, 9, 8))
    assert [p.name for p in (tmp_path / "staff").iterdir()] == ["t.xlsx"]  # its temporary files removed
