"""Money: Decimal euros, and the one place where amounts are rounded."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """Round to whole cents, half up (commercial rounding, as on invoices)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def cents_down(amount: Decimal) -> Decimal:
    """Round down to whole cents: for an amount the law caps (the staffel's collection costs), so that the
    fraction of a cent is never charged above the cap."""
    return amount.quantize(CENT, rounding=ROUND_DOWN)


def plain(amount: Decimal) -> str:
    """Two decimals with a dot, for exports and payment links: 1250.50."""
    return f"{cents(amount):.2f}"
