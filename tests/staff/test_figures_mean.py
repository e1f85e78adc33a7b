"""s51: the staff dossier and overview show figures that mean something.

A clerk's week read, on real builds of the demo ledger:
- a paid dossier's top said "Totaal te betalen: EUR 0,00", true of every closed claim and telling nothing; it now says
  what was paid and when ("Volledig betaald op 4 november 2026: EUR 318,89"), as the written-off and settled dossiers
  say what became of theirs (s50);
- the ageing table showed "0,00" in every empty bucket, and the signal "Betaling na afschrijving" the written-off
  claim's "EUR 0,00" open: an empty bucket now says "—" (read out as "geen"), the signal what came in after the
  write-off;
- a running settlement's dossier did not show what its debtor's page promises to let go once the agreed sum is paid
  ("Dan schelden wij de rest van EUR 2.121,00 kwijt"); it now does, beside the agreed sum;
- a check was "Controle: toezegging betaald?" in the task list and "Controleren of ..." in the dossier: one wording.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import html5lib
import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview import FlagKind, Row, flags
from incasso.staff.rows import signal_row
from tests.staff.test_paid_after_write_off import AS_OF, ledger_paying
from tests.support.site import build_site

NBSP = "\xa0"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    built = build_site(tmp_path_factory.mktemp("figures"))
    assert built.exit_code == 0
    return built


def _tree(path: Path):
    return html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())


def _read(element) -> str:
    """An element's text as a screen reader reads it, in order: what aria-hidden hides left out."""

    def said(e) -> str:
        if e.tag == "br":  # a line break between two words
            return " " + (e.tail or "")
        inner = "" if e.get("aria-hidden") == "true" else (e.text or "") + "".join(said(c) for c in e)
        return inner + (e.tail or "")

    inner = (element.text or "") + "".join(said(c) for c in element)
    return re.sub(r"\s+", " ", inner.replace(NBSP, " ")).strip()


def _glance(site, debtor: str) -> str:
    return _read(_tree(site.internal / "d" / f"{debtor}.html").find(".//p[@class='glance']"))


def _figures(site, debtor: str) -> list[tuple[str, str]]:
    table = _tree(site.internal / "d" / f"{debtor}.html").find(".//table[@class='figures']")
    return [(_read(tr.find("th")), _read(tr.find("td"))) for tr in table.iter("tr")]


def test_a_paid_dossier_says_what_was_paid_and_when(site):
    # Paid on 4 November 2026: 318,40 principal and 0,49 interest; 1,11 over is a credit to refund.
    assert _glance(site, "D-1014") == "Volledig betaald op 4 november 2026: EUR 318,89 · Bedragen"
    assert _figures(site, "D-1014") == [
        ("Hoofdsom betaald", "EUR 318,40"),
        ("Rente betaald", "EUR 0,49"),
        ("Volledig betaald op 4 november 2026", "EUR 318,89"),
        ("Tegoed (te veel betaald)", "EUR 1,11"),
    ]
    # Principal alone: one row, the total's (as the written-off and settled dossiers say one kind once).
    assert _figures(site, "D-1015") == [("Volledig betaald op 12 september 2026", "EUR 1.512,50")]


def test_no_dossier_top_says_eur_0_00(site):
    tops = {page.stem: _glance(site, page.stem) for page in (site.internal / "d").glob("*.html")}
    assert len(tops) >= 19
    assert {debtor: top for debtor, top in tops.items() if "EUR 0,00" in top} == {}


def test_a_running_settlement_s_dossier_says_what_it_lets_go_as_its_page_does(site):
    said = "Kwijtgescholden na betaling van het afgesproken bedrag: EUR 2.121,00"
    assert _glance(site, "D-1017").startswith(f"Afgesproken: EUR 1.200,00 van EUR 3.321,00 · {said} · "), _glance(
        site, "D-1017"
    )
    with (site.internal / "links.csv").open(encoding="utf-8") as f:
        url = next(row["url"] for row in csv.DictReader(f) if row["id"] == "D-1017")
    page = _read(_tree(site.output / url / "index.html").find("body"))
    assert "Dan schelden wij de rest van EUR 2.121,00 kwijt." in page


def test_an_empty_ageing_bucket_says_none_not_0_00(site):
    table = _tree(site.internal / "index.html").find(".//table[@class='ageing-table']")
    cells = [_read(td) for tr in table.iter("tr") for td in tr.findall("td")]
    assert "0,00" not in cells, cells
    assert "geen" in cells  # the demo has empty buckets: named for a screen reader
    assert all(re.fullmatch(r"geen|[\d.]+(,\d\d)?", cell) for cell in cells), cells


def test_a_payment_after_a_write_off_signals_what_came_in_not_eur_0_00(tmp_path):
    """2.000,00 came in after the write-off, more than was owed: nothing is open, the rest is a credit."""
    root = ledger_paying(tmp_path, "2000.00")
    books = read_books(root, AS_OF)
    claim = assess(books.ledger, books.ledger.debtors[0], AS_OF)
    found = flags(claim, books.ledger.creditor.policy)
    flag = next(f for f in found if f.kind == FlagKind.PAID_AFTER_WRITE_OFF)
    assert claim.total_due == 0
    assert signal_row(flag, Row(claim, found, "d/D-1.html", "")).amount == f"EUR{NBSP}2.000,00"


def _next_steps(site) -> dict[str, str]:
    """Each dossier's next step as the overview's table of all dossiers names it (today's work, by the same name,
    holds only those due)."""
    steps = {}
    for tr in _tree(site.internal / "index.html").find(".//table[@id='claims']").iter("tr"):
        badge = next((e for e in tr.iter("span") if "action" in e.get("class", "").split()), None)
        if badge is not None:
            steps[tr.get("data-id")] = _read(badge)
    return steps


def test_a_check_is_worded_the_same_in_the_task_list_and_the_dossier(site):
    steps = {debtor: step for debtor, step in _next_steps(site).items() if step.startswith("Controle")}
    assert {"Controle: toezegging betaald?", "Controle: termijn betaald?", "Controle: akkoord betaald?"} <= set(
        steps.values()
    ), steps
    for debtor, step in steps.items():
        explain = _tree(site.internal / "d" / f"{debtor}.html").find(".//section[@class='explain']")
        lines = [_read(p) for p in explain.findall("p")]
        said = next(line for line in lines if line.startswith(("Controle", "Controleren")))
        assert said.startswith(f"{step} "), (debtor, step, said)
    assert not [debtor for debtor in steps if "Controleren of" in _read(_tree(site.internal / "d" / f"{debtor}.html"))]


@pytest.mark.parametrize("lang", [Language.NL, Language.EN])
def test_no_check_in_either_language_is_worded_apart(lang):
    from incasso.staff.language import words

    with speaking(lang):
        checks = {key: text for key, text in words().NEXT.items() if key.startswith("check_") and "reminder" not in key}
    assert checks and all(text.startswith("{action} {when}") for text in checks.values()), checks


def test_a_settled_or_written_off_row_says_its_amount_is_let_go_not_open(site):
    """The table of all dossiers reads "Openstaand": D-1018's EUR 660,76 was remitted, D-1016's written off."""
    table = _tree(site.internal / "index.html").find(".//table[@id='claims']")
    cells = {tr.get("data-id"): _read(tr.findall("td")[1]) for tr in table.iter("tr") if tr.get("data-id")}
    assert cells["D-1018"] == "EUR 660,76 kwijtgescholden"
    assert cells["D-1016"] == "EUR 206,96 afgeschreven"
    assert cells["D-1017"] == "EUR 3.021,00"  # running: what is open, as before
    groups = {tr.get("data-group"): _read(tr) for tr in table.iter("tr") if "group" in tr.get("class", "").split()}
    assert groups["settled"].endswith("1 dossier · EUR 660,76 kwijtgescholden"), groups
    assert groups["written_off"].endswith("1 dossier · EUR 206,96 afgeschreven"), groups


def test_a_paid_row_says_nothing_is_open_not_eur_0_00(site):
    """s51: a paid dossier's row read "EUR 0,00" under "Openstaand", beside the settled rows' "kwijtgescholden": "—",
    read as "geen" (its badge says "Betaald op ..."). The paid group's header counts its dossiers, with no amount."""
    table = _tree(site.internal / "index.html").find(".//table[@id='claims']")
    rows = [tr for tr in table.iter("tr") if tr.get("data-id") and tr.get("data-group") == "paid"]
    assert rows, "the demo has paid dossiers"
    for tr in rows:
        amount = tr.findall("td")[1]
        assert _read(amount) == "geen" and "".join(amount.itertext()).startswith("—"), _read(tr)
        assert _read(tr.findall("td")[0]).startswith("Betaald"), _read(tr)
    header = next(
        tr for tr in table.iter("tr") if "group" in tr.get("class", "").split() and tr.get("data-group") == "paid"
    )
    assert re.fullmatch(r"Betaald \d+ dossiers?", _read(header)), _read(header)
