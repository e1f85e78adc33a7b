"""What a Dutch reader must not meet: an English word, amount or date left in a Dutch text
(tests/site/test_dutch_outputs.py reads the demo's Dutch pages with it, tests/site/test_letters.py the Dutch letters).

The words are those of the English texts a build writes from (tests.support.english.vocabulary("en")), less the ones
both languages' texts hold on purpose (its SHARED) and the Dutch words among them (`DUTCH_TOO`), and beyond them the
common English words a Dutch text could leak (`COMMON`): also those SHARED holds for the staff's sake or for a web
address in content/ ("the", "your", "amount", "due", "invoice": the ledger's field names in lines staff paste, a
link's address), and those no English text of ours happens to use ("please", "regards"). Words Dutch writes as English
does ("is", "in", "of", "over", "open", "rest", "link", "we", "start") flag nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.english import SHARED, vocabulary
from tests.support.language_check import ledger_strings, letters_in, visible, without_ledger
from tests.support.reading import words_in

# Not "do": Dutch writes it for donderdag ("ma t/m do"), as it writes "is", "in" and "of".
# Written here, not read from the texts: read, an English word left in a Dutch text would be Dutch by that very slip.
# fmt: off
COMMON = frozenset({
    # function words
    "the", "an", "and", "or", "if", "to", "for", "with", "from", "by", "on", "at", "as", "into", "about",
    "this", "that", "these", "those", "it", "its", "you", "your", "yours", "our", "ours", "us", "they", "their",
    "are", "be", "being", "will", "would", "can", "could", "should", "must", "may", "have", "has",
    "does", "did", "not", "no", "yes", "what", "when", "which", "who", "how", "why", "there", "here", "then", "than",
    "also", "only", "still", "already", "before", "after", "until", "more", "less", "all", "any",
    # what a debtor's texts are about
    "pay", "paid", "payment", "payments", "invoice", "invoices", "amount", "amounts", "due", "overdue", "owe", "owed",
    "outstanding", "balance", "total", "interest", "costs", "debt", "reminder", "notice", "final", "statement",
    "page", "date", "day", "days", "month", "months", "weeks", "year", "years", "instalment", "instalments",
    "installment", "installments", "agreed", "agreement", "settlement", "waive", "waived", "account", "reference",
    "question", "questions", "call", "phone", "send", "sent", "receive", "received", "letter", "court", "bailiff",
    "agency", "legal", "please", "thank", "thanks", "dear", "regards", "sincerely", "free", "council",
})
# fmt: on
# Words of the English texts that are Dutch words as well (or Dutch terms the English names), though no Dutch text of
# ours writes them today, so no shared list holds them: a Dutch text may ("we", "even", "start", "moment").
# fmt: off
DUTCH_TOO = frozenset({
    "we", "even", "been", "hand", "help", "kind", "plan", "begin", "best", "held", "half", "hard", "late", "list",
    "moment", "order", "stop", "top", "start", "stage", "term", "show", "put", "most", "long", "gave", "fit",
    "file", "format", "content", "check", "deadline", "team", "typo", "script", "sorry", "spreadsheet", "alert",
    "box", "coach", "coaching", "support", "portal", "self", "i", "t", "po",
    "gemeentelijke", "gerechtsdeurwaarders",
})
# fmt: on
# Amounts and dates written the English way: "EUR 1,234.56", "EUR 12.50", "€ 1,234.56" (the build writes "EUR"; a text
# in content/ may write the sign), "1 October 2026". A Dutch text writes its months in lower case ("22 november 2026"),
# so "November" after a day is English (four months are spelt alike).
ENGLISH_AMOUNT = re.compile(r"(?:EUR|€)\s?\d{1,3}(?:,\d{3})*\.\d{2}(?!\d)")
ENGLISH_DATE = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def english_only() -> frozenset[str]:
    """The words only the English texts use, and the common English ones: in a Dutch text, one was left."""
    return frozenset((vocabulary("en") - SHARED - DUTCH_TOO) | COMMON)


def english_left(text: str, english: frozenset[str]) -> list[str]:
    """What in `text` a Dutch reader should not meet, one line each."""
    said = [f"English word {word!r}" for word in sorted(words_in(text) & english)]
    said += [f"English amount {match!r}" for match in ENGLISH_AMOUNT.findall(text)]
    said += [f"English date {match!r}" for match in ENGLISH_DATE.findall(text)]
    return said


BILINGUAL = '<section lang="en">'


def _body(html: str) -> str:
    return html[html.index("<body") :]


def dutch_texts(site, ledger: Path) -> dict[str, str]:
    """What a build (`site`, of `ledger`) gives a debtor to read in Dutch, by file: the public pages in Dutch, without
    what they mark as English (the link to the English page, the front page's English half), and the letters in
    Dutch; the ledger's own texts, the help lines' names and addresses taken out (tests.support.language_check)."""
    read: dict[str, str] = {}
    for page in sorted(site.output.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if '<html lang="nl"' in html:
            # A page with a half in each language (the front page, the not-found page) names itself in both in its
            # title ("Pagina niet gevonden – Page not found"), where no lang can mark the English: its body is read.
            read[str(page.relative_to(site.output))] = visible(_body(html) if BILINGUAL in html else html, "en")
    read.update(letters_in(site.internal / "letters", "nl", "en"))
    written = ledger_strings(ledger)
    return {where: without_ledger(text, written) for where, text in read.items()}


def english_in(texts: dict[str, str]) -> str:
    """What `texts` (by file) hold that a Dutch reader should not meet, a line a file; empty if nothing."""
    english = english_only()
    found = {where: said for where, text in texts.items() if (said := english_left(text, english))}
    return "\n".join(f"{where}: {said}" for where, said in sorted(found.items())[:40])
