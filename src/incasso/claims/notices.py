"""What staff must know about the rate table behind a set of claims."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from incasso.claims.claim import Claim
from incasso.law.interest import rate_notices
from incasso.law.rates import RateNotice, rates_known_until
from incasso.ledger.model import Creditor, InterestChoice


def claims_rate_notices(claims: Iterable[Claim], creditor: Creditor, as_of: date) -> tuple[RateNotice, ...]:
    """What staff must know about the rates behind these claims' interest (see law.rates.RateNotice).

    Past the last known rate the notice shows whenever the creditor charges interest,
    even before any claim's interest reaches that day: the table needs its next half year.
    """
    notices = rate_notices(line for c in claims for b in c.settlement.invoices for line in b.interest_lines)
    past_table = creditor.interest == InterestChoice.STATUTORY and as_of > rates_known_until()
    if past_table and RateNotice.BEYOND_TABLE not in notices:
        notices += (RateNotice.BEYOND_TABLE,)
    return notices
