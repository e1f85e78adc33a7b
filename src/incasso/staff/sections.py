"""The overview's sections: today's work, the signals, the ageing and all claims, as ready strings.

Each section is a record built by one function from the StaffBook; it knows
its anchor, heading and count (the contents list and the heading read them),
the figures it adds to the summary at the top, and `kind`, the name of the
template that draws the rest (templates/internal/overview/<kind>.html). A new
section is a record, a builder in OVERVIEW_SECTIONS (overview_page) and a
template: the others stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from incasso import fmt
from incasso.claims.claim import Claim
from incasso.claims.states import ActionKind, Stage
from incasso.law.money import plain
from incasso.staff.ageing import BUCKETS, AgeingTable, ageing, chart
from incasso.staff.overview import (
    CreditRefund,
    Group,
    Row,
    Step,
    Task,
    next_step,
    signals,
    stage_groups,
    todays_work,
)
from incasso.staff.search import search_text
from incasso.staff.view import (
    Badge,
    ContactView,
    DebtorLink,
    FlagView,
    LetterLinks,
    StaffBook,
    contact_view,
    count_of,
    css,
    debtor_link,
    flag_view,
    flag_views,
    iso,
    letter_links,
    missing,
    stage_badge,
    status_badge,
    waiting,
)
from incasso.staff.words import (
    ACTION,
    BUCKET,
    CLOSED_GROUP,
    PHRASE,
    STAGE,
    STAGE_HINT,
    UI,
    WHEN_DUE,
    WHEN_LATER,
)

# A due step that has waited more than a week stands out in today's work.
LATE_AFTER_DAYS = 7
CLAIMS_ANCHOR = "dossiers"  # the dossier pages lead back here


@dataclass(frozen=True)
class Figure:
    """One figure in the summary at the top; `href` leads to the section it counts."""

    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True, kw_only=True)
class Section:
    """One part of the overview: its place, heading and count, and its figures for the summary."""

    kind: ClassVar[str]
    anchor: str
    heading: str
    count: str | None = None  # shown beside the heading
    figures: tuple[Figure, ...] = ()


def _in_summary(anchor: str, heading: str, count: int) -> tuple[Figure, ...]:
    """A section's count as a summary figure that leads to the section."""
    return (Figure(heading, str(count), f"#{anchor}"),)


# -- today's work ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskRow:
    css: str
    id: str
    kind: str
    action: Badge
    debtor: DebtorLink
    stage: Badge
    due: str
    due_iso: str
    waiting: Badge
    amount: str
    contact: ContactView
    flags: tuple[FlagView, ...]
    letters: tuple[LetterLinks, ...]  # the letter this step sends, ready to post or e-mail


@dataclass(frozen=True, kw_only=True)
class TodaySection(Section):
    kind: ClassVar[str] = "today"
    tasks: tuple[TaskRow, ...]


def _task_class(task: Task) -> str:
    if isinstance(task.action, CreditRefund):
        return "refund"
    return "check" if task.is_check else "step"


# A step's letter has the step's name, except the instalment's reminder (incasso.letters.due names it).
TASK_LETTERS: dict[str, str] = {ActionKind.REMIND_INSTALLMENT: "installment_reminder"}


def _task_row(task: Task, row: Row, book: StaffBook) -> TaskRow:
    claim, kind = task.claim, task.action.kind
    days = task.waiting_days
    return TaskRow(
        css=css("task", _task_class(task)),
        id=row.id,
        kind=str(kind),
        action=Badge(f"action action-{kind}", ACTION[kind]),
        debtor=debtor_link(row),
        stage=stage_badge(claim.stage),
        due=fmt.short_day(task.action.due),
        due_iso=task.action.due.isoformat(),
        waiting=Badge(css("waiting", "late" if days > LATE_AFTER_DAYS else None), waiting(days)),
        amount=fmt.money(task.amount),
        contact=contact_view(claim.debtor.contact, missing(UI["phone"]), missing(UI["email"])),
        flags=flag_views(row.flags),
        letters=letter_links(book, row.id, root="", kind=TASK_LETTERS.get(str(kind), str(kind))),
    )


def today_section(book: StaffBook) -> TodaySection:
    """Every due action and credit to refund, the longest waiting first, with how to reach the debtor."""
    rows = {r.id: r for r in book.rows}
    tasks = todays_work([r.claim for r in book.rows], book.as_of)
    anchor, heading = "vandaag", UI["today"]
    return TodaySection(
        anchor=anchor,
        heading=heading,
        count=str(len(tasks)),
        figures=_in_summary(anchor, heading, len(tasks)),
        tasks=tuple(_task_row(t, rows[t.claim.debtor.id], book) for t in tasks),
    )


# -- the day's letters -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterRow:
    debtor: DebtorLink
    letter: LetterLinks


@dataclass(frozen=True, kw_only=True)
class LettersSection(Section):
    kind: ClassVar[str] = "letters"
    note: str
    print_file: str | None  # all the letters to post in one PDF
    letters: tuple[LetterRow, ...]


def letters_section(book: StaffBook) -> LettersSection:
    """Every letter written today (steps, confirmations, handover notices), by debtor."""
    letters = tuple(
        LetterRow(debtor_link(row), letter) for row in book.rows for letter in letter_links(book, row.id, root="")
    )
    anchor, heading = "brieven", UI["letters"]
    return LettersSection(
        anchor=anchor,
        heading=heading,
        count=str(len(letters)),
        figures=_in_summary(anchor, heading, len(letters)),
        note=UI["letters_note"],
        print_file=book.print_file,
        letters=tuple(sorted(letters, key=lambda r: (r.debtor.id, r.letter.kind))),
    )


# -- signals ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignalRow:
    id: str
    flag: FlagView
    debtor: DebtorLink
    amount: str


@dataclass(frozen=True, kw_only=True)
class SignalsSection(Section):
    kind: ClassVar[str] = "signals"
    signals: tuple[SignalRow, ...]


def signals_section(book: StaffBook) -> SignalsSection:
    """Every flag (of a closed claim only its credit), by kind, the larger amount first."""
    found = tuple(
        SignalRow(row.id, flag_view(flag), debtor_link(row), fmt.money(row.claim.total_due))
        for flag, row in signals(book.rows)
    )
    anchor, heading = "signalen", UI["flags"]
    return SignalsSection(
        anchor=anchor,
        heading=heading,
        count=str(len(found)),
        figures=_in_summary(anchor, heading, len(found)),
        signals=found,
    )


# -- ageing ----------------------------------------------------------------------------------------------

# The chart's geometry in SVG units: bucket labels left of LEFT, bars WIDTH long, one ROW per bucket.
CHART_LEFT = 160
CHART_WIDTH = 440
CHART_ROW = 34
CHART_VIEW_WIDTH = 720
VALUE_GAP = 6  # between a bar's end and its amount


@dataclass(frozen=True)
class Cell:
    css: str
    text: str


@dataclass(frozen=True)
class AgeingRow:
    stage: str  # "" in the footer
    swatch: str
    label: str
    count: str
    cells: tuple[Cell, ...]
    total: str


@dataclass(frozen=True)
class Segment:
    css: str
    x: str
    width: str
    title: str


@dataclass(frozen=True)
class ChartBar:
    transform: str
    label: str
    segments: tuple[Segment, ...]
    value_x: str
    value: str


@dataclass(frozen=True)
class Chart:
    view_box: str
    label_x: str
    left: str
    width: str
    bars: tuple[ChartBar, ...]
    legend: tuple[Badge, ...]  # a swatch's class and the stage's name


@dataclass(frozen=True, kw_only=True)
class AgeingSection(Section):
    kind: ClassVar[str] = "ageing"
    buckets: tuple[str, ...]
    rows: tuple[AgeingRow, ...]
    footer: AgeingRow
    chart: Chart


def _ageing_rows(table: AgeingTable) -> tuple[AgeingRow, ...]:
    return tuple(
        AgeingRow(
            stage=str(stage),
            swatch=f"swatch stage-{stage}",
            label=STAGE[stage],
            count=str(table.counts[stage]),
            cells=tuple(
                Cell(css("num", "zero" if not amount else None), fmt.number(amount)) for amount in table.row(stage)
            ),
            total=fmt.number(table.row_total(stage)),
        )
        for stage in table.stages
    )


def _chart(table: AgeingTable) -> Chart:
    bars = chart(table, width=CHART_WIDTH, row_height=CHART_ROW)
    return Chart(
        view_box=f"0 0 {CHART_VIEW_WIDTH} {len(bars) * CHART_ROW}",
        label_x=str(CHART_LEFT - 10),
        left=str(CHART_LEFT),
        width=str(CHART_WIDTH),
        bars=tuple(
            ChartBar(
                transform=f"translate(0 {bar.y})",
                label=BUCKET[bar.bucket],
                segments=tuple(
                    Segment(
                        f"stage-{s.stage}",
                        str(CHART_LEFT + s.x),
                        str(s.width),
                        f"{STAGE[s.stage]}: {fmt.money(s.amount)}",
                    )
                    for s in bar.segments
                ),
                value_x=str(CHART_LEFT + VALUE_GAP + bar.end),
                value=fmt.money(bar.total),
            )
            for bar in bars
        ),
        legend=tuple(Badge(f"swatch stage-{stage}", STAGE[stage]) for stage in table.stages),
    )


def ageing_section(book: StaffBook) -> AgeingSection:
    """The open amounts by stage and by how long overdue, as a table and a chart."""
    table = ageing([r.claim for r in book.rows])
    return AgeingSection(
        anchor="ouderdom",
        heading=UI["ageing"],
        buckets=tuple(BUCKET[b] for b in BUCKETS),
        rows=_ageing_rows(table),
        footer=AgeingRow(
            stage="",
            swatch="",
            label=UI["total"],
            count=str(table.count),
            cells=tuple(Cell("num", fmt.number(amount)) for amount in table.columns),
            total=fmt.number(table.total),
        ),
        chart=_chart(table),
    )


# -- all claims by stage ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NextStep:
    action: Badge
    when: Badge  # "sinds ..." when due (class "due"), else "vanaf ..." (class "later")
    when_iso: str


@dataclass(frozen=True)
class ClaimRow:
    css: str
    id: str
    group: str
    search: str  # what the search box matches: the debtor's fields, normalised (staff.search)
    name_value: str  # the sort values (data-value) of the columns
    status_value: str
    amount_value: str
    days_value: str
    next_value: str
    last_contact_value: str
    flags_value: str
    debtor: DebtorLink
    status: Badge
    amount: str
    days_overdue: str  # "" when not overdue
    next: NextStep | None
    next_none: str  # without a next step: whose turn it is
    last_contact: str | None
    flags: tuple[FlagView, ...]


@dataclass(frozen=True)
class ClaimGroup:
    key: str
    css: str
    name: str
    hint: str | None  # a stage's hint; None for paid and written off
    swatch: str
    count: str
    noun: str  # "dossier" or "dossiers"
    amount: str
    rows: tuple[ClaimRow, ...]


@dataclass(frozen=True)
class Option:
    value: str
    text: str


@dataclass(frozen=True, kw_only=True)
class ClaimsSection(Section):
    kind: ClassVar[str] = "claims"
    options: tuple[Option, ...]  # the stage filter's choices
    groups: tuple[ClaimGroup, ...]  # only groups with claims


def _no_next(claim: Claim, closed: bool) -> str:
    if claim.stage == Stage.HANDOVER and not closed:
        return UI["with_agency"]
    if claim.stage == Stage.LEGAL and not closed:
        return UI["with_court"]
    return UI["none"]


def _next_step(action: Step, as_of: date) -> NextStep:
    due = action.is_due(as_of)
    return NextStep(
        action=Badge(css("action", f"action-{action.kind}", None if due else "later"), ACTION[action.kind]),
        when=Badge("due" if due else "later", (WHEN_DUE if due else WHEN_LATER).format(date=fmt.short_day(action.due))),
        when_iso=action.due.isoformat(),
    )


def _claim_row(row: Row, group: Group, as_of: date) -> ClaimRow:
    claim, action = row.claim, next_step(row.claim)
    return ClaimRow(
        css=css("claim", "paused" if claim.paused else None, "closed" if group.closed else None),
        id=row.id,
        group=str(group.key),
        search=search_text(claim),
        name_value=claim.debtor.name.lower(),
        status_value=str(claim.status),
        amount_value=plain(claim.total_due),
        days_value=str(claim.days_overdue),
        next_value=action.due.isoformat() if action else "9999-12-31",  # no step sorts last
        last_contact_value=iso(claim.last_contact),
        flags_value=str(len(row.flags)),
        debtor=debtor_link(row),
        status=status_badge(claim),
        amount=fmt.money(claim.total_due),
        days_overdue=str(claim.days_overdue) if claim.days_overdue else "",
        next=_next_step(action, as_of) if action else None,
        next_none=_no_next(claim, group.closed),
        last_contact=fmt.short_day(claim.last_contact) if claim.last_contact else None,
        flags=flag_views(row.flags),
    )


def _group_name(group: Group) -> str:
    return CLOSED_GROUP[group.key] if group.closed else STAGE[group.key]


def _claim_group(group: Group, rows: dict[str, Row], as_of: date) -> ClaimGroup:
    return ClaimGroup(
        key=str(group.key),
        css=css("group", "closed" if group.closed else None),
        name=_group_name(group),
        hint=None if group.closed else STAGE_HINT[group.key],
        swatch=f"swatch stage-{group.key}",
        count=str(group.count),
        noun=count_of(group.count, UI["claim_one"], UI["claim_many"]),
        amount=fmt.money(group.outstanding),
        rows=tuple(_claim_row(rows[c.debtor.id], group, as_of) for c in group.claims),
    )


def claims_section(book: StaffBook) -> ClaimsSection:
    """Every claim, grouped by stage (most advanced first), then paid and written off."""
    rows = {r.id: r for r in book.rows}
    groups = [g for g in stage_groups([r.claim for r in book.rows]) if g.claims]
    return ClaimsSection(
        anchor=CLAIMS_ANCHOR,
        heading=UI["claims"],
        options=tuple(
            Option(str(g.key), PHRASE["stage_option"].format(stage=_group_name(g), count=g.count)) for g in groups
        ),
        groups=tuple(_claim_group(g, rows, book.as_of) for g in groups),
    )
