"""What payments naming invoices disputed apart keep for them until the answer (claims.settlement `_keep_apart`).

A payment naming one disputed invoice keeps money for it alone; one naming several keeps it for them together,
as how much is whose is what the disputes are about. The staff dossier, claims.json and the overview read it
from here, so that they never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from incasso.claims.settlement import Allocation, Settlement, Share
from incasso.law.money import ZERO


@dataclass(frozen=True, slots=True)
class Kept:
    """What is kept for one disputed invoice: for it alone, and with the other disputed invoices payments
    named with it (the others, in the order the first such payment named them; the amount for them all)."""

    alone: Decimal = ZERO
    together: tuple[tuple[tuple[str, ...], Decimal], ...] = ()


def kept_shares(settlement: Settlement) -> list[Allocation]:
    """Every share of a payment kept for disputed invoices, in the payments' order."""
    return [a for applied in settlement.payments for a in applied.allocations if a.to == Share.DISPUTED]


def kept_for(settlement: Settlement, number: str) -> Kept:
    """What payments naming invoice `number` (disputed apart) keep for it. Payments naming the same other
    invoices with it, in whatever order, keep for one group: it is one question for whoever answers."""
    alone = ZERO
    together: dict[frozenset[str], tuple[tuple[str, ...], Decimal]] = {}
    for share in kept_shares(settlement):
        if number not in share.kept_for:
            continue
        others = tuple(dict.fromkeys(n for n in share.kept_for if n != number))
        if not others:
            alone += share.amount
            continue
        named, amount = together.get(frozenset(others), (others, ZERO))
        together[frozenset(others)] = (named, amount + share.amount)
    return Kept(alone, tuple(together.values()))


def kept_in_all(settlement: Settlement) -> Decimal:
    """All that payments keep for the invoices disputed apart, each share once (one kept for two invoices
    together is not counted twice): money received that none of the claim's figures count yet."""
    return sum((share.amount for share in kept_shares(settlement)), ZERO)
