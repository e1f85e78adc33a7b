"""links.xlsx: links.csv's rows as an Excel workbook (Office Open XML, SpreadsheetML), for a spreadsheet.

A CSV file leaves every amount to the reader's regional settings: Excel with Dutch settings reads "1700.80"
as a thousands separator, one with English settings splits "1700,80" in two or takes it for text, and both
show a number read from it as "1700,8". In a workbook an amount is a number cell with the number format
"#,##0.00": any spreadsheet, in any language, shows it with two decimals and its own separators, and sums
it. A text is a text cell, which no spreadsheet runs as a formula, so it needs no protective quote (links.csv
has one), and an id of digits keeps its leading zeros.

Written with XlsxWriter in its constant-memory mode: each row goes to a temporary file (beside the
workbook) as it is written, so 100,000 debtors do not hold the sheet in memory. Every text goes through
write_string, never write(), which would take a text starting with "=" for a formula; XlsxWriter escapes
what XML cannot hold as Excel does (_xHHHH_). The file's one date is the build's as-of day (its zip entries
carry a fixed one), so a build made again for the same day makes the same bytes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from xlsxwriter import Workbook

from incasso.staff.exports import PLAIN_NUMBER

WORKBOOK_LINKS = "links.xlsx"
SHEET_NAME = "links"
AMOUNT_FORMAT = "#,##0.00"  # Excel's built-in format 4: two decimals, the reader's own separators


def write_workbook(
    path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]], amounts: Collection[str], as_of: date
) -> None:
    """`rows` as a workbook of one sheet at `path`: the header in bold, then a row each; a value of a column in
    `amounts` that is a plain number as a number cell with two decimals, any other as a text cell, an empty one
    as no cell at all. Its properties say it was made on `as_of` (no time of writing: the same bytes again)."""
    # Its temporary files beside the workbook: in the build's owner-only staff output, which a killed build's
    # next one removes whole, not in /tmp with every debtor's link.
    book = Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    book.set_properties({"created": datetime.combine(as_of, time())})
    header, amount = book.add_format({"bold": True}), book.add_format({"num_format": AMOUNT_FORMAT})
    sheet = book.add_worksheet(SHEET_NAME)
    sheet.freeze_panes(1, 0)  # the header stays in view while scrolling
    for number, column in enumerate(columns):
        sheet.write_string(0, number, column, header)
    for line, row in enumerate(rows, start=1):
        for number, column in enumerate(columns):
            value = row[column]
            if not value:
                continue  # an empty cell, as a spreadsheet leaves one
            if column in amounts and PLAIN_NUMBER.fullmatch(value):
                sheet.write_number(line, number, float(value), amount)  # a double, as Excel holds any number
            else:
                sheet.write_string(line, number, value)
    book.close()
