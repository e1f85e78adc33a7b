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
    return cents(min(max(total, COST_MINIMUM), COST_MAXIMUM))


def lowered_by_a_part(costs: Decimal, chase_minimum: Decimal) -> bool:
    """Whether paying part of the principal in time can lower `costs`: not when they are the scale's
    minimum already (a part leaving the chase minimum or more open still owes that minimum)."""
    return costs > collection_costs(chase_minimum)
