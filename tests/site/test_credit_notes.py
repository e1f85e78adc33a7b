"""Credit notes in a real build: the statement page (Dutch and English), the day's letters, the staff
dossier and claims.json.

Two consumers, each with an invoice of 1250.00 dated 5 January 2026 and due 4 February, a credit note of
500.00 of 20 January and one of 100.00 dated after the build's day (5 February: the reminder is due).
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from incasso import fmt
from incasso.staff.overview import dossier_path
from tests.site.test_statement_pages import norm, parse, statement_pages, text_of
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.letters import flat, pdf_text, read_eml
from tests.support.site import build_site

AS_OF = date(2026, 2, 5)
DISCOUNT = {"nl": "Korting wegens vertraging", "en": "Discount for the delay"}


def credited(number: str, credit: str) -> dict:
    notes = [
        {"number": credit, "date": date(2026, 1, 20), "amount": Decimal("500.00"), "description": DISCOUNT},
        {"number": credit + "-LATER", "date": date(2026, 2, 20), "amount": Decimal("100.00")},
    ]
    return invoice(number=number, credit_notes=notes)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("credit")
    debtors = [
        valid_debtor(id="K-NL", invoices=[credited("F2026-0001", "C2026-0003")]),
        valid_debtor(id="K-EN", language="en", invoices=[credited("F2026-0002", "C2026-0013")]),
    ]
    root = write_ledger(tmp, creditor=valid_creditor(interest="statutory"), debtors=debtors)
    site = build_site(tmp / "build", ledger=root, as_of=AS_OF)
    assert site.exit_code == 0
    return root, site


@pytest.fixture(scope="module")
def pages(built):
    root, site = built
    return {i: (claim, parse(path)) for i, (claim, path) in statement_pages(site, ledger_dir=root, as_of=AS_OF).items()}


def invoice_table(tree) -> tuple[list[str], str]:
    """The invoice row's cells (number, amount, paid, open) and the line under it."""
    table = tree.find(".//table[@class='invoices stack']")
    main, info = table.find(".//tr[@class='invoice-main']"), table.find(".//tr[@class='invoice-info']")
    # Each amount cell starts with its label for a phone's stacked rows ("Bedrag 1.250,00").
    amounts = [re.sub(r"^\D+", "", text_of(td)) for td in main.findall("td")]
    return [text_of(main.find("th")), *amounts], text_of(info)


def test_the_dutch_page_names_the_credit_note_under_the_invoice_and_asks_what_is_owed(pages):
    claim, tree = pages["K-NL"]
    cells, line = invoice_table(tree)
    # The amount as written, open what is owed, and between them what was paid or credited: the row adds up as a
    # reader sums it (1.250,00 less 500,00 is 750,00), not "0,00" beside a credit note a line below (s38).
    assert cells == ["F2026-0001", "1.250,00", "500,00", "750,00"]
    assert [text_of(th) for th in tree.findall(".//table[@class='invoices stack']/thead/tr/th")] == [
        "Factuur",
        "Bedrag",
        "Betaald of gecrediteerd",
        "Open",
    ]
    assert line.endswith(
        "uiterste betaaldatum 4 februari 2026 "
        "Creditnota C2026-0003 van 20 januari 2026: EUR 500,00 minder. Omschrijving: “Korting wegens vertraging”"
    )
    assert "C2026-0003-LATER" not in text_of(tree.find("body"))  # dated after the build's day: not yet
    assert claim.total_due == Decimal("750.00") + claim.settlement.interest_open
    assert text_of(tree.find(".//span[@class='amount']")) == norm(fmt.money(claim.total_due))


def test_the_english_page_names_the_credit_note_in_english(pages):
    _, tree = pages["K-EN"]
    cells, line = invoice_table(tree)
    assert cells == ["F2026-0002", "1,250.00", "500.00", "750.00"]
    cell_labels = [text_of(span) for span in tree.findall(".//tr[@class='invoice-main']/td/span")]
    assert cell_labels == ["Amount", "Paid or credited", "Open"]  # on a phone, each amount's label
    assert line.endswith(
        "due date 4 February 2026 Credit note C2026-0013 of 20 January 2026: EUR 500.00 deducted. Description: “Discount for the delay”"
    )


def test_the_letters_name_the_credit_note_below_the_invoices(built):
    _, site = built
    letters = site.internal / "letters"
    dutch = flat(" ".join(pdf_text((letters / "K-NL-reminder.pdf").read_bytes())))
    assert "F2026-0001 5 jan 2026 4 feb 2026 1.250,00 500,00 750,00" in dutch
    assert "Betaald of gecrediteerd" in dutch
    assert (
        "Creditnota C2026-0003 van 20 januari 2026 op factuur F2026-0001: EUR 500,00 minder. "
        "Omschrijving: “Korting wegens vertraging”."
    ) in dutch
    mail = read_eml(letters / "K-EN-reminder.eml").get_body(("plain",)).get_content()
    assert (
        "Credit note C2026-0013 of 20 January 2026 on invoice F2026-0002: EUR\xa0500.00 deducted. "
        "Description: “Discount for the delay”."
    ) in mail
    assert "LATER" not in dutch + mail
    assert "Paid or credited" in mail


def test_the_staff_dossier_and_claims_json_show_every_credit_note(built):
    _, site = built
    dossier = text_of(parse(site.internal / dossier_path("K-NL")).find("body"))
    assert "Creditnota C2026-0003 van 20 jan 2026: EUR 500,00 minder (Korting wegens vertraging)" in dossier
    assert "Creditnota C2026-0003-LATER van 20 feb 2026: EUR 100,00 minder, telt pas vanaf die dag" in dossier
    claims = {c["id"]: c for c in json.loads((site.internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    (bill,) = claims["K-NL"]["invoices"]
    assert (bill["amount"], bill["credited"], bill["principal_open"]) == ("1250.00", "500.00", "750.00")
    assert bill["credit_notes"] == [
        {"number": "C2026-0003", "date": "2026-01-20", "amount": "500.00", "counts": True},
        {"number": "C2026-0003-LATER", "date": "2026-02-20", "amount": "100.00", "counts": False},
    ]
