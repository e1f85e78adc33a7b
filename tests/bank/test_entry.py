"""incasso.bank.entry: what one place of a return says it takes back, and whether two places agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from incasso.bank.entry import credit_said, places_agree

D = Decimal
RETURN = D("152.50")


@pytest.mark.parametrize(
    ("named", "charges", "credit"),
    [
        (D("150.00"), None, D("150.00")),
        (None, D("2.50"), D("150.00")),
        (D("150.00"), D("3.00"), D("150.00")),  # the original amount first (whether the two add up is `contradicted`)
        (None, None, None),
    ],
)
def test_a_place_says_its_original_amount_else_the_return_less_its_charges(named, charges, credit):
    assert credit_said(RETURN, named, charges) == credit


@pytest.mark.parametrize(
    ("one", "other", "agree"),
    [
        ((D("150.00"), None), (None, D("2.50")), True),  # the same credit in other words
        ((D("150.00"), None), (D("150.00"), None), True),
        ((D("150.00"), None), (None, D("3.00")), False),  # 150.00 against 149.50
        ((D("140.00"), None), (D("150.00"), None), False),
        ((RETURN, None), (None, D("2.50")), True),  # the return's own amount: its charges booked apart
        ((None, D("2.50")), (RETURN, None), True),  # either way round
        ((RETURN, None), (D("150.00"), None), False),  # two original amounts that differ are two credits
        ((None, None), (D("150.00"), None), False),  # one saying nothing is no agreement (the reader asks both say one)
    ],
)
def test_two_places_agree_when_they_say_the_same_credit(one, other, agree):
    assert places_agree(RETURN, one, other) is agree
    assert places_agree(RETURN, other, one) is agree
