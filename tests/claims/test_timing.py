"""When a posted letter is assumed received by a debtor abroad: later than within the Netherlands.

International post takes longer than PostNL's domestic norm; a term counted from too early a day of
receipt costs the claim its costs (domain: assume receipt late, never early). One consumer invoice of
1250.00 due 2026-02-04 (tests.support.ledgers), posted to Antwerp unless a test says otherwise.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.timing import (
    confirmation_received,
    delivery_days,
    final_notice_term_end,
    letter_received,
    notice_term_end,
)
from tests.support.ledgers import MISSING, event, one_debtor_ledger

ANTWERP = ["Meir 24", "2000 Antwerpen", "België"]
TUESDAY = date(2026, 12, 1)


def debtor_in(tmp_path, address=ANTWERP, **changes):
    ledger = one_debtor_ledger(tmp_path, **{"contact.address": address, **changes})
    return ledger.creditor, ledger.debtors[0]


@pytest.mark.parametrize(
    "address, received",
    [
        # 10 PostNL delivery days: 2, 3, 4, 5, 8, 9, 10, 11, 12 and Tuesday 15 December.
        (ANTWERP, date(2026, 12, 15)),
        (["Rue de la Loi 155 boîte 12", "1040 Etterbeek", "België"], date(2026, 12, 15)),
        # Within the Netherlands: the postal norm, 2 delivery days.
        (["Dorpsstraat 1", "1234 AB Ergens"], date(2026, 12, 3)),
    ],
)
def test_a_letter_posted_abroad_is_assumed_received_after_the_days_abroad(tmp_path, address, received):
    creditor, debtor = debtor_in(tmp_path, address)
    assert letter_received(creditor, debtor, TUESDAY, "letter") == received
    assert letter_received(creditor, debtor, TUESDAY) == received  # no channel: by post


def test_the_days_abroad_count_postal_delivery_days_past_christmas(tmp_path):
    # Posted Wednesday 16 December 2026: 17, 18, 19, 22, 23, 24, then no post on Christmas Day, Boxing Day,
    # Sunday or Monday: 29, 30, 31 December, then none on New Year's Day: Saturday 2 January 2027.
    creditor, debtor = debtor_in(tmp_path)
    assert letter_received(creditor, debtor, date(2026, 12, 16), "letter") == date(2027, 1, 2)


def test_an_e_mail_abroad_arrives_the_same_day(tmp_path):
    creditor, debtor = debtor_in(tmp_path)
    assert letter_received(creditor, debtor, TUESDAY, "email") == TUESDAY
    assert letter_received(creditor, debtor, TUESDAY, "portal") == TUESDAY


def test_the_policy_sets_the_days_abroad(tmp_path):
    creditor, debtor = debtor_in(tmp_path, policy={"delivery_days_abroad": 5})
    assert delivery_days(creditor, debtor, TUESDAY) == 5
    assert letter_received(creditor, debtor, TUESDAY, "letter") == date(2026, 12, 8)


def test_a_letter_abroad_is_never_assumed_faster_than_one_within_the_netherlands(tmp_path):
    # delivery_days above the days abroad: the letter abroad takes at least as long as one at home.
    creditor, debtor = debtor_in(tmp_path, policy={"delivery_days": 12, "delivery_days_abroad": 3})
    assert delivery_days(creditor, debtor, TUESDAY) == 12
    creditor, debtor = debtor_in(tmp_path / "norm", policy={"delivery_days_abroad": 1})
    assert delivery_days(creditor, debtor, date(2027, 7, 5)) == 3  # the postal norm from 1 July 2027


def test_a_posted_final_notice_abroad_gives_its_term_and_costs_from_the_later_receipt(tmp_path):
    # Received Tuesday 15 December; 14 days to Tuesday 29 December; costs and the handover from the 30th.
    notice = event(TUESDAY, "final_notice", channel="letter", costs=Decimal("187.50"))
    ledger = one_debtor_ledger(tmp_path, **{"contact.address": ANTWERP, "events": [notice]})
    creditor, debtor = ledger.creditor, ledger.debtors[0]
    assert final_notice_term_end(creditor, debtor, TUESDAY, "letter") == date(2026, 12, 29)
    claim = assess(ledger, debtor, date(2026, 12, 20))
    assert (claim.costs.state, claim.costs.from_date) == ("announced", date(2026, 12, 30))
    assert (claim.next_action.kind, claim.next_action.due) == ("handover", date(2026, 12, 30))
    assert assess(ledger, debtor, date(2026, 12, 29)).costs.state == "announced"
    assert assess(ledger, debtor, date(2026, 12, 30)).costs.state == "charged"


@pytest.mark.parametrize(
    "received, last_day",
    [
        (date(2026, 12, 21), date(2027, 1, 4)),  # told later than assumed: from the day it came (Atw: Monday)
        (date(2026, 12, 4), date(2026, 12, 29)),  # told earlier: never shortens what the letter said
    ],
)
def test_the_day_the_debtor_told_still_wins_over_the_days_abroad(tmp_path, received, last_day):
    notice = event(TUESDAY, "final_notice", channel="letter", received=received)
    ledger = one_debtor_ledger(tmp_path, **{"contact.address": ANTWERP, "events": [notice]})
    (recorded,) = ledger.debtors[0].events
    assert notice_term_end(ledger.creditor, ledger.debtors[0], recorded) == last_day


@pytest.mark.parametrize(
    "written, received",
    [
        # New Year's Day 2027 is a Friday: posted Monday 4 January, delivered Tuesday 5 and Wednesday 6. Counted
        # from the letter's own day it would be Saturday 2 and Tuesday 5: a day early.
        (date(2027, 1, 1), date(2027, 1, 6)),
        # King's Day 2027, a Tuesday: posted Wednesday 28 April, delivered Thursday 29 and Friday 30 (not
        # Wednesday 28 and Thursday 29).
        (date(2027, 4, 27), date(2027, 4, 30)),
        # A Sunday: the Monday's post arrives on the same Wednesday as before.
        (date(2026, 11, 29), date(2026, 12, 2)),
    ],
)
def test_a_letter_dated_on_a_day_without_post_counts_from_the_next_day_post_is_collected(tmp_path, written, received):
    creditor, debtor = debtor_in(tmp_path, ["Dorpsstraat 1", "1234 AB Ergens"])
    assert letter_received(creditor, debtor, written, "letter") == received
    assert letter_received(creditor, debtor, written, "email") == written


def test_a_final_notice_dated_on_a_holiday_gives_its_fourteen_days_from_the_later_receipt(tmp_path):
    # Posted (dated) New Year's Day 2027: received Wednesday 6 January, 14 days to Wednesday 20 January.
    notice = event(date(2027, 1, 1), "final_notice", channel="letter")
    ledger = one_debtor_ledger(tmp_path, **{"contact.address": ["Dorpsstraat 1", "1234 AB Ergens"], "events": [notice]})
    (recorded,) = ledger.debtors[0].events
    assert notice_term_end(ledger.creditor, ledger.debtors[0], recorded) == date(2027, 1, 20)


# -- a promise's or plan's confirmation: written by the next night's build, assumed received late, never early -----

DUTCH = ["Dorpsstraat 1", "1234 AB Ergens"]
FRIDAY = date(2026, 12, 4)


def _agreed_on(tmp_path, day, channel=None, **contact):
    fields = {"channel": channel} if channel else {}
    plan = event(day, "arrangement", installments=[{"due": day, "amount": 500}], **fields)
    ledger = one_debtor_ledger(tmp_path, events=[plan], **{"contact.address": DUTCH, **contact})
    debtor = ledger.debtors[0]
    return confirmation_received(ledger.creditor, debtor, debtor.events[-1])


@pytest.mark.parametrize(
    "agreed, channel, contact, received",
    [
        # Agreed on Friday 4 December after that night's build: written by Saturday's, posted on Monday 7 (no post
        # is collected on a Saturday), 2 delivery days: Tuesday 8 and Wednesday 9. Counted from the Friday, it
        # was Tuesday 8 (Saturday 5, then no post on Sunday or Monday): a day early.
        (FRIDAY, None, {}, date(2026, 12, 9)),
        (FRIDAY, "phone", {}, date(2026, 12, 9)),
        # Agreed on Tuesday 1 December: written on Wednesday 2, posted then, received on Friday 4.
        (TUESDAY, None, {}, date(2026, 12, 4)),
        # Agreed on Thursday 31 December: written on New Year's Day, posted on Monday 4 January 2027, received on
        # Wednesday 6 January (counted from the 31st: Saturday 2 and Tuesday 5).
        (date(2026, 12, 31), None, {}, date(2027, 1, 6)),
        # E-mailed or in the portal (or only an e-mail address): it arrives the day the next night's build sends
        # it, a Saturday too, not on the Friday of the agreement.
        (FRIDAY, "email", {}, date(2026, 12, 5)),
        (FRIDAY, "portal", {}, date(2026, 12, 5)),
        (FRIDAY, "phone", {"contact.address": MISSING}, date(2026, 12, 5)),
        # Neither address: no letter goes, and the debtor knows the plan from the day it was made.
        (FRIDAY, None, {"contact.address": MISSING, "contact.email": MISSING}, FRIDAY),
    ],
)
def test_a_confirmation_is_assumed_written_the_night_after_the_agreement(tmp_path, agreed, channel, contact, received):
    assert _agreed_on(tmp_path, agreed, channel, **contact) == received


@pytest.mark.parametrize(
    "confirmed, received",
    [
        # Entered late: the first build to see it wrote it on Tuesday 15 December, posted that day, received
        # Thursday the 17th (counted from the night after, the 9th: a week before the debtor could read it).
        (date(2026, 12, 15), date(2026, 12, 17)),
        # Written on the agreement's own day (entered before that night's build): never earlier than the night after.
        (FRIDAY, date(2026, 12, 9)),
    ],
)
def test_a_confirmation_a_build_wrote_later_is_counted_from_that_day(tmp_path, confirmed, received):
    plan = event(FRIDAY, "arrangement", installments=[{"due": FRIDAY, "amount": 500}])
    ledger = one_debtor_ledger(tmp_path, events=[plan], **{"contact.address": DUTCH})
    debtor = ledger.debtors[0]
    marked = replace(debtor.events[-1], confirmed=confirmed)
    assert confirmation_received(ledger.creditor, debtor, marked) == received
