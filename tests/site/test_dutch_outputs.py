"""Every Dutch text of the demo a debtor reads reads as Dutch: the public pages in Dutch (each Dutch statement page,
the terms, the help page, the Dutch half of the front page and of the not-found page). No English word is left in
them, however short, nor an amount or a date written the English way (tests.support.dutch; session 64 left only the
staff's change list checked for the other language's words in Dutch, tests/site/test_changes_language.py). The
Dutch letters are read the same way in tests/site/test_letters.py, whose builds write them: the demo as every test
reads it (conftest's demo_site, so no build of its own here) writes none.

What the ledger itself holds (names, notes, descriptions, the bank's texts) is taken out first, as the English test
does (tests.support.language_check): debtors read it as written; so are the help lines' names, web and e-mail
addresses. What a page marks as English (`lang="en"`: the link to the English page, the English halves) is meant.
"""

from __future__ import annotations

import pytest

from tests.support.dutch import dutch_texts, english_in
from tests.support.site import DEMO_LEDGER


@pytest.fixture(scope="module")
def dutch(demo_site) -> dict[str, str]:
    return dutch_texts(demo_site, DEMO_LEDGER)


def test_the_demo_s_dutch_pages_are_read(dutch):
    # What the test says it reads: the statement pages, the help and the terms, the front and not-found pages.
    assert sum(where.startswith("s/") and where != "s/index.html" for where in dutch) >= 10, sorted(dutch)
    assert {"hulp.html", "voorwaarden.html", "index.html", "404.html"} <= set(dutch), sorted(dutch)


def test_no_dutch_page_has_an_english_word_amount_or_date_left(dutch):
    assert not (found := english_in(dutch)), found
