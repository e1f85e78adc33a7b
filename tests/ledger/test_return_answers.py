"""creditor.yaml's `bank_returns` as read (incasso.ledger.creditor_file): what the bank told staff of a return, with
the charges it said were its own (s59). Whether the entries named are in the statements is incasso.bank's
(tests/bank/test_return_answers.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso.ledger.load import load_ledger
from tests.support.ledgers import changed, ledger_problems, valid_creditor, valid_debtor, where, write_ledger

REASON = "Rabobank, 12 november 2026: de betaling van 3 november, en 2,50 kosten van de bank"


def _answer(**changes) -> dict:
    item = {"bank_ref": "B1", "date": date(2026, 11, 10), "credit": "C1", "credit_date": date(2026, 11, 3)}
    return item | {"reason": REASON} | changes


def test_charges_are_read_as_an_amount_with_their_place(tmp_path):
    creditor = changed(
        valid_creditor(), {"bank_returns": [_answer(charges="2.50"), _answer(bank_ref="B2", credit="C2")]}
    )
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()])
    charged, bare = load_ledger(root).creditor.return_answers
    assert (charged.charges, bare.charges, bare.charges_source) == (Decimal("2.50"), None, None)
    assert charged.charges_source is not None
    line, column = where(creditor, "bank_returns[0].charges").split(":")
    assert (charged.charges_source.line, charged.charges_source.column) == (int(line), int(column))


def test_every_bad_charges_is_said_at_its_line_all_at_once(tmp_path):
    written = [
        _answer(bank_ref=f"B{n}", credit=f"C{n}", charges=charges)
        for n, charges in enumerate(("2,50", Decimal("-2.50"), 0))
    ]
    creditor = changed(valid_creditor(), {"bank_returns": written})
    root = write_ledger(tmp_path, creditor=creditor, debtors=[valid_debtor()])
    at = f"{root / 'creditor.yaml'}:"
    said = [p.removeprefix(at) for p in ledger_problems(root) if p.startswith(at)]
    assert [p.split(": ", 2)[:2] for p in said] == [
        [where(creditor, f"bank_returns[{n}].charges"), f"bank_returns[{n}].charges"] for n in range(3)
    ]
    assert "must be an amount in euros like 1250 or 1250.50" in said[0]
    assert "must be greater than 0" in said[1]
    assert said[2].endswith(
        "must be greater than 0; a return the bank kept no charges of takes back all it debits: leave charges out "
        "(got 0)"
    )
