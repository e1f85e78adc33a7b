"""A build's day on which no post is counted as collected (law.calendar.posting_day): the overview's today's work says
so once, with the day the letters go and what to send then (docs/letters.md, "Weekends and holidays").

Staff were told nowhere: a build writes the day's letters on a Sunday or on New Year's Day too, dated that day, and
a clerk reading that day's overview had no word that they could not go until the Monday. The real builds (a Sunday,
New Year's Day, a weekday) are in tests/site/test_year_change_build.py.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview_page import overview_of, overview_page, overview_pages
from incasso.staff.paging import Limits
from incasso.staff.sections import TodaySection, no_post_note
from tests.staff.test_overview_pages import book_of
from tests.support.staff_fixture import FIXTURE

# The advice after the first sentence, said on every such day (the next day's build, the confirmations, a notice).
THEN = {
    Language.NL: "De build van die dag schrijft elke stap die dan nog nodig is en niet is vastgelegd opnieuw, met die "
    "datum. Verstuur liever die brieven dan die van vandaag. Een bevestiging of bericht van overdracht schrijft alleen "
    "deze build: bewaar die en post die op die dag. Een sommatie van vandaag die dan op de post gaat, telt haar "
    "ontvangst en termijn vanaf die dag.",
    Language.EN: "That day's build writes again, dated that day, every step still needed and not yet recorded. Send "
    "those letters rather than today's. A confirmation or a handover notice is written by this build only: keep it "
    "and post it that day. A final notice of today posted that day counts its receipt and term from that day.",
}


@pytest.mark.parametrize(
    "day, dutch, english",
    [
        # New Year's Day on a Friday: named as the holidays package names it, the Monday after.
        (
            date(2027, 1, 1),
            "Vandaag (Nieuwjaarsdag) telt als dag zonder post: de eerstvolgende dag met post is maandag "
            "4 januari 2027.",
            "Today (New Year's Day) counts as a day without post: the next day with post is Monday 4 January 2027.",
        ),
        (
            date(2026, 12, 6),
            "Vandaag (zondag) telt als dag zonder post: de eerstvolgende dag met post is maandag 7 december 2026.",
            "Today (Sunday) counts as a day without post: the next day with post is Monday 7 December 2026.",
        ),
        # A Saturday is one by the rule (Monday to Friday); its letter arrives no later than Monday's would.
        (
            date(2026, 12, 5),
            "Vandaag (zaterdag) telt als dag zonder post: de eerstvolgende dag met post is maandag 7 december 2026.",
            "Today (Saturday) counts as a day without post: the next day with post is Monday 7 December 2026.",
        ),
        # The Saturday before Easter: Sunday and Easter Monday skipped too.
        (
            date(2027, 3, 27),
            "Vandaag (zaterdag) telt als dag zonder post: de eerstvolgende dag met post is dinsdag 30 maart 2027.",
            "Today (Saturday) counts as a day without post: the next day with post is Tuesday 30 March 2027.",
        ),
        # A holiday on a Saturday is named as the holiday.
        (
            date(2026, 12, 26),
            "Vandaag (Tweede Kerstdag) telt als dag zonder post: de eerstvolgende dag met post is maandag "
            "28 december 2026.",
            "Today (Second Day of Christmas) counts as a day without post: the next day with post is Monday "
            "28 December 2026.",
        ),
        # Liberation Day in a year the package's public holidays leave it out: the Atw names it every year.
        (
            date(2027, 5, 5),
            "Vandaag (Bevrijdingsdag) telt als dag zonder post: de eerstvolgende dag met post is maandag 10 mei 2027.",
            "Today (Liberation Day) counts as a day without post: the next day with post is Monday 10 May 2027.",
        ),
        # The Friday after Ascension Day, equal to a holiday by decree, has no name of its own.
        (
            date(2027, 5, 7),
            "Vandaag (feestdag bij besluit) telt als dag zonder post: de eerstvolgende dag met post is maandag "
            "10 mei 2027.",
            "Today (a holiday by decree) counts as a day without post: the next day with post is Monday 10 May 2027.",
        ),
    ],
)
def test_a_day_without_post_names_itself_and_the_next_day_with_post_in_the_staffs_language(day, dutch, english):
    assert no_post_note(day) == f"{dutch} {THEN[Language.NL]}"
    with speaking(Language.EN):
        assert no_post_note(day) == f"{english} {THEN[Language.EN]}"


@pytest.mark.parametrize("day", [date(2026, 12, 7), date(2026, 12, 4), date(2027, 1, 4), date(2027, 4, 26)])
def test_a_day_with_post_has_no_note(day):
    """Monday to Friday, no holiday: the Monday before King's Day 2027 too (no decree made it equal to one)."""
    assert no_post_note(day) is None
    with speaking(Language.EN):
        assert no_post_note(day) is None


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


@pytest.mark.parametrize("language", list(Language))
def test_its_sentences_are_short_with_the_longest_names(language):
    """At most 21 words a sentence, as the pages' and letters' (tests/letters/test_words_short.py), with the longest
    day's name and the longest posting day of a year."""
    with speaking(language):
        days = [date(2027, 1, 1) + timedelta(days=n) for n in range(365)]
        notes = [note for day in days if (note := no_post_note(day)) is not None]
    assert len(notes) > 100  # weekends and holidays
    for note in notes:
        for sentence in SENTENCE_END.split(note):
            assert len(sentence.split()) <= 21, sentence


def test_the_overview_says_it_once_above_todays_work_and_the_lists_pages_do_not():
    """The first section of the overview only: the pages of a long list (vandaag/<kind>.html) leave it out."""
    sunday = date(2026, 7, 5)
    book = book_of(FIXTURE / "ledger", sunday)
    overview = overview_of(book, limits=Limits(index_rows=1, group_rows=1, page_rows=2))
    page = overview_page(book, overview)
    today = page.sections[0]
    assert isinstance(today, TodaySection)
    assert today.no_post == no_post_note(sunday) and today.no_post is not None
    assert [s for s in page.sections if getattr(s, "no_post", None)] == [today]
    lists = [view for path, view in overview_pages(overview) if path.startswith("vandaag/")]
    assert lists and all(view.section.no_post is None for view in lists)


def test_a_weekdays_overview_has_none():
    book = book_of(FIXTURE / "ledger", date(2026, 7, 6))
    today = overview_page(book).sections[0]
    assert isinstance(today, TodaySection) and today.no_post is None
