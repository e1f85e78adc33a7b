import contextlib
import re
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from incasso.payments.epc import (
    MAX_PAYLOAD_BYTES,
    MAX_QR_VERSION,
    EPCError,
    QRCode,
    epc_payload,
    epc_qr,
    max_name_bytes,
    payment_link,
    payment_url_problem,
    qr_code,
    qr_svg,
)
from incasso.payments.reference import rf_reference
from tests.support.qrdecode import decode_rows, decode_svg

# EPC069-12's worked example (Red Cross of Belgium), as the guidelines give
# it: format version 001, where the BIC is mandatory. Element 10 (structured
# reference) is empty, so its line is empty and the text follows on line 11.
STANDARD_EXAMPLE_001 = (
    "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\nUrgency fund\nSample EPC QR code"
)

VALID = dict(
    name="Incassobureau Voorbeeld B.V.",
    iban="NL91ABNA0417164300",
    amount=Decimal("1250.50"),
    reference="RF18539007547034",
)
VALID_PAYLOAD = "BCD\n002\n1\nSCT\n\nIncassobureau Voorbeeld B.V.\nNL91ABNA0417164300\nEUR1250.5\n\nRF18539007547034"


def payload_with(**changes):
    return epc_payload(**{**VALID, **changes})


# Payloads, character for character


def test_standard_example_in_version_002():
    payload = epc_payload(
        bic="BPOTBEB1",
        name="Red Cross of Belgium",
        iban="BE72000000001616",
        amount=Decimal("1"),
        purpose="CHAR",
        text="Urgency fund",
        info="Sample EPC QR code",
    )
    # We always write version 002; every other line is the guidelines' own.
    assert payload == STANDARD_EXAMPLE_001.replace("\n001\n", "\n002\n", 1)
    differences = [
        (ours, theirs)
        for ours, theirs in zip(payload.split("\n"), STANDARD_EXAMPLE_001.split("\n"), strict=True)
        if ours != theirs
    ]
    assert differences == [("002", "001")]


def test_guidelines_example_1_structured_reference():
    # EPC069-12 v2.1 example 1, 96 bytes (as segno's tests also check).
    payload = epc_payload(
        name="Franz Mustermänn",
        iban="DE71110220330123456789",
        bic="BHBLDEHHXXX",
        amount=Decimal("12.3"),
        purpose="GDDS",
        reference="RF18539007547034",
    )
    assert payload == (
        "BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3\nGDDS\nRF18539007547034"
    )
    assert len(payload.encode("utf-8")) == 96


def test_guidelines_example_2_text_without_bic():
    # EPC069-12 v2.1 example 2: 103 bytes in ISO 8859-1 there, one more in
    # UTF-8 (the "ç"), which is the only character set we write.
    payload = epc_payload(
        name="François D'Alsace S.A.",
        iban="FR1420041010050500013M02606",
        amount=Decimal("12.30"),
        text="Client:Marie Louise La Lune",
    )
    assert payload == (
        "BCD\n002\n1\nSCT\n\nFrançois D'Alsace S.A.\nFR1420041010050500013M02606\n"
        "EUR12.3\n\n\nClient:Marie Louise La Lune"
    )
    assert len(payload.encode("utf-8")) == 104


def test_valid_example():
    assert epc_payload(**VALID) == VALID_PAYLOAD


@pytest.mark.parametrize(
    "amount, line",
    [
        ("0.01", "EUR0.01"),
        ("0.10", "EUR0.1"),
        ("1", "EUR1"),
        ("12", "EUR12"),
        ("12.00", "EUR12"),
        ("12.3", "EUR12.3"),
        ("12.30", "EUR12.3"),
        ("12.340", "EUR12.34"),  # whole cents, however many zeros follow
        ("100", "EUR100"),
        ("1E+2", "EUR100"),
        ("1250.50", "EUR1250.5"),
        ("999999999.99", "EUR999999999.99"),
    ],
)
def test_amount_line(amount, line):
    assert payload_with(amount=Decimal(amount)).split("\n")[7] == line


@given(st.integers(min_value=1, max_value=99_999_999_999))
def test_amount_line_reads_back_as_the_same_cents(cents):
    amount = Decimal(cents).scaleb(-2)
    line = payload_with(amount=amount).split("\n")[7]
    assert line.startswith("EUR")
    assert Decimal(line[3:]) == amount
    # no exponent, no leading zeros, no trailing zero after the point
    assert re.fullmatch(r"EUR(0|[1-9][0-9]{0,8})(\.[0-9]?[1-9])?", line)


def test_trailing_empty_elements_are_left_out():
    payload = epc_payload(name="A", iban="NL91ABNA0417164300", amount=Decimal("5"))
    assert payload == "BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\nEUR5"


def test_inner_empty_elements_are_kept():
    payload = epc_payload(name="A", iban="NL91ABNA0417164300", amount=Decimal("5"), info="Thanks")
    assert payload == "BCD\n002\n1\nSCT\n\nA\nNL91ABNA0417164300\nEUR5\n\n\n\nThanks"


def test_inputs_are_written_compact():
    payload = payload_with(iban="nl91 abna 0417 1643 00", bic="abnanl2a", reference="rf18 5390 0754 7034", name="  A  ")
    assert payload == "BCD\n002\n1\nSCT\nABNANL2A\nA\nNL91ABNA0417164300\nEUR1250.5\n\nRF18539007547034"


def test_limits_are_inclusive():
    # All fields at their maximum would exceed 331 bytes; two at a time fit.
    payload = payload_with(name="n" * 70, reference=None, text="t" * 140, purpose="CHAR")
    assert payload.split("\n")[5] == "n" * 70
    assert payload.split("\n")[8:] == ["CHAR", "", "t" * 140]
    assert payload_with(info="i" * 70).split("\n")[-1] == "i" * 70


# Errors: one valid example, one field changed per case, exact text


@pytest.mark.parametrize(
    "change, message",
    [
        ({"name": ""}, "name: must not be empty (got '')"),
        ({"name": None}, "name: must not be empty (got '')"),
        ({"name": "n" * 71}, "name: must be at most 70 characters (got 71)"),
        (
            {"name": "Acme\nNL00FAKE"},
            "name: must not contain line breaks or control characters (got 'Acme\\nNL00FAKE')",
        ),
        ({"iban": ""}, "iban: must not be empty (got '')"),
        (
            {"iban": "NL91ABNA0417164301"},
            "iban: must be a valid IBAN (got 'NL91ABNA0417164301': Invalid checksum digits)",
        ),
        ({"bic": "ABNANL"}, "bic: must be a valid BIC of 8 or 11 characters (got 'ABNANL': Invalid length '6')"),
        ({"amount": Decimal("0")}, "amount: must be between 0.01 and 999999999.99 (got 0)"),
        ({"amount": Decimal("-5")}, "amount: must be between 0.01 and 999999999.99 (got -5)"),
        (
            {"amount": Decimal("1000000000.00")},
            "amount: must be between 0.01 and 999999999.99 (got 1000000000.00)",
        ),
        ({"amount": Decimal("12.345")}, "amount: must be in whole cents, at most 2 decimals (got 12.345)"),
        ({"amount": Decimal("0.001")}, "amount: must be between 0.01 and 999999999.99 (got 0.001)"),
        ({"amount": Decimal("NaN")}, "amount: must be a finite number (got NaN)"),
        ({"amount": Decimal("Infinity")}, "amount: must be a finite number (got Infinity)"),
        ({"purpose": "CHARITY"}, "purpose: must be 1 to 4 capital letters or digits, like CHAR (got 'CHARITY')"),
        ({"purpose": "ch r"}, "purpose: must be 1 to 4 capital letters or digits, like CHAR (got 'ch r')"),
        (
            {"reference": "RF19539007547034"},
            "reference: must be an ISO 11649 creditor reference (RF...) with valid check digits "
            "(got 'RF19539007547034')",
        ),
        (
            {"reference": "5000056789012345"},
            "reference: must be an ISO 11649 creditor reference (RF...) with valid check digits "
            "(got '5000056789012345')",
        ),
        ({"reference": "R" * 36}, "reference: must be at most 35 characters (got 36)"),
        (
            {"text": "Invoice 2024-001"},
            "reference, text: only one of a structured reference or a text may be given (got both)",
        ),
        ({"reference": None, "text": "t" * 141}, "text: must be at most 140 characters (got 141)"),
        ({"info": "i" * 71}, "info: must be at most 70 characters (got 71)"),
        ({"info": "tab\there"}, "info: must not contain line breaks or control characters (got 'tab\\there')"),
    ],
)
def test_one_field_wrong(change, message):
    with pytest.raises(EPCError) as error:
        payload_with(**change)
    assert str(error.value) == message
    assert error.value.problems == (message,)
    assert isinstance(error.value, ValueError)


def test_all_problems_are_reported_together():
    with pytest.raises(EPCError) as error:
        payload_with(name="", iban="NL91ABNA041716430", amount=Decimal("0"), text="also text")
    assert str(error.value) == "\n".join(
        [
            "name: must not be empty (got '')",
            "iban: must be a valid IBAN (got 'NL91ABNA041716430': Invalid IBAN length)",
            "amount: must be between 0.01 and 999999999.99 (got 0)",
            "reference, text: only one of a structured reference or a text may be given (got both)",
        ]
    )


def test_payload_over_331_bytes_is_refused():
    # 70 three-byte characters in the name and 140 in the text: each within
    # its character limit, together far over the byte limit.
    with pytest.raises(EPCError) as error:
        payload_with(name="€" * 70, reference=None, text="€" * 140)
    assert str(error.value) == "payload: must be at most 331 bytes in UTF-8 (got 677)"


def test_without_an_amount_the_payer_fills_it_in_and_the_code_still_reads():
    # The guidelines make the amount optional: its line stays, empty, when a reference follows.
    payload = payload_with(amount=None)
    assert payload.split("\n")[7] == ""
    assert payload == payload_with(amount=Decimal("1")).replace("\nEUR1\n", "\n\n", 1)
    assert decode_rows(epc_qr(payload).rows).bytes == payload.encode("utf-8")


@pytest.mark.parametrize("amount", [12.5, 1, "12.50", True])
def test_amount_must_be_a_decimal(amount):
    with pytest.raises(TypeError) as error:
        payload_with(amount=amount)
    assert str(error.value) == f"amount: must be a Decimal, not {type(amount).__name__} (got {amount!r})"


def test_text_fields_must_be_text():
    with pytest.raises(TypeError, match=r"^name: must be a str \(got int\)$"):
        payload_with(name=42)


# The QR code


def test_qr_code_parameters():
    """Read back by zxing-cpp's reader from the modules: the exact UTF-8 bytes, level M, no ECI."""
    qrcode = epc_qr(VALID_PAYLOAD)
    found = decode_rows(qrcode.rows)
    assert found.bytes == VALID_PAYLOAD.encode("utf-8")
    assert found.ec_level == "M" == qrcode.error
    assert int(found.extra["Version"]) == qrcode.version <= MAX_QR_VERSION
    assert found.symbology_identifier == "]Q1"  # a QR code (not Micro QR) without an ECI designator
    assert qrcode.size == 17 + 4 * qrcode.version and all(len(row) == qrcode.size for row in qrcode.rows)


def test_non_ascii_is_encoded_as_utf_8():
    payload = payload_with(name="Café Ünïcode B.V.")
    assert decode_rows(epc_qr(payload).rows).bytes == payload.encode("utf-8")  # not ISO 8859-1


@pytest.mark.parametrize("length", [1, 100, 329, 330, MAX_PAYLOAD_BYTES])
def test_every_payload_up_to_331_bytes_fits_version_13_and_decodes(length):
    payload = ("BCD\n002\n1\nSCT\n\nCafé " + "x" * MAX_PAYLOAD_BYTES).encode("utf-8")[:length].decode("utf-8")
    qrcode = epc_qr(payload)
    assert qrcode.version <= MAX_QR_VERSION
    assert decode_rows(qrcode.rows).bytes == payload.encode("utf-8")


def test_a_full_331_byte_payload_fits_version_13():
    payload = "x" * MAX_PAYLOAD_BYTES  # lower case: byte mode, as any payload
    assert epc_qr(payload).version == MAX_QR_VERSION


def test_qr_code_over_version_13_is_refused():
    with pytest.raises(EPCError) as error:
        epc_qr("x" * (MAX_PAYLOAD_BYTES + 1))
    assert str(error.value) == "payload: must fit a QR code of version 13 or lower (got version 14)"


def test_a_link_code_decodes():
    link = "https://betalen.example.nl/RF18539007547034?bedrag=1250.50"
    assert decode_rows(qr_code(link).rows).bytes == link.encode("utf-8")


def _drawn(svg: str) -> list[bytes]:
    """The modules the SVG's path draws, row by row with the quiet zone: its lines followed by hand."""
    side = int(re.search(r'viewBox="0 0 (\d+) \1"', svg)[1])
    rows = [bytearray(side) for _ in range(side)]
    path = re.search(r'<path stroke="#000" d="([^"]*)"/>', svg)[1]
    x = y = 0.0
    for command, dx, dy, length in re.findall(r"([Mm])(-?\d+) (-?[\d.]+)h(\d+)", path):
        x, y = (int(dx), float(dy)) if command == "M" else (x + int(dx), y + float(dy))
        assert y % 1 == 0.5  # through the middle of a row of modules, the stroke one module wide
        rows[int(y)][int(x) : int(x) + int(length)] = b"\x01" * int(length)
        x += int(length)
    return [bytes(row) for row in rows]


def test_svg_path_draws_exactly_the_modules():
    qrcode = epc_qr(VALID_PAYLOAD)
    quiet = bytes(4)
    blank = bytes(qrcode.size + 8)
    expected = [blank] * 4 + [quiet + row + quiet for row in qrcode.rows] + [blank] * 4
    assert _drawn(qr_svg(qrcode, title="t")) == expected


@given(
    st.integers(min_value=1, max_value=25).flatmap(
        lambda width: st.lists(
            st.binary(min_size=width, max_size=width).map(lambda row: bytes(byte % 3 == 0 for byte in row)),
            min_size=width,
            max_size=width,
        )
    )
)
@example([b"\x00\x00", b"\x00\x00"])  # nothing to draw
@example([b"\x00\x00\x00", b"\x00\x00\x00", b"\x00\x01\x01"])  # two light rows before the first line
@example([b"\x01\x00\x00\x01", bytes(4), bytes(4), b"\x00\x01\x01\x01"])  # two light rows between
@example([b"\x01\x01", b"\x01\x01"])  # rows that end dark
def test_the_path_draws_exactly_the_modules_of_any_pattern(rows):
    """Empty rows, rows that end dark, a first row without a dark module: the path draws them as they are."""
    qrcode = QRCode(tuple(rows), "M")
    quiet, blank = bytes(4), bytes(qrcode.size + 8)
    expected = [blank] * 4 + [quiet + row + quiet for row in qrcode.rows] + [blank] * 4
    assert _drawn(qr_svg(qrcode, title="t")) == expected


def test_svg_is_inline_scalable_and_titled():
    svg = qr_svg(epc_qr(VALID_PAYLOAD), title='Pay <Acme> & "Sons"', css_class="qr payment")
    assert svg.startswith('<svg role="img" ')
    assert svg.endswith("</svg>")
    assert "<?xml" not in svg and "href" not in svg
    assert not re.search(r"\s(width|height)=", svg)
    assert re.search(r'viewBox="0 0 (\d+) \1"', svg)
    assert 'class="qr payment"' in svg
    assert '<title>Pay &lt;Acme&gt; &amp; "Sons"</title>' in svg
    assert 'fill="#fff"' in svg and 'stroke="#000"' in svg


def test_svg_includes_the_quiet_zone():
    qrcode = epc_qr(VALID_PAYLOAD)
    side = qrcode.size + 2 * 4
    assert f'viewBox="0 0 {side} {side}"' in qr_svg(qrcode, title="t")


@pytest.mark.parametrize("title", ["", "  ", None])
def test_svg_needs_a_title(title):
    with pytest.raises(ValueError) as error:
        qr_svg(epc_qr(VALID_PAYLOAD), title=title)
    assert str(error.value) == f"title: must be a non-empty text alternative (got {title!r})"


# Payment links


def test_payment_link_fills_and_quotes():
    link = payment_link(
        "https://pay.example/d?ref={reference}&eur={amount}", reference="RF18 5390&x=1", amount=Decimal("1250.5")
    )
    assert link == "https://pay.example/d?ref=RF18%205390%26x%3D1&eur=1250.50"


@pytest.mark.parametrize("amount, text", [("12", "12.00"), ("0.10", "0.10"), ("999999999.99", "999999999.99")])
def test_payment_link_amount_has_two_decimals(amount, text):
    assert payment_link("https://p.example/{amount}", reference="r", amount=Decimal(amount)) == (
        f"https://p.example/{text}"
    )


def test_payment_link_fills_once():
    link = payment_link("https://p.example/{reference}/{amount}", reference="{amount}", amount=Decimal("1"))
    assert link == "https://p.example/%7Bamount%7D/1.00"


@pytest.mark.parametrize(
    "template, amount, error_type, message",
    [
        (
            "javascript:alert({reference})",
            Decimal("1"),
            ValueError,
            "payment_url: must start with https:// (got 'javascript:alert({reference})')",
        ),
        (
            "https://p.example/{amount}",
            Decimal("1.005"),
            ValueError,
            "amount: must be in whole cents, at most 2 decimals (got 1.005)",
        ),
        (
            "https://p.example/{amount}",
            Decimal("0"),
            ValueError,
            "amount: must be between 0.01 and 999999999.99 (got 0)",
        ),
        ("https://p.example/{amount}", 1.5, TypeError, "amount: must be a Decimal, not float (got 1.5)"),
    ],
)
def test_payment_link_errors(template, amount, error_type, message):
    with pytest.raises(error_type) as error:
        payment_link(template, reference="RF18539007547034", amount=amount)
    assert str(error.value) == message


# Real decoding: rendered by chromium, read by zxing-cpp. The session
# `browser` fixture comes from conftest.py: Playwright's sync API allows
# only one running instance, so these tests share it.


DECODE_CASES = [
    payload_with(amount=Decimal("0.01")),
    payload_with(amount=Decimal("12.3")),
    payload_with(amount=Decimal("1250.5")),
    payload_with(amount=Decimal("999999999.99")),
    payload_with(name="Café Ünïcode B.V."),
    payload_with(name="N" * 70, reference=None, text="Factuur 2024-001 " * 8, info="I" * 70, bic="ABNANL2A"),
]


@pytest.mark.browser
@pytest.mark.parametrize("payload", DECODE_CASES, ids=["0.01", "12.3", "1250.5", "999999999.99", "unicode", "long"])
def test_svg_decodes_to_the_payload(payload, browser):
    svg = qr_svg(epc_qr(payload), title="EPC QR code")
    assert decode_svg(svg, browser=browser) == [payload]


@pytest.mark.browser
def test_version_13_decodes(browser):
    payload = "é" * 165 + "X"  # 331 bytes in UTF-8
    qrcode = epc_qr(payload)
    assert qrcode.version == MAX_QR_VERSION
    assert decode_svg(qr_svg(qrcode, title="t"), browser=browser) == [payload]


@given(
    st.fixed_dictionaries(
        {},
        optional={field: st.text() for field in ("name", "iban", "bic", "reference", "text", "purpose", "info")},
    )
)
def test_junk_text_raises_only_epc_error(junk):
    with contextlib.suppress(EPCError):
        epc_payload(**{**VALID, **junk})


# What a payment URL template must be, for every page to show its link


@pytest.mark.parametrize(
    "template, problem",
    [
        ("https://pay.example.nl/{reference}?bedrag={amount}", None),
        ("https://pay.example.nl:8443/betaal", None),
        ("https://betalen.bäcker.de/{reference}", None),
        ("http://pay.example.nl/{reference}", "must start with https://"),
        ("javascript:alert(1)//https://", "must start with https://"),
        ("https://pay.example.nl/{debtor}", "may fill in only {reference} and {amount}"),
        ("https://", "must name a host, like https://betalen.voorbeeld.nl"),
        ("https:///{reference}", "must name a host, like https://betalen.voorbeeld.nl"),
        ("https://?x={reference}", "must name a host, like https://betalen.voorbeeld.nl"),
        ("https://[::1/{reference}", "is not a valid web address: Invalid IPv6 URL"),
        ("https://pay.example.nl:99999/", "is not a valid web address: Port out of range 0-65535"),
        ("https://pay.example.nl:abc/", "is not a valid web address: Port could not be cast to integer value as 'abc'"),
        ("https://bank.nl@evil.example/{reference}", "must not hold a user name or password"),
        ("https://{reference}.pay.example.nl/", "may fill in {reference} and {amount} only after the host name"),
        ("https://pay.example.nl/{reference}?x=a b", "must not hold spaces (write %20)"),
        ("https://pay..example.nl/", "has a host name that is not valid (pay..example.nl)"),
        ("https://-x.nl/", "has a host name that is not valid (-x.nl): a name like betalen.voorbeeld.nl"),
        (
            "https://betalen/{reference}",
            "has a host name that is not valid (betalen): a name like betalen.voorbeeld.nl",
        ),
        ("https://pay.example.nl/{reference", "has a { or } that is not part of {reference} or {amount}"),
        ("https://pay.example.nl/{{reference}}", "has a { or } that is not part of {reference} or {amount}"),
        ("https://pay.example.nl/%zz", "has a % not followed by two hexadecimal digits (write a % itself as %25)"),
        ("https://192.0.2.10/{reference}", None),
    ],
)
def test_payment_url_problem(template, problem):
    assert payment_url_problem(template) == problem


def test_a_payment_link_always_has_a_host_to_show():
    with pytest.raises(ValueError, match="payment_url: must name a host"):
        payment_link("https://", reference="RF18539007547034", amount=Decimal("1"))


@pytest.mark.parametrize(
    "iban, bic", [("NL91ABNA0417164300", None), ("LC55HEMM000100010012001200023015", "DEUTDEFF500")]
)
def test_a_name_of_max_name_bytes_fits_every_payload_for_the_account(iban, bic):
    room = max_name_bytes(iban=iban, bic=bic)
    name = "😀" * (room // 4) + "a" * (room % 4)
    longest = rf_reference("9" * 21)
    assert len(name.encode()) == room
    epc_qr(epc_payload(name=name, iban=iban, bic=bic, amount=Decimal("999999999.99"), reference=longest))
    with pytest.raises(EPCError, match="payload: must be at most 331 bytes"):
        epc_payload(name=name + "a", iban=iban, bic=bic, amount=Decimal("999999999.99"), reference=longest)
