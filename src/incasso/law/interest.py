"""Statutory interest on one invoice, period by period.

Simple interest within a year, days/365; after each full year counted from
the first day of interest, that year's interest is added to the base
(art. 6:119 lid 2 BW). Each period at one rate on one base is one line, rounded
to cents once, so that the lines a debtor reads add up to the total. Past the rate
table's last half year the last rate runs on half year by half year, each its own
period (rates.carried_on), so that the row added for it later at the same rate
changes no line, and no figure a letter already stated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from incasso.law.money import ZERO, cents
from incasso.law.rates import Rate, RateNotice, carried_on, half_year_end, rates_known_until
from incasso.law.tables import DAYS_IN_YEAR
from incasso.records import init_by_slots


@init_by_slots
@dataclass(frozen=True, slots=True)  # slots: some 2.6 lines a debtor, each kept with its claim
class InterestLine:
    invoice: str
    start: date
    end: date  # inclusive
    base: Decimal
    percent: Decimal
    amount: Decimal
    confirmed: bool  # False also for a rate carried on past the table (`carried`): both are assumed
    capitalised: Decimal = ZERO  # of `base`, earlier years' interest added to it (art. 6:119 lid 2 BW)
    carried: bool = False  # after the rate table's last half year: its last rate, carried on

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
    """The rate for `day`; after the last row's half year, its rate carried on (rates.carried_on)."""
    current = None
    for rate in rates:
        if rate.start <= day:
            current = rate
    if current is None:
        raise ValueError(f"no statutory interest rate is known for {day}")
    return carried_on(current, day) if current is rates[-1] and day > half_year_end(current.start) else current


def rate_ends(rates: tuple[Rate, ...], rate: Rate) -> date:
    """The last day `rate` runs: the day before the next row, or for the last row (and beyond it) the end of
    its half year, where a row added for the next half year would end it: the same lines with it as without."""
    following = next((r.start for r in rates if r.start > rate.start), None)
    return following - timedelta(days=1) if following is not None else half_year_end(rate.start)


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
            end = min(until, year_end, rate_ends(self.rates, rate))
            base = principal + self.capitalised
            if base > 0:
                amount = cents(base * rate.percent / 100 * ((end - start).days + 1) / DAYS_IN_YEAR)
                self.lines.append(
                    InterestLine(
                        self.invoice,
                        start,
                        end,
                        base,
                        rate.percent,
                        amount,
                        rate.confirmed,
                        capitalised=self.capitalised,
                        carried=rate.carried,
                    )
                )
                self.running += amount
            self.accrued_until = end
            if end == year_end:  # a full year: its interest joins the base
                self.capitalised += self.running
                self.running = ZERO

    def day_after(self, principal: Decimal, today: date) -> Decimal:
        """What the day after `today` (counted up to: `accrue`) adds on `principal`, unrounded: as `accrue` counts
        that day (the same base, earlier years' interest in it, the rate of that day, days/365), before the one
        rounding of its line. Not to the cent: a line is rounded once over all its days, so the next day's increase
        of the total is this rounded up or down, by up to a cent; N days add N times this within a cent a line.
        Zero when no interest runs that day: not charged, nothing open, or the invoice not due by then."""
        day = today + timedelta(days=1)
        base = principal + self.capitalised
        if not self.enabled or base <= 0 or day < self.first_day:
            return ZERO
        return base * rate_on(self.rates, day).percent / 100 * 1 / DAYS_IN_YEAR

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
    if any(not line.confirmed and not line.carried for line in lines):  # a row of the file marked so
        notices.append(RateNotice.UNCONFIRMED)
    if any(line.carried or line.end > rates_known_until() for line in lines):
        notices.append(RateNotice.BEYOND_TABLE)
    return tuple(notices)
