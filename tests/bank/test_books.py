"""The books as far as they could be read: each pass reports its problems beside the others',
and checks only what the passes before it could read."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.bank.books import read_books, read_books_so_far
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import debtor_path, invoice, payment, valid_creditor, valid_debtor, where, write_ledger

AS_OF = date(2026, 11, 22)
DAY = date(2026, 11, 3)


def people() -> dict[str, dict]:
    """D-1 with a file that has a problem; D-2 whose payment the bank contradicts; D-3 sound."""
    return {
        "D-1.yaml": valid_debtor(id="D-1", type="consumr", invoices=[invoice(number="F1")]),
        "D-2.yaml": valid_debtor(
            id="D-2",
            invoices=[invoice(number="F2")],
            payments=[payment(date=DAY - timedelta(days=1), amount=Decimal("20.00"), bank_ref="R2")],
        ),
        "D-3.yaml": valid_debtor(id="D-3", invoices=[invoice(number="F3")]),
    }


BOOKINGS = [
    Booking("10.00", DAY, ref="R1", scor=rf_reference("D-1")),
    Booking("20.00", DAY, ref="R2", text="gesplitst"),
    Booking("30.00", DAY, ref="R3", scor=rf_reference("D-3")),
]


def test_a_payment_the_bank_contradicts_is_reported_beside_a_problem_of_another_file(tmp_path):
    debtors = people()
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, BOOKINGS)})
    read = read_books_so_far(root, AS_OF)
    d1, d2 = debtor_path(root, "D-1.yaml"), debtor_path(root, "D-2.yaml")
    assert [str(problem).split(": ")[:2] for problem in sorted(read.problems)] == [
        [f"{d1}:{where(debtors['D-1.yaml'], 'type')}", "type"],
        [f"{d2}:{where(debtors['D-2.yaml'], 'payments[0]')}", "payments[0].date"],
    ]
    assert read.payments_known
    assert [debtor.id for debtor in read.debtors] == ["D-2", "D-3"]  # their files are sound
    assert read.books is not None and read.books.bank is not None
    # D-2's figures are not known: the payment its file writes disagrees with the bank.
    assert [(d.id, [p.bank_ref for p in d.payments]) for d in read.books.ledger.debtors] == [("D-3", ["R3"])]
    # D-1's credit is in no sound dossier: left unmatched, not booked to another.
    assert [u.entry.reference for u in read.books.bank.unmatched] == ["R1"]


def test_without_the_creditor_nothing_is_reconciled_yet_the_debtors_files_are_read(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(iban="NL00"), debtors=people())
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, BOOKINGS)})
    read = read_books_so_far(root, AS_OF)
    assert read.books is None
    assert not read.payments_known
    assert [debtor.id for debtor in read.debtors] == ["D-2", "D-3"]
    assert [problem.source.path for problem in sorted(read.problems)] == [
        str(root / "creditor.yaml"),
        debtor_path(root, "D-1.yaml"),
    ]


def test_a_creditor_file_with_a_misspelt_key_still_has_the_bank_s_problems_reported_in_the_same_run(tmp_path):
    # Its IBAN came through: enough to reconcile, so the payment the bank contradicts shows now, not after.
    creditor = {**valid_creditor(interest="none"), "kvK": "12345678"}
    root = write_ledger(tmp_path, creditor=creditor, debtors=people())
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, BOOKINGS)})
    read = read_books_so_far(root, AS_OF)
    assert read.books is None and not read.payments_known
    assert [str(problem).split(": ")[1] for problem in sorted(read.problems)] == [
        "kvK",
        "type",
        "payments[0].date",
    ]


def test_a_bank_file_with_a_problem_leaves_the_payments_unknown_but_is_reconciled(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people())
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, BOOKINGS), "b.xml": b"not a statement"})
    read = read_books_so_far(root, AS_OF)
    assert not read.payments_known  # a credit in b.xml may be anyone's
    assert [(problem.source.path, problem.field) for problem in sorted(read.problems)] == [
        (str(root / "bank" / "b.xml"), ""),
        (debtor_path(root, "D-1.yaml"), "type"),
        (debtor_path(root, "D-2.yaml"), "payments[0].date"),
    ]


def test_a_sound_ledger_is_read_whole(tmp_path):
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(id="D-3")])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, BOOKINGS[2:])})
    read = read_books_so_far(root, AS_OF)
    assert read.problems == ()
    assert read.payments_known
    assert read.books is not None
    assert [(d.id, [p.bank_ref for p in d.payments]) for d in read.books.ledger.debtors] == [("D-3", ["R3"])]


@pytest.mark.parametrize("read", [True, False], ids=["its credit read", "its credit archived"])
def test_a_payment_written_as_returned_carries_the_day_its_credit_was_booked_while_a_statement_read_holds_it(
    tmp_path, read
):
    """s65: a return staff wrote (`returned:`, its own statement archived) knew no booking day even where a statement
    read still holds the credit it takes back, so a plan's instalment it un-paid was reminded a day later than the
    same return read (claims.agreements.reminder_may_cross). It now carries the day that credit was booked, found by
    the payment's bank entry and its day (the value date, here two days before the booking: bank.accounts
    .credits_booked); with the credit's statement archived too, none is known."""
    credited, booked, back = date(2026, 10, 5), date(2026, 10, 7), date(2026, 11, 10)
    written = payment(date=credited, amount=Decimal("150.00"), bank_ref="C1", returned=back)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor(payments=[written])])
    credit = Booking("150.00", booked, valued=credited, ref="C1")
    fee = Booking("20.00", DAY, credit=False, ref="X1", text="kosten")
    write_bank(root, {"nov.xml": camt053(CREDITOR_IBAN, [credit, fee] if read else [fee])})
    result = read_books(root, AS_OF)
    [debtor] = result.ledger.debtors
    assert debtor.payments == ()
    [taken] = result.ledger.bank_returned[debtor.id]
    assert (taken.reference, taken.paid, taken.returned) == ("C1", credited, back)
    assert taken.booked == (booked if read else None)
