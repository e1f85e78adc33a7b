"""A bank credit whose text names several invoices of one dossier: the payment names each (art. 6:43 lid 1 BW)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso.bank.books import read_books
from incasso.bank.entry import BankEntry, Direction, EntryStatus
from incasso.bank.matching import Found, Index, MatchRule
from incasso.bank.reconcile import _batch_match
from incasso.claims.assess import assess
from incasso.claims.settlement import Share
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import Source
from incasso.payments.reference import rf_reference
from incasso.staff.bank_section import BankSection
from incasso.staff.overview_page import overview_page
from incasso.staff.view import staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, mt940, write_bank
from tests.support.ledgers import invoice, payment, valid_creditor, valid_debtor, write_ledger

D = Decimal
PAID = date(2026, 3, 10)
AS_OF = date(2026, 3, 20)
INVOICES = [
    invoice(number="F2026-0141", amount=D("1000.00")),
    invoice(number="F2026-0142", amount=D("600.00")),
    invoice(number="F2026-0143", amount=D("400.00")),
]


def ledger(tmp_path, text: str, *, payments=(), fmt=camt053):
    debtor = valid_debtor(id="L-4", invoices=INVOICES, payments=list(payments))
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    booking = Booking("800.00", PAID, ref="B1", text=text)
    write_bank(root, {"a.xml" if fmt is camt053 else "a.sta": fmt(CREDITOR_IBAN, [booking])})
    return root


def shares(root):
    books = read_books(root, AS_OF)
    claim = assess(books.ledger, books.ledger.debtors[0], AS_OF)
    (applied,) = claim.settlement.payments
    return applied.payment, [(a.to, a.amount, a.invoice) for a in applied.allocations]


PAID_NAMED = [(Share.PRINCIPAL, D("600.00"), "F2026-0142"), (Share.PRINCIPAL, D("200.00"), "F2026-0143")]


def test_a_credit_naming_two_invoices_pays_those_not_the_oldest(tmp_path):
    paid, allocated = shares(ledger(tmp_path, "facturen F2026-0142 en 0143"))
    assert (paid.invoice, paid.invoices, paid.bank_ref) == (None, ("F2026-0142", "F2026-0143"), "B1")
    assert allocated == PAID_NAMED  # before: 800.00 to F2026-0141, which the payer did not name


def test_in_either_format_as_a_hand_written_payment_naming_them(tmp_path):
    mt = shares(ledger(tmp_path / "mt", "F2026-0142/0143", fmt=mt940))
    written = payment(date=PAID, amount=D("800.00"), invoices=["F2026-0142", "F2026-0143"])
    debtor = valid_debtor(id="L-4", invoices=INVOICES, payments=[written])
    root = write_ledger(tmp_path / "hand", creditor=valid_creditor(interest="none"), debtors=[debtor])
    books = read_books(root, AS_OF)
    (by_hand,) = assess(books.ledger, books.ledger.debtors[0], AS_OF).settlement.payments
    assert mt[1] == [(a.to, a.amount, a.invoice) for a in by_hand.allocations] == PAID_NAMED


def test_a_batch_whose_parts_name_invoices_of_one_dossier_names_them_all(tmp_path):
    # A batch not split into its transactions (no amount of each) pays the dossier they all name, whole.
    debtor = valid_debtor(id="L-4", invoices=INVOICES)
    index = Index(load_ledger(write_ledger(tmp_path, debtors=[debtor])).debtors)
    batch = credit(parts=((None, "factuur F2026-0142"), (None, "factuur F2026-0143 en 0142")))
    assert _batch_match(index, batch) == Found("L-4", MatchRule.INVOICE, None, ("F2026-0142", "F2026-0143"))
    one = credit(parts=((None, "factuur F2026-0142"), (None, "F2026-0142")))
    assert _batch_match(index, one) == Found("L-4", MatchRule.INVOICE, "F2026-0142")
    # A part naming none: the batch names none, as before.
    assert _batch_match(index, credit(parts=((None, "F2026-0142"), (None, f"{rf_reference('L-4')}")))) == Found(
        "L-4", MatchRule.INVOICE, None
    )


def credit(parts: tuple[tuple[str | None, str], ...]) -> BankEntry:
    return BankEntry(
        account=CREDITOR_IBAN,
        reference="B1",
        booked=PAID,
        amount=D("800.00"),
        direction=Direction.CREDIT,
        status=EntryStatus.BOOKED,
        currency="EUR",
        source=Source("bank/x.xml", 1),
        text=" ".join(text for _, text in parts),
        parts=parts,
    )


def test_the_lines_to_paste_for_a_payment_written_by_hand_name_its_invoices(tmp_path):
    written = payment(date=PAID, amount=D("800.00"), invoices=["F2026-0142", "F2026-0143"])
    root = ledger(tmp_path, "F2026-0142 en 0143", payments=[written])
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    book = staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: "s/", bank=books.bank)
    section = next(s for s in overview_page(book).sections if isinstance(s, BankSection))
    [note] = [n for n in section.notes if n.lines]
    assert note.lines == (
        '  - date: 2026-03-10\n    amount: 800.00\n    bank_ref: "B1"\n    invoices: ["F2026-0142", "F2026-0143"]'
    )
    # Pasted in place of the hand-written one, it reads back as the payment naming both.
    path = root / "debtors" / "L-4.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("payments:")
    path.write_text(text[:start] + "payments:\n" + note.lines + "\n", encoding="utf-8")
    paid, allocated = shares(root)
    assert (paid.invoices, paid.bank_ref, allocated) == (("F2026-0142", "F2026-0143"), "B1", PAID_NAMED)
