"""Missing statements: where one statement's opening balance follows no earlier closing balance.

A statement that is not in bank/ holds payments nobody counts, while every page
says the payments up to the latest statement's day are processed. A bank's
statements chain by their balances: each opens with what the one before it
closed with. So, walking the creditor's statements from the earliest, a
statement whose opening balance no statement before it closed with has days
missing before it, unless it lies wholly within days already covered (a day
exported again, or a day's statement beside the month's). Dates alone cannot
tell: banks write no statement for a day without bookings, and they date an
opening balance on the day itself or on the day before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from incasso.bank.entry import Statement


@dataclass(frozen=True)
class Gap:
    """Days missing before `statement`: the statements read cover `last_day`, then nothing until it."""

    statement: Statement  # the first statement after the missing days
    last_day: date  # the last day the statements before the gap cover
    previous: Statement  # the statement that covers it
    opening: Decimal  # what `statement` opens with
    closing: Decimal  # what `previous` closes with

    @property
    def missing_from(self) -> date:
        return self.last_day + timedelta(days=1)


def gaps(statements: list[Statement]) -> list[Gap]:
    """The gaps in `statements` (one account and currency), earliest first.

    Statements without both balances or a day cannot be chained and are left out.
    """
    chained = sorted(
        (s for s in statements if s.opening is not None and s.closing is not None and s.until is not None),
        key=_period,
    )
    found: list[Gap] = []
    reached: set[Decimal] = set()  # every balance a statement walked so far closed with
    latest: Statement | None = None  # the statement covering the latest day so far
    for statement in chained:
        opening, closing = _balances(statement)
        if latest is not None and opening not in reached and not _within(statement, latest):
            found.append(Gap(statement, _until(latest), latest, opening, _balances(latest)[1]))
        reached.add(closing)
        if latest is None or _until(statement) > _until(latest):
            latest = statement
    return found


def _period(statement: Statement) -> tuple[date, date, str, int]:
    return (statement.opened or _until(statement), _until(statement), statement.source.path, statement.source.line)


def _within(statement: Statement, latest: Statement) -> bool:
    """Whether `statement` covers no day after those already covered (a re-export of past days)."""
    return _until(statement) <= _until(latest)


def _balances(statement: Statement) -> tuple[Decimal, Decimal]:
    if statement.opening is None or statement.closing is None:  # left out by gaps()
        raise ValueError(f"{statement.source}: a statement without its balances cannot be chained")
    return statement.opening, statement.closing


def _until(statement: Statement) -> date:
    if statement.until is None:  # left out by gaps()
        raise ValueError(f"{statement.source}: a statement without a day cannot be chained")
    return statement.until
