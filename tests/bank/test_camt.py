"""camt.053 as Dutch banks export it: what is read from each entry, and every way a file is refused."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.bank.camt import read_camt
from incasso.bank.entry import Direction, EntryStatus, StatementFormat
from incasso.bank.identity import FINGERPRINT_PREFIX
from tests.support.bankfiles import (
    CREDITOR_IBAN,
    NS,
    PAYER_IBAN,
    Booking,
    camt053,
    line_of,
    mt940,
    place_of,
    read_as_text,
)

DAY = date(2026, 11, 3)
PATH = "ledger/bank/stmt.xml"


def amount_of(written: str) -> str:
    """An entry's amount element as camt053() writes it, with `written` in it: where a problem about it starts."""
    return '<Amt Ccy="EUR">' + written


def read(data: bytes):
    return read_as_text(read_camt, data, PATH)


def test_a_credit_reads_as_the_bank_wrote_it():
    data = camt053(
        CREDITOR_IBAN,
        [Booking("150.00", DAY, ref="2026110300027", end_to_end="E2E-77", scor="RF82D1001", text="factuur F2026-0001")],
    )
    [statement], problems = read(data)
    assert problems == []
    assert (statement.account, statement.currency, statement.until) == (CREDITOR_IBAN, "EUR", DAY)
    assert statement.format == StatementFormat.CAMT053
    [entry] = statement.entries
    assert (entry.reference, entry.booked, entry.value_date, entry.amount) == (
        "2026110300027",
        DAY,
        DAY,
        Decimal("150.00"),
    )
    assert (entry.direction, entry.status, entry.currency) == (Direction.CREDIT, EntryStatus.BOOKED, "EUR")
    assert (entry.creditor_reference, entry.text, entry.end_to_end) == ("RF82D1001", "factuur F2026-0001", "E2E-77")
    assert (entry.payer_name, entry.payer_iban) == ("J. de Vries", PAYER_IBAN)
    assert not entry.reversal and entry.return_reason is None
    assert str(entry.source) == f"{PATH}:{line_of(data, '<Ntry>')}"


def test_debits_pending_entries_returns_and_reversals_read_as_written():
    data = camt053(
        CREDITOR_IBAN,
        [
            Booking("20.00", DAY, credit=False, ref="D1", name="Technische Unie", text="inkoop"),
            Booking("30.00", DAY, ref="P1", status="PDNG"),
            Booking("40.00", DAY, credit=False, ref="R1", return_reason="FOCR", end_to_end="E2E-9"),
            Booking("50.00", DAY, credit=False, ref="V1", reversal=True),
            Booking("60.00", DAY, ref="F1", status="FUTR"),  # to be booked on a later day (version 08 on)
        ],
        version="08",
    )
    [statement], problems = read(data)
    assert problems == []
    debit, pending, returned, reversed_, future = statement.entries
    assert debit.direction == Direction.DEBIT and not debit.is_return and debit.payer_name == "Technische Unie"
    assert pending.status == future.status == EntryStatus.PENDING
    assert returned.is_return and returned.return_reason == "FOCR" and returned.end_to_end == "E2E-9"
    assert reversed_.is_return and reversed_.reversal


def _return_of_more(**says) -> Booking:
    return Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", **says)


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize(
    "says", [{"instructed": "150.00"}, {"charges": "2.50"}, {"instructed": "150.00", "charges": "2.50"}]
)
def test_a_return_of_more_than_its_credit_reads_the_credit_s_amount_it_names(version, says):
    # An SDD refund the debtor's bank added 2.50 compensation to: the original amount (AmtDtls/InstdAmt), or the
    # charges in the entry's amount (Chrgs; version 08 its total and a record with ChrgInclInd true).
    [statement], problems = read(camt053(CREDITOR_IBAN, [_return_of_more(**says)], version=version))
    assert problems == []
    [entry] = statement.entries
    assert (entry.amount, entry.original, entry.taken_back, entry.charges) == (
        Decimal("152.50"),
        Decimal("150.00"),
        Decimal("150.00"),
        Decimal("2.50"),
    )


def _instructed_at(data: bytes, k: int = 1) -> str:
    """Where the `k`th transaction's original amount (its AmtDtls/InstdAmt/Amt) starts, as a problem names it."""
    at = -1
    for _ in range(k):
        at = data.index(b"<InstdAmt>", at + 1)
    at = data.index(b"<Amt ", at)
    return place_of(data, "<Amt ", data.count(b"<Amt ", 0, at) + 1)


def _contradiction(data: bytes, holder: str, named: str, charges: str, made: str, debits: str = "152.50") -> str:
    """The problem of a transaction (`holder`, its path) whose original amount and charges do not make its amount."""
    k = 2 if holder.endswith("[1]") else 1
    return (
        f"{PATH}:{_instructed_at(data, k)}: {holder}.AmtDtls.InstdAmt.Amt: says an original amount of EUR "
        f"{named} and, in its Chrgs (line {line_of(data, '<Chrgs>', k)}), charges of EUR {charges} in its amount: they "
        f"make "
        f"EUR {made}, not the EUR {debits} this return debits: it contradicts itself on what this return takes back, "
        "and which is right cannot be told, so it is tied to no credit; the file was edited or is damaged; export it "
        "again from the bank"
    )


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize(
    "named, charges, made",
    [
        ("150.00", "5.00", "155.00"),  # the original amount won: a credit of 150.00 taken back
        ("155.00", "2.50", "157.50"),  # a credit's sum (155.00 less 2.50), not a debit's
    ],
)
def test_a_return_whose_original_amount_and_charges_do_not_make_what_it_debits_is_refused(
    version, named, charges, made
):
    data = camt053(CREDITOR_IBAN, [_return_of_more(instructed=named, charges=charges)], version=version)
    [statement], problems = read(data)
    assert statement.entries[0].original is None  # never the one or the other guessed
    assert problems == [_contradiction(data, "Stmt[0].Ntry[0].NtryDtls.TxDtls[0]", named, charges, made)]


@pytest.mark.parametrize("version", ["02", "08"])
def test_an_original_amount_that_is_the_return_s_own_takes_back_a_credit_of_all_of_it(version):
    """InstdAmt the return's own amount beside Chrgs: the charges are not in it (booked apart; version 02 cannot say
    so otherwise). Its credit is one of the whole amount, as of a return that says neither; no refusal. The charges
    are kept as said (`apart`): what staff read says the file named them apart, not that it said nothing of them."""
    data = camt053(CREDITOR_IBAN, [_return_of_more(instructed="152.50", charges="2.50")], version=version)
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert (entry.original, entry.taken_back, entry.charges, entry.apart) == (
        None,
        Decimal("152.50"),
        None,
        Decimal("2.50"),
    )


def _said_otherwise(data: bytes, old: str, new: str, after: str = "") -> bytes:
    """`data` with the one `old` (after the first `after`) written `new`."""
    before, at, rest = data.decode().partition(after) if after else ("", "", data.decode())
    assert rest.count(old) == 1
    return (before + at + rest.replace(old, new)).encode()


@pytest.mark.parametrize(
    "change",
    [("<ChrgInclInd>true", "<ChrgInclInd>false"), ("<CdtDbtInd>DBIT", "<CdtDbtInd>CRDT")],
    ids=["booked apart", "credited"],
)
def test_charges_the_entry_says_are_not_in_its_amount_name_no_original(change):
    data = camt053(CREDITOR_IBAN, [_return_of_more(charges="2.50")], version="08")
    [statement], problems = read(_said_otherwise(data, *change, after="<Rcrd>"))
    assert problems == []
    [entry] = statement.entries
    assert (entry.original, entry.taken_back, entry.charges) == (None, Decimal("152.50"), None)
    # s60: charges outside its amount are booked apart, and said so; charges credited to us are no return's charges.
    assert entry.apart == (Decimal("2.50") if "false" in change[1] else None)


@pytest.mark.parametrize("place", ["charges", "entry_charges"])
def test_charges_marked_not_in_the_amount_are_booked_apart_wherever_the_return_says_them(place):
    """s60: ChrgInclInd false (ISO 20022 from camt.053.001.04 on, Chrgs/Rcrd): the return debits only the credit it
    takes back, and its charges are booked apart, as MT940 says with an /OCMT/ of the return's own amount. The reader
    dropped them, so staff read that the return said nothing of charges. Said by the transaction or the entry."""
    back = Booking("150.00", DAY, credit=False, ref="R1", return_reason="MD06", charges_apart=True, **{place: "2.50"})
    [statement], problems = read(camt053(CREDITOR_IBAN, [back], version="08"))
    assert problems == []
    [entry] = statement.entries
    assert (entry.original, entry.taken_back, entry.charges, entry.apart) == (
        None,
        Decimal("150.00"),
        None,
        Decimal("2.50"),
    )


def test_charges_in_the_amount_and_charges_apart_the_credit_is_the_amount_less_those_in_it():
    """A record in the amount (1.00) and one outside it (2.50): the credit is 152.50 less 1.00; the charges in it make
    it the credit's, and the ones apart are kept beside them (s60: they were dropped), the creditor's cost too."""
    data = camt053(CREDITOR_IBAN, [_return_of_more(charges="2.50", charges_apart=True)], version="08")
    record = '<Rcrd><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><ChrgInclInd>true</ChrgInclInd></Rcrd>'
    data = _said_otherwise(data, "</Chrgs>", record + "</Chrgs>")
    data = _said_otherwise(data, '<TtlChrgsAndTaxAmt Ccy="EUR">2.50', '<TtlChrgsAndTaxAmt Ccy="EUR">3.50')
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert (entry.original, entry.charges, entry.apart) == (Decimal("151.50"), Decimal("1.00"), Decimal("2.50"))


def test_camt_053_001_02_and_mt940_cannot_be_written_with_charges_marked_apart():
    back = _return_of_more(charges="2.50", charges_apart=True)
    with pytest.raises(ValueError, match="no ChrgInclInd"):
        camt053(CREDITOR_IBAN, [back])
    with pytest.raises(ValueError, match="cannot mark charges"):
        mt940(CREDITOR_IBAN, [back])


def test_an_original_amount_in_another_currency_or_of_a_credit_names_none():
    data = camt053(CREDITOR_IBAN, [_return_of_more(instructed="150.00")])
    [statement], problems = read(_said_otherwise(data, amount_of("150.00"), '<Amt Ccy="USD">150.00'))
    assert problems == [] and statement.entries[0].original is None
    # Money in names no credit it takes back, whatever its details say.
    credit = camt053(CREDITOR_IBAN, [Booking("152.50", DAY, ref="C1", instructed="150.00", charges="2.50")])
    [statement], problems = read(credit)
    assert problems == [] and statement.entries[0].original is None


def test_an_original_amount_that_cannot_be_read_is_said_at_its_place():
    data = camt053(CREDITOR_IBAN, [_return_of_more(instructed="150.00")])
    broken = _said_otherwise(data, amount_of("150.00"), amount_of("150,00"))
    [statement], problems = read(broken)
    assert [p.split(": ", 1)[0] for p in problems] == [f"{PATH}:{place_of(broken, amount_of('150,00'))}"]
    assert "InstdAmt" in problems[0] and "decimal comma" in problems[0]
    assert statement.entries[0].original is None


# -- a return's transaction and its entry, each saying the credit it takes back ----------------------


def _saying_at(data: bytes, says: dict[str, str], k: int) -> str:
    """Where the `k`th holder to say `says` says it, as a problem names it: its original amount (InstdAmt/Amt), else
    its Chrgs. The entry's come before its transaction's in the file (Ntry: AmtDtls, Chrgs, NtryDtls)."""
    if any(key.endswith("instructed") for key in says):
        return _instructed_at(data, k)
    return place_of(data, "<Chrgs>", k)


def _disagreement(data: bytes, tx: dict, entry: dict, tx_says: str, entry_says: str) -> str:
    """The problem of the first entry's return whose transaction (`tx`, saying `tx_says`) and entry (`entry`, saying
    `entry_says`) each say another credit it takes back; each of those as "what is written (a credit of ...)"."""
    kind, field = ("instructed", "AmtDtls.InstdAmt.Amt") if "instructed" in tx else ("charges", "Chrgs")
    k = 2 if f"entry_{kind}" in entry else 1  # the entry's own of that element comes first
    entry_line = _saying_at(data, entry, 1).split(":")[0]
    return (
        f"{PATH}:{_saying_at(data, tx, k)}: Stmt[0].Ntry[0].NtryDtls.TxDtls[0].{field}: says {tx_says} and its entry "
        f"(line {entry_line}) says {entry_says}: they disagree on what this return takes back, and which is right "
        "cannot be told, so it is tied to no credit; the file was edited or is damaged; export it again from the bank"
    )


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize(
    "tx, entry, tx_says, entry_says",
    [
        (
            {"instructed": "150.00"},
            {"entry_instructed": "140.00"},
            "AmtDtls/InstdAmt EUR 150.00 (a credit of EUR 150.00)",
            "AmtDtls/InstdAmt EUR 140.00 (a credit of EUR 140.00)",
        ),
        (
            {"instructed": "150.00"},
            {"entry_charges": "3.00"},
            "AmtDtls/InstdAmt EUR 150.00 (a credit of EUR 150.00)",
            "Chrgs EUR 3.00 (a credit of EUR 149.50)",
        ),
        (
            {"charges": "2.50"},
            {"entry_instructed": "140"},  # as the file writes it, the credit it makes as an amount
            "Chrgs EUR 2.50 (a credit of EUR 150.00)",
            "AmtDtls/InstdAmt EUR 140 (a credit of EUR 140.00)",
        ),
        (
            {"charges": "2.50"},
            {"entry_charges": "3.00"},
            "Chrgs EUR 2.50 (a credit of EUR 150.00)",
            "Chrgs EUR 3.00 (a credit of EUR 149.50)",
        ),
        (  # the return's own amount is a credit of all of it; against another original amount, not charges
            {"instructed": "152.50"},
            {"entry_instructed": "150.00"},
            "AmtDtls/InstdAmt EUR 152.50 (a credit of EUR 152.50)",
            "AmtDtls/InstdAmt EUR 150.00 (a credit of EUR 150.00)",
        ),
        (
            {"instructed": "150.00", "charges": "2.50"},
            {"entry_charges": "3.00"},
            "AmtDtls/InstdAmt EUR 150.00 and Chrgs EUR 2.50 (a credit of EUR 150.00)",
            "Chrgs EUR 3.00 (a credit of EUR 149.50)",
        ),
    ],
    ids=["original-original", "original-charges", "charges-original", "charges-charges", "whole-original", "both"],
)
def test_a_return_whose_transaction_and_entry_say_different_credits_takes_back_none_and_is_refused(
    version, tx, entry, tx_says, entry_says
):
    data = camt053(CREDITOR_IBAN, [_return_of_more(**tx, **entry)], version=version)
    [statement], problems = read(data)
    assert statement.entries[0].original is None  # never the one, the other, or a mix of the two
    assert problems == [_disagreement(data, tx, entry, tx_says, entry_says)]


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize(
    "tx, entry, original",
    [
        ({"instructed": "150.00"}, {"entry_charges": "2.50"}, "150.00"),  # 150.00, and 2.50 in 152.50
        ({"charges": "2.50"}, {"entry_instructed": "150.00"}, "150.00"),
        ({"charges": "2.50"}, {"entry_instructed": "150.00", "entry_charges": "2.50"}, "150.00"),
        ({"instructed": "150.00"}, {"entry_instructed": "150.00"}, "150.00"),
        ({"charges": "2.50"}, {"entry_charges": "2.50"}, "150.00"),
        # The return's own amount beside the other's charges, as one place saying both: charges booked apart.
        ({"instructed": "152.50"}, {"entry_charges": "2.50"}, None),
        ({"charges": "2.50"}, {"entry_instructed": "152.50"}, None),
    ],
)
def test_a_return_whose_transaction_and_entry_say_one_credit_in_other_words_takes_it_back(version, tx, entry, original):
    [statement], problems = read(camt053(CREDITOR_IBAN, [_return_of_more(**tx, **entry)], version=version))
    assert problems == []
    taken = Decimal(original) if original else None
    assert (statement.entries[0].original, statement.entries[0].taken_back) == (taken, taken or Decimal("152.50"))


@pytest.mark.parametrize("version", ["02", "08"])
@pytest.mark.parametrize(
    "entry",
    [
        {"entry_instructed": "150.00"},
        {"entry_charges": "2.50"},
        {"entry_instructed": "150.00", "entry_charges": "2.50"},
    ],
)
@pytest.mark.parametrize(
    "change",
    [
        None,  # the transaction says nothing of it
        ("<TxDtls>", '<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">152.50</Amt></TxAmt></AmtDtls>'),  # the amount moved
        ("<TxDtls>", '<TxDtls><AmtDtls><InstdAmt><Amt Ccy="USD">140.00</Amt></InstdAmt></AmtDtls>'),  # not ours
    ],
    ids=["nothing", "the amount moved", "another currency"],
)
def test_a_return_whose_entry_alone_says_its_credit_takes_that_back(version, entry, change):
    data = camt053(CREDITOR_IBAN, [_return_of_more(**entry)], version=version)
    [statement], problems = read(_said_otherwise(data, *change) if change else data)
    assert problems == []
    assert (statement.entries[0].original, statement.entries[0].charges) == (Decimal("150.00"), Decimal("2.50"))


def test_every_return_whose_places_disagree_or_contradict_themselves_is_said_at_once():
    first = _return_of_more(instructed="150.00", charges="5.00", entry_instructed="140.00")  # both wrong
    second = replace(_return_of_more(charges="2.50", entry_charges="3.00"), ref="R2")
    data = camt053(CREDITOR_IBAN, [first, second])
    [statement], problems = read(data)
    assert [e.original for e in statement.entries] == [None, None]
    assert [p.split(": ", 2)[:2] for p in problems] == [
        [f"{PATH}:{_instructed_at(data, 2)}", "Stmt[0].Ntry[0].NtryDtls.TxDtls[0].AmtDtls.InstdAmt.Amt"],
        [f"{PATH}:{_instructed_at(data, 2)}", "Stmt[0].Ntry[0].NtryDtls.TxDtls[0].AmtDtls.InstdAmt.Amt"],
        [f"{PATH}:{place_of(data, '<Chrgs>', 3)}", "Stmt[0].Ntry[1].NtryDtls.TxDtls[0].Chrgs"],
    ]
    assert "contradicts itself" in problems[0] and f"its Chrgs (line {line_of(data, '<Chrgs>')})" in problems[0]
    assert f"its entry (line {line_of(data, '<InstdAmt>') + 1}) says AmtDtls/InstdAmt EUR 140.00" in problems[1]
    assert f"its entry (line {line_of(data, '<Chrgs>', 2)}) says Chrgs EUR 3.00 (a credit" in problems[2]


def test_a_batch_is_split_into_its_transactions_when_their_amounts_add_up():
    parts = (Booking("10.00", DAY, text="RF82D1001"), Booking("25.50", DAY, text="factuur F2", name="A. Bos"))
    data = camt053(CREDITOR_IBAN, [Booking("1.00", DAY, ref="A1"), Booking("35.50", DAY, ref="B1", parts=parts)])
    [statement], problems = read(data)
    assert problems == []
    # Its transactions keep the entry's place in the statement: they are one booking.
    assert [(e.reference, e.amount, e.text, e.payer_name, e.position) for e in statement.entries] == [
        ("A1", Decimal("1.00"), "", "J. de Vries", 1),
        ("B1/1", Decimal("10.00"), "RF82D1001", "J. de Vries", 2),
        ("B1/2", Decimal("25.50"), "factuur F2", "A. Bos", 2),
    ]


def test_a_batch_whose_parts_do_not_add_up_stays_one_entry():
    parts = (Booking("10.00", DAY, text="a"), Booking("25.00", DAY, text="b", name="A. Bos"))
    data = camt053(CREDITOR_IBAN, [Booking("35.50", DAY, ref="B1", parts=parts)])
    [statement], _ = read(data)  # the statement's balance is of 35.50: it adds up
    [entry] = statement.entries
    assert (entry.reference, entry.amount, entry.text, entry.payer_name) == ("B1", Decimal("35.50"), "a b", None)


def _returned_in_one(*parts: Booking, total: str | None = None) -> Booking:
    """Direct debits refunded in one entry (a batch, each transaction its own return, MD06)."""
    whole = total or f"{sum(part.money for part in parts):.2f}"
    return Booking(whole, DAY, credit=False, ref="B1", return_reason="MD06", parts=parts)


def _refunded(amount: str, end_to_end: str, **says) -> Booking:
    return Booking(amount, DAY, credit=False, return_reason="MD06", end_to_end=end_to_end, **says)


@pytest.mark.parametrize("version", ["02", "08"])
def test_a_batch_of_returns_reads_each_transaction_s_own_credit_amount(version):
    # Each with the payer's bank's compensation on top: the first names its original amount (TxDtls/AmtDtls/InstdAmt),
    # the second the charges in its amount (TxDtls/Chrgs); the third says neither, and takes back all it debits.
    batch = _returned_in_one(
        _refunded("152.50", "E1", instructed="150.00"),
        _refunded("81.25", "E2", charges="1.25"),
        _refunded("60.00", "E3"),
    )
    [statement], problems = read(camt053(CREDITOR_IBAN, [batch], version=version))
    assert problems == []
    assert [(e.reference, e.amount, e.original, e.charges, e.end_to_end) for e in statement.entries] == [
        ("B1/1", Decimal("152.50"), Decimal("150.00"), Decimal("2.50"), "E1"),
        ("B1/2", Decimal("81.25"), Decimal("80.00"), Decimal("1.25"), "E2"),
        ("B1/3", Decimal("60.00"), None, None, "E3"),
    ]


@pytest.mark.parametrize("version", ["02", "08"])
def test_a_batch_s_return_whose_original_amount_and_charges_do_not_make_its_amount_is_refused(version):
    # The first adds up (80.00 and 1.25 make its 81.25): it takes back its credit of 80.00, as before. The second
    # does not (150.00 and 5.00 are not its 152.50): it takes back none, and the file is refused at its place.
    batch = _returned_in_one(
        _refunded("81.25", "E1", instructed="80.00", charges="1.25"),
        _refunded("152.50", "E2", instructed="150.00", charges="5.00"),
    )
    data = camt053(CREDITOR_IBAN, [batch], version=version)
    [statement], problems = read(data)
    assert [(e.reference, e.original) for e in statement.entries] == [("B1/1", Decimal("80.00")), ("B1/2", None)]
    assert problems == [_contradiction(data, "Stmt[0].Ntry[0].NtryDtls.TxDtls[1]", "150.00", "5.00", "155.00")]


def test_a_batch_whose_returns_each_contradict_themselves_is_refused_at_each():
    batch = _returned_in_one(
        _refunded("152.50", "E1", instructed="150.00", charges="5.00"),
        _refunded("81.25", "E2", instructed="79.00", charges="1.25"),
    )
    data = camt053(CREDITOR_IBAN, [batch])
    [statement], problems = read(data)
    assert [e.original for e in statement.entries] == [None, None]
    holder = "Stmt[0].Ntry[0].NtryDtls.TxDtls"
    assert problems == [
        _contradiction(data, f"{holder}[0]", "150.00", "5.00", "155.00"),
        _contradiction(data, f"{holder}[1]", "79.00", "1.25", "80.25", debits="81.25"),
    ]


def test_a_batch_of_returns_this_export_cannot_split_names_no_credit_s_amount():
    # The transactions' amounts do not make the entry's: no one of them is the entry, whatever each names.
    batch = _returned_in_one(
        _refunded("152.50", "E1", instructed="150.00"), _refunded("81.25", "E2", charges="1.25"), total="240.00"
    )
    [statement], problems = read(camt053(CREDITOR_IBAN, [batch]))
    assert problems == []
    [entry] = statement.entries
    assert (entry.reference, entry.amount, entry.original, entry.charges) == ("B1", Decimal("240.00"), None, None)


def test_an_original_amount_of_a_batch_s_return_that_cannot_be_read_is_said_at_its_place():
    batch = _returned_in_one(_refunded("60.00", "E1"), _refunded("152.50", "E2", instructed="150.00"))
    broken = _said_otherwise(camt053(CREDITOR_IBAN, [batch]), amount_of("150.00"), amount_of("150,00"))
    [statement], problems = read(broken)
    assert [p.split(": ", 2)[:2] for p in problems] == [
        [f"{PATH}:{place_of(broken, amount_of('150,00'))}", "Stmt[0].Ntry[0].NtryDtls.TxDtls[1].AmtDtls.InstdAmt.Amt"]
    ]
    assert [e.original for e in statement.entries] == [None, None]


def test_a_newer_version_reads_the_same():
    old = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="x")])
    new = (
        old.replace(NS.encode(), b"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08")
        .replace(b"<Sts>BOOK</Sts>", b"<Sts><Cd>BOOK</Cd></Sts>")
        .replace(b"<Dbtr>\n", b"<Dbtr><Pty>\n")
        .replace(b"</Dbtr>", b"</Pty></Dbtr>")
    )
    [before], _ = read(old)
    [after], problems = read(new)
    assert problems == []
    assert after.entries[0].payer_name == before.entries[0].payer_name == "J. de Vries"
    assert after.entries[0].status == EntryStatus.BOOKED


def test_an_entry_without_a_bank_reference_gets_a_stable_made_up_one():
    booking = Booking("150.00", DAY, text="betaling")
    [first], _ = read(camt053(CREDITOR_IBAN, [booking], message_id="A"))
    [second], _ = read(camt053(CREDITOR_IBAN, [booking], opening="5.00", message_id="B"))
    assert first.entries[0].reference.startswith(FINGERPRINT_PREFIX)
    assert first.entries[0].reference == second.entries[0].reference


# -- refused ------------------------------------------------------------------------------------


def test_broken_xml_is_refused_with_its_line():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b"</Ntry>", b"</Ntr>")
    statements, problems = read(data)
    assert statements == []
    assert problems == [
        f"{PATH}:{line_of(data, '</Ntr>')}:{len('        </Ntr>') - 1}: is not well-formed XML: "
        f"Opening and ending tag mismatch: Ntry line {line_of(data, '<Ntry>')} and Ntr; the file was edited or is "
        "damaged: export it again from the bank"
    ]


@pytest.mark.parametrize("name", ["Caf\u00e9 \u20ac Zn", "Cafe E Zn"], ids=["e-acute and euro", "ascii"])
def test_an_xml_error_is_placed_at_the_column_an_editor_shows(name):
    # lxml's column counts characters (libxml2 2.12 and 2.14 alike), not bytes: "é" is two bytes, "€" three.
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", name=name)])
    broken = data.replace(f"<Nm>{name}</Nm>".encode(), f"<Nm>{name}\x01</Nm>".encode())
    assert broken != data
    _, problems = read(broken)
    assert problems == [
        f"{PATH}:{place_of(broken, chr(1))}: is not well-formed XML: PCDATA invalid Char value 1; the file was "
        "edited or is damaged: export it again from the bank"
    ]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Document [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&d;</BkToCstmrStmt></Document>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&secret;</BkToCstmrStmt></Document>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL], ids=["entity expansion", "external entity"])
def test_a_hostile_file_is_refused_without_expanding_or_reading_anything(data):
    statements, problems = read(data)
    assert statements == []
    assert problems == [
        f"{PATH}:2:1: declares a DTD (<!DOCTYPE>), which a bank statement never does: refused, "
        "as it could expand entities or read other files"
    ]


def test_another_message_is_refused():
    data = camt053(CREDITOR_IBAN, [], namespace="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02")
    assert read(data) == (
        [],
        [
            f"{PATH}:2:1: is not a camt.053 bank statement (it is a camt.052 intraday account report): "
            "export camt.053 (end-of-day statement)"
        ],
    )


def test_every_bad_value_is_reported_at_once_with_line_and_element():
    data = (
        camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", DAY, ref="R2")])
        .replace(b">150.00<", b">150.005<", 1)
        .replace(b"<Sts>BOOK</Sts>", b"<Sts>DONE</Sts>", 1)
        .replace(b"<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>", b"<Sts>BOOK</Sts>")
    )
    _, problems = read(data)
    first, second = place_of(data, "<Ntry>"), place_of(data, "<Ntry>", 2)
    amount = place_of(data, amount_of("150.005"))
    assert problems == [
        f"{PATH}:{amount}: Stmt[0].Ntry[0].Amt: must be an amount like 1250.50 (at most 2 decimals) (got 150.005)",
        f"{PATH}:{first}: Stmt[0].Ntry[0].Sts: must be BOOK (booked), or PDNG, FUTR or INFO (not booked) (got DONE)",
        f"{PATH}:{second}: Stmt[0].Ntry[1].CdtDbtInd: is required but missing: the entry's side, CRDT (money in) or "
        "DBIT (money out)",
    ]


def test_a_booking_day_of_no_calendar_is_said_once_not_also_missing():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])
    data = data.replace(f"<BookgDt>\n          <Dt>{DAY.isoformat()}".encode(), b"<BookgDt>\n          <Dt>2026-11-31")
    _, problems = read(data)
    assert len(problems) == 1 and "Stmt[0].Ntry[0].BookgDt" in problems[0] and "2026-11-31" in problems[0]


def test_a_page_of_a_statement_without_a_closing_balance_runs_to_its_period_end():
    # The first page of a paged statement closes with an interim balance (ITBD), not CLBD.
    later = date(2026, 11, 5)
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", later, ref="R2")])
    data = data.replace(b"<Cd>CLBD</Cd>", b"<Cd>ITBD</Cd>")
    [statement], problems = read(data)
    assert problems == []
    assert statement.until == later  # FrToDt/ToDtTm, a date and time
    assert [e.reference for e in statement.entries] == ["R1", "R2"]


def test_a_period_end_that_is_no_date_is_refused_with_its_line():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b"<Cd>CLBD</Cd>", b"<Cd>ITBD</Cd>")
    data = data.replace(f"<ToDtTm>{DAY.isoformat()}T23:59:59".encode(), b"<ToDtTm>gisteren")
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<ToDtTm>')}: Stmt[0].FrToDt.ToDtTm: must be a date and time "
        "(YYYY-MM-DDThh:mm:ss) (got gisteren)"
    ]


def test_a_statement_that_does_not_add_up_is_refused():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b">1150.00<", b">1250.00<")
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<Stmt>')}: Stmt[0]: does not add up: opening balance 1000.00 and the booked "
        "entries (150.00) make 1150.00, not the closing balance 1250.00; the file is incomplete or was edited; "
        "export it again from the bank"
    ]


def test_an_entry_in_another_currency_than_its_account_is_named_not_added_to_the_euros():
    data = camt053(CREDITOR_IBAN, [Booking("300.00", DAY, ref="R1"), Booking("10.00", DAY, ref="R2")])
    entry_amount = b'<Amt Ccy="EUR">300.00</Amt>'
    assert data.count(entry_amount) == 1
    data = data.replace(entry_amount, b'<Amt Ccy="GBP">300.00</Amt>')
    _, problems = read(data)
    line = place_of(data, entry_amount.decode().replace("EUR", "GBP"))
    assert problems == [
        f"{PATH}:{line}: Stmt[0].Ntry[0].Amt: is in GBP, not in the account's currency EUR (got 300.00 GBP)"
    ]  # and no sum of pounds and euros


def test_an_account_iban_whose_check_digits_fail_is_refused_not_skipped_as_another_account():
    damaged = CREDITOR_IBAN[:2] + ("00" if CREDITOR_IBAN[2:4] != "00" else "01") + CREDITOR_IBAN[4:]
    data = camt053(damaged, [Booking("150.00", DAY, ref="R1")])
    statements, problems = read(data)
    assert statements == []
    assert problems == [
        f"{PATH}:{place_of(data, '<Stmt>')}: Stmt[0].Acct.Id.IBAN: is not a valid IBAN: Invalid checksum digits; "
        f"the file was edited or is damaged; export it again from the bank (got {damaged})"
    ]


def _with_domestic_account(data: bytes) -> bytes:
    """The statement's account as Othr/Id: the domestic number of CREDITOR_IBAN."""
    iban = f"<IBAN>{CREDITOR_IBAN}</IBAN>".encode()
    assert data.count(iban) == 1
    return data.replace(iban, b"<Othr><Id>0417164300</Id></Othr>")


def test_a_domestic_account_number_without_its_bank_is_refused_not_skipped_as_another_account():
    # As MT940's `:25:0417164300`: whose account it is cannot be told, and it may be the creditor's own.
    data = _with_domestic_account(camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]))
    statements, problems = read(data)
    assert statements == []
    assert problems == [
        f"{PATH}:{place_of(data, '<Id>0417164300')}: Stmt[0].Acct.Id.Othr.Id: names an account number without its bank, "
        "not an IBAN, so whose account it is cannot be told: export the statement again with the IBAN (in most "
        "banks' camt.053 settings) (got 0417164300)"
    ]


@pytest.mark.parametrize("tag", ["BIC", "BICFI"])
def test_a_domestic_account_number_with_its_bank_s_bic_reads_as_the_iban(tag):
    servicer = f"<Svcr><FinInstnId><{tag}>ABNANL2A</{tag}></FinInstnId></Svcr>"
    data = _with_domestic_account(camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]))
    data = data.replace(b"<Ccy>EUR</Ccy>", b"<Ccy>EUR</Ccy>" + servicer.encode(), 1)
    [statement], problems = read(data)
    assert problems == []
    assert statement.account == CREDITOR_IBAN
    assert statement.entries[0].account == CREDITOR_IBAN


def test_a_domestic_account_number_at_a_bank_abroad_is_refused_not_made_a_wrong_iban():
    """Review s27, 7: NWBKGB2L and 31926819 made GB66NWBK00000031926819, without the sort code: a valid-looking
    IBAN of no one's, so the creditor's statement was skipped as another account's without a word."""
    servicer = b"<Svcr><FinInstnId><BIC>NWBKGB2L</BIC></FinInstnId></Svcr>"
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])
    data = data.replace(f"<IBAN>{CREDITOR_IBAN}</IBAN>".encode(), b"<Othr><Id>31926819</Id></Othr>")
    data = data.replace(b"<Ccy>EUR</Ccy>", b"<Ccy>EUR</Ccy>" + servicer, 1)
    statements, problems = read(data)
    assert statements == []
    assert problems == [
        f"{PATH}:{place_of(data, '<Id>31926819')}: Stmt[0].Acct.Id.Othr.Id: names an account number at a bank outside "
        "the Netherlands (NWBKGB2L), not an IBAN: only a Dutch number makes an IBAN with its bank's BIC, so whose "
        "account it is cannot be told: export the statement again with the IBAN (in most banks' camt.053 "
        "settings) (got 31926819)"
    ]


def test_an_iban_written_as_othr_id_is_read_as_that_iban():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])
    data = data.replace(f"<IBAN>{CREDITOR_IBAN}</IBAN>".encode(), f"<Othr><Id>{CREDITOR_IBAN}</Id></Othr>".encode())
    [statement], problems = read(data)
    assert (problems, statement.account) == ([], CREDITOR_IBAN)


@pytest.mark.parametrize(
    "stamp, day",
    [
        ("2026-11-04T23:30:00Z", date(2026, 11, 5)),  # 00:30 on 5 November in Amsterdam (CET, UTC+1)
        ("2026-11-04T23:30:00+00:00", date(2026, 11, 5)),
        ("2026-06-04T22:30:00Z", date(2026, 6, 5)),  # summer time, UTC+2
        ("2026-11-04T22:30:00Z", date(2026, 11, 4)),
        ("2026-11-05T00:30:00+01:00", date(2026, 11, 5)),
        ("2026-11-04T23:30:00", date(2026, 11, 4)),  # no time zone: the bank's own (Dutch) time
    ],
)
def test_a_booking_date_and_time_is_a_day_in_amsterdam(stamp, day):
    # bunq and camt.053.001.08 may write BookgDt/DtTm; the day of a Dutch account is the day in Amsterdam.
    # (The statement closes on that day: a closing balance before its entries is refused.)
    data = camt053(CREDITOR_IBAN, [Booking("150.00", day, ref="R1")])
    data, written = re.subn(rb"(<BookgDt>\s*)<Dt>[0-9-]+</Dt>", rb"\1<DtTm>" + stamp.encode() + b"</DtTm>", data)
    assert written == 1
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert entry.booked == day


def test_a_booking_date_outside_2000_to_2099_is_refused_as_a_ledger_s_date_is():
    # 1926 for 2026 would count a payment ninety-nine years early (its interest gone) without a word.
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])
    data, written = re.subn(rb"(<BookgDt>\s*)<Dt>2026", rb"\1<Dt>1926", data)
    assert written == 1
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<BookgDt>')}: Stmt[0].Ntry[0].BookgDt: must be between 2000-01-01 and "
        f"2099-12-31 (got 1926{DAY.isoformat()[4:]})"
    ]


@pytest.mark.parametrize("keep", [0.5, 0.99], ids=["half", "all but its end"])
def test_a_file_cut_short_says_so_and_what_to_do(keep):
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")])
    [problem] = read(data[: int(len(data) * keep)])[1]  # an interrupted download
    assert problem.endswith(
        ": ends before the statement is complete: the file is cut short (an interrupted download?); export it again "
        "from the bank"
    ), problem


def test_a_file_that_is_no_xml_says_so():
    assert read(b"Datum;Bedrag\n2026-11-03;150,00\n") == (
        [],
        [
            f"{PATH}:1:1: is not XML, so no camt.053 statement (one starts with <?xml or <Document): export it again "
            "from the bank as camt.053"
        ],
    )


def test_a_file_saved_in_another_encoding_says_so():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="café")])
    data = data.replace("café".encode(), "café".encode("cp1252"))  # opened and saved by another program
    [problem] = read(data)[1]
    assert problem.startswith(f"{PATH}:{line_of(data, 'caf')}:")
    assert problem.endswith(
        ": holds characters that are not in its encoding (UTF-8): another program saved it, or it is damaged; "
        "export it again from the bank, and put it in bank/ without opening and saving it"
    ), problem


@pytest.mark.parametrize("page, read_page", [(None, None), (2, 2)])
def test_a_statement_names_its_id_and_the_message_s_page(page, read_page):
    data = camt053(CREDITOR_IBAN, [Booking("10.00", DAY)], statement_id="STMT-1103", page=page)
    [statement], problems = read(data)
    assert problems == [] and (statement.number, statement.page) == ("STMT-1103", read_page)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("337,50", "has a decimal comma, where camt.053 writes a decimal point (1250.50); write 337.50"),
        (
            "1.337,5",
            "has a decimal comma, where camt.053 writes a decimal point and no thousands separator (1250.50); "
            "write 1337.50",
        ),
        ("1,337.50", "has a thousands separator, which camt.053 never writes (1250.50); write 1337.50"),
    ],
)
def test_an_amount_written_as_a_dutch_bank_app_shows_it_says_camt_writes_a_decimal_point(written, said):
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b">150.00<", f">{written}<".encode())
    _, problems = read(data)
    assert problems == [f"{PATH}:{place_of(data, amount_of(written))}: Stmt[0].Ntry[0].Amt: {said} (got {written})"]


def test_an_entry_without_its_status_or_side_says_the_element_is_missing_at_the_entry_s_line():
    data = (
        camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", DAY, ref="R2")])
        .replace(b"<Sts>BOOK</Sts>", b"", 1)
        .replace(b"<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK</Sts>", b"<Sts>BOOK</Sts>")
    )
    _, problems = read(data)
    first, second = place_of(data, "<Ntry>"), place_of(data, "<Ntry>", 2)
    assert problems == [
        f"{PATH}:{first}: Stmt[0].Ntry[0].Sts: is required but missing: the entry's status, BOOK (booked), or "
        "PDNG, FUTR or INFO (not booked)",
        f"{PATH}:{second}: Stmt[0].Ntry[1].CdtDbtInd: is required but missing: the entry's side, CRDT (money in) or "
        "DBIT (money out)",
    ]


@pytest.mark.parametrize("written", [b"<Sts/>", b"<Sts><Cd> </Cd></Sts>"])
def test_an_entry_whose_status_is_empty_says_so(written):
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b"<Sts>BOOK</Sts>", written)
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<Ntry>')}: Stmt[0].Ntry[0].Sts: is required but empty: the entry's status, BOOK "
        "(booked), or PDNG, FUTR or INFO (not booked)"
    ]


LATER = date(2026, 11, 5)


def _closing_dated(data: bytes, day: date) -> bytes:
    """The statement's closing balance (CLBD) dated `day`, its entries as they were."""
    head, _, tail = data.partition(b"<Cd>CLBD</Cd>")
    old = re.search(rb"<Dt>[0-9-]{10}</Dt>", tail)
    assert old is not None
    return head + b"<Cd>CLBD</Cd>" + tail[: old.start()] + f"<Dt>{day}</Dt>".encode() + tail[old.end() :]


def test_a_closing_balance_dated_before_the_entries_it_books_is_refused_at_its_line():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", LATER, ref="R2")])
    data = _closing_dated(data, date(2026, 11, 2))
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<Dt>', 4)}: Stmt[0].Bal[1].Dt: the closing balance (CLBD) is dated 2026-11-02, "
        f"but 2 booked entries are booked after it, up to 2026-11-05 (line {line_of(data, '<Ntry>', 2)}): a "
        "closing balance is the balance at the end of the statement's last day, after every entry it books, and "
        "pages say the payments up to that day are processed; the file was edited or is damaged; export it again "
        "from the bank (got 2026-11-02)"
    ]


def test_a_period_end_before_the_entries_it_books_is_refused_when_it_is_the_statement_s_last_day():
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", LATER, ref="R2")])
    data = data.replace(b"<Cd>CLBD</Cd>", b"<Cd>ITBD</Cd>").replace(b"<ToDtTm>2026-11-05", b"<ToDtTm>2026-11-03")
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{place_of(data, '<ToDtTm>')}: Stmt[0].FrToDt.ToDtTm: the statement's period (FrToDt) ends on "
        f"2026-11-03, but 1 booked entry is booked after it, on 2026-11-05 (line {line_of(data, '<Ntry>', 2)}): "
        "a statement's period ends with the statement's last day, after every entry it books, and pages say the "
        "payments up to that day are processed; the file was edited or is damaged; export it again from the bank "
        "(got 2026-11-03T23:59:59)"
    ]


def test_entries_not_booked_yet_may_be_dated_after_the_closing_balance():
    # A pending or future entry (PDNG, FUTR) is not in the closing balance: its day may lie after it.
    data = camt053(
        CREDITOR_IBAN,
        [Booking("150.00", DAY, ref="R1"), Booking("20.00", LATER, ref="P1", status="FUTR")],
        version="08",
    )
    [statement], problems = read(_closing_dated(data, DAY))
    assert problems == []
    assert statement.until == DAY


@pytest.mark.parametrize(
    "stamp, refused",
    [
        ("2026-11-03T23:30:00Z", False),  # 00:30 on 4 November in Amsterdam, still 3 November in UTC
        ("2026-11-03T22:30:00+00:00", False),  # 23:30 in Amsterdam: the 3rd either way
        ("2026-11-04T23:30:00Z", True),  # the 5th in Amsterdam, the 4th in UTC: after the 3rd in any zone
        ("2026-11-04T00:30:00", True),  # no zone: the bank's own day, the 4th
    ],
)
def test_a_booking_time_with_a_zone_may_fall_on_the_next_amsterdam_day_of_a_closing_balance_dated_as_written(
    stamp, refused
):
    # A bank that keeps its days in UTC dates its closing balance by that day; its entry stamped 23:30 UTC is
    # booked the next day in Amsterdam. Only an entry after the balance's day in both is the file contradicting
    # itself; refusing the rest would block every export with a payment made after midnight.
    data = camt053(CREDITOR_IBAN, [Booking("150.00", date(2026, 11, 3), ref="R1")])
    data, written = re.subn(rb"(<BookgDt>\s*)<Dt>[0-9-]+</Dt>", rb"\1<DtTm>" + stamp.encode() + b"</DtTm>", data)
    assert written == 1
    _, problems = read(_closing_dated(data, date(2026, 11, 3)))
    assert bool(problems) is refused
    assert all("the closing balance (CLBD) is dated 2026-11-03" in p for p in problems)


def _on_one_line(data: bytes) -> bytes:
    """The document as some banks export it: no line breaks, every element on line 1."""
    return re.sub(rb">\s+<", b"><", data)


def test_a_problem_names_the_column_of_its_element_also_in_a_file_on_one_line():
    """s49: a camt.053 problem named a line and no column, unlike the YAML errors; in a file on one line (a bank's
    export without line breaks) "line 1" says nothing. The column is that of the element's start tag, in characters
    (the payer's "Zoë" before it is one), the second entry's amount after the first's."""
    bookings = [Booking("150.00", DAY, ref="R1", name="Zoë Jansen"), Booking("20.00", DAY, ref="R2")]
    data = _on_one_line(camt053(CREDITOR_IBAN, bookings)).replace(b">20.00<", b">20,00<")
    _, problems = read(data)
    column = len(data[: data.index(b">20,00<")].decode()) - len('<Amt Ccy="EUR"') + 1
    assert problems == [
        f"{PATH}:1:{column}: Stmt[0].Ntry[1].Amt: has a decimal comma, where camt.053 writes a decimal point "
        "(1250.50); write 20.00 (got 20,00)"
    ]
    assert data.decode()[column - 1 :].startswith('<Amt Ccy="EUR">20,00<')


def test_a_line_whose_start_tags_cannot_be_told_apart_names_the_line_alone():
    """A comment holding "<Amt ..." on the amount's line: which written "<Amt" is the element cannot be told from the
    bytes (lxml gives lines only), so no column is guessed."""
    data = camt053(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b">150.00<", b">150.005<")
    data = data.replace(b"150.005</Amt>", b'150.005</Amt><!-- <Amt Ccy="EUR">150.00</Amt> -->')
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{line_of(data, '150.005')}: Stmt[0].Ntry[0].Amt: must be an amount like 1250.50 (at most 2 "
        "decimals) (got 150.005)"
    ]
