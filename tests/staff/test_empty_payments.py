"""A debtor file with `payments: []`: the lines to assign a bank credit replace that line.

The bank section saw no payments in the file and gave lines starting with a new `payments:` line, to paste at
the end of the file; pasted so, `incasso check` refused the file: `payments` was written twice (review 38,
staff #4). The file has the key already, empty: the note and the dossier page say to replace that line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Language
from incasso.staff.bank_section import BankSection
from incasso.staff.dossier_page import dossier_page
from incasso.staff.language import speaking
from incasso.staff.overview_page import overview_page
from incasso.staff.view import StaffBook, staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger

DAY, AS_OF = date(2026, 3, 2), date(2026, 3, 4)
LINES = 'payments:\n  - date: 2026-03-02\n    amount: 250.00\n    bank_ref: "NOREF1"'


def ledger_of(tmp_path: Path, payments: str | None) -> Path:
    """D-1001 owing 1250.00, with `payments` as written (None: no such line), and a credit of 250.00 from
    the debtor's own name that names no reference: a candidate by name and amount, not assigned."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    path = root / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8").replace("payments: []\n", "")
    if payments is not None:
        text = text.replace("invoices:", f"{payments}\ninvoices:", 1)
    path.write_text(text, encoding="utf-8")
    credit = Booking("250.00", DAY, ref="NOREF1", name="Bakkerij De Vries", text="betaling")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [credit])})
    return root


def book_of(root: Path) -> StaffBook:
    books = read_books(root, AS_OF)
    claims = [assess(books.ledger, d, AS_OF) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, AS_OF, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


def credit_of(book: StaffBook):
    section = next(s for s in overview_page(book).sections if isinstance(s, BankSection))
    (credit,) = section.credits
    return credit


def line_of(root: Path, text: str) -> int:
    lines = (root / "debtors" / "D-1001.yaml").read_text(encoding="utf-8").splitlines()
    return lines.index(text) + 1


@pytest.mark.parametrize("written", ["payments: []", "payments:"])
def test_the_note_says_to_replace_the_empty_payments_line(tmp_path, written):
    root = ledger_of(tmp_path, written)
    book = book_of(root)
    credit = credit_of(book)
    assert credit.assign == LINES
    line = line_of(root, written)
    assert credit.assign_note == (
        f"Het dossierbestand van D-1001 heeft payments: zonder betalingen erin (regel {line}): vervang die regel "
        "door deze regels, die met payments: beginnen."
    )
    (assign,) = dossier_page(book, book.rows[0]).assign
    assert assign.lines == LINES
    assert f"vervang daarin de regel payments: (regel {line}) door deze regels" in assign.intro
    with speaking(Language.EN):
        english = credit_of(book_of(root)).assign_note
    assert english == (
        f"D-1001's file has payments: with no payment in it (line {line}): replace that line with these lines, "
        "which start with payments:."
    )


@pytest.mark.parametrize("written", ["payments: []", "payments:"])
def test_pasted_as_it_says_the_file_is_valid_and_the_credit_counts(tmp_path, written):
    root = ledger_of(tmp_path, written)
    credit = credit_of(book_of(root))
    path = root / "debtors" / "D-1001.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(written + "\n", credit.assign + "\n", 1))
    load_ledger(root)  # no LedgerError: `payments` is written once
    after = book_of(root)
    assert after.bank is not None and after.bank.unmatched == ()
    assert str(after.rows[0].claim.total_due) == "1000.00"


def test_a_file_without_payments_gets_the_lines_to_add_at_its_end_as_before(tmp_path):
    root = ledger_of(tmp_path, None)
    credit = credit_of(book_of(root))
    assert credit.assign == LINES
    assert credit.assign_note is not None and credit.assign_note.startswith(
        "Het dossierbestand van D-1001 heeft nog geen payments:"
    )


def test_a_file_with_payments_gets_the_item_alone(tmp_path):
    root = ledger_of(tmp_path, None)
    path = root / "debtors" / "D-1001.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "payments:\n  - date: 2026-02-20\n    amount: 10.00\n")
    credit = credit_of(book_of(root))
    assert credit.assign == LINES.removeprefix("payments:\n") and credit.assign_note is None


@pytest.mark.parametrize("written", ["payments: []", "payments:"])
def test_a_file_ending_in_an_empty_payments_line_gets_the_event_before_it(tmp_path, written):
    """Review 38 (revB): the lines to record a step said "onderaan events:" for a file that ends in `payments: []`
    after its events, not "vóór payments:" as for a file whose payments follow its events: the place is the
    key's, with a payment under it or none. Pasted at the end of the file they are refused."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    path = root / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8").replace("payments: []\n", "")
    path.write_text(
        text.rstrip("\n")
        + "\nevents:\n  - date: 2026-02-05\n    type: reminder\n    channel: letter\n"
        + written
        + "\n",
        encoding="utf-8",
    )
    book = book_of(root)
    record = dossier_page(book, book.rows[0]).record
    assert record is not None and "type: dunning" in record.lines
    assert "onderaan events: in debtors/D-1001.yaml, vóór payments:" in record.intro
    path.write_text(path.read_text(encoding="utf-8").replace(written, record.lines + "\n" + written), encoding="utf-8")
    load_ledger(root)  # pasted where it says: the file is valid


def unknown_credit(tmp_path: Path, payments: str | None):
    """The ledger of `ledger_of`, with a credit no dossier is a candidate for (another name, another amount)."""
    root = ledger_of(tmp_path, payments)
    stranger = Booking("77.70", DAY, ref="NOREF2", name="Q Onbekend", text="overboeking")
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [stranger])})
    credit = credit_of(book_of(root))
    assert credit.candidates == ()
    return root, credit


STRANGER = '  - date: 2026-03-02\n    amount: 77.70\n    bank_ref: "NOREF2"'


def test_a_credit_with_no_candidate_gets_lines_that_bring_payments_and_say_where_they_go(tmp_path):
    """The lines for a credit no dossier may be started without `payments:`: pasted at the end of a file that has
    none, the check read them as a payment under `events:`. They now bring the key, as the others do, and the
    note says where they go in a file with payments, with `payments: []`, or with none."""
    root, credit = unknown_credit(tmp_path, None)
    assert credit.assign == "payments:\n" + STRANGER
    assert credit.assign_note == (
        "Deze regels beginnen met payments:, voor een dossierbestand dat dat nog niet heeft: plak ze aan het eind "
        "ervan, payments: vooraan de regel (zoals events:). Staat er payments: zonder betalingen erin (payments: "
        "[]), vervang die regel erdoor; staan er al betalingen onder payments:, zet ze daaronder zonder die eerste "
        "regel."
    )
    with speaking(Language.EN):
        english = credit_of(book_of(root)).assign_note
    assert english == (
        "These lines start with payments:, for a debtor file that has none yet: paste them at its end, payments: "
        "at the start of a line (as events:). Where it has payments: with no payment in it (payments: []), replace "
        "that line with them; where payments: lists payments already, put them under it without that first line."
    )


@pytest.mark.parametrize("written", [None, "payments: []", "payments: with one"])
def test_the_lines_of_a_credit_with_no_candidate_pasted_as_the_note_says_count(tmp_path, written):
    one = "payments:\n  - date: 2026-02-20\n    amount: 10.00"
    root, credit = unknown_credit(tmp_path, one if written == "payments: with one" else written)
    path = root / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8")
    if written is None:
        text = text.rstrip("\n") + "\n" + credit.assign + "\n"
    elif written == "payments: []":
        text = text.replace(written + "\n", credit.assign + "\n", 1)
    else:
        text = text.replace(one + "\n", one + "\n" + credit.assign.removeprefix("payments:\n") + "\n", 1)
    path.write_text(text, encoding="utf-8")
    load_ledger(root)  # no LedgerError: a payment under `payments:`, written once
    after = book_of(root)
    assert after.bank is not None and after.bank.unmatched == ()
    assert after.rows[0].claim.debtor.payments[-1].amount == Decimal("77.70")


def test_a_file_with_its_representative_after_its_events_gets_the_event_before_it(tmp_path):
    """Review s43: the demo's D-1011 writes `representative:` after its events (docs/ledger-format.md's example
    too); the letters list and the dossier said "onderaan events:" and the lines pasted at the end of the file
    were refused ("representative.email[0].date: ... a list entry where a field was expected"). The place names
    the key that follows the events, whichever it is; pasted there, the lines read back as the step."""
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    path = root / "debtors" / "D-1001.yaml"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    events = "\nevents:\n  - date: 2026-02-05\n    type: reminder\n    channel: letter\n"
    counsellor = "representative:\n  role: counsellor\n  name: Buurtteam, Jan Smit\n"
    path.write_text(text + events + counsellor, encoding="utf-8")
    book = book_of(root)
    record = dossier_page(book, book.rows[0]).record
    assert record is not None and "type: dunning" in record.lines
    assert "onderaan events: in debtors/D-1001.yaml, vóór representative:" in record.intro
    path.write_text(text + events + record.lines.rstrip("\n") + "\n" + counsellor, encoding="utf-8")
    (debtor,) = read_books(root, AS_OF).ledger.debtors
    assert debtor.events[-1].type == "dunning" and debtor.representative is not None
