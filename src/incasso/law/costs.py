"""Extrajudicial collection costs by the statutory scale (staffel)."""

from __future__ import annotations

from decimal import Decimal

from incasso.law.money import ZERO, cents
from incasso.law.tables import COST_BANDS, COST_MAXIMUM, COST_MINIMUM


def collection_costs(principal: Decimal) -> Decimal:
    """The costs the scale allows over a (summed) outstanding principal.

    Applied once over the principals covered by one demand; no principal, no costs.
    """
    if principal <= 0:
        return ZERO
    return cents(min(max(_scale(principal), COST_MINIMUM), COST_MAXIMUM))


def at_the_minimum(principal: Decimal) -> bool:
    """Whether the costs over `principal` are the minimum because the scale's percentages come to less:
    a reader who works out 15 % of it must be told why the figure is higher."""
    return principal > 0 and _scale(principal) < COST_MINIMUM


def _scale(principal: Decimal) -> Decimal:
    """The scale's percentages over `principal`, before its minimum and maximum."""
    total = Decimal(0)
    lower = Decimal(0)
    for upper, rate in COST_BANDS:
        part = (principal if upper is None else min(principal, upper)) - lower
        if part <= 0:
            break
        total += part * rate
        if upper is None:
            break
        lower = upper
    return total


def lowered_by_a_part(costs: Decimal, chase_minimum: Decimal) -> bool:
    """Whether paying part of the principal in time can lower `costs`: not when they are the scale's
    minimum already (a part leaving the chase minimum or more open still owes that minimum)."""
    return costs > collection_costs(chase_minimum)
