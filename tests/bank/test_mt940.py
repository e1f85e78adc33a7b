"""MT940 as ING, Rabobank and ABN AMRO write it: what is read, and every way a file is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.bank.entry import Direction, StatementFormat
from incasso.bank.mt940_file import read_mt940
from tests.support.bankfiles import CREDITOR_IBAN, PAYER_IBAN, Booking, line_of, mt940, mt940_pages, read_as_text

DAY = date(2026, 11, 3)
PATH = "ledger/bank/stmt.sta"
LONG = "Factuur F2026-0001 en de rest van de maand, met dank voor het geduld en tot ziens bij de volgende"


def read(data: bytes):
    return read_as_text(read_mt940, data, PATH)


@pytest.mark.parametrize("dialect", ["ing", "rabo"])
def test_credits_read_as_the_bank_wrote_them(dialect):
    data = mt940(
        CREDITOR_IBAN,
        [
            Booking("150.00", DAY, ref="0000000001005", scor="RF82D1001", end_to_end="E2E-77"),
            Booking("75.50", date(2026, 11, 4), ref="0000000001006", text=LONG, name="A. de Wit"),
        ],
        dialect=dialect,
    )
    [statement], problems = read(data)
    assert problems == []
    assert (statement.account, statement.currency, statement.until) == (CREDITOR_IBAN, "EUR", date(2026, 11, 4))
    assert statement.format == StatementFormat.MT940
    structured, text = statement.entries
    assert (structured.reference, structured.booked, structured.amount) == ("0000000001005", DAY, Decimal("150.00"))
    assert (structured.creditor_reference, structured.end_to_end) == ("RF82D1001", "E2E-77")
    assert (structured.payer_name, structured.payer_iban) == ("J. de Vries", PAYER_IBAN)
    assert structured.direction == Direction.CREDIT
    # Lines wrap at 65 characters, between words too: the text keeps its spaces.
    assert (text.text, text.payer_name, text.creditor_reference) == (LONG, "A. de Wit", None)
    assert str(structured.source) == f"{PATH}:{line_of(data, ':61:')}"
    assert str(text.source) == f"{PATH}:{line_of(data, ':61:', 2)}"


@pytest.mark.parametrize("dialect", ["ing", "rabo"])
def test_returns_and_reversals_read_as_taking_money_back(dialect):
    data = mt940(
        CREDITOR_IBAN,
        [
            Booking("40.00", DAY, credit=False, ref="R1", return_reason="MS03", end_to_end="E2E-9"),
            Booking("50.00", DAY, credit=False, ref="V1", reversal=True),
            Booking("60.00", DAY, credit=False, ref="D1"),
        ],
        dialect=dialect,
    )
    [statement], problems = read(data)
    assert problems == []
    returned, reversed_, debit = statement.entries
    assert [e.position for e in statement.entries] == [1, 2, 3]
    assert returned.is_return and returned.return_reason == "MS03" and returned.end_to_end == "E2E-9"
    assert reversed_.is_return and reversed_.reversal and reversed_.direction == Direction.DEBIT
    assert not debit.is_return and debit.direction == Direction.DEBIT


@pytest.mark.parametrize("dialect", ["ing", "rabo"])
@pytest.mark.parametrize("says", [{"instructed": "150.00"}, {"charges": "2.50"}])
def test_a_return_of_more_than_its_credit_reads_the_credit_s_amount_its_86_names(dialect, says):
    # :86: /OCMT/EUR150,00/ (the original amount) or /CHGS/EUR2,50/ (the charges in the entry's amount).
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", end_to_end="E2E-9", **says)
    data = mt940(CREDITOR_IBAN, [back, Booking("152.50", DAY, ref="C1", **says)], dialect=dialect)
    [statement], problems = read(data)
    assert problems == []
    returned, credit = statement.entries
    assert (returned.original, returned.charges, returned.end_to_end) == (
        Decimal("150.00"),
        Decimal("2.50"),
        "E2E-9",
    )
    assert credit.original is None  # money in takes nothing back


def test_an_original_amount_in_another_currency_names_none():
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", instructed="150.00")
    data = mt940(CREDITOR_IBAN, [back]).replace(b"/OCMT/EUR150,00/", b"/OCMT/USD150,00/")
    [statement], problems = read(data)
    assert problems == [] and statement.entries[0].original is None


def _takes_back_150_with_charges_of_2_50(data: bytes) -> None:
    """A return of 152.50 read without a problem as taking back a credit of 150.00, with 2.50 of charges."""
    [statement], problems = read(data)
    assert problems == []
    [returned] = statement.entries
    assert (returned.amount, returned.original, returned.charges) == (
        Decimal("152.50"),
        Decimal("150.00"),
        Decimal("2.50"),
    )


@pytest.mark.parametrize(
    "says", [{"instructed": "150.00"}, {"charges": "2.50"}, {"instructed": "150.00", "charges": "2.50"}]
)
@pytest.mark.parametrize("where", [(":61:",), (":61:", ":86:")], ids=["61", "61 and 86"])
def test_a_return_of_more_reads_the_credit_s_amount_its_61_names_in_its_supplementary_details(says, where):
    # SWIFT's own place: the :61:'s subfield 9, after its line break (ING: behind its transaction code,
    # /TRCD/00100//OCMT/EUR150,00/); the :86: may say the same again.
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", amounts_in=where, **says)
    data = mt940(CREDITOR_IBAN, [back])
    assert b"\r\n/TRCD/00100//" + (b"OCMT" if "instructed" in says else b"CHGS") in data
    _takes_back_150_with_charges_of_2_50(data)


def _said_twice(**changes) -> Booking:
    fields = dict(credit=False, ref="R1", return_reason="MD06", end_to_end="E2E-9", amounts_in=(":61:", ":86:"))
    return Booking("152.50", DAY, **(fields | changes))


def _said_apart(in61: str, in86: str) -> bytes:
    """An ING return of 152.50 whose :61:'s supplementary details say `in61` and its :86: `in86`: code words as
    written, "" for none."""
    data = mt940(CREDITOR_IBAN, [_said_twice(amounts_in=())]).decode()
    assert data.count("/TRCD/00100/\r\n") == 1 and data.count("/EREF/E2E-9/") == 1
    data = data.replace("/TRCD/00100/\r\n", f"/TRCD/00100/{in61}\r\n").replace("/EREF/E2E-9/", f"/EREF/E2E-9/{in86}")
    return data.encode()


def _disagreement(data: bytes, in61: str, credit61: str, in86: str, credit86: str) -> str:
    return (
        f"{PATH}:{line_of(data, ':61:')}: :61:: says {in61} in its supplementary details (a credit of EUR {credit61}) "
        f"and its :86: (line {line_of(data, ':86:')}) says {in86} (a credit of EUR {credit86}): they disagree on what "
        "this return takes back, and which is right cannot be told, so it is tied to no credit; the file was edited or "
        "is damaged; export it again from the bank"
    )


@pytest.mark.parametrize(
    "in61, credit61, in86, credit86",
    [
        ("/OCMT/EUR150,00/", "150.00", "/OCMT/EUR140,00/", "140.00"),
        ("/CHGS/EUR2,50/", "150.00", "/CHGS/EUR3,00/", "149.50"),
        ("/OCMT/EUR150,00/", "150.00", "/CHGS/EUR3,00/", "149.50"),  # 150.00 by the original amount, 149.50 by charges
        ("/CHGS/EUR2,50/", "150.00", "/OCMT/EUR140,00/", "140.00"),
        # An original amount above the return's is no credit it pairs with (`original_amount`), but says one.
        ("/OCMT/EUR160,00/", "160.00", "/CHGS/EUR2,50/", "150.00"),
        ("/CHGS/EUR2,50/", "150.00", "/OCMT/EUR160,00/", "160.00"),
        # The return's own amount is a credit of all of it: against another original amount, not charges alone.
        ("/OCMT/EUR152,50/", "152.50", "/OCMT/EUR150,00/", "150.00"),
        ("/OCMT/EUR152,50/", "152.50", "/OCMT/EUR150,00//CHGS/EUR2,50/", "150.00"),
        ("/OCMT/EUR150,00//CHGS/EUR2,50/", "150.00", "/CHGS/EUR3,00/", "149.50"),
    ],
    ids=[
        "original amounts",
        "charges",
        "original amount, charges",
        "charges, original amount",
        "over, charges",
        "charges, over",
        "whole, original amount",
        "whole, both",
        "both, charges",
    ],
)
def test_a_return_whose_61_and_86_say_different_credits_takes_back_none_and_is_refused(in61, credit61, in86, credit86):
    data = _said_apart(in61, in86)
    [statement], problems = read(data)
    assert statement.entries[0].original is None  # never the one, the other, or a mix of the two
    assert problems == [_disagreement(data, in61, credit61, in86, credit86)]


@pytest.mark.parametrize(
    "in61, in86, original",
    [
        ("/OCMT/EUR150,00/", "/CHGS/EUR2,50/", "150.00"),  # 150.00, and 2.50 in 152.50
        ("/CHGS/EUR2,50/", "/OCMT/EUR150,00/", "150.00"),
        ("/CHGS/EUR2,50/", "/OCMT/EUR150,00//CHGS/EUR2,50/", "150.00"),
        ("/OCMT/EUR150,00//CHGS/EUR2,50/", "/OCMT/EUR150,00/", "150.00"),
        # The return's own amount beside the other's charges, as one field saying both: the charges booked apart, a
        # credit of all of it; never the 150.00 the charges alone would make.
        ("/OCMT/EUR152,50/", "/CHGS/EUR2,50/", None),
        ("/CHGS/EUR2,50/", "/OCMT/EUR152,50/", None),
        ("/OCMT/EUR152,50//CHGS/EUR2,50/", "/CHGS/EUR2,50/", None),
        ("/OCMT/EUR152,50/", "/OCMT/EUR152,50//CHGS/EUR2,50/", None),
    ],
)
def test_a_return_whose_61_and_86_say_one_credit_in_other_words_takes_it_back(in61, in86, original):
    [statement], problems = read(_said_apart(in61, in86))
    assert problems == []
    taken = Decimal(original) if original else None
    assert (statement.entries[0].original, statement.entries[0].taken_back) == (taken, taken or Decimal("152.50"))


@pytest.mark.parametrize(
    "says, original",
    [
        ("/OCMT/EUR150,00/", "150.00"),
        ("/CHGS/EUR2,50/", "150.00"),
        ("/OCMT/EUR150,00//CHGS/EUR2,50/", "150.00"),
        ("/OCMT/EUR152,50//CHGS/EUR2,50/", None),  # booked apart
        ("/OCMT/EUR160,00/", None),  # more than the return: no credit it takes back
    ],
)
@pytest.mark.parametrize("where", [":61:", ":86:"])
@pytest.mark.parametrize("other", ["", "/OCMT/USD140,00/"], ids=["nothing", "another currency"])
def test_a_return_whose_one_field_alone_says_its_credit_takes_that_back(says, original, where, other):
    # The other field says nothing of it, or an amount in another currency than the entry's: nothing of ours.
    data = _said_apart(says, other) if where == ":61:" else _said_apart(other, says)
    [statement], problems = read(data)
    assert problems == []
    taken = Decimal(original) if original else None
    assert (statement.entries[0].original, statement.entries[0].taken_back) == (taken, taken or Decimal("152.50"))


@pytest.mark.parametrize(
    "dialect, where", [("ing", (":61:",)), ("ing", (":86:",)), ("rabo", (":86:",)), ("ing", (":61:", ":86:"))]
)
def test_a_return_whose_original_amount_and_charges_add_up_to_what_it_debits_takes_back_the_original(dialect, where):
    # A debit counts its charges on top of the amount it takes back: 150.00 and 2.50 of charges make the 152.50.
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", instructed="150.00", charges="2.50")
    data = mt940(CREDITOR_IBAN, [replace(back, amounts_in=where)], dialect=dialect)
    _takes_back_150_with_charges_of_2_50(data)


def _contradiction(data: bytes, field: str, written: str, named: str, charges: str, made: str) -> str:
    place = " in its supplementary details" if field == ":61:" else ""
    return (
        f"{PATH}:{line_of(data, field)}: {field}: says {written}{place}: an original amount of EUR {named} and "
        f"charges of EUR {charges}: they make EUR {made}, not the EUR 152.50 this return debits: it contradicts itself on "
        "what this return takes back, and which is right cannot be told, so it is tied to no credit; the file was "
        "edited or is damaged; export it again from the bank"
    )


@pytest.mark.parametrize(
    "dialect, where, named, charges, made",
    [
        ("ing", ":61:", "150.00", "5.00", "155.00"),  # the original amount won: a credit of 150.00 taken back
        ("ing", ":86:", "150.00", "5.00", "155.00"),
        ("rabo", ":86:", "150.00", "5.00", "155.00"),
        ("ing", ":86:", "155.00", "2.50", "157.50"),  # a credit's sum (155.00 less 2.50), not a debit's
    ],
)
def test_a_return_whose_original_amount_and_charges_do_not_make_what_it_debits_is_refused(
    dialect, where, named, charges, made
):
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", instructed=named, charges=charges)
    data = mt940(CREDITOR_IBAN, [replace(back, amounts_in=(where,))], dialect=dialect)
    [statement], problems = read(data)
    assert statement.entries[0].original is None  # never the one or the other guessed
    written = f"/OCMT/EUR{named.replace('.', ',')}//CHGS/EUR{charges.replace('.', ',')}/"
    assert problems == [_contradiction(data, where, written, named, charges, made)]


@pytest.mark.parametrize("dialect, where", [("ing", ":61:"), ("ing", ":86:"), ("rabo", ":86:")])
def test_an_original_amount_that_is_the_return_s_own_takes_back_a_credit_of_all_of_it(dialect, where):
    """/OCMT/ the return's own amount beside /CHGS/: the charges are not in it (booked apart). Its credit is one of
    the whole amount, as of a return that says neither; not one of the amount less the charges, and no refusal."""
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", instructed="152.50", charges="2.50")
    data = mt940(CREDITOR_IBAN, [replace(back, amounts_in=(where,))], dialect=dialect)
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert (entry.original, entry.taken_back, entry.charges, entry.apart) == (
        None,
        Decimal("152.50"),
        None,
        Decimal("2.50"),
    )


def test_a_return_whose_61_and_86_each_contradict_themselves_is_refused_at_each():
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", instructed="150.00", charges="5.00")
    data = mt940(CREDITOR_IBAN, [replace(back, amounts_in=(":61:", ":86:"))])
    [statement], problems = read(data)
    assert statement.entries[0].original is None
    written = "/OCMT/EUR150,00//CHGS/EUR5,00/"
    assert problems == [_contradiction(data, field, written, "150.00", "5.00", "155.00") for field in (":61:", ":86:")]


@pytest.mark.parametrize(
    "in86, disagree",
    [
        ("/OCMT/EUR140,00//CHGS/EUR3,00/", True),  # a credit of 140.00 against the :61:'s 150.00
        ("/OCMT/EUR150,00//CHGS/EUR3,00/", False),  # the same credit of 150.00: only its charges are wrong
    ],
)
def test_a_return_whose_86_contradicts_itself_is_refused_and_for_its_61_where_their_credits_differ(in86, disagree):
    # The :61: adds up (150.00 and 2.50); the :86: does not.
    data = _said_apart("/OCMT/EUR150,00//CHGS/EUR2,50/", in86)
    [statement], problems = read(data)
    assert statement.entries[0].original is None
    named, charges = in86[9:15].replace(",", "."), "3.00"
    made = f"{Decimal(named) + Decimal(charges):.2f}"
    assert problems == [
        _contradiction(data, ":86:", in86, named, charges, made),
        *([_disagreement(data, "/OCMT/EUR150,00//CHGS/EUR2,50/", "150.00", in86, named)] if disagree else []),
    ]


@pytest.mark.parametrize(
    "where, says, right, written, said",
    [
        (":61:", {"instructed": "150.00"}, "EUR150,00", "EUR150.00", "/OCMT/ in its supplementary details"),
        (":86:", {"charges": "2.50"}, "EUR2,50", "EUR 2.50", "/CHGS/"),
    ],
)
def test_an_original_amount_or_charges_that_cannot_be_read_is_refused_where_written(where, says, right, written, said):
    back = Booking("152.50", DAY, credit=False, ref="R1", return_reason="MD06", amounts_in=(where,), **says)
    data = mt940(CREDITOR_IBAN, [back])
    [statement], problems = read(data.replace(right.encode(), written.encode()))
    assert problems == [
        f"{PATH}:{line_of(data, where)}: {where}: {said} must be a currency and an amount with a decimal comma, as "
        f"EUR150,00; the file was edited or is damaged; export it again from the bank (got {written})"
    ]
    assert statement.entries[0].original is None


def test_abn_amro_and_unstructured_information_read_too():
    data = b"""ABNANL2A
940
ABNANL2A
:20:ABN AMRO BANK NV
:25:417164300
:28:30301/1
:60F:C261102EUR1000,00
:61:2611031103C150,00N658NONREF
:86:/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/BIC/INGBNL2A/NAME/J
. DE VRIES/REMI/FACTUUR F2026-0001/EREF/NOTPROVIDED
:61:2611031103C20,00N658NONREF
:86:BETALING RF82 D100 1 DANK U
:62F:C261103EUR1170,00
-
"""
    [statement], problems = read(data)
    assert problems == []
    # The account's domestic number, in a file that starts with ABN AMRO's BIC: the IBAN.
    assert statement.account == "NL91ABNA0417164300"
    abn, plain = statement.entries
    assert (abn.payer_iban, abn.payer_name, abn.text, abn.end_to_end) == (
        "NL20INGB0001234567",
        "J. DE VRIES",
        "FACTUUR F2026-0001",
        None,
    )
    assert plain.text == "BETALING RF82 D100 1 DANK U"
    assert abn.reference.startswith("X-") and abn.reference != plain.reference  # no bank reference written


@pytest.mark.parametrize(
    "written",
    [
        *("ABNANL2A/0417164300", "ABNANL2A/417164300", "ABNANL2A/0417164300 EUR"),
        *("NL91ABNA0417164300EUR", "ABNANL2A/NL91ABNA0417164300"),
    ],
)
def test_the_account_is_read_as_its_iban_however_the_bank_writes_it(written):
    data = mt940("NL91ABNA0417164300", [Booking("150.00", date(2026, 11, 3), ref="R1")])
    data = data.replace(b":25:NL91ABNA0417164300EUR", f":25:{written}".encode())
    [statement], problems = read(data)
    assert problems == [] and statement.account == "NL91ABNA0417164300"


@pytest.mark.parametrize(
    "written, message",
    [
        ("garbage!!", "names no account (an IBAN, or a BIC and an account number)"),
        (
            "NL00ABNA0417164300EUR",
            "is not a valid IBAN: Invalid checksum digits; the file was edited or is damaged; export it again from "
            "the bank",
        ),
    ],
)
def test_a_damaged_account_is_refused_not_skipped_as_another_account(written, message):
    data = mt940("NL91ABNA0417164300", [Booking("150.00", date(2026, 11, 3), ref="R1")])
    data = data.replace(b":25:NL91ABNA0417164300EUR", f":25:{written}".encode())
    assert read(data) == ([], [f"{PATH}:{line_of(data, ':25:')}: :25:: {message} (got {written})"])


@pytest.mark.parametrize("written", ["0372918465", "12.34.56.789", "0417164300EUR"])
def test_a_domestic_number_without_its_bank_is_refused_not_skipped_as_another_account(written):
    # It may be the creditor's own account (0372918465 is NL34RABO0372918465's): skipped, its payments
    # would be lost without a word.
    data = mt940("NL91ABNA0417164300", [Booking("150.00", date(2026, 11, 3), ref="R1")])
    data = data.replace(b":25:NL91ABNA0417164300EUR", f":25:{written}".encode())
    assert read(data) == (
        [],
        [
            f"{PATH}:{line_of(data, ':25:')}: :25:: names an account number without its bank, not an IBAN, so whose "
            "account it is cannot be told: export the statement again with the IBAN (in most banks' MT940 settings), "
            f"or write the bank's BIC before the number (RABONL2U/0372918465) (got {written})"
        ],
    )


@pytest.mark.parametrize(("written", "start"), [("NWBKGB2L/31926819", ""), ("31926819", "NWBKGB2L\n940\n")])
def test_a_domestic_number_at_a_bank_abroad_is_refused_not_made_a_wrong_iban(written, start):
    """Review s27, 7: NWBKGB2L and 31926819 made GB66NWBK00000031926819, without the sort code: a valid-looking
    IBAN of no one's, so the creditor's statement was skipped as another account's without a word."""
    data = mt940("NL91ABNA0417164300", [Booking("150.00", date(2026, 11, 3), ref="R1")])
    data = start.encode() + data.replace(b":25:NL91ABNA0417164300EUR", f":25:{written}".encode())
    assert read(data) == (
        [],
        [
            f"{PATH}:{line_of(data, ':25:')}: :25:: names an account number at a bank outside the Netherlands "
            "(NWBKGB2L), not an IBAN: only a Dutch number makes an IBAN with its bank's BIC, so whose account it is "
            f"cannot be told: export the statement again with the IBAN (in most banks' MT940 settings) (got {written})"
        ],
    )


def test_a_file_of_several_messages_reads_every_statement():
    first = mt940(CREDITOR_IBAN, [Booking("10.00", DAY, ref="A")])
    second = mt940(CREDITOR_IBAN, [Booking("20.00", date(2026, 11, 4), ref="B")], opening="1010.00")
    statements, problems = read(first + second)
    assert problems == []
    assert [[e.reference for e in s.entries] for s in statements] == [["A"], ["B"]]


# -- refused ------------------------------------------------------------------------------------


def test_a_statement_line_that_breaks_the_layout_is_refused_with_its_line():
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b"C150,00", b"C15O,00")
    assert read(data) == (
        [],
        [
            f"{PATH}:{line_of(data, ':61:')}: :61:: does not follow the MT940 layout: the amount must be digits with "
            "a decimal comma, as 460,00; the file was edited or is damaged; export it again from the bank "
            "(got 2611031103C15O,00NTRFNONREF//R1)"
        ],
    )


@pytest.mark.parametrize(
    "wrong, said",
    [
        ((b"C150,00", b"C150.00"), "the amount is written with a decimal point, where MT940 writes a decimal comma"),
        ((b"C150,00", b"C1.150,00"), "the amount has a thousands separator, which MT940 never writes (460,00)"),
        ((b":61:261103", b":61:2611.3"), "it must start with the value date, 6 digits (YYMMDD)"),
        ((b"1103C150", b"1103X150"), "after the date must come C (credit) or D (debit), or RC or RD"),
        ((b"150,00NTRF", b"150,00 TRF"), "after the amount must come the entry's type, a letter and 3 characters"),
        ((b":60F:C", b":60F:X"), "it must start with C (credit) or D (debit)"),
        ((b":62F:C261103EUR", b":62F:C261103E"), "after the date must come the currency (EUR)"),
        ((b":62F:C261103", b":62F:C2611"), "after C or D must come the date, 6 digits (YYMMDD)"),
    ],
)
def test_the_part_of_a_line_that_breaks_the_layout_is_named(wrong, said):
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(*wrong)
    [], [problem] = read(data)
    assert "does not follow the MT940 layout: " + said in problem, problem
    assert "6!n" not in problem  # SWIFT's notation tells staff nothing


@pytest.mark.parametrize(
    "tag, wrong",
    [
        (":61:", (b":61:261103", b":61:261303")),
        (":61:", (b"1103C150", b"1131C150")),
        (":62F:", (b":62F:C261103", b":62F:C261131")),
    ],
    ids=["entry's value date", "entry's booking date", "closing balance's date"],
)
def test_a_date_that_does_not_exist_is_refused_at_its_line(tag, wrong):
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(*wrong)
    _, problems = read(data)
    assert len(problems) == 1
    assert problems[0].startswith(f"{PATH}:{line_of(data, tag)}: {tag}: holds a date that does not exist (got ")


def test_not_an_mt940_file_is_refused():
    assert read(b"Datum,Naam,Bedrag\n2026-11-03,J. de Vries,150.00\n") == (
        [],
        [f"{PATH}:1: is not an MT940 statement: it has no :20: tag; export it again from the bank"],
    )


def test_a_statement_without_its_balances_is_refused():
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b":62F:", b":64:")
    assert read(data) == (
        [],
        [
            f"{PATH}:{line_of(data, ':20:')}: is an MT940 statement without :62F:, so the file was edited or is damaged; "
            "export it again from the bank"
        ],
    )


@pytest.mark.parametrize("cut", [b":86:", b":61:"])
def test_a_file_cut_short_says_so_and_what_to_do(cut):
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1", text="factuur F2026-0001")])
    data = data[: data.rindex(cut) + len(cut) + 8]  # an interrupted download: no closing balance
    assert read(data) == (
        [],
        [
            f"{PATH}:{line_of(data, ':20:')}: ends before the statement is complete (it has no closing balance, "
            ":62F:): the file is cut short (an interrupted download?); export it again from the bank"
        ],
    )


def test_a_statement_that_does_not_add_up_is_refused_at_its_closing_balance_naming_its_opening_balance():
    # It was refused at line 1 (:20:): the balances are the lines to compare with the bank's.
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1")]).replace(b"EUR1150,00", b"EUR1250,00")
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{line_of(data, ':62F:')}: :62F:: does not add up: opening balance 1000.00 (:60F:, line "
        f"{line_of(data, ':60F:')}) and the entries (150.00) make 1150.00, not the closing balance 1250.00; the "
        "file is incomplete or was edited; export it again from the bank"
    ]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-8"])
def test_a_payer_s_accents_are_read_as_the_bank_wrote_them_in_latin_1_or_utf_8(encoding):
    # s54: a Dutch bank writes its MT940 in Latin-1 (Windows-1252), not UTF-8: that is no damage (a camt.053 file
    # outside UTF-8 is), and the payer's name and text keep their accents (docs/ledger-format.md).
    data = mt940(CREDITOR_IBAN, [Booking("55.00", DAY, ref="M1", text="factuur F2026-0001 cafe", name="Cafe Rene")])
    data = data.replace(b"Cafe Rene", "Café René".encode(encoding)).replace(b" cafe/", " café/".encode(encoding))
    [statement], problems = read(data)
    assert problems == []
    (entry,) = statement.entries
    assert (entry.payer_name, entry.text) == ("Café René", "factuur F2026-0001 café")


def test_a_knab_text_broken_between_words_keeps_its_words_apart_and_names_the_payer():
    # Knab breaks :86: between words, well before 65 characters, and names the payer in its text.
    data = b"""{1:F01KNABNL2HAXXX0000000000}{2:I940KNABNL2HXXXXN3020}{4:
:20:C0D28MSTE73HKBCM
:25:NL91ABNA0417164300
:28C:108/1
:60F:C261102EUR1000,00
:61:2611031103C246,00NTRFNONREF//C6L31PGZEG63AX84
:86:BETALING FACTUUR F2026-0001
REK: NL20INGB0001234567/NAAM: R BAKKER
:62F:C261103EUR1246,00
-}
"""
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert entry.text == "BETALING FACTUUR F2026-0001 REK: NL20INGB0001234567/NAAM: R BAKKER"
    assert (entry.payer_iban, entry.payer_name) == ("NL20INGB0001234567", "R BAKKER")


def test_an_asn_entry_with_the_payers_iban_as_its_reference_is_read_and_the_parser_stays_quiet(capsys):
    # ASN, SNS and RegioBank write the payer's IBAN (18 characters) where SWIFT allows 16.
    data = b"""{1:F01ASNBNL21XXXX0000000000}{2:O940ASNBNL21XXXXN}{3:}{4:
:20:0000000000
:25:NL81ASNB0708271685
:28C:5/1
:60F:C261103EUR1000,00
:61:2611031103C246,00NIOBNL20INGB0001234567
r bakker
:86:NL20INGB0001234567 r bakker
Factuur F2026-0001
:62F:C261103EUR1246,00
-}{5:}
"""
    [statement], problems = read(data)
    assert problems == []
    [entry] = statement.entries
    assert (entry.amount, entry.payer_iban) == (Decimal("246.00"), "NL20INGB0001234567")
    assert "F2026-0001" in entry.text
    assert capsys.readouterr().err == ""


def test_a_triodos_file_with_a_spaced_type_code_and_its_bank_named_in_words_is_read():
    data = b""":20:1605781242822/1
:25:TRIODOSBANK/0390123456
:28:1
:60F:C261103EUR1000,00
:61:261103C246,00NET NONREF
:86:BETALING FACTUUR F2026-0001
:62F:C261103EUR1246,00
-
"""
    [statement], problems = read(data)
    assert problems == []
    assert statement.account.startswith("NL") and statement.account.endswith("TRIO0390123456")
    assert statement.entries[0].amount == Decimal("246.00")


def test_a_structured_field_wrapped_mid_word_on_a_short_line_is_joined_without_a_space():
    # ING's own sample breaks a structured line at 49 characters, mid-word: code words join tight.
    data = b"""{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{4:
:20:P261103
:25:NL91ABNA0417164300EUR
:28C:00001
:60F:C261102EUR1000,00
:61:2611031103C150,00NTRFNONREF//R1
:86:/CNTP/NL20INGB0001234567/INGBNL2A/J. de Vries/Utrecht//REMI/USTD//Factuur F2026-00
01/
:62F:C261103EUR1150,00
-}
"""
    [statement], problems = read(data)
    assert problems == []
    assert statement.entries[0].text == "Factuur F2026-0001"


def test_a_statement_split_over_blocks_names_its_number_and_pages():
    # ASN Bank's :28C:00001/001 and 00001/002: one statement (its :20: and number), two pages.
    one = Booking("10.00", DAY, text="termijn")
    statements, problems = read(mt940_pages(CREDITOR_IBAN, [[one], [one]]))
    assert problems == []
    assert [(s.number, s.page, s.opening, s.closing) for s in statements] == [
        ("ASN1/00001", 1, Decimal("1000.00"), Decimal("1010.00")),
        ("ASN1/00001", 2, Decimal("1010.00"), Decimal("1020.00")),
    ]
    [ing], _ = read(mt940(CREDITOR_IBAN, [one]))
    assert (ing.number, ing.page) == (f"P{DAY:%y%m%d}/00001", None)  # :28C:00001: no page


LATER = date(2026, 11, 5)


def test_a_closing_balance_dated_before_the_entries_it_books_is_refused_at_its_line():
    # ING writes each entry's booking date (MMDD) after its value date: the closing balance cannot come before it.
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", LATER, ref="R2")])
    data = data.replace(b":62F:C261105", b":62F:C261102")
    _, problems = read(data)
    assert problems == [
        f"{PATH}:{line_of(data, ':62F:')}: :62F:: the closing balance is dated 2026-11-02, but 2 booked entries are "
        f"booked after it, up to 2026-11-05 (line {line_of(data, ':61:', 2)}): a closing balance is the balance at "
        "the end of the statement's last day, after every entry it books, and pages say the payments up to that "
        "day are processed; the file was edited or is damaged; export it again from the bank (got C261102EUR1170,00)"
    ]


def test_an_entry_with_only_its_value_date_may_lie_after_the_closing_balance():
    # Without a booking date (Rabobank writes none) the value date is all there is, and a bank may date it ahead:
    # only a booking date written after the closing balance contradicts it.
    data = mt940(CREDITOR_IBAN, [Booking("150.00", DAY, ref="R1"), Booking("20.00", LATER, ref="R2")], dialect="rabo")
    data = data.replace(b":62F:C261105", b":62F:C261103")
    [statement], problems = read(data)
    assert problems == []
    assert statement.until == DAY


def test_a_booking_date_over_the_year_change_takes_the_year_of_its_value_date_nearest_it():
    """ING (and ABN AMRO) write the booking date without a year, MMDD after the value date's YYMMDD (Rabobank writes
    one date only). A transfer of New Year's
    Eve booked after the holiday, and one booked on New Year's Eve with the next day as its value date, read in
    their own years (mt-940 5.1 put them a year off before; its issue #121): the payment's day is the earlier of
    the two, 31 December 2026, for its interest and its terms, never a day of the year before."""
    eve, after = date(2026, 12, 31), date(2027, 1, 4)
    data = mt940(
        CREDITOR_IBAN,
        [Booking("120.00", after, ref="Y1", valued=eve), Booking("80.00", eve, ref="Y2", valued=date(2027, 1, 1))],
    )
    [statement], problems = read(data)
    assert problems == []
    late, ahead = statement.entries
    assert (late.booked, late.value_date, late.credited) == (after, eve, eve)
    assert (ahead.booked, ahead.value_date, ahead.credited) == (eve, date(2027, 1, 1), eve)
