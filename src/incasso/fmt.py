"""Money and dates as people read them, per language (Babel's CLDR data)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import get_date_format
from babel.dates import parse_pattern as parse_date_pattern
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol, parse_pattern

from incasso.claims.states import InstallmentStatus
from incasso.law.money import cents
from incasso.ledger.model import Language

LOCALES = {Language.NL: "nl_NL", Language.EN: "en_IE"}  # en_IE: euros written the way EU English readers expect
# Babel reads its locale data and parses the pattern on every call of format_currency or
# format_date: here each locale and pattern is parsed once, and applied as those functions apply
# it (the same text, BENCHMARKS.md). A build also formats the same days and amounts thousands of
# times (every page and letter shows the build's date), so each is formatted once.
_CACHED = 8192
_LOCALE = {lang: Locale.parse(name) for lang, name in LOCALES.items()}
_PERCENT = parse_pattern("0.##")
_COUNT = parse_pattern("#,##0")
_LONG = {lang: parse_date_pattern(get_date_format("long", locale=locale)) for lang, locale in _LOCALE.items()}
_FULL = {lang: parse_date_pattern(get_date_format("full", locale=locale)) for lang, locale in _LOCALE.items()}
_MEDIUM = {lang: parse_date_pattern(get_date_format("medium", locale=locale)) for lang, locale in _LOCALE.items()}


# Amounts, the most frequent and most varied values, follow the patterns "¤¤ #,##0.00" and
# "#,##0.00" with the locale's own symbols, written by Python's own grouping: Babel's general
# pattern code took 12 microseconds an amount (tests/test_fmt.py holds both to the same text).
CURRENCY_PREFIX = "EUR\u00a0"  # ¤¤: the ISO code, then a no-break space
_SYMBOLS = {
    lang: str.maketrans({",": get_group_symbol(locale), ".": get_decimal_symbol(locale), "-": ""})
    for lang, locale in _LOCALE.items()
}
_MINUS = {lang: get_minus_sign_symbol(locale) for lang, locale in _LOCALE.items()}

# A table cell with no value: seen as empty on purpose, and read out as a word ("geen", "nog niet") where the
# page or the staff templates name it for a screen reader. Not "0,00" where it means none: a figure to reckon with.
BLANK = "—"


def nothing_paid_key(state: InstallmentStatus) -> str:
    """The key of the word an instalment's BLANK (nothing paid of it) is read out as, in the debtor's words
    (statement.labels) and the staff's (staff.words UI) alike: "blank_cell" ("geen") once it is overdue,
    "blank_not_yet" ("nog niet") while it is to come, due today or not yet in the bank statements read ("paid:
    none" of an instalment still to come says it was missed). One rule for the page, the letters and the dossier."""
    return "blank_cell" if state == InstallmentStatus.OVERDUE else "blank_not_yet"


def _grouped(amount: Decimal, lang: Language) -> tuple[str, str]:
    """The sign and the digits of an amount in whole cents (cents() rounds it), grouped by three."""
    whole_cents = cents(amount)
    sign = _MINUS[lang] if whole_cents.is_signed() else ""
    return sign, f"{whole_cents:,.2f}".translate(_SYMBOLS[lang])


@lru_cache(maxsize=_CACHED)
def money(amount: Decimal, lang: Language = Language.NL) -> str:
    """EUR 1.234,56 in Dutch, EUR 1,234.56 in English: the ISO code reads the same everywhere."""
    sign, digits = _grouped(amount, lang)
    return sign + CURRENCY_PREFIX + digits


@lru_cache(maxsize=_CACHED)
def number(amount: Decimal, lang: Language = Language.NL) -> str:
    """1.234,56 without the currency sign, for tables with a currency heading."""
    sign, digits = _grouped(amount, lang)
    return sign + digits


@lru_cache(maxsize=_CACHED)
def percent(value: Decimal, lang: Language = Language.NL) -> str:
    """4% or 12,25% (a statutory rate is written as the law writes it)."""
    return _PERCENT.apply(value, _LOCALE[lang]) + "%"


@lru_cache(maxsize=_CACHED)
def day(value: date, lang: Language = Language.NL) -> str:
    """22 november 2026 / 22 November 2026."""
    return _LONG[lang].apply(value, _LOCALE[lang])


@lru_cache(maxsize=_CACHED)
def weekday_day(value: date, lang: Language = Language.NL) -> str:
    """maandag 4 januari 2027 / Monday 4 January 2027: a day to act on that is not the usual next one."""
    return _FULL[lang].apply(value, _LOCALE[lang])


@lru_cache(maxsize=_CACHED)
def short_day(value: date, lang: Language = Language.NL) -> str:
    """22 nov 2026 / 22 Nov 2026, for tables."""
    return _MEDIUM[lang].apply(value, _LOCALE[lang])


@lru_cache(maxsize=_CACHED)
def count(value: int, lang: Language = Language.NL) -> str:
    """3.153 / 3,153: how many, grouped the way the language writes thousands."""
    return _COUNT.apply(value, _LOCALE[lang])


# Small counts in running text are written out ("in zes termijnen", "two formal reminders"), as Dutch and
# English style guides have it for numbers a reader takes in at a glance; larger ones in figures.
_IN_WORDS = {
    Language.NL: ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")
    + ("elf", "twaalf"),
    Language.EN: ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    + ("eleven", "twelve"),
}


def in_words(value: int, lang: Language = Language.NL) -> str:
    """zes / six: a count up to twelve in words, a larger one in figures (`count`)."""
    words = _IN_WORDS[Language(lang)]
    return words[value] if 0 <= value < len(words) else count(value, lang)


def sentence(template: str, **values: object) -> str:
    """`template` with its values filled in; a value that ends in a full stop (a name like
    "Domstad B.V.") takes the place of the sentence's own, so no sentence ends in two."""
    return sentence_of(template, values, values)


_STOP_AFTER = re.compile(r"\{(\w+)\}\.")


def stopped_names(template: str) -> tuple[str, ...]:
    """The names in `template` a full stop follows ("{name}."): the only ones `sentence` can change it for."""
    return tuple(dict.fromkeys(_STOP_AFTER.findall(template)))


def sentence_of(template: str, names: Iterable[str], values: Mapping[str, object]) -> str:
    """`sentence`, looking only at the values of `names` for a full stop: all of them, or a fixed text's
    `stopped_names` found once (`labels.text` fills in some 35 sentences a page: BENCHMARKS.md, session 46)."""
    for name in names:
        value = values.get(name)
        if isinstance(value, str) and value.endswith("."):
            template = template.replace(f"{{{name}}}.", f"{{{name}}}")
    return template.format(**values)


def filled_in(source: str, name: str, value: str) -> str:
    """`source` (a message or letter text a site may edit, so not `str.format`) with {name} filled in; as in
    `sentence`, a value ending in a full stop (an agency "Domstad B.V.") takes the place of the sentence's own. A
    value of plain words that opens a sentence (a text's or paragraph's start, or after ". ", "? ", "! ") opens
    with a capital: "{earlier_agency} heeft" is "Dat incassobureau heeft". A line's start is no sentence's start (a
    site may wrap its Markdown), and a value with its own capitals, an e-mail address or a link stays as written."""
    placeholder = f"{{{name}}}"
    if placeholder not in source:
        return source
    if value.endswith("."):
        source = source.replace(f"{placeholder}.", placeholder)
    if _plain_word(value.split(" ", 1)[0]) and _may_open_a_sentence(source, placeholder):
        capital = value[:1].upper() + value[1:]
        source = _sentence_start(placeholder).sub(lambda m: m.group(1) + capital, source)
    return source.replace(placeholder, value)


@lru_cache(maxsize=256)
def _sentence_start(placeholder: str) -> re.Pattern[str]:
    """`placeholder` where it opens a sentence: a text's or paragraph's start, or after ". ", "? ", "! "."""
    return re.compile(rf"(^|<p>|<li>|[.?!]\s+){re.escape(placeholder)}")


def _may_open_a_sentence(source: str, placeholder: str) -> bool:
    """Whether `_sentence_start` can match, looked at without it: a page fills in some 13 values a debtor, nearly
    all mid-sentence, and the expression's search cost more than the rest of the filling in (BENCHMARKS.md)."""
    at = source.find(placeholder)
    while at != -1:
        before = source[:at]
        if not before or before.endswith(("<p>", "<li>")) or (before[-1].isspace() and before.rstrip()[-1:] in ".?!"):
            return True
        at = source.find(placeholder, at + 1)
    return False


def _plain_word(word: str) -> bool:
    """A value's first word that a sentence's start capitalises: lower-case letters (and hyphens: "e-mail") only,
    so not "eXact", "info@example.nl", "https://..." or "www.example.nl"."""
    letters = word.replace("-", "")
    return letters.isalpha() and letters.islower()
