"""Ageing: the outstanding amount by how long it has been overdue, per stage.

Split per invoice, which is more accurate than placing a whole claim by its
oldest invoice: each invoice's open principal, interest and part of the
collection costs go into the bucket of its own days overdue. Closed claims
(paid, written off) are not outstanding and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from incasso.claims.claim import Claim, is_closed
from incasso.claims.states import STAGE_ORDER, Stage
from incasso.law.money import ZERO


class Bucket(StrEnum):
    """How long an amount has been overdue, in days (youngest first)."""

    NOT_DUE = "not_due"
    DAYS_1_30 = "1-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    OVER_90 = "90+"


BUCKETS: tuple[Bucket, ...] = tuple(Bucket)


def bucket(days_overdue: int) -> Bucket:
    if days_overdue <= 0:
        return Bucket.NOT_DUE
    if days_overdue <= 30:
        return Bucket.DAYS_1_30
    if days_overdue <= 60:
        return Bucket.DAYS_31_60
    if days_overdue <= 90:
        return Bucket.DAYS_61_90
    return Bucket.OVER_90


def claim_ageing(claim: Claim) -> dict[Bucket, Decimal]:
    """The claim's total_due spread over the buckets (the parts add up to total_due)."""
    parts = dict.fromkeys(BUCKETS, ZERO)
    for balance in claim.settlement.invoices:
        owed = balance.open + balance.costs_open
        if owed:
            parts[bucket((claim.as_of - balance.invoice.due).days)] += owed
    return parts


@dataclass(frozen=True)
class AgeingTable:
    """Rows: the stages holding open claims, most advanced first; columns: BUCKETS."""

    stages: tuple[Stage, ...]
    cells: dict[tuple[Stage, Bucket], Decimal]
    counts: dict[Stage, int]

    def row(self, stage: Stage) -> list[Decimal]:
        return [self.cells[(stage, b)] for b in BUCKETS]

    def row_total(self, stage: Stage) -> Decimal:
        return sum(self.row(stage), ZERO)

    def column_total(self, name: Bucket) -> Decimal:
        return sum((self.cells[(s, name)] for s in self.stages), ZERO)

    @property
    def columns(self) -> list[Decimal]:
        return [self.column_total(b) for b in BUCKETS]

    @property
    def total(self) -> Decimal:
        return sum(self.columns, ZERO)

    @property
    def count(self) -> int:
        return sum(self.counts.values())


def ageing(claims: Sequence[Claim]) -> AgeingTable:
    """The open claims' outstanding amounts by stage and bucket."""
    return ageing_of((c.stage, claim_ageing(c)) for c in claims if not is_closed(c))


def ageing_of(parts: Iterable[tuple[Stage, Mapping[Bucket, Decimal]]]) -> AgeingTable:
    """The table of the open claims, each given as its stage and its amounts by bucket (claim_ageing)."""
    cells: dict[tuple[Stage, Bucket], Decimal] = {}
    counts: dict[Stage, int] = {}
    for stage, amounts in parts:
        counts[stage] = counts.get(stage, 0) + 1
        for name, amount in amounts.items():
            cells[(stage, name)] = cells.get((stage, name), ZERO) + amount
    stages = tuple(s for s in STAGE_ORDER if s in counts)
    return AgeingTable(stages, {(s, b): cells.get((s, b), ZERO) for s in stages for b in BUCKETS}, counts)


@dataclass(frozen=True)
class Segment:
    stage: Stage
    x: Decimal
    width: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Bar:
    bucket: Bucket
    y: int
    total: Decimal
    segments: tuple[Segment, ...]
    end: Decimal  # where the bar stops, for the label beside it


def chart(table: AgeingTable, width: int = 440, row_height: int = 34) -> list[Bar]:
    """Horizontal stacked bars, one per bucket, scaled to the largest bucket.

    Widths are Decimals rounded to 0.1: the SVG text is the same on every build.
    """
    largest = max(table.columns, default=ZERO)
    scale = Decimal(width) / largest if largest > 0 else ZERO
    tenth = Decimal("0.1")
    bars = []
    for index, name in enumerate(BUCKETS):
        x = ZERO
        segments = []
        for stage in table.stages:
            amount = table.cells[(stage, name)]
            if amount <= 0:
                continue
            w = (amount * scale).quantize(tenth)
            segments.append(Segment(stage, x, w, amount))
            x += w
        bars.append(Bar(name, index * row_height, table.column_total(name), tuple(segments), x))
    return bars
