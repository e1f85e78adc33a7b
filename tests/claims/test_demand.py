"""The day a plan's confirmation asks an instalment by (claims.demand.instalment_day_read): one rule that the
letter (letters.terms.letter_deadline) and the core's reminder of a missed instalment (claims.escalation) follow."""

from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import instalment_asked_by, instalment_asked_later, instalment_day_read
from tests.support.ledgers import event, one_debtor_ledger

# A final notice posted on Sunday 1 March 2026: received on the 4th, its term's last day the 18th.
NOTICE = [
    event(date(2026, 1, 20), "reminder"),
    event(date(2026, 2, 10), "dunning"),
    event(date(2026, 3, 1), "final_notice", channel="letter"),
]
PLAN = event(
    date(2026, 3, 10),
    "arrangement",
    installments=[{"due": date(2026, 3, 10), "amount": 500}, {"due": date(2026, 4, 25), "amount": 750}],
)


@pytest.mark.parametrize(
    "due, arrives, notice, asked",
    [
        (date(2026, 3, 13), date(2026, 3, 12), True, date(2026, 3, 13)),  # read before its day: its own day
        (date(2026, 3, 10), date(2026, 3, 12), True, date(2026, 3, 18)),  # gone on arrival: the term's last day
        (date(2026, 3, 12), date(2026, 3, 12), True, date(2026, 3, 18)),  # due the day it arrives: the same
        # The last day is no day to act on either: 14 days from the day the letter arrives (dunning_after_days).
        (date(2026, 3, 10), date(2026, 3, 18), True, date(2026, 4, 1)),
        (date(2026, 3, 10), date(2026, 3, 12), False, date(2026, 3, 26)),  # no final notice: the same 14 days
        (date(2026, 3, 10), date(2026, 4, 20), False, date(2026, 4, 25)),  # ... no later than the next instalment's
    ],
)
def test_the_confirmation_asks_an_instalment_by_its_day_or_the_term_s_last_day_or_fourteen_days_after_it_arrives(
    tmp_path, due, arrives, notice, asked
):
    """A letter that comes too late for the instalment's day must not make the debtor late: it gives a day of its own,
    not "zo snel mogelijk" (after which the core reminded them the day after the letter arrived)."""
    ledger = one_debtor_ledger(tmp_path, events=[*(NOTICE if notice else []), PLAN])
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    assert instalment_day_read(ledger.creditor, claim, due, arrives) == asked


def test_the_days_after_a_late_confirmation_are_the_policy_s_reminder_term(tmp_path):
    """The room is the one a reminder gives (policy.dunning_after_days): set to 7, a week from the day it arrives."""
    ledger = one_debtor_ledger(tmp_path, events=[PLAN], policy={"dunning_after_days": 7})
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 10))
    assert instalment_day_read(ledger.creditor, claim, date(2026, 3, 10), date(2026, 3, 12)) == date(2026, 3, 19)


def test_the_core_reads_the_same_day_once_the_instalment_is_missed_and_once_the_costs_are_charged(tmp_path):
    """Assessed later, on the day the reminder counts from or once the costs came, the day the letter gave holds."""
    for as_of in (date(2026, 3, 13), date(2026, 3, 20)):
        ledger = one_debtor_ledger(tmp_path / str(as_of), events=[*NOTICE, PLAN])
        claim = assess(ledger, ledger.debtors[0], as_of)
        day = instalment_day_read(ledger.creditor, claim, date(2026, 3, 10), date(2026, 3, 12))
        assert day == date(2026, 3, 18), as_of


@pytest.mark.parametrize(
    "as_of, channel, before",
    [
        (date(2026, 3, 10), None, True),  # the plan's own day: its confirmation is written tonight
        # Written by the night's build of Wednesday the 11th and posted that day, it arrives on Friday the 13th:
        (date(2026, 3, 12), None, True),  # not missed yet before it arrives
        (date(2026, 3, 13), None, True),  # read: the letter asks it by the term's last day, the 18th
        (date(2026, 3, 18), None, True),
        (date(2026, 3, 19), None, False),  # missed from here, as the core's reminder counts it
        (date(2026, 3, 10), "email", True),  # e-mailed by the 11th's build, it arrives then; by the 18th too
        (date(2026, 3, 11), "email", True),
        (date(2026, 3, 19), "email", False),
    ],
)
def test_an_instalment_is_asked_later_until_the_day_its_confirmation_asks_it_by_has_passed(
    tmp_path, as_of, channel, before
):
    """The page asks such an instalment as the confirmation does, by `instalment_asked_by`, and calls it missed only
    from the day after that day (the final notice's last day here): on the 13th, the letter read, the page said "De
    termijn van 10 maart 2026 is nog niet betaald" while the letter asked it by the 18th."""
    plan = event(
        PLAN["date"], "arrangement", installments=PLAN["installments"], **({"channel": channel} if channel else {})
    )
    ledger = one_debtor_ledger(tmp_path, events=[*NOTICE, plan])
    claim = assess(ledger, ledger.debtors[0], as_of)
    unread = instalment_asked_later(ledger.creditor, claim)
    assert (unread is not None) == before
    if unread is not None:
        assert unread.installment.due == date(2026, 3, 10)
        assert instalment_asked_by(ledger.creditor, claim, unread.installment.due) == date(2026, 3, 18)


def test_an_instalment_due_before_its_confirmation_arrives_is_missed_only_after_the_day_it_gives(tmp_path):
    """Without a final notice's term the confirmation asks it by a day of its own: agreed on Tuesday 10 March, it is
    written by the next night's build (Wednesday the 11th), posted that day and assumed received two delivery days
    later, Friday the 13th; it asks the instalment by the 27th, 14 days later, and the page calls it missed from the
    28th. Before s52 it asked it "zo snel mogelijk" and the instalment was missed from the 14th, the day after."""
    plan = event(PLAN["date"], "arrangement", installments=PLAN["installments"])
    ledger = one_debtor_ledger(tmp_path, events=[plan])
    for as_of, asked in ((date(2026, 3, 14), True), (date(2026, 3, 27), True), (date(2026, 3, 28), False)):
        claim = assess(ledger, ledger.debtors[0], as_of)
        assert (instalment_asked_later(ledger.creditor, claim) is not None) == asked, as_of
        assert (claim.asked_later is not None) == asked, as_of
    claim = assess(ledger, ledger.debtors[0], date(2026, 3, 14))
    assert claim.asked_later is not None and claim.asked_later.by == date(2026, 3, 27)
