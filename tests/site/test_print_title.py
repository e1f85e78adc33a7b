"""The print file's title (letters.generator.print_title): its day and its letters, and on a day without post what
the overview says of them (staff.sections.no_post_note): the steps come again from the next post day's build, the
letters only this build writes go from this file then. The real builds are in tests/site/test_no_post_build.py."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.ledger.model import Language
from incasso.staff.language import speaking
from incasso.staff.view import PrintBatch
from pelican.plugins.incasso.letters.generator import print_title

CHRISTMAS, MONDAY = date(2026, 12, 25), date(2026, 12, 28)
BATCH, ONE = PrintBatch("letters/print.pdf", 1, 4), PrintBatch("letters/print.pdf", 1, 1)


@pytest.mark.parametrize(
    "day, about, once, dutch, english",
    [
        (
            MONDAY,
            BATCH,
            2,
            "Brieven om te versturen, 28 december 2026: brief 1 tot en met 4",
            "Letters to send, 28 December 2026: letters 1 to 4 inclusive",
        ),
        (
            CHRISTMAS,
            BATCH,
            0,
            "Brieven van 25 december 2026, dag zonder post: de build van maandag 28 december 2026 schrijft de stappen "
            "opnieuw: brief 1 tot en met 4",
            "Letters of 25 December 2026, a day without post: the build of Monday 28 December 2026 writes the steps "
            "again: letters 1 to 4 inclusive",
        ),
        # Confirmations and handover notices only: no later build writes them, so the file goes on Monday.
        (
            CHRISTMAS,
            BATCH,
            4,
            "Brieven om te versturen, 25 december 2026, te posten op maandag 28 december 2026: brief 1 tot en met 4",
            "Letters to send, 25 December 2026, to post on Monday 28 December 2026: letters 1 to 4 inclusive",
        ),
        (
            CHRISTMAS,
            BATCH,
            3,
            "Brieven van 25 december 2026, dag zonder post: post op maandag 28 december 2026 alleen de 3 bevestigingen "
            "en berichten van overdracht; de build van die dag schrijft de stappen opnieuw: brief 1 tot en met 4",
            "Letters of 25 December 2026, a day without post: on Monday 28 December 2026 post only the 3 confirmations "
            "and handover notices; that day's build writes the steps again: letters 1 to 4 inclusive",
        ),
        (
            date(2026, 12, 26),
            ONE,
            0,
            "Brieven van 26 december 2026, dag zonder post: de build van maandag 28 december 2026 schrijft de stappen "
            "opnieuw: brief 1",
            "Letters of 26 December 2026, a day without post: the build of Monday 28 December 2026 writes the steps "
            "again: letter 1",
        ),
    ],
)
def test_a_day_without_post_tells_which_letters_go_from_the_file(day, about, once, dutch, english):
    assert print_title(about, day, once) == dutch
    with speaking(Language.EN):
        assert print_title(about, day, once) == english


def test_a_step_is_never_told_to_be_posted_on_the_next_day_from_a_holidays_file():
    """Monday's build writes the step again, dated Monday: "te posten op" only for a file without a step."""
    for once in range(4):
        assert "te posten op" not in print_title(BATCH, CHRISTMAS, once)
