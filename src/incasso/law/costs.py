"""Extrajudicial collection costs by the statutory scale (staffel)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from incasso.law.money import ZERO, cents, cents_down
from incasso.law.tables import COST_BANDS, COST_MAXIMUM, COST_MINIMUM, COSTS_VAT_RATE
from incasso.records import init_by_slots


@init_by_slots
@dataclass(frozen=True, slots=True)
class CostStep:
    """One band of the scale as a reader checks it: `rate` over `part` of the principal gives `amount`.
    `first`: the band starts at zero ("over the first EUR 2,500"), else it follows the one before."""

    rate: Decimal
    part: Decimal
    amount: Decimal  # in cents, down: the bands' bounds are whole euros, so only the last band has fractions
    first: bool


@init_by_slots
@dataclass(frozen=True, slots=True)
class CostCalculation:
    """How the costs over `principal` come about: the scale's `steps`, their sum `scale`, `net`, that sum
    within the minimum and the maximum, the `vat` on it where the creditor charges it (policy.costs_vat),
    and `amount`, the two together. The page shows these steps, and the costs charged are this `amount`
    (collection_costs): what a debtor adds up is what they were charged."""

    principal: Decimal
    steps: tuple[CostStep, ...]
    scale: Decimal
    net: Decimal
    vat: Decimal = ZERO

    @property
    def amount(self) -> Decimal:
        return self.net + self.vat

    @property
    def at_minimum(self) -> bool:
        """Whether the steps shown add up to less than the staffel's amount: the minimum set it."""
        return self.scale < self.net

    @property
    def at_maximum(self) -> bool:
        return self.scale > self.net


def vat_on_costs(net: Decimal, vat: bool) -> Decimal:
    """The VAT on collection costs of `net` (the staffel's amount, or the minimum per late invoice) where the
    creditor charges it (`vat`: policy.costs_vat), rounded down to the cent as the staffel is: what is added
    never exceeds its rate (law.tables.COSTS_VAT_RATE)."""
    return cents_down(net * COSTS_VAT_RATE) if vat and net > 0 else ZERO


def cost_calculation(principal: Decimal, vat: bool = False) -> CostCalculation:
    """The scale applied to a (summed) outstanding principal, step by step; no principal, no costs. With
    `vat` (policy.costs_vat), the VAT on the scale's amount is added: the minimum and the maximum are the
    scale's, before VAT.

    Each band's amount is rounded down to cents: every band before the last is full, whole euros at its rate
    (exact cents), so their sum is the whole scale rounded once, down. Down, not half up: no more than the
    staffel may be charged (to a consumer: art. 6:96 lid 5 BW), and 15 % of EUR 2,500.05 is 375.005, so
    EUR 375.00 (docs/computation.md, "Money and rounding").

    Asked again of the same principal (the page, its steps, the letters, the dossier's notes: 3,276 times for
    930 principals of 1,000 debtors), it is worked out once; by the principal's sign and exponent too: 100.0 and
    100.00 are equal, but the steps show it as written."""
    written = principal.as_tuple()
    return _calculation(principal, written.sign, written.exponent, vat)


@lru_cache(maxsize=4096)
def _calculation(principal: Decimal, sign: int, exponent: int | str, vat: bool) -> CostCalculation:
    """`cost_calculation` of `principal`, written with `sign` and `exponent`: made once, immutable, shared."""
    if principal <= 0:
        return CostCalculation(principal, (), ZERO, ZERO)
    steps = []
    lower = Decimal(0)
    for upper, rate in COST_BANDS:
        part = (principal if upper is None else min(principal, upper)) - lower
        if part <= 0:
            break
        steps.append(CostStep(rate, part, cents_down(part * rate), first=lower == 0))
        if upper is None:
            break
        lower = upper
    scale = sum((step.amount for step in steps), ZERO)
    net = cents(min(max(scale, COST_MINIMUM), COST_MAXIMUM))
    return CostCalculation(principal, tuple(steps), scale, net, vat_on_costs(net, vat))


def collection_costs(principal: Decimal, vat: bool = False) -> Decimal:
    """The costs the scale allows over a (summed) outstanding principal, with the VAT on them where the
    creditor charges it (`vat`: policy.costs_vat).

    Applied once over the principals covered by one demand; no principal, no costs.
    """
    return cost_calculation(principal, vat).amount


def at_the_minimum(principal: Decimal) -> bool:
    """Whether the costs over `principal` are the minimum because the scale's percentages come to less:
    a reader who works out 15 % of it must be told why the figure is higher. Decided on the scale as the
    steps show it, rounded to cents: 15 % of EUR 266.66 is 39.999, shown as EUR 40.00, which the minimum did
    not set (the letter said it did, beside its own steps saying 15 % came to EUR 40.00)."""
    return cost_calculation(principal).at_minimum


def lowered_by_a_part(costs: Decimal, chase_minimum: Decimal, *, vat: bool) -> bool:
    """Whether paying part of the principal in time can lower `costs`: not when they are the scale's
    minimum already (a part leaving the chase minimum or more open still owes that minimum; with its VAT
    where the creditor charges it, `vat`: policy.costs_vat)."""
    return costs > collection_costs(chase_minimum, vat)
