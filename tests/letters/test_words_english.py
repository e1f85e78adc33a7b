"""The English letters' sentences as English writes them (s44-review2): s44-letterwords shortened them from the Dutch
shape, and three came out Dutch in English words: a condition asked as a question ("Is anything still open on ...?
If so, ..."), a clause with no subject ("If not paid in time, ..."), and "The EUR 300.00 must reach us". ("For it, we will send
you ..." stays: the page says the same, tests/statement/test_rest_letter_named.py.)"""

from __future__ import annotations

import re

import pytest

from incasso.letters.words import EN

# A sentence that opens with a verb and ends in "?" is a Dutch "Staat er ... open? Dan ..." condition, unless it asks
# the reader something (kept: "Would you rather pay ...? Ask us ...").
DUTCH_CONDITION = re.compile(r"(?:^|[.:;] )(?:Is|Are|Has|Have|Do|Does) [^.?]*\?")


@pytest.mark.parametrize(
    "key", ["promise_rest_handover", "promise_rest_letter", "installment_next", "installment_next_asap"]
)
def test_the_condition_is_an_if_clause_with_its_subject(key):
    sentence = EN[key]
    assert not DUTCH_CONDITION.search(sentence), sentence
    assert "If not paid" not in sentence, sentence
    assert not sentence.startswith("The {open}"), sentence


@pytest.mark.parametrize("key", ["installment_next", "installment_next_asap"])
def test_the_step_after_a_missed_instalment_is_a_condition_not_a_demand(key):
    """s54: "We must receive {open} by {date}. If we do not, ..." read harder than the page and the Dutch ("Hebben
    wij {open} niet uiterlijk {date} ontvangen? Dan ..."): one sentence, the step as what follows if it stays unpaid."""
    sentence = EN[key]
    assert sentence.startswith("If ") and "must" not in sentence, sentence
    assert sentence.count(".") == 1, sentence


def test_the_rest_is_owed_even_after_the_promise_kept():
    """The handover sentence still says both: the rest by that day, the promised amount paid or not."""
    sentence = EN["promise_rest_handover"]
    assert "{day}" in sentence and "{amount}" in sentence and "even if you have paid" in sentence


COSTS_IF_UNPAID = [
    "installment_costs_term_ended",
    "installment_costs_term_ended_single",
    "installment_costs_term_ended_one",
    "installment_costs_term_ended_several",
    "promise_costs_term_ended",
    "installment_costs_term_ends_today",
    "installment_costs_term_ends_today_single",
    "installment_costs_term_ends_today_one",
    "installment_costs_term_ends_today_several",
    "promise_costs_term_ends_today",
    "installment_pay_notice",
]


@pytest.mark.parametrize("key", COSTS_IF_UNPAID)
def test_the_costs_follow_if_unpaid_as_the_dutch_says_not_a_duty_to_pay(key):
    """The Dutch says what follows if {what} was not paid ("Had u toen niet {what} betaald? Dan zijn er ...
    incassokosten verschuldigd"); s44-letterwords made the English "By then, you had to pay {what}": a duty to pay it
    all by the notice's day, beside a plan or promise the creditor agreed to. The English says the condition again."""
    sentence = EN[key]
    assert "you had to pay" not in sentence and "you have to pay" not in sentence, sentence
    assert re.search(r"If you (had|have) not paid \{what\} by", sentence), sentence
