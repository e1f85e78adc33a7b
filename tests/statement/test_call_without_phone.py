"""s53: what a missed promise leads to when that is the call after the dunning letter, for a debtor without a phone
number (statement.steps._call_step): the note staff send in its place, by e-mail when there is an address for it, else
by post (claims.escalation.call_in_writing), said with the final notice as it would come and with a wait asked for
that holds the step back; not "wij bellen u". The real build, page and confirmation: tests/site/
test_call_without_phone_build.py.

One consumer invoice of 1250.00 (tests.support.ledgers.valid_debtor), due 4 February 2026, reminded and dunned; a
promise made on 20 February to pay by 23 February: a miss brings the call."""

from __future__ import annotations

from datetime import date

import pytest

from incasso.claims.assess import assess, claim_when_chased
from incasso.claims.escalation import call_in_writing
from incasso.claims.states import ActionKind
from incasso.staff.record import record_lines
from incasso.statement.view import statement_view
from tests.support.ledgers import MISSING, event, one_debtor_ledger

STEPS = [event(date(2026, 2, 5), "reminder"), event(date(2026, 2, 19), "dunning")]
PROMISE = event(date(2026, 2, 20), "promise", promised_date=date(2026, 2, 23))
WAIT = event(date(2026, 2, 20), "postpone", until=date(2026, 4, 1), reason="Salaris pas eind maart", asked_by="debtor")
TODAY = date(2026, 2, 21)
NO_PHONE = {"contact.phone": MISSING}
NO_PHONE_NOR_EMAIL = {"contact.phone": MISSING, "contact.email": MISSING}
EMAIL_ONLY = {"contact.phone": MISSING, "contact.address": MISSING}  # the notice asks consent: an e-mail (sommatie)


def _next(tmp_path, language, contact, events=()):
    """The ledger, the claim today and the page's last line of what happens next: a miss of the promise."""
    ledger = one_debtor_ledger(tmp_path, events=[*STEPS, PROMISE, *events], language=language, **contact)
    claim = assess(ledger, ledger.debtors[0], TODAY)
    return ledger, claim, statement_view(claim, ledger).next_steps[-1]


@pytest.mark.parametrize(
    ("language", "contact", "said"),
    [
        ("nl", NO_PHONE, "wij nemen per e-mail contact met u op. Daarna sturen wij u een laatste brief (sommatie)."),
        ("en", NO_PHONE, "we will contact you by email. Then we will send you a final notice."),
        ("nl", NO_PHONE_NOR_EMAIL, "wij nemen per post contact met u op. Daarna sturen wij u een laatste brief "
         "(sommatie)."),
        ("en", NO_PHONE_NOR_EMAIL, "we will contact you by post. Then we will send you a final notice."),
        ("nl", EMAIL_ONLY, "wij nemen per e-mail contact met u op. Daarna sturen wij u een e-mail (sommatie)."),
        ("en", EMAIL_ONLY, "we will contact you by email. Then we will send you a notice to pay by email."),
    ],
)  # fmt: skip
def test_a_missed_promise_brings_the_note_staff_send_then_the_notice_as_it_would_come(
    tmp_path, language, contact, said
):
    _, _, line = _next(tmp_path, language, contact)
    assert said in line, line
    assert "bellen" not in line and "call" not in line


@pytest.mark.parametrize(
    ("language", "contact", "said"),
    [
        ("nl", NO_PHONE, "wij nemen per e-mail contact met u op, maar pas na 31 maart 2026. Daarna sturen wij u een "
         "laatste brief (sommatie)."),
        ("en", NO_PHONE_NOR_EMAIL, "we will contact you by post, but only after 31 March 2026. Then we will send you "
         "a final notice."),
    ],
)  # fmt: skip
def test_a_note_held_back_by_a_wait_comes_only_after_it_and_before_what_follows(tmp_path, language, contact, said):
    _, _, line = _next(tmp_path, language, contact, [WAIT])
    assert said in line, line


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "wij bellen u. Daarna sturen wij u een laatste brief (sommatie)."),
        ("en", "we will call you. Then we will send you a final notice."),
    ],
)
def test_with_a_phone_number_the_call_is_said_as_before(tmp_path, language, said):
    _, claim, line = _next(tmp_path, language, {})
    assert said in line, line
    assert call_in_writing(claim.debtor) is None


@pytest.mark.parametrize(("contact", "how"), [(NO_PHONE, "per e-mail"), (NO_PHONE_NOR_EMAIL, "per post")])
def test_the_page_names_the_channel_staff_record_the_note_by(tmp_path, contact, how):
    """On the call's day the dossier's lines to paste record a note by the channel the page named."""
    ledger, claim, line = _next(tmp_path, "nl", contact)
    missed = claim_when_chased(ledger, claim, date(2026, 2, 24))
    assert missed.next_action.kind == ActionKind.CALL
    lines = record_lines(missed.next_action, missed.debtor, missed.as_of)
    channel = call_in_writing(missed.debtor)
    assert f"channel: {channel}" in lines and how in line
