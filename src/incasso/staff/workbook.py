"""links.xlsx: links.csv's rows as an Excel workbook (Office Open XML, SpreadsheetML), for a spreadsheet.

A CSV file leaves every amount to the reader's regional settings: Excel with Dutch settings reads "1700.80"
as a thousands separator, one with English settings splits "1700,80" in two or takes it for text, and both
show a number read from it as "1700,8". In a workbook an amount is a number cell with the number format
"#,##0.00": any spreadsheet, in any language, shows it with two decimals and its own separators, and sums
it. A text is a text cell, which no spreadsheet runs as a formula, so it needs no protective quote (links.csv
has one), and an id of digits keeps its leading zeros.

Written by hand, not with a library: one sheet of text and number cells is a few fixed parts, and the
sheet's rows are streamed into the zip (hundreds of MB of XML at 100,000 debtors). Nothing in the file
depends on the time it was written, so a build made again makes the same bytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from incasso.staff.exports import PLAIN_NUMBER

WORKBOOK_LINKS = "links.xlsx"
SHEET = "xl/worksheets/sheet1.xml"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest: no time of writing in the file

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PACKAGE_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="links" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PACKAGE_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
    ),
    # Style 0: the default; style 1: built-in number format 4, "#,##0.00", for the amounts; style 2: bold,
    # for the header.
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}
AMOUNT_STYLE, HEADER_STYLE = 1, 2
# The header stays in view while scrolling.
_SHEET_START = (
    f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    "<sheetData>"
)
_SHEET_END = "</sheetData></worksheet>"

# XML 1.0 cannot hold most control characters; Excel writes any character as _xHHHH_ (ST_Xstring), and
# reads a literal "_xHHHH_" so too, unless its "_" is written _x005F_.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def write_workbook(
    path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]], amounts: Collection[str]
) -> None:
    """`rows` as a workbook of one sheet at `path`: the header, then a row each; a value of a column in
    `amounts` that is a plain number as a number cell with two decimals, any other as a text cell."""
    letters = [_letter(n) for n in range(len(columns))]
    with zipfile.ZipFile(path, "w") as book:
        for name, text in _PARTS.items():
            book.writestr(_entry(name), _HEAD + text)
        # No ZIP64 (Excel reads only its own kind of it): the sheet stays far below 2 GB at 100,000 debtors.
        with book.open(_entry(SHEET), "w") as sheet:
            header = {column: column for column in columns}
            chunk = [_HEAD, _SHEET_START, _row(1, columns, letters, header, (), HEADER_STYLE)]
            for number, row in enumerate(rows, start=2):
                chunk.append(_row(number, columns, letters, row, amounts, 0))
                if len(chunk) >= _ROWS_A_WRITE:  # a write of many rows: a row a write would take twice as long
                    sheet.write("".join(chunk).encode())
                    chunk.clear()
            sheet.write("".join([*chunk, _SHEET_END]).encode())


_ROWS_A_WRITE = 2000


def _entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, _FIXED_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def _row(
    number: int, columns: Sequence[str], letters: list[str], row: dict[str, str], amounts: Collection[str], style: int
) -> str:
    cells = []
    for column, letter in zip(columns, letters, strict=True):
        value, at = row[column], f"{letter}{number}"
        if not value:
            continue  # an empty cell, as a spreadsheet leaves one
        if column in amounts and PLAIN_NUMBER.fullmatch(value):
            cells.append(f'<c r="{at}" s="{AMOUNT_STYLE}"><v>{value}</v></c>')
        else:
            text = escape(_NOT_XML.sub(lambda m: f"_x{ord(m[0]):04X}_", value))
            styled = f' s="{style}"' if style else ""
            cells.append(f'<c r="{at}"{styled} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _letter(index: int) -> str:
    """A column's letters: A for 0, Z for 25, AA for 26."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
