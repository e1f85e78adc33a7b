"""What staff must know about the rate table behind a set of claims."""

from __future__ import annotations

from collections.abc import Iterable

from incasso.claims.claim import Claim
from incasso.law.interest import rate_notices
from incasso.law.rates import RateNotice


def claims_rate_notices(claims: Iterable[Claim]) -> tuple[RateNotice, ...]:
    """What staff must know about the rates behind these claims' interest (see law.rates.RateNotice)."""
    return rate_notices(line for c in claims for b in c.settlement.invoices for line in b.interest_lines)
