"""Missing statements: where a statement's opening balance is not the closing balance before it.

A statement that is not in bank/ holds payments nobody counts, while every page
says the payments up to the latest statement's day are processed. A bank's
statements chain by their balances: each opens with what the one before it
closed with. So, walking the creditor's statements in order, a statement that
starts after the days already covered and opens with another balance than the
statement covering the last of them closed with has days missing before it.
One that starts within the days covered (a day exported again, a day's
statement beside the month's, exports of overlapping periods) leaves no day
out, whatever it opens with. Dates alone cannot tell: banks write no
statement for a day without bookings. Balances cannot tell either when the
bookings of the missing days net to nothing (an account swept to a fixed
balance each day): that is the method's limit, and the docs say so.
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

    Statements without both balances or a day cannot be chained and are left out. Statements of the same days
    keep the order they were read in (bank.folder: a copy right after its original), so that a gap names the one
    that counts as the statement before it, not a copy whose entries were skipped.
    """
    chained = sorted(
        (s for s in statements if s.opening is not None and s.closing is not None and s.until is not None),
        key=_period,
    )
    found: list[Gap] = []
    latest: Statement | None = None  # the statement covering the latest day so far
    for statement in chained:
        opening = _balances(statement)[0]
        if latest is not None and not _within(statement, latest):
            closing = _balances(latest)[1]
            if opening != closing:
                found.append(Gap(statement, _until(latest), latest, opening, closing))
        if latest is None or _until(statement) > _until(latest):
            latest = statement
    return found


def _period(statement: Statement) -> tuple[date, date]:
    return (statement.opened or _until(statement), _until(statement))


def _within(statement: Statement, latest: Statement) -> bool:
    """Whether `statement` starts within the days already covered, so that no day lies between them.

    Its opening balance's day is the statement's first day, or (as some banks date it) the day
    before: either way, on or before the last day covered means no day was left out.
    """
    starts = statement.opened or _until(statement)
    return starts <= _until(latest)


def _balances(statement: Statement) -> tuple[Decimal, Decimal]:
    if statement.opening is None or statement.closing is None:  # left out by gaps()
        raise ValueError(f"{statement.source}: a statement without its balances cannot be chained")
    return statement.opening, statement.closing


def _until(statement: Statement) -> date:
    if statement.until is None:  # left out by gaps()
        raise ValueError(f"{statement.source}: a statement without a day cannot be chained")
    return statement.until
