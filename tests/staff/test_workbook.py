"""links.xlsx: links.csv's rows as an Excel workbook, read here as any spreadsheet reads it (the zip's
SpreadsheetML parts, with lxml): an amount is a number cell shown with two decimals whatever the
spreadsheet's regional settings (a CSV file's "1700,8" or "1,700.8" is what its settings make of it),
a text a text cell that never runs, the same in both staff languages."""

from __future__ import annotations

import csv
import re
import stat
import zipfile
from decimal import Decimal
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from incasso.staff.exports import AMOUNT_COLUMNS, LINK_COLUMNS
from incasso.staff.workbook import WORKBOOK_LINKS, write_workbook
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS = {"m": MAIN}


def read_sheet(path: Path) -> tuple[list[list[object]], dict[int, str]]:
    """The first sheet's rows as a spreadsheet reads them (a number cell as a Decimal, a text cell as its
    text, an empty one as ""), and each column's (0-based) number format of its data rows."""
    with zipfile.ZipFile(path) as book:
        assert book.testzip() is None
        relations = etree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        workbook_xml = etree.fromstring(book.read("xl/workbook.xml"))
        (sheet,) = workbook_xml.findall("m:sheets/m:sheet", NS)
        target = {r.get("Id"): r.get("Target") for r in relations}[sheet.get(f"{{{_R}}}id")]
        data = etree.fromstring(book.read("xl/" + target))
        formats = _formats(etree.fromstring(book.read("xl/styles.xml")))
    rows, shown = [], {}
    for row in data.findall("m:sheetData/m:row", NS):
        cells: list[object] = [""] * len(LINK_COLUMNS)
        for cell in row.findall("m:c", NS):
            column = _column(cell.get("r"))
            assert cell.find("m:f", NS) is None  # no formula anywhere
            if cell.get("t") == "inlineStr":
                cells[column] = "".join(cell.find("m:is", NS).itertext())
            else:
                assert cell.get("t") in (None, "n")
                cells[column] = Decimal(cell.findtext("m:v", namespaces=NS))
                shown[column] = formats[int(cell.get("s", "0"))]
        rows.append(cells)
    return rows, shown


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BUILT_IN = {0: "General", 2: "0.00", 4: "#,##0.00"}


def _formats(styles: etree._Element) -> list[str]:
    custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.findall("m:numFmts/m:numFmt", NS)}
    return [{**BUILT_IN, **custom}[int(xf.get("numFmtId", "0"))] for xf in styles.findall("m:cellXfs/m:xf", NS)]


def _column(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference)[0]
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


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
    (header, *rows), shown = read_sheet(path)
    links = csv_rows(site.internal / "links.csv")
    assert header == list(LINK_COLUMNS) == links[0]
    amounts = sorted(LINK_COLUMNS.index(column) for column in AMOUNT_COLUMNS)
    assert sorted(shown) == amounts and {shown[i] for i in amounts} == {"#,##0.00"}
    for row, plain in zip(rows, links[1:], strict=True):
        assert [row[i] for i in amounts] == [Decimal(plain[i]) for i in amounts]
        # The texts as the ledger writes them: a text cell never runs, so no protective quote.
        assert [c for i, c in enumerate(row) if i not in amounts] == [
            c.removeprefix("'") for i, c in enumerate(plain) if i not in amounts
        ]
    (first,) = [row for row in rows if row[0] == "000123"]  # an id of digits keeps its zeros: a text cell
    assert first[1] == '=HYPERLINK("x")' and first[-1] == "+31 6 12345678"
    (second,) = [row for row in rows if row[0] == "D-1002"]
    assert second[LINK_COLUMNS.index("total_due")] >= Decimal("1700.80")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The overview links it, and says in the staff's language that it is the one to open in a spreadsheet.
    overview = lxml.html.parse(site.internal / "index.html").getroot()
    (files,) = overview.xpath("//p[@class='files']")
    assert "links.xlsx" in files.xpath("a/@href")
    assert OPEN_THIS[language] in " ".join(files.text_content().split())


OPEN_THIS = {
    "nl": "Open in Excel of een ander spreadsheetprogramma het bestand links.xlsx: de bedragen zijn daar getallen",
    "en": "In Excel or another spreadsheet program, open the file links.xlsx: its amounts are numbers",
}


def test_the_workbook_is_the_same_bytes_for_the_same_rows(tmp_path):
    """A build made again makes the same file (SOURCE_DATE_EPOCH builds): no time of writing in the zip."""
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "total_due": "-12.50"}]
    for name in ("a.xlsx", "b.xlsx"):
        write_workbook(tmp_path / name, LINK_COLUMNS, rows, AMOUNT_COLUMNS)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    # Plain zip entries: Excel reads only its own kind of ZIP64 extra fields, and a file this size needs none.
    raw = (tmp_path / "a.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as book:
        for entry in book.infolist():
            local = raw[entry.header_offset : entry.header_offset + 30]  # the local header, before name and extra
            needs, extra = int.from_bytes(local[4:6], "little"), int.from_bytes(local[28:30], "little")
            assert (entry.extra, needs, extra) == (b"", 20, 0), entry.filename  # 45 and an extra field: ZIP64
    (_, row), _ = read_sheet(tmp_path / "a.xlsx")
    assert row[0] == "X-1" and row[LINK_COLUMNS.index("total_due")] == Decimal("-12.50")


def test_a_text_the_xml_cannot_hold_is_written_as_excel_escapes_it(tmp_path):
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": "a\x01b _x0041_ <c> & d\te"}]
    path = tmp_path / "t.xlsx"
    write_workbook(path, LINK_COLUMNS, rows, AMOUNT_COLUMNS)
    (_, row), _ = read_sheet(path)
    # Excel reads _xHHHH_ as the character HHHH: a literal one is escaped (_x005F_ is "_").
    assert row[1] == "a_x0001_b _x005F_x0041_ <c> & d\te"
