"""The statutory interest rates, per half year, each with its source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


@dataclass(frozen=True)
class Rate:
    start: date
    percent: Decimal
    confirmed: bool
    source: str


_GAZETTE = "Staatscourant; rijksoverheid.nl, 'Wettelijke rente'"

# Wettelijke rente, art. 6:119 BW (non-commercial; consumers). Rates per
# Besluit wettelijke rente, as listed in ../shared/domain.md.
STATUTORY_RATES: tuple[Rate, ...] = (
    Rate(date(2023, 1, 1), Decimal("4"), True, _GAZETTE),
    Rate(date(2023, 7, 1), Decimal("6"), True, _GAZETTE),
    Rate(date(2024, 1, 1), Decimal("7"), True, _GAZETTE),
    Rate(date(2024, 7, 1), Decimal("7"), True, _GAZETTE),
    Rate(date(2025, 1, 1), Decimal("6"), True, _GAZETTE),
    Rate(date(2025, 7, 1), Decimal("6"), False, "not confirmed (domain.md)"),
    Rate(date(2026, 1, 1), Decimal("4"), False, "not confirmed (domain.md)"),
)

# Wettelijke handelsrente, art. 6:119a BW (commercial transactions): ECB
# refinancing rate + 8 points (Late Payment Directive 2011/7/EU).
COMMERCIAL_RATES: tuple[Rate, ...] = (
    Rate(date(2023, 1, 1), Decimal("10.5"), True, _GAZETTE),
    Rate(date(2023, 7, 1), Decimal("12"), True, _GAZETTE),
    Rate(date(2024, 1, 1), Decimal("12.5"), True, _GAZETTE),
    Rate(date(2024, 7, 1), Decimal("12.25"), True, _GAZETTE),
    Rate(date(2025, 1, 1), Decimal("11.15"), True, _GAZETTE),
    Rate(date(2025, 7, 1), Decimal("10.15"), False, "not confirmed (domain.md)"),
    Rate(date(2026, 1, 1), Decimal("10.15"), False, "not confirmed (domain.md)"),
)

# The last day the rate tables above are known to cover: rates are set per half
# year. Interest after it is counted at the last known rate, and the build says so.
RATES_KNOWN_UNTIL = date(2026, 6, 30)


def rates_for(consumer: bool) -> tuple[Rate, ...]:
    """The statutory rates for a consumer (art. 6:119 BW), else the commercial ones (art. 6:119a BW)."""
    return STATUTORY_RATES if consumer else COMMERCIAL_RATES


class RateNotice(StrEnum):
    """What staff must know about the rates behind a set of interest lines."""

    UNCONFIRMED = "unconfirmed"  # a rate marked not confirmed above
    BEYOND_TABLE = "beyond_table"  # a day after RATES_KNOWN_UNTIL


RATE_NOTICES = {
    RateNotice.UNCONFIRMED: "some statutory interest rates used are marked 'not confirmed' in incasso/law/rates.py: "
    "check them against the published rates",
    RateNotice.BEYOND_TABLE: f"no statutory interest rate is known after {RATES_KNOWN_UNTIL}: interest after it is "
    "counted at the last known rate; add the new rates to incasso/law/rates.py",
}
