"""The texts shipped in content/ (src/pelican/plugins/incasso/content/, which the root `content` links to): every
one in each language, and each named as the code looks it up. A message or letter text added in one language
only, or under a name the code does not know, built without a word: the other language's page showed the older
message it falls back to, and a misnamed file was never read. (The staff's words are Python, not files:
tests/staff/test_words_en.py holds the English to the Dutch.)"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest

from incasso.ledger.model import LANGUAGES
from incasso.letters.due import LETTER_KINDS
from incasso.letters.view import ANSWERED, INSTALMENT_ANSWERED_OPENINGS, OPENING_VARIANTS
from incasso.statement.help import HELP_INVITE
from incasso.statement.view import OPTIONAL_MESSAGES
from pelican.plugins.incasso import statements
from pelican.plugins.incasso.letters import texts
from pelican.plugins.incasso.letters.texts import LetterTexts
from pelican.plugins.incasso.shipped import as_shipped_now
from pelican.plugins.incasso.statements import MESSAGE_KEYS, Messages
from tests.support.site import REPO

CONTENT = REPO / "src" / "pelican" / "plugins" / "incasso" / "content"
# Each folder of texts per language, with every name the code reads there (a text it has no fallback for, or
# one it has).
KNOWN = {
    "messages": (*MESSAGE_KEYS, *OPTIONAL_MESSAGES, HELP_INVITE),
    "letters": (*LETTER_KINDS, *OPENING_VARIANTS),
}


def names(folder: Path) -> set[str]:
    return {path.stem for path in folder.iterdir() if path.suffix == ".md"}


@pytest.mark.parametrize("kind", KNOWN)
def test_every_text_is_shipped_in_each_language(kind):
    folder = CONTENT / kind
    assert {path.name for path in folder.iterdir()} == {str(lang) for lang in LANGUAGES}
    first, *others = LANGUAGES
    for lang in others:
        only_first, only_other = (
            names(folder / first) - names(folder / lang),
            names(folder / lang) - names(folder / first),
        )
        assert not only_first, f"content/{kind}/{lang}/ lacks {', '.join(sorted(only_first))} ({first} has it)"
        assert not only_other, f"content/{kind}/{first}/ lacks {', '.join(sorted(only_other))} ({lang} has it)"


@pytest.mark.parametrize("kind", KNOWN)
def test_every_text_is_one_the_code_reads(kind):
    """A file the code does not know is never shown; one it knows and does not ship shows its fallback on every
    page, also on a site that copied its texts today."""
    for lang in LANGUAGES:
        shipped = names(CONTENT / kind / lang)
        unknown = sorted(shipped - set(KNOWN[kind]))
        assert not unknown, f"content/{kind}/{lang}/: {', '.join(unknown)} is no text the code reads"
        missing = sorted(set(KNOWN[kind]) - shipped)
        assert not missing, f"content/{kind}/{lang}/ lacks {', '.join(missing)}"


def test_every_page_is_shipped_in_each_language():
    """hulp.md and hulp.en.md: a page in Dutch only sends the English page's link to nothing."""
    pages = {path.name for path in (CONTENT / "pages").glob("*.md")}
    dutch = {name for name in pages if name.count(".") == 1}
    for lang in LANGUAGES:
        if lang != "nl":
            translated = {name.replace(".md", f".{lang}.md") for name in dutch}
            assert translated <= pages, f"content/pages/ lacks {', '.join(sorted(translated - pages))}"
            assert {n for n in pages if n.endswith(f".{lang}.md")} <= translated


def test_one_converter_gives_each_text_its_own_html():
    """Messages and LetterTexts convert every text with one Markdown converter, reset before each: each text's
    HTML as a converter of its own makes it (markdown.markdown), whatever was converted before it (a list, a
    link's reference, raw HTML held back)."""
    messages = Messages(CONTENT / "messages")
    letters = LetterTexts(CONTENT / "letters")
    assert len(messages.html) > 100 and len(letters.texts) > 60
    for (lang, key), html in messages.html.items():
        source = as_shipped_now(messages.path(lang, key).read_text(encoding="utf-8"), statements._SHIPPED.get(key, ()))
        assert html == markdown.markdown(source), (lang, key)
    sources = {
        (lang, kind): as_shipped_now(path.read_text(encoding="utf-8"), texts._SHIPPED.get(kind, ()))
        for lang, kind in letters.texts
        if (path := LetterTexts.path(CONTENT / "letters", lang, kind)).is_file()
    }
    for (lang, kind), text in letters.texts.items():
        # The first instalment reminder since a dispute's answer is composed (the answer's sentence above the
        # opening's own text), not read from a file of its own: its source is the composed one.
        composed = kind in INSTALMENT_ANSWERED_OPENINGS
        source = (
            texts._answered_instalment(sources, lang, kind.removesuffix(ANSWERED)) if composed else sources[lang, kind]
        )
        assert str(text.html) == markdown.markdown(source), (lang, kind)


def test_a_texts_link_reference_stays_its_own(tmp_path):
    """A site's text may define a link by reference ([hulp]: https://...): the next text converted does not know
    it (the converter is reset before each), as with a converter of its own."""
    folder = tmp_path / "messages"
    shutil.copytree(CONTENT / "messages", folder)
    first, second = (folder / str(LANGUAGES[0]) / f"{key}.md" for key in MESSAGE_KEYS[:2])
    first.write_text(first.read_text(encoding="utf-8") + "\n[hulp]: https://hulp.example.nl/\n", encoding="utf-8")
    second.write_text(second.read_text(encoding="utf-8") + "\nZie [hulp].\n", encoding="utf-8")
    html = Messages(folder).html
    assert "Zie [hulp].</p>" in html[(LANGUAGES[0], MESSAGE_KEYS[1])]


# What in a line of a text is no prose: an HTML tag and its attributes (<i lang="nl">), a code span, a link's
# address, a value filled in ({pay_by}).
NOT_PROSE = re.compile(r"<[^>]*>|`[^`]*`|\]\([^)]*\)|\{\w+\}")
# Straight quotes used as quotation marks. A single one ('Wat gebeurt er nu?') opens before a word and after no
# letter, and closes after one, before no letter: an apostrophe (zo'n, zzp'ers, O'Connor, can't) is inside a
# word. A double one is never an apostrophe: each pair, or one alone.
STRAIGHT_QUOTED = re.compile(r"(?<!\w)'(?=\w)[^'\n]*?(?<=[\w.?!,])'(?!\w)" + r'|"[^"\n]*"|"')


def straight_quotes(source: str) -> list[str]:
    """Each quote in straight quotes in a text's prose, with its line."""
    return [
        f"line {number}: {quote}"
        for number, line in enumerate(source.splitlines(), 1)
        for quote in STRAIGHT_QUOTED.findall(NOT_PROSE.sub(" ", line))
    ]


def test_a_quote_in_prose_is_told_from_code_values_and_apostrophes():
    assert straight_quotes("Onder 'Wat gebeurt er nu?' leest u waarom.") == ["line 1: 'Wat gebeurt er nu?'"]
    assert straight_quotes('Er staat "betaald" bij.\n\nEen 12" buis') == ['line 1: "betaald"', 'line 3: "']
    apostrophes = "Zo'n zzp'er, O'Connor's file, the debtors' page: we can't say it."
    code = 'Schrijf `asked_by: "debtor"` of <i lang="nl">sommatie</i> en {pay_by}, zie [hulp](https://x.nl/"a").'
    assert straight_quotes(apostrophes) == [] and straight_quotes(code) == []


def test_shipped_texts_quote_with_typographic_quotes():
    """s50: after_settlement.md said "Onder 'Wat gebeurt er nu?' leest u waarom", in straight quotes where the
    page's labels quote a heading as ‘Zo betaalt u’. Every message, letter text and page a debtor reads, in
    each language: no straight quote marks in its prose (‘…’ for a heading or a word, “…” for what is said)."""
    texts = sorted(path for kind in ("messages", "letters", "pages") for path in (CONTENT / kind).rglob("*.md"))
    assert len(texts) > 200
    straight = [
        f"{path.relative_to(CONTENT)} {where}"
        for path in texts
        for where in straight_quotes(path.read_text(encoding="utf-8"))
    ]
    assert not straight, "\n".join(straight)
