"""The statutory interest rates, per half year, each with its source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


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


def rates_for(debtor_type: str) -> tuple[Rate, ...]:
    return STATUTORY_RATES if debtor_type == "consumer" else COMMERCIAL_RATES


def rate_notices(lines) -> tuple[str, ...]:
    """What staff must know about the rates behind these interest lines: `unconfirmed`
    (a rate marked not confirmed in law.py) and `beyond_table` (a day after RATES_KNOWN_UNTIL)."""
    lines = list(lines)
    notices = []
    if any(not line.confirmed for line in lines):
        notices.append("unconfirmed")
    if any(line.end > RATES_KNOWN_UNTIL for line in lines):
        notices.append("beyond_table")
    return tuple(notices)


RATE_NOTICES = {
    "unconfirmed": "some statutory interest rates used are marked 'not confirmed' in incasso/law/rates.py: "
    "check them against the published rates",
    "beyond_table": f"no statutory interest rate is known after {RATES_KNOWN_UNTIL}: interest after it is "
    "counted at the last known rate; add the new rates to incasso/law/rates.py",
}
