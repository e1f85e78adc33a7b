"""s50: "EUR 0,00" in a dossier's amount column where it means nothing: the cell says "—", named for a screen reader.

A clerk's week read "Betaald EUR 0,00" on every invoice nothing was paid on and on every instalment still to come,
as if a zero were a figure to reckon with. Nothing paid now shows "—", read out as "geen" ("none"; "nog niet", "not
yet", of an instalment still to come), as the dossier's other empty cells (the payment that names no invoice, the
invoice a dispute holds apart) are now too. A zero that is a figure stays: an invoice paid in full has "Open EUR 0,00",
the summary "Incassokosten open EUR 0,00". A real build of the demo ledger: D-1001 (one invoice, nothing paid), D-1011
(a plan, two instalments to come), D-1014 (paid in full).
"""

from __future__ import annotations

import re

import html5lib
import pytest

from tests.support.site import build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("blank"))
    assert built.exit_code == 0
    return built


def _rows(site, debtor_id: str, table: str) -> list[list[str]]:
    """The cells of the table's body rows as a screen reader reads them (what aria-hidden hides left out)."""
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(
        (site.internal / "d" / f"{debtor_id}.html").read_bytes()
    )
    rows = tree.findall(f".//table[@class='{table}']/tbody/tr")

    def read(cell) -> str:
        hidden = {id(e) for e in cell.iter() if e.get("aria-hidden") == "true"}
        texts = [e.text or "" for e in cell.iter() if id(e) not in hidden] + [
            e.tail or "" for e in cell.iter() if e is not cell
        ]
        return re.sub(r"[ \t\r\n]+", " ", "".join(texts)).strip()

    return [[read(td) for td in tr.findall("td")] for tr in rows]


def test_an_invoice_nothing_was_paid_on_says_none_not_eur_0_00(site):
    (row,) = _rows(site, "D-1001", "invoices")
    assert row[4] == "geen"  # Betaald
    assert row[5] == "EUR\xa02.395,00"  # Open, a figure


def test_instalments_still_to_come_say_not_yet_paid(site):
    paid = [row[2] for row in _rows(site, "D-1011", "plan")]
    assert paid == ["EUR\xa0460,00", "EUR\xa0460,00", "nog niet", "nog niet"]  # as the debtor's page reads them


def test_a_payment_naming_no_invoice_is_named_none(site):
    assert {row[2] for row in _rows(site, "D-1011", "payments")} == {"geen"}


def test_a_zero_that_is_a_figure_stays(site):
    (row,) = _rows(site, "D-1014", "invoices")
    assert row[5] == "EUR\xa00,00"  # paid in full: nothing open, a balance
    # An open claim's costs none charged: a figure of the claim (s51: a paid claim's figures say what was paid).
    page = (site.internal / "d" / "D-1001.html").read_text(encoding="utf-8")
    assert "Incassokosten open" in page


def test_no_dossier_shows_eur_0_00_as_paid(site):
    for page in (site.internal / "d").glob("*.html"):
        for table in ("invoices", "plan"):
            column = 4 if table == "invoices" else 2
            for row in _rows(site, page.stem, table):
                assert row[column] != "EUR\xa00,00", (page.name, table, row)
