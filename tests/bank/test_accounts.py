"""Which dossiers each payer's account paid for (incasso.bank.accounts): one function the staff overview's bank
section, its dossiers' entries, its search index and the candidates of an unassigned credit all ask."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import incasso.bank.accounts as accounts
from incasso.bank.accounts import PaidFor, PayingAccounts, accounts_paid_for, paying_accounts
from incasso.bank.books import read_books
from incasso.bank.reconcile import SkipReason
from incasso.claims.assess import assess
from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import account_text, bank_credits
from incasso.staff.dossier_page import dossier_page
from incasso.staff.entries import book_entries
from incasso.staff.search_index import SEARCH_INDEX, read_index, squeezed
from incasso.staff.view import StaffBook, staff_book
from tests.bank.test_collecting_account import COUNSELLOR, DAY, IDS, NEW, book_of, ledger, paid_for
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, visible_text

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


# A payment's account, by the reference and day it names (bank.accounts.paying_accounts): the dossier's line of a
# payment, a payment written as taken back (claims.json's payments_returned[].account) and the search all go by it.
PAID = date(2026, 11, 3)
PAYER = "NL02ABNA0123456789"  # D-1 pays from it: its credit is matched by D-1's payment reference
WRITER = "NL20INGB0001234567"  # D-2 paid from it: staff wrote that payment as taken back (`returned:`)
SUPPLIER = "NL69INGB0123456789"  # the creditor paid a supplier from its own account: a debit
SAVINGS = "NL44RABO0123456789"  # the creditor's other account, whose statement is in bank/ too
STRANGER = "NL73SNSB0932847165"  # paid into that other account
TAKEN_BACK = date(2026, 11, 10)


def accounts_ledger(tmp_path, own: list[Booking], other: list[Booking] = (), also: list[dict] = ()) -> Path:
    """D-1, paid by a credit its payment reference names, and D-2, whose payment of 100.00 (R2) staff wrote as taken
    back, and `also`; the creditor's statement holds `own`, its other account's `other`."""
    written = payment(date=PAID, amount=Decimal("100.00"), bank_ref="R2", returned=TAKEN_BACK)
    debtors = [
        valid_debtor(id="D-1", invoices=[invoice(number="F-1")]),
        valid_debtor(id="D-2", name="Anouk de Wit", invoices=[invoice(number="F-2")], payments=[written]),
        *also,
    ]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)
    files = {"own.xml": camt053(CREDITOR_IBAN, own)} | ({"savings.xml": camt053(SAVINGS, other)} if other else {})
    write_bank(root, files)
    return root


def accounts_book(tmp_path, own: list[Booking], other: list[Booking] = (), also: list[dict] = ()) -> StaffBook:
    books = read_books(accounts_ledger(tmp_path, own, other, also), AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def by_rule(ref: str, account: str, on: date = PAID) -> Booking:
    return Booking("250.00", on, ref=ref, scor=rf_reference("D-1"), iban=account, name="J. de Vries")


def named(ref: str, account: str, on: date = PAID) -> Booking:
    return Booking("100.00", on, ref=ref, text="betaling", iban=account, name="A. de Wit")


def lines(book: StaffBook, debtor_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The dossier's payment lines' origins, and its lines of payments the bank took back."""
    page = dossier_page(book, next(r for r in book.rows if r.id == debtor_id))
    return tuple(p.origin for p in page.payments), page.returned


def found_by(book: StaffBook, account: str) -> list[str]:
    """The dossiers the search finds by an account typed."""
    return [e.id for e in book_entries(book) if account.lower() in e.search.replace(" ", "")]


def test_a_payment_has_its_own_credits_account_not_a_debits_or_another_accounts_under_its_reference(tmp_path):
    """s64: every entry read counted, by its reference, the last read winning: a debit of the creditor's own (to a
    supplier) under the reference of D-1's credit gave D-1's line the supplier's account (a refund goes there); so
    did an entry of another account's statement. Only the credits a payment can be say its account now."""
    debits = [
        Booking("40.00", date(2026, 11, 4), credit=False, ref=ref, iban=SUPPLIER, name="Drukkerij")
        for ref in ("R1", "R2")
    ]
    elsewhere = [Booking("5.00", PAID, ref=ref, iban=STRANGER, name="K. Jansen") for ref in ("R1", "R2")]
    book = accounts_book(tmp_path, [by_rule("R1", PAYER), named("R2", WRITER), *debits], elsewhere)
    origins, _ = lines(book, "D-1")
    assert origins == (f"bankafschrift (R1), van {account_text(PAYER)}",)
    assert book.bank is not None
    assert paying_accounts(book.bank) == PayingAccounts(once={"R1": PAYER, "R2": WRITER})
    assert paying_accounts(book.bank).of("R1", TAKEN_BACK) == PAYER  # one credit under it: the one a payment names
    [taken] = book.bank.returned["D-2"]
    assert (taken.reference, taken.account, taken.written is not None) == ("R2", WRITER, True)
    _, returned = lines(book, "D-2")
    assert [account_text(WRITER) in line for line in returned] == [True]
    assert found_by(book, PAYER) == ["D-1"] and found_by(book, WRITER) == ["D-2"]
    assert found_by(book, SUPPLIER) == found_by(book, STRANGER) == []


def test_a_reference_two_credits_share_gives_each_payment_its_own_days_credits_account(tmp_path):
    """A bank that reuses its references: D-2's payment written as taken back names R2 of 3 November (from WRITER),
    D-1's credit by rule is R2 booked on 6 November, credited on the 5th (from PAYER). s64 named neither's account
    (by reference alone either could be either's); the payment's day says which credit it is, as reconcile ties
    them: each line, claims.json and the search have the payment's own account (before s64, both had the one read
    last)."""
    later = replace(by_rule("R2", PAYER, date(2026, 11, 6)), valued=date(2026, 11, 5))
    book = accounts_book(tmp_path, [named("R2", WRITER), later])
    origins, _ = lines(book, "D-1")
    assert origins == (f"bankafschrift (R2), van {account_text(PAYER)}",)
    assert book.bank is not None
    found = paying_accounts(book.bank)
    days = {("R2", PAID): WRITER, ("R2", date(2026, 11, 5)): PAYER, ("R2", date(2026, 11, 6)): PAYER}
    assert found == PayingAccounts(on_day=days)  # credited and booked: a payment may be dated on either
    assert found.of("R2", date(2026, 11, 4)) is None  # neither credit's day: none of them
    [taken] = book.bank.returned["D-2"]
    assert (taken.reference, taken.account) == ("R2", WRITER)
    _, returned = lines(book, "D-2")
    assert [account_text(WRITER) in line for line in returned] == [True]
    assert found_by(book, WRITER) == ["D-2"]
    assert found_by(book, PAYER) == ["D-1"]


def test_a_payment_a_file_names_under_a_reference_a_matched_credit_of_another_day_has_says_it_is_the_files(tmp_path):
    """D-3's file names R4 of 3 November (from WRITER); the bank gave R4 also to D-1's credit of 5 November, matched by
    its payment reference. D-3's line said its payment was matched from the statement ("bankafschrift (R4)"), as
    D-1's, by its reference alone: by its day it is the one staff wrote in the file."""
    kept = payment(date=PAID, amount=Decimal("100.00"), bank_ref="R4")
    d3 = valid_debtor(id="D-3", name="Pieter Bakker", invoices=[invoice(number="F-3")], payments=[kept])
    book = accounts_book(tmp_path, [named("R4", WRITER), by_rule("R4", PAYER, date(2026, 11, 5))], also=[d3])
    assert lines(book, "D-3")[0] == (f"dossierbestand, bankboeking R4, van {account_text(WRITER)}",)
    assert lines(book, "D-1")[0] == (f"bankafschrift (R4), van {account_text(PAYER)}",)


@pytest.mark.parametrize(("second", "said"), [(WRITER, None), (PAYER, PAYER)], ids=["disagree", "agree"])
def test_two_credits_under_one_reference_on_one_day_name_an_account_only_where_they_agree(tmp_path, second, said):
    """D-1's two credits by rule, both R3 of 3 November: the day tells them not apart. From two accounts, neither
    line names one (none is picked by the order read); from one, both name it."""
    book = accounts_book(tmp_path, [by_rule("R3", PAYER), replace(by_rule("R3", second), amount="100.00")])
    assert book.bank is not None and len(book.bank.matched) == 2
    assert paying_accounts(book.bank) == PayingAccounts(on_day={("R3", PAID): said})
    origin = f"bankafschrift (R3), van {account_text(said)}" if said else "bankafschrift (R3)"
    origins, _ = lines(book, "D-1")
    assert origins == (origin, origin)


def test_a_credit_a_payment_may_name_beyond_those_that_count_says_its_account(tmp_path):
    """reconcile lets a payment name a credit booked after the as-of date (its value date before): its account is
    the payment's, as a counted one's."""
    late = replace(named("R2", WRITER, date(2026, 11, 24)), valued=PAID)
    book = accounts_book(tmp_path, [late])
    assert book.bank is not None and [s.reason for s in book.bank.skipped] == [SkipReason.NOT_YET]
    assert paying_accounts(book.bank) == PayingAccounts(once={"R2": WRITER})
    [taken] = book.bank.returned["D-2"]
    assert taken.account == WRITER


@pytest.mark.slow
def test_a_build_names_each_payments_own_account_also_under_a_reference_two_credits_share(tmp_path):
    """A real build of both ledgers above in one: the dossier pages, claims.json and the search index."""
    from incasso.cli.main import main

    sharer = "NL74ABNA0529174386"  # D-3 paid R3 from it; the bank gave D-1's later credit that reference too
    written = payment(date=PAID, amount=Decimal("100.00"), bank_ref="R3", returned=TAKEN_BACK)
    d3 = valid_debtor(id="D-3", name="Pieter Bakker", invoices=[invoice(number="F-3")], payments=[written])
    debits = [
        Booking("40.00", date(2026, 11, 4), credit=False, ref=r, iban=SUPPLIER, name="Drukkerij") for r in ("R1", "R2")
    ]
    own = [
        by_rule("R1", PAYER),
        named("R2", WRITER),
        *debits,
        named("R3", sharer),
        by_rule("R3", PAYER, date(2026, 11, 5)),
    ]
    elsewhere = [Booking("5.00", PAID, ref=ref, iban=STRANGER, name="K. Jansen") for ref in ("R1", "R2")]
    root = accounts_ledger(tmp_path, own, elsewhere, [d3])
    internal = tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", AS_OF.isoformat(), "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(internal), "--public-url", "http://localhost:8000", "-q"]) == 0

    def dossier(debtor_id: str) -> str:
        return visible_text((internal / "d" / f"{debtor_id}.html").read_text(encoding="utf-8"))

    # D-1's credit by rule, not the supplier's debit nor the other account's entry; its second credit, under the
    # reference D-3's credit of another day has too, its own (s64: none).
    assert f"bankafschrift (R1), van {account_text(PAYER)}" in dossier("D-1")
    assert f"bankafschrift (R3), van {account_text(PAYER)}" in dossier("D-1")
    claims = {c["id"]: c for c in json.loads((internal / "claims.json").read_text(encoding="utf-8"))["claims"]}
    assert [(r["bank_ref"], r["account"]) for r in claims["D-2"]["payments_returned"]] == [("R2", WRITER)]
    assert [(r["bank_ref"], r["account"]) for r in claims["D-3"]["payments_returned"]] == [("R3", sharer)]
    assert f"(bankboeking R2, van {account_text(WRITER)}): teruggeboekt op 10 nov 2026" in dossier("D-2")
    assert f"(bankboeking R3, van {account_text(sharer)}): teruggeboekt op 10 nov 2026" in dossier("D-3")
    index = read_index((internal / SEARCH_INDEX).read_text(encoding="utf-8"))
    texts = {row[0]: row[11].replace(" ", "") for row in index["rows"]}

    def found_by(account: str) -> list[str]:
        return sorted(i for i, text in texts.items() if squeezed(account) in text)

    assert found_by(PAYER) == ["D-1"] and found_by(WRITER) == ["D-2"] and found_by(sharer) == ["D-3"]
    assert found_by(SUPPLIER) == found_by(STRANGER) == []
