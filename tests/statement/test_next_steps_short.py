"""The next steps ("Wat gebeurt er nu?") on the demo's pages, 24 November and 4 December, every debtor in Dutch and
English (s42): one amount a sentence at most. They carried several in long sentences ("Het bedrag bovenaan, EUR
641,75, is EUR 0,84 hoger: ...", "Op 15 december 2026 is ook uw volgende termijn van EUR 235,60 verschuldigd: samen
EUR 485,60.")."""

import re
from dataclasses import replace
from datetime import date

import pytest

from incasso.claims.assess import assess
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
