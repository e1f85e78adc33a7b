"""Problems found in a ledger: collected as values, reported all at once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from incasso.ledger.pickling import pickled_by_fields
from incasso.records import init_by_slots

# Control, format (bidi, zero-width), surrogate, line and paragraph separator characters.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


@pickled_by_fields
@init_by_slots
@dataclass(frozen=True, order=True, slots=True)
class Source:
    """Where a value was written: file, 1-based line and column (0: not known)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.path
        if not self.column:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


@pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """One rule broken by one value: `file:line:col: field: what is wrong (got X)`.

    `got` is the value as written, and `mend` the end of the message when it quotes that value (how
    to write it instead: `: write amount: 1250.00`, with its own ': ' or '; '). Both are left out of
    `redacted()`, the form for a log that others read (a CI log): the place, the field and the rule."""

    source: Source
    field: str
    message: str
    got: str | None = None
    mend: str | None = None
    # An unknown key as written, the last part of the field's path: `redacted()` names it only when it reads as
    # a field's name (a typo); one with a space is text (`{person: Yildiz, Hakan Emre}`: a comma cut a name).
    key: str | None = None
    # Whether `key` is close to a field's name (a typo): only then does `redacted()` name it; any other key is
    # what someone wrote (a name, a word of an address) and stays out of a log others read.
    typo: bool = False

    def __str__(self) -> str:
        text = self._said(self.message + (self.mend or ""), self.key)
        return text if self.got is None else f"{text} (got {visible(self.got)})"

    def redacted(self) -> str:
        """The problem without what the ledger says: its place, field and rule only."""
        key = self.key if self.key is None or self.typo and _FIELD_NAME.fullmatch(self.key) else "<text>"
        return self._said(self.message, key)

    def _said(self, message: str, key: str | None) -> str:
        # A key, a file name or a value may hold an escape sequence: it must not act on a terminal.
        field = f"{self.field}.{key}" if self.field and key is not None else key or self.field
        return visible(f"{self.source}: {field}: {message}" if field else f"{self.source}: {message}")


# Our fields are lower-case words: a key with a capital or a digit (an IBAN, a phone number, a name) is data.
_FIELD_NAME = re.compile(r"[a-z_]+")


class LedgerError(Exception):
    """A ledger that breaks rules; carries every problem, sorted by place."""

    def __init__(self, problems: list[Problem], skipped: tuple[str, ...] = ()):
        self.problems = sorted(set(problems))
        self.skipped = skipped  # the entries of debtors/ not read, for the notes said beside the problems
        super().__init__("\n".join(str(p) for p in self.problems))


# Spaces that do not break a line, as a web page, Word or a PDF puts between the groups of a phone number or
# an amount (U+00A0, U+202F, U+2007): they look like a space, but a rule that allows spaces means the ordinary one.
NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_AS_SPACES = str.maketrans(NO_BREAK_SPACES, " " * len(NO_BREAK_SPACES))


def ordinary_spaces(text: str) -> str:
    """`text` with every non-breaking space an ordinary one (most texts are ASCII: returned as they are)."""
    return text if text.isascii() else text.translate(_AS_SPACES)


# The names of the control characters that reach a file, which Unicode leaves unnamed: how each got there.
_CONTROL_NAMES = {
    "\x00": "null character: is this a text file?",
    "\t": "tab",
    "\x0b": "vertical tab: as Word writes a line break",
    "\x0c": "form feed: as Word writes a page break",
    "\r": "carriage return",
    "\x1b": "escape",
    "\x7f": "delete",
    "\x85": "next line",
}


def named(char: str) -> str:
    """A character as a problem names it: `U+000B, vertical tab: as Word writes a line break`."""
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "a control character").lower()
    return f"U+{ord(char):04X}, {name}"


def visible(text: str) -> str:
    """`text` with every control or invisible character, and every non-breaking space, written as an escape
    (`\\x1b`, `\\u202e`, `\\xa0`): a value that looks right but is refused shows why."""
    return "".join(_escaped(char) if _hidden(char) else char for char in text)


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in INVISIBLE_CATEGORIES or char in NO_BREAK_SPACES


def _escaped(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


def shown(value: str, limit: int = 60) -> str:
    """A value as quoted in an error message: short, on one line, every character visible."""
    text = visible(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
