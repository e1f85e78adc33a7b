"""The page's English as English writes it: its part promise after a handover asked a Dutch-shaped question ("Is
anything still open on {day}, ...? Then {step}."), as the letters did before s44-review2 mended theirs."""

from __future__ import annotations

from incasso.ledger.model import Language
from incasso.letters.words import EN as LETTER
from incasso.statement.labels import labels
from tests.letters.test_words_english import DUTCH_CONDITION


def test_the_part_promise_after_a_handover_is_an_if_clause_as_the_letter_s():
    sentence = labels(Language.EN)["promise_part_lead_handover"]
    assert not DUTCH_CONDITION.search(sentence), sentence
    assert "even if you have paid the {amount} in time" in sentence
    assert LETTER["promise_rest_handover"] in sentence  # the letter says the rest in the page's words
