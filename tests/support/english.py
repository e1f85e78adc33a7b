"""What an English reader must not meet: the words only the Dutch texts use, Dutch amounts and dates, and
sentences translated word for word (tests/statement/test_english_vocabulary.py, tests/site/test_english_outputs.py).

The vocabularies are every word, however short (tests.support.reading: outside placeholders and the ledger's names
and keys), of the texts a build writes from:
the statement's and letters' words (incasso.statement.labels, incasso.letters.words), the staff's
(incasso.staff.words, words_en) and the editable texts shipped in content/ (letters, messages, pages).
"""

from __future__ import annotations

import re
from pathlib import Path

from incasso.letters import words
from incasso.staff import words as staff_words
from incasso.staff import words_en as staff_words_en
from incasso.statement import labels
from tests.support.reading import words_in
from tests.support.shared_words import SHORT, STAFF

CONTENT = Path(__file__).resolve().parents[2] / "content"

# The words both languages' texts hold on purpose: those both staff vocabularies hold (tests.support.shared_words:
# a new one goes there, once; SHORT: under three letters), and beyond them the Dutch terms the English names beside
# its own (bewindvoerder, gemeente, Het Juridisch Loket, fatale termijn, the decree's name), names (Geldfit, KVK),
# and words both languages write alike. Written here, not read from the texts: read, a Dutch word left in an English text would be "shared"
# by that very slip, and no list could show it.
# fmt: off
SHARED = STAFF | SHORT | frozenset({
    # Dutch terms an English text names on purpose, marked as Dutch on pages and in e-mails
    "besluit", "betalingskenmerk", "bewindvoerder", "buitengerechtelijke", "dagvaarding", "fatale", "gemeente",
    "handelsrente", "het", "hulp", "incassokosten", "juridisch", "juridischloket", "loket", "nederlands",
    "ondernemers", "ondernemersklankbord", "schuldhulpverlening", "termijn", "vergoeding", "vonnis", "voor",
    "voorwaarden",
    # names, addresses, formats and words of the ledger the statement and letters use, the same in both
    "app", "bbz", "ecc", "eu", "eur", "europa", "geldfit", "https", "kvk", "lang", "nbsp", "slug", "tel", "www",
    # a provision's letter, cited in both ("artikel 6:83 onder a" in the terms)
    "a",
    "resolve", "false", "test",
    # words both languages write alike, or English a Dutch text quotes
    "and", "centres", "direct", "commission", "complaint", "complaints", "computer", "consumer", "data", "english",
    "european", "extra", "live", "maximum", "net", "network", "online", "percentage", "percentages", "privacy",
    "rights", "scan", "tablet", "title", "travel", "website", "work", "your",
})
# fmt: on
# Dates and amounts written the Dutch way: "EUR 1.234,56", "EUR 12,50", "€ 40,00" (a text in content/ may write the
# sign), "1 oktober 2026", "01-10-2026".
DUTCH_AMOUNT = re.compile(r"(?:EUR|€)\s?\d{1,3}(?:\.\d{3})*,\d{2}(?!\d)")
DUTCH_DATE = re.compile(
    r"\b\d{1,2} (?:januari|februari|maart|mei|juni|juli|augustus|oktober)\b|\b\d{1,2}-\d{1,2}-\d{4}\b", re.I
)
# Sentences translated word for word, each seen in an English letter or page: "Betaalt u ...? Dan ..." as "Do you
# pay ...? Then ..." (s51: any question, "Viewing this page on a computer or tablet? Then scan ..."), "kwijtschelden"
# as "remit" (to an English reader, to send money), "op een rij zetten".
LITERAL = {
    "Dutch question-then order": re.compile(r"[^.?!\n]{0,60}\?\s+Then\b[^.?!\n]{0,40}"),
    "remit for waive": re.compile(r"\bremit(?:s|ted|ting)?\b", re.I),
    "in a row": re.compile(r"\bin a row\b", re.I),
}


def _words(value: object, found: set[str]) -> set[str]:
    if isinstance(value, str):
        found.update(words_in(re.sub(r"<[^>]*>", " ", value)))
    elif isinstance(value, dict):
        for item in value.values():
            _words(item, found)
    elif isinstance(value, tuple | list):
        for item in value:
            _words(item, found)
    return found


def _content(lang: str) -> set[str]:
    found: set[str] = set()
    for path in sorted(CONTENT.glob(f"*/{lang}/*.md")):
        _words(path.read_text(encoding="utf-8"), found)
    for path in sorted((CONTENT / "pages").glob("*.md")):
        if path.name.endswith(".en.md") == (lang == "en"):
            _words(path.read_text(encoding="utf-8"), found)
    return found


def _module(module: object) -> set[str]:
    return _words([getattr(module, name) for name in dir(module) if name.isupper()], set())


def vocabulary(lang: str) -> set[str]:
    """Every word of the texts in `lang` ("nl" or "en") a build writes from."""
    if lang == "nl":
        return _words(labels.NL, set()) | _words(words.NL, set()) | _module(staff_words) | _content("nl")
    return _words(labels.EN, set()) | _words(words.EN, set()) | _module(staff_words_en) | _content("en")


def dutch_only() -> frozenset[str]:
    """The words only the Dutch texts use: in an English text, one was left untranslated."""
    return frozenset(vocabulary("nl") - SHARED)


def leftovers(text: str, dutch: frozenset[str]) -> list[str]:
    """What in `text` an English reader should not meet, one line each."""
    found = sorted(words_in(text) & dutch)
    said = [f"Dutch word {word!r}" for word in found]
    said += [f"Dutch amount {match!r}" for match in DUTCH_AMOUNT.findall(text)]
    said += [f"Dutch date {match.group(0)!r}" for match in DUTCH_DATE.finditer(text)]
    for name, pattern in LITERAL.items():
        said += [f"{name}: {match.group(0)!r}" for match in pattern.finditer(text)]
    return said
