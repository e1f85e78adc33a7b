"""Which dossiers each payer's account paid for (incasso.bank.accounts): one function the staff overview's bank
section, its dossiers' entries, its search index and the candidates of an unassigned credit all ask."""

from __future__ import annotations

import incasso.bank.accounts as accounts
from incasso.bank.accounts import PaidFor, accounts_paid_for
from incasso.staff.bank_section import bank_credits
from incasso.staff.entries import book_entries
from tests.bank.test_collecting_account import COUNSELLOR, DAY, IDS, NEW, book_of, ledger, paid_for
from tests.support.bankfiles import Booking
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

OWN = "NL20INGB0001234567"


def test_an_account_paid_for_the_dossiers_its_credits_matched_and_a_payment_names(tmp_path):
    # D-5's file names its credit from its own account (bank_ref): that says whose it is as a match does.
    debtors = [valid_debtor(id=i, name=f"Klant {i}", invoices=[invoice(number=f"F-{i}")]) for i in IDS[:3]]
    paid = [payment(date=DAY, bank_ref="N5")]
    debtors.append(valid_debtor(id="D-5", name="Bakkerij Smit", invoices=[invoice(number="F-5")], payments=paid))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    named = Booking("250.00", DAY, ref="N5", text="betaling", iban=OWN, name="Bakkerij Smit")
    book = book_of(root, [*paid_for(IDS[:3]), named])
    found = accounts_paid_for([row.claim.debtor for row in book.rows], book.bank)
    assert found.dossiers == {COUNSELLOR: frozenset(IDS[:3]), OWN: frozenset({"D-5"})}
    assert found.collecting == {COUNSELLOR: 3}
    assert book.paid_for == found
    assert accounts_paid_for([], None) == PaidFor()


def test_the_bank_section_the_entries_and_the_search_index_ask_it_once_through_the_book(tmp_path, monkeypatch):
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:4]), NEW])
    asked = []
    real = accounts.accounts_paid_for

    def counted(*args):
        asked.append(args)
        return real(*args)

    monkeypatch.setattr("incasso.staff.view.accounts_paid_for", counted)
    [credit] = bank_credits(book) or ()
    assert credit.collecting is not None and "4" in credit.collecting
    # Typed in the search, a collecting account lists none of the dossiers it paid for (the index says what it is).
    assert not [e.id for e in book_entries(book) if COUNSELLOR.lower() in e.search.replace(" ", "")]
    assert book.paid_for.collecting == {COUNSELLOR: 4}
    assert len(asked) == 1


def test_a_credit_split_over_several_dossiers_says_its_account_paid_for_each(tmp_path):
    # One credit from a counsellor's account for three clients, split by staff: each file names it (bank_ref).
    # Before, the account counted for the last of them only: no collecting account, and its next credit named that
    # one dossier as a likely payer ("same account").
    paid = [payment(date=DAY, amount="50.00", bank_ref="S1")]
    debtors = [
        valid_debtor(id=i, name=f"Klant {i}", invoices=[invoice(number=f"F-{i}")], payments=paid) for i in IDS[:3]
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    split = Booking("150.00", DAY, ref="S1", text="clienten", iban=COUNSELLOR, name="Schuldhulp")
    book = book_of(root, [split])
    assert book.paid_for.dossiers == {COUNSELLOR: frozenset(IDS[:3])}
    assert book.paid_for.collecting == {COUNSELLOR: 3}
