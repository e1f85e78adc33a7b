"""Long lists in pages: where each page is, and the links between them.

A list longer than the overview shows goes on pages of its own, one series
per kind (a kind of work, a stage), Limits.page_rows a page: `folder/kind.html`,
then `folder/kind-2.html` and on. Paths are from the internal output's root.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from incasso.staff import formats as fmt
from incasso.staff.language import words

NEAR = 2  # the pager links the pages this close to the current one, and the first and last


@dataclass(frozen=True)
class Limits:
    """How many rows of each list the overview itself shows, and how many a page of a long list holds.

    A page of 200 rows is a few thousand elements: drawn at once (the search shows any dossier).
    """

    index_rows: int = 50  # today's work, the letters, the signals, the bank's credits
    group_rows: int = 20  # the dossiers of each stage
    page_rows: int = 200
    # The newest credits of invoices outside the ledger (staff.outside), folded on the overview: no work, so a few
    # to show what they are; a year of statements holds thousands.
    outside_rows: int = 10


T = TypeVar("T")


def page_path(folder: str, kind: str, number: int) -> str:
    """The path of page `number` (from 1) of a kind's list."""
    return f"{folder}/{kind}.html" if number == 1 else f"{folder}/{kind}-{number}.html"


def pages_of(rows: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """The rows, `size` at a time, in order (one empty page for no rows)."""
    yield rows[:size]
    for start in range(size, len(rows), size):
        yield rows[start : start + size]


def page_count(rows: int, size: int) -> int:
    return max(1, -(-rows // size))


@dataclass(frozen=True)
class PageLink:
    text: str
    href: str | None  # None: the page shown, or a gap in the numbers
    current: bool = False


@dataclass(frozen=True)
class Pager:
    """Where a page is in its series, and the way to the pages beside it."""

    label: str  # "Pagina 2 van 7"
    previous: PageLink | None
    next: PageLink | None
    pages: tuple[PageLink, ...]


def pager(folder: str, kind: str, number: int, count: int) -> Pager | None:
    """The links of page `number` of `count`; None for a list on one page."""
    if count <= 1:
        return None
    shown = sorted({1, count, *range(max(1, number - NEAR), min(count, number + NEAR) + 1)})
    pages: list[PageLink] = []
    for before, n in zip([0, *shown], shown, strict=False):
        if n - before > 1:
            pages.append(PageLink(words().PAGER["gap"], None))
        pages.append(PageLink(fmt.count(n), None if n == number else page_path(folder, kind, n), n == number))
    return Pager(
        label=words().PAGER["label"].format(number=fmt.count(number), count=fmt.count(count)),
        previous=PageLink(words().PAGER["previous"], page_path(folder, kind, number - 1)) if number > 1 else None,
        next=PageLink(words().PAGER["next"], page_path(folder, kind, number + 1)) if number < count else None,
        pages=tuple(pages),
    )
