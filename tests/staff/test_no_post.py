"""A build's day on which no post is counted as collected (law.calendar.posting_day): the overview's today's work says
so once, with the day the letters go and what to send then (docs/letters.md, "Weekends and holidays").

Staff were told nowhere: a build writes the day's letters on a Sunday or on New Year's Day too, dated that day, and
a clerk reading that day's overview had no word that they could not go until the Monday. The real builds (a Sunday,
New Year's Day, a weekday) are in tests/site/test_year_change_build.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.overview_page import overview_of, overview_page, overview_pages
from incasso.staff.paging import Limits
from incasso.staff.sections import TodaySection, letters_to_post, no_post_note
from incasso.staff.view import DayLetter
from tests.staff.test_overview_pages import book_of
from tests.support.staff_fixture import FIXTURE

# With letters to post, what stands after the day's name: when they go, and what follows from it.
THEN = {
    Language.NL: "post de brieven op {posting}. Een sommatie telt dan vanaf die dag, en de build van die dag schrijft "
    "opnieuw wat nog nodig is.",
    Language.EN: "post the letters on {posting}. A final notice posted then counts from that day, and that day's build "
    "writes again any letter still needed.",
}
NEXT = {Language.NL: "de eerstvolgende dag met post is ", Language.EN: "the next day with post is "}


def with_letters(note: str, language: Language) -> str:
    """The note of a day without letters to post ("...: the next day with post is X.") as said with some."""
    said, posting = note.split(NEXT[language])
    return said + THEN[language].format(posting=posting.removesuffix("."))


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
        # A holiday on a Saturday is named as the holiday; in English as the Dutch say it (law.tables.HOLIDAY_NAMES_EN),
        # not the holidays package's "Second Day of Christmas".
        (
            date(2026, 12, 26),
            "Vandaag (Tweede Kerstdag) telt als dag zonder post: de eerstvolgende dag met post is maandag "
            "28 december 2026.",
            "Today (Second Christmas Day) counts as a day without post: the next day with post is Monday "
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
    """One sentence when no letter waits for post; with letters, that they go then, in two."""
    assert no_post_note(day, to_post=False) == dutch
    assert no_post_note(day, to_post=True) == with_letters(dutch, Language.NL)
    with speaking(Language.EN):
        assert no_post_note(day, to_post=False) == english
        assert no_post_note(day, to_post=True) == with_letters(english, Language.EN)


def test_with_letters_it_says_the_day_they_go_and_that_a_final_notice_counts_from_it():
    assert no_post_note(date(2027, 1, 1), to_post=True) == (
        "Vandaag (Nieuwjaarsdag) telt als dag zonder post: post de brieven op maandag 4 januari 2027. Een sommatie "
        "telt dan vanaf die dag, en de build van die dag schrijft opnieuw wat nog nodig is."
    )
    with speaking(Language.EN):
        assert no_post_note(date(2027, 1, 1), to_post=True) == (
            "Today (New Year's Day) counts as a day without post: post the letters on Monday 4 January 2027. A final "
            "notice posted then counts from that day, and that day's build writes again any letter still needed."
        )


@pytest.mark.parametrize("day", [date(2026, 12, 7), date(2026, 12, 4), date(2027, 1, 4), date(2027, 4, 26)])
def test_a_day_with_post_has_no_note(day):
    """Monday to Friday, no holiday: the Monday before King's Day 2027 too (no decree made it equal to one)."""
    for to_post in (False, True):
        assert no_post_note(day, to_post) is None
        with speaking(Language.EN):
            assert no_post_note(day, to_post) is None


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("to_post, sentences", [(False, 1), (True, 2)])
def test_it_is_one_sentence_without_letters_and_two_short_ones_with_the_longest_names(language, to_post, sentences):
    """At most 21 words a sentence, as the pages' and letters' (tests/letters/test_words_short.py), with the longest
    day's name and the longest posting day of a year; one sentence on a day with no letter to post (five were said
    then too), two with some."""
    with speaking(language):
        days = [date(2027, 1, 1) + timedelta(days=n) for n in range(365)]
        notes = [note for day in days if (note := no_post_note(day, to_post)) is not None]
    assert len(notes) > 100  # weekends and holidays
    for note in notes:
        said = SENTENCE_END.split(note)
        assert len(said) == sentences, note
        for sentence in said:
            assert len(sentence.split()) <= 21, sentence


def test_the_overview_says_it_once_above_todays_work_and_the_lists_pages_do_not():
    """The first section of the overview only: the pages of a long list (vandaag/<kind>.html) leave it out."""
    sunday = date(2026, 7, 5)
    book = book_of(FIXTURE / "ledger", sunday)
    overview = overview_of(book, limits=Limits(index_rows=1, group_rows=1, page_rows=2))
    page = overview_page(book, overview)
    today = page.sections[0]
    assert isinstance(today, TodaySection)
    assert today.no_post == no_post_note(sunday, to_post=False) and today.no_post is not None
    assert [s for s in page.sections if getattr(s, "no_post", None)] == [today]
    lists = [view for path, view in overview_pages(overview) if path.startswith("vandaag/")]
    assert lists and all(view.section.no_post is None for view in lists)


def test_a_weekdays_overview_has_none():
    book = book_of(FIXTURE / "ledger", date(2026, 7, 6))
    today = overview_page(book).sections[0]
    assert isinstance(today, TodaySection) and today.no_post is None


PDF, EML = "letters/x.pdf", "letters/x.eml"


@pytest.mark.parametrize(
    "letters, to_post",
    [
        ({}, False),
        ({"D-1": (DayLetter("dunning", PDF, EML),)}, True),
        ({"D-1": (DayLetter("promise", PDF, None),)}, True),  # a confirmation: only this build writes it
        ({"D-1": (DayLetter("dunning", None, EML),)}, False),  # an e-mail alone goes today
        ({"D-1": (DayLetter("dunning", PDF, EML, recorded="email"),)}, False),  # sent already
        ({"D-1": (DayLetter("reminder", None, None),)}, False),  # no address: nothing written
        # Out of the print file until staff choose or look, but they may post it.
        ({"D-1": (DayLetter("final_notice", PDF, EML, one_way=True),)}, True),
        ({"D-1": (DayLetter("reminder", PDF, EML, look_first=True),)}, True),
        ({"D-1": (DayLetter("dunning", None, EML),), "D-2": (DayLetter("handover", PDF, None),)}, True),
    ],
)
def test_letters_to_post_are_those_written_as_a_pdf_and_not_sent(letters, to_post):
    assert letters_to_post(letters) is to_post


def test_the_overview_of_a_sunday_with_a_letter_to_post_says_when_it_goes():
    sunday = date(2026, 7, 5)
    book = replace(book_of(FIXTURE / "ledger", sunday), letters={"D-1": (DayLetter("dunning", PDF, EML),)})
    today = overview_page(book).sections[0]
    assert isinstance(today, TodaySection) and today.no_post == no_post_note(sunday, to_post=True)
    assert today.no_post is not None and "post de brieven op maandag 6 juli 2026." in today.no_post
