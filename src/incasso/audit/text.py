"""What a file says, as words a reader sees: the same words however they were written.

A name hides from a plain search in many ways that a browser undoes:
character references (the parser decodes them), zero-width and other
invisible characters, full-width and other compatibility forms, letter case,
CSS escapes (`\\5A wanenburg`) and JavaScript escapes (`\\u005Awanenburg`).
`words()` folds all of these away, so the audit compares what is shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

# Characters a page can put inside a word without anything showing: soft hyphen,
# joiners and zero-width spaces, word joiner and invisible operators, bidi
# controls, variation selectors, Hangul and Mongolian fillers, the BOM.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Characters whose compatibility decomposition is a plain space (U+00A0 is in every amount Babel
# writes, U+202F in some locales' numbers). Replacing them before NFKC gives the same result (NFKC
# turns them into that space anyway), and leaves a page's text in NFKC already: the normaliser's
# quick check then passes and spares the full normalisation, a tenth of the time (BENCHMARKS.md).
SPACES = ("\u00a0", "\u202f")
WORD = re.compile(r"[^\W_]+")  # letters and digits; an underscore separates, as a space would

CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\n\r\f])?|(\r\n|[\n\r\f])|(.))", re.S)
JS_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|.))", re.S)
JS_BLANKS = {"n": " ", "r": " ", "t": " ", "f": " ", "v": " ", "b": "", "0": ""}

Words = tuple[str, ...]


@dataclass(frozen=True)
class Haystack:
    """A file's words as one reading sees them; `joins` (when set) are the words that only this
    reading has, made of text that markup split: only matches that use one of them are new."""

    words: Words
    joins: frozenset[int] | None = None


def fold(text: str) -> str:
    """The text as a comparison sees it: invisible characters gone, compatibility forms unified, case folded."""
    for space in SPACES:
        text = text.replace(space, " ")
    plain = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return unicodedata.normalize("NFKC", plain.casefold())


def words(text: str) -> Words:
    """The words of a text, folded (see fold): 'Zwanen\u200bburg' and 'ＺＷＡＮＥＮＢＵＲＧ' are ('zwanenburg',)."""
    return tuple(WORD.findall(fold(text)))


CUT = "\ue000"  # a private-use character: folding keeps it, and it is no letter


def joined(pieces: list[str]) -> Haystack:
    """The words of text pieces run together as a browser shows inline text ("Zwanen<b></b>burg"
    is one word), noting which words run over a boundary between pieces."""
    parts = fold(CUT.join(piece.replace(CUT, "") for piece in pieces)).split(CUT)
    text = "".join(parts)
    cuts = list(accumulate(len(part) for part in parts[:-1]))  # in order: matches and cuts are walked together
    found: list[str] = []
    joins: set[int] = set()
    next_cut = 0
    for match in WORD.finditer(text):
        while next_cut < len(cuts) and cuts[next_cut] <= match.start():
            next_cut += 1
        if next_cut < len(cuts) and cuts[next_cut] < match.end():
            joins.add(len(found))
        found.append(match.group())
    return Haystack(tuple(found), frozenset(joins))


def _code_point(digits: str) -> str:
    value = int(digits, 16)
    return chr(value) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else "\ufffd"


def css_unescape(css: str) -> str:
    """CSS text with its escapes decoded, as a browser reads them (CSS Syntax 3, consume an escaped code point)."""

    def one(match: re.Match) -> str:
        digits, newline, other = match.groups()
        if digits:
            return _code_point(digits)
        return "" if newline else other

    return CSS_ESCAPE.sub(one, css)


def js_unescape(script: str) -> str:
    """JavaScript text with the escapes of its string literals decoded (\\u{...}, \\uXXXX, \\xXX, \\n, ...)."""

    def one(match: re.Match) -> str:
        braced, four, two, other = match.groups()
        if braced or four or two:
            return _code_point(braced or four or two)
        return JS_BLANKS.get(other, "" if other in ("\n", "\r\n") else other)

    return JS_ESCAPE.sub(one, script)
