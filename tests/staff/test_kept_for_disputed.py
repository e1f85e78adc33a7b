"""What payments naming an invoice disputed apart keep for it, as staff read it outside the dossier page:
claims.json (`disputed_invoices[].kept`, `kept_together`), the change list, and the overview's row and total.

A consumer, no interest, with F-A (640.00) and F-B (1,180.00) due 2026-02-04 and F-C (300.00) due 2026-03-03;
reminded 2026-02-05, F-B (or F-B and F-C) disputed on 2026-02-09; the build is of 2026-02-24.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Language
from incasso.staff.changes import compare, parse_previous
from incasso.staff.dossier_page import dossier_page
from incasso.staff.entries import book_entries
from incasso.staff.exports import claims_document, claims_json
from incasso.staff.language import speaking
from incasso.staff.lists import overview_lists
from incasso.staff.overview_page import headline
from incasso.staff.view import staff_book
from tests.support.ledgers import days, event, invoice, one_debtor_ledger, payment

D = Decimal
DUE = date(2026, 2, 4)
AS_OF = DUE + days(20)
INVOICES = [
    invoice(number="F-A", amount=D("640.00")),
    invoice(number="F-B", date=date(2026, 1, 10), amount=D("1180.00")),
    invoice(number="F-C", date=date(2026, 2, 1), due=date(2026, 3, 3), amount=D("300.00")),
]
REMINDED = event(DUE + days(1), "reminder", channel="letter")
B_DISPUTED = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B"])
B_AND_C_DISPUTED = event(DUE + days(5), "dispute", reason="Niet besteld", invoices=["F-B", "F-C"])
FOR_B = payment(date=DUE + days(8), amount=D("500.00"), invoice="F-B")
FOR_C_AND_B = payment(date=DUE + days(9), amount=D("250.00"), invoices=["F-C", "F-B"])


def book_on(tmp_path, dispute, payments, as_of=AS_OF):
    ledger = one_debtor_ledger(tmp_path, invoices=INVOICES, events=[REMINDED, dispute], payments=payments)
    claim = assess(ledger, ledger.debtors[0], as_of)
    return staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/"), ledger


def disputed_of(tmp_path, dispute, payments, as_of=AS_OF):
    book, ledger = book_on(tmp_path, dispute, payments, as_of)
    document = claims_document([book.rows[0].claim], as_of, ledger.creditor.policy, lambda c: "")
    return {d["number"]: d for d in document["claims"][0]["disputed_invoices"]}, document


# -- claims.json ----------------------------------------------------------------------------------------------


def test_claims_json_says_nothing_is_kept_when_no_payment_names_the_disputed_invoice(tmp_path):
    disputed, _ = disputed_of(tmp_path, B_DISPUTED, [])
    assert (disputed["F-B"]["kept"], disputed["F-B"]["kept_together"]) == ("0.00", [])
    assert disputed["F-B"]["open"] == "1180.00"


def test_claims_json_says_what_a_payment_naming_the_disputed_invoice_keeps_for_it(tmp_path):
    disputed, _ = disputed_of(tmp_path, B_DISPUTED, [FOR_B])
    assert (disputed["F-B"]["kept"], disputed["F-B"]["kept_together"]) == ("500.00", [])
    assert disputed["F-B"]["open"] == "1180.00"  # its principal, as before: the answer says what the 500.00 pays


def test_claims_json_says_what_is_kept_for_two_disputed_invoices_together(tmp_path):
    disputed, _ = disputed_of(tmp_path, B_AND_C_DISPUTED, [FOR_B, FOR_C_AND_B])
    assert (disputed["F-B"]["kept"], disputed["F-B"]["kept_together"]) == (
        "500.00",
        [{"invoices": ["F-C"], "amount": "250.00"}],
    )
    assert (disputed["F-C"]["kept"], disputed["F-C"]["kept_together"]) == (
        "0.00",
        [{"invoices": ["F-B"], "amount": "250.00"}],
    )


def test_a_payment_naming_the_two_in_either_order_is_kept_for_them_together_once(tmp_path):
    other_order = payment(date=DUE + days(10), amount=D("100.00"), invoices=["F-B", "F-C"])
    disputed, _ = disputed_of(tmp_path, B_AND_C_DISPUTED, [FOR_C_AND_B, other_order])
    assert disputed["F-B"]["kept_together"] == [{"invoices": ["F-C"], "amount": "350.00"}]


B_CREDITED = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(6), "amount": D("1180.00")}]}


def credited_b_book(tmp_path):
    """F-B credited in full, disputed with F-C; 250.00 naming F-C and F-B: kept for F-C alone (F-B asks nothing)."""
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[INVOICES[0], B_CREDITED, INVOICES[2]],
        events=[REMINDED, B_AND_C_DISPUTED],
        payments=[FOR_C_AND_B],
    )
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    return staff_book([claim], ledger.creditor, AS_OF, "", lambda c: "s/"), ledger


def test_claims_json_keeps_nothing_for_an_invoice_credited_in_full_and_the_money_for_the_other(tmp_path):
    """The page said "factuur F-C, die u betwist: 250,00"; claims.json said 250.00 kept for F-B and F-C together."""
    book, ledger = credited_b_book(tmp_path)
    document = claims_document([book.rows[0].claim], AS_OF, ledger.creditor.policy, lambda c: "")
    disputed = {d["number"]: d for d in document["claims"][0]["disputed_invoices"]}
    assert (disputed["F-C"]["kept"], disputed["F-C"]["kept_together"]) == ("250.00", [])
    assert (disputed["F-B"]["kept"], disputed["F-B"]["kept_together"]) == ("0.00", [])


@pytest.mark.parametrize(
    "language, credited, kept",
    [
        (Language.NL, "betwist en helemaal gecrediteerd: leg het antwoord vast (dispute_resolved met invoices)",
         "; EUR\xa0250,00 van betalingen die deze factuur noemden ligt hiervoor apart"),
        (Language.EN, "disputed and fully credited: record the answer (dispute_resolved with invoices)",
         "; EUR\xa0250.00 of payments naming this invoice is kept for it"),
    ],
)  # fmt: skip
def test_the_dossier_keeps_nothing_for_an_invoice_credited_in_full_and_the_money_for_the_other(
    tmp_path, language, credited, kept
):
    book, _ = credited_b_book(tmp_path)
    with speaking(language):
        rows = {row.number: row.disputed for row in dossier_page(book, book.rows[0]).invoices}
    assert rows["F-B"] == credited
    assert rows["F-C"].endswith(kept)


@pytest.mark.parametrize(
    "language, share",
    [
        (Language.NL, "EUR\xa0250,00 apart voor betwiste factuur F-C"),
        (Language.EN, "EUR\xa0250.00 held apart for disputed invoice F-C"),
    ],
)
def test_the_dossier_payment_names_the_money_kept_for_the_invoice_not_credited_only(tmp_path, language, share):
    """It said "apart voor betwiste facturen F-C, F-B" under the payment, of F-B credited in full."""
    book, _ = credited_b_book(tmp_path)
    with speaking(language):
        (paid,) = dossier_page(book, book.rows[0]).payments
    assert paid.allocations == (share,)


def test_the_dossier_page_says_what_claims_json_says(tmp_path):
    book, _ = book_on(tmp_path, B_AND_C_DISPUTED, [FOR_B, FOR_C_AND_B])
    rows = {row.number: row.disputed for row in dossier_page(book, book.rows[0]).invoices}
    assert rows["F-B"].endswith(
        "; EUR\xa0500,00 van betalingen die deze factuur noemden ligt hiervoor apart"
        "; EUR\xa0250,00 ligt apart voor deze factuur en F-C samen"
    )
    assert rows["F-C"].endswith("telt niet mee tot het antwoord (dispute_resolved met invoices); EUR\xa0250,00 ligt "
                                "apart voor deze factuur en F-B samen")  # fmt: skip


# -- the change list ------------------------------------------------------------------------------------------


def test_a_previous_claims_json_without_what_is_kept_compares_cleanly(tmp_path):
    _, current = disputed_of(tmp_path, B_AND_C_DISPUTED, [FOR_B, FOR_C_AND_B])
    older = json.loads(claims_json(current))
    for disputed in older["claims"][0]["disputed_invoices"]:
        disputed.pop("kept"), disputed.pop("kept_together")
    previous, problem = parse_previous(claims_json(older))
    assert problem is None
    assert compare(previous, current).empty


def test_money_kept_since_the_previous_build_is_listed_as_the_payment_that_brought_it(tmp_path):
    """Like `open` and the other figures, what is kept is not compared: it changes when a payment arrives or
    goes, a credit note counts or a dispute is answered, and the change list lists those."""
    _, before = disputed_of(tmp_path / "before", B_DISPUTED, [], as_of=DUE + days(6))
    _, after = disputed_of(tmp_path / "after", B_DISPUTED, [FOR_B])
    changes = compare(before, after)
    assert [e.values["amount"] for e in changes.sections["payments"]] == ["EUR\xa0500,00"]
    assert not [name for name, entries in changes.sections.items() if entries and name not in ("payments", "due")]


# -- the overview: the dossier's row and the total ------------------------------------------------------------


def overview_of(tmp_path, dispute, payments, language):
    book, _ = book_on(tmp_path, dispute, payments)
    with speaking(language):
        entries = book_entries(book)
        _, outstanding = headline(overview_lists(entries, 50))
    return entries[0].row.disputed, outstanding.note


@pytest.mark.parametrize(
    "language, row, note",
    [
        (Language.NL, "daarnaast EUR\xa01.180,00 betwist", "daarnaast betwist, apart: EUR 1.180,00"),
        (Language.EN, "plus EUR\xa01,180.00 disputed", "plus, disputed and held apart: EUR 1,180.00"),
    ],
)
def test_the_overview_says_only_what_is_disputed_when_nothing_is_kept(tmp_path, language, row, note):
    assert overview_of(tmp_path, B_DISPUTED, [], language) == (row, note)


@pytest.mark.parametrize(
    "language, row, note",
    [
        (
            Language.NL,
            "daarnaast EUR\xa01.180,00 betwist; EUR\xa0500,00 al betaald, ligt apart",
            "daarnaast betwist, apart: EUR 1.180,00; al betaald, ligt apart: EUR 500,00",
        ),
        (
            Language.EN,
            "plus EUR\xa01,180.00 disputed; EUR\xa0500.00 paid, kept apart",
            "plus, disputed and held apart: EUR 1,180.00; paid, kept apart: EUR 500.00",
        ),
    ],
)
def test_the_overview_says_what_payments_keep_for_the_disputed_invoice(tmp_path, language, row, note):
    assert overview_of(tmp_path, B_DISPUTED, [FOR_B], language) == (row, note)


def test_the_overview_counts_money_kept_for_two_disputed_invoices_together_once(tmp_path):
    row, note = overview_of(tmp_path, B_AND_C_DISPUTED, [FOR_B, FOR_C_AND_B], Language.NL)
    assert row == "daarnaast EUR\xa01.480,00 betwist; EUR\xa0750,00 al betaald, ligt apart"
    assert note == "daarnaast betwist, apart: EUR 1.480,00; al betaald, ligt apart: EUR 750,00"


def test_the_dossier_page_says_what_is_kept_for_two_together_once_whatever_order_a_payment_named_them(tmp_path):
    other_order = payment(date=DUE + days(10), amount=D("100.00"), invoices=["F-B", "F-C"])
    book, _ = book_on(tmp_path, B_AND_C_DISPUTED, [FOR_C_AND_B, other_order])
    rows = {row.number: row.disputed for row in dossier_page(book, book.rows[0]).invoices}
    assert rows["F-B"] == (
        "betwist: telt niet mee tot het antwoord (dispute_resolved met invoices); "
        "EUR\xa0350,00 ligt apart voor deze factuur en F-C samen"
    )


# -- a disputed invoice credited in full, and a payment that named it ---------------------------------------------
# F-B credited in full on 2026-02-10, 500.00 naming it on 2026-02-12: nothing is kept for F-B (it asks nothing),
# so the 500.00 pays F-A, as the debtor's page says ("die hebben wij helemaal gecrediteerd; deze betaling ging
# daarom naar uw andere factuur"). The overview keeps nothing apart for it, rightly: the money is in F-A's figures.

B_CREDITED_ALONE = {**INVOICES[1], "credit_notes": [{"number": "C-1", "date": DUE + days(6), "amount": D("1180.00")}]}


def credited_alone_book(tmp_path):
    ledger = one_debtor_ledger(
        tmp_path, invoices=[INVOICES[0], B_CREDITED_ALONE], events=[REMINDED, B_DISPUTED], payments=[FOR_B]
    )
    claim = assess(ledger, ledger.debtors[0], AS_OF)
    return staff_book([claim], ledger.creditor, AS_OF, "", lambda c: "s/")


@pytest.mark.parametrize(
    "language, said",
    [
        (Language.NL, "betwist en helemaal gecrediteerd: leg het antwoord vast (dispute_resolved met invoices); "
         "EUR\xa0500,00 van betalingen die deze factuur noemden ging daarom naar de andere facturen"),
        (Language.EN, "disputed and fully credited: record the answer (dispute_resolved with invoices); "
         "EUR\xa0500.00 of payments naming this invoice went to the other invoices instead"),
    ],
)  # fmt: skip
def test_the_dossier_says_where_the_money_named_for_an_invoice_credited_in_full_went(tmp_path, language, said):
    """It said only that F-B was credited: whoever records the answer did not see that 500.00 named it."""
    book = credited_alone_book(tmp_path)
    with speaking(language):
        page = dossier_page(book, book.rows[0])
    assert {row.number: row.disputed for row in page.invoices}["F-B"] == said
    assert page.payments[0].allocations == (("EUR\xa0500,00 hoofdsom F-A",) if language == Language.NL else
                                            ("EUR\xa0500.00 principal F-A",))  # fmt: skip


@pytest.mark.parametrize(
    "language, said",
    [
        (Language.NL, "Met creditnota's helemaal gecrediteerd: leg het antwoord vast (dispute_resolved met "
         "invoices). EUR\xa0500,00 van betalingen die ze noemden ging daarom naar de andere facturen"),
        (Language.EN, "Fully credited by credit notes: record the answer (dispute_resolved with invoices). "
         "EUR\xa0500.00 of payments naming them went to the other invoices instead"),
    ],
)  # fmt: skip
def test_the_overview_signal_says_where_the_money_named_for_invoices_credited_in_full_went(tmp_path, language, said):
    book = credited_alone_book(tmp_path)
    with speaking(language):
        (entry,) = book_entries(book)
        _, outstanding = headline(overview_lists([entry], 50))
    (signal,) = [s for _, s in entry.signals if "F-B" in s.flag.detail]
    assert signal.flag.detail.endswith(said)
    # Nothing is kept apart: the 500.00 is in what is open (F-A's 140.00), not beside it.
    assert (entry.row.disputed, outstanding.note, entry.disputed_kept) == (None, None, 0)


def test_the_overview_signal_counts_a_payment_naming_two_invoices_credited_in_full_once(tmp_path):
    """F-B and F-C both credited in full, 250.00 naming both paid F-A: the signal said EUR 500,00 (review s35)."""
    ledger, claim = both_credited(tmp_path)
    book = staff_book([claim], ledger.creditor, AS_OF, "", lambda c: "s/")
    with speaking(Language.NL):
        (entry,) = book_entries(book)
    (signal,) = [s for _, s in entry.signals if "F-B" in s.flag.detail]
    assert signal.flag.detail.endswith(
        "EUR\xa0250,00 van betalingen die ze noemden ging daarom naar de andere facturen"
    )


def test_claims_json_says_where_the_money_named_for_an_invoice_credited_in_full_went(tmp_path):
    """The dossier and the signal said "EUR 500,00 ... ging daarom naar de andere facturen"; claims.json said
    only kept "0.00" under F-B: a tool reading it could not tell the debtor had paid naming it (review s35)."""
    book = credited_alone_book(tmp_path)
    document = claims_document([book.rows[0].claim], AS_OF, book.creditor.policy, lambda c: "")
    (disputed,) = document["claims"][0]["disputed_invoices"]
    assert (disputed["number"], disputed["kept"], disputed["passed_on"]) == ("F-B", "0.00", "500.00")


def test_claims_json_passes_nothing_on_for_a_disputed_invoice_that_still_asks(tmp_path):
    disputed, _ = disputed_of(tmp_path, B_DISPUTED, [FOR_B])
    assert (disputed["F-B"]["kept"], disputed["F-B"]["passed_on"]) == ("500.00", "0.00")


def test_claims_json_names_a_payment_naming_two_invoices_credited_in_full_under_each(tmp_path):
    """As `kept_together`, listed under each of them: the payment's 250.00 once per invoice, not split."""
    ledger, claim = both_credited(tmp_path)
    document = claims_document([claim], AS_OF, ledger.creditor.policy, lambda c: "")
    assert [(d["number"], d["passed_on"]) for d in document["claims"][0]["disputed_invoices"]] == [
        ("F-B", "250.00"),
        ("F-C", "250.00"),
    ]
    # Added once for the claim, as the overview's signal counts it: a tool need not know the payments.
    assert document["claims"][0]["passed_on"] == "250.00"


def test_a_previous_claims_json_without_what_was_passed_on_compares_cleanly(tmp_path):
    book = credited_alone_book(tmp_path)
    current = claims_document([book.rows[0].claim], AS_OF, book.creditor.policy, lambda c: "")
    older = json.loads(claims_json(current))
    (disputed,) = older["claims"][0]["disputed_invoices"]
    disputed.pop("passed_on")
    previous, problem = parse_previous(claims_json(older))
    assert problem is None
    assert compare(previous, current).empty


def test_money_passed_on_since_the_previous_build_is_listed_as_the_credit_note_that_moved_it(tmp_path):
    """Like `kept`, what was passed on is not compared: it changes when a credit note counts or a payment comes,
    and the change list lists those. Before, F-B's 500.00 was kept for it; the credit note booked since moves it."""
    ledger = one_debtor_ledger(
        tmp_path / "before", invoices=INVOICES[:2], events=[REMINDED, B_DISPUTED], payments=[FOR_B]
    )
    before = claims_document([assess(ledger, ledger.debtors[0], AS_OF)], AS_OF, ledger.creditor.policy, lambda c: "")
    moved = credited_alone_book(tmp_path / "after")
    after = claims_document([moved.rows[0].claim], AS_OF, moved.creditor.policy, lambda c: "")
    assert before["claims"][0]["disputed_invoices"][0]["passed_on"] == "0.00"
    assert after["claims"][0]["disputed_invoices"][0]["passed_on"] == "500.00"
    previous, _ = parse_previous(claims_json(before))
    changes = compare(previous, after)
    assert [name for name, entries in changes.sections.items() if entries] == ["credit_notes"]


def both_credited(tmp_path):
    """F-B and F-C both disputed and credited in full, and 250.00 naming both, which paid F-A: the ledger and claim."""
    c_credited = {**INVOICES[2], "credit_notes": [{"number": "C-2", "date": DUE + days(6), "amount": D("300.00")}]}
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[INVOICES[0], B_CREDITED_ALONE, c_credited],
        events=[REMINDED, B_AND_C_DISPUTED],
        payments=[FOR_C_AND_B],
    )
    return ledger, assess(ledger, ledger.debtors[0], AS_OF)
