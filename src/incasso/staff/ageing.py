"""Ageing: the outstanding amount by how long it has been overdue, per stage.

Split per invoice, which is more accurate than placing a whole claim by its
oldest invoice: each invoice's open principal and interest go into the bucket
of its own days overdue. Collection costs belong to no one invoice; they go
with the oldest open invoice they were charged for, the one that set them off
(a new claim's, after an earlier one was paid, with its own). Closed claims (paid,
written off) are not outstanding and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from incasso.claims.claim import Claim, is_closed
from incasso.claims.settlement import InvoiceBalance, Settlement
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
    open_invoices = [b for b in claim.settlement.invoices if b.open > 0]
    for balance in open_invoices:
        days: int = (claim.as_of - balance.invoice.due).days
        parts[bucket(days)] += balance.open
    costs = claim.settlement.costs_open
    if costs:
        # Costs paid off last leave none of their invoices open: then the oldest of them sets the bucket.
        concerned = _costs_invoices(claim.settlement)
        oldest = min(b.invoice.due for b in ([b for b in concerned if b.open > 0] or concerned))
        parts[bucket((claim.as_of - oldest).days)] += costs
    return parts


def _costs_invoices(settlement: Settlement) -> list[InvoiceBalance]:
    """The invoices the open costs were charged for: a new claim's own, after an earlier claim was paid
    (an old invoice may still hold its notice's term interest, and is not what set these costs off)."""
    if settlement.episode is not None:  # a later final notice's
        own = {i.number for i in settlement.episode.invoices}
        return [b for b in settlement.invoices if b.number in own] or list(settlement.invoices)
    # (A claim from the due dates begins afresh only once every earlier invoice's principal was paid,
    # and its interest with it: none of them is open.)
    return list(settlement.invoices)


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
