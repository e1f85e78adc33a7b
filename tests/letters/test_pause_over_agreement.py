"""s47: a promise or a payment plan confirmed while a wait the counsellor asked for stands (a `postpone` with
`asked_by`, no letter since). The confirmation said what a miss brings as if nothing held it ("Dan gaan wij verder
met de incasso: wij sturen u een laatste brief (sommatie)"), where the page says it comes only after the wait
(tests/statement/test_pause_over_agreement.py): the letter now says it as the page does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import LetterKind, letters_due
from incasso.letters.view import letter_view
from tests.letters.test_view import NO_RECORD
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger

STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
PROMISE = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15))
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, m, 1), "amount": Decimal("250.00")} for m in range(4, 9)],
)
SAID = {
    (LetterKind.PROMISE, "nl"): "Dan gaan wij verder met de incasso: wij sturen u een laatste brief (sommatie), maar "
    "pas na 30 juni 2026.",
    (LetterKind.PROMISE, "en"): "If we do not, we will send you a final notice, but only after 30 June 2026.",
    (LetterKind.ARRANGEMENT, "nl"): "Dan gaan wij verder met de incasso: wij sturen u een betalingsherinnering, maar "
    "pas na 30 juni 2026.",
    (LetterKind.ARRANGEMENT, "en"): "If you miss an instalment, we will send you a payment reminder, but only after "
    "30 June 2026.",
}


def _terms(tmp_path, kind, language, asked_by="representative"):
    pause = event(date(2026, 3, 9), "postpone", until=date(2026, 7, 1), reason="Inventarisatie")
    if asked_by is not None:
        pause["asked_by"] = asked_by
    agreement = PROMISE if kind == LetterKind.PROMISE else PLAN
    ledger = one_debtor_ledger(
        tmp_path,
        interest="statutory",
        language=language,
        events=[*STEPS, pause, agreement],
        representative={**COUNSELLOR, "since": "2026-03-01"},
    )
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == kind)
    return " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)


@pytest.mark.parametrize(("kind", "language"), list(SAID))
def test_the_confirmation_says_a_miss_brings_the_step_only_after_the_wait(tmp_path, kind, language):
    terms = _terms(tmp_path, kind, language)
    assert SAID[(kind, language)] in terms, terms
    assert "Schuldhulp Utrecht" not in terms and "Inventarisatie" not in terms


@pytest.mark.parametrize("kind", [LetterKind.PROMISE, LetterKind.ARRANGEMENT])
def test_staff_s_own_postpone_leaves_the_confirmation_as_it_was(tmp_path, kind):
    assert "pas na" not in _terms(tmp_path, kind, "nl", asked_by=None)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Daarvoor sturen wij u na 30 juni 2026 een brief of een e-mail, met het bedrag op die dag."),
        ("en", "For it, we will send you a letter or an email after 30 June 2026, with the amount on that day."),
    ],
)
def test_the_confirmation_of_a_promise_of_part_asks_the_rest_only_after_the_wait(tmp_path, language, said):
    part = event(date(2026, 3, 10), "promise", promised_date=date(2026, 5, 15), amount=Decimal("500.00"))
    pause = event(date(2026, 3, 9), "postpone", until=date(2026, 7, 1), reason="Inventarisatie", asked_by="debtor")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", language=language, events=[*STEPS, pause, part])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.PROMISE)
    terms = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    assert said in terms, terms


def test_the_plan_s_confirmation_under_a_wait_outlasting_it_asks_the_rest_only_after_the_wait(tmp_path):
    """s48: the plan's interest rest is asked by a letter the wait holds back when it outlasts the plan."""
    pause = event(date(2026, 3, 9), "postpone", until=date(2026, 10, 1), reason="Inventarisatie", asked_by="debtor")
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=[*STEPS, pause, PLAN])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    due = next(d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.ARRANGEMENT)
    terms = " ".join(letter_view(ledger, claim, due, Channel.LETTER).terms)
    assert "Voor dat kleine bedrag krijgt u na 30 september 2026 een vriendelijke herinnering" in terms, terms
    assert "wij sturen u een betalingsherinnering, maar pas na 30 september 2026." in terms
