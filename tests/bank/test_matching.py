"""Which dossier a credit pays: the rules in their order, and what each of them accepts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.bank.entry import BankEntry, Direction, EntryStatus
from incasso.bank.matching import Found, Index, MatchRule
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import Source
from incasso.payments.reference import rf_reference
from tests.support.ledgers import invoice, valid_debtor, write_ledger

D1, D10 = rf_reference("D-1"), rf_reference("D-10")  # the second begins with the first's characters


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = write_ledger(
        tmp_path_factory.mktemp("matching"),
        debtors=[
            valid_debtor(id="D-1", invoices=[invoice(number="F2026-0001"), invoice(number="F2026-0002")]),
            valid_debtor(id="D-10", invoices=[invoice(number="F2026-0010")]),
            valid_debtor(id="K-7", invoices=[invoice(number="12345")]),
            valid_debtor(id="B-2", invoices=[invoice(number="F2026-1105")]),
        ],
    )
    return Index(load_ledger(root).debtors)


def credit(text: str = "", structured: str | None = None) -> BankEntry:
    return BankEntry(
        account="NL91ABNA0417164300",
        reference="R1",
        booked=date(2026, 11, 3),
        amount=Decimal("100.00"),
        direction=Direction.CREDIT,
        status=EntryStatus.BOOKED,
        currency="EUR",
        source=Source("bank/x.xml", 1),
        creditor_reference=structured,
        text=text,
    )


def test_the_structured_reference_comes_first(index):
    found = index.match(credit(f"betaling {D1} factuur F2026-0002", structured=D1))
    assert found == Found("D-1", MatchRule.STRUCTURED, "F2026-0002")  # its own invoice in the text is named


@pytest.mark.parametrize(
    "text, structured",
    [
        ("factuur F2026-0010", D1),  # one dossier's structured reference, another's invoice
        (f"{D10} ook voor Maria", D1),  # ... another's reference in the text
        (f"{D1} en F2026-0010 (Kees)", None),  # one's reference in the text, another's invoice
        (f"{D1} factuur F2026-0002 en F2026-0010", None),
    ],
)
def test_a_credit_that_names_one_dossier_and_another_s_invoice_or_reference_pays_neither(index, text, structured):
    # The payer named two dossiers (art. 6:43 BW): how much is whose, only staff can tell; both are candidates.
    assert index.match(credit(text, structured=structured)) == ("D-1", "D-10")


def test_a_structured_reference_that_is_not_ours_falls_through_to_the_text(index):
    assert index.match(credit("F2026-0010", structured="1234567890123456")) == Found(
        "D-10", MatchRule.INVOICE, "F2026-0010"
    )


@pytest.mark.parametrize(
    "text",
    [
        D1,
        D1.lower(),
        " ".join(D1[i : i + 4] for i in range(0, len(D1), 4)),  # as the page prints it
        "Kenmerk:" + D1 + ".",
        f"{D1[:2]} {D1[2:4]} {D1[4:]}",
        f"{D1[:4]}-{D1[4:]}",
        f"R F {D1[2:]}",
        D1 + "betaling",  # run into the next word
    ],
)
def test_an_rf_reference_in_the_text_whatever_its_spacing_or_case(index, text):
    assert index.match(credit(text)) == Found("D-1", MatchRule.TEXT_REFERENCE, None)


def test_the_longest_reference_wins(index):
    assert index.match(credit(D10)) == Found("D-10", MatchRule.TEXT_REFERENCE, None)


def test_an_rf_reference_with_wrong_check_digits_is_nobody_s(index):
    wrong = "RF" + f"{(int(D1[2:4]) + 1) % 100:02d}" + D1[4:]
    assert index.match(credit(wrong)) == ()


@pytest.mark.parametrize(
    "text, number",
    [
        ("factuur F2026-0001", "F2026-0001"),
        ("f2026-0001", "F2026-0001"),
        ("F 2026 0001", "F2026-0001"),
        ("nr. 2026-0001 dank", "F2026-0001"),  # the number without its letters
        ("factuur 12345", "12345"),
        ("factuur 2026-1105", "F2026-1105"),  # two parts: no day
        ("F2026-11-05", "F2026-1105"),  # with its letters, however written
    ],
)
def test_an_invoice_number_in_the_text_names_its_invoice(index, text, number):
    debtor = {"12345": "K-7", "F2026-1105": "B-2"}.get(number, "D-1")
    assert index.match(credit(text)) == Found(debtor, MatchRule.INVOICE, number)


@pytest.mark.parametrize(
    "text",
    [
        *("F2026-00011", "XF2026-0001", "bedrag 12345,00", "12345.50 euro", "2026"),
        # Days, not F2026-1105 without its letters.
        *("Huur november, afspraak 2026-11-05", "betaald op 5-11-2026", "05/11/2026", "5.11.2026 huur"),
    ],
)
def test_what_only_looks_like_an_invoice_number_is_none(index, text):
    assert index.match(credit(text)) == ()


def test_a_short_invoice_number_is_not_looked_for_in_a_transfer_text(tmp_path):
    # "17" and "F17" turn up in every "Merelstraat 17": another debtor's money must not pay them.
    root = write_ledger(
        tmp_path,
        debtors=[
            valid_debtor(id="S-1", invoices=[invoice(number="17"), invoice(number="F18")]),
            valid_debtor(id="S-2", invoices=[invoice(number="F1234")]),
        ],
    )
    short = Index(load_ledger(root).debtors)
    assert short.match(credit("cv ketel merelstraat 17")) == ()
    assert short.match(credit("factuur F18")) == ()
    assert short.match(credit("factuur F1234")) == Found("S-2", MatchRule.INVOICE, "F1234")  # five: found
    # Once the reference names the dossier, its own short number names the invoice (art. 6:43 BW).
    reference = rf_reference("S-1")
    assert short.match(credit("factuur 17", structured=reference)) == Found("S-1", MatchRule.STRUCTURED, "17")
    assert short.match(credit(f"{reference} factuur f18")) == Found("S-1", MatchRule.TEXT_REFERENCE, "F18")
    assert short.match(credit("17,00 euro", structured=reference)) == Found("S-1", MatchRule.STRUCTURED, None)


def test_two_invoices_of_one_dossier_name_no_single_invoice(index):
    assert index.match(credit("F2026-0001 en F2026-0002")) == Found("D-1", MatchRule.INVOICE, None)


@pytest.mark.parametrize("text", ["F2026-0001 en F2026-0010", f"{D1} {D10}"])
def test_a_text_that_names_several_dossiers_is_left_to_staff(index, text):
    assert index.match(credit(text)) == ("D-1", "D-10")
