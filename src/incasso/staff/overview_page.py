"""The overview page (index.html of the internal output) as a view model.

The page is its headline figures, the notices on the rate table and its
sections in order (incasso.staff.sections); the contents list and the
summary are read from the sections, so adding one to OVERVIEW_SECTIONS adds
its link and its figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from incasso import fmt
from incasso.claims.claim import is_closed
from incasso.claims.notices import claims_rate_notices
from incasso.law.money import ZERO
from incasso.law.rates import rates_file_name, rates_known_until
from incasso.staff.bank_section import bank_section
from incasso.staff.sections import (
    Figure,
    Section,
    ageing_section,
    claims_section,
    letters_section,
    signals_section,
    today_section,
)
from incasso.staff.view import Frame, StaffBook, frame
from incasso.staff.words import RATE_NOTICE, UI

# A builder may return None: its section does not apply to these books (bank: no bank/ folder).
OVERVIEW_SECTIONS: tuple[Callable[[StaffBook], Section | None], ...] = (
    today_section,
    letters_section,
    signals_section,
    bank_section,
    ageing_section,
    claims_section,
)


@dataclass(frozen=True)
class OverviewPage:
    frame: Frame
    title: str
    notices: tuple[str, ...]
    summary: tuple[Figure, ...]
    sections: tuple[Section, ...]


def headline(book: StaffBook) -> tuple[Figure, ...]:
    """How many claims are open and what they add up to: the first figures of the summary."""
    open_claims = [r.claim for r in book.rows if not is_closed(r.claim)]
    outstanding = sum((c.total_due for c in open_claims), ZERO)
    return (Figure(UI["open_claims"], str(len(open_claims))), Figure(UI["outstanding"], fmt.money(outstanding)))


def rate_notices(book: StaffBook) -> tuple[str, ...]:
    """What staff must check in the statutory rate table before trusting the interest shown."""
    notices = claims_rate_notices((r.claim for r in book.rows if not is_closed(r.claim)), book.creditor, book.as_of)
    return tuple(RATE_NOTICE[n].format(date=fmt.day(rates_known_until()), path=rates_file_name()) for n in notices)


def overview_page(book: StaffBook) -> OverviewPage:
    """The whole overview: headline figures, rate-table notices, then every section in order."""
    sections = tuple(section for build in OVERVIEW_SECTIONS if (section := build(book)) is not None)
    return OverviewPage(
        frame=frame(book, UI["title"], root=""),
        title=UI["title"],
        notices=rate_notices(book),
        summary=headline(book) + tuple(f for s in sections for f in s.figures),
        sections=sections,
    )
