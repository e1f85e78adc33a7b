"""Numbers as the docs write them in words ("twenty-seven", "Sixteen"), for tests that hold a count in the docs to
the code's."""

from __future__ import annotations

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBERS = {word: n for n, word in enumerate(_UNITS)} | _TENS
_NUMBERS |= {f"{ten}-{unit}": n + u for ten, n in _TENS.items() for u, unit in enumerate(_UNITS) if 0 < u < 10}


def in_words(number: int) -> str:
    """`number` (0 to 99) as the docs write it: "thirty-one"."""
    return next(word for word, n in _NUMBERS.items() if n == number)


def counted(words: str) -> int | None:
    """The number `words` says ("Seventeen", "twenty-seven"), or None when they are no number."""
    return _NUMBERS.get(words.lower())
