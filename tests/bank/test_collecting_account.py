"""An account that paid for many dossiers (a debt counsellor's, a bewindvoerder's, a payment provider's, a parent's
for several people) is no sign by itself of whose a new credit from it is: staff.candidates' COLLECTING_ACCOUNT."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import bank_credits
from incasso.staff.candidates import COLLECTING_ACCOUNT, Candidates, Why
from incasso.staff.language import speaking
from incasso.staff.view import StaffBook, possibly_paid, staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF

DAY = date(2026, 11, 3)
COUNSELLOR = "NL22INGB0000000002"  # Stichting Schuldhulp pays for its clients from this one account
IDS = ("D-1", "D-2", "D-3", "D-4", "D-5")


def ledger(tmp_path):
    """Five dossiers: four of EUR 480.00, and D-5 of EUR 400.00 (EUR 390.00 open once the EUR 10.00 it was paid)."""
    debtors = [
        valid_debtor(id=i, name=f"Klant {n}", invoices=[invoice(number=f"F2026-{n}", amount=Decimal("480.00"))])
        for n, i in enumerate(IDS[:4], start=1)
    ]
    debtors.append(
        valid_debtor(id="D-5", name="Bakkerij Smit", invoices=[invoice(number="F2026-5", amount=Decimal("400.00"))])
    )
    return write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=debtors)


def paid_for(ids: tuple[str, ...], account: str = COUNSELLOR) -> list[Booking]:
    """A credit from `account` for each dossier of `ids`, by its structured reference: matched."""
    return [
        Booking("10.00", DAY, ref=f"P{n}", scor=rf_reference(i), iban=account, name="Stichting Schuldhulp")
        for n, i in enumerate(ids)
    ]


def book_of(root, credits: list[Booking]) -> StaffBook:
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, credits)})
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def found(book: StaffBook) -> dict[str, list[tuple[str, tuple[Why, ...]]]]:
    assert book.bank is not None
    index = Candidates(book.rows, book.bank)
    return {u.entry.reference: [(c.row.id, c.why) for c in index.of(u)] for u in book.bank.unmatched}


NEW = Booking("12.00", date(2026, 11, 5), ref="NEW", text="betaling", iban=COUNSELLOR, name="Stichting Schuldhulp")


def test_the_threshold_is_three_dossiers():
    # Two dossiers on one account are a household's (partners, a parent and child): the account still tells which
    # two to look at. Three or more: someone who pays for others.
    assert COLLECTING_ACCOUNT == 3


def test_an_account_that_paid_for_two_dossiers_still_points_to_both(tmp_path):
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:2]), NEW])
    assert found(book)["NEW"] == [("D-1", (Why.SAME_ACCOUNT,)), ("D-2", (Why.SAME_ACCOUNT,))]
    assert possibly_paid(book) == {"D-1", "D-2"}


def test_an_account_that_paid_for_three_dossiers_or_more_names_none_of_them(tmp_path):
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:4]), NEW])
    assert found(book)["NEW"] == []
    assert possibly_paid(book) == frozenset()  # no flag, no letter held back
    assert book.suggested == {}  # no dossier page offers it


def test_the_credit_is_still_listed_to_assign_saying_the_account_paid_for_many(tmp_path):
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:4]), NEW])
    [credit] = bank_credits(book) or ()
    assert credit.reference == "NEW"
    assert credit.candidates == ()
    assert credit.no_candidates == "geen: zoek op naam of rekening"
    assert credit.collecting == (
        "Deze rekening betaalde voor 4 dossiers (schuldhulpverlening, bewindvoerder, betaaldienst of familie): "
        "dat zegt niet voor wie deze betaling is."
    )
    with speaking("en"):
        [credit] = bank_credits(book) or ()
    assert credit.collecting == (
        "This account paid for 4 dossiers (a debt counsellor, an administrator, a payment provider or family): "
        "that does not say whose this payment is."
    )


def test_an_account_of_few_dossiers_gets_no_such_line(tmp_path):
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:2]), NEW])
    [credit] = bank_credits(book) or ()
    assert credit.collecting is None


def test_with_another_reason_the_account_still_counts_beside_it(tmp_path):
    # EUR 390.00 is what D-5 has open; the counsellor paid for D-5 before, and for three others: D-5 first, the
    # account beside the amount, the others not listed for the account alone.
    other = Booking("390.00", DAY, ref="O1", scor=None, iban="NL33ABNA0000000003", name="Iemand")
    amount = Booking("390.00", date(2026, 11, 5), ref="AMT", iban=COUNSELLOR, name="Stichting Schuldhulp")
    book = book_of(ledger(tmp_path), [*paid_for(("D-1", "D-2", "D-5")), amount, other])
    assert found(book)["AMT"] == [("D-5", (Why.SAME_ACCOUNT, Why.AMOUNT))]
    assert found(book)["O1"] == [("D-5", (Why.AMOUNT,))]


def test_a_reference_or_invoice_number_in_the_text_still_matches(tmp_path):
    by_text = Booking("20.00", date(2026, 11, 5), ref="T1", text=f"betaling {rf_reference('D-3')}", iban=COUNSELLOR)
    by_invoice = Booking("30.00", date(2026, 11, 5), ref="T2", text="factuur F2026-4", iban=COUNSELLOR)
    book = book_of(ledger(tmp_path), [*paid_for(IDS[:4]), by_text, by_invoice])
    assert book.bank is not None
    matched = {m.entry.reference: m.found.debtor_id for m in book.bank.matched}
    assert (matched["T1"], matched["T2"]) == ("D-3", "D-4")
    assert book.bank.unmatched == ()


def test_credits_from_an_account_that_paid_for_every_dossier_list_none_of_them(tmp_path):
    # The account of a payment provider that paid for each of 100 dossiers: each of its 100 credits unassigned
    # used to weigh all 100 as candidates (credits x dossiers), and list the first five by id.
    many = [valid_debtor(id=f"D-{n}", name=f"Klant {n}", invoices=[invoice(number=f"F2026-{n}")]) for n in range(100)]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=many)
    credits = paid_for(tuple(f"D-{n}" for n in range(100)))
    credits += [
        Booking(f"{1 + n}.{n % 100:02d}", date(2026, 11, 5), ref=f"U{n}", iban=COUNSELLOR, text="termijn")
        for n in range(100)
    ]
    book = book_of(root, credits)
    assert all(found == () for found in book.likely)
