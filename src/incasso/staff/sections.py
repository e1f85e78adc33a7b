"""The overview's sections: today's work, the letters, the signals, the ageing and all dossiers.

Each section is a record built by one function from rows already made (incasso
.staff.rows) and put in order (incasso.staff.overview_page); it knows its
anchor, heading and count (the contents list and the heading read them), the
figures it adds to the summary at the top, and `kind`, the name of the
template that draws the rest (templates/internal/overview/<kind>.html). A
section whose list is longer than the overview shows holds its first rows and
`more`: a link per kind to the pages with all of them (incasso.staff.paging).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

from incasso.law.calendar import holiday_name, is_holiday, posting_day
from incasso.staff import formats as fmt
from incasso.staff.ageing import BUCKETS, AgeingTable, chart
from incasso.staff.language import words
from incasso.staff.rows import ClaimRow, LetterRow, SignalRow, TaskRow
from incasso.staff.view import Badge, DayLetter, LetterLinks, PrintBatch, css

CLAIMS_ANCHOR = "dossiers"  # the dossier pages lead back here


@dataclass(frozen=True)
class Figure:
    """One figure in the summary at the top; `href` leads to the section it counts."""

    label: str
    value: str
    href: str | None = None
    note: str | None = None  # below the figure: what of it is counted on another card too
    css: str | None = None  # "amount": its card is as wide as the figure on one line ("EUR 71.442.422,10")


@dataclass(frozen=True)
class KindLink:
    """A kind of work (or a stage) with how many there are, linking to the first page of them all."""

    label: str
    count: str
    href: str
    current: bool = False  # the kind of the page shown


@dataclass(frozen=True)
class More:
    """A list longer than the overview shows: which part is shown, and where the whole is, per kind."""

    note: str
    kinds: tuple[KindLink, ...]


@dataclass(frozen=True, kw_only=True)
class Section:
    """One part of the overview: its place, heading and count, and its figures for the summary."""

    kind: ClassVar[str]
    anchor: str
    heading: str
    count: str | None = None  # shown beside the heading
    figures: tuple[Figure, ...] = ()
    more: More | None = None  # the rest of a long list, on pages per kind


def _in_summary(anchor: str, heading: str, count: int) -> tuple[Figure, ...]:
    """A section's count as a summary figure that leads to the section."""
    return (Figure(heading, fmt.count(count), f"#{anchor}"),)


# -- today's work ----------------------------------------------------------------------------------------

TODAY_ANCHOR = "vandaag"


@dataclass(frozen=True, kw_only=True)
class TodaySection(Section):
    kind: ClassVar[str] = "today"
    tasks: tuple[TaskRow, ...]
    reviews_note: str | None = None  # why the disputes to answer today outnumber those too long open
    no_post: str | None = None  # on a day no post is counted as collected: when the day's letters go (no_post_note)
    forms_note: str | None = None  # what a row's "PDF en e-mail klaar" asks, said once (letter_views' `short`)


def today_section(
    tasks: Sequence[TaskRow],
    count: int,
    more: More | None = None,
    reviews_note: str | None = None,
    no_post: str | None = None,
) -> TodaySection:
    """Due actions and credits to refund, the longest waiting first (`count` in all), with how to reach the debtor;
    `reviews_note`: why more disputes are to be answered than are too long open (lists.last_day_review);
    `no_post`: the day's letters wait for post (no_post_note), said once, above the list, on the overview only.
    A row whose letter is written in two forms says so in a few words; the note above the rows says once what to
    do (`forms_note`), as the letters list says it in full."""
    anchor, heading = TODAY_ANCHOR, words().UI["today"]
    two_forms = any(_in_two_forms(letter) for task in tasks for letter in task.letters)
    return TodaySection(
        anchor=anchor,
        heading=heading,
        count=fmt.count(count),
        figures=_in_summary(anchor, heading, count),
        more=more,
        tasks=tuple(tasks),
        reviews_note=reviews_note,
        no_post=no_post,
        forms_note=words().UI["today_both_forms"] if two_forms else None,
    )


@dataclass(frozen=True)
class ToPost:
    """The day's letters that may go by post (letters_to_post): `steps`, letters of a step, which the next build
    writes again, dated its own day, while the step is not recorded; `once`, those only this build writes (a
    confirmation, a handover notice)."""

    steps: int = 0
    once: int = 0


def no_post_note(as_of: date, to_post: ToPost = ToPost()) -> str | None:
    """On a day no post is counted as collected (law.calendar.posting_day: a Saturday, a Sunday or a holiday), which
    day is the next with post, and what to post then of the letters `to_post`: the steps from that day's build, which
    writes them again with that day's date, terms and amounts (letters.due), not today's; the letters only this build
    writes (`once`), from today's, kept until then. Short, as a clerk reads it every such morning: the rest is in
    docs/letters.md ("Weekends and holidays"). None on a day with post.
    A Saturday is one without by the rule (Monday to Friday), which errs late: a letter posted on it arrives no
    later than one posted the Monday after, no post being delivered on Sunday or Monday."""
    posting = posting_day(as_of)
    if posting == as_of:
        return None
    ui = words().UI
    said = [ui["no_post"].format(day=_day_off_named(as_of), posting=fmt.weekday_day(posting))]
    if to_post.steps:
        said.append(ui["no_post_steps"])
    if to_post.once:
        said.append(ui["no_post_once"].format(once=once_letters(to_post.once)))
    return " ".join(said)


def once_letters(count: int) -> str:
    """The letters of the day only this build writes, `count` of them, as the note of a day without post names them."""
    return words().UI["no_post_once_one" if count == 1 else "no_post_once_many"].format(count=fmt.count(count))


def letters_to_post(letters: Mapping[str, Sequence[DayLetter]]) -> ToPost:
    """The letters of the day that may go by post: written as a PDF and not recorded (in the print file, or out of
    it until staff choose its form or look at a credit), steps and others apart (DayLetter.written_again). An e-mail
    alone need not wait for post."""
    posted = [
        letter for day in letters.values() for letter in day if letter.pdf is not None and letter.recorded is None
    ]
    steps = sum(1 for letter in posted if letter.written_again)
    return ToPost(steps=steps, once=len(posted) - steps)


_WEEKEND_DAY = {5: "no_post_saturday", 6: "no_post_sunday"}  # date.weekday(): Monday is 0


def _day_off_named(day: date) -> str:
    """A holiday by its name in the staff's language (a day equal to one by decree has none), else the weekend day."""
    if is_holiday(day):
        return holiday_name(day, words().HOLIDAY_LANGUAGE) or words().UI["no_post_decree_day"]
    return words().UI[_WEEKEND_DAY[day.weekday()]]


# -- the day's letters -------------------------------------------------------------------------------

LETTERS_ANCHOR = "brieven"


@dataclass(frozen=True, kw_only=True)
class LettersSection(Section):
    kind: ClassVar[str] = "letters"
    note: str
    print_files: tuple[PrintLink, ...]  # the PDFs that hold all the letters to post
    letters: tuple[LetterRow, ...]


def letters_section(
    letters: Sequence[LetterRow],
    count: int,
    print_files: Sequence[PrintBatch],
    more: More | None = None,
    *,
    unlinked: bool = False,
    to_send: int | None = None,
    held_first: int = 0,
    apart: int = 0,
    demo: bool = False,
) -> LettersSection:
    """Letters written today (steps, confirmations, handover notices), by debtor; `count` in all, `to_send`
    of them still to send (`letters_to_send`), and `held_first` besides, held for a look or a contact first
    (`letters_held_first`); `unlinked`: the build had no public address, so the letters
    carry no personal link; `apart`: the final notices written both ways, left out of the print files; `demo`:
    the build had no real secret, so every letter is marked a demo (with an address on this machine too), and
    the note says so in place of the missing link's, whose advice it gives too."""
    anchor, heading = LETTERS_ANCHOR, words().UI["letters"]
    warning = "letters_demo" if demo else "letters_unlinked" if unlinked else None
    note = words().UI["letters_note"]
    if any(_in_two_forms(row.letter) for row in letters):  # said once here, not at each row (letter_views)
        note += " " + words().UI["letters_both_forms"]
    note += " " + words().UI[warning] if warning and count else ""
    shown = figure = fmt.count(count)
    # The card counts what is work, the letters still to send, under one name every day (a newcomer read
    # "Brieven te versturen 2 van 3" one day and "Brieven van vandaag 1" the next); the day's letters beside it
    # only when some need no sending. The list's heading stays the day's letters: it lists every one.
    label = heading if to_send is None else words().UI["letters_to_send_label"]
    of_today = None
    if to_send is not None and to_send != count:  # one recorded already, or with no address, is no work
        # One held for a look or a contact first is not to send yet (its row says why): said apart, not counted.
        held = words().UI["letters_held"].format(count=fmt.count(held_first)) if held_first else ""
        shown = words().UI["letters_to_send"].format(send=fmt.count(to_send), count=figure) + held
        # The figure alone, the day's letters below it as the signals' card says its share: "5 van de 6 van
        # vandaag" as the figure took two lines, and the cards a row more at 1024 px.
        of_today = words().UI["letters_of_today"].format(count=figure) + held
        figure = fmt.count(to_send)
    return LettersSection(
        anchor=anchor,
        heading=heading,
        count=shown,
        figures=(Figure(label, figure, f"#{anchor}", note=of_today),),
        more=more,
        note=note,
        print_files=print_links(print_files, apart),
        letters=tuple(letters),
    )


def _in_two_forms(letter: LetterLinks) -> bool:
    """A letter written as a PDF and as an e-mail, not sent yet, that need not go one way (letter_one_way)."""
    return bool(letter.pdf and letter.eml and letter.recorded is None and not letter.one_way)


def letters_to_send(letters: Sequence[LetterRow]) -> int:
    """The letters still to send: written (an address to send to), their step not recorded today, and not held
    for a look or a contact first (`letters_held_first`: the overview itself says not to send those yet)."""
    return sum(1 for row in letters if _unsent(row.letter) and not row.letter.held)


def letters_held_first(letters: Sequence[LetterRow]) -> int:
    """The letters not sent yet that wait for a look at a credit or a contact with the debtor first."""
    return sum(1 for row in letters if _unsent(row.letter) and row.letter.held)


def _unsent(letter: LetterLinks) -> bool:
    """Written (an address to send to), and its step not recorded today."""
    return letter.absent is None and letter.recorded is None


@dataclass(frozen=True)
class PrintLink:
    """A PDF of the day's letters to print, and which of them it holds."""

    href: str
    text: str


def print_links(batches: Sequence[PrintBatch], apart: int = 0) -> tuple[PrintLink, ...]:
    """One link for a day in one file; a part each, with its letters, for a day in several; each saying how
    many final notices written both ways it leaves out (`apart`: staff choose their form first)."""
    without = " " + words().UI["letters_print_apart"].format(count=fmt.count(apart)) if apart else ""
    if len(batches) == 1:
        return (PrintLink(batches[0].path, words().UI["letters_print"] + without),)
    return tuple(
        PrintLink(
            batch.path,
            # A last part may hold one letter: "brief 501", not "brief 501 tot en met 501".
            words()
            .UI["letters_print_part" if batch.last > batch.first else "letters_print_part_one"]
            .format(part=part, parts=len(batches), first=fmt.count(batch.first), last=fmt.count(batch.last))
            + without,
        )
        for part, batch in enumerate(batches, start=1)
    )


def kept_apart(letters: Mapping[str, Sequence[DayLetter]]) -> int:
    """The day's final notices written both ways, not recorded: the print files leave them out."""
    return sum(1 for day in letters.values() for letter in day if letter.form_to_choose and letter.recorded is None)


# -- signals ---------------------------------------------------------------------------------------------

SIGNALS_ANCHOR = "signalen"


@dataclass(frozen=True, kw_only=True)
class SignalsSection(Section):
    kind: ClassVar[str] = "signals"
    signals: tuple[SignalRow, ...]
    reviews_note: str | None = None  # why fewer disputes are too long open than are to be answered today


def signals_section(
    signals: Sequence[SignalRow],
    count: int,
    more: More | None = None,
    also_tasks: int = 0,
    reviews_note: str | None = None,
) -> SignalsSection:
    """Flags (of a closed claim only its credit), by kind, the larger amount first; `count` in all, of which
    `also_tasks` are the same matter as a task today (entries.same_matter): the card says so, not to count them
    twice when judging the day's work; `reviews_note` as today_section's."""
    anchor, heading = SIGNALS_ANCHOR, words().UI["flags"]
    (figure,) = _in_summary(anchor, heading, count)
    if also_tasks:
        figure = replace(figure, note=words().UI["flags_also_tasks"].format(count=fmt.count(also_tasks)))
    return SignalsSection(
        anchor=anchor,
        heading=heading,
        count=fmt.count(count),
        figures=(figure,),
        more=more,
        signals=tuple(signals),
        reviews_note=reviews_note,
    )


# -- ageing ----------------------------------------------------------------------------------------------

AGEING_ANCHOR = "ouderdom"

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
    stage: str  # the stage's name and the amount, also as text under the chart (not only its tooltip)
    amount: str

    @property
    def title(self) -> str:
        return f"{self.stage}: {self.amount}"


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
            label=words().STAGE[stage],
            count=fmt.count(table.counts[stage]),
            cells=tuple(
                Cell(css("num", "zero" if not amount else None), fmt.number_or_blank(amount))
                for amount in table.row(stage)
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
                label=words().BUCKET[bar.bucket],
                segments=tuple(
                    Segment(
                        f"stage-{s.stage}",
                        str(CHART_LEFT + s.x),
                        str(s.width),
                        words().STAGE[s.stage],
                        fmt.money(s.amount),
                    )
                    for s in bar.segments
                ),
                value_x=str(CHART_LEFT + VALUE_GAP + bar.end),
                value=fmt.money_or_blank(bar.total),
            )
            for bar in bars
        ),
        legend=tuple(Badge(f"swatch stage-{stage}", words().STAGE[stage]) for stage in table.stages),
    )


def ageing_section(table: AgeingTable) -> AgeingSection:
    """The open amounts by stage and by how long overdue, as a table and a chart."""
    return AgeingSection(
        anchor=AGEING_ANCHOR,
        heading=words().UI["ageing"],
        buckets=tuple(words().BUCKET[b] for b in BUCKETS),
        rows=_ageing_rows(table),
        footer=AgeingRow(
            stage="",
            swatch="",
            label=words().UI["total"],
            count=fmt.count(table.count),
            cells=tuple(Cell("num", fmt.number_or_blank(amount)) for amount in table.columns),
            total=fmt.number(table.total),
        ),
        chart=_chart(table),
    )


# -- all claims by stage ---------------------------------------------------------------------------------


def group_anchor(key: str) -> str:
    """The id of a group's heading in the claims table (claims.html): a stage page's link to a group that
    fits on the overview leads there."""
    return f"g-{key}"


@dataclass(frozen=True)
class ClaimGroup:
    key: str
    anchor: str  # the id of its heading (group_anchor)
    css: str
    name: str
    hint: str | None  # a stage's hint; None for paid and written off
    swatch: str
    count: str
    noun: str  # "dossier" or "dossiers"
    amount: str | None  # what is open in it; None when nothing is (paid dossiers): no "EUR 0,00" that means none
    rows: tuple[ClaimRow, ...]
    more: KindLink | None = None  # the group's pages, when it holds more than the rows shown


@dataclass(frozen=True)
class Option:
    value: str
    text: str


@dataclass(frozen=True, kw_only=True)
class ClaimsSection(Section):
    kind: ClassVar[str] = "claims"
    groups: tuple[ClaimGroup, ...]  # only groups with claims
    stage: str = ""  # on a stage's own pages: that stage


def claims_section(groups: Sequence[ClaimGroup], stage: str = "") -> ClaimsSection:
    """Dossiers grouped by stage (most advanced first), then paid and written off."""
    return ClaimsSection(anchor=CLAIMS_ANCHOR, heading=words().UI["claims"], groups=tuple(groups), stage=stage)
