"""Where a postal address is."""

import pytest

from incasso.ledger.address import outside_netherlands
from incasso.ledger.model import DebtorContact


@pytest.mark.parametrize(
    "address, abroad",
    [
        (["Adelaarstraat 62", "3514 CE Utrecht"], False),
        (["Adelaarstraat 62", "3514 ce Utrecht"], False),  # as an export writes it
        (["Adelaarstraat 62", "3514CE Utrecht", "Nederland"], False),
        (["Rue de la Loi 155", "1040 Etterbeek", "België"], True),
        (["1234 NW Glisan St", "Portland, OR 97209", "USA"], True),  # a house number is no postcode
        (["Unit 4", "1200 SE Harbour Court", "London SE1 9GF", "United Kingdom"], True),
        (["Friedrichstraße 43", "10117 Berlin"], True),
        (["Dorpsstraat 1, 1234 AB Ergens"], False),  # one text, its brackets forgotten: its parts are lines
        (["Rue de la Loi 16, 1000 Bruxelles"], True),
        (["Dorpsstraat 1 1234 AB Ergens"], False),  # one text without a comma: it ends with postcode and place
    ],
)
def test_an_address_is_abroad_unless_it_ends_with_a_dutch_postcode_and_place(address, abroad):
    assert outside_netherlands(tuple(address)) is abroad
    assert DebtorContact(address=tuple(address)).is_abroad is abroad


def test_no_address_is_not_abroad():
    assert not DebtorContact().is_abroad
