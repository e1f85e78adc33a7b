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
from incasso.letters.due import STEPS as STEP_LETTERS
from incasso.staff.language import speaking
from incasso.staff.overview_page import overview_of, overview_page, overview_pages
from incasso.staff.paging import Limits
from incasso.staff.sections import TodaySection, ToPost, letters_to_post, no_post_note
from incasso.staff.view import STEP_KINDS, DayLetter
from tests.staff.test_overview_pages import book_of
from tests.support.staff_fixture import FIXTURE

# With letters to post, what follows the day's sentence: a step goes from the next post day's build, which writes it
# again dated that day; a letter only this build writes (a confirmation, a handover notice) from today's.
STEPS = {
    Language.NL: "De build van die dag schrijft de stappen van vandaag opnieuw, met zijn eigen datum en bedragen: "
    "post die.",
    Language.EN: "That day's build writes today's steps again, with its own date and amounts: post those.",
}
ONCE = {
    Language.NL: "Bewaar de brief die alleen deze build schrijft (een bevestiging of bericht van overdracht) en post "
    "die dan.",
    Language.EN: "Keep the letter only this build writes (a confirmation or handover notice) to post then.",
}


def with_letters(note: str, language: Language, to_post: ToPost) -> str:
    """The note of a day without letters to post ("...: the next day with post is X.") as said with a step's letter
    or with a confirmation (ToPost(steps=1), ToPost(once=1))."""
    return " ".join([note, *([STEPS[language]] if to_post.steps else []), *([ONCE[language]] if to_post.once else [])])


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
    """One sentence when no letter waits for post; with letters, what to post then, a sentence more for each kind."""
    for to_post in (ToPost(steps=1), ToPost(once=1), ToPost(steps=1, once=1)):
        assert no_post_note(day) == dutch
        assert no_post_note(day, to_post) == with_letters(dutch, Language.NL, to_post)
        with speaking(Language.EN):
            assert no_post_note(day) == english
            assert no_post_note(day, to_post) == with_letters(english, Language.EN, to_post)


def test_on_a_holiday_the_steps_go_from_the_next_post_days_build_and_the_confirmations_from_todays():
    """Christmas Day 2026, a Friday: a step's letter posted on Monday carries Monday's date, days and amounts, so
    Monday's build's is sent, not today's; a confirmation only today's build writes, so it is kept and sent then.
    Each is counted (`once`): a clerk keeps that many."""
    assert no_post_note(date(2026, 12, 25), ToPost(steps=3, once=2)) == (
        "Vandaag (Eerste Kerstdag) telt als dag zonder post: de eerstvolgende dag met post is maandag 28 december "
        "2026. De build van die dag schrijft de stappen van vandaag opnieuw, met zijn eigen datum en bedragen: post "
        "die. Bewaar de 2 brieven die alleen deze build schrijft (bevestigingen, berichten van overdracht) en post "
        "die dan."
    )
    with speaking(Language.EN):
        assert no_post_note(date(2026, 12, 25), ToPost(steps=3, once=1234)) == (
            "Today (Christmas Day) counts as a day without post: the next day with post is Monday 28 December 2026. "
            "That day's build writes today's steps again, with its own date and amounts: post those. Keep the 1,234 "
            "letters only this build writes (confirmations, handover notices) to post then."
        )
    for language in Language:
        with speaking(language):
            assert "post de brieven op" not in no_post_note(date(2026, 12, 25), ToPost(steps=1))
            assert "post the letters on" not in no_post_note(date(2026, 12, 25), ToPost(steps=1))


def test_the_steps_it_names_are_those_every_build_writes_again():
    """The staff's list of a step's letters (staff cannot import letters) is letters.due's."""
    assert set(STEP_KINDS) == {str(kind) for kind in STEP_LETTERS}


@pytest.mark.parametrize("day", [date(2026, 12, 7), date(2026, 12, 4), date(2027, 1, 4), date(2027, 4, 26)])
def test_a_day_with_post_has_no_note(day):
    """Monday to Friday, no holiday: the Monday before King's Day 2027 too (no decree made it equal to one)."""
    for to_post in (ToPost(), ToPost(steps=1, once=1)):
        assert no_post_note(day, to_post) is None
        with speaking(Language.EN):
            assert no_post_note(day, to_post) is None


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    "to_post, sentences",
    [(ToPost(), 1), (ToPost(steps=1), 2), (ToPost(once=1), 2), (ToPost(steps=12345, once=12345), 3)],
)
def test_it_is_one_sentence_without_letters_and_short_ones_with_the_longest_names(language, to_post, sentences):
    """At most 21 words a sentence, as the pages' and letters' (tests/letters/test_words_short.py), with the longest
    day's name and the longest posting day of a year; one sentence on a day with no letter to post (five were said
    then too), one more for the steps and one for the letters only this build writes."""
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
    assert today.no_post == no_post_note(sunday) and today.no_post is not None
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
        ({}, ToPost()),
        ({"D-1": (DayLetter("dunning", PDF, EML),)}, ToPost(steps=1)),
        ({"D-1": (DayLetter("promise", PDF, None),)}, ToPost(once=1)),  # a confirmation: only this build writes it
        ({"D-1": (DayLetter("dunning", None, EML),)}, ToPost()),  # an e-mail alone goes today
        ({"D-1": (DayLetter("dunning", PDF, EML, recorded="email"),)}, ToPost()),  # sent already
        ({"D-1": (DayLetter("reminder", None, None),)}, ToPost()),  # no address: nothing written
        # Out of the print file until staff choose or look, but they may post it.
        ({"D-1": (DayLetter("final_notice", PDF, EML, one_way=True),)}, ToPost(steps=1)),
        ({"D-1": (DayLetter("reminder", PDF, EML, look_first=True),)}, ToPost(steps=1)),
        ({"D-1": (DayLetter("dunning", None, EML),), "D-2": (DayLetter("handover", PDF, None),)}, ToPost(once=1)),
        # A plan's missed instalment is a step; a settlement's is written once, as its confirmation is.
        (
            {
                "D-1": (DayLetter("installment_reminder", PDF, None), DayLetter("arrangement", PDF, EML)),
                "D-2": (DayLetter("settlement_reminder", PDF, None), DayLetter("settled", PDF, None)),
            },
            ToPost(steps=1, once=3),
        ),
    ],
)
def test_letters_to_post_are_those_written_as_a_pdf_and_not_sent_steps_apart(letters, to_post):
    assert letters_to_post(letters) == to_post


def test_the_overview_of_a_sunday_with_a_letter_to_post_says_when_it_goes():
    sunday = date(2026, 7, 5)
    letters = {"D-1": (DayLetter("dunning", PDF, EML),), "D-2": (DayLetter("promise", PDF, None),)}
    book = replace(book_of(FIXTURE / "ledger", sunday), letters=letters)
    today = overview_page(book).sections[0]
    assert isinstance(today, TodaySection) and today.no_post == no_post_note(sunday, ToPost(steps=1, once=1))
    assert today.no_post is not None and "de eerstvolgende dag met post is maandag 6 juli 2026." in today.no_post
    assert "Bewaar de brief die alleen deze build schrijft" in today.no_post
