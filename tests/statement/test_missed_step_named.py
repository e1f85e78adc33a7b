"""What a missed instalment or promise leads to, said of a final notice that would not come as a letter. The page and
the plan's confirmation said "wij sturen u een laatste brief (sommatie)" and "Blijft de termijn ook daarna open, dan
vragen wij in onze laatste brief (sommatie) ... Betaalt u ook na die brief niet" of a notice that goes by e-mail
(`final_notice_by: email` agreed), of one e-mailed to a consumer with only an e-mail address (it asks for consent:
no last one, no costs), and of a business's, written both ways (staff send one). They say what would come, as the
steps do (`step_final_notice_*`).

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; a plan agreed on 1 March 2026 of 600.00 on 15 March and 650.00 on 15 April (its confirmation), or,
after a missed instalment's reminder, a promise of 600.00 by 20 March (the page's line).
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, one_debtor_ledger

STEPS = [event(date(2026, 2, 5), "reminder", channel="email"), event(date(2026, 2, 19), "dunning", channel="email")]
PLAN = event(
    date(2026, 3, 1),
    "arrangement",
    channel="email",
    installments=[{"due": date(2026, 3, 15), "amount": "600.00"}, {"due": date(2026, 4, 15), "amount": "650.00"}],
)
PROMISE = event(date(2026, 3, 1), "promise", channel="phone", amount="600.00", promised_date=date(2026, 3, 20))
AGREED = {"contact.final_notice_by": "email"}
EMAIL_ONLY = {"contact.address": MISSING}
BUSINESS = {"type": "business"}
CASES = {"agreed": AGREED, "email_only": EMAIL_ONLY, "business": BUSINESS}
# The plan's confirmation: what follows the missed instalment's reminder ("the whole amount overdue by then", s59: not
# "everything that is overdue", which left open whether the instalments still to come were in it).
THEN = {
    ("agreed", "nl"): "Blijft de termijn ook daarna open? Dan vragen wij in onze laatste e-mail (sommatie) alles wat "
    "dan te laat is, niet alleen de termijn. Betaalt u ook na die e-mail niet, dan komen er incassokosten bij.",
    ("agreed", "en"): "If it stays unpaid, our final notice by email asks for the whole amount overdue "
    "by then, not only the instalment. If you still do not pay after that email, collection costs will be added.",
    ("email_only", "nl"): "Blijft de termijn ook daarna open? Dan vragen wij u in een e-mail (sommatie) om alles wat "
    "dan te laat is, niet alleen de termijn.",
    ("email_only", "en"): "If it stays unpaid, we will email you a notice to pay (in Dutch: sommatie). It asks for "
    "the whole amount overdue by then, not only the instalment.",
    ("business", "nl"): "Blijft de termijn ook daarna open? Dan vragen wij in een sommatie, per post of per e-mail, "
    "alles wat dan te laat is, niet alleen de termijn. Betaalt u ook daarna niet, dan komen er incassokosten bij.",
    (
        "business",
        "en",
    ): "If it stays unpaid, we will send you a final notice, by post or by email. It asks for the whole amount "
    "overdue by then, not only the instalment. If you still do not pay after that notice, collection costs "
    "will be added.",
}
# The page's line of a promise: the step a miss leads to.
STEP = {
    ("agreed", "nl"): "wij sturen u een sommatie per e-mail",
    ("agreed", "en"): "we will send you a final notice by email",
    ("email_only", "nl"): "wij sturen u een e-mail (sommatie)",
    ("email_only", "en"): "we will send you a notice to pay by email",
    ("business", "nl"): "wij sturen u een sommatie, per post of per e-mail",
    ("business", "en"): "we will send you a final notice, by post or by email",
}
LETTER = {"nl": "brief", "en": "letter"}


def _ledger(tmp_path, language, case, events):
    return one_debtor_ledger(tmp_path, events=[*STEPS, *events], language=language, **CASES[case])


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_plan_s_confirmation_names_the_notice_as_it_would_come(tmp_path, language, case):
    ledger = _ledger(tmp_path, language, case, [PLAN])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 1))
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.ARRANGEMENT]
    terms = " ".join(letter_view(ledger, claim, due, Channel.EMAIL).terms)
    assert THEN[(case, language)] in terms
    assert LETTER[language] not in terms.split(THEN[(case, language)][:20])[-1]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_page_names_the_notice_a_missed_promise_leads_to_as_it_would_come(tmp_path, language, case):
    """A plan's instalment missed and reminded of on 20 March (250.00 of it unpaid), then a promise: its miss leads to
    the final notice."""
    ledger = _ledger(tmp_path, language, case, [PROMISE])
    said = " ".join(statement_view(assess(ledger, ledger.debtors[0], date(2026, 3, 2)), ledger).next_steps)
    assert STEP[(case, language)] in said
    assert "laatste brief" not in said and "final notice," not in said.replace(STEP[(case, language)], "")
