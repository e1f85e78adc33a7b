"""A dispute raised and answered after a settlement lapsed (docs/letters.md, "The texts"): the first letter after
both opened with the lapse (`*_after_settlement`) and never named the answer, and its way out asked again whether
the invoice was right. The answer is the newer news: the letter opens with it (`*_answered`) and says the lapse once,
in its own paragraph, one sentence about each. An answer given before the settlement is old news: the lapse leads.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026; the settlement of 600.00
agreed on 28 November 2026 with the counsellor, to pay by 31 January 2027, lapses on 1 February 2027; a dispute on
2 February, answered on 9 February; the next step is due on 23 February.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from pelican.plugins.incasso.letters.pdf import render_pdf
from pelican.plugins.incasso.letters.texts import LetterTexts
from tests.support.ledgers import COUNSELLOR, event, one_debtor_ledger
from tests.support.letters import flat, pdf_text
from tests.support.site import REPO

REMINDER = event(date(2026, 2, 10), "reminder")
DUNNING = event(date(2026, 3, 10), "dunning")
SETTLEMENT = event(
    date(2026, 11, 28), "settlement", amount=Decimal("600.00"), pay_by=date(2027, 1, 31), asked_by="representative"
)
DISPUTED = event(date(2027, 2, 2), "dispute", reason="Te duur")
ANSWERED = event(date(2027, 2, 9), "dispute_resolved", outcome="De prijs klopt")
BUILT = date(2027, 2, 25)
ANSWER = {"nl": "uw bezwaar beantwoord", "en": "answered your dispute"}
LAPSE = {"nl": "De afspraak van 28 november 2026 is vervallen", "en": "The agreement of 28 November 2026 has ended"}
LAPSE_OPENING = {"nl": "die afspraak geldt niet meer", "en": "that agreement no longer applies"}
ASKS_AGAIN = {"nl": "Klopt de factuur niet?", "en": "Is the invoice wrong?"}


def _letter(tmp_path: Path, language: str, events: list) -> tuple[str, str]:
    """(the opening's name, the letter as the debtor reads it: its PDF read back)."""
    ledger = one_debtor_ledger(tmp_path, events=events, representative=COUNSELLOR, language=language)
    claim = assess(ledger, ledger.debtors[0], BUILT)
    (due,) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    opening = LetterTexts(REPO / "content" / "letters")[(language, view.opening)].filled(view.text_values)
    return view.opening, flat(" ".join(pdf_text(render_pdf(view, opening.blocks)[0]))).replace("\xa0", " ")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    ("steps", "kind"),
    [([], LetterKind.REMINDER), ([REMINDER], LetterKind.DUNNING), ([REMINDER, DUNNING], LetterKind.FINAL_NOTICE)],
)
def test_an_answer_after_the_lapse_opens_the_letter_and_the_lapse_is_said_once(
    tmp_path: Path, language: str, steps: list, kind: LetterKind
) -> None:
    opening, text = _letter(tmp_path, language, [*steps, SETTLEMENT, DISPUTED, ANSWERED])
    assert opening == f"{kind}_answered"
    assert text.count(ANSWER[language]) == 1 and text.count(LAPSE[language]) == 1, text
    assert text.index(ANSWER[language]) < text.index(LAPSE[language])  # the newer news first
    assert LAPSE_OPENING[language] not in text  # the lapse once: not in the opening as well
    assert ASKS_AGAIN[language] not in text  # the way out asks about the answer, not again whether the invoice is right


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_answer_before_the_settlement_leaves_the_lapse_to_lead(tmp_path: Path, language: str) -> None:
    before = [event(date(2026, 3, 1), "dispute", reason="Te duur"), event(date(2026, 4, 1), "dispute_resolved")]
    opening, text = _letter(tmp_path, language, [REMINDER, *before, SETTLEMENT])
    assert opening == "dunning_after_settlement"
    assert LAPSE_OPENING[language] in text and ANSWER[language] not in text, text
