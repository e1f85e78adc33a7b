"""Reconciliation through read_books, one case per rule: what counts, once, and what is left for staff."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from incasso.bank.books import Books, read_books
from incasso.bank.matching import MatchRule
from incasso.bank.reconcile import DOUBLE_COUNTS, NoteKind, SkipReason
from incasso.claims.assess import assess
from incasso.ledger.problems import LedgerError
from incasso.payments.reference import rf_reference
from tests.support.bankfiles import (
    CREDITOR_IBAN,
    OTHER_IBAN,
    PAYER_IBAN,
    Booking,
    camt053,
    line_of,
    mt940,
    mt940_pages,
    write_bank,
    zipped,
)
from tests.support.ledgers import (
    debtor_path,
    event,
    invoice,
    payment,
    valid_creditor,
    valid_debtor,
    where,
    write_ledger,
)

AS_OF = date(2026, 11, 22)
DAY = date(2026, 11, 3)
RF1, RF2 = rf_reference("D-1"), rf_reference("D-2")
EMPTY = camt053(CREDITOR_IBAN, [])  # a statement of the creditor's euro account without entries


def debtors(**changes_of_first) -> list[dict]:
    return [
        valid_debtor(id="D-1", name="Bakkerij De Vries", **changes_of_first),
        valid_debtor(id="D-2", name="Anouk de Wit", invoices=[invoice(number="F2026-0002")]),
    ]


def books(tmp_path, files: dict[str, bytes], people: list[dict] | None = None, as_of: date = AS_OF) -> Books:
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=people or debtors())
    write_bank(root, files)
    return read_books(root, as_of)


def paid(result: Books, debtor_id: str) -> list[tuple]:
    debtor = next(d for d in result.ledger.debtors if d.id == debtor_id)
    return [(p.date, p.amount, p.invoice, p.bank_ref) for p in debtor.payments]


def checked(tmp_path) -> int:
    """`incasso check -q` of the ledger `books` wrote: its notes are what it prints."""
    from incasso.cli.main import main

    return main(["check", "-q", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()])


def reasons(result: Books) -> list[tuple[str, str]]:
    assert result.bank is not None
    return sorted((s.entry.reference, s.reason) for s in result.bank.skipped)


# -- matching, in order ------------------------------------------------------------------------


def test_a_credit_with_the_structured_reference_is_the_dossier_s_payment(tmp_path):
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", scor=RF1)])})
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    assert result.bank is not None and [m.found.rule for m in result.bank.matched] == [MatchRule.STRUCTURED]
    payment = next(d for d in result.ledger.debtors if d.id == "D-1").payments[0]
    assert payment.source.path.endswith("bank/a.xml") and payment.source.line > 1


def test_an_rf_reference_in_the_text_and_an_invoice_number_match_too(tmp_path):
    files = {
        "a.sta": mt940(
            CREDITOR_IBAN,
            [
                Booking("10.00", DAY, ref="R1", text=f"betaling {RF1[:4].lower()} {RF1[4:]}"),
                Booking("20.00", DAY, ref="R2", text="factuur F2026-0002"),
            ],
        )
    }
    result = books(tmp_path, files)
    assert paid(result, "D-1") == [(DAY, Decimal("10.00"), None, "R1")]
    assert paid(result, "D-2") == [(DAY, Decimal("20.00"), "F2026-0002", "R2")]
    assert result.bank is not None
    assert [m.found.rule for m in result.bank.matched] == [MatchRule.TEXT_REFERENCE, MatchRule.INVOICE]


def test_a_credit_that_names_no_dossier_is_left_for_staff(tmp_path):
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("99.00", DAY, ref="R1", text="rekening")])})
    assert result.bank is not None
    assert [(u.entry.reference, u.named) for u in result.bank.unmatched] == [("R1", ())]
    assert paid(result, "D-1") == paid(result, "D-2") == []


@pytest.mark.parametrize("structured, text", [(RF1, "en F2026-0002 (Kees)"), (None, f"{RF1} en F2026-0002 (Kees)")])
def test_a_credit_naming_one_dossier_s_reference_and_another_s_invoice_is_left_for_staff(tmp_path, structured, text):
    # Booked whole to the first, the second debtor would be dunned for money they paid.
    files = {"a.xml": camt053(CREDITOR_IBAN, [Booking("1000.00", DAY, ref="R1", scor=structured, text=text)])}
    result = books(tmp_path, files)
    assert result.bank is not None
    assert [(u.entry.reference, u.named) for u in result.bank.unmatched] == [("R1", ("D-1", "D-2"))]
    assert paid(result, "D-1") == paid(result, "D-2") == []


def test_how_a_real_statement_s_texts_name_invoices_a_tail_a_colon_and_another_kind_of_number(tmp_path):
    # One camt.053 as a bank exports it. "F2026-0142 en 0143" names both invoices of D-1, so no single one (all of it
    # was booked to 0142); "0002" completes D-2's invoice but a tail never names another dossier; "F2026:0143" is
    # that invoice; a dossier's number is none of the ledger's invoices, whatever it spells.
    people = [
        valid_debtor(id="D-1", invoices=[invoice(number="F2026-0142"), invoice(number="F2026-0143", amount="80.00")]),
        valid_debtor(id="D-2", name="Anouk de Wit", invoices=[invoice(number="F2026-0002")]),
    ]
    texts = ["facturen F2026-0142 en 0143", "F2026-0143 & 0002", "nota F2026:0143", "dossiernummer F2026-0002"]
    bookings = [Booking(f"{10 * n}.00", DAY, ref=f"R{n}", text=text) for n, text in enumerate(texts, 1)]
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, bookings)}, people)
    assert paid(result, "D-1") == [
        (DAY, Decimal("10.00"), None, "R1"),
        (DAY, Decimal("20.00"), None, "R2"),
        (DAY, Decimal("30.00"), "F2026-0143", "R3"),
    ]
    assert paid(result, "D-2") == []
    assert result.bank is not None and [(u.entry.reference, u.named) for u in result.bank.unmatched] == [("R4", ())]


# -- only booked credits on the creditor's own account -------------------------------------------------


def test_debits_pending_entries_other_currencies_and_other_accounts_are_skipped(tmp_path):
    other_currency = camt053(CREDITOR_IBAN, [Booking("5.00", DAY, ref="C1", scor=RF1)]).replace(
        b'Ccy="EUR">5.00', b'Ccy="USD">5.00'
    )
    files = {
        "own.xml": camt053(
            CREDITOR_IBAN,
            [
                Booking("20.00", DAY, credit=False, ref="D1", text=RF1),
                Booking("30.00", DAY, ref="P1", status="PDNG", scor=RF1),
            ],
        ),
        "usd.xml": other_currency.replace(b"<Ccy>EUR</Ccy>", b"<Ccy>USD</Ccy>"),
        "savings.xml": camt053(OTHER_IBAN, [Booking("40.00", DAY, ref="O1", scor=RF1)]),
    }
    result = books(tmp_path, files)
    assert paid(result, "D-1") == []
    assert reasons(result) == [
        ("C1", SkipReason.OTHER_CURRENCY),
        ("D1", SkipReason.DEBIT),
        ("O1", SkipReason.OTHER_ACCOUNT),
        ("P1", SkipReason.PENDING),
    ]
    assert result.bank is not None and result.bank.unmatched == ()


def test_a_later_statement_in_another_currency_does_not_say_the_euros_of_its_days_are_in(tmp_path):
    # A foreign-currency account may share the IBAN: its statement up to the 21st is no euro statement.
    later = date(2026, 11, 21)
    usd = camt053(CREDITOR_IBAN, [Booking("5.00", later, ref="C1")], message_id="USD-1")
    files = {
        "eur.xml": camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="R1", scor=RF1)]),
        "usd.xml": usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b"<Ccy>EUR</Ccy>", b"<Ccy>USD</Ccy>"),
    }
    result = books(tmp_path, files)
    assert result.bank is not None
    assert ("C1", SkipReason.OTHER_CURRENCY) in reasons(result)
    assert result.bank.payments_until == DAY  # the euro statement's last day, not the 21st


def test_entries_booked_after_the_as_of_date_are_not_known_yet(tmp_path):
    files = {"a.xml": camt053(CREDITOR_IBAN, [Booking("10.00", date(2026, 11, 23), ref="L1", scor=RF1)])}
    result = books(tmp_path, files)
    assert paid(result, "D-1") == [] and reasons(result) == [("L1", SkipReason.NOT_YET)]
    assert result.bank is not None and result.bank.payments_until == AS_OF


# -- once ------------------------------------------------------------------------------------------


def test_the_same_entry_in_two_exports_counts_once(tmp_path):
    day_one = Booking("10.00", DAY, ref="R1", scor=RF1)
    day_two = Booking("20.00", date(2026, 11, 4), ref="R2", scor=RF1)
    files = {
        "week.xml": camt053(CREDITOR_IBAN, [day_one, day_two], per_day=True),
        "again.zip": zipped({"day.xml": camt053(CREDITOR_IBAN, [day_two])}),  # a day exported twice
        "overlap.sta": mt940(CREDITOR_IBAN, [day_one]),  # an overlapping period in the other format
    }
    result = books(tmp_path, files)
    assert paid(result, "D-1") == [
        (DAY, Decimal("10.00"), None, "R1"),
        (date(2026, 11, 4), Decimal("20.00"), None, "R2"),
    ]
    assert reasons(result) == [("R1", SkipReason.DUPLICATE), ("R2", SkipReason.DUPLICATE)]


def test_an_entry_not_counted_in_two_exports_is_skipped_once_and_its_copy_is_a_duplicate(tmp_path, capsys):
    pending = Booking("10.00", DAY, ref="P1", status="PDNG", scor=RF1)
    week = camt053(CREDITOR_IBAN, [pending])
    result = books(tmp_path, {"week.xml": week, "week (1).xml": week})
    assert reasons(result) == [("P1", SkipReason.DUPLICATE), ("P1", SkipReason.PENDING)]
    from incasso.cli.main import main

    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "1 pending entry" in out and "2 pending entries" not in out


# How programs name a second download or copy of a file: browsers, Windows (nl, en), macOS (nl, en), Safari, GNOME.
COPY_NAMES = (
    "2026-11-12 (1).xml",
    "2026-11-12(2).xml",
    "2026-11-12 - kopie.xml",
    "2026-11-12 - Copy (2).xml",
    "2026-11-12 kopie 2.xml",
    "2026-11-12 copy.xml",
    "2026-11-12-1.xml",
    "2026-11-12 (copy).xml",
)


@pytest.mark.parametrize("copy", COPY_NAMES)
def test_of_an_export_and_its_copy_the_original_counts_and_the_copy_is_skipped(tmp_path, copy):
    # A space or a dash sorts before the dot: by plain name order the copy was read first, and counted.
    export = camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="R1", scor=RF1)])
    result = books(tmp_path, {"2026-11-12.xml": export, copy: export})
    assert result.bank is not None
    [skipped] = result.bank.skipped
    assert (skipped.reason, Path(skipped.entry.source.path).name) == (SkipReason.DUPLICATE, copy)
    [copies] = result.bank.copies()
    assert (Path(copies.original_path).name, Path(copies.path).name) == ("2026-11-12.xml", copy)


@pytest.mark.parametrize("names", [("a.xml", "b.xml"), ("b.xml", "a.xml")], ids=["split first", "whole first"])
def test_a_batch_one_export_splits_and_another_lists_whole_counts_once_as_split(tmp_path, names):
    parts = (Booking("100.00", DAY, scor=RF1, end_to_end="E1"), Booking("50.00", DAY, scor=RF2, end_to_end="E2"))
    split = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", parts=parts)])
    whole = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", text="verzamelbetaling")])
    result = books(tmp_path, dict(zip(names, (split, whole), strict=True)))
    assert paid(result, "D-1") == [(DAY, Decimal("100.00"), None, "B1/1")]
    assert paid(result, "D-2") == [(DAY, Decimal("50.00"), None, "B1/2")]
    assert reasons(result) == [("B1", SkipReason.DUPLICATE)]
    assert result.bank is not None and result.bank.unmatched == ()


@pytest.mark.parametrize("names", [("a.xml", "b.xml"), ("b.xml", "a.xml")], ids=["split first", "whole first"])
def test_a_batch_a_payment_names_whole_stays_whole_when_another_export_splits_it(tmp_path, names):
    # Staff assigned the whole credit by hand (bank_ref: B1): its split transactions count no more.
    parts = (Booking("100.00", DAY, scor=RF1, end_to_end="E1"), Booking("50.00", DAY, scor=RF2, end_to_end="E2"))
    split = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", parts=parts)])
    whole = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", text="verzamelbetaling")])
    people = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="B1")])
    result = books(tmp_path, dict(zip(names, (split, whole), strict=True)), people)
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "B1")]
    assert paid(result, "D-2") == []
    assert reasons(result) == [("B1", SkipReason.NAMED), ("B1/1", SkipReason.DUPLICATE), ("B1/2", SkipReason.DUPLICATE)]


def test_a_batch_a_payment_names_whole_is_that_payment_s_when_the_only_export_splits_it(tmp_path):
    # The banking app shows the batch's own reference (B1); the export lists B1/1 and B1/2: both are named.
    parts = (Booking("100.00", DAY, scor=RF1, end_to_end="E1"), Booking("50.00", DAY, scor=RF2, end_to_end="E2"))
    split = {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", parts=parts)])}
    people = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="B1")])
    result = books(tmp_path, split, people)
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "B1")]
    assert paid(result, "D-2") == []
    assert reasons(result) == [("B1/1", SkipReason.NAMED), ("B1/2", SkipReason.NAMED)]
    assert result.bank is not None and result.bank.notes == ()
    # The amount rules hold for the batch's total.
    less = books(
        tmp_path / "less", split, debtors(payments=[payment(date=DAY, amount=Decimal("100.00"), bank_ref="B1")])
    )
    assert [(n.kind, n.amount) for n in less.bank.notes] == [(NoteKind.PART_UNASSIGNED, Decimal("50.00"))]
    more = debtors(payments=[payment(date=DAY, amount=Decimal("200.00"), bank_ref="B1")])
    with pytest.raises(LedgerError, match=r"names a bank entry of 150\.00 .* add up to 200\.00 \(got B1\)"):
        books(tmp_path / "more", split, more)


def test_a_batch_named_whole_counts_once_and_only_what_its_transactions_still_brought(tmp_path):
    parts = (Booking("100.00", DAY, scor=RF1, end_to_end="E1"), Booking("50.00", DAY, scor=RF2, end_to_end="E2"))
    batch = Booking("150.00", DAY, ref="B1", parts=parts)
    # One of its transactions named by another file too: 200.00 held of a 150.00 credit.
    people = [
        valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="B1")]),
        valid_debtor(
            id="D-2",
            name="Anouk de Wit",
            invoices=[invoice(number="F2026-0002")],
            payments=[payment(date=DAY, amount=Decimal("50.00"), bank_ref="B1/2")],
        ),
    ]
    with pytest.raises(LedgerError, match=r"names a transaction of batch B1, which D-1 payments\[0\] names whole"):
        books(tmp_path / "twice", {"a.xml": camt053(CREDITOR_IBAN, [batch])}, people)
    # One of its transactions taken back a week later: the statements say which (B1/2) and how much (50.00), and
    # one payment holds the batch whole, so that part counts no more by itself, as a single credit taken back (it
    # counted all 150.00 until staff wrote what stayed); what is left is matched to no dossier. All of them taken
    # back: the payment counts no more.
    whole = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="B1")])
    later = DAY + timedelta(days=7)
    one = Booking("50.00", later, credit=False, ref="R2", return_reason="AC04", end_to_end="E2")
    other = Booking("100.00", later, credit=False, ref="R1", return_reason="AC04", end_to_end="E1")
    for name, back, kinds, counted in (
        ("one", [one], [NoteKind.NAMED_PART_TAKEN], [(DAY, Decimal("100.00"), None, "B1")]),
        ("all", [one, other], [NoteKind.NAMED_RETURNED], []),
    ):
        result = books(tmp_path / name, {"a.xml": camt053(CREDITOR_IBAN, [batch, *back])}, whole)
        assert [n.kind for n in result.bank.notes] == kinds
        assert paid(result, "D-1") == counted
        assert paid(result, "D-2") == []
        # The transactions taken back were the batch's, which D-1's payment names: none is D-2's, though RF2.
        assert {(s.debtor_id, s.named) for s in result.bank.returns()} == {(None, ("D-1",))}
    assert [
        (n.amount, n.entry.reference)
        for n in books(tmp_path / "again", {"a.xml": camt053(CREDITOR_IBAN, [batch, one])}, whole).bank.notes
    ] == [(Decimal("50.00"), "B1/2")]


@pytest.mark.parametrize(
    "payments",
    [
        # Two payments hold the batch (split over dossiers): whose part came back only staff can tell.
        {"D-1": "100.00", "D-2": "50.00"},
        # One payment holds part of it: was the part taken back in it, or in the rest no dossier holds?
        {"D-1": "100.00"},
    ],
)
def test_a_batch_named_whole_part_of_which_came_back_counts_as_written_where_the_statements_cannot_say_whose(
    tmp_path, payments
):
    parts = (Booking("100.00", DAY, scor=RF1, end_to_end="E1"), Booking("50.00", DAY, scor=RF2, end_to_end="E2"))
    batch = Booking("150.00", DAY, ref="B1", parts=parts)
    back = Booking("50.00", DAY + timedelta(days=7), credit=False, ref="R2", return_reason="AC04", end_to_end="E2")
    people = [
        valid_debtor(
            id=debtor_id,
            name=f"Debiteur {debtor_id}",
            invoices=[invoice(number=f"F2026-000{debtor_id[-1]}")],
            payments=[payment(date=DAY, amount=Decimal(amount), bank_ref="B1")],
        )
        for debtor_id, amount in payments.items()
    ]
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [batch, back])}, people)
    assert {n.kind for n in result.bank.notes} == {NoteKind.NAMED_PART_RETURNED}
    for debtor_id, amount in payments.items():
        assert paid(result, debtor_id) == [(DAY, Decimal(amount), None, "B1")]


@pytest.mark.parametrize("camt_name, sta_name", [("a.xml", "b.sta"), ("b.xml", "a.sta")])
def test_a_return_in_both_formats_one_without_the_end_to_end_reference_takes_back_one_credit(
    tmp_path, camt_name, sta_name
):
    # D-1's 150.00 and D-2's 150.00 (a day later) are in both exports; D-1's comes back, the camt.053 return
    # with its end-to-end reference and the payer's account, the MT940 one without: one return, not a second
    # taking back D-2's, and the listing that names the transfer takes it back, whichever file sorts first.
    one = {"scor": RF1, "end_to_end": "PR-500"}
    two = {"scor": RF2, "end_to_end": "PR-700", "iban": "NL02ABNA0123456789", "name": "A. de Wit"}
    back = Booking("150.00", DAY + timedelta(days=2), credit=False, ref="R-1", return_reason="AC04", iban=None)
    later = DAY + timedelta(days=1)
    camt = camt053(
        CREDITOR_IBAN,
        [
            Booking("150.00", DAY, ref="CAMT-1", **one),
            Booking("150.00", later, ref="CAMT-2", **two),
            replace(back, ref="CAMT-R", end_to_end="PR-500", iban="NL20INGB0001234567"),
        ],
    )
    sta = mt940(
        CREDITOR_IBAN, [Booking("150.00", DAY, ref="940-1", **one), Booking("150.00", later, ref="940-2", **two), back]
    )
    result = books(tmp_path, {camt_name: camt, sta_name: sta})
    assert paid(result, "D-1") == []
    assert [p[1] for p in paid(result, "D-2")] == [Decimal("150.00")]


def test_a_transfer_without_end_to_end_reference_in_both_formats_returned_in_both_counts_nothing(tmp_path):
    # Without an end-to-end reference both listings of the credit count (a TWIN note); the return is listed
    # in both too, one return: it takes back both listings, and the note goes.
    credit = Booking("150.00", DAY, scor=RF1)
    back = Booking("150.00", DAY + timedelta(days=2), credit=False, return_reason="AC04")
    camt = camt053(CREDITOR_IBAN, [replace(credit, ref="CAMT-1"), replace(back, ref="CAMT-R")])
    sta = mt940(CREDITOR_IBAN, [replace(credit, ref="940-1"), replace(back, ref="940-R")])
    result = books(tmp_path, {"a.xml": camt, "b.sta": sta})
    assert paid(result, "D-1") == []
    assert NoteKind.TWIN not in [n.kind for n in result.bank.notes]


def test_two_equal_payments_the_bank_gave_no_reference_count_twice_in_every_export(tmp_path):
    same = Booking("10.00", DAY, scor=RF1)  # no bank reference: a fingerprint, the same for both
    files = {"a.xml": camt053(CREDITOR_IBAN, [same, same]), "b.xml": camt053(CREDITOR_IBAN, [same, same])}
    result = books(tmp_path, files)
    assert [p[:2] for p in paid(result, "D-1")] == [(DAY, Decimal("10.00"))] * 2
    assert [r for _, r in reasons(result)] == [SkipReason.DUPLICATE] * 2


# A parent pays two instalments of 10.00 with the same text the same day; the bank gives them no reference.
INSTALMENT = Booking("10.00", DAY, text=f"{RF1} termijn", name="P. Ouder")


@pytest.mark.parametrize("copies", [(), ("again.sta",)], ids=["once", "the file twice"])
def test_two_alike_payments_on_two_pages_of_an_mt940_statement_count_twice(tmp_path, copies):
    # ASN Bank splits a statement over :20: blocks (:28C: 00001/001, 00001/002), chained by :62M: and :60M:
    # (1000.00, 1010.00, 1020.00): the balances say 20.00 came in. Only the copy of the whole file repeats.
    pages = mt940_pages(CREDITOR_IBAN, [[INSTALMENT], [INSTALMENT]])
    result = books(tmp_path, {"asn.sta": pages, **dict.fromkeys(copies, pages)})
    assert [p[:2] for p in paid(result, "D-1")] == [(DAY, Decimal("10.00"))] * 2
    assert [r for _, r in reasons(result)] == [SkipReason.DUPLICATE] * 2 * len(copies)


def _page(n: int | None, opening: str) -> bytes:
    return camt053(CREDITOR_IBAN, [INSTALMENT], opening=opening, statement_id="STMT-1103", page=n)


@pytest.mark.parametrize("numbers", [(None, None), (1, 2)], ids=["unnumbered", "MsgPgntn"])
def test_the_next_camt_file_of_one_statement_adds_its_entries_and_a_copy_of_a_page_does_not(tmp_path, numbers):
    # Two files with one Stmt/Id, the second opening with the first's closing balance: one statement in two
    # pages, each with a credit alike (no AcctSvcrRef). The copy of the second page opens alike: a copy.
    first, second = _page(numbers[0], "1000.00"), _page(numbers[1], "1010.00")
    result = books(tmp_path, {"p1.xml": first, "p2.xml": second, "p2 (1).xml": second})
    assert [p[:2] for p in paid(result, "D-1")] == [(DAY, Decimal("10.00"))] * 2
    assert [r for _, r in reasons(result)] == [SkipReason.DUPLICATE]


def test_a_statement_of_other_days_exported_again_still_holds_copies_whatever_its_id(tmp_path):
    # The same day's statement under another Id (a second download): it does not continue the first, it
    # opens where the first opened, so its entries are the same bookings.
    again = camt053(CREDITOR_IBAN, [INSTALMENT], statement_id="OTHER")
    result = books(tmp_path, {"a.xml": _page(None, "1000.00"), "b.xml": again})
    assert [p[:2] for p in paid(result, "D-1")] == [(DAY, Decimal("10.00"))]


def _on_one_line(document: bytes) -> bytes:
    """The same camt.053 document without the whitespace between its elements, as some banks export it."""
    tree = etree.fromstring(document, etree.XMLParser(remove_blank_text=True))
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("names", [("a.xml",), ("b.xml",), ("a.xml", "b.xml")], ids=["pretty", "one line", "both"])
def test_two_equal_payments_count_twice_whatever_the_layout_of_the_exports(tmp_path, names):
    same = Booking("10.00", DAY, scor=RF1)  # no bank reference: the two are told apart by their place only
    pretty = camt053(CREDITOR_IBAN, [same, same])
    files = {"a.xml": pretty, "b.xml": _on_one_line(pretty)}
    result = books(tmp_path, {name: files[name] for name in names})
    assert _on_one_line(pretty).count(b"\n") == 1  # the declaration, then the document on one line
    assert [p[:2] for p in paid(result, "D-1")] == [(DAY, Decimal("10.00"))] * 2


def test_a_bank_that_reuses_a_reference_on_another_day_loses_nothing(tmp_path):
    files = {
        "a.sta": mt940(CREDITOR_IBAN, [Booking("10.00", DAY, ref="7", scor=RF1)]),
        "b.sta": mt940(CREDITOR_IBAN, [Booking("10.00", date(2026, 11, 4), ref="7", scor=RF1)]),
    }
    assert len(paid(books(tmp_path, files), "D-1")) == 2


# -- returns ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "write, back",
    [
        (camt053, {"return_reason": "FOCR"}),
        (camt053, {"reversal": True}),
        (mt940, {"return_reason": "MS03"}),
        (mt940, {"reversal": True}),
    ],
    ids=["camt return", "camt reversal", "mt940 return", "mt940 reversal"],
)
def test_a_returned_or_reversed_credit_is_cancelled_by_its_return(tmp_path, write, back):
    credit = Booking("150.00", DAY, ref="R1", scor=RF1, end_to_end="E2E-1")
    returned = Booking("150.00", date(2026, 11, 6), credit=False, ref="R2", end_to_end="E2E-1", **back)
    kept = Booking("150.00", date(2026, 11, 5), ref="R3", scor=RF1, end_to_end="E2E-2")
    name = "a.xml" if write is camt053 else "a.sta"
    result = books(tmp_path, {name: write(CREDITOR_IBAN, [credit, kept, returned])})
    assert paid(result, "D-1") == [(date(2026, 11, 5), Decimal("150.00"), None, "R3")]
    assert reasons(result) == [("R1", SkipReason.RETURNED), ("R2", SkipReason.RETURN)]


@pytest.mark.parametrize("write", [camt053, mt940], ids=["camt", "mt940"])
def test_a_return_listed_before_its_credit_on_the_same_day_still_cancels_it(tmp_path, write):
    returned = Booking("100.00", DAY, credit=False, ref="R2", end_to_end="E2E-1", return_reason="AC04")
    credit = Booking("100.00", DAY, ref="R1", scor=RF1, end_to_end="E2E-1")
    name = "a.xml" if write is camt053 else "a.sta"
    result = books(tmp_path, {name: write(CREDITOR_IBAN, [returned, credit])})
    assert paid(result, "D-1") == []
    assert sorted(reasons(result)) == [("R1", SkipReason.RETURNED), ("R2", SkipReason.RETURN)]


@pytest.mark.parametrize("layout", [lambda document: document, _on_one_line], ids=["pretty", "one line"])
def test_a_return_takes_back_the_credit_before_it_not_a_new_one_listed_after_it_on_its_day(tmp_path, layout):
    # Nothing ties the return to either credit but the amount: the one listed before it is taken back,
    # and a payment that arrives on the return's day, after it, still counts.
    bounced = Booking("100.00", date(2026, 10, 29), ref="C1", scor=RF1, iban=None)
    back = Booking("100.00", DAY, credit=False, ref="R1", return_reason="AM04", iban=None)
    again = Booking("100.00", DAY, ref="C2", scor=RF1, iban=None)
    result = books(tmp_path, {"a.xml": layout(camt053(CREDITOR_IBAN, [bounced, back, again]))})
    assert paid(result, "D-1") == [(DAY, Decimal("100.00"), None, "C2")]
    assert reasons(result) == [("C1", SkipReason.RETURNED), ("R1", SkipReason.RETURN)]


def test_a_return_listed_before_a_credit_it_cannot_surely_be_cancels_nothing(tmp_path):
    back = Booking("100.00", DAY, credit=False, ref="R1", return_reason="AM04", iban=None)
    credit = Booking("100.00", DAY, ref="C1", scor=RF1, iban=None)  # the same amount, nothing else alike
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [back, credit])})
    assert paid(result, "D-1") == [(DAY, Decimal("100.00"), None, "C1")]
    assert result.bank is not None
    assert [n.kind for n in result.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]


def test_a_return_booked_after_the_as_of_date_cancels_nothing_yet(tmp_path):
    credit = Booking("150.00", DAY, ref="R1", scor=RF1, end_to_end="E2E-1")
    returned = Booking("150.00", date(2026, 11, 6), credit=False, ref="R2", end_to_end="E2E-1", return_reason="FOCR")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [credit, returned])}, as_of=date(2026, 11, 5))
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]


def test_a_return_of_a_credit_in_no_statement_read_is_a_note_for_staff(tmp_path):
    back = Booking("150.00", DAY, credit=False, ref="R2", return_reason="FOCR")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [back])})
    assert result.bank is not None
    assert [(n.kind, n.entry.reference if n.entry else None) for n in result.bank.notes] == [
        (NoteKind.RETURN_WITHOUT_CREDIT, "R2")
    ]


def test_a_return_of_less_than_a_credit_with_its_end_to_end_reference_names_that_credit(tmp_path, capsys):
    # A recall the bank kept EUR 5,00 of: not tied by amount, so the credit still counts, but staff are told which.
    credit = Booking("250.00", DAY, ref="R1", end_to_end="E1", scor=RF1)
    back = Booking("245.00", DAY + timedelta(days=2), credit=False, ref="R2", return_reason="AC04", end_to_end="E1")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [credit, back])})
    assert result.bank is not None
    assert paid(result, "D-1") == [(DAY, Decimal("250.00"), None, "R1")]
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry.reference, note.other.reference) == (
        NoteKind.RETURN_LESS,
        "D-1",
        "R2",
        "R1",
    )
    assert checked(tmp_path) == 0
    out = capsys.readouterr().out
    assert "note: D-1: bank entry R2 " in out and "write a payment with bank_ref: R1 and the amount that stayed" in out
    # Staff do as told: the payment naming the credit holds what stayed; the return explains the rest.
    settled = debtors(payments=[payment(date=DAY, amount=Decimal("5.00"), bank_ref="R1")])
    done = books(tmp_path / "settled", {"a.xml": camt053(CREDITOR_IBAN, [credit, back])}, settled)
    assert paid(done, "D-1") == [(DAY, Decimal("5.00"), None, "R1")]
    assert done.bank.notes == ()
    # Another end-to-end reference: no credit named.
    other = Booking("245.00", DAY + timedelta(days=2), credit=False, ref="R2", return_reason="AC04", end_to_end="E9")
    unrelated = books(tmp_path / "other", {"a.xml": camt053(CREDITOR_IBAN, [credit, other])})
    assert [n.kind for n in unrelated.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]


# -- a return of more than its credit: the bank's charges on top ----------------------------------------------------

BACK_DAY = DAY + timedelta(days=7)
# A direct debit's refund (MD06): the debtor's bank adds its compensation, so 2.50 more than the credit is debited.
# The entry says so itself: the original amount (camt.053 InstdAmt, MT940 /OCMT/), or the charges in it (Chrgs, /CHGS/).
SAYS = {
    "original": {"instructed": "150.00"},
    "charges": {"charges": "2.50"},
    "both": {"instructed": "150.00", "charges": "2.50"},
}
WRITERS = {
    "camt02": lambda bookings: ("a.xml", camt053(CREDITOR_IBAN, bookings)),
    "camt08": lambda bookings: ("a.xml", camt053(CREDITOR_IBAN, bookings, version="08")),
    "ing": lambda bookings: ("a.sta", mt940(CREDITOR_IBAN, bookings)),
    "rabo": lambda bookings: ("a.sta", mt940(CREDITOR_IBAN, bookings, dialect="rabo")),
    # SWIFT's own place: the :61:'s supplementary details (behind ING's transaction code), not the :86:
    "ing61": lambda bookings: ("a.sta", mt940(CREDITOR_IBAN, [replace(b, amounts_in=(":61:",)) for b in bookings])),
}


def _refund(says: dict, **changes) -> Booking:
    fields = dict(credit=False, ref="R2", return_reason="MD06", end_to_end="E1") | says | changes
    return Booking("152.50", BACK_DAY, **fields)


def _file(writer: str, bookings: list[Booking]) -> dict[str, bytes]:
    name, data = WRITERS[writer](bookings)
    return {name: data}


@pytest.mark.parametrize("says", SAYS, ids=list(SAYS))
@pytest.mark.parametrize("writer", WRITERS, ids=list(WRITERS))
def test_a_return_with_charges_it_names_takes_back_its_credit_and_staff_are_told_the_charges(
    tmp_path, capsys, writer, says
):
    credit = Booking("150.00", DAY, ref="R1", end_to_end="E1", scor=RF1)
    result = books(tmp_path, _file(writer, [credit, _refund(SAYS[says])]))
    assert result.bank is not None
    assert paid(result, "D-1") == []
    assert reasons(result) == [("R1", SkipReason.RETURNED), ("R2", SkipReason.RETURN)]
    # The debtor owes the credit again, its amount: never the charges.
    [returned] = result.bank.returned["D-1"]
    assert (returned.reference, returned.amount, returned.returned) == ("R1", Decimal("150.00"), BACK_DAY)
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry.reference, note.other.reference, note.amount) == (
        NoteKind.RETURN_CHARGES,
        "D-1",
        "R2",
        "R1",
        Decimal("2.50"),
    )
    assert checked(tmp_path) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "note: D-1: bank entry R2 " in out
    assert "takes back credit R1 of EUR 150.00" in out and "debits EUR 152.50: EUR 2.50 more" in out
    assert "The charges are the creditor's cost, not the debtor's" in out


def test_a_return_of_more_than_its_credit_that_does_not_say_why_takes_back_nothing(tmp_path, capsys):
    # 152.50 back, with the credit's end-to-end reference, but no original amount or charges: the difference is
    # not ours to guess. The credit counts; staff are told of the credit it names, and to ask the bank (s59).
    credit = Booking("150.00", DAY, ref="R1", end_to_end="E1", scor=RF1)
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [credit, _refund({})])})
    assert result.bank is not None
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.other.reference, note.amount) == (
        NoteKind.RETURN_MORE,
        "D-1",
        "R1",
        Decimal("2.50"),
    )
    assert result.bank.returned == {}
    assert checked(tmp_path) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "note: D-1: bank entry R2 " in out and "more than credit R1 of EUR 150.00" in out
    assert (
        "If it took back that credit and the EUR 2.50 more were its charges, write its answer in creditor.yaml " in out
    )
    assert "under bank_returns with charges: 2.50 (the staff overview gives the lines)" in out
    # One that names no payer names no credit: its credit is in no statement read, for all we can tell.
    bare = _refund({}, end_to_end=None, iban=None, name=None)
    result = books(tmp_path / "bare", {"a.xml": camt053(CREDITOR_IBAN, [credit, bare])})
    assert result.bank is not None and [n.kind for n in result.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]


@pytest.mark.parametrize("says", ["original", "charges"])
def test_a_return_with_charges_takes_back_the_credit_its_end_to_end_reference_names_not_the_latest(tmp_path, says):
    first = Booking("150.00", DAY, ref="R1", end_to_end="E1", scor=RF1)
    later = Booking("150.00", DAY + timedelta(days=1), ref="R3", end_to_end="E3", scor=RF2, iban="NL69INGB0123456789")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [first, later, _refund(SAYS[says])])})
    assert paid(result, "D-1") == [] and paid(result, "D-2") == [(later.booked, Decimal("150.00"), None, "R3")]
    # Another end-to-end reference than any credit's: nothing is taken back.
    other = books(tmp_path / "other", {"a.xml": camt053(CREDITOR_IBAN, [first, _refund(SAYS[says], end_to_end="E9")])})
    assert paid(other, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    assert [n.kind for n in other.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]


def test_a_return_with_charges_is_never_tied_by_its_credit_s_amount_alone_to_one_of_several(tmp_path, capsys):
    # Neither the return nor the credits name an end-to-end reference or an account: a return of the credits'
    # own amount would take back the latest (RETURN_GUESSED); one with charges takes back none.
    one = Booking("150.00", DAY, ref="R1", scor=RF1, iban=None)
    two = Booking("150.00", DAY + timedelta(days=1), ref="R3", scor=RF2, iban=None)
    back = _refund(SAYS["original"], end_to_end=None, iban=None)
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [one, two, back])})
    assert result.bank is not None
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    assert paid(result, "D-2") == [(two.booked, Decimal("150.00"), None, "R3")]
    [note] = result.bank.notes
    assert (note.kind, note.entry.reference, note.other.reference, note.amount) == (
        NoteKind.RETURN_CHARGES_UNTIED,
        "R2",
        "R3",
        Decimal("2.50"),
    )
    assert checked(tmp_path) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "bank entry R2 " in out and "none is taken back and each still counts; ask the bank which it was" in out
    # The one credit of that amount it can be: taken back, as a return of the credit's own amount would be.
    alone = books(tmp_path / "alone", {"a.xml": camt053(CREDITOR_IBAN, [one, back])})
    assert paid(alone, "D-1") == []
    assert [n.kind for n in alone.bank.notes] == [NoteKind.RETURN_CHARGES]


def test_a_return_with_charges_of_a_credit_in_no_statement_read_says_what_it_takes_back_and_the_charges(
    tmp_path, capsys
):
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [_refund(SAYS["original"])])})
    assert [n.kind for n in result.bank.notes] == [NoteKind.RETURN_WITHOUT_CREDIT]
    assert checked(tmp_path) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "takes back EUR 150.00 and EUR 2.50 charges (the creditor's cost: EUR 152.50 in all) from a credit of that "
        "amount in no statement read, and no payment in a debtor's file names one (a statement archived): if a "
        "debtor's file"
    ) in out
    assert "a recall the bank kept a fee of" not in out  # it says what it took back: no fee kept of another amount


@pytest.mark.parametrize("writer", WRITERS, ids=list(WRITERS))
def test_a_return_whose_charges_are_booked_apart_is_said_so_not_as_one_that_says_nothing_of_them(
    tmp_path, capsys, writer
):
    """s60: its original amount its own beside its charges (`BankEntry.apart`): a credit of all it debits, and the
    charges named apart. The log said "says nothing of charges" of it, and offered a recall as of a bare return."""
    apart = _refund({"instructed": "152.50", "charges": "2.50"})
    paid = Booking("150.00", DAY, ref="R1", scor=RF1, end_to_end="E1")  # of less, with its end-to-end reference
    said = {
        "alone": "takes back EUR 152.50 (its EUR 2.50 charges booked apart, not in it: the "
        "creditor's cost) from a credit of that amount in no statement read, and no payment in a debtor's file names "
        "one (a statement archived): if a debtor's file",
        "more": "the same end-to-end reference), and names EUR 2.50 charges booked apart, not in what it debits: the "
        "bank's charges on top after all? It takes back no credit, and each still counts: ask the bank.",
    }
    for case, bookings in (("alone", [apart]), ("more", [paid, apart])):
        files = _file(writer, bookings)
        books(tmp_path / case, files)
        assert checked(tmp_path / case) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "bank entry R2 (" in out and said[case] in out
        assert "says nothing of charges" not in out and "a recall the bank kept" not in out


def test_charges_a_camt_053_marks_not_in_the_return_s_amount_are_said_booked_apart_by_incasso_check(tmp_path, capsys):
    """s60: a return of 150.00 whose charges of 2.50 are marked outside its amount (camt.053.001.08 Chrgs/Rcrd,
    ChrgInclInd false): the reader dropped them, so `incasso check` said nothing of them, and offered a recall of a
    return that said nothing of charges. It takes back the credit of all it debits, its charges booked apart, said on
    the returned line; of no credit read, said with what it takes back; of a credit of less, asked about."""
    from incasso.cli.main import main

    back = replace(_refund({"charges": "2.50", "charges_apart": True}), amount="150.00")
    said = {
        "paid": "taken back on 2026-11-10 (ledger/bank/a.xml:{line}, reason MD06) (its EUR 2.50 charges booked apart, "
        "not in it: the creditor's cost); neither counts",
        "alone": "takes back EUR 150.00 (its EUR 2.50 charges booked apart, not in it: the creditor's cost) from a "
        "credit of that amount in no statement read",
        "more": "takes back EUR 150.00, more than credit R1 of EUR 147.50 (ledger/bank/a.xml:{line}; the same "
        "end-to-end reference), and names EUR 2.50 charges booked apart, not in what it debits: the bank's charges on "
        "top after all? It takes back no credit, and each still counts: ask the bank.",
    }
    credits = {
        "paid": [Booking("150.00", DAY, ref="R1", scor=RF1, end_to_end="E1")],
        "alone": [],
        "more": [Booking("147.50", DAY, ref="R1", scor=RF1, end_to_end="E1")],
    }
    for case, paid_first in credits.items():
        files = {"a.xml": camt053(CREDITOR_IBAN, [*paid_first, back], version="08")}
        result = books(tmp_path / case, files)
        assert result.bank is not None
        assert [s.entry.apart for s in result.bank.skipped if s.entry.is_return] == [Decimal("2.50")]
        capsys.readouterr()
        assert main(["check", "--ledger", str(tmp_path / case / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
        out = " ".join(capsys.readouterr().out.split())
        line = line_of(files["a.xml"], "<Ntry>", 2 if case == "paid" else 1)  # the return's, or the credit's
        assert said[case].format(line=line).replace("ledger/", f"{tmp_path / case / 'ledger'}/") in out
        assert "says nothing of charges" not in out and "a recall the bank kept" not in out


def test_charges_both_in_a_return_s_amount_and_booked_apart_are_both_said_by_incasso_check(tmp_path, capsys):
    """s60: a return of 152.50 whose camt.053.001.08 transaction names 2.50 charges in its amount (Chrgs/Rcrd,
    ChrgInclInd true) and 1.00 more booked apart (ChrgInclInd false). The 2.50 make it the credit's of 150.00, and
    were said; the 1.00, the creditor's cost too, were dropped. Both are said: on the returned line, in the note on
    its charges, of no credit read, and of credits it cannot be tied to."""
    from incasso.cli.main import main

    back = _refund({"charges": "2.50", "charges_apart_too": "1.00"})
    untied = replace(back, end_to_end=None, iban=None, name=None)
    besides = "besides, EUR 1.00 charges it names booked apart, not in it: the creditor's cost too"
    said = {
        "paid": [
            "taken back on 2026-11-10 (ledger/bank/a.xml:{line}, reason MD06) and EUR 2.50 charges (the creditor's "
            f"cost: EUR 152.50 in all; {besides}); neither counts",
            "debits EUR 152.50: EUR 2.50 more, charges the bank added (the debtor's bank's compensation, say), as the "
            f"entry says; {besides}. The charges are the creditor's cost",
        ],
        "alone": [
            f"takes back EUR 150.00 and EUR 2.50 charges (the creditor's cost: EUR 152.50 in all; {besides}) from a "
            "credit of that amount in no statement read"
        ],
        "untied": [
            "debits EUR 152.50: EUR 150.00 taken back of a credit and EUR 2.50 charges (the creditor's cost); "
            f"{besides}; it names no payer"
        ],
    }
    bookings = {
        "paid": [Booking("150.00", DAY, ref="R1", scor=RF1, end_to_end="E1"), back],
        "alone": [back],
        "untied": [Booking("150.00", DAY, ref="R1", scor=RF1), Booking("150.00", DAY, ref="R3", scor=RF2), untied],
    }
    for case, listed in bookings.items():
        files = {"a.xml": camt053(CREDITOR_IBAN, listed, version="08")}
        result = books(tmp_path / case, files)
        assert result.bank is not None
        returns = [s.entry for s in result.bank.skipped if s.entry.is_return]
        assert [(e.charges, e.apart) for e in returns] == [(Decimal("2.50"), Decimal("1.00"))]
        capsys.readouterr()
        assert main(["check", "--ledger", str(tmp_path / case / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
        out = " ".join(capsys.readouterr().out.split())
        line = line_of(files["a.xml"], "<Ntry>", len(listed))  # the return's
        for text in said[case]:
            assert text.format(line=line).replace("ledger/", f"{tmp_path / case / 'ledger'}/") in out


def test_a_return_with_charges_of_a_credit_a_payment_names_counts_that_payment_no_more(tmp_path):
    credit = Booking("150.00", DAY, ref="R1", end_to_end="E1", text="betaling")  # names no dossier: staff assigned it
    people = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="R1")])
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [credit, _refund(SAYS["charges"])])}, people)
    assert result.bank is not None
    assert paid(result, "D-1") == []
    [returned] = result.bank.returned["D-1"]
    assert returned.amount == Decimal("150.00")
    kinds = {n.kind: n for n in result.bank.notes}
    assert set(kinds) == {NoteKind.NAMED_RETURNED, NoteKind.RETURN_CHARGES}
    assert kinds[NoteKind.RETURN_CHARGES].debtor_id == "D-1"


def test_each_return_of_a_batch_takes_back_its_own_credit_and_staff_are_told_each_one_s_charges(tmp_path, capsys):
    # One entry of two refunds (MD06), each with the payer's bank's compensation on top and saying so in its own
    # transaction: the original amount (InstdAmt), the charges (Chrgs). Each takes back its credit, as one alone would.
    other = "NL69INGB0123456789"
    credits = [
        Booking("150.00", DAY, ref="R1", end_to_end="E1", scor=RF1),
        Booking("80.00", DAY, ref="R3", end_to_end="E3", scor=RF2, iban=other),
    ]
    parts = (
        _refund(SAYS["original"], ref=None),
        Booking("81.25", BACK_DAY, credit=False, return_reason="MD06", end_to_end="E3", charges="1.25", iban=other),
    )
    batch = Booking("233.75", BACK_DAY, credit=False, ref="B1", return_reason="MD06", parts=parts)
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [*credits, batch])})
    assert result.bank is not None
    assert paid(result, "D-1") == paid(result, "D-2") == []
    # Each debtor owes their credit again, its amount: never the charges.
    assert {d: [(r.reference, r.amount) for r in rs] for d, rs in result.bank.returned.items()} == {
        "D-1": [("R1", Decimal("150.00"))],
        "D-2": [("R3", Decimal("80.00"))],
    }
    assert [(n.kind, n.debtor_id, n.entry.reference, n.other.reference, n.amount) for n in result.bank.notes] == [
        (NoteKind.RETURN_CHARGES, "D-1", "B1/1", "R1", Decimal("2.50")),
        (NoteKind.RETURN_CHARGES, "D-2", "B1/2", "R3", Decimal("1.25")),
    ]
    assert checked(tmp_path) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "note: D-1: bank entry B1/1 " in out and "takes back credit R1 of EUR 150.00" in out
    assert "note: D-2: bank entry B1/2 " in out and "debits EUR 81.25: EUR 1.25 more" in out


@pytest.mark.parametrize("write", [camt053, mt940], ids=["camt", "mt940"])
def test_an_entry_of_nothing_is_no_payment(tmp_path, write):
    nothing = Booking("0.00", DAY, ref="Z1", scor=RF1)
    name = "a.xml" if write is camt053 else "a.sta"
    result = books(tmp_path, {name: write(CREDITOR_IBAN, [nothing])})
    assert paid(result, "D-1") == [] and reasons(result) == [("Z1", SkipReason.NO_MONEY)]


def test_money_of_ours_that_comes_back_is_no_payment(tmp_path):
    bounced = Booking("12.50", DAY, ref="B1", return_reason="AC04", text=f"terugbetaling {RF1}")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [bounced])})
    assert paid(result, "D-1") == [] and reasons(result) == [("B1", SkipReason.RETURNED_DEBIT)]


def refunded(debtor_id: str, paid: str, refund_on: date, **changes) -> dict:
    """A debtor who paid `paid` for an invoice of 1250.00 and was refunded 10.00 on `refund_on`."""
    hand = payment(date=DAY - timedelta(days=10), amount=Decimal(paid))
    refund = {"date": refund_on, "type": "refund", "amount": Decimal("10.00")}
    return valid_debtor(id=debtor_id, payments=[hand], events=[refund], **changes)


def test_a_refund_that_comes_back_is_told_to_staff_with_its_dossier(tmp_path, capsys):
    # The refund of D-1 bounced (the account is closed): the debtor has not been paid back.
    people = [refunded("D-1", "1260.00", DAY), refunded("D-2", "1265.00", DAY, invoices=[invoice(number="F2")])]
    people[1]["events"][0]["amount"] = Decimal("15.00")  # another amount: not that refund
    out = Booking("10.00", DAY, credit=False, ref="OUT1", end_to_end="REFUND-1")
    back = Booking("10.00", DAY + timedelta(days=2), ref="BACK1", return_reason="AC04", end_to_end="REFUND-1")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [out, back])}, people)
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry.reference, note.refund.date) == (
        NoteKind.REFUND_RETURNED,
        "D-1",
        "BACK1",
        DAY,
    )
    assert result.ledger.bank_refunds_back == {"D-1"}
    assert checked(tmp_path) == 0
    assert re.search(
        r"note: D-1: the refund of 2026-11-03 \(EUR 10\.00, .*D-1\.yaml:\d+:\d+\) came back on 2026-11-05 "
        r"\(BACK1, .*a\.xml:\d+, reason AC04\): the debtor has not been paid back; remove the refund event",
        capsys.readouterr().out,
    )


@pytest.mark.parametrize(
    "refund_on",
    [
        DAY + timedelta(days=3),  # paid again after it came back: that refund is not the one
        DAY - timedelta(days=60),  # long before: money of ours coming back now is another transfer
    ],
)
def test_money_of_ours_coming_back_is_no_refund_of_a_dossier_but_one_just_before(tmp_path, refund_on):
    back = Booking("10.00", DAY + timedelta(days=2), ref="BACK1", return_reason="AC04")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [back])}, [refunded("D-1", "1260.00", refund_on)])
    assert result.bank is not None and result.bank.notes == () and result.ledger.bank_refunds_back == frozenset()


def test_a_refund_back_of_an_amount_two_dossiers_refunded_is_tied_by_the_account_their_payments_came_from(
    tmp_path,
):
    people = [
        refunded("D-1", "1250.00", DAY),
        refunded("D-2", "1250.00", DAY, invoices=[invoice(number="F2")]),
    ]
    # Each paid the last 10.00 (their credit) from their own account, by their reference.
    paying = [
        Booking("10.00", DAY - timedelta(days=5), ref="P1", scor=RF1, iban="NL20INGB0001234567"),
        Booking("10.00", DAY - timedelta(days=5), ref="P2", scor=RF2, iban="NL44RABO0123456789"),
    ]
    back = Booking("10.00", DAY + timedelta(days=1), ref="BACK1", return_reason="AC04", iban="NL44RABO0123456789")
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [*paying, back])}, people)
    assert result.bank is not None
    assert [(n.kind, n.debtor_id) for n in result.bank.notes] == [(NoteKind.REFUND_RETURNED, "D-2")]


# -- hand-written payments -----------------------------------------------------------------------------


def test_a_payment_that_names_its_bank_entry_counts_once(tmp_path):
    people = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), invoice="F2026-0001", bank_ref="R1")])
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="x")])}, people)
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), "F2026-0001", "R1")]
    assert reasons(result) == [("R1", SkipReason.NAMED)] and result.bank is not None and not result.bank.notes


def test_one_credit_may_be_split_between_dossiers(tmp_path):
    people = [
        valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("100.00"), bank_ref="R1")]),
        valid_debtor(
            id="D-2",
            invoices=[invoice(number="F2026-0002")],
            payments=[payment(date=DAY, amount=Decimal("30.00"), bank_ref="R1")],
        ),
    ]
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])}, people)
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.amount) == (NoteKind.PART_UNASSIGNED, Decimal("20.00"))


def second_payment_names(amount: Decimal, bank_ref: str) -> dict:
    """D-1 with a payment of 10.00 written by hand, then one of `amount` on DAY naming `bank_ref`."""
    first = payment(date=DAY - timedelta(days=3), amount=Decimal("10.00"))
    return valid_debtor(id="D-1", payments=[first, payment(date=DAY, amount=amount, bank_ref=bank_ref)])


def refused_beside_a_credit_of_150(tmp_path, doc: dict) -> str:
    """The one problem of a ledger of `doc` whose bank file holds a credit of 150.00 (R1) on DAY."""
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])}, [doc])
    [problem] = [str(p) for p in raised.value.problems]
    return problem


def test_payments_that_claim_more_than_the_credit_brought_are_refused(tmp_path):
    doc = second_payment_names(Decimal("200.00"), "R1")
    problem = refused_beside_a_credit_of_150(tmp_path, doc)
    assert problem.startswith(
        f"{debtor_path(tmp_path / 'ledger', doc)}:{where(doc, 'payments[1]')}: payments[1].bank_ref: "
        "names a bank entry of 150.00 ("
    )
    assert problem.endswith("but the payments naming it add up to 200.00 (got R1)")


def test_a_bank_ref_that_names_two_entries_of_its_day_is_refused(tmp_path):
    # A bank that reuses a reference, twice on one day: the payment's date cannot tell them apart.
    doc = second_payment_names(Decimal("10.00"), "R7")
    bookings = [Booking("10.00", DAY, ref="R7"), Booking("20.00", DAY, ref="R7")]
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, bookings)}, [doc])
    assert [str(p) for p in raised.value.problems] == [
        f"{debtor_path(tmp_path / 'ledger', doc)}:{where(doc, 'payments[1]')}: payments[1].bank_ref: names 2 bank "
        f"entries credited on {DAY}; write the payment's date as the bank credited it (got R7)"
    ]


def test_a_payment_naming_a_bank_entry_is_dated_as_the_bank_credited_it(tmp_path):
    # A day later would count a day more interest, and the page would say the bank's files run to a day before.
    doc = valid_debtor(
        id="D-1", payments=[payment(date=DAY + timedelta(days=1), amount=Decimal("150.00"), bank_ref="R1")]
    )
    problem = refused_beside_a_credit_of_150(tmp_path, doc)
    assert problem.startswith(
        f"{debtor_path(tmp_path / 'ledger', doc)}:{where(doc, 'payments[0]')}: payments[0].date: "
        "must be the day the bank credited "
        f"the entry it names ({DAY}, {tmp_path / 'ledger' / 'bank' / 'a.xml'}:"
    )
    assert problem.endswith(f"(got {DAY + timedelta(days=1)})")


@pytest.mark.parametrize("name, write", [("a.xml", camt053), ("a.sta", mt940)])
def test_a_credit_booked_after_its_value_date_is_paid_on_its_value_date(tmp_path, name, write):
    # Paid when the creditor's account is credited (art. 6:114 lid 2 BW): booked after the bank's cut-off or
    # over a weekend, a credit keeps the earlier value date, in camt.053 (ValDt) and MT940 (:61:'s first date).
    later = DAY + timedelta(days=3)
    bookings = [Booking("150.00", later, valued=DAY, ref="R1", scor=RF1), Booking("20.00", DAY, ref="R2", scor=RF2)]
    result = books(tmp_path, {name: write(CREDITOR_IBAN, bookings)})
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    assert paid(result, "D-2") == [(DAY, Decimal("20.00"), None, "R2")]
    # A payment naming it is dated so too; a third day is refused, with the day to write.
    doc = valid_debtor(
        id="D-1", payments=[payment(date=later + timedelta(days=1), amount=Decimal("150.00"), bank_ref="R1")]
    )
    with pytest.raises(LedgerError) as raised:
        books(tmp_path / "named", {name: write(CREDITOR_IBAN, bookings[:1])}, [doc])
    [problem] = [str(p) for p in raised.value.problems]
    assert problem.startswith(
        f"{debtor_path(tmp_path / 'named' / 'ledger', doc)}:{where(doc, 'payments[0]')}: payments[0].date: "
        f"must be the day the bank credited the entry it names ({DAY}: its value date, before its booking date "
        f"{later}, {tmp_path / 'named' / 'ledger' / 'bank' / name}:"
    )
    # Dated on its booking day, as files were before this rule: kept, counted from the day credited, and
    # staff told to write that day.
    booked = valid_debtor(id="D-1", payments=[payment(date=later, amount=Decimal("150.00"), bank_ref="R1")])
    kept = books(tmp_path / "booked", {name: write(CREDITOR_IBAN, bookings[:1])}, [booked])
    assert paid(kept, "D-1") == [(DAY, Decimal("150.00"), None, "R1")]
    assert kept.bank is not None and [n.kind for n in kept.bank.notes] == [NoteKind.DATED_BOOKED]
    from incasso.cli.bank import note_text

    assert note_text(kept.bank.notes[0]).endswith(
        f"on the day the bank booked it; the bank credited it on {DAY} (its value date), and it counts from that "
        f"day: make its date {DAY} in the file"
    )
    ok = valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="R1")])
    assert paid(books(tmp_path / "ok", {name: write(CREDITOR_IBAN, bookings[:1])}, [ok]), "D-1") == [
        (DAY, Decimal("150.00"), None, "R1")
    ]


def test_a_hand_written_payment_that_looks_like_a_matched_credit_is_flagged(tmp_path):
    people = debtors(payments=[payment(date=date(2026, 11, 4), amount=Decimal("150.00"))])
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", scor=RF1)])}, people)
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry and note.entry.reference) == (NoteKind.LOOKS_LIKE, "D-1", "R1")
    assert len(paid(result, "D-1")) == 2  # both count until staff say which: nothing is dropped on a guess


def test_a_bank_ref_to_an_entry_not_read_is_kept_and_noted(tmp_path):
    people = debtors(payments=[payment(date=DAY, amount=Decimal("10.00"), bank_ref="OLD-1")])
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [])}, people)
    assert paid(result, "D-1") == [(DAY, Decimal("10.00"), None, "OLD-1")]
    assert result.bank is not None and [n.kind for n in result.bank.notes] == [NoteKind.UNKNOWN_BANK_REF]


def test_a_bank_ref_to_another_account_s_entry_names_the_account_only_outside_a_redacted_log(tmp_path):
    # After a bank switch the old statements' account showed in a --redact log beside the iban refusal that hides it.
    doc = valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("120.00"), bank_ref="E1")])
    mine = camt053(CREDITOR_IBAN, [Booking("5.00", DAY, ref="R0")])
    other = camt053("NL39RABO0101234567", [Booking("120.00", DAY, ref="E1")])
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"a.xml": mine, "b.xml": other}, [doc])
    (named,) = [p for p in raised.value.problems if p.field.endswith("bank_ref")]
    assert str(named).endswith("not money received: EUR 120.00 on NL39RABO0101234567 (got E1)")
    assert "NL39" not in named.redacted() and "120.00" not in named.redacted()


@pytest.mark.parametrize(
    "entry, what",
    [
        (Booking("120.00", DAY, credit=False, ref="E1"), "a debit (money out)"),
        (Booking("120.00", DAY, ref="E1", status="PDNG"), "an entry the bank has not booked (pending)"),
    ],
    ids=["debit", "pending"],
)
def test_a_bank_ref_to_an_entry_read_that_brought_no_money_is_refused(tmp_path, entry, what):
    # It is in a statement read, so it is no payment of a statement not in bank/: counting it is wrong money.
    doc = valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("120.00"), bank_ref="E1")])
    document = camt053(CREDITOR_IBAN, [Booking("5.00", DAY, ref="R0"), entry])
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"a.xml": document}, [doc])
    assert [str(p) for p in raised.value.problems] == [
        f"{debtor_path(tmp_path / 'ledger', doc)}:{where(doc, 'payments[0]')}: payments[0].bank_ref: names {what} "
        f"({tmp_path / 'ledger' / 'bank' / 'a.xml'}:{line_of(document, '<Ntry>', 2)}), not money received: "
        "EUR 120.00 (got E1)"
    ]
    # The amount is the ledger's and the bank's: a log others read (--redact) gets the rule without it.
    assert "120.00" not in raised.value.problems[0].redacted()


def test_a_bank_ref_to_a_credit_in_another_currency_with_its_euros_counts_them_and_no_note_is_left(tmp_path):
    # What the foreign-currency note asks staff to do: the payment holds the euros, the entry says which.
    usd = camt053(CREDITOR_IBAN, [Booking("50.00", DAY, ref="U1", scor=RF1)])
    files = {"usd.xml": usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b">EUR<", b">USD<"), "eur.xml": EMPTY}
    people = debtors(payments=[payment(date=DAY, amount=Decimal("46.00"), bank_ref="U1")])
    result = books(tmp_path, files, people)
    assert paid(result, "D-1") == [(DAY, Decimal("46.00"), None, "U1")]
    assert result.bank is not None and result.bank.notes == ()
    late = debtors(payments=[payment(date=DAY + timedelta(days=1), amount=Decimal("46.00"), bank_ref="U1")])
    with pytest.raises(LedgerError, match=r"payments\[0\]\.date: must be the day the bank credited the entry"):
        books(tmp_path / "late", files, late)


def test_a_bank_ref_to_a_returned_credit_counts_no_more_and_is_noted(tmp_path):
    # As a credit matched by its reference and taken back: the money is not there (the file keeps the payment).
    people = debtors(payments=[payment(date=DAY, amount=Decimal("150.00"), bank_ref="R1")])
    credit = Booking("150.00", DAY, ref="R1", end_to_end="E1", scor=RF2)
    back = Booking("150.00", date(2026, 11, 5), credit=False, ref="R2", end_to_end="E1", reversal=True)
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [credit, back])}, people)
    assert result.bank is not None and [n.kind for n in result.bank.notes] == [NoteKind.NAMED_RETURNED]
    assert result.bank.notes[0].other is not None and result.bank.notes[0].other.reference == "R2"
    assert paid(result, "D-1") == []
    # The dossier whose payment named it is whose it was, not the one its reference names.
    assert [(s.debtor_id, s.named) for s in result.bank.returns()] == [(None, ("D-1",))]


def test_a_credit_split_by_bank_ref_and_reversed_in_an_mt940_counts_for_neither_dossier(tmp_path, capsys):
    people = debtors(payments=[payment(date=DAY, amount=Decimal("400.00"), bank_ref="R1")])
    people[1]["payments"] = [payment(date=DAY, amount=Decimal("200.00"), bank_ref="R1")]
    credit = Booking("600.00", DAY, ref="R1", text="D-1 en D-2")
    back = Booking("600.00", DAY + timedelta(days=3), credit=False, ref="R2", reversal=True)
    result = books(tmp_path, {"a.sta": mt940(CREDITOR_IBAN, [credit, back])}, people)
    assert (paid(result, "D-1"), paid(result, "D-2")) == ([], [])
    assert [(n.kind, n.debtor_id, n.payment.amount if n.payment else None) for n in result.bank.notes] == [
        (NoteKind.NAMED_RETURNED, "D-1", Decimal("400.00")),
        (NoteKind.NAMED_RETURNED, "D-2", Decimal("200.00")),
    ]
    assert [s.named for s in result.bank.returns()] == [("D-1", "D-2")]
    # `check` says of each payment that it does not count (it said to remove it, as if it did).
    assert checked(tmp_path) == 0
    out = capsys.readouterr().out
    for debtor_id in ("D-1", "D-2"):
        assert re.search(
            rf"note: {debtor_id}: .* names bank entry R1, which the bank took back .*: the payment does "
            "not count",
            out,
        ), out


# -- the stamp -------------------------------------------------------------------------------------


def test_payments_are_included_up_to_the_latest_statement_of_the_creditor_s_account(tmp_path):
    files = {
        "a.xml": camt053(CREDITOR_IBAN, [Booking("10.00", date(2026, 11, 18), ref="R1")]),
        "b.xml": camt053(OTHER_IBAN, [Booking("10.00", date(2026, 11, 21), ref="R2")]),
    }
    result = books(tmp_path, files)
    assert result.bank is not None and result.bank.payments_until == date(2026, 11, 18)
    claim = assess(result.ledger, result.ledger.debtors[0], AS_OF)
    assert (claim.as_of, claim.payments_until) == (AS_OF, date(2026, 11, 18))


def test_without_a_bank_folder_payments_are_included_up_to_the_as_of_date(tmp_path):
    root = write_ledger(tmp_path, debtors=debtors())
    result = read_books(root, AS_OF)
    assert result.bank is None
    assert assess(result.ledger, result.ledger.debtors[0], AS_OF).payments_until == AS_OF


def test_an_empty_bank_folder_leaves_the_stamp_at_the_as_of_date(tmp_path):
    result = books(tmp_path, {})
    assert result.bank is not None and result.bank.payments_until is None
    assert assess(result.ledger, result.ledger.debtors[0], AS_OF).payments_until == AS_OF


def test_statements_of_other_accounts_only_stop_the_build_not_leave_the_stamp_at_the_as_of_date(tmp_path, capsys):
    # The creditor's iban changed (a new bank, a typo) while bank/ holds the old account's exports: no payment
    # would count, and the pages would say every payment up to today is processed: debtors who paid asked again.
    from incasso.cli.main import main

    files = {
        "old.xml": camt053(OTHER_IBAN, [Booking("150.00", DAY, ref="O1", scor=RF1)]),
        "old.sta": mt940(OTHER_IBAN, [Booking("10.00", DAY, ref="O2")]),
        "savings.xml": camt053(PAYER_IBAN, [Booking("10.00", DAY, ref="S1")]),
    }
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, files)
    [problem] = raised.value.problems
    # At the iban's own line, so that the clerk finds what to correct.
    creditor_yaml = tmp_path / "ledger" / "creditor.yaml"
    line = next(n for n, text in enumerate(creditor_yaml.read_text().splitlines(), 1) if text.startswith("iban:"))
    assert line > 1
    assert str(problem) == (
        f"{creditor_yaml}:{line}:7: iban: matches no statement in bank/: no payment in them would "
        "count, and pages and letters would ask the money again of debtors who paid. If the iban is mistyped, correct "
        "it; if the creditor moved to this account, put its statements in bank/ (docs/ledger-format.md, 'A new bank "
        "account'); if bank/ holds another business's statements (the demo's, say), take them out; bank/ holds "
        f"{PAYER_IBAN}, {OTHER_IBAN} (got {CREDITOR_IBAN})"
    )
    assert not any(iban in problem.redacted() for iban in (CREDITOR_IBAN, OTHER_IBAN, PAYER_IBAN))
    assert main(["check", "-q", "--redact", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 1
    assert f"creditor.yaml:{line}:7: iban: matches no statement in bank/" in capsys.readouterr().err


def test_with_the_iban_matching_no_statement_a_bank_ref_is_not_said_to_name_another_account(tmp_path):
    # A mistyped iban makes the creditor's own statement "another account": the payment naming one of its
    # entries only echoed the iban's problem (docs: no line is only the echo of another).
    doc = valid_debtor(id="D-1", payments=[payment(date=DAY, amount=Decimal("120.00"), bank_ref="E1")])
    statement = camt053(OTHER_IBAN, [Booking("120.00", DAY, ref="E1")])
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"a.xml": statement}, [doc])
    assert [p.field for p in raised.value.problems] == ["iban"]


def test_with_the_iban_matching_no_statement_no_claim_is_checked_so_no_problem_only_echoes_it(tmp_path):
    # D-1's credit is on the creditor's account, which creditor.yaml no longer names: its refund would be
    # "more than the credit" only because the credit is not counted. One problem, the iban's.
    from incasso.letters.due import NO_RECORD
    from pelican.plugins.incasso.checks import checked_books

    refund = event(DAY + timedelta(days=1), "refund", amount=Decimal("10.00"))
    people = [valid_debtor(id="D-1", events=[refund])]
    moved = valid_creditor(interest="none", iban=OTHER_IBAN, bic="RABONL2U")
    root = write_ledger(tmp_path, creditor=moved, debtors=people)
    paid_more = Booking("1260.00", DAY, ref="P1", scor=RF1)
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [paid_more])})
    with pytest.raises(LedgerError) as raised:
        checked_books(root, AS_OF, NO_RECORD)
    assert [p.field for p in raised.value.problems] == ["iban"], [str(p) for p in raised.value.problems]


def test_check_says_what_staff_should_look_at_even_when_quiet(tmp_path, capsys):
    from incasso.cli.main import main

    people = [
        valid_debtor(
            id="D-1",
            payments=[
                payment(date=date(2026, 11, 4), amount=Decimal("150.00")),
                payment(date=DAY, amount=Decimal("5.00"), bank_ref="OLD-1"),
            ],
        ),
        valid_debtor(
            id="D-2",
            invoices=[invoice(number="F2026-0002")],
            payments=[
                payment(date=DAY, amount=Decimal("30.00"), bank_ref="R2"),
                payment(date=DAY, amount=Decimal("60.00"), bank_ref="R3"),
            ],
        ),
    ]
    entries = [
        Booking("150.00", DAY, ref="R1", scor=RF1),
        Booking("50.00", DAY, ref="R2"),
        Booking("60.00", DAY, ref="R3", end_to_end="E3"),
        Booking("60.00", date(2026, 11, 5), credit=False, ref="R4", end_to_end="E3", reversal=True),
        Booking("77.00", DAY, credit=False, ref="R5", return_reason="FOCR"),
    ]
    books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, entries)}, people)
    bank = f"{tmp_path / 'ledger' / 'bank' / 'a.xml'}"
    assert checked(tmp_path) == 0
    out = capsys.readouterr().out
    assert re.search(
        rf"note: D-1: the payment of 2026-11-04 \(EUR 150\.00, .*D-1\.yaml:\d+:\d+\) looks like bank entry R1 "
        rf"\({re.escape(bank)}:\d+\); if it is that payment, add bank_ref: R1 to it and make its date 2026-11-03 "
        r"\(the day the bank credited it\), else it is counted twice",
        out,
    )
    assert re.search(
        rf"note: bank entry R2 \({re.escape(bank)}:\d+\) brought EUR 50\.00, but the payments naming it hold "
        r"EUR 30\.00: EUR 20\.00 belongs to no dossier yet",
        out,
    )
    assert re.search(
        r"note: D-2: the payment in .*D-2\.yaml:\d+:\d+ names bank entry R3, which the bank took back", out
    )
    assert re.search(
        rf"note: bank entry R5 \({re.escape(bank)}:\d+\) takes back EUR 77\.00 from a credit of that amount in no", out
    )
    assert "OLD-1" not in out  # kept as written: said only when not quiet
    assert main(["check", "--ledger", str(tmp_path / "ledger"), "--as-of", AS_OF.isoformat()]) == 0
    assert re.search(
        r"note: D-1: the payment in .*D-1\.yaml:\d+:\d+ names bank entry OLD-1, in no statement read",
        capsys.readouterr().out,
    )


def test_a_credit_named_by_bank_ref_and_also_written_by_hand_is_a_note_for_check(tmp_path, capsys):
    people = [
        valid_debtor(
            id="D-1",
            payments=[
                payment(date=DAY, amount=Decimal("150.00"), bank_ref="R1"),
                payment(date=DAY + timedelta(days=1), amount=Decimal("150.00")),  # the same, written before
                payment(date=DAY + timedelta(days=30), amount=Decimal("150.00")),  # a later one: not the same
            ],
        )
    ]
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])}, people)
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry.reference, note.payment.date) == (
        NoteKind.WRITTEN_TWICE,
        "D-1",
        "R1",
        DAY + timedelta(days=1),
    )
    assert checked(tmp_path) == 0
    assert re.search(
        r"note: D-1: the payment of 2026-11-04 \(EUR 150\.00, .*D-1\.yaml:\d+:\d+\) has no bank_ref, and another "
        r"payment of the file names bank entry R1 .*remove the one without bank_ref, else it is counted twice",
        capsys.readouterr().out,
    )


def test_the_same_credit_in_both_formats_under_different_references_is_flagged_and_kept(tmp_path):
    camt = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="CAMT-1", text="betaling")])
    sta = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="940-1", text="betaling")])
    result = books(tmp_path, {"a.xml": camt, "a.sta": sta})
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.entry and note.entry.reference, note.other and note.other.reference) == (
        NoteKind.TWIN,
        "CAMT-1",
        "940-1",
    )
    assert len(result.bank.unmatched) == 2  # both still count: two payments alike are possible


def test_the_same_transfer_in_both_formats_with_one_end_to_end_reference_counts_once(tmp_path, capsys):
    # The payer's end-to-end reference reaches us unchanged in either export: one transfer, not two.
    alike = dict(scor=RF1, end_to_end="PR-500")
    camt = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="CAMT-1", **alike)])
    sta = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="940-1", **alike)])
    result = books(tmp_path, {"a.xml": camt, "a.sta": sta})
    assert result.bank is not None
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "940-1")]  # the one read first
    [note] = result.bank.notes
    assert (note.kind, note.entry.reference, note.other.reference) == (NoteKind.TWIN_ONCE, "CAMT-1", "940-1")
    assert ("CAMT-1", SkipReason.DUPLICATE) in reasons(result)
    assert checked(tmp_path) == 0
    assert "(end-to-end reference PR-500) exported as camt.053 and as MT940: it counts once" in capsys.readouterr().out


@pytest.mark.parametrize("both", [False, True], ids=["return in MT940", "return in both"])
def test_a_transfer_in_both_formats_that_was_returned_counts_not_at_all(tmp_path, both):
    # The two listings are one transfer: the return cancels it whole, not just the listing it meets first.
    alike = dict(scor=RF1, end_to_end="PR-500")
    back = Booking("150.00", DAY + timedelta(days=1), credit=False, ref="R-1", end_to_end="PR-500", reversal=True)
    listed = [replace(back, ref="CAMT-R")] if both else []  # the bank numbers it differently in each format
    camt = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="CAMT-1", **alike), *listed])
    sta = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="940-1", **alike), back], dialect="rabo")
    result = books(tmp_path, {"a.xml": camt, "a.sta": sta})
    assert result.bank is not None
    assert paid(result, "D-1") == []
    assert [n.kind for n in result.bank.notes] == [NoteKind.TWIN_ONCE]  # staff still keep one format
    assert ("940-1", SkipReason.RETURNED) in reasons(result)


def test_two_alike_transfers_in_both_formats_each_count_once_by_their_own_end_to_end_reference(tmp_path):
    # Two payments of 100.00 on one day, each in both exports: two transfers, not one nor three.
    bookings = [dict(ref="1", end_to_end="PAY-A"), dict(ref="2", end_to_end="PAY-B")]
    camt = camt053(
        CREDITOR_IBAN,
        [Booking("100.00", DAY, ref=f"C-{b['ref']}", end_to_end=b["end_to_end"], scor=RF1) for b in bookings],
    )
    sta = mt940(
        CREDITOR_IBAN,
        [Booking("100.00", DAY, ref=f"M-{b['ref']}", end_to_end=b["end_to_end"], scor=RF1) for b in reversed(bookings)],
    )
    result = books(tmp_path, {"a.xml": camt, "a.sta": sta})
    assert result.bank is not None
    assert sorted(p[3] for p in paid(result, "D-1")) == ["M-1", "M-2"]  # the export read first
    pairs = sorted((n.kind, n.entry.end_to_end, n.other.end_to_end) for n in result.bank.notes)
    assert pairs == [(NoteKind.TWIN_ONCE, "PAY-A", "PAY-A"), (NoteKind.TWIN_ONCE, "PAY-B", "PAY-B")]


def test_twins_without_an_end_to_end_reference_both_count_and_the_dossier_s_credit_is_doubted(tmp_path, capsys):
    alike = dict(scor=RF1)  # no end-to-end reference (NOTPROVIDED): two transfers alike stay possible
    camt = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="CAMT-1", **alike)])
    sta = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="940-1", **alike)])
    result = books(tmp_path, {"a.xml": camt, "a.sta": sta})
    assert result.bank is not None
    assert len(paid(result, "D-1")) == 2
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id) == (NoteKind.TWIN, "D-1")  # tied to the dossier it went to
    assert note.kind in DOUBLE_COUNTS  # so the overview's credit says "check before refunding" (staff.view)
    assert checked(tmp_path) == 0
    assert "note: D-1: bank entries 940-1" in capsys.readouterr().out


def test_a_credit_in_another_currency_that_names_a_dossier_is_told_to_staff_not_counted(tmp_path, capsys):
    usd = camt053(CREDITOR_IBAN, [Booking("1000.00", DAY, ref="U1", scor=RF1)])
    usd = usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b">EUR<", b">USD<")
    result = books(tmp_path, {"usd.xml": usd, "eur.xml": EMPTY})
    assert result.bank is not None
    assert paid(result, "D-1") == []  # only euros count
    [note] = result.bank.notes
    assert (note.kind, note.debtor_id, note.entry.reference) == (NoteKind.FOREIGN_CREDIT, "D-1", "U1")
    assert checked(tmp_path) == 0
    assert "note: D-1: bank entry U1 " in capsys.readouterr().out


def test_statements_of_the_account_in_another_currency_only_stop_the_build(tmp_path):
    usd = camt053(CREDITOR_IBAN, [Booking("10.00", DAY, ref="U1")])
    with pytest.raises(LedgerError) as raised:
        books(tmp_path, {"usd.xml": usd.replace(b'Ccy="EUR"', b'Ccy="USD"').replace(b">EUR<", b">USD<")})
    assert [str(p) for p in raised.value.problems] == [
        f"{tmp_path / 'ledger' / 'creditor.yaml'}:7:7: iban: has statements in bank/ in USD only, and only euros count: "
        f"put the statements of its euro account in bank/ (got {CREDITOR_IBAN})"
    ]


def test_a_credit_on_another_account_that_names_a_dossier_is_told_to_staff_not_counted(tmp_path, capsys):
    # The debtor paid the creditor's old account, or bank/ holds the wrong account's export of a week.
    old = [Booking("150.00", DAY, ref="O1", scor=RF2), Booking("99.00", DAY, ref="O2", text="huur november")]
    files = {"eur.xml": EMPTY, "old.xml": camt053(OTHER_IBAN, old), "old.sta": mt940(OTHER_IBAN, old[:1])}
    result = books(tmp_path, files)
    assert result.bank is not None
    assert paid(result, "D-2") == []  # only the creditor's account counts
    [note] = result.bank.notes  # the same credit in two exports: one note
    assert (note.kind, note.debtor_id, note.entry and note.entry.reference) == (
        NoteKind.OTHER_ACCOUNT_CREDIT,
        "D-2",
        "O1",
    )
    assert checked(tmp_path) == 0
    out = capsys.readouterr().out
    assert out.count("note: D-2: bank entry O1 (") == 1, out
    assert (
        f"of EUR 150.00 names this dossier but is on another account ({OTHER_IBAN}) than the creditor's iban, so it "
        "does not count: if the debtor paid an old account of the creditor, write the payment in the debtor's file; "
        "if bank/ holds the wrong account's export, put the right one there\n"
    ) in out


def test_a_credit_on_another_account_staff_wrote_by_hand_is_no_note_any_more(tmp_path):
    old = camt053(OTHER_IBAN, [Booking("150.00", DAY, ref="O1", scor=RF1)])
    written = debtors(payments=[payment(date=DAY + timedelta(days=1), amount=Decimal("150.00"))])
    result = books(tmp_path, {"eur.xml": EMPTY, "old.xml": old}, written)
    assert result.bank is not None and result.bank.notes == ()
    other_amount = debtors(payments=[payment(date=DAY, amount=Decimal("15.00"))])
    result = books(tmp_path / "other", {"eur.xml": EMPTY, "old.xml": old}, other_amount)
    assert result.bank is not None and [n.kind for n in result.bank.notes] == [NoteKind.OTHER_ACCOUNT_CREDIT]


def test_a_debit_or_a_later_credit_on_another_account_is_no_note(tmp_path):
    old = [
        Booking("150.00", DAY, ref="O1", scor=RF1, credit=False),
        Booking("150.00", AS_OF + timedelta(days=1), ref="O2", scor=RF1),
    ]
    result = books(tmp_path, {"eur.xml": EMPTY, "old.xml": camt053(OTHER_IBAN, old)})
    assert result.bank is not None and result.bank.notes == ()


def test_one_reference_on_one_day_with_another_amount_counts_and_is_flagged(tmp_path, capsys):
    first = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="betaling")])
    copy = camt053(CREDITOR_IBAN, [Booking("1500.00", DAY, ref="R1", text="betaling")])
    result = books(tmp_path, {"a.xml": first, "b.xml": copy})
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.other and note.other.amount, note.entry and note.entry.amount) == (
        NoteKind.SAME_REFERENCE,
        Decimal("150.00"),
        Decimal("1500.00"),
    )
    assert len(result.bank.unmatched) == 2  # a bank may reuse a reference: both still count
    assert checked(tmp_path) == 0
    assert re.search(
        r"note: bank entries R1 of 2026-\d\d-\d\d \(.*a\.xml:\d+ and .*b\.xml:\d+\) share one reference but bring "
        r"EUR 150\.00 and EUR 1500\.00: both count; if one is a copy, remove that file from bank/",
        capsys.readouterr().out,
    )


def test_the_same_booking_in_two_exports_is_one_credit_and_no_note(tmp_path):
    entry = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="betaling")])
    result = books(tmp_path, {"a.xml": entry, "b.xml": entry})
    assert result.bank is not None
    assert result.bank.notes == () and len(result.bank.unmatched) == 1


# -- batches that cannot be split, and returns written as banks do --------------------------------


def _without_amounts_of_each(document: bytes) -> bytes:
    """A batch as some banks list it: the transactions without an amount each (ISO 20022 allows it)."""
    return re.sub(rb"\s*<AmtDtls>.*?</AmtDtls>", b"", document, flags=re.S)


def test_a_batch_without_the_amount_of_each_is_not_booked_whole_to_the_one_dossier_it_names(tmp_path):
    parts = (Booking("2395.00", DAY, scor=RF1, name="M van den Berg"), Booking("500.00", DAY, text="Contributie"))
    batch = camt053(CREDITOR_IBAN, [Booking("2895.00", DAY, ref="B1", parts=parts)])
    result = books(tmp_path, {"a.xml": _without_amounts_of_each(batch)})
    assert paid(result, "D-1") == []  # 2,895.00 is not D-1's payment: only 2,395.00 of it was
    assert result.bank is not None
    [left] = result.bank.unmatched
    assert (left.entry.amount, left.named, left.entry.payer_name) == (Decimal("2895.00"), ("D-1",), None)


def test_a_batch_without_the_amount_of_each_whose_every_transaction_names_one_dossier_pays_it(tmp_path):
    parts = (Booking("100.00", DAY, scor=RF1), Booking("50.00", DAY, text=f"rest {RF1}"))
    batch = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="B1", parts=parts)])
    result = books(tmp_path, {"a.xml": _without_amounts_of_each(batch)})
    assert paid(result, "D-1") == [(DAY, Decimal("150.00"), None, "B1")]


def _return_with_original_parties(document: bytes, ref: str) -> bytes:
    """The return `ref` with the parties of the payment it takes back: the payer as debtor, us as creditor."""
    start = document.index(f"<NtryRef>{ref}</NtryRef>".encode())
    end = document.index(b"</Ntry>", start)
    entry = document[start:end]
    entry = entry.replace(b"<Cdtr>", b"<Dbtr>").replace(b"</Cdtr>", b"</Dbtr>")
    entry = entry.replace(b"<CdtrAcct>", b"<DbtrAcct>").replace(b"</CdtrAcct>", b"</DbtrAcct>")
    return document[:start] + entry + document[end:]


def test_a_return_naming_the_payer_as_debtor_takes_back_that_payers_credit_not_another(tmp_path):
    later = date(2026, 11, 4)
    bookings = [
        Booking("150.00", DAY, ref="C1", scor=RF1, iban="NL73SNSB0932847165", name="S. Meijer"),
        Booking("150.00", later, ref="C2", scor=RF2, iban=PAYER_IBAN, name="A. de Wit"),
        Booking("150.00", date(2026, 11, 5), credit=False, ref="R1", return_reason="FOCR", iban="NL73SNSB0932847165"),
    ]
    result = books(tmp_path, {"a.xml": _return_with_original_parties(camt053(CREDITOR_IBAN, bookings), "R1")})
    assert paid(result, "D-1") == []  # S. Meijer's credit went back
    assert paid(result, "D-2") == [(later, Decimal("150.00"), None, "C2")]


def test_a_direct_debit_reversed_by_its_bank_code_alone_takes_the_credit_back(tmp_path):
    bookings = [
        Booking("246.00", DAY, ref="C1", scor=RF1, end_to_end="D1-TERMIJN1"),
        Booking("246.00", date(2026, 11, 6), credit=False, ref="R1", end_to_end="D1-TERMIJN1"),
    ]
    document = camt053(CREDITOR_IBAN, bookings)
    start = document.index(b"<NtryRef>R1</NtryRef>")
    document = document[:start] + document[start:].replace(
        b"<Cd>ICDT</Cd>\n              <SubFmlyCd>ESCT</SubFmlyCd>", b"<Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd>", 1
    )
    assert b"UPDD" in document
    result = books(tmp_path, {"a.xml": document})
    assert paid(result, "D-1") == []
    assert [s.reason for s in result.bank.skipped] == [SkipReason.RETURN, SkipReason.RETURNED]


def test_a_return_that_names_no_payer_is_tied_to_the_latest_credit_and_staff_are_told_it_is_a_guess(tmp_path, capsys):
    later = date(2026, 11, 4)
    bookings = [
        Booking("150.00", DAY, ref="C1", scor=RF1, iban="NL73SNSB0932847165"),
        Booking("150.00", later, ref="C2", scor=RF2),
        Booking("150.00", date(2026, 11, 5), credit=False, ref="R1", return_reason="MS03", iban=None, name=None),
    ]
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, bookings)})
    assert result.bank is not None
    [note] = result.bank.notes
    assert (note.kind, note.entry.reference, note.other.reference) == (NoteKind.RETURN_GUESSED, "R1", "C2")
    assert checked(tmp_path) == 0
    assert "it was tied to the latest credit of that amount, C2 of 2026-11-04" in capsys.readouterr().out
    # One credit of that amount only: no guess, no note.
    alone = books(tmp_path / "alone", {"a.xml": camt053(CREDITOR_IBAN, [bookings[1], bookings[2]])})
    assert alone.bank is not None and alone.bank.notes == ()


def test_a_reused_reference_is_told_apart_by_a_payment_dated_on_its_booking_day_too(tmp_path):
    # Two credits under one reference; the one D-1's payment names was booked after its value date.
    later = DAY + timedelta(days=3)
    bookings = [
        Booking("100.00", later, valued=DAY, ref="REUSED", scor=RF1),
        Booking("55.00", DAY + timedelta(days=5), ref="REUSED"),
    ]
    named = valid_debtor(id="D-1", payments=[payment(date=later, amount=Decimal("100.00"), bank_ref="REUSED")])
    result = books(tmp_path, {"a.xml": camt053(CREDITOR_IBAN, bookings)}, [named])
    # Counted once, from the day credited: not again by its structured reference.
    assert paid(result, "D-1") == [(DAY, Decimal("100.00"), None, "REUSED")]
    assert result.bank is not None and [n.kind for n in result.bank.notes] == [NoteKind.DATED_BOOKED]


def test_a_supplier_s_payment_that_bounces_is_no_dossier_s_refund_though_the_amounts_agree(tmp_path):
    # D-1 was refunded 10.00 on DAY; on that day we also paid a supplier 10.00, and that payment came back.
    refund_out = Booking("10.00", DAY, credit=False, ref="OUT1", end_to_end="REFUND-1")
    supplier = Booking("10.00", DAY, credit=False, ref="OUT2", end_to_end="INV-778", iban="NL44RABO0123456789")
    back = Booking("10.00", DAY + timedelta(days=2), ref="BACK1", return_reason="AC04", end_to_end="INV-778")
    result = books(
        tmp_path, {"a.xml": camt053(CREDITOR_IBAN, [refund_out, supplier, back])}, [refunded("D-1", "1260.00", DAY)]
    )
    assert result.bank is not None and result.ledger.bank_refunds_back == frozenset()
    assert NoteKind.REFUND_RETURNED not in [n.kind for n in result.bank.notes]


WRONG_CHECK_DIGITS = Path(__file__).parents[1] / "fixtures" / "bank" / "wrong-check-digits"


def test_a_credit_whose_reference_has_other_check_digits_is_left_to_staff_with_that_dossier():
    # A user's ING export: D-0005 promised EUR 400.00 and paid it on 27 November, but typed "RF80 D000 5" for
    # RF08 D0005. The body names the dossier; the check digits do not hold, so no rule assigns it.
    books = read_books(WRONG_CHECK_DIGITS, date(2026, 12, 1))
    [typo] = [u for u in books.bank.unmatched if u.entry.reference == "2611300004"]
    assert (typo.entry.text, typo.entry.amount) == ("betaling RF80 D000 5", Decimal("400.00"))
    assert (typo.named, typo.near) == ((), "D-0005")
    assert all(m.entry.reference != "2611300004" for m in books.bank.matched)
