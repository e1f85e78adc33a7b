"""A payment naming several invoices through a real build: the worked example of docs/computation.md.

A business with F2026-0141 (1,000.00, due 1 March 2026), F2026-0142 (600.00, due 1 April) and F2026-0143
(400.00, due 1 May), handelsrente (10.15 %). On 30 June 800.00 comes in from the bank with the text
"Facturen F2026-0142 en 0143": it pays 0142's interest (15.02) and principal, then 0143's interest (6.67)
and 178.31 of its principal. F2026-0141, not named, stays open whole. A second debtor names the same two
invoices in the file (`invoices:`), in another order: the same figures.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from incasso.staff.overview import dossier_path
from tests.site.test_statement_pages import parse, statement_pages, text_of
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

D = Decimal
AS_OF = date(2026, 7, 1)
PAID_ON = date(2026, 6, 30)


def invoices(prefix: str) -> list[dict]:
    days = (date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1))
    amounts = (D("1000.00"), D("600.00"), D("400.00"))
    return [
        invoice(number=f"{prefix}2026-014{k + 1}", date=date(2026, 2, 1), due=due, amount=amount)
        for k, (due, amount) in enumerate(zip(days, amounts, strict=True))
    ]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("named")
    written = payment(date=PAID_ON, amount=D("800.00"), invoices=["G2026-0143", "G2026-0142"])
    debtors = [
        valid_debtor(id="B-1", type="business", invoices=invoices("F")),
        valid_debtor(id="B-2", type="business", invoices=invoices("G"), payments=[written]),
    ]
    root = write_ledger(tmp, creditor=valid_creditor(interest="statutory"), debtors=debtors)
    booking = Booking("800.00", PAID_ON, ref="B1", text="Facturen F2026-0142 en 0143")
    write_bank(root, {"juni.xml": camt053(CREDITOR_IBAN, [booking])})
    built = build_site(tmp / "build", ledger=root, as_of=AS_OF)
    assert built.exit_code == 0
    pages = statement_pages(built, ledger_dir=root, as_of=AS_OF)
    return built, {i: parse(path) for i, (_, path) in pages.items()}


@pytest.mark.parametrize("debtor, prefix", [("B-1", "F"), ("B-2", "G")])
def test_the_page_shows_the_payment_on_the_invoices_it_named(site, debtor, prefix):
    _, pages = site
    body = text_of(pages[debtor].find("body"))
    assert (
        f"30 jun 2026800,00 Verdeeld over: rente {prefix}2026-0142: 15,02; factuur {prefix}2026-0142: 600,00; "
        f"rente {prefix}2026-0143: 6,67; factuur {prefix}2026-0143: 178,31"
    ) in body
    # F2026-0141, not named, is open whole (nothing paid: "—", read "geen"); 0142 paid; 0143 open for what the 800.00 left.
    for number, figures in (("0141", "1.000,00Betaald—geenOpen1.000,00"), ("0142", "600,00Betaald600,00Open0,00")):
        assert f"{prefix}2026-{number} Bedrag{figures}" in body
    assert f"{prefix}2026-0143 Bedrag400,00Betaald178,31Open221,69" in body


def test_the_staff_dossier_and_claims_json_name_both_invoices(site):
    built, _ = site
    dossier = text_of(parse(built.internal / dossier_path("B-1")).find("body"))
    assert "F2026-0142, F2026-0143" in dossier
    claims = {c["id"]: c for c in json.loads((built.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert claims["B-1"]["payments"] == [
        {
            "date": "2026-06-30",
            "amount": "800.00",
            "invoice": None,
            "invoices": ["F2026-0142", "F2026-0143"],
            "bank_ref": "B1",
        }
    ]
    assert claims["B-2"]["payments"][0]["invoices"] == ["G2026-0143", "G2026-0142"]
