"""Collection costs by the statutory staffel (Besluit vergoeding buitengerechtelijke incassokosten)."""

from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incasso.law.costs import at_the_minimum, collection_costs, cost_calculation, lowered_by_a_part


@pytest.mark.parametrize(
    "principal, costs",
    [
        # the examples in domain.md
        ("200", "40.00"),
        ("2500", "375.00"),
        ("3000", "425.00"),
        ("10000", "875.00"),
        ("12000", "895.00"),
        # the band edges: 15% of 2,500; +10% of 2,500; +5% of 5,000; +1% of 190,000
        ("266.66", "40.00"),  # 15% is 39.999: the minimum applies
        ("266.67", "40.00"),  # 40.0005 rounds down to 40.00
        ("1000", "150.00"),
        ("5000", "625.00"),
        ("200000", "2775.00"),
        # above 200,000: 0.5%
        ("300000", "3275.00"),
        ("200000.01", "2775.00"),  # 2775.00005
        ("999999.99", "6774.99"),  # 6774.99995: down, never up to the maximum
        # the maximum
        ("1000000", "6775.00"),
        ("5000000", "6775.00"),
        ("999999999.99", "6775.00"),
    ],
)
def test_staffel(principal, costs):
    assert collection_costs(Decimal(principal)) == Decimal(costs)


@pytest.mark.parametrize(
    "principal, costs",
    [
        # No more than the staffel may be charged (to a consumer above all): a fraction of a cent is dropped.
        ("333.37", "50.00"),  # 50.0055
        ("333.33", "49.99"),  # 49.9995
        ("2500.05", "375.00"),  # 375 + 0.005 (the lawyer's review, finding 8: was 375.01)
        ("1234.56", "185.18"),  # 185.184
        ("1345.65", "201.84"),  # 201.8475
    ],
)
def test_rounded_down_to_cents(principal, costs):
    assert collection_costs(Decimal(principal)) == Decimal(costs)


@pytest.mark.parametrize("principal", ["0.01", "1", "100", "266.66"])
def test_the_minimum_is_40(principal):
    assert collection_costs(Decimal(principal)) == Decimal("40.00")


@pytest.mark.parametrize("principal", ["0", "0.00", "-1", "-5000"])
def test_no_principal_no_costs(principal):
    assert collection_costs(Decimal(principal)) == Decimal("0.00")


def test_the_result_is_a_decimal_in_cents():
    costs = collection_costs(Decimal("1234.56"))
    assert type(costs) is Decimal
    assert costs.as_tuple().exponent == -2


principals = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000000"), places=2)


@given(principals, principals)
def test_monotone_in_the_principal(a, b):
    low, high = sorted((a, b))
    assert collection_costs(low) <= collection_costs(high)


@given(principals)
def test_between_minimum_and_maximum(principal):
    assert Decimal("40") <= collection_costs(principal) <= Decimal("6775")


@given(principals)
def test_never_more_than_15_percent_above_the_minimum(principal):
    costs = collection_costs(principal)
    assert costs == Decimal("40.00") or costs <= principal * Decimal("0.15")


@given(principals)
def test_never_more_than_the_staffel(principal):
    """Within the minimum and the maximum, the costs are the staffel's exact amount or up to a cent less."""
    costs, exact = collection_costs(principal), _exact_scale(principal)
    if Decimal(40) < costs < Decimal(6775):
        assert exact - Decimal("0.01") < costs <= exact


@given(
    st.decimals(min_value=Decimal("5.00"), max_value=Decimal("100000.00"), places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1.00"), places=2),
)
def test_a_part_lowers_the_costs_exactly_when_the_scale_gives_less_for_less(principal, share):
    """What the statement and the final notice promise ("a part paid in time lowers the costs"), checked
    against the scale: some part that leaves the chase minimum (5.00) open gives lower costs, or none does."""
    costs = collection_costs(principal)
    left = max(Decimal("5.00"), (principal * share).quantize(Decimal("0.01")))
    if not lowered_by_a_part(costs, Decimal("5.00"), vat=False):
        assert collection_costs(left) == costs  # the minimum: no part (leaving 5.00 or more) lowers it
    else:
        assert collection_costs(Decimal("5.00")) < costs  # paying all but 5.00 lowers it


def test_at_the_minimum_a_part_does_not_lower_the_costs():
    assert collection_costs(Decimal("189.00")) == Decimal("40.00")
    assert not lowered_by_a_part(Decimal("40.00"), Decimal("5.00"), vat=False)
    assert lowered_by_a_part(collection_costs(Decimal("1250.00")), Decimal("5.00"), vat=False)


@pytest.mark.parametrize(
    ("principal", "minimum"),
    [
        ("0", False),
        ("0.01", True),
        ("150", True),
        ("266.63", True),
        ("266.64", True),  # 39.996: less than the minimum, which sets the costs (shown as 39.99, not 40.00)
        ("266.66", True),  # 39.999
        ("266.67", False),  # 40.0005
        ("2500", False),
    ],
)
def test_at_the_minimum_when_the_scale_comes_to_less_than_it(principal, minimum):
    assert at_the_minimum(Decimal(principal)) is minimum
    if minimum:
        assert collection_costs(Decimal(principal)) == Decimal("40.00")


def _exact_scale(principal: Decimal) -> Decimal:
    """The scale's percentages over the principal, unrounded, written out from the Besluit's table."""
    bands = [(Decimal(2500), "0.15"), (Decimal(5000), "0.10"), (Decimal(10000), "0.05"), (Decimal(200000), "0.01")]
    total, lower = Decimal(0), Decimal(0)
    for upper, rate in bands:
        total += max(min(principal, upper) - lower, Decimal(0)) * Decimal(rate)
        lower = upper
    return total + max(principal - lower, Decimal(0)) * Decimal("0.005")


@given(principals)
def test_the_steps_shown_add_up_to_the_scale_rounded_once(principal):
    """The page shows each band's amount in cents: their sum is the scale rounded once, down, and
    within the minimum and the maximum it is the costs charged."""
    calculation = cost_calculation(principal)
    assert calculation.scale == sum((step.amount for step in calculation.steps), Decimal(0))
    assert calculation.scale == _exact_scale(principal).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    assert sum(step.part for step in calculation.steps) == principal
    assert calculation.amount == collection_costs(principal)
    assert calculation.amount == min(max(calculation.scale, Decimal(40)), Decimal(6775))


@pytest.mark.parametrize(
    ("principal", "steps", "minimum", "maximum"),
    [
        ("200", [("0.15", "200", "30.00", True)], True, False),
        ("1345.65", [("0.15", "1345.65", "201.84", True)], False, False),
        (
            "12400",
            [
                ("0.15", "2500", "375.00", True),
                ("0.10", "2500", "250.00", False),
                ("0.05", "5000", "250.00", False),
                ("0.01", "2400", "24.00", False),
            ],
            False,
            False,
        ),
        (
            "1200000",
            [
                ("0.15", "2500", "375.00", True),
                ("0.10", "2500", "250.00", False),
                ("0.05", "5000", "250.00", False),
                ("0.01", "190000", "1900.00", False),
                ("0.005", "1000000", "5000.00", False),
            ],
            False,
            True,
        ),
    ],
)
def test_the_steps_of_the_scale(principal, steps, minimum, maximum):
    calculation = cost_calculation(Decimal(principal))
    assert [(s.rate, s.part, s.amount, s.first) for s in calculation.steps] == [
        (Decimal(r), Decimal(p), Decimal(a), f) for r, p, a, f in steps
    ]
    assert (calculation.at_minimum, calculation.at_maximum) == (minimum, maximum)


@pytest.mark.parametrize(
    ("first", "then", "parts"),
    [("100.00", "100.0", ["100.0"]), ("3000.00", "3000", ["2500", "500"]), ("0.00", "-0.00", [])],
)
def test_a_principal_asked_again_gives_its_steps_as_written(first, then, parts):
    """Worked out once a principal (BENCHMARKS.md, session 43), but an equal one written otherwise is its own."""
    assert cost_calculation(Decimal(first)) is cost_calculation(Decimal(first))
    again = cost_calculation(Decimal(then))
    assert str(again.principal) == then
    assert [str(step.part) for step in again.steps] == parts
