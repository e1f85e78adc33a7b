"""A plan's confirmation written by post and by e-mail on the plan's day asks its first instalment by one day in both,
and the page by the same: the later, the posted letter's (it arrives last: never hold the debtor to an earlier day).

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor, with a postal and an e-mail address), due 4
February 2026; the plan is agreed on Friday 6 March 2026, with no channel: its confirmation goes both ways. By post it
is assumed to arrive on Tuesday 10 March (claims.timing.letter_received), the e-mail the same day.
"""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.view import letter_view
from incasso.statement.view import statement_view
from tests.support.ledgers import event, one_debtor_ledger

AGREED = date(2026, 3, 6)
INSTALMENTS = [{"due": date(2026, 3, 7), "amount": 500}, {"due": date(2026, 4, 7), "amount": 750}]
# name: (events before the plan, what the box says by when in both)
CASES = {
    # In a final notice's term (posted 3 March: last day 19 March): by its last day, the posted letter's.
    "in the term": ([event(date(2026, 3, 3), "final_notice", channel="letter")], "Betaal uiterlijk 19 maart 2026"),
    # No term: the posted letter cannot be read by the 7th and asks it 14 days after the confirmation arrives as the
    # core counts it (written by Saturday's build, posted on Monday the 9th, received Wednesday the 11th: the 25th);
    # s51: "zo snel mogelijk". So does the e-mail.
    "no term": ([event(date(2026, 2, 5), "reminder")], "Betaal uiterlijk 25 maart 2026"),
}


def _letters(tmp_path, events):
    plan = event(AGREED, "arrangement", installments=INSTALMENTS)
    ledger = one_debtor_ledger(tmp_path, events=[*events, plan])
    claim = assess(ledger, ledger.debtors[0], AGREED)
    (due,) = [d for d in letters_due(claim, NO_RECORD) if d.kind == LetterKind.ARRANGEMENT]
    return {form: letter_view(ledger, claim, due, form) for form in (Channel.LETTER, Channel.EMAIL)}, claim, ledger


@pytest.mark.parametrize("name", CASES)
def test_a_plan_s_confirmation_asks_its_first_instalment_by_one_day_by_post_and_by_e_mail(tmp_path, name):
    """The e-mail asked it by the 7th, its agreed day, the posted letter of the same night by the 19th: a debtor who
    gets both read two days for one instalment."""
    events, by = CASES[name]
    letters, claim, ledger = _letters(tmp_path, events)
    posted, mailed = letters[Channel.LETTER], letters[Channel.EMAIL]
    assert posted.lead.by == mailed.lead.by == by
    unread = [t for t in posted.terms if t.startswith("De afgesproken dag voor termijn 1")]
    assert unread, posted.terms
    assert [t for t in mailed.terms if t.startswith("De afgesproken dag voor termijn 1")] == [
        unread[0].replace("deze brief", "deze e-mail")
    ]
    assert mailed.pay.note == posted.pay.note
    assert statement_view(claim, ledger).summary.deadline == by  # the page, the same night
