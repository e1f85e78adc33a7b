"""s46 (a counsellor's plan): a plan whose instalments pay the whole of today's total, collection costs included,
leaves only the interest that runs during it. The page and the confirmation said "Daarin zitten de incassokosten van
EUR 18,03" beside "Wij rekenen EUR 217,50 incassokosten": a costs figure that is none, while the instalments pay
the costs first (art. 6:44 BW). Such a rest is the interest to come, and small beside an instalment."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import DueLetter, LetterKind
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger

AGREED = date(2026, 4, 1)
STEPS = [
    event(date(2026, 2, 5), "reminder"),
    event(date(2026, 2, 19), "dunning"),
    event(date(2026, 3, 5), "final_notice", channel="letter", costs=Decimal("187.50")),
]
COSTS_IN = {"nl": "Daarin zitten de incassokosten", "en": "That includes the collection costs"}
SMALL = {"nl": "kleine bedrag", "en": "small amount"}


def _planned(tmp_path, language: str):
    """Ten monthly instalments from 15 April that pay today's total."""
    ledger = one_debtor_ledger(tmp_path, interest="statutory", events=STEPS, language=language)
    total = assess(ledger, ledger.debtors[0], AGREED).total_due
    amounts = [Decimal("120.00")] * 9 + [total - Decimal("1080.00")]
    days = [date(2026 + (3 + m) // 12, (3 + m) % 12 + 1, 15) for m in range(10)]
    instalments = [{"due": d, "amount": a} for d, a in zip(days, amounts, strict=True)]
    plan = event(AGREED, "arrangement", channel="email", installments=instalments)
    ledger = one_debtor_ledger(tmp_path / "plan", interest="statutory", events=[*STEPS, plan], language=language)
    return ledger, assess(ledger, ledger.debtors[0], AGREED)


def _said(ledger, claim) -> tuple[str, str]:
    page = " ".join(statement_view(claim, ledger).next_steps)
    plan = claim.running_plan.event
    letter = letter_view(ledger, claim, DueLetter(LetterKind.ARRANGEMENT, plan), Channel.EMAIL)
    return page, str(letter)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_of_the_whole_total_leaves_interest_not_costs(tmp_path, language):
    ledger, claim = _planned(tmp_path, language)
    assert claim.costs.amount == Decimal("187.50")
    assert claim.plan_leaves_open <= 0
    page, letter = _said(ledger, claim)
    for said in (page, letter):
        assert COSTS_IN[language] not in said, said
        assert SMALL[language] in said, said


# Costs the instalments do not pay are still named in the rest: tests/statement/test_plan_under_notice.py
# (the costs with their VAT) and tests/letters/test_terms.py (a confirmation read after the term).
