"""The page's English as English writes it: its part promise after a handover asked a Dutch-shaped question ("Is
anything still open on {day}, ...? Then {step}."), as the letters did before s44-review2 mended theirs."""

from __future__ import annotations

from incasso.ledger.model import Language
from incasso.letters.words import EN as LETTER
from incasso.statement.labels import labels
from tests.letters.test_words_english import DUTCH_CONDITION

_KEPT = {name: "{" + name + "}" for name in ("rest", "day", "step", "amount")}  # left as the page's placeholders


def test_the_part_promise_after_a_handover_is_an_if_clause_as_the_letter_s():
    sentence = labels(Language.EN)["promise_part_lead_handover"]
    assert not DUTCH_CONDITION.search(sentence), sentence
    assert "even if you have paid the {amount} in time" in sentence
    # The letter says the rest in the page's words (beginning as the top asks it while a settlement the promise
    # replaced may still hold: s51, letters.words promise_rest_undecided).
    assert LETTER["promise_rest_handover"].format_map({"after": LETTER["promise_rest_after"]} | _KEPT) in sentence
