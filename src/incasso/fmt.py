"""Money and dates as people read them, per language (Babel's CLDR data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from incasso.law.money import cents
from incasso.ledger.model import Language

LOCALES = {Language.NL: "nl_NL", Language.EN: "en_IE"}  # en_IE: euros written the way EU English readers expect
# Babel reads its locale data on every call: a build formats the same days and amounts
# thousands of times (every page and letter shows the build's date), so each is formatted once.
_CACHED = 8192


@lru_cache(maxsize=_CACHED)
def money(amount: Decimal, lang: Language = Language.NL) -> str:
    """EUR 1.234,56 in Dutch, EUR 1,234.56 in English: the ISO code reads the same everywhere."""
    return format_currency(cents(amount), "EUR", format="¤¤\u00a0#,##0.00", locale=LOCALES[lang])


@lru_cache(maxsize=_CACHED)
def number(amount: Decimal, lang: Language = Language.NL) -> str:
    """1.234,56 without the currency sign, for tables with a currency heading."""
    return format_decimal(cents(amount), format="#,##0.00", locale=LOCALES[lang])


@lru_cache(maxsize=_CACHED)
def percent(value: Decimal, lang: Language = Language.NL) -> str:
    """4% or 12,25% (a statutory rate is written as the law writes it)."""
    return format_decimal(value, format="0.##", locale=LOCALES[lang]) + "%"


@lru_cache(maxsize=_CACHED)
def day(value: date, lang: Language = Language.NL) -> str:
    """22 november 2026 / 22 November 2026."""
    return format_date(value, format="long", locale=LOCALES[lang])


@lru_cache(maxsize=_CACHED)
def short_day(value: date, lang: Language = Language.NL) -> str:
    """22 nov 2026 / 22 Nov 2026, for tables."""
    return format_date(value, format="medium", locale=LOCALES[lang])


@lru_cache(maxsize=_CACHED)
def count(value: int, lang: Language = Language.NL) -> str:
    """3.153 / 3,153: how many, grouped the way the language writes thousands."""
    return format_decimal(value, format="#,##0", locale=LOCALES[lang])
