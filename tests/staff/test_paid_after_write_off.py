"""Money paid after a claim was written off: it counts, against the figures of the write-off's day.

Before, the settlement stopped at the write-off, so a bank credit matched to the dossier vanished: not
under the dossier's payments, not a credit, not unassigned, no signal, nothing in changes.md (session 28,
review-bank finding 1).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.claims.claim import Claim
from incasso.payments.reference import rf_reference
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.exports import claims_document
from incasso.staff.overview import flags
from incasso.staff.returns import bank_returns
from incasso.staff.view import doubted_credits, flag_detail
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, valid_creditor, valid_debtor, write_ledger

NBSP = "\xa0"
WRITTEN_OFF, PAID, AS_OF = date(2026, 5, 4), date(2026, 11, 23), date(2026, 11, 25)


def nb(text: str) -> str:
    return text.replace("EUR ", "EUR" + NBSP)


def ledger_paying(tmp_path: Path, amount: str) -> Path:
    """A consumer's 1,250.00 (statutory interest) written off on 4 May, and a bank credit naming the
    dossier's reference on 23 November."""
    debtor = valid_debtor(id="D-1", events=[event(WRITTEN_OFF, "written_off")])
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="statutory"), debtors=[debtor])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking(amount, PAID, ref="W1", scor=rf_reference("D-1"))])})
    return root


def claim_of(root: Path, as_of: date = AS_OF) -> Claim:
    books = read_books(root, as_of)
    return assess(books.ledger, books.ledger.debtors[0], as_of)


def frozen_total(tmp_path: Path) -> Decimal:
    """What was open on the write-off's day, read before the payment came in."""
    return claim_of(ledger_paying(tmp_path / "before", "1.00"), date(2026, 11, 22)).total_due


def document(root: Path, as_of: date) -> dict:
    books = read_books(root, as_of)
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    policy = books.ledger.creditor.policy
    return claims_document(claims, as_of, policy, lambda c: "", doubted_credits(books.bank), bank_returns(books.bank))


def test_a_payment_after_the_write_off_counts_against_the_frozen_total_the_rest_is_a_credit(tmp_path):
    frozen = frozen_total(tmp_path)
    assert frozen > Decimal("1250.00")  # principal and the interest up to 4 May
    claim = claim_of(ledger_paying(tmp_path, "2000.00"))
    assert claim.status == "written_off"
    assert [(p.payment.date, p.payment.amount, p.payment.bank_ref) for p in claim.settlement.payments] == [
        (PAID, Decimal("2000.00"), "W1")
    ]
    assert claim.settlement.total_due == 0
    assert claim.settlement.credit == Decimal("2000.00") - frozen  # no interest ran after the write-off


def test_a_part_payment_after_the_write_off_lowers_what_was_open_then(tmp_path):
    frozen = frozen_total(tmp_path)
    claim = claim_of(ledger_paying(tmp_path, "500.00"))
    assert (claim.settlement.total_due, claim.settlement.credit) == (frozen - Decimal("500.00"), 0)


@pytest.mark.parametrize(
    "amount, raised, said",
    [
        (
            "500.00",
            ["paid_after_write_off"],
            # Nothing was paid too much: no refund is suggested (review of session 28, W-1).
            "EUR 500,00 ontvangen na het afschrijven op 4 mei 2026; het heeft de schuld verlaagd en er is niets "
            "te veel betaald. Heropen de vordering om de rest weer te vragen (haal de written_off uit het "
            "dossierbestand), of laat haar afgeschreven",
        ),
        (
            "2000.00",
            ["paid_after_write_off", "credit"],  # the credit to refund beside it
            "EUR 2.000,00 ontvangen na het afschrijven op 4 mei 2026; het telt mee en wat te veel is, is tegoed. "
            "Heropen de vordering (haal de written_off uit het dossierbestand) of betaal terug wat niet "
            "verschuldigd is",
        ),
    ],
)
def test_staff_are_told_to_reopen_or_refund(tmp_path, amount, raised, said):
    root = ledger_paying(tmp_path, amount)
    claim = claim_of(root)
    found = flags(claim, read_books(root, AS_OF).ledger.creditor.policy)
    assert [f.kind for f in found] == raised
    assert flag_detail(found[0]) == nb(said)


def test_the_change_list_lists_it_under_payments_received(tmp_path):
    root = ledger_paying(tmp_path, "500.00")
    before, after = document(root, date(2026, 11, 22)), document(root, AS_OF)
    record = next(c for c in after["claims"] if c["id"] == "D-1")
    assert "paid_after_write_off" in record["flags"]
    assert [(e.id, e.values["amount"]) for e in compare(before, after).sections["payments"]] == [
        ("D-1", nb("EUR 500,00"))
    ]
    assert "## Betalingen ontvangen (1)" in changes_markdown(compare(before, after))
