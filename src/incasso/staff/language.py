"""The staff's language: which words (incasso.staff.words, or words_en) and which formats of money and
dates the staff output is written in (INCASSO["STAFF_LANGUAGE"]; Dutch unless a build asks for English).

One language a build, switched here in one place (`speaking`, around the build's pass over the debtors),
not threaded through every view function: the staff's words are looked up in some 300 places over 17
modules, most of them several calls below any entry point, and a parameter in each would be a change to
nearly every signature for a value that never varies within a build. The switch is set before the pass
forks its worker processes (they inherit it) and put back when the pass ends, also when it fails, so
nothing outside a build (another build in the same process, a test) sees it. The modules that read the
words therefore look them up when called (`words().STAGE`), never at import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from incasso.ledger.model import Debtor, Language
from incasso.staff import words as dutch
from incasso.staff import words_en as english

WORDS: dict[Language, ModuleType] = {Language.NL: dutch, Language.EN: english}
SETTING = "STAFF_LANGUAGE"  # the key in the INCASSO settings

_speaking = Language.NL


def words() -> ModuleType:
    """The module of the staff's words in the language of this build (its names as words.py's)."""
    return WORDS[_speaking]


def staff_language() -> Language:
    return _speaking


@contextmanager
def speaking(language: Language) -> Iterator[None]:
    """The staff output written in `language` until the block ends (the one before it after)."""
    global _speaking
    before, _speaking = _speaking, language
    try:
        yield
    finally:
        _speaking = before


def staff_language_problem(value: object) -> str | None:
    """Why `value` is no staff language, naming the setting and the value (None: it is one)."""
    if isinstance(value, str) and value in WORDS:
        return None
    choices = " or ".join(f'"{language.value}"' for language in WORDS)
    return f"INCASSO {SETTING} must be {choices} (got {value!r})"


def action_name(kind: str, debtor: Debtor) -> str:
    """A step's name for staff: the call to a debtor without a phone number is the note in writing that does it
    (claims.escalation.does_the_call), "Bericht sturen (geen telefoon)", not work nobody can do."""
    return step_named(kind, has_phone=bool(debtor.contact.phone))


def step_named(kind: str, *, has_phone: bool) -> str:
    """action_name where only whether there is a phone number is known (the change list reads claims.json)."""
    return words().ACTION["call_write" if kind == "call" and not has_phone else kind]
