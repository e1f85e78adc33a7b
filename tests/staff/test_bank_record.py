"""claims.json's `bank` (incasso.staff.bank_record): what it records of each return read."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.payments.reference import rf_reference
from incasso.staff.changes import compare
from tests.staff.test_changes_returns import read_back
from tests.staff.test_returns import PAID, RETURNED, document
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

AS_OF = date(2026, 11, 22)
# A return of D-1's 1250.00 whose camt.053.001.08 file names charges booked apart (ChrgInclInd false): alone (it
# debits the credit's amount), or beside charges in what it debits.
APART = {
    "apart": ("1250.00", {"charges": "1.00", "charges_apart": True}),
    "both": ("1252.50", {"charges": "2.50", "charges_apart_too": "1.00"}),
}


def _returned_with_charges(tmp_path, charges: str) -> dict:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-1")])
    paid = Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-1"), end_to_end="E1")
    amount, named = APART[charges]
    back = Booking(amount, RETURNED, credit=False, ref="B1", return_reason="MD06", end_to_end="E1", **named)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid, back], version="08")})
    return document(root, AS_OF)


@pytest.mark.parametrize(
    ("charges", "recorded"),
    [("apart", {"charges_apart": "1.00"}), ("both", {"charges": "2.50", "charges_apart": "1.00"})],
)
def test_a_return_s_charges_booked_apart_are_recorded_beside_those_in_its_amount(tmp_path, charges, recorded):
    """s60 said a return's charges booked apart (BankEntry.apart) on the dossier, the overview and in check, but
    claims.json recorded only those in its amount: a program reconciling the statements missed a cost the creditor
    bears. Now `charges_apart` beside `charges`, each a key only such a return has."""
    [back] = _returned_with_charges(tmp_path, charges)["bank"]["returns"]
    assert {key: back[key] for key in ("charges", "charges_apart") if key in back} == recorded
    assert (back["bank_ref"], back["amount"], back["credit"]) == ("B1", APART[charges][0], "C1")


def test_a_claims_json_of_before_charges_apart_compares_as_the_same_returns(tmp_path):
    """The change list reads a previous claims.json written before `charges_apart`: the same return, nothing new,
    no problem (what an answer says of a return is its credit, `charges` and reason)."""
    current = _returned_with_charges(tmp_path, "both")
    previous = read_back(current)
    for back in previous["bank"]["returns"]:
        back.pop("charges_apart", None)
    changes = compare(previous, current)
    assert changes.problem is None and changes.empty
