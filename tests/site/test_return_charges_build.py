"""s56, s57, a real build: a payment the bank took back with its charges on top is told to the debtor as the payment
alone, and the charges to staff as the creditor's cost.

Four consumers, each one invoice of 1250.00 due 4 February 2026, reminded on 5 February. Each paid it whole on
4 November by a transfer with an end-to-end reference; on 19 November the bank took each back with 2.50 more (a
direct debit refunded on the payer's request, MD06, the payer's bank's compensation on top), as the standards write
it, in two builds. In a camt.053: D-3201's entry names the original amount (AmtDtls/InstdAmt), D-3202's the charges in
its amount (Chrgs), and D-3203's and D-3204's are two transactions of one entry (a batch of returns), each naming its
own in the same way. In an ING MT940: each return's :61: says it in its supplementary details (subfield 9,
/OCMT/EUR1250,00/ or /CHGS/EUR2,50/), D-3203's :86: the same again. The build of 22 November: each page and letter
tells the payment of 1250.00 taken back and 1250.00 still open, never 1252.50 nor the 2.50; `incasso check`,
claims.json, the staff overview and the dossier name the charges, the creditor's cost.
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site, page_text, visible_text

pytestmark = pytest.mark.slow

AS_OF = date(2026, 11, 22)
PAID, RETURNED = date(2026, 11, 4), date(2026, 11, 19)
# id: (language, what the return says of the credit it takes back, the payer's account)
DEBTORS = {
    "D-3201": ("nl", {"instructed": "1250.00"}, "NL20INGB0001234567"),
    "D-3202": ("en", {"charges": "2.50"}, "NL02ABNA0123456789"),
    "D-3203": ("nl", {"instructed": "1250.00"}, "NL69INGB0123456789"),
    "D-3204": ("en", {"charges": "2.50"}, "NL44RABO0123456780"),
}
# Each return's bank reference, by file: in the camt.053 D-3203's and D-3204's are one entry's transactions.
RETURNS = {"camt": ["B1", "B2", "B3/1", "B3/2"], "mt940": ["B1", "B2", "B3", "B4"]}
SAID = {
    "nl": "Uw betaling van EUR 1.250,00 op 4 november 2026 is op 19 november 2026 door de bank teruggeboekt. "
    "Daarom telt die betaling niet mee en staat dat bedrag nog open.",
    "en": "Your payment of EUR 1,250.00 on 4 November 2026 was returned by the bank on 19 November 2026. So that "
    "payment does not count, and that amount is still open.",
}
# What the return debited, and the charges in it: the creditor's, never in anything the debtor reads.
NEVER = {"nl": ("1.252,50", "2,50"), "en": ("1,252.50", "2.50")}


def _debtor(debtor_id: str, language: str) -> dict:
    contact = {"person": "Jan de Vries", "address": ["Dorpsstraat 1", "1234 AB Ergens"], "email": "jan@example.nl"}
    return valid_debtor(
        id=debtor_id,
        language=language,
        contact=contact,
        invoices=[invoice(number=f"F2026-{debtor_id[2:]}")],
        events=[event(date(2026, 2, 5), "reminder", channel="email")],
    )


def _bank_file(kind: str) -> dict[str, bytes]:
    """The statement of 4 to 22 November: each payment and its return, the camt.053's last two in one entry."""
    paid, back = [], []
    for n, (debtor_id, (_, says, account)) in enumerate(DEBTORS.items(), start=1):
        end_to_end = f"E2E-{debtor_id}"
        paid.append(
            Booking("1250.00", PAID, ref=f"C{n}", scor=rf_reference(debtor_id), iban=account, end_to_end=end_to_end)
        )
        returned = Booking(
            "1252.50", RETURNED, credit=False, ref=f"B{n}", return_reason="MD06", iban=account, end_to_end=end_to_end
        )
        back.append(replace(returned, **says))
    costs = Booking("4.50", AS_OF, credit=False, ref="K1", name="Bank", iban=None)  # to the page's day
    if kind == "camt":
        parts = tuple(replace(b, ref=None) for b in back[2:])
        batch = Booking("2505.00", RETURNED, credit=False, ref="B3", return_reason="MD06", parts=parts)
        return {"a.xml": camt053(CREDITOR_IBAN, [*paid, *back[:2], batch, costs])}
    placed = [replace(b, amounts_in=(":61:", ":86:") if n == 2 else (":61:",)) for n, b in enumerate(back)]
    return {"a.sta": mt940(CREDITOR_IBAN, [*paid, *placed, costs])}


@pytest.fixture(scope="module", params=list(RETURNS))
def built(request, tmp_path_factory) -> tuple[dict, dict[str, str], dict[str, list[str]], Path, str, str]:
    """claims.json, each debtor's page and letters (PDF and e-mail, as text) of the build of 22 November, the
    internal output, what `incasso check` says, and which bank file it read."""
    tmp_path: Path = tmp_path_factory.mktemp("charges")
    debtors = [_debtor(debtor_id, language) for debtor_id, (language, _, _) in DEBTORS.items()]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    write_bank(ledger, _bank_file(request.param))
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    pages = {c["id"]: page_text(site, c) for c in document["claims"]}
    letters: dict[str, list[str]] = {debtor_id: [] for debtor_id in DEBTORS}
    for path in (site.internal / "letters").glob("D-*.pdf"):
        letters[path.stem[:6]].append(flat(" ".join(pdf_text(path.read_bytes()))))
    for path in (site.internal / "letters").glob("D-*.eml"):
        body = read_eml(path).get_body(preferencelist=("plain",))
        assert body is not None
        letters[path.stem[:6]].append(flat(body.get_content()))
    from incasso.cli.main import main

    said = io.StringIO()
    with contextlib.redirect_stdout(said):
        assert main(["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]) == 0
    return document, pages, letters, site.internal, " ".join(said.getvalue().split()), request.param


@pytest.mark.parametrize("debtor_id", list(DEBTORS))
def test_the_page_and_letter_tell_the_payment_taken_back_and_owe_its_amount_not_the_charges(built, debtor_id):
    document, pages, letters, *_ = built
    language = DEBTORS[debtor_id][0]
    claim = next(c for c in document["claims"] if c["id"] == debtor_id)
    assert [(r["amount"], r["bank_ref"]) for r in claim["payments_returned"]] == [("1250.00", f"C{debtor_id[-1]}")]
    assert (claim["amount_to_pay"], claim["paid_total"]) == ("1250.00", "0.00")
    assert letters[debtor_id], "the dunning letter is due today"
    for said in (pages[debtor_id], *letters[debtor_id]):
        assert SAID[language] in said
        assert not [amount for amount in NEVER[language] if amount in said], said


def test_check_and_claims_json_name_each_return_s_charges(built):
    document, *_, checked, kind = built
    returns = document["bank"]["returns"]
    assert [(r["bank_ref"], r["amount"], r["credit"], r["charges"]) for r in returns] == [
        (back, "1252.50", f"C{n}", "2.50") for n, back in enumerate(RETURNS[kind], start=1)
    ]
    for n, (debtor_id, back) in enumerate(zip(DEBTORS, RETURNS[kind], strict=True), start=1):
        assert f"note: {debtor_id}: bank entry {back} (" in checked
        assert f"takes back credit C{n} of EUR 1250.00" in checked
    assert checked.count("debits EUR 1252.50: EUR 2.50 more, charges the bank added") == len(DEBTORS)


def test_the_staff_overview_and_the_dossier_name_the_charges_the_creditor_s_cost(built):
    *_, internal, _, kind = built
    overview = visible_text((internal / "index.html").read_text(encoding="utf-8"))
    for n, (debtor_id, back) in enumerate(zip(DEBTORS, RETURNS[kind], strict=True), start=1):
        said = (
            f"Bankboeking {back} boekt betaling C{n} (EUR 1.250,00) terug en schrijft EUR 1.252,50 af: EUR 2,50 meer, "
            "kosten die de bank erbij afschreef"
        )
        assert said in overview
        dossier = next(internal.glob(f"**/{debtor_id}*.html"), None) or next(
            internal.glob(f"**/{debtor_id}/index.html")
        )
        assert said in visible_text(dossier.read_text(encoding="utf-8"))
    assert overview.count("Die kosten zijn voor rekening van de schuldeiser, niet van de debiteur") == len(DEBTORS)


def test_a_real_build_records_charges_booked_apart_and_a_return_written_without_its_entry(tmp_path, capsys):
    """s61, a real build and check: D-3201's return names 1.00 charges booked apart (a camt.053.001.08 ChrgInclInd
    false), D-3202's payment of 4 November is written as taken back on 19 November, without its bank_ref (a payment
    provider's chargeback no statement shows). claims.json records the charges apart (until s61 it left them out) and
    the written return's bank_ref as null (it was ""); check says both, the one as read, the other as written."""
    from incasso.cli.main import main

    written = {"date": PAID, "amount": "1250.00", "returned": RETURNED}
    debtors = [_debtor("D-3201", "nl"), _debtor("D-3202", "en") | {"payments": [written]}]
    ledger = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    account = DEBTORS["D-3201"][2]
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-3201"), iban=account, end_to_end="E2E-1")
    apart = {"charges": "1.00", "charges_apart": True}
    back = Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="MD06", iban=account, end_to_end="E2E-1")
    write_bank(ledger, {"a.xml": camt053(CREDITOR_IBAN, [paid, replace(back, **apart)], version="08")})
    site = build_site(tmp_path, ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    document = json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))
    [read] = document["bank"]["returns"]
    assert (read["bank_ref"], read["amount"], read["credit"], read["charges_apart"]) == ("B1", "1250.00", "C1", "1.00")
    assert "charges" not in read  # none in what it debits
    claims = {c["id"]: c for c in document["claims"]}
    assert [(r["bank_ref"], r["amount"], r["returned"]) for r in claims["D-3202"]["payments_returned"]] == [
        (None, "1250.00", "2026-11-19")
    ]
    capsys.readouterr()
    assert main(["check", "--ledger", str(ledger), "--as-of", AS_OF.isoformat()]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  returned: ")]
    assert [line.split(" (", 1)[0] for line in said] == [
        "  returned: EUR 1250.00 of 2026-11-04",
        "  returned: EUR 1250.00 of 2026-11-04",
    ]
    assert said[0].endswith("(its EUR 1.00 charges booked apart, not in it: the creditor's cost); neither counts")
    assert "(for D-3202) taken back on 2026-11-19, as staff wrote on the payment (" in said[1]
    assert said[1].endswith(": payments[0].returned), not read from a statement; it does not count")
