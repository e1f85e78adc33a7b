"""The overview as pages: index.html with what staff read each morning, and the long lists on pages.

index.html holds the headline figures, one line on the rate table for whoever
maintains the installation, the search and every section (OVERVIEW_SECTIONS), each list cut to its first
rows (paging.Limits: 50 of today's work, the letters, the signals and the
bank's credits; 20 of each stage). A longer list is on pages of its own, per
kind of work (or per stage), 200 rows a page, linked from its section;
a book that fits (the demo) has no other page. Everything is made from the
dossiers' entries (incasso.staff.entries), put in order once
(incasso.staff.lists); each page's view is made when it is asked for, so a
writer that renders and drops it holds one page at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import ClassVar

from incasso.claims.notices import book_rate_notices
from incasso.claims.states import ActionKind, Status
from incasso.law.money import ZERO
from incasso.law.rates import rates_file_name, rates_known_until
from incasso.staff import formats as fmt
from incasso.staff.bank_section import ANCHOR as BANK_ANCHOR
from incasso.staff.bank_section import (
    OUTSIDE_KIND,
    CreditRow,
    bank_credits,
    bank_section,
    newest_first,
    outside_section,
    stale_statements,
)
from incasso.staff.entries import Entry, book_entries
from incasso.staff.language import words
from incasso.staff.lists import LETTERS, SIGNALS, TODAY, Listing, OverviewLists, overview_lists
from incasso.staff.overview import FlagKind
from incasso.staff.paging import Limits, Pager, page_count, page_path, pager, pages_of
from incasso.staff.rows import LET_GO
from incasso.staff.search_index import SEARCH_INDEX, search_index
from incasso.staff.sections import (
    CLAIMS_ANCHOR,
    ClaimGroup,
    Figure,
    KindLink,
    Option,
    Section,
    ageing_section,
    claims_section,
    group_anchor,
    kept_apart,
    letters_held_first,
    letters_section,
    letters_to_post,
    letters_to_send,
    no_post_note,
    signals_section,
    today_section,
)
from incasso.staff.view import OVERVIEW, Frame, StaffBook, count_of, css, frame

LIST_ROOT = "../"  # the lists' pages are one folder down from the overview
# The folders of the lists' pages: each list's anchor on the overview.
PAGE_FOLDERS = (TODAY, LETTERS, SIGNALS, BANK_ANCHOR, CLAIMS_ANCHOR)


@dataclass(frozen=True)
class Overview:
    """What every page of the overview is made from: the book's date and creditor, and the lists."""

    book: StaffBook
    lists: OverviewLists
    credits: Listing[CreditRow] | None  # the bank's credits to assign; None without a bank/ folder
    limits: Limits
    # The search index as the pages name it, from the internal root: with its digest once it is written
    # (write_overview writes it before the pages that name it).
    index: str = SEARCH_INDEX


LIMITS = Limits()


def overview_of(book: StaffBook, entries: Iterable[Entry] | None = None, limits: Limits = LIMITS) -> Overview:
    """The book's overview from its dossiers' entries (made from the book when not given)."""
    lists = overview_lists(book_entries(book) if entries is None else entries, limits.index_rows)
    credits = bank_credits(book)
    listing = None
    if credits is not None:
        kinds = {"credits": words().BANK["to_assign"]}
        listing = Listing(BANK_ANCHOR, words().BANK["heading"], credits, lambda _: "credits", kinds, limits.index_rows)
    return Overview(book, lists, listing, limits)


# -- the search, at the top of every page of the overview ------------------------------------------------


@dataclass(frozen=True)
class Finder:
    """The search across all dossiers (the script staff.js reads it with, and the stage filter's choices)."""

    index: str  # the search index, a script, from the internal root
    total: str
    options: tuple[Option, ...]


def group_name(key: str) -> str:
    return words().CLOSED_GROUP[key] if key in words().CLOSED_GROUP else words().STAGE[key]


def finder(overview: Overview) -> Finder:
    lists = overview.lists
    options = tuple(
        Option(key, words().PHRASE["stage_option"].format(stage=group_name(key), count=fmt.count(len(members))))
        for key, members in lists.groups.items()
    )
    return Finder(overview.index, fmt.count(lists.total), options)


# -- the sections on the overview ------------------------------------------------------------------------


def _today(overview: Overview) -> Section:
    tasks = overview.lists.tasks
    no_post = no_post_note(overview.book.as_of, letters_to_post(overview.book.letters))
    return today_section(tasks.shown, len(tasks.rows), tasks.more(), reviews_note(overview), no_post)


def _letters(overview: Overview) -> Section:
    letters = overview.lists.letters
    book = overview.book
    return letters_section(
        letters.shown,
        len(letters.rows),
        book.print_files,
        letters.more(),
        unlinked=book.relative_links,
        to_send=letters_to_send(letters.rows),
        held_first=letters_held_first(letters.rows),
        apart=kept_apart(book.letters),
        demo=book.demo,
    )


def _signals(overview: Overview) -> Section:
    signals = overview.lists.signals
    return signals_section(
        signals.shown, len(signals.rows), signals.more(), overview.lists.also_tasks, reviews_note(overview)
    )


def reviews_note(overview: Overview) -> str | None:
    """Why today's disputes to answer outnumber the signals of disputes too long open, said beside both: some are
    answered today on their last day (lists.last_day_review). None when none is."""
    lists = overview.lists
    count = lists.last_day_reviews
    if not count:
        return None
    task, flag = ActionKind.REVIEW_DISPUTE, FlagKind.DISPUTE_TOO_LONG
    return (
        words()
        .UI["reviews_last_day_one" if count == 1 else "reviews_last_day"]
        .format(
            task=words().ACTION[task],
            tasks=fmt.count(len(lists.tasks.kinds.get(task, ()))),
            flag=words().FLAG[flag],
            signals=fmt.count(len(lists.signals.kinds.get(flag, ()))),
            count=fmt.count(count),
            days=overview.book.creditor.policy.dispute_max_days,
        )
    )


def _bank(overview: Overview) -> Section | None:
    credits = overview.credits
    if credits is None:
        return None
    book, limit = overview.book, overview.limits.outside_rows
    return bank_section(book, credits.shown, len(credits.rows), credits.more(), outside_rows=limit)


def _ageing(overview: Overview) -> Section:
    return ageing_section(overview.lists.ageing)


def claim_group(key: str, members: Sequence[Entry], shown: Sequence[Entry], more: KindLink | None) -> ClaimGroup:
    """A stage (or paid, written off): its count and amount, and the dossiers `shown` of its `members`."""
    closed = key in words().CLOSED_GROUP
    return ClaimGroup(
        key=key,
        anchor=group_anchor(key),
        css=css("group", "closed" if closed else None),
        name=group_name(key),
        hint=None if closed else words().STAGE_HINT[key],
        swatch=f"swatch stage-{key}",
        count=fmt.count(len(members)),
        noun=count_of(len(members), words().UI["claim_one"], words().UI["claim_many"]),
        amount=_group_amount(sum((e.total_due for e in members), ZERO), key),
        rows=tuple(e.row for e in shown),
        more=more,
    )


def _group_amount(total: Decimal, key: str) -> str | None:
    """A group's open amount, or None when nothing is open in it: the paid dossiers' "EUR 0,00" said none. The settled
    and the written-off groups' amount is let go, and says so ("EUR 660,76 kwijtgescholden"): it read as open."""
    if not total:
        return None
    # A settled or written-off group's key is its status's value (a StrEnum: "settled" in LET_GO).
    let_go = LET_GO[Status(key)] if key in LET_GO else None
    return f"{fmt.money(total)} {words().UI[let_go]}" if let_go else fmt.money(total)


def _paged_groups(overview: Overview) -> dict[str, list[Entry]]:
    """The groups with more dossiers than the overview shows: they have pages of their own."""
    shown = overview.limits.group_rows
    return {key: members for key, members in overview.lists.groups.items() if len(members) > shown}


def _claims(overview: Overview) -> Section:
    paged = _paged_groups(overview)
    groups = []
    for key, members in overview.lists.groups.items():
        more = None
        if key in paged:
            text = words().MORE["group"].format(count=fmt.count(len(members)), group=group_name(key))
            more = KindLink(text, fmt.count(len(members)), page_path(CLAIMS_ANCHOR, key, 1))
        groups.append(claim_group(key, members, members[: overview.limits.group_rows], more))
    return claims_section(groups)


# A builder may return None: its section does not apply to these books (bank: no bank/ folder).
OVERVIEW_SECTIONS: tuple[Callable[[Overview], Section | None], ...] = (
    _today,
    _letters,
    _signals,
    _bank,
    _ageing,
    _claims,
)


@dataclass(frozen=True)
class MaintainerNote:
    """What the rate table calls for, for whoever maintains the installation: one short line, and the
    notes themselves (they name a source file) folded away below it."""

    line: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class OverviewPage:
    template: ClassVar[str] = "index.html"
    frame: Frame
    title: str
    notices: tuple[str, ...]  # for staff: above everything else
    maintainer: MaintainerNote | None
    files: tuple[Figure, ...]  # the files beside the overview staff read too: what changed, the exports
    summary: tuple[Figure, ...]
    finder: Finder
    sections: tuple[Section, ...]


# What the build writes beside the overview, each with what it is for (staff.py writes them).
# (The words' keys: UI, in the build's staff language.)
OVERVIEW_FILES = (
    ("changes.html", "file_changes"),  # changes.md to read: a browser shows a .md file as it is
    ("links.csv", "file_links"),
    ("links.xlsx", "file_links_xlsx"),  # the same rows as a workbook: amounts are numbers in any spreadsheet
    ("links-excel.csv", "file_links_excel"),  # the same rows, as Excel with Dutch settings opens them
    ("claims.json", "file_claims"),
)


def headline(lists: OverviewLists) -> tuple[Figure, ...]:
    """How many claims are open and what they add up to: the first figures of the summary."""
    return (
        Figure(words().UI["open_claims"], fmt.count(lists.open_count)),
        # A plain space after EUR: in a narrow card the figure wraps there, never inside the number.
        Figure(
            words().UI["outstanding"],
            fmt.money(lists.outstanding).replace("\xa0", " "),
            note=_disputed_note(lists),
            css="amount",
        ),
    )


def _disputed_note(lists: OverviewLists) -> str | None:
    """Below what is open: the invoices disputed apart, which it leaves out, yet are still owed if the answer
    says so (a dispute of the whole dossier is in the figure already), and what payments naming them keep for
    them until the answer (claims.kept): money in, counted in no figure yet."""
    if not lists.disputed_apart:
        return None
    key = "outstanding_disputed_kept" if lists.disputed_kept else "outstanding_disputed"
    amount, kept = (fmt.money(figure).replace("\xa0", " ") for figure in (lists.disputed_apart, lists.disputed_kept))
    return words().UI[key].format(amount=amount, kept=kept)


def _bank_notice(book: StaffBook) -> tuple[str, ...]:
    """The warning that bank statements are missing, when they are: above everything else."""
    stale = stale_statements(book.bank, book.as_of)
    return (stale,) if stale else ()


def rate_notices(book: StaffBook, lists: OverviewLists) -> tuple[str, ...]:
    """What must be checked or added in the statutory rate table before trusting the interest shown."""
    notices = book_rate_notices(lists.notices, book.creditor, book.as_of)
    known = rates_known_until()
    values = dict(date=fmt.day(known), next=fmt.day(known + timedelta(days=1)), path=rates_file_name())
    return tuple(words().RATE_NOTICE[n].format(**values) for n in notices)


def maintainer_note(book: StaffBook, lists: OverviewLists) -> MaintainerNote | None:
    """The rate table's notes as one line: a clerk can do nothing about a source file, and two banners
    naming it took the first screen before the day's work; the line still says the interest may be off."""
    notes = rate_notices(book, lists)
    return MaintainerNote(words().RATE_NOTICE["line"], notes) if notes else None


def overview_page(book: StaffBook, overview: Overview | None = None) -> OverviewPage:
    """The overview itself: headline figures, rate-table notices, the search, then every section in order."""
    overview = overview or overview_of(book)
    sections = tuple(section for build in OVERVIEW_SECTIONS if (section := build(overview)) is not None)
    return OverviewPage(
        frame=frame(book, words().UI["title"], root=""),
        title=words().UI["title"],
        notices=_bank_notice(book),
        maintainer=maintainer_note(book, overview.lists),
        files=tuple(Figure(words().UI[key], name, href=name) for name, key in OVERVIEW_FILES),
        summary=headline(overview.lists) + tuple(f for s in sections for f in s.figures),
        finder=finder(overview),
        sections=sections,
    )


# -- the pages of the long lists -------------------------------------------------------------------------


@dataclass(frozen=True)
class ListPage:
    """One page of a long list: a kind of work, of letter, of signal, the bank's credits, or a stage."""

    template: ClassVar[str] = "list.html"
    frame: Frame
    title: str
    count: str  # how many of this kind in all
    back: str  # the list's section on the overview, from the internal root
    kinds: tuple[KindLink, ...]  # the list's kinds, this page's marked
    pager: Pager | None
    finder: Finder
    section: Section


Page = OverviewPage | ListPage


def _pages(
    overview: Overview,
    anchor: str,
    title: str,
    kinds: tuple[KindLink, ...],
    kind: str,
    rows: Sequence,
    section: Callable[[Sequence], Section],
) -> Iterator[tuple[str, ListPage]]:
    """The pages of one kind's rows, in order, each with the way to the others."""
    size = overview.limits.page_rows
    count = page_count(len(rows), size)
    search = finder(overview)
    for number, page in enumerate(pages_of(rows, size), start=1):
        yield (
            page_path(anchor, kind, number),
            ListPage(
                frame=frame(overview.book, title, root=LIST_ROOT),
                title=title,
                count=fmt.count(len(rows)),
                back=f"{OVERVIEW}#{anchor}",
                kinds=kinds,
                pager=pager(anchor, kind, number, count),
                finder=search,
                section=section(page),
            ),
        )


def _listing_pages(
    overview: Overview, listing: Listing | None, section: Callable[[Sequence], Section]
) -> Iterator[tuple[str, ListPage]]:
    if listing is None or not listing.paged:
        return
    for kind, rows in listing.kinds.items():
        title, links = listing.title(kind), listing.links(kind)
        yield from _pages(overview, listing.anchor, title, links, kind, rows, section)


def _group_links(overview: Overview, current: str) -> tuple[KindLink, ...]:
    """A link to every group with dossiers, `current` marked: to its pages, or for a group that fits on the
    overview (no pages of its own) to its place there, so that no stage is out of reach from a stage page."""
    paged = _paged_groups(overview)
    return tuple(
        KindLink(
            group_name(key),
            fmt.count(len(members)),
            page_path(CLAIMS_ANCHOR, key, 1) if key in paged else f"{OVERVIEW}#{group_anchor(key)}",
            key == current,
        )
        for key, members in overview.lists.groups.items()
    )


def _stage_pages(overview: Overview) -> Iterator[tuple[str, ListPage]]:
    paged = _paged_groups(overview)
    for key, members in paged.items():
        links = _group_links(overview, key)
        title = words().MORE["title"].format(list=words().UI["claims"], kind=group_name(key))

        def section(rows: Sequence[Entry], key: str = key, members: list[Entry] = members) -> Section:
            return claims_section([claim_group(key, members, rows, None)], stage=key)

        yield from _pages(overview, CLAIMS_ANCHOR, title, links, key, members, section)


def _outside_pages(overview: Overview) -> Iterator[tuple[str, ListPage]]:
    """The credits of invoices outside the ledger, newest first, on pages of their own when the overview shows only
    the newest (paging.Limits.outside_rows): thousands of rows would make the overview slow to open."""
    found = newest_first(overview.book.outside)
    if len(found) <= overview.limits.outside_rows:
        return
    title = words().BANK["outside_title"]
    count = len(found)
    yield from _pages(overview, BANK_ANCHOR, title, (), OUTSIDE_KIND, found, lambda rows: outside_section(rows, count))


def overview_pages(overview: Overview) -> Iterator[tuple[str, Page]]:
    """Every page of the overview as (path from the internal root, view), the overview itself first.

    Each view is made when asked for: a writer that renders and drops each holds one page at a time.
    """
    book = overview.book
    yield OVERVIEW, overview_page(book, overview)
    lists, print_files = overview.lists, book.print_files
    note = reviews_note(overview)
    yield from _listing_pages(
        overview,
        lists.tasks,
        lambda rows: today_section(
            rows, len(rows), reviews_note=note if rows[0].kind == ActionKind.REVIEW_DISPUTE else None
        ),
    )
    unlinked, apart = book.relative_links, kept_apart(book.letters)
    yield from _listing_pages(
        overview,
        lists.letters,
        lambda rows: letters_section(rows, len(rows), print_files, unlinked=unlinked, apart=apart, demo=book.demo),
    )
    yield from _listing_pages(
        overview,
        lists.signals,
        lambda rows: signals_section(
            rows, len(rows), reviews_note=note if rows[0].flag.kind == FlagKind.DISPUTE_TOO_LONG else None
        ),
    )
    yield from _listing_pages(overview, overview.credits, lambda rows: bank_section(book, rows, len(rows), notes=False))
    yield from _outside_pages(overview)
    yield from _stage_pages(overview)


def overview_search_index(overview: Overview) -> Iterator[str]:
    """The search index of every dossier (incasso.staff.search_index), in pieces to write one after another."""
    groups, book = overview.lists.groups, overview.book
    return search_index(groups, {key: group_name(key) for key in groups}, book.paid_for.collecting)
