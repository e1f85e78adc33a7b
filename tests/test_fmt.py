"""incasso.fmt writes what Babel's own functions write with the same patterns, for any amount."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from incasso import fmt
from incasso.law.money import cents
from incasso.ledger.model import Language

CONTENT = Path(__file__).resolve().parents[1] / "src/pelican/plugins/incasso/content"
AMOUNTS = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=4)


@given(AMOUNTS, st.sampled_from(list(Language)))
@example(Decimal("-0.004"), Language.NL)  # rounds to a negative zero: Babel writes its sign, and so do we
@example(Decimal("999999999.99"), Language.EN)
@example(Decimal("0"), Language.NL)
def test_money_and_number_are_babels_text(amount, lang):
    locale = fmt.LOCALES[lang]
    assert fmt.money.__wrapped__(amount, lang) == format_currency(
        cents(amount), "EUR", format="¤¤\u00a0#,##0.00", locale=locale
    )
    assert fmt.number.__wrapped__(amount, lang) == format_decimal(cents(amount), format="#,##0.00", locale=locale)


@given(st.decimals(min_value=Decimal("-100"), max_value=Decimal("100"), allow_nan=False, places=3))
def test_percent_is_babels_text(value):
    for lang in Language:
        assert (
            fmt.percent.__wrapped__(value, lang) == format_decimal(value, format="0.##", locale=fmt.LOCALES[lang]) + "%"
        )


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_counts_are_babels_text(value):
    for lang in Language:
        assert fmt.count.__wrapped__(value, lang) == format_decimal(value, format="#,##0", locale=fmt.LOCALES[lang])


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_days_are_babels_text(value):
    for lang in Language:
        locale = fmt.LOCALES[lang]
        assert fmt.day.__wrapped__(value, lang) == format_date(value, format="long", locale=locale)
        assert fmt.short_day.__wrapped__(value, lang) == format_date(value, format="medium", locale=locale)
        assert fmt.weekday_day.__wrapped__(value, lang) == format_date(value, format="full", locale=locale)


def test_examples_as_readers_see_them():
    assert fmt.money(Decimal("1234.5")) == "EUR\u00a01.234,50"
    assert fmt.money(Decimal("-1234567.891"), Language.EN) == "-EUR\u00a01,234,567.89"
    assert fmt.number(Decimal("0.005")) == "0,01"  # cents() rounds half up, once
    assert fmt.percent(Decimal("12.25")) == "12,25%"
    assert fmt.day(date(2026, 11, 22)) == "22 november 2026"
    assert fmt.short_day(date(2026, 11, 22), Language.EN) == "22 Nov 2026"
    assert fmt.weekday_day(date(2027, 1, 4)) == "maandag 4 januari 2027"
    assert fmt.weekday_day(date(2027, 1, 4), Language.EN) == "Monday 4 January 2027"
    assert fmt.count(3153) == "3.153" and fmt.count(3153, Language.EN) == "3,153"


def test_a_value_ending_in_a_full_stop_ends_the_sentence_once():
    assert fmt.sentence("Betaal aan {name}.", name="Domstad B.V.") == "Betaal aan Domstad B.V."
    assert fmt.sentence("Betaal aan {name}.", name="Domstad") == "Betaal aan Domstad."
    # Only where the value ends the sentence: elsewhere its full stop and the text after it stay.
    assert fmt.sentence("{name}: {amount}.", name="B.V.", amount="EUR 5") == "B.V.: EUR 5."


def test_small_counts_are_written_out_larger_ones_in_figures():
    assert [fmt.in_words(n) for n in (1, 3, 12)] == ["één", "drie", "twaalf"]
    assert [fmt.in_words(n, Language.EN) for n in (2, 6, 12)] == ["two", "six", "twelve"]
    assert fmt.in_words(13) == "13" and fmt.in_words(1500, Language.EN) == "1,500"


def test_a_value_after_a_wrapped_line_keeps_its_case():
    """A site's text wrapped in its Markdown source: a line's start is no sentence's start."""
    source = "<p>Wij hebben uw dossier overgedragen aan\n{x}. Dat bureau\n{x} ook.</p>"
    assert fmt.filled_in(source, "x", "dat bureau") == (
        "<p>Wij hebben uw dossier overgedragen aan\ndat bureau. Dat bureau\ndat bureau ook.</p>"
    )
    assert fmt.filled_in("Klaar.\n{x} heeft", "x", "dat bureau") == "Klaar.\nDat bureau heeft"


def test_only_plain_words_take_a_capital_at_a_sentence_start():
    """An e-mail address, a link or a name written with its own capitals stays as written wherever it stands."""
    for value in ("info@example.nl", "https://example.nl/betalen", "eXact Incasso", "www.example.nl"):
        assert fmt.filled_in("Vragen? {x} helpt.", "x", value) == f"Vragen? {value} helpt."
    assert fmt.filled_in("Vragen? {x} helpt.", "x", "het bureau") == "Vragen? Het bureau helpt."
    assert fmt.filled_in("{x} volgt.", "x", "e-mail van ons") == "E-mail van ons volgt."


def test_the_quick_look_misses_no_sentence_start_the_expression_finds() -> None:
    """`_may_open_a_sentence` spares the expression its search; it must say yes wherever the expression matches,
    in every shipped message and letter text and in the edge cases a site's own text may hold."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(CONTENT.glob("*/*/*.md"))]
    texts += ["{x} a", "<p>{x}", "a<li>{x}", "a.\n{x}", "a?\t {x}", "a!  {x}", "a.{x}", "a\n{x}", "a {x}", "a. b {x}"]
    for text in texts:
        for name in set(re.findall(r"\{(\w+)\}", text)):
            placeholder = f"{{{name}}}"
            found = fmt._sentence_start(placeholder).search(text) is not None
            assert fmt._may_open_a_sentence(text, placeholder) or not found, (text[:60], name)
