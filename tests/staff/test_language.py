"""The staff's language: the words and formats it switches, for one block only."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import incasso
from incasso import fmt
from incasso.ledger.model import Language
from incasso.staff import formats, words, words_en
from incasso.staff.dossier_page import written_in
from incasso.staff.language import speaking, staff_language, staff_language_problem
from incasso.staff.language import words as staff_words

SOURCES = Path(incasso.__file__).resolve().parents[1]  # src/: the core and the plugin


def test_dutch_unless_a_block_says_otherwise():
    assert staff_language() == Language.NL and staff_words() is words
    with speaking(Language.EN):
        assert staff_language() == Language.EN and staff_words() is words_en
        with speaking(Language.NL):
            assert staff_words() is words
        assert staff_words() is words_en
    assert staff_words() is words


def test_the_language_is_put_back_when_the_block_fails():
    with pytest.raises(RuntimeError), speaking(Language.EN):
        raise RuntimeError("a page that cannot be made")
    assert staff_language() == Language.NL


def test_money_and_dates_follow_the_staff_language():
    amount, day = Decimal("1150"), date(2026, 11, 22)
    assert (formats.money(amount), formats.day(day)) == (fmt.money(amount), fmt.day(day))
    with speaking(Language.EN):
        assert formats.money(amount) == fmt.money(amount, Language.EN) == "EUR\xa01,150.00"
        assert formats.day(day) == fmt.day(day, Language.EN)
        assert formats.short_day(day) == fmt.short_day(day, Language.EN)
        assert formats.number(amount) == fmt.number(amount, Language.EN)
        assert formats.count(3153) == "3,153"


@pytest.mark.parametrize("value", ["nl", "en"])
def test_the_two_languages(value):
    assert staff_language_problem(value) is None


@pytest.mark.parametrize("value", ["de", "NL", " en", "", None, 1, Language])
def test_anything_else_is_named_with_the_setting(value):
    assert staff_language_problem(value) == f'INCASSO STAFF_LANGUAGE must be "nl" or "en" (got {value!r})'


@pytest.mark.parametrize(
    "staff, reader, english, marked",
    [
        (Language.NL, Language.NL, None, None),  # Dutch on a Dutch page
        (Language.NL, Language.EN, None, "en"),  # written for a debtor who reads English
        (Language.NL, Language.EN, "Consultancy", None),  # a text per language: the page's half
        (Language.EN, Language.NL, None, "nl"),  # Dutch on an English page
        (Language.EN, Language.EN, None, None),
        (Language.EN, Language.EN, "Consultancy", None),
        (Language.EN, Language.NL, "Consultancy", None),
    ],
)
def test_a_description_is_marked_where_it_is_not_the_pages_language(staff, reader, english, marked):
    with speaking(staff):
        assert written_in(reader, english) == marked


def test_no_module_takes_the_staff_words_when_imported():
    """A name imported from words.py would hold the Dutch whatever the build's language: the modules look
    the words up when called (incasso.staff.language.words)."""
    importers = [
        path.relative_to(SOURCES).as_posix()
        for path in sorted(SOURCES.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module in ("incasso.staff.words", "incasso.staff.words_en")
    ]
    assert importers == []
