"""tel: and mailto: links, the one way every page builds them."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from incasso.contact import dialled_from_abroad, mailto_link, tel_link


@pytest.mark.parametrize(
    "phone, link",
    [
        ("+31 30 123 45 67", "tel:+31301234567"),
        ("0800-8115", "tel:08008115"),  # the debt-help lines are written with a dash; reached from NL only
        ("0900-8020", "tel:09008020"),
        ("030 123 45 67", "tel:+31301234567"),  # national form: dialled from abroad or a foreign SIM too
        ("+31 (0)30 204 18 60", "tel:+31302041860"),  # the (0) is not dialled after the country code
        ("0031 (0)30 204 18 60", "tel:+31302041860"),
        ("06 12345678", "tel:+31612345678"),
        ("0049 30 1234567", "tel:+49301234567"),
        ("+31 30 6666666", "tel:+31306666666"),
        ("+31 030 204 18 60", "tel:+31302041860"),  # the national 0 written after the country code
        ("0031 030 204 18 60", "tel:+31302041860"),
        ("+39 06 1234 5678", "tel:+390612345678"),  # Italy dials its 0: only the Dutch one is dropped
    ],
)
def test_tel_keeps_the_digits_and_a_leading_plus(phone, link):
    assert tel_link(phone) == link


def test_mailto_encodes_subject_and_body():
    assert mailto_link("a@b.nl", "Vraag & kenmerk", "Regel 1\nRegel 2") == (
        "mailto:a@b.nl?subject=Vraag%20%26%20kenmerk&body=Regel%201%0ARegel%202"
    )


@pytest.mark.parametrize(
    "subject, body, link",
    [
        (None, None, "mailto:henk@example.nl"),
        ("Kenmerk RF12", None, "mailto:henk@example.nl?subject=Kenmerk%20RF12"),
        (None, "Hallo", "mailto:henk@example.nl?body=Hallo"),
    ],
)
def test_mailto_leaves_out_what_is_not_given(subject, body, link):
    assert mailto_link("henk@example.nl", subject, body) == link


@pytest.mark.parametrize(
    "address, subject, body",
    [
        ("a@b.nl?bcc=c@d.nl", None, None),
        ("a@b.nl", "x&bcc=c@d.nl", "y\r\nBcc: c@d.nl"),
        ("a%0D%0Abcc@b.nl", "100% #1", "?body=z"),
        ("a&cc=c@d.nl", "€ é", "regel\nregel"),
    ],
)
def test_mailto_encodes_every_part_so_none_adds_a_header(address, subject, body):
    link = mailto_link(address, subject, body)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == address
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert set(fields) <= {"subject", "body"}
    assert fields.get("subject", [None]) == [subject]
    assert fields.get("body", [None]) == [body]
    assert re.fullmatch(r"mailto:[A-Za-z0-9_.~%@-]+(\?[A-Za-z0-9_.~%=&-]+)?", link)


@given(address=st.text(), subject=st.text(), body=st.text())
@example(address="a@b.nl", subject="~_.-!*'()", body="\x00\x7f\x80ÿ€😀 %25")
def test_mailto_encodes_as_urllib_quote_does(address, subject, body):
    """The links as urllib.parse.quote made them, byte for byte."""
    fields = [f"{name}={quote(value, safe='')}" for name, value in (("subject", subject), ("body", body)) if value]
    expected = f"mailto:{quote(address, safe='@')}" + ("?" + "&".join(fields) if fields else "")
    assert mailto_link(address, subject, body) == expected


def test_a_lone_surrogate_is_refused_as_quote_refuses_it():
    with pytest.raises(UnicodeEncodeError):
        quote("\ud800", safe="")
    with pytest.raises(UnicodeEncodeError):
        mailto_link("a@b.nl", "\ud800")


@pytest.mark.parametrize(
    "phone, dialled",
    [
        ("050 311 22 33", "+31 50 311 22 33"),  # dialled in Belgium as written, 050 is Bruges
        ("030-1234567", "+31 30-1234567"),
        ("06 12 34 56 78", "+31 6 12 34 56 78"),
        ("0031 30 123 45 67", "+31 30 123 45 67"),
        ("+31 30 123 45 67", "+31 30 123 45 67"),
        ("+32 2 555 12 12", "+32 2 555 12 12"),
        ("0800-8115", "0800-8115"),  # a free number is reached from the Netherlands only: as written
        ("0900 1234", "0900 1234"),
        ("+31 (0)30 123 45 67", "+31 30 123 45 67"),  # the national 0 is not dialled after the country code
        ("+31 030 123 45 67", "+31 30 123 45 67"),
        ("00 31 30 123 45 67", "+31 30 123 45 67"),
    ],
)
def test_a_dutch_number_reads_as_dialled_from_abroad(phone, dialled):
    assert dialled_from_abroad(phone) == dialled
    assert tel_link(dialled) == tel_link(phone)  # the link dialled the same number already
