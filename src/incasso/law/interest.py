"""Statutory interest on one invoice, period by period.

Simple interest within a year, days/365; after each full year counted from
the first day of interest, that year's interest is added to the base
(art. 6:119 lid 2 BW). Each period at one rate on one base is one line, rounded
to cents once, so that the lines a debtor reads add up to the total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from incasso.law.money import ZERO, cents
from incasso.law.rates import Rate, RateNotice, rates_known_until
from incasso.law.tables import DAYS_IN_YEAR


@dataclass(frozen=True)
class InterestLine:
    invoice: str
    start: date
    end: date  # inclusive
    base: Decimal
    percent: Decimal
    amount: Decimal
    confirmed: bool
    capitalised: Decimal = ZERO  # of `base`, earlier years' interest added to it (art. 6:119 lid 2 BW)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def anniversary(start: date, years: int) -> date:
    """The first day after `years` whole years from `start`: `start` plus the years, or for a year that
    began on 29 February and ends in a common year, 1 March (the year runs through 28 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def rate_on(rates: tuple[Rate, ...], day: date) -> Rate:
    current = None
    for rate in rates:
        if rate.start <= day:
            current = rate
    if current is None:
        raise ValueError(f"no statutory interest rate is known for {day}")
    return current


class InterestAccount:
    """Interest of one invoice: what accrued, what was added to the base, what is paid."""

    def __init__(self, invoice: str, first_day: date, rates: tuple[Rate, ...], enabled: bool):
        self.invoice = invoice
        self.first_day = first_day
        self.rates = rates
        self.enabled = enabled
        self.accrued_until = first_day - timedelta(days=1)  # last day already counted
        self.capitalised = ZERO  # earlier years' interest, now part of the base
        self.running = ZERO  # this year's interest, not yet in the base
        self.lines: list[InterestLine] = []

    @property
    def open(self) -> Decimal:
        return self.capitalised + self.running

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    def accrue(self, principal: Decimal, until: date) -> None:
        """Count interest on `principal` (plus capitalised interest) up to and including `until`."""
        if not self.enabled:
            self.accrued_until = max(self.accrued_until, until)
            return
        while self.accrued_until < until:
            start = self.accrued_until + timedelta(days=1)
            years = 0
            while anniversary(self.first_day, years + 1) <= start:
                years += 1
            year_end = anniversary(self.first_day, years + 1) - timedelta(days=1)
            rate = rate_on(self.rates, start)
            next_rate = next((r.start for r in self.rates if r.start > start), None)
            end = min(until, year_end)
            if next_rate is not None:
                end = min(end, next_rate - timedelta(days=1))
            base = principal + self.capitalised
            if base > 0:
                amount = cents(base * rate.percent / 100 * ((end - start).days + 1) / DAYS_IN_YEAR)
                self.lines.append(
                    InterestLine(self.invoice, start, end, base, rate.percent, amount, rate.confirmed, self.capitalised)
                )
                self.running += amount
            self.accrued_until = end
            if end == year_end:  # a full year: its interest joins the base
                self.capitalised += self.running
                self.running = ZERO

    def pay(self, amount: Decimal) -> Decimal:
        """Pay interest, the oldest (capitalised) first; return what is left of `amount`."""
        for part in ("capitalised", "running"):
            share = min(amount, getattr(self, part))
            setattr(self, part, getattr(self, part) - share)
            amount -= share
        return amount


def rate_notices(lines: Iterable[InterestLine]) -> tuple[RateNotice, ...]:
    """What staff must know about the rates behind these interest lines, in a fixed order."""
    lines = list(lines)
    notices = []
    if any(not line.confirmed for line in lines):
        notices.append(RateNotice.UNCONFIRMED)
    if any(line.end > rates_known_until() for line in lines):
        notices.append(RateNotice.BEYOND_TABLE)
    return tuple(notices)
