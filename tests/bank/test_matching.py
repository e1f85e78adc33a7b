"""Which dossier a credit pays: the rules in their order, and what each of them accepts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.bank.entry import BankEntry, Direction, EntryStatus
from incasso.bank.matching import Found, Index, MatchRule
from incasso.ledger.load import load_ledger
from incasso.ledger.problems import Source
from incasso.payments.reference import rf_reference
from tests.support.ledgers import invoice, valid_debtor, write_ledger

D1, D10 = rf_reference("D-1"), rf_reference("D-10")  # the second begins with the first's characters
L4 = rf_reference("L-4")
K7 = ("12345", "12346")


def found(debtor: str, rule: MatchRule, number: str | tuple[str, ...] | None) -> Found:
    """The match, naming one invoice (a number) or several (a tuple: the payment names each)."""
    return Found(debtor, rule, None, number) if isinstance(number, tuple) else Found(debtor, rule, number)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = write_ledger(
        tmp_path_factory.mktemp("matching"),
        debtors=[
            valid_debtor(id="D-1", invoices=[invoice(number="F2026-0001"), invoice(number="F2026-0002")]),
            valid_debtor(id="D-10", invoices=[invoice(number="F2026-0010")]),
            valid_debtor(id="K-7", invoices=[invoice(number="12345"), invoice(number="12346")]),
            valid_debtor(id="B-2", invoices=[invoice(number="F2026-1105")]),
            valid_debtor(id="B-3", invoices=[invoice(number="F2025-10-04")]),
            valid_debtor(id="L-4", invoices=[invoice(number=n) for n in ("F2026-0142", "F2026-0143", "F2026-0144")]),
        ],
    )
    return Index(load_ledger(root).debtors)


def credit(text: str = "", structured: str | None = None) -> BankEntry:
    return BankEntry(
        account="NL91ABNA0417164300",
        reference="R1",
        booked=date(2026, 11, 3),
        amount=Decimal("100.00"),
        direction=Direction.CREDIT,
        status=EntryStatus.BOOKED,
        currency="EUR",
        source=Source("bank/x.xml", 1),
        creditor_reference=structured,
        text=text,
    )


def test_the_structured_reference_comes_first(index):
    found = index.match(credit(f"betaling {D1} factuur F2026-0002", structured=D1))
    assert found == Found("D-1", MatchRule.STRUCTURED, "F2026-0002")  # its own invoice in the text is named


@pytest.mark.parametrize(
    "text, structured",
    [
        ("factuur F2026-0010", D1),  # one dossier's structured reference, another's invoice
        (f"{D10} ook voor Maria", D1),  # ... another's reference in the text
        (f"{D1} en F2026-0010 (Kees)", None),  # one's reference in the text, another's invoice
        (f"{D1} factuur F2026-0002 en F2026-0010", None),
    ],
)
def test_a_credit_that_names_one_dossier_and_another_s_invoice_or_reference_pays_neither(index, text, structured):
    # The payer named two dossiers (art. 6:43 BW): how much is whose, only staff can tell; both are candidates.
    assert index.match(credit(text, structured=structured)) == ("D-1", "D-10")


def test_a_structured_reference_that_is_not_ours_falls_through_to_the_text(index):
    assert index.match(credit("F2026-0010", structured="1234567890123456")) == Found(
        "D-10", MatchRule.INVOICE, "F2026-0010"
    )


@pytest.mark.parametrize(
    "text",
    [
        D1,
        D1.lower(),
        " ".join(D1[i : i + 4] for i in range(0, len(D1), 4)),  # as the page prints it
        "Kenmerk:" + D1 + ".",
        f"{D1[:2]} {D1[2:4]} {D1[4:]}",
        f"{D1[:4]}-{D1[4:]}",
        f"R F {D1[2:]}",
        D1 + "betaling",  # run into the next word
    ],
)
def test_an_rf_reference_in_the_text_whatever_its_spacing_or_case(index, text):
    assert index.match(credit(text)) == Found("D-1", MatchRule.TEXT_REFERENCE, None)


def test_the_longest_reference_wins(index):
    assert index.match(credit(D10)) == Found("D-10", MatchRule.TEXT_REFERENCE, None)


def test_an_rf_reference_with_wrong_check_digits_is_nobody_s(index):
    wrong = "RF" + f"{(int(D1[2:4]) + 1) % 100:02d}" + D1[4:]
    assert index.match(credit(wrong)) == ()


@pytest.mark.parametrize(
    "text, number",
    [
        ("factuur F2026-0001", "F2026-0001"),
        ("f2026-0001", "F2026-0001"),
        ("F 2026 0001", "F2026-0001"),
        ("nr. 2026-0001 dank", "F2026-0001"),  # the number without its letters
        ("factuur 12345", "12345"),
        ("factuur 2026-1105", "F2026-1105"),  # two parts: no day
        ("F 2026-1105", "F2026-1105"),  # with its letters, a day no more
        ("factuur 2026/0001", "F2026-0001"),  # split where the number is, by another mark
        ("F2025-10-04", "F2025-10-04"),  # a day's digits, with its letters
        ("20251004", "F2025-10-04"),  # without them, but not written as a day
    ],
)
def test_an_invoice_number_in_the_text_names_its_invoice(index, text, number):
    debtor = {"12345": "K-7", "F2026-1105": "B-2", "F2025-10-04": "B-3"}.get(number, "D-1")
    assert index.match(credit(text)) == Found(debtor, MatchRule.INVOICE, number)


@pytest.mark.parametrize(
    "text",
    [
        *("F2026-00011", "XF2026-0001", "bedrag 12345,00", "12345.50 euro", "2026"),
        # Split where the number is not: "11-05" is a day's way of writing, not F2026-1105's.
        *("F2026-11-05", "F2026-00 01"),
        # Days, not F2026-1105 without its letters.
        *("Huur november, afspraak 2026-11-05", "betaald op 5-11-2026", "05/11/2026", "5.11.2026 huur"),
        *("afspraak 2025-10-04", "2025/10/04"),  # F2025-10-04 without its letters, written as a day
    ],
)
def test_what_only_looks_like_an_invoice_number_is_none(index, text):
    assert index.match(credit(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        # K-7's invoice 12345 in an amount: joined across a decimal comma or point, or beside money.
        *("bedrag 123,45", "bedrag 123.45", "€ 12.345", "EUR 12345,-", "12345,-", "EUR 12345", "€12345"),
        *("12345 euro", "12345 EUR", "12345.- J. Jansen"),
        # In a longer number: a phone number, an account number in groups, a number with more after a dash.
        *("tel 06 12345 678", "(06) 12345 678", "bel 020 12345 6", "NL72 RABO 2026 0001 23", "2026 0001 23"),
        *("12345-678", "AB-12345"),
        *("facturen 12345-12346", "12345 t/m 12346", "12345 tot 12346"),  # a range: which of them, staff decide
        # Pieces split where 12345 has no break: two numbers, not one.
        *("order 123 45", "12 345 stuks", "1 2 3 4 5", "06 123 45", "12-345"),
    ],
)
def test_an_invoice_number_in_an_amount_or_a_longer_number_names_nothing(index, text):
    # Read as K-7's invoice (or D-1's), another debtor's money would be booked to K-7's dossier.
    assert index.match(credit(text)) == ()


@pytest.mark.parametrize(
    "text, debtor, number",
    [
        *(("inv.12345", "K-7", "12345"), ("12345", "K-7", "12345"), ("12345.", "K-7", "12345")),
        *(("factuur 12345, dank", "K-7", "12345"), ("Factuur: 12345 J. Jansen", "K-7", "12345")),
        *(("factuur 12345 en 12346", "K-7", K7), ("12345 12346", "K-7", K7), ("12345/12346", "K-7", K7)),
        *(("factuur 12345 EUR 100,00", "K-7", "12345"), ("EUR 100,00 factuur 12345", "K-7", "12345")),
        *(("12345 d.d. 18-11-2026", "K-7", "12345"), ("12345 2e termijn", "K-7", "12345")),
        # Beside an amount or a day: no group of a longer number.
        *(
            ("factuur 12345 18-11-2026", "K-7", "12345"),
            ("12345 678,50", "K-7", "12345"),
            ("12345 17 euro", "K-7", "12345"),
        ),
        *(("F2026-0001 F2026-0002", "D-1", ("F2026-0001", "F2026-0002")), ("2026 0001", "D-1", "F2026-0001")),
        ("betaald 1.234,50 factuur F2026-0002", "D-1", "F2026-0002"),
    ],
)
def test_an_invoice_number_standing_on_its_own_names_its_invoice(index, text, debtor, number):
    assert index.match(credit(text)) == found(debtor, MatchRule.INVOICE, number)


@pytest.mark.parametrize(
    "text",
    ["inv 2026.0142", "2026.0142", "F2026.0142", "Factuur 2026.0142 d.d. 01-10-2026", "factuur 2026,0142"],
)
def test_a_dot_or_comma_before_four_digits_is_a_separator_inside_the_number(index, text):
    # Two decimals or a thousands group of three follow an amount's dot or comma, never four: "2026.0142"
    # is F2026-0142 written with a dot, and refused it left every such payment to staff.
    assert index.match(credit(text)) == Found("L-4", MatchRule.INVOICE, "F2026-0142")


@pytest.mark.parametrize(
    "text",
    [
        *("ordernr 12345", "Ordernummer: 12345", "order nr. 12345", "klantnummer 12345", "klant nr 12345"),
        *("KvK 12345", "KvK-nummer 12345", "postbus 12345", "huisnummer 12345", "debiteurnr 12345"),
        *("polis 12345", "lidnummer #12345", "customer no. 12345", "tel: 12345"),
        # A dossier's number, ours (the letters' "Klantnummer") or another collector's: we match ours by its RF
        # reference, never by a number after these words.
        *("dossiernr 12345", "dossiernummer: 12345", "Dossier nr. 12345", "zaaknummer 12345", "zaak nr 12345"),
        *("artikelnummer 12345", "btwnr 12345", "btw-nummer 12345", "kvknummer 12345", "deb.nr. 12345"),
        *("kl.nr 12345", "relnr 12345", "abonnementsnummer 12345", "abonnement 12345", "boekingsnummer 12345"),
        *("reserveringsnr 12345", "transactienummer 12345", "cliëntnummer 12345", "clientnr 12345"),
        *("PO 12345", "PO# 12345", "PO no. 12345", "order no 12345", "client no 12345", "booking 12345"),
        *("reservation no 12345", "transaction 12345", "subscription 12345", "vat no 12345", "ticket 12345"),
        *("mobile 12345", "fax 12345", "student nr 12345", "case no 12345", "patiëntnummer 12345", "employee no 12345"),
    ],
)
def test_a_long_number_after_another_kind_of_number_names_no_invoice(index, text):
    # Read as K-7's invoice 12345, another payer's order or customer number booked their money to K-7.
    assert index.match(credit(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        *("F2026:0142", "f2026:0142", "factuur F2026 : 0142", "2026:0142", "Factuur: F2026:0142"),  # its own colon
        *("F.2026.0142", "F 2026 0142", "F-2026-0142", "f.2026/0142"),  # pieces apart by other marks
        *("12:30 F2026-0142", "F2026-0142 om 12:30"),  # a time beside it is no piece of it
    ],
)
def test_an_invoice_number_written_with_a_colon_or_dots_names_its_invoice(index, text):
    # A colon between its pieces is no amount's, day's or phone's: "F2026:0142" is F2026-0142, as "F2026/0142" is.
    assert index.match(credit(text)) == Found("L-4", MatchRule.INVOICE, "F2026-0142")


@pytest.mark.parametrize("text", ["F2025:10:04", "2025:10:04", "123:45", "12:345", "F2026:01:42"])
def test_a_colon_before_a_short_piece_is_a_time_s_not_an_invoice_number_s(index, text):
    # "10:04" is a time; split where the number is not ("123:45"), two numbers: each names nothing.
    assert index.match(credit(text)) == ()


TWO = ("F2026-0142", "F2026-0143")
THREE = ("F2026-0142", "F2026-0143", "F2026-0144")


@pytest.mark.parametrize(
    "text, numbers",
    [
        *(("F2026-0142 en 0143", TWO), ("facturen F2026-0142, 0143 en 0144", THREE), ("2026-0142/0143", TWO)),
        *(("F2026-0142 & 0144", ("F2026-0142", "F2026-0144")), ("F2026-0142, 0143, 0144", THREE)),
        *(("F2026-0142 + 0143", TWO), ("nota's F2026-0142 en 0143", TWO), ("F2026-0142 and 0143 thanks", TWO)),
        # Written in another order, named in the text's.
        ("F2026-0143 en 0142", ("F2026-0143", "F2026-0142")),
    ],
)
@pytest.mark.parametrize("structured", [True, False], ids=["structured", "in the text"])
def test_a_list_going_on_with_an_invoice_number_s_tail_names_each_invoice(index, text, numbers, structured):
    # "F2026-0142 en 0143" names two invoices: the payment pays those (art. 6:43 lid 1 BW), not 0142 alone.
    found = index.match(credit(text, structured=L4 if structured else None))
    assert found == Found("L-4", MatchRule.STRUCTURED if structured else MatchRule.INVOICE, None, numbers)


@pytest.mark.parametrize("text", ["F2026-0142 en 0199", "F2026-0142, 0010", "F2026-0142 en 0001"])
@pytest.mark.parametrize("structured", [True, False], ids=["structured", "in the text"])
def test_a_list_with_a_tail_of_none_of_its_invoices_names_no_invoice(index, text, structured):
    # A tail that completes no invoice of the dossier (another dossier's or none): paying it all to 0142 would
    # be a guess at what the payer meant, as with "factuur 17 en 22" of a dossier without 22.
    found = index.match(credit(text, structured=L4 if structured else None))
    assert found == Found("L-4", MatchRule.STRUCTURED if structured else MatchRule.INVOICE, None)


@pytest.mark.parametrize(
    "text, debtor, number",
    [
        # Never a dossier found by a tail: "0001" completes D-1's F2026-0001, but the payer wrote D-10's number.
        *(("F2026-0010 en 0001", "D-10", None), ("F2026-0010, 0002", "D-10", None)),
        *(("0143 en F2026-0010", "D-10", "F2026-0010"), ("factuur 0143", None, None)),  # a tail follows its number
        # What is no tail ends the list: a count, an amount, a day, a group of a longer number, another length.
        *(("F2026-0142 en 2 termijnen", "L-4", "F2026-0142"), ("F2026-0142 en 0143 euro", "L-4", "F2026-0142")),
        *(("F2026-0142, 0143,50", "L-4", "F2026-0142"), ("F2026-0142, 12-11-2026", "L-4", "F2026-0142")),
        *(("F2026-0142 & 0612 345 678", "L-4", "F2026-0142"), ("F2026-0142 en 43", "L-4", "F2026-0142")),
        *(("F2026-0142, 1234 AB Amsterdam", "L-4", "F2026-0142"), ("F2026-0142, 1234AB", "L-4", "F2026-0142")),
        *(("F2025-10-04 en 12 november", "B-3", "F2025-10-04"), ("F2025-10-04, 05", "B-3", "F2025-10-04")),
        *(("F2026-0142 0143", None, None), ("12345 en 12346", "K-7", K7)),  # a longer number; two whole ones
    ],
)
def test_a_tail_never_finds_a_dossier_and_what_is_no_tail_ends_the_list(index, text, debtor, number):
    # A two-digit piece ("04" of F2025-10-04) has no tail: "12 november" is a day, "05" anything.
    assert index.match(credit(text)) == (found(debtor, MatchRule.INVOICE, number) if debtor else ())


def test_a_long_number_after_an_invoice_word_or_a_bare_number_word_still_names_its_invoice(index):
    assert index.match(credit("factuur nr. 12345")) == Found("K-7", MatchRule.INVOICE, "12345")
    assert index.match(credit("nr 12345")) == Found("K-7", MatchRule.INVOICE, "12345")
    assert index.match(credit("klant J. Jansen factuur 12345")) == Found("K-7", MatchRule.INVOICE, "12345")
    assert index.match(credit("ordernr 12345 factuur 12346")) == Found("K-7", MatchRule.INVOICE, "12346")
    # "Kenmerk" and "ref" are what the letters call the payment reference: a number after them is read.
    assert index.match(credit("kenmerk 12345")) == Found("K-7", MatchRule.INVOICE, "12345")
    assert index.match(credit("uw ref: F2026-0010")) == Found("D-10", MatchRule.INVOICE, "F2026-0010")


def test_an_amount_or_a_phone_number_beside_a_dossier_s_reference_leaves_it_that_dossier_s(index):
    # Before, K-7's 12345 in them made the payer name two dossiers: staff had to assign it.
    assert index.match(credit("EUR 12345,- factuur F2026-0002", structured=D1)) == Found(
        "D-1", MatchRule.STRUCTURED, "F2026-0002"
    )
    assert index.match(credit("F2026-0010 tel 06 12345 678")) == Found("D-10", MatchRule.INVOICE, "F2026-0010")


def test_invoice_numbers_side_by_side_are_each_named(index):
    # Not a longer number: each is an invoice of the ledger, so the credit names both dossiers.
    assert index.match(credit("12345 12346 F2026-0010")) == ("D-10", "K-7")
    assert index.match(credit("F2026-0010 12345")) == ("D-10", "K-7")


# Only one of the pieces in each text below is an invoice ("3-11": 11, not 3), so a wrong reading names it.
SHORT = ["17", "18", "19", "F18", "7A", "50", "11", "0417", "1234"]


@pytest.fixture(scope="module")
def short(tmp_path_factory):
    """S-1 with short invoice numbers that turn up in texts meaning something else; S-3 with one short number
    beside no other; S-2 with a number of five."""
    root = write_ledger(
        tmp_path_factory.mktemp("short"),
        debtors=[
            valid_debtor(id="S-1", invoices=[invoice(number=number) for number in SHORT]),
            valid_debtor(id="S-2", invoices=[invoice(number="F1234")]),
            valid_debtor(id="S-3", invoices=[invoice(number="21")]),
        ],
    )
    return Index(load_ledger(root).debtors)


S1, S3 = rf_reference("S-1"), rf_reference("S-3")
SPACED = " ".join(S1[i : i + 4] for i in range(0, len(S1), 4))  # as the page prints it


def test_a_short_invoice_number_is_not_looked_for_in_a_transfer_text(short):
    # "17" and "F17" turn up in every "Merelstraat 17": another debtor's money must not pay them.
    assert short.match(credit("cv ketel merelstraat 17")) == ()
    assert short.match(credit("factuur F18")) == ()
    assert short.match(credit("factuur F1234")) == Found("S-2", MatchRule.INVOICE, "F1234")  # five: found
    # Once the reference names the dossier, its own short number names the invoice (art. 6:43 BW).
    assert short.match(credit("factuur 17", structured=S1)) == Found("S-1", MatchRule.STRUCTURED, "17")
    assert short.match(credit(f"{S1} factuur f18")) == Found("S-1", MatchRule.TEXT_REFERENCE, "F18")
    assert short.match(credit("17,00 euro", structured=S1)) == Found("S-1", MatchRule.STRUCTURED, None)


@pytest.mark.parametrize(
    "text",
    [
        *("EUR 7.50", "7,50", "EUR 17,-", "17,- euro", "betaald 7,50 rente"),  # amounts: not 50, not 17
        *("betaling 3-11", "betaling 17/10", "3.11", "betaald op 3-11-2026", "5/11/2026"),  # a day
        *("NL91 ABNA 0417 1643 00", "postcode 1234 AB", "Merelstraat 17", "Merelstraat 7A"),
        *("klant nr 17", "lid nr. 18", "order #19"),  # another thing's number
        *("factuur 7,50", "factuur 17,-", "factuur 3-11", "fact 17/10", "factuur 17-20", "factuur € 17"),
        *("factuur 17-A", "factuur 17 - 20", "facturen 17 t/m 20", "facturen 17 tot en met 20"),  # not 17 alone
        *("huur 17", "betaling voor 18 november", "termijn 3 van 11"),
        *("Jansen's 17", "klant's 17", "nota s 17", "nota' 17", "nota's 7,50"),  # no invoice word's "'s"
    ],
)
@pytest.mark.parametrize("structured", [True, False], ids=["structured", "in the text"])
def test_a_short_number_the_text_does_not_say_is_an_invoice_names_none(short, text, structured):
    # A wrong invoice moves the payment away from the one the law's order would pay (art. 6:43 BW).
    found = short.match(credit(text, structured=S1) if structured else credit(f"{SPACED} {text}"))
    assert found == Found("S-1", MatchRule.STRUCTURED if structured else MatchRule.TEXT_REFERENCE, None)


@pytest.mark.parametrize(
    "text, number",
    [
        *(("factuur 17", "17"), ("Factuur: 17", "17"), ("fact. 17", "17"), ("fact 17", "17"), ("FACT.17", "17")),
        *(("factuurnr 17", "17"), ("factuurnr. 17", "17"), ("factuurnummer: 17", "17"), ("fnr 17", "17")),
        *(("nota 17", "17"), ("invoice 17", "17"), ("inv. 17", "17"), ("invoice no. 17", "17")),
        *(("nr 17", "17"), ("nr.17", "17"), ("no: 17", "17"), ("#17", "17"), ("factuur nr.17", "17")),
        *(("factuur #17", "17"), ("betaling factuur F18", "F18"), ("nota 7a", "7A"), ("fact 0417", "0417")),
        *(("factuur 17 van 3-11", "17"), ("factuur 17, betaald 17/11", "17"), ("factuur 17 EUR 7,50", "17")),
        *(("Merelstraat 17 factuur 17", "17"), ("factuur 17 Merelstraat 17", "17"), ("factuur 50 EUR 17,-", "50")),
        *(("Factuur 17 - J. de Vries", "17"), ("factuur 17 t.a.v. de administratie", "17")),
        *(("17", "17"), ("F18", "F18"), ("17.", "17"), (" 7A ", "7A")),  # the only thing besides the reference
        # The invoice word as a plural or with "'s", as payers write it: "nota's", "factuur's", "nota’s".
        *(("nota's 17", "17"), ("factuur's 17", "17"), ("Nota’s: 17", "17"), ("nota's nr. 17", "17")),
        *(("facturen/nota's 17", "17"), ("nota`s #F18", "F18")),
    ],
)
@pytest.mark.parametrize("structured", [True, False], ids=["structured", "in the text"])
def test_a_short_number_the_text_says_is_an_invoice_names_it(short, text, number, structured):
    found = short.match(credit(text, structured=S1) if structured else credit(f"{SPACED} {text}"))
    assert found == Found("S-1", MatchRule.STRUCTURED if structured else MatchRule.TEXT_REFERENCE, number)


@pytest.mark.parametrize("text", ["21/22", "21-22", "21 & 22"])
def test_a_range_or_list_no_invoice_word_introduces_names_none(short, text):
    # Only 21 is an invoice: read as a list, the payment would be 21's, though the payer named two things.
    assert short.match(credit(f"{S3} {text}")) == Found("S-3", MatchRule.TEXT_REFERENCE, None)


def test_the_only_short_number_may_stand_before_the_reference_too(short):
    assert short.match(credit(f"17 {S1}")) == Found("S-1", MatchRule.TEXT_REFERENCE, "17")
    assert short.match(credit(f"17 {S1} 18")) == Found("S-1", MatchRule.TEXT_REFERENCE, None)


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("factuur 17 en 18", ["17", "18"]),
        ("facturen 17, 18 & 19", ["17", "18", "19"]),
        ("fact 17/18", ["17", "18"]),
        ("facturen 17,18", []),  # 17,18 is an amount as it is written
        ("nota 17 + 18 en F18", ["17", "18", "F18"]),
        ("nota's 17 en 18", ["17", "18"]),
        ("facturen 17 18 19", ["17", "18", "19"]),
        ("facturen 17, 18 en 20", []),  # 20 is none of the dossier's: the list says something else
        ("facturen 17 en 18, 19 euro", ["17", "18"]),  # an amount ends the list
        ("factuur 17 en 3-11", ["17"]),  # so does a day
        # After a plain space, a number that is no invoice of the dossier ends the list: a year, an instalment.
        *(("factuur 17 2e termijn", ["17"]), ("factuur 17 1e termijn", ["17"]), ("nr. 17 2e termijn", ["17"])),
        *(
            ("factuur 17 2026", ["17"]),
            ("facturen 17 18 2026", ["17", "18"]),
            ("factuur 17, 18 2e termijn", ["17", "18"]),
        ),
        # A number followed by what it counts is a count, even after "en": "2 termijnen" are no invoice 2.
        *(("factuur 17 en 2 termijnen", ["17"]), ("factuur 17 en 2e termijn", ["17"]), ("fact 17 & 3 maanden", ["17"])),
        ("facturen 17 en 22 betaald", []),  # 22 is no count: the payer named an invoice the dossier lacks
    ],
)
def test_a_list_after_an_invoice_word_names_each_of_its_numbers(short, text, numbers):
    assert short.short_in("S-1", text) == [("S-1", number) for number in numbers]
    one = numbers[0] if len(numbers) == 1 else None
    several = tuple(numbers) if len(numbers) > 1 else ()
    assert short.match(credit(text, structured=S1)) == Found("S-1", MatchRule.STRUCTURED, one, several)


def test_a_list_that_holds_a_number_not_of_the_dossier_names_none_of_it(short):
    # "factuur 21/22" of a dossier without 22: the payer meant two things, and which part is 21's is a guess.
    assert short.match(credit(f"{S3} factuur 21/22")) == Found("S-3", MatchRule.TEXT_REFERENCE, None)
    assert short.match(credit(f"{S3} factuur 21 en 22")) == Found("S-3", MatchRule.TEXT_REFERENCE, None)
    assert short.match(credit(f"{S3} factuur 21")) == Found("S-3", MatchRule.TEXT_REFERENCE, "21")


def test_another_dossier_s_long_number_in_the_list_leaves_the_credit_to_staff(short):
    assert short.match(credit("facturen 17 en F1234", structured=S1)) == ("S-1", "S-2")


def test_two_invoices_of_one_dossier_are_both_named(index):
    assert index.match(credit("F2026-0001 en F2026-0002")) == Found(
        "D-1", MatchRule.INVOICE, None, ("F2026-0001", "F2026-0002")
    )


@pytest.mark.parametrize("text", ["F2026-0001 en F2026-0010", f"{D1} {D10}"])
def test_a_text_that_names_several_dossiers_is_left_to_staff(index, text):
    assert index.match(credit(text)) == ("D-1", "D-10")


@pytest.mark.parametrize(
    "text",
    [
        "betaling RF80 D000 5",  # the check digits swapped, the body in two groups (the user's, below)
        "rf80d0005",  # lower case, run together
        "RF 00 D-0005 betaling",  # other check digits, the id as the letters write it
        "RF D0005",  # no check digits at all
        "RFD0005 nov",
        "RF80 D0005betaling",  # run into the next word
    ],
)
def test_a_reference_with_other_check_digits_names_its_dossier_as_a_likely_one_only(tmp_path, text):
    index = Index(load_ledger(write_ledger(tmp_path, debtors=[valid_debtor(id="D-0005")])).debtors)
    assert index.match(credit(text)) == ()  # a typo may be another's reference: staff decide
    assert index.near_owner(text) == "D-0005"


@pytest.mark.parametrize(
    ("text", "structured"),
    [
        ("RF80 D10 factuur F2026-0001", None),  # D-10's reference mistyped, D-1's invoice (review 38, staff #6)
        ("factuur F2026-0001 RF D10", None),  # ... in either order, the check digits left out
        ("RF80 D10", D1),  # D-1's structured reference, D-10's mistyped in the text
        (f"{D1} RF80 D10", None),  # D-1's reference in the text, D-10's mistyped beside it
    ],
)
def test_a_mistyped_reference_of_one_dossier_beside_another_s_invoice_or_reference_pays_neither(
    index, text, structured
):
    # The text points to two dossiers: assigned to the one it names exactly, it could book D-10's money to D-1.
    # Neither is assigned; the credit lists D-1 (named) and D-10 (its reference with other check digits).
    assert index.match(credit(text, structured=structured)) == ("D-1",)
    assert index.near_owner(f"{text} {structured or ''}") == "D-10"


@pytest.mark.parametrize("text", ["RF80 D1 factuur F2026-0001", f"{D1} RF D1 factuur F2026-0002"])
def test_a_mistyped_reference_of_the_dossier_its_invoice_names_is_still_that_dossier_s(index, text):
    assert isinstance(index.match(credit(text)), Found)


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("RF80 D10", "D-10"),  # D-1's body too, but the reference goes on
        ("RF80 D1 betaling", "D-1"),  # a space ends it: D-10's body goes on with a digit
        ("RF80 D1 0e termijn", None),  # D-1, or D-10 run into "e termijn": staff read it
        ("RF80 D10 RF81 D1", None),  # two bodies: none is the one
        ("D10", None),  # no "RF": an id alone is no reference
        ("scheepswerf D10", None),  # nor the end of a word
        (D10, None),  # the reference itself: matched, not near
        ("RF80 D11", None),  # no dossier D-11
    ],
)
def test_a_reference_with_other_check_digits_names_one_dossier_or_none(index, text, near):
    assert index.near_owner(text) == near


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("RF47 1001", "1001"),  # digits only, after two check digits: dossier 1001's body with other check digits
        ("RF47 1001 2345", None),  # a whole group goes on with another: someone else's reference 1001 2345
        ("RF10 01 2026 huur", None),  # "1001" only by taking the check digits for the body
        ("rf 2026 onderhoud", None),  # digits with no check digits before them: "rf" may be anything
        ("RF47 1001 factuur", "1001"),  # a longer word after the group ends the reference
    ],
)
def test_a_numeric_dossier_is_named_near_only_by_a_reference_that_ends_where_its_body_does(tmp_path, text, near):
    """Ids may be digits only (docs/ledger-format.md): their bodies are in many other numbers a text holds."""
    debtors = [valid_debtor(id="1001"), valid_debtor(id="2026", **{"invoices[0].number": "F9"})]
    index = Index(load_ledger(write_ledger(tmp_path, debtors=debtors)).debtors)
    assert index.near_owner(text) == near
