"""The one letter that asks what a plan or a promise of part leaves (claims.escalation.asks_the_rest), said as it would
come. The plan's confirmation and the page said "Daarvoor sturen wij u na uw laatste termijn een brief", and the
promise's "sturen wij u na 20 maart 2026 een brief", of a letter that goes by e-mail (a consumer with only an e-mail
address; one who agreed to e-mail, written to by e-mail: staff.record.written_by) or is written both ways (staff send
one): an e-mail is no "brief". That letter is a reminder, written in the forms the contact reaches (letters.due.forms).

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, a reminder and a dunning
letter e-mailed; on 1 March 2026 a plan of 500.00 on 15 March and 15 April (250.00 left, the final notice due by
then), or a promise of 600.00 by 20 March.
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
    installments=[{"due": date(2026, 3, 15), "amount": "500.00"}, {"due": date(2026, 4, 15), "amount": "500.00"}],
)
PROMISE = event(date(2026, 3, 1), "promise", channel="phone", amount="600.00", promised_date=date(2026, 3, 20))
CASES = {
    "post_only": {"contact.email": MISSING},
    "email_only": {"contact.address": MISSING},
    "agreed": {"contact.final_notice_by": "email"},
    "both": {},
    "business": {"type": "business"},
}
# What comes, in each case: "brief" by post alone, "e-mail" by e-mail, both ways "een brief of een e-mail".
WHAT = {
    "nl": {"post_only": "een brief", "email_only": "een e-mail", "agreed": "een e-mail"},
    "en": {"post_only": "a letter", "email_only": "an email", "agreed": "an email"},
}
EITHER = {"nl": "een brief of een e-mail", "en": "a letter or an email"}
PLAN_THEN = {
    "nl": "Daarvoor sturen wij u dan {what}, met het bedrag op die dag.",
    "en": "We will then send you {what} for it, with the amount on that day.",
}
PROMISE_THEN = {
    "nl": "sturen wij u na 20 maart 2026 {what}, met het bedrag op die dag.",
    "en": "we will send you {what} after 20 March 2026, with the amount on that day.",
}


def _what(language, case):
    return WHAT[language].get(case, EITHER[language])


def _views(tmp_path, language, case, agreement, kind):
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, agreement], language=language, **CASES[case])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 1))
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == kind]
    form = Channel.LETTER if case == "post_only" else Channel.EMAIL
    return " ".join(letter_view(ledger, claim, due, form).terms), statement_view(claim, ledger)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_plan_s_confirmation_and_the_page_name_the_letter_for_the_rest_as_it_would_come(tmp_path, language, case):
    letter, page = _views(tmp_path, language, case, PLAN, LetterKind.ARRANGEMENT)
    said = PLAN_THEN[language].format(what=_what(language, case))
    assert said in letter
    assert said in " ".join(page.next_steps)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_the_promise_s_confirmation_and_the_page_name_the_letter_for_the_rest_as_it_would_come(
    tmp_path, language, case
):
    letter, page = _views(tmp_path, language, case, PROMISE, LetterKind.PROMISE)
    said = PROMISE_THEN[language].format(what=_what(language, case))
    assert said in letter
    assert said in " ".join(page.summary.lines)
