"""Money, dates and counts on the staff pages, in the staff's language (incasso.staff.language).

The same functions as incasso.fmt, without the language argument: the staff modules import this
module as `fmt`, so each figure they write follows the build's staff language, not the debtor's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from incasso import fmt
from incasso.staff.language import staff_language, words

sentence = fmt.sentence  # fills in values already formatted: no language of its own

# A table cell or fact with no value: seen as empty on purpose, read out as "geen" ("none") by the templates'
# macros.blank. Not "0,00", which reads as a figure to reckon with where it means none.
BLANK = fmt.BLANK
nothing_paid_key = fmt.nothing_paid_key  # "geen" or "nog niet" of an instalment's BLANK: the page's rule


def money(amount: Decimal) -> str:
    return fmt.money(amount, staff_language())


def paid(amount: Decimal) -> str:
    """What came in, as a figure, or "niets" ("nothing") when nothing did: "EUR 0,00 ontvangen" reads as an amount
    where it means none (a settlement's lines, the signals' "{paid} ontvangen")."""
    return money(amount) if amount != 0 else words().PHRASE["paid_nothing"]


def number(amount: Decimal) -> str:
    return fmt.number(amount, staff_language())


def number_or_blank(amount: Decimal) -> str:
    """A figure in a table of amounts, or BLANK where there is none (an ageing table's empty bucket)."""
    return number(amount) if amount else BLANK


def money_or_blank(amount: Decimal) -> str:
    """An amount, or BLANK where there is none (a signal about a dossier with nothing open, nothing paid on an
    invoice or an instalment): "EUR 0,00" there read as a figure to reckon with (the templates name the blank for a
    screen reader: macros.blank)."""
    return money(amount) if amount else BLANK


def percent(value: Decimal) -> str:
    return fmt.percent(value, staff_language())


def day(value: date) -> str:
    return fmt.day(value, staff_language())


def weekday_day(value: date) -> str:
    return fmt.weekday_day(value, staff_language())


def short_day(value: date) -> str:
    return fmt.short_day(value, staff_language())


def count(value: int) -> str:
    return fmt.count(value, staff_language())
