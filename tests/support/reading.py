"""How the language tests read a text's words: every word, however short ("de", "op", "u": a Dutch one left in an
English text is a slip too), and none of the ledger's names and keys, which both languages' texts write alike.
Read by tests.support.english (the whole build's English) and tests/site/test_changes_language.py (the change list
in each staff language).
"""

from __future__ import annotations

import re

# Not words of a language, passed over as placeholders are: the ledger's field names, event types and locales
# (final_notice_by, passed_on, en_NL: the same in both languages' texts), its keys of a text per language (nl:, en:)
# and of who made a refund (by:), a content page's language (Lang: en), and the SEPA field end-to-end, which Dutch
# banks name in English ("end-to-end-kenmerk"). Read as words, "en", "by", "on" and "to" were in both vocabularies,
# and no test could show a Dutch "en" left in an English text.
CODE = re.compile(r"\{[^}]*\}|\w*_\w*|\b(?:nl|en|by):|^lang: *\w+|\bend-to-end\b", re.IGNORECASE | re.MULTILINE)
PLACEHOLDER = re.compile(r"\{[^}]*\}")
# A word: every run of letters, however short, but none that runs on into digits (F2026-0142, MT940: numbers and
# codes); an abbreviation of single letters (t/m, p/a, c/o, t.a.v.) is one word.
WORD = re.compile(r"(?<![^\W_])(?:[^\W\d_][./]){1,3}[^\W\d_](?![^\W_])|(?<![^\W_])[^\W\d_]+(?![^\W_])")


def words_in(text: str, code: bool = False) -> set[str]:
    """Every word of `text`, in lower case; the ledger's names and keys (`CODE`) left out unless `code`."""
    return {word.lower() for word in WORD.findall((PLACEHOLDER if code else CODE).sub(" ", text))}
