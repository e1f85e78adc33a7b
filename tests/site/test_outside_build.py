"""Credits of invoices outside the ledger through real builds and `incasso check` (creditor.yaml's
`invoice_numbers`): a camt.053 export holds customers' payments of invoices paid on time, never in the ledger.
They are counted and listed apart (one folded list on the overview, one line in changes.md and in check), marked
in claims.json, and none is staff's work; a credit of a payer who matches a debtor, or without such a number,
stays on the list to assign."""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import html5lib
import pytest

from incasso.cli.main import main
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

D1, D2 = date(2026, 12, 2), date(2026, 12, 4)
CREDITED = date(2026, 12, 3)
OUTSIDE = [
    Booking("40.00", CREDITED, ref="2026120300021", text="Factuur F2026-0301", name="Bakkerij Jansen",
            iban="NL70INGB0001112223"),
    Booking("75.50", CREDITED, ref="2026120300022", text="f2026 0302 bedankt", name="P. Smit", iban=None),
]  # fmt: skip
WORK = [
    # The payer's name is like D-0002's: a debtor's, whatever it names.
    Booking("150.00", CREDITED, ref="2026120300023", text="F2026-0303", name="A YILMAZ", iban="NL21INGB0009998887"),
    Booking("33.00", CREDITED, ref="2026120300024", text="deel betaling", name="Onbekend", iban=None),
]


def _ledger(tmp: Path) -> Path:
    yilmaz = valid_debtor(
        id="D-0002",
        name="Ahmed Yilmaz",
        invoices=[invoice(number="F2026-0254", date=date(2026, 9, 22), due=date(2026, 10, 6), amount="1245.00")],
        events=[event(date(2026, 10, 8), "reminder", channel="email")],
    )
    hendriks = valid_debtor(
        id="D-0001",
        name="Karin Hendriks",
        invoices=[invoice(number="F2026-0231", date=date(2026, 10, 1), due=date(2026, 10, 15), amount="389.80")],
    )
    creditor = valid_creditor(interest="none", invoice_numbers=["F####-####"])
    ledger = write_ledger(tmp, creditor=creditor, debtors=[hendriks, yilmaz])
    paid = Booking("200.00", date(2026, 12, 1), ref="2026120100011", scor=rf_reference("D-0001"), name="K HENDRIKS")
    write_bank(ledger, {"camt053_2026-12-01.xml": camt053(CREDITOR_IBAN, [paid])})
    return ledger


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("outside")
    ledger = _ledger(tmp)
    assert build_site(tmp, ledger=ledger, as_of=D1).exit_code == 0  # the day before: changes.md compares with it
    statement = camt053(CREDITOR_IBAN, OUTSIDE + WORK, opening="1200.00", message_id="CAMT053-TEST-2")
    write_bank(ledger, {"camt053_2026-12-03.xml": statement})
    said = io.StringIO()
    with contextlib.redirect_stdout(said):
        built = build_site(tmp, ledger=ledger, as_of=D2)
    assert built.exit_code == 0
    built.ledger = ledger  # type: ignore[attr-defined]
    built.said = said.getvalue()  # type: ignore[attr-defined]
    return built


def _text(path: Path) -> str:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    return re.sub(r"[ \t\r\n]+", " ", "".join(tree.find("body").itertext()))


def _outside_list(path: Path):
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(path.read_bytes())
    [folded] = [d for d in tree.iter("details") if "bank-outside" in d.get("class", "")]
    return folded


def test_the_overview_lists_them_folded_apart_and_not_to_assign(site):
    overview = site.internal / "index.html"
    folded = _outside_list(overview)
    assert folded.get("open") is None  # folded: no work
    summary = "".join(folded.find("summary").itertext())
    assert summary == "2 betalingen van facturen buiten incasso (EUR\xa0115,50 samen)"
    rows = [
        [re.sub(r"[ \t\r\n]+", " ", "".join(td.itertext())).strip() for td in tr.iter("td")] for tr in folded.iter("tr")
    ]
    assert [r for r in rows if r] == [
        ["3 dec 2026", "EUR\xa040,00", "Bakkerij Jansen", "F2026-0301", "2026120300021"],
        ["3 dec 2026", "EUR\xa075,50", "P. Smit", "F2026-0302", "2026120300022"],
    ]
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(overview.read_bytes())
    to_assign = [tr.get("data-ref") for tr in tree.iter("tr") if "credit" in (tr.get("class") or "").split()]
    assert to_assign == ["2026120300023", "2026120300024"]


def test_changes_md_says_them_in_one_line_and_lists_the_work(site):
    changes = (site.internal / "changes.md").read_text(encoding="utf-8")
    assert (
        "2 nieuwe betalingen van facturen buiten incasso (EUR\xa0115,50 samen): tellen voor geen dossier. Kijk "
        "betalers en nummers na in het overzicht: ook een debiteur kan een verkeerd nummer noemen." in changes
    )
    assert "## Nieuwe bankbetalingen om te koppelen (2)" in changes
    assert "2026120300023" in changes and "2026120300024" in changes
    assert "2026120300021" not in changes and "Bakkerij" not in changes


def test_the_build_counts_them_in_its_line_on_the_changes(site):
    assert (
        "Changes since the build as of 2026-12-02: new bank credits to assign 2, new credits of invoices outside the "
        "ledger 2, bank statements now up to 2026-12-03;"
    ) in site.said


def test_claims_json_marks_them_and_counts_them_for_no_dossier(site):
    bank = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["bank"]
    marked = {u["bank_ref"]: u.get("outside_ledger") for u in bank["unassigned"]}
    assert marked == {
        "2026120300021": ["F2026-0301"],
        "2026120300022": ["F2026-0302"],
        "2026120300023": None,
        "2026120300024": None,
    }
    credit = next(c for c in bank["credits"] if c["bank_ref"] == "2026120300021")
    assert (credit["status"], credit["booked_to"], credit["outside_ledger"]) == ("unassigned", [], ["F2026-0301"])


def test_no_public_file_tells_of_them(site):
    for path in site.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Bakkerij" not in data and b"F2026-0301" not in data and b"2026120300021" not in data, path


def test_check_says_one_summary_line_and_a_note_for_each_credit_to_assign(site, capsys):
    capsys.readouterr()
    assert main(["check", "--ledger", str(site.ledger), "--as-of", D2.isoformat()]) == 0
    out = capsys.readouterr().out
    assert (
        "  invoices outside the ledger (creditor.yaml, invoice_numbers): 2 credits, EUR 115.50, counted for no "
        "dossier (the staff overview lists them: look over their payers and numbers, a debtor's payment with a "
        "wrong number can be among them)"
    ) in out.splitlines()
    notes = [line for line in out.splitlines() if "matches no dossier" in line]
    assert len(notes) == 2 and all("2026120300023" in n or "2026120300024" in n for n in notes)
    # Quiet (the nightly log): the line still counts them, as the notes it stands for were said even then.
    assert main(["check", "--ledger", str(site.ledger), "--as-of", D2.isoformat(), "-q"]) == 0
    quiet = capsys.readouterr().out.splitlines()
    assert sum("invoices outside the ledger" in line for line in quiet) == 1
    assert sum("matches no dossier" in line for line in quiet) == 2


def test_a_mask_that_fits_no_number_of_the_ledger_is_a_note_in_check_and_the_build(tmp_path, capsys):
    # F####-### is F####-#### a digit short: it fits none of F2026-0231 and F2026-0254. A note, no error.
    ledger = _ledger(tmp_path)
    creditor = ledger / "creditor.yaml"
    text = creditor.read_text(encoding="utf-8")
    creditor.write_text(text.replace('- "F####-####"', '- "F####-####"\n  - "F####-###"'), encoding="utf-8")
    lines = creditor.read_text(encoding="utf-8").splitlines()
    line = lines.index('  - "F####-###"') + 1
    column = 5  # the mask's opening quote
    expected = (
        f"note: {creditor}:{line}:{column}: invoice_numbers[1]: F####-### fits none of the ledger's 2 invoice and "
        "credit note numbers (such as F2026-0231): a typo?"
    )
    capsys.readouterr()
    assert main(["check", "--ledger", str(ledger), "--as-of", D2.isoformat(), "-q"]) == 0
    assert [said for said in capsys.readouterr().out.splitlines() if "invoice_numbers[" in said][0].startswith(expected)
    assert build_site(tmp_path, ledger=ledger, as_of=D2).exit_code == 0
    said = capsys.readouterr()
    [noted] = [n for n in (said.out + said.err).splitlines() if "invoice_numbers[" in n]
    assert noted.startswith(expected) and noted.endswith("a new series may have no overdue invoice in the ledger yet")


def many_outside(count: int) -> list[Booking]:
    """`count` credits of invoices outside the ledger, one a day up to the 3rd of December, oldest first: their
    amounts, payers and numbers like no dossier's."""
    return [
        Booking(f"{41 + n}.00", CREDITED - timedelta(days=count - 1 - n), ref=f"20261203{n:05}",
                text=f"Factuur F2026-{n + 500:04}", name=f"Klant {n}", iban=None)
        for n in range(count)
    ]  # fmt: skip


def test_more_than_the_overview_shows_are_on_a_page_of_their_own_linked_from_it(tmp_path):
    ledger = _ledger(tmp_path)
    write_bank(ledger, {"camt053_2026-12-03.xml": camt053(CREDITOR_IBAN, many_outside(14), message_id="MANY")})
    assert build_site(tmp_path, ledger=ledger, as_of=D2).exit_code == 0
    folded = _outside_list(tmp_path / "internal" / "index.html")
    refs = [tr.get("data-ref") for tr in folded.iter("tr") if tr.get("data-ref")]
    assert refs == [f"20261203{n:05}" for n in range(13, 3, -1)]  # the newest 10, newest first
    [link] = [a for a in folded.iter("a") if "outside-more" in a.get("class", "")]
    assert link.get("href") == "bank/outside.html"
    assert "".join(link.itertext()).startswith("Alle 14 betalingen van facturen buiten incasso")
    page = tmp_path / "internal" / "bank" / "outside.html"
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(page.read_bytes())
    listed = [tr.get("data-ref") for tr in tree.iter("tr") if tr.get("data-ref")]
    assert listed == [f"20261203{n:05}" for n in range(13, -1, -1)]  # all, newest first
    assert "Betalingen van facturen buiten incasso 14" in _text(page)
