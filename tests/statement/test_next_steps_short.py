"""The next steps ("Wat gebeurt er nu?") on the demo's pages, 24 November and 4 December, every debtor in Dutch and
English (s42): one amount a sentence at most. They carried several in long sentences ("Het bedrag bovenaan, EUR
641,75, is EUR 0,84 hoger: ...", "Op 15 december 2026 is ook uw volgende termijn van EUR 235,60 verschuldigd: samen
EUR 485,60.")."""

import html
import re
from dataclasses import fields, is_dataclass, replace
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.letters.outlook import claim_as_sent
from incasso.statement.view import statement_view
from tests.support.site import DEMO_LEDGER, ledger_as_built

# A sentence ends at . ? or ! before a capital or a quote; "EUR 1.350,52" has no space after its dot.
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“])")


def _sentences(ledger, day, language):
    for debtor in ledger.debtors:
        debtor = replace(debtor, language=language)
        read = replace(ledger, debtors=tuple(debtor if d.id == debtor.id else d for d in ledger.debtors))
        view = statement_view(claim_as_sent(read, assess(read, debtor, day)), read)
        for step in view.next_steps:
            yield from ((debtor.id, s) for s in SENTENCE_END.split(step))


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 12, 4)])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demo_s_next_steps_say_one_amount_a_sentence(day, language):
    ledger = ledger_as_built(DEMO_LEDGER, day)
    crowded = [(d, s) for d, s in _sentences(ledger, day, language) if s.count("EUR") > 1]
    assert not crowded, crowded


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 12, 4)])
def test_the_demo_s_english_next_steps_are_as_short_as_the_dutch(day):
    """s42: the plan's rest, a missed instalment's rest and the handover said in 22 to 27 English words what the
    Dutch says in two short sentences. A quote of the law's wording (in “ ”) may stay whole."""
    ledger = ledger_as_built(DEMO_LEDGER, day)
    long = [(d, s) for d, s in _sentences(ledger, day, "en") if len(s.split()) > 21 and "“" not in s]
    assert not long, long


WORDS = 21  # a sentence's most words on the page, in either language; a quote of the law's wording (in “ ”) excepted
# Not prose: the QR codes' SVG (their title is the QR's alt text, not a sentence of the page), the payment payload, and
# the message's values (said in the message, read below).
NOT_PROSE = ("svg", "payload", "message_values")


def _said(obj, path="view"):
    """Every text a statement view holds, with where it is, as the page shows it."""
    if isinstance(obj, str):
        yield path, obj
    elif is_dataclass(obj):
        for field in fields(obj):
            yield from _said(getattr(obj, field.name), f"{path}.{field.name}")
    elif isinstance(obj, tuple | list):
        for i, item in enumerate(obj):
            yield from _said(item, f"{path}[{i}]")


def _page_sentences(ledger, day, language):
    """The sentences of each visible page of the demo on `day` in `language`: the view's texts and its message."""
    from pelican.plugins.incasso.statements import Messages
    from tests.support.site import REPO

    messages = Messages(REPO / "content" / "messages")
    for debtor in ledger.debtors:
        debtor = replace(debtor, language=language)
        read = replace(ledger, debtors=tuple(debtor if d.id == debtor.id else d for d in ledger.debtors))
        claim = claim_as_sent(read, assess(read, debtor, day))
        if not statement_visible(claim, read.creditor.policy):
            continue
        view = statement_view(claim, read)
        message = html.unescape(re.sub(r"<[^>]+>", " ", str(messages.for_page(view))))
        for path, said in (*_said(view), ("message", message)):
            if not any(part in path for part in NOT_PROSE):
                yield from ((debtor.id, path, s) for s in SENTENCE_END.split(" ".join(said.split())))


@pytest.mark.parametrize("day", [date(2026, 11, 24), date(2026, 12, 4)])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_demo_s_whole_page_says_short_sentences(day, language):
    """s43: beyond "What happens next", the costs box ("..., under article 6:96 of the Dutch Civil Code and the
    Dutch Decree on extrajudicial collection costs", 37 words), the messages, the plan's and the payment's hints ran
    to 22-37 English words, and the Dutch costs box to 23. All 18 pages, in both languages."""
    ledger = ledger_as_built(DEMO_LEDGER, day)
    sentences = list(_page_sentences(ledger, day, language))
    assert len({d for d, _, _ in sentences}) == 18
    long = [(d, path, s) for d, path, s in sentences if len(s.split()) > WORDS and "“" not in s]
    assert not long, long


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_s_fixed_words_are_short_sentences(language):
    """The labels the statement templates read themselves (L.name): the same on every page."""
    from incasso.statement.labels import LABELS
    from tests.support.site import REPO

    templates = REPO / "src" / "pelican" / "plugins" / "incasso" / "theme" / "templates"
    read = {name for path in templates.glob("**/*.html") for name in re.findall(r"\bL\.(\w+)", path.read_text())}
    assert read
    said = [(key, s) for key in read if key in LABELS[language] for s in SENTENCE_END.split(LABELS[language][key])]
    assert not [(key, s) for key, s in said if len(s.split()) > WORDS], said


@pytest.mark.parametrize("key", ["next_handover_by", "next_handover_by_plan"])
def test_the_english_handover_asks_nothing_the_dutch_does_not(key):
    """s42: "Please make sure that your payment ... reaches us by ...; otherwise ..." asked what the Dutch ("Hebben
    wij uiterlijk ... uw betaling niet ontvangen? Dan ...") only states as a condition. At most 21 words with the
    demo's longest amount and day."""
    from incasso.statement.labels import text

    said = text("en", key, payment="your payment of EUR\xa01,350.52", date="10 December 2026")
    first = SENTENCE_END.split(said)[0]
    assert first.startswith("Unless") and "collection agency" in first, said
    assert "Please" not in said
    assert len(first.split()) <= 21, first
