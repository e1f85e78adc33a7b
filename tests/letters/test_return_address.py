"""The forms the creditor's return address may take above the recipient, in the order the renderer tries them."""

from __future__ import annotations

import pytest

from incasso.letters.return_address import is_desk_line, return_address_forms

NAME = "Installatietechniek Vaartsche Rijn B.V."


@pytest.mark.parametrize(
    "line, desk",
    [
        ("t.a.v. Debiteurenbeheer", True),
        ("T.a.v. mw. Bosman", True),
        ("tav Debiteurenbeheer", True),
        ("Ter attentie van de administratie", True),
        ("Attn: Accounts receivable", True),
        ("For the attention of Accounts", True),
        ("Vlampijpstraat 48", False),
        ("Tavernestraat 3", False),  # a street that starts like it
        ("Postbus 1234", False),
        ("3534 AR Utrecht", False),
    ],
)
def test_a_desk_line_is_told_from_a_line_the_post_needs(line, desk):
    assert is_desk_line(line) is desk


def test_the_forms_are_one_line_whole_then_without_the_desk_then_two_lines_where_there_is_room():
    address = ("t.a.v. Debiteurenbeheer", "Vlampijpstraat 48", "3534 AR Utrecht")
    whole = f"{NAME}, t.a.v. Debiteurenbeheer, Vlampijpstraat 48, 3534 AR Utrecht"
    short = f"{NAME}, Vlampijpstraat 48, 3534 AR Utrecht"
    assert return_address_forms(NAME, address, 1) == [(whole,), (short,)]
    assert return_address_forms(NAME, address, 2) == [
        (whole,),
        (short,),
        (NAME, "t.a.v. Debiteurenbeheer, Vlampijpstraat 48, 3534 AR Utrecht"),
        (NAME, "Vlampijpstraat 48, 3534 AR Utrecht"),
    ]


def test_an_address_without_a_desk_line_has_one_form_per_shape_and_none_without_an_address():
    address = ("Vlampijpstraat 48", "3534 AR Utrecht")
    assert return_address_forms(NAME, address, 1) == [(f"{NAME}, Vlampijpstraat 48, 3534 AR Utrecht",)]
    assert return_address_forms(NAME, ("t.a.v. Debiteurenbeheer",), 1) == [(f"{NAME}, t.a.v. Debiteurenbeheer",)]
    assert return_address_forms(NAME, (), 2) == []
