"""What staff must know about the rate table behind a set of claims."""

from __future__ import annotations

from collections.abc import Iterable

from incasso.claims.claim import Claim
from incasso.law.rates import rate_notices


def claims_rate_notices(claims: Iterable[Claim]) -> tuple[str, ...]:
    return rate_notices(line for c in claims for b in c.settlement.invoices for line in b.interest_lines)
