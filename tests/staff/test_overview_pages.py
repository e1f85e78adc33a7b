"""The overview as pages: the dossiers' entries, the lists in order, the pages of a long list, the search index.

Built from the staff fixture (tests/fixtures/staff, 17 dossiers) without a
site; the browser tests (tests/browser/test_staff_browser.py) open the same
pages in chromium.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from decimal import Decimal
from enum import Enum

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.staff.entries import book_entries
from incasso.staff.overview import signals, stage_groups, todays_work
from incasso.staff.overview_page import (
    ListPage,
    OverviewPage,
    overview_of,
    overview_page,
    overview_pages,
    overview_search_index,
)
from incasso.staff.paging import Limits, pager
from incasso.staff.search import FIELD_SEPARATOR
from incasso.staff.search_index import read_index
from incasso.staff.sections import ClaimsSection, SignalsSection, TodaySection
from incasso.staff.view import StaffBook, staff_book
from tests.support.site import DEMO_LEDGER
from tests.support.staff_fixture import D1, FIXTURE

SMALL = Limits(index_rows=3, group_rows=1, page_rows=2)


def book_of(root, as_of) -> StaffBook:
    books = read_books(root, as_of)
    claims = [assess(books.ledger, d, as_of) for d in books.ledger.debtors]
    return staff_book(claims, books.ledger.creditor, as_of, "", lambda c: f"s/{c.debtor.id}/", bank=books.bank)


@pytest.fixture(scope="module")
def book() -> StaffBook:
    return book_of(FIXTURE / "ledger", D1)


def plain_values(value, path="entry"):
    """Every value an entry holds, with where: records and tuples are walked into."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from plain_values(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from plain_values(item, f"{path}[{index}]")
    else:
        yield path, value


# -- the entries: small, and all the overview needs --------------------------------------------------------


def test_an_entry_holds_strings_and_figures_never_a_claim(book):
    # What a worker process would send back for a dossier: plain values only, a few kB pickled.
    for entry in book_entries(book):
        for path, value in plain_values(entry):
            assert value is None or isinstance(value, str | int | Decimal | date | Enum), (path, type(value))
        assert len(pickle.dumps(entry)) < 8000


def test_the_lists_keep_the_order_of_the_overview_s_rules(book):
    lists = overview_of(book).lists
    claims = [row.claim for row in book.rows]
    assert [r.id for r in lists.tasks.rows] == [t.claim.debtor.id for t in todays_work(claims, book.as_of)]
    assert [(r.flag.kind, r.id) for r in lists.signals.rows] == [(f.kind, r.id) for f, r in signals(book.rows)]
    expected = {str(g.key): [c.debtor.id for c in g.claims] for g in stage_groups(claims) if g.claims}
    assert {key: [e.id for e in members] for key, members in lists.groups.items()} == expected


def test_the_entries_add_up_to_the_figures_the_claims_give(book):
    lists = overview_of(book).lists
    open_claims = [row.claim for row in book.rows if row.claim.status not in ("paid", "written_off")]
    assert lists.open_count == len(open_claims) == 15
    assert lists.outstanding == sum(c.total_due for c in open_claims)


# -- a book that fits, and one that does not --------------------------------------------------------------


def test_a_book_that_fits_is_the_overview_alone(book):
    [(path, page)] = list(overview_pages(overview_of(book)))
    assert path == "index.html" and isinstance(page, OverviewPage)
    assert all(section.more is None for section in page.sections)
    claims = next(s for s in page.sections if isinstance(s, ClaimsSection))
    assert all(group.more is None for group in claims.groups)


def test_a_long_list_shows_its_first_rows_and_links_each_kind(book):
    page = overview_page_of(book, SMALL)
    today = next(s for s in page.sections if isinstance(s, TodaySection))
    # A share of each kind (3 rows, 6 kinds: the first three kinds of ACTION), in the list's order.
    assert [t.id for t in today.tasks] == ["C-SILENT", "F-BROKEN", "H-CALL"]
    assert today.count == "9" and today.more is not None
    assert today.more.note == (
        "Hier staan er 3 van 9: van elke soort de eerste, zodat een achterstand van één soort het andere werk "
        "niet verdringt; alle, per soort:"
    )
    assert [(k.label, k.count, k.href) for k in today.more.kinds] == [
        ("Herinnering sturen", "2", "vandaag/reminder.html"),
        ("Aanmaning sturen", "3", "vandaag/dunning.html"),
        ("Bellen", "1", "vandaag/call.html"),
        ("Overdragen aan incassobureau", "1", "vandaag/handover.html"),
        ("Herinnering gemiste termijn", "1", "vandaag/remind_installment.html"),
        ("Controle: geschil beantwoorden", "1", "vandaag/review_dispute.html"),
    ]
    claims = next(s for s in page.sections if isinstance(s, ClaimsSection))
    dunning = next(g for g in claims.groups if g.key == "dunning")
    assert [r.id for r in dunning.rows] == ["K-PLAN-LATE"] and dunning.count == "4"
    assert dunning.more is not None
    assert (dunning.more.label, dunning.more.href) == ("Alle 4 dossiers in Aanmaning", "dossiers/dunning.html")


def test_the_signals_show_a_share_of_each_kind_not_the_first_kinds_only(book):
    # The signals sort by kind: on a large book the first 50 were 19 broken promises and 31 of the 751 plans
    # behind, and the disputes open too long and the silent dossiers were not on the overview at all.
    page = overview_page_of(book, dataclasses.replace(SMALL, index_rows=6))
    signals = next(s for s in page.sections if isinstance(s, SignalsSection))
    assert [(r.flag.kind, r.id) for r in signals.signals] == [
        ("note_before_step", "M-FINAL-DUE"),
        ("broken_promise", "F-BROKEN"),
        ("plan_in_arrears", "K-PLAN-LATE"),
        ("dispute_too_long", "G-DISPUTE"),
        ("no_contact", "M-FINAL-DUE"),
        (
            "missing_contact",
            "C-SILENT",
        ),  # the first six rows would have held two notes, two no_contact, no missing_contact
    ]
    assert signals.count == "8" and signals.more is not None
    assert signals.more.note == (
        "Hier staan er 6 van 8: van elke soort de eerste, zodat een veelvoorkomend signaal de andere niet "
        "verdringt; alle, per soort:"
    )


def overview_page_of(book, limits) -> OverviewPage:
    page = next(iter(overview_pages(overview_of(book, limits=limits))))[1]
    assert isinstance(page, OverviewPage)
    return page


def test_every_row_of_a_long_list_is_on_exactly_one_page_of_its_kind(book):
    pages = dict(overview_pages(overview_of(book, limits=SMALL)))
    assert list(pages)[:4] == ["index.html", "vandaag/reminder.html", "vandaag/dunning.html", "vandaag/dunning-2.html"]
    listed = [task.id for path, page in pages.items() if path.startswith("vandaag/") for task in page.section.tasks]
    assert sorted(listed) == sorted(t.claim.debtor.id for t in todays_work([r.claim for r in book.rows], book.as_of))
    stages = {
        path: [r.id for g in page.section.groups for r in g.rows] for path, page in pages.items() if "dossiers/" in path
    }
    assert stages == {
        "dossiers/final_notice.html": ["M-FINAL-DUE", "L-FINAL"],
        "dossiers/dunning.html": ["K-PLAN-LATE", "H-CALL"],
        "dossiers/dunning-2.html": ["I-PROMISE", "J-PLAN-OK"],
        "dossiers/reminder.html": ["G-DISPUTE", "F-BROKEN"],
        "dossiers/reminder-2.html": ["D-REM-BIG", "E-REM-SMALL"],
        "dossiers/overdue.html": ["C-SILENT", "B-OVER"],
    }


def test_a_page_of_a_list_knows_its_place(book):
    pages = dict(overview_pages(overview_of(book, limits=SMALL)))
    page = pages["dossiers/dunning-2.html"]
    assert isinstance(page, ListPage)
    assert (page.title, page.count, page.back) == ("Alle dossiers per fase: Aanmaning", "4", "index.html#dossiers")
    assert (page.frame.root, page.frame.stylesheet, page.frame.home) == ("../", "../static/staff.css", "../index.html")
    assert page.pager is not None and page.pager.label == "Pagina 2 van 2"
    assert page.pager.previous is not None and page.pager.previous.href == "dossiers/dunning.html"
    assert page.pager.next is None
    # Every stage: to its pages, or, when it fits on the overview, to its place there (not left out).
    assert [(k.label, k.count, k.href, k.current) for k in page.kinds] == [
        ("Gerechtelijk", "1", "index.html#g-legal", False),
        ("Incassobureau", "1", "index.html#g-handover", False),
        ("Sommatie", "2", "dossiers/final_notice.html", False),
        ("Aanmaning", "4", "dossiers/dunning.html", True),
        ("Herinnering", "4", "dossiers/reminder.html", False),
        ("Vervallen", "2", "dossiers/overdue.html", False),
        ("Open", "1", "index.html#g-open", False),
        ("Betaald", "1", "index.html#g-paid", False),
        ("Afgeschreven", "1", "index.html#g-written_off", False),
    ]
    assert isinstance(page.section, ClaimsSection) and page.section.stage == "dunning"


def test_the_pager_links_the_first_the_last_and_the_near_pages():
    links = pager("dossiers", "dunning", 6, 12)
    assert links is not None
    assert [(p.text, p.href) for p in links.pages] == [
        ("1", "dossiers/dunning.html"),
        ("…", None),
        ("4", "dossiers/dunning-4.html"),
        ("5", "dossiers/dunning-5.html"),
        ("6", None),
        ("7", "dossiers/dunning-7.html"),
        ("8", "dossiers/dunning-8.html"),
        ("…", None),
        ("12", "dossiers/dunning-12.html"),
    ]
    assert [p.current for p in links.pages].index(True) == 4
    assert pager("dossiers", "dunning", 1, 1) is None


# -- the search index ---------------------------------------------------------------------------------------


def test_the_search_index_holds_every_dossier_in_the_overview_s_order():
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    overview = overview_of(book)
    data = read_index("".join(overview_search_index(overview)))
    assert [row[0] for row in data["rows"]] == [e.id for members in overview.lists.groups.values() for e in members]
    assert data["dossier"] == ["d/", ".html"] and data["never"] == "nooit"
    entries = {e.id: e for e in book_entries(book)}
    parts = data["parts"]
    for row in data["rows"]:
        entry = entries[row[0]]
        claim = entry.row
        assert row[1] == claim.debtor.name and data["groups"][row[2]][0] == claim.group == entry.group
        assert parts[row[3]] == [claim.css]
        assert parts[row[4]] == [claim.status.css, claim.status.text, claim.status_value]
        assert (row[5], row[6], row[7]) == (claim.amount, float(claim.amount_value), int(claim.days_value))
        if claim.next is not None:
            assert parts[row[8]] == [
                claim.next.action.css,
                claim.next.action.text,
                claim.next.when.css,
                claim.next.when.text,
                claim.next_value,
            ]
        else:
            assert parts[row[8]] == [claim.next_none, claim.next_value]
        if row[9] >= 0:
            assert parts[row[9]] == [claim.last_contact, claim.last_contact_value]
        else:
            assert (claim.last_contact, claim.last_contact_value) == (None, "")
        assert [parts[f] for f in row[10]] == [[f.css, f.label] for f in claim.flags]
        assert row[11].split(data["between"]) == entry.search.split(FIELD_SEPARATOR)
        assert row[12] == (claim.disputed or "")


def test_quotes_and_backslashes_survive_the_script():
    # O'Connor (D-1012) is in the demo; a backslash is not, so one is put in a name here.
    book = book_of(DEMO_LEDGER, date(2026, 11, 22))
    overview = overview_of(book)
    entry = overview.lists.groups["final_notice"][0]
    name = "Back\\slash 'quoted' \"too\" </script>"
    debtor = dataclasses.replace(entry.row.debtor, name=name)
    overview.lists.groups["final_notice"][0] = dataclasses.replace(
        entry, row=dataclasses.replace(entry.row, debtor=debtor)
    )
    script = "".join(overview_search_index(overview))
    rows = {row[0]: row for row in read_index(script)["rows"]}
    assert rows[entry.id][1] == name
    assert "o'connor" in rows["D-1012"][11]


def test_the_signals_card_says_how_many_of_its_signals_are_a_task_today_too(book):
    # A dispute open too long is the review due today; a plan behind, the missed instalment's reminder: the
    # clerk judging the day's work from the cards must not count them twice.
    lists = overview_of(book).lists
    tasks = {(r.id, r.kind) for r in lists.tasks.rows}
    assert {("G-DISPUTE", "review_dispute"), ("K-PLAN-LATE", "remind_installment")} <= tasks
    flagged = {(r.id, r.flag.kind) for r in lists.signals.rows}
    assert {("G-DISPUTE", "dispute_too_long"), ("K-PLAN-LATE", "plan_in_arrears")} <= flagged
    assert lists.also_tasks == 2  # and no other signal of the fixture is its dossier's task
    (card,) = [f for f in overview_page(book).summary if f.label == "Signalen"]
    assert (card.value, card.note) == (str(len(lists.signals.rows)), "waarvan 2 ook als taak bij Werk voor vandaag")


def test_a_dispute_on_its_last_day_is_a_review_today_and_not_yet_a_signal_and_the_lists_say_so(tmp_path):
    # 10,000 dossiers: 526 "Controle: geschil beantwoorden" beside 507 "Geschil te lang open", and nothing said
    # why. Both are right: the answer is due on the 30th day (dispute_max_days), the dispute is too long open
    # from the 31st. The 19 on their last day are said, on both lists and on both kinds' pages.
    from datetime import timedelta

    from tests.support.ledgers import event, invoice, valid_creditor, valid_debtor, write_ledger

    as_of = date(2026, 11, 22)
    debtors = []
    for n, days in enumerate((30, 31, 45), start=1):
        debtor = valid_debtor(id=f"S-{n}", invoices=[invoice(number=f"F{n}", date="2026-09-01", due="2026-10-01")])
        debtor["events"] = [event(as_of - timedelta(days=days), "dispute", reason="Niet besteld.", channel="email")]
        debtors.append(debtor)
    root = write_ledger(tmp_path / "ledger", creditor=valid_creditor(interest="none"), debtors=debtors)
    book = book_of(root, as_of)
    overview = overview_of(book, limits=Limits(index_rows=1, group_rows=1, page_rows=5))  # a page per kind
    page = overview_page(book, overview)
    today = next(s for s in page.sections if isinstance(s, TodaySection))
    flagged = next(s for s in page.sections if isinstance(s, SignalsSection))
    said = (
        "Controle: geschil beantwoorden telt er 3, Geschil te lang open 2: 1 geschil staat vandaag precies 30 dagen "
        "open. Het antwoord is vandaag nog op tijd; te lang open (een signaal) is het pas vanaf morgen."
    )
    assert today.reviews_note == said and flagged.reviews_note == said
    pages = dict(overview_pages(overview))
    assert pages["vandaag/review_dispute.html"].section.reviews_note == said
    assert [task.id for task in pages["vandaag/review_dispute.html"].section.tasks] == ["S-3", "S-2", "S-1"]
    assert pages["signalen/dispute_too_long.html"].section.reviews_note == said
    others = [p.section for path, p in pages.items() if "dispute" not in path and path != "index.html"]
    assert others and all(getattr(section, "reviews_note", None) is None for section in others)
