"""A credit note on an invoice disputed apart, and what of such invoices is open, as debtor and staff see them.

Review of session 28 (second pass, findings 3 and 4): the invoice is out of the figures while disputed apart,
and with it its credit notes vanished from the page and the dossier; one credited in full still read "Dat zoeken
wij eerst uit" with no prompt to record the answer; the overview's total and the *Factuur betwist* signal gave
no amount of the disputed invoices at all (the signal showed the rest's).
"""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.dossier_notes import NoteKind, dossier_notes
from incasso.staff.changes import changes_markdown, compare
from incasso.staff.dossier_page import dossier_page
from incasso.staff.entries import book_entries
from incasso.staff.exports import claims_document
from incasso.staff.lists import overview_lists
from incasso.staff.overview import FlagKind
from incasso.staff.overview_page import headline
from incasso.staff.rows import signal_row
from incasso.staff.view import flag_detail, staff_book
from incasso.statement.view import statement_view
from tests.support.ledgers import days, event, invoice, one_debtor_ledger

D = Decimal
DUE = date(2026, 2, 4)
AS_OF = DUE + days(20)
REMINDED = event(DUE + days(1), "reminder", channel="letter")
DISPUTED = event(DUE + days(5), "dispute", invoices=["F-B"], reason="De afzuiging was niet schoon")


def invoices(*notes):
    """F-A (640.00) and F-B (1180.00), the credit notes on F-B."""
    return [
        invoice(number="F-A", amount=D("640.00")),
        {**invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")), "credit_notes": list(notes)},
    ]


NOTED = DUE + days(8)


def note(amount, number="C-1", on=NOTED):
    return {"number": number, "date": on, "amount": D(amount)}


PART, ALL = note("180.00"), note("1180.00")


def ledger_of(tmp_path, *notes, lang="nl"):
    return one_debtor_ledger(tmp_path, invoices=invoices(*notes), events=[REMINDED, DISPUTED], language=lang)


def claim_of(tmp_path, *notes, lang="nl", as_of=AS_OF):
    ledger = ledger_of(tmp_path, *notes, lang=lang)
    return assess(ledger, ledger.debtors[0], as_of), ledger


def book_of(tmp_path, *notes):
    claim, ledger = claim_of(tmp_path, *notes)
    return staff_book([claim], ledger.creditor, AS_OF, "", lambda c: "s/")


# -- the page ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "Op factuur F-B: creditnota C-1 van 12 februari 2026, EUR\xa0180,00 minder."),
        ("en", "On invoice F-B: credit note C-1 of 12 February 2026, EUR\xa0180.00 deducted."),
    ],
)
def test_the_page_lists_a_credit_note_of_the_disputed_invoice_under_the_dispute(tmp_path, lang, line):
    claim, ledger = claim_of(tmp_path, PART, lang=lang)
    lines = statement_view(claim, ledger).summary.lines
    assert line in lines
    assert lines.index(line) == len(lines) - 1  # below the "you disagree with invoice F-B" line


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        (
            "nl",
            "U bent het niet eens met factuur F-B. Wij hebben dat helemaal gecrediteerd",
            "Dat zoeken wij eerst uit",
        ),
        ("en", "You disagree with invoice F-B. We have credited all of it", "We are looking into that first"),
    ],
)
def test_credited_in_full_the_page_no_longer_says_we_are_looking_into_it(tmp_path, lang, said, unsaid):
    claim, ledger = claim_of(tmp_path, ALL, lang=lang)
    lines = statement_view(claim, ledger).summary.lines
    assert any(line.startswith(said) for line in lines)
    assert not any(unsaid in line for line in lines)


# -- the staff dossier, check and the signals ----------------------------------------------------------------


def test_the_dossier_lists_the_disputed_invoice_with_its_credit_note(tmp_path):
    book = book_of(tmp_path, PART)
    rows = dossier_page(book, book.rows[0]).invoices
    assert [row.number for row in rows] == ["F-A", "F-B"]
    disputed = rows[1]
    assert disputed.open == "EUR\xa01.000,00" and disputed.disputed.startswith("betwist: telt niet mee")
    assert [line.before for line in disputed.credit_notes] == ["Creditnota C-1 van 12 feb 2026: EUR\xa0180,00 minder"]


def test_credited_in_full_staff_are_told_to_record_the_answer(tmp_path):
    claim, ledger = claim_of(tmp_path, ALL)
    notes = [n for n in dossier_notes(claim, ledger.creditor) if n.kind == NoteKind.DISPUTED_CREDITED]
    assert [dict(n.facts)["invoice"] for n in notes] == ["F-B"]
    book = book_of(tmp_path / "book", ALL)
    (flag,) = [f for f in book.rows[0].flags if f.kind == FlagKind.DISPUTED_INVOICES]
    assert "leg het antwoord vast (dispute_resolved met invoices)" in flag_detail(flag)
    assert dossier_page(book, book.rows[0]).invoices[1].disputed.startswith("betwist en helemaal gecrediteerd")


def test_a_part_credited_leaves_no_note(tmp_path):
    claim, ledger = claim_of(tmp_path, PART)
    assert NoteKind.DISPUTED_CREDITED not in {n.kind for n in dossier_notes(claim, ledger.creditor)}


def test_the_signal_s_amount_is_the_disputed_invoice_s_own(tmp_path):
    book = book_of(tmp_path, PART)
    row = book.rows[0]
    (flag,) = [f for f in row.flags if f.kind == FlagKind.DISPUTED_INVOICES]
    assert signal_row(flag, row).amount == "EUR\xa01.000,00"  # F-B less C-1, not F-A's 640.00


def test_the_overview_s_total_says_what_is_disputed_besides_it(tmp_path):
    lists = overview_lists(book_entries(book_of(tmp_path, PART)), 50)
    _, outstanding = headline(lists)
    assert outstanding.value == "EUR 640,00"  # as before: what the rest asks
    assert outstanding.note == "daarnaast betwist, apart: EUR 1.000,00"


def test_nothing_disputed_apart_adds_no_note(tmp_path):
    ledger = one_debtor_ledger(tmp_path, invoices=invoices(), events=[REMINDED])
    book = staff_book([assess(ledger, ledger.debtors[0], AS_OF)], ledger.creditor, AS_OF, "", lambda c: "s/")
    assert headline(overview_lists(book_entries(book), 50))[1].note is None


# -- claims.json and the change list -------------------------------------------------------------------------


def document(tmp_path, *notes, as_of=AS_OF):
    claim, ledger = claim_of(tmp_path, *notes, as_of=as_of)
    return claims_document([claim], as_of, ledger.creditor.policy, lambda c: "")


def test_claims_json_gives_the_disputed_invoice_s_open_principal(tmp_path):
    (disputed,) = document(tmp_path, PART)["claims"][0]["disputed_invoices"]
    assert (disputed["number"], disputed["apart"], disputed["open"]) == ("F-B", True, "1000.00")


def test_a_credit_note_on_an_invoice_apart_counts_after_the_answer(tmp_path):
    before = document(tmp_path / "before", as_of=DUE + days(7))
    after = document(tmp_path / "after", PART, as_of=DUE + days(9))
    text = changes_markdown(compare(before, after))
    assert (
        "creditnota C-1 van 12 februari 2026, EUR\xa0180,00 (factuur F-B); telt mee na het antwoord op het geschil"
        in (text)
    )
    assert "telt nu mee" not in text


def test_a_credit_note_dated_ahead_on_an_invoice_apart_counts_after_the_answer_too(tmp_path):
    ahead = note("180.00", on=DUE + days(12))
    before = document(tmp_path / "before", ahead, as_of=DUE + days(9))
    after = document(tmp_path / "after", ahead, as_of=DUE + days(13))
    text = changes_markdown(compare(before, after))
    assert "(factuur F-B); telt mee na het antwoord op het geschil" in text and "telt nu mee" not in text
