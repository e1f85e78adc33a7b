"""The business's calendar: today in Amsterdam, the days the law and the post do not count.

"Today" is a day in Amsterdam, not on the build machine. A term set by law
that ends on a Saturday, Sunday or generally recognised holiday runs on to the
next day that is none of these (Algemene termijnenwet, art. 1 lid 1); PostNL
delivers no letters on Sundays, Mondays and holidays, and collects none at the
weekend or on a holiday. The holidays are the maintained `holidays` package's
Dutch public holidays, completed with what the Algemene termijnenwet adds
(tables.ATW_EVERY_YEAR, tables.ATW_DECREE_DAYS).
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from incasso.law.tables import (
    ATW_DECREE_DAYS,
    ATW_EVERY_YEAR,
    HOLIDAY_NAMES_EN,
    POSTAL_COLLECTION_WEEKDAYS,
    POSTAL_DELIVERY_WEEKDAYS,
)

TIMEZONE = "Europe/Amsterdam"
_SATURDAY = 5


def today() -> date:
    return datetime.now(ZoneInfo(TIMEZONE)).date()


def build_moment() -> datetime:
    """The moment a build is made, in Amsterdam, to the second: SOURCE_DATE_EPOCH when it is set (the
    reproducible-builds.org convention: a build asked to come out the same bytes names its time), else
    the clock."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(pinned), UTC) if pinned.isdigit() else datetime.now(UTC)
    return moment.astimezone(ZoneInfo(TIMEZONE)).replace(microsecond=0)


@lru_cache(maxsize=64)
def _holidays_in(year: int) -> frozenset[date]:
    """The Atw's generally recognised holidays of one year (art. 3), as dates.

    The `holidays` package's NL public holidays are the Atw's list (New Year's
    Day, Good Friday (art. 3 lid 2), Easter Monday, King's Day as celebrated,
    Ascension Day, Whit Monday, both Christmas days; Easter and Whit Sunday are
    Sundays anyway), except that it has Liberation Day only every fifth year,
    as most employers give it: the Atw names 5 May every year.
    """
    days = set(holidays.country_holidays("NL", years=year))
    days.update(date(year, month, day) for month, day in ATW_EVERY_YEAR)
    days.update(day for day in ATW_DECREE_DAYS if day.year == year)
    return frozenset(days)


@lru_cache(maxsize=64)
def _holiday_names(year: int, language: str) -> dict[date, str]:
    """The `holidays` package's names of one year's Dutch holidays in `language`, 5 May every year among them (its
    optional category has Liberation Day in the years its public one leaves it out)."""
    found = holidays.country_holidays("NL", years=year, language=language, categories=("public", "optional"))
    return dict(found.items())


def holiday_name(day: date, language: str) -> str | None:
    """The name of the holiday `day` is, in `language` ("nl", or "en_NL": English as used in the Netherlands); None
    when it is none, or is one only by royal decree (ATW_DECREE_DAYS: a Friday after Ascension Day has no name of its
    own). Dutch as the `holidays` package names it; English as a reader of English in the Netherlands knows it
    (tables.HOLIDAY_NAMES_EN: "Second Christmas Day", not the package's "Second Day of Christmas"), else the
    package's own English name."""
    if not is_holiday(day):
        return None
    dutch = _holiday_names(day.year, "nl").get(day)
    if language == "nl" or dutch is None:
        return dutch
    return HOLIDAY_NAMES_EN.get(dutch) or _holiday_names(day.year, "en_US").get(day)


def is_holiday(day: date) -> bool:
    """Whether `day` is a generally recognised holiday or a day equal to one (Atw art. 3)."""
    return day in _holidays_in(day.year)


def is_rest_day(day: date) -> bool:
    """A Saturday, Sunday or holiday: a day on which no statutory term ends (Atw art. 1)."""
    return day.weekday() >= _SATURDAY or is_holiday(day)


@lru_cache(maxsize=64)
def _bank_holidays_in(year: int) -> frozenset[date]:
    """The days the euro's payment system (TARGET) is closed: no bank books a transfer on them."""
    return frozenset(holidays.financial_holidays("XECB", years=year))


def is_bank_day(day: date) -> bool:
    """A day banks book transfers: Monday to Friday, TARGET open (King's Day is one, Good Friday is not)."""
    return day.weekday() < _SATURDAY and day not in _bank_holidays_in(day.year)


def bank_days_between(first: date, last: date) -> int:
    """The bank days after `first` and before `last`, neither counted."""
    days = (last - first).days - 1
    return sum(1 for n in range(1, days + 1) if is_bank_day(first + timedelta(days=n)))


def term_end(last_day: date) -> date:
    """The end of a term set by law whose last day counts to `last_day`, extended by the Atw.

    Art. 1 lid 1 Algemene termijnenwet: a term that ends on a Saturday, Sunday or
    generally recognised holiday runs on to the next day that is none of these.
    """
    day = last_day
    while is_rest_day(day):
        day += timedelta(days=1)
    return day


def is_postal_delivery_day(day: date) -> bool:
    """Whether PostNL delivers letters on `day`: Tuesday to Saturday, no holiday.

    Any holiday the Atw knows counts as one without post, also those PostNL
    might work on: an assumed day of receipt may err late, never early.
    """
    return day.weekday() in POSTAL_DELIVERY_WEEKDAYS and not is_holiday(day)


def posting_day(written: date) -> date:
    """The first day on or after `written` that post is collected: Monday to Friday, no holiday.

    A letter dated on New Year's Day that falls on a Friday goes on Monday: counting its delivery
    from the day it is dated would assume it received a day early, and a final notice's term with it.
    """
    day = written
    while day.weekday() not in POSTAL_COLLECTION_WEEKDAYS or is_holiday(day):
        day += timedelta(days=1)
    return day
