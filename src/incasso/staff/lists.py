"""The overview's lists, put in order once from the dossiers' entries, with the figures they add up to.

A Listing is one list (today's work, the letters, the signals, the bank's
credits) in order, divided into its kinds: the overview shows its first rows
(paging.Limits), or for today's work and the signals a fair share of each
kind (`share_note`), and, when there are more, a link per kind to pages with
all of them (incasso.staff.paging). OverviewLists holds every list and sum; it
holds the entries' rows, never a claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from incasso.claims.states import ActionKind, Stage
from incasso.law.money import ZERO
from incasso.law.rates import RateNotice
from incasso.staff import formats as fmt
from incasso.staff.ageing import AgeingTable, Bucket, ageing_of
from incasso.staff.entries import Entry
from incasso.staff.language import words
from incasso.staff.overview import FLAG_KINDS, GROUP_KEYS, FlagKind
from incasso.staff.paging import page_path
from incasso.staff.rows import LetterRow, SignalRow, TaskRow
from incasso.staff.sections import KindLink, More

TODAY, LETTERS, SIGNALS = "vandaag", "brieven", "signalen"  # the sections' anchors and their pages' folders

T = TypeVar("T")


class Listing(Generic[T]):
    """One of the overview's lists in order, and its rows by kind (`labels`: every kind's name, in order).

    `share_note`: when given, the overview shows a fair share of each kind (`shares`) rather than the first
    rows, and says so in this note: a backlog of one kind (disputes waiting for weeks, hundreds of plans
    behind) would otherwise fill the overview's rows, and push the day's letters and calls, or the rarer
    signals, off it.
    """

    def __init__(
        self,
        anchor: str,
        heading: str,
        rows: Sequence[T],
        kind_of: Callable[[T], str],
        labels: Mapping[str, str],
        limit: int,
        *,
        share_note: str | None = None,
    ) -> None:
        self.anchor, self.heading, self.rows, self.labels, self.limit = anchor, heading, rows, labels, limit
        self.kind_of, self.share_note = kind_of, share_note
        kinds: dict[str, list[T]] = {kind: [] for kind in labels}
        for row in rows:
            kinds[kind_of(row)].append(row)
        self.kinds = {kind: listed for kind, listed in kinds.items() if listed}

    @property
    def shown(self) -> Sequence[T]:
        """The rows on the overview itself, in the list's order: the first ones, or each kind's share."""
        if self.share_note is None or not self.paged:
            return self.rows[: self.limit]
        left = dict(zip(self.kinds, shares([len(rows) for rows in self.kinds.values()], self.limit), strict=True))
        shown = []
        for row in self.rows:
            kind = self.kind_of(row)
            if left[kind]:
                left[kind] -= 1
                shown.append(row)
        return shown

    @property
    def paged(self) -> bool:
        """Whether the list is longer than the overview shows: then it has pages of its own, per kind."""
        return len(self.rows) > self.limit

    def title(self, kind: str) -> str:
        return words().MORE["title"].format(list=self.heading, kind=self.labels[kind])

    def links(self, current: str | None = None) -> tuple[KindLink, ...]:
        """A link per kind to its first page, with its count; the kind `current` marked."""
        return tuple(
            KindLink(self.labels[kind], fmt.count(len(rows)), page_path(self.anchor, kind, 1), kind == current)
            for kind, rows in self.kinds.items()
        )

    def more(self) -> More | None:
        """What the overview says above the rows it shows, when there are more."""
        if not self.paged:
            return None
        note = words().MORE["note"] if self.share_note is None else self.share_note
        return More(note.format(shown=fmt.count(self.limit), count=fmt.count(len(self.rows))), self.links())


def shares(sizes: Sequence[int], limit: int) -> list[int]:
    """How many rows of each kind (of `sizes` rows each) `limit` rows hold when every kind gets an equal
    share: a kind with fewer rows leaves the rest of its share to the others, and the odd rows go to the
    kinds listed first (the letters and calls, ACTION's order, before the checks; a possible payment,
    FLAG_KINDS' order, before the plans behind)."""
    taken = [0] * len(sizes)
    left = min(limit, sum(sizes))
    while left:
        for index, size in enumerate(sizes):
            if left and taken[index] < size:
                taken[index] += 1
                left -= 1
    return taken


@dataclass
class OverviewLists:
    """Every list of the overview in its order, and the figures summed over the dossiers."""

    groups: dict[str, list[Entry]]  # GROUP_KEYS order, each in its order; empty groups left out
    tasks: Listing[TaskRow]
    letters: Listing[LetterRow]
    signals: Listing[SignalRow]
    also_tasks: int  # of the signals, those that are the same matter as a task today (entries.same_matter)
    last_day_reviews: int  # the disputes whose answer is due today, on their last day: not yet too long open
    open_count: int
    outstanding: Decimal
    ageing: AgeingTable
    notices: frozenset[RateNotice]
    disputed_apart: Decimal = Decimal(0)  # besides `outstanding`: the invoices disputes hold apart, still receivables
    disputed_kept: Decimal = Decimal(0)  # what payments naming those invoices keep for them until the answer

    @property
    def total(self) -> int:
        return sum(len(members) for members in self.groups.values())


def last_day_review(entry: Entry) -> bool:
    """Whether the dossier's dispute is answered today on its last day: a task (its review is due on day
    dispute_max_days) that is no signal yet (too long open from the day after). The two lists' counts differ by
    these; the lists say so (sections.reviews_note)."""
    reviewed = any(row.kind == ActionKind.REVIEW_DISPUTE for _, row in entry.tasks)
    return reviewed and not any(row.flag.kind == FlagKind.DISPUTE_TOO_LONG for _, row in entry.signals)


def overview_lists(entries: Iterable[Entry], limit: int) -> OverviewLists:
    """The entries sorted into the overview's lists (`limit` rows of each shown): one pass, one sort per list."""
    groups: dict[str, list[Entry]] = {str(key): [] for key in GROUP_KEYS}
    tasks: list = []
    signals: list = []
    letters: list[LetterRow] = []
    ageing: list[tuple[Stage, dict[Bucket, Decimal]]] = []
    notices: set[RateNotice] = set()
    doubled = last_day = 0
    for entry in entries:
        groups[entry.group].append(entry)
        tasks += entry.tasks
        signals += entry.signals
        doubled += entry.also_tasks
        last_day += last_day_review(entry)
        letters += entry.letters
        notices.update(entry.notices)
        if not entry.closed:
            ageing.append((Stage(entry.stage), dict(entry.ageing)))
    for members in groups.values():
        members.sort(key=lambda e: e.order)
    tasks.sort(key=lambda ranked: ranked[0])
    signals.sort(key=lambda ranked: ranked[0])
    letters.sort(key=lambda r: (r.debtor.id, r.letter.name_key))
    open_entries = [e for key, members in groups.items() for e in members if not e.closed]
    return OverviewLists(
        groups={key: members for key, members in groups.items() if members},
        tasks=Listing(
            TODAY,
            words().UI["today"],
            [r for _, r in tasks],
            lambda r: r.kind,
            words().ACTION,
            limit,
            share_note=words().MORE["shares_today"],
        ),
        letters=Listing(LETTERS, words().UI["letters"], letters, lambda r: r.letter.name_key, words().LETTER, limit),
        signals=Listing(
            SIGNALS,
            words().UI["flags"],
            [r for _, r in signals],
            lambda r: r.flag.kind,
            {str(kind): words().FLAG[kind] for kind in FLAG_KINDS},
            limit,
            share_note=words().MORE["shares_flags"],
        ),
        also_tasks=doubled,
        last_day_reviews=last_day,
        open_count=len(open_entries),
        outstanding=sum((e.total_due for e in open_entries), ZERO),
        ageing=ageing_of(ageing),
        notices=frozenset(notices),
        disputed_apart=sum((e.disputed_apart for e in open_entries), ZERO),
        disputed_kept=sum((e.disputed_kept for e in open_entries), ZERO),
    )
