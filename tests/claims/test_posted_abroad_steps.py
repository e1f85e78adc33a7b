"""The step after a reminder or dunning letter posted abroad waits the days the letter arrives later than at home
(claims.timing.step_after_letter), so the day it asks payment by lies as long after its receipt as at home.

One consumer invoice of 1250.00 due Thursday 3 December 2026: its reminder is written on Friday 4 December. Posted
within the Netherlands it arrives on Tuesday 8 December (2 PostNL delivery days: Saturday 5, Tuesday 8), and the
dunning letter follows on the 18th (dunning_after_days, 14): it asked payment by the 17th, 9 days after it arrived.
Posted to Antwerp it arrives on Friday 18 December (10 delivery days: 5, 8 to 12, 15 to 18), 10 days later: the
dunning letter follows on the 28th, and the reminder asks payment by the 27th, 9 days after it arrived. Until s53
it asked by the 17th, the day before it arrived.
"""

from datetime import date, timedelta

import pytest

from incasso.claims.assess import assess
from incasso.claims.timing import later_abroad, letter_received, step_after_letter
from incasso.ledger.model import Channel, Language
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.outlook import claim_after
from incasso.letters.terms import letter_deadline
from incasso.staff.explain import what_next
from incasso.staff.language import speaking
from incasso.statement.steps import payment_deadline
from tests.support.ledgers import ADMINISTRATOR, MISSING, event, invoice, one_debtor_ledger, payment

ANTWERP = ["Meir 24", "2000 Antwerpen", "België"]
UTRECHT = ["Dorpsstraat 1", "3511 AB Utrecht"]
FRIDAY = date(2026, 12, 4)
LATE = invoice(date=date(2026, 11, 3), due=date(2026, 12, 3))


def _claim(tmp_path, day: date, events: list, **changes):
    ledger = one_debtor_ledger(tmp_path, invoices=[LATE], events=events, **changes)
    return ledger, assess(ledger, ledger.debtors[0], day)


@pytest.mark.parametrize(
    ("changes", "dunning"),
    [
        ({"contact.address": ANTWERP}, date(2026, 12, 28)),
        ({"contact.address": UTRECHT}, date(2026, 12, 18)),  # at home: the policy's 14 days, as ever
        ({"contact.address": MISSING}, date(2026, 12, 18)),  # by e-mail only: it arrives the day it is sent
        # Living abroad, their letters p/a an administrator in Utrecht: posted within the Netherlands.
        ({"contact.address": ANTWERP, "representative": ADMINISTRATOR}, date(2026, 12, 18)),
    ],
)
def test_the_dunning_letter_waits_the_days_a_reminder_posted_abroad_arrives_later(tmp_path, changes, dunning):
    reminded = [event(FRIDAY, "reminder", channel="letter")]
    _, claim = _claim(tmp_path, date(2026, 12, 10), reminded, **changes)
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", dunning)


def test_a_reminder_recorded_as_e_mailed_to_a_debtor_with_an_address_abroad_went_by_post_too(tmp_path):
    # A reminder goes in every form the debtor can be reached in (letters.due.forms): the posted one stated the
    # later day, and the e-mail beside it the same day; the channel staff record does not shorten it.
    emailed = [event(FRIDAY, "reminder", channel="email")]
    _, claim = _claim(tmp_path, date(2026, 12, 10), emailed, **{"contact.address": ANTWERP})
    assert claim.next_action.due == date(2026, 12, 28)


def test_the_days_later_are_counted_in_delivery_days_from_the_letter_s_day(tmp_path):
    ledger, claim = _claim(tmp_path, FRIDAY, [], **{"contact.address": ANTWERP})
    creditor, debtor = ledger.creditor, claim.debtor
    assert letter_received(creditor, debtor, FRIDAY) == date(2026, 12, 18)
    assert later_abroad(creditor, debtor, FRIDAY).days == 10
    # Posted on Monday 28 December: at home on Wednesday the 30th; abroad no post on New Year's Day, nor on the
    # Sundays and Mondays: 29, 30, 31 December, 2, 5 to 9 and 12 January, 13 days later.
    monday = date(2026, 12, 28)
    assert letter_received(creditor, debtor, monday) == date(2027, 1, 12)
    assert step_after_letter(creditor, debtor, monday, 14) == date(2027, 1, 24)


@pytest.mark.parametrize(
    ("address", "calls", "step", "due"),
    [
        (ANTWERP, True, "call", date(2027, 1, 17)),  # 7 days after it, and the 13 days it arrives later
        (ANTWERP, False, "final_notice", date(2027, 1, 24)),
        (UTRECHT, True, "call", date(2027, 1, 4)),
        (UTRECHT, False, "final_notice", date(2027, 1, 11)),
    ],
)
def test_the_call_and_the_final_notice_wait_the_days_a_dunning_letter_posted_abroad_arrives_later(
    tmp_path, address, calls, step, due
):
    letters = [event(date(2026, 12, 4), "reminder"), event(date(2026, 12, 28), "dunning")]
    policy = {"calls": calls}
    _, claim = _claim(tmp_path, date(2026, 12, 29), letters, policy=policy, **{"contact.address": address})
    assert (claim.next_action.kind, claim.next_action.due) == (step, due)


@pytest.mark.parametrize(("address", "due"), [(ANTWERP, date(2027, 1, 27)), (UTRECHT, date(2027, 1, 20))])
def test_a_wait_that_held_the_call_back_counts_from_the_later_days_abroad(tmp_path, address, due):
    # A wait to 20 January recorded on the 12th. Abroad, the call after the dunning letter of 28 December is due on
    # the 17th and the final notice on the 24th: the wait held the call back, and the final notice follows 7 days
    # after it (escalation.uncalled_final_notice). At home the final notice was due from the 11th already: the wait
    # moved the final notice itself, to the 20th.
    letters = [
        event(date(2026, 12, 4), "reminder"),
        event(date(2026, 12, 28), "dunning"),
        event(date(2027, 1, 12), "postpone", until=date(2027, 1, 20), reason="Schuldhulp kijkt mee"),
    ]
    _, claim = _claim(tmp_path, date(2027, 1, 27), letters, **{"contact.address": address})
    assert (claim.next_action.kind, claim.next_action.due) == ("final_notice", due)


@pytest.mark.parametrize(
    ("address", "dunning"),
    [(ANTWERP, date(2026, 12, 28)), (UTRECHT, date(2026, 12, 18))],
)
def test_the_steps_after_a_missed_instalment_s_reminder_posted_abroad_wait_the_days_it_arrives_later(
    tmp_path, address, dunning
):
    plan = event(
        date(2026, 11, 2),
        "arrangement",
        installments=[{"due": date(2026, 11, 10), "amount": "625.00"}, {"due": date(2026, 12, 10), "amount": "625.00"}],
    )
    earlier = invoice(date=date(2026, 9, 18), due=date(2026, 10, 18))
    events = [event(date(2026, 10, 20), "reminder"), plan, event(FRIDAY, "reminder", channel="letter")]
    ledger = one_debtor_ledger(tmp_path, invoices=[earlier], events=events, **{"contact.address": address})
    claim = assess(ledger, ledger.debtors[0], date(2026, 12, 11))
    assert (claim.next_action.kind, claim.next_action.due) == ("dunning", dunning)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            Language.NL,
            "Per post naar het buitenland: de brief van 4 december 2026 komt naar verwachting op 18 december 2026 "
            "aan, 10 dagen later dan binnen Nederland.",
        ),
        (
            Language.EN,
            "Posted abroad: the letter of 4 December 2026 is assumed to arrive on 18 December 2026, 10 days later "
            "than within the Netherlands.",
        ),
    ],
)
def test_staff_read_why_the_step_after_a_letter_posted_abroad_comes_later(tmp_path, language, said):
    reminded = [event(FRIDAY, "reminder", channel="letter")]
    ledger, claim = _claim(tmp_path / "abroad", date(2026, 12, 10), reminded, **{"contact.address": ANTWERP})
    with speaking(language):
        lines = what_next(claim, ledger.creditor)
    assert "28" in lines[0] and "14" in lines[0], lines  # the policy's days, and the day they give here
    assert any(line.startswith(said) for line in lines), lines
    assert not any("Later" in line for line in lines), lines  # no pause moved it: not "later than the policy"
    ledger, claim = _claim(tmp_path / "home", date(2026, 12, 10), reminded, **{"contact.address": UTRECHT})
    with speaking(language):
        assert len(what_next(claim, ledger.creditor)) == 1  # at home: the policy's line alone


@pytest.mark.parametrize(("address", "asked"), [(ANTWERP, date(2026, 12, 28)), (UTRECHT, date(2026, 12, 18))])
def test_the_letter_for_the_rest_of_a_kept_promise_of_part_posted_abroad_asks_by_a_day_after_it_arrives(
    tmp_path, address, asked
):
    # 500.00 of 1250.00 promised for Friday 4 December, paid on the 3rd: the rest is first asked by one letter, a
    # reminder, written on Saturday the 5th (posted Monday the 7th: read at home on the 9th, in Antwerp on the 19th).
    # The page on the promised day already gives the day that letter will give, and the letter gives it.
    promised = event(date(2026, 11, 20), "promise", promised_date=FRIDAY, amount="500.00")
    ledger = one_debtor_ledger(
        tmp_path,
        invoices=[invoice(date=date(2026, 10, 1), due=date(2026, 11, 1))],
        events=[event(date(2026, 11, 5), "reminder"), promised],
        payments=[payment(date=date(2026, 12, 3), amount="500.00")],
        **{"contact.address": address},
    )
    creditor = ledger.creditor
    assert payment_deadline(assess(ledger, ledger.debtors[0], FRIDAY), creditor) == asked
    saturday = date(2026, 12, 5)
    claim = assess(ledger, ledger.debtors[0], saturday)
    (due,) = letters_due(claim, NO_RECORD)
    after = claim_after(ledger, claim, due, Channel.LETTER)
    assert letter_deadline(creditor, after, Channel.LETTER) == asked
    assert asked > letter_received(creditor, claim.debtor, saturday)
    assert (after.next_action.kind, after.next_action.due) == ("dunning", asked + timedelta(days=1))
