"""Policy days that let a posted reminder or dunning letter ask payment by a day gone before it is read, or by its
own day, or that leave a settlement's missed instalment without a reminder: said once, in a note at the policy's line,
with the values and the days to write (s52). The schedule keeps the days set.

A reminder asks payment by the eve of the dunning letter (`dunning_after_days` after it); a dunning letter by the eve of
the final notice (`final_notice_after_days` after it), also while staff call (a call set later has no day: s53); a
settlement's missed instalment's reminder, written `reminder_after_days` after the instalment's day, by the
settlement's last day of grace (`final_notice_term_days` after it), and none is written after that day. A posted letter is read days later
(claims.timing.letter_received).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.notices import ledger_notes, letters_asking_a_day_gone
from incasso.claims.states import Status
from incasso.claims.timing import letter_received
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_after
from incasso.letters.terms import letter_deadline
from incasso.statement.steps import payment_deadline
from tests.support.ledgers import (
    event,
    invoice,
    one_debtor_ledger,
    valid_creditor,
    valid_debtor,
    where,
    write_ledger,
)
from tests.support.site import DEMO_LEDGER

AS_OF = date(2026, 12, 6)
SAID = re.compile(r"one written on \w+ (\S+) is received on \w+ (\S+),")


def ledger_of(tmp_path, policy: dict | None, debtors: int = 1):
    creditor = valid_creditor(interest="none", **({"policy": policy} if policy else {}))
    docs = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in range(1, debtors + 1)]
    return creditor, load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=docs))


def policy_notes(ledger, as_of: date = AS_OF) -> list[str]:
    return [n for n in ledger_notes(ledger, as_of) if "is assumed read up to" in n or "no reminder is written" in n]


@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 12, 24), date(2027, 6, 30), date(2027, 12, 20)])
def test_the_shipped_defaults_and_the_demo_s_policy_say_nothing(tmp_path, as_of):
    """Over a Christmas week and the postal norm's change to 3 days (1 July 2027) alike."""
    _, ledger = ledger_of(tmp_path, None)
    assert policy_notes(ledger, as_of) == []
    assert letters_asking_a_day_gone(load_ledger(DEMO_LEDGER).creditor, as_of) == ()


def test_a_dunning_letter_days_after_the_reminder_is_said_once_at_its_line(tmp_path):
    creditor, ledger = ledger_of(tmp_path, {"dunning_after_days": 3}, debtors=3)
    (note,) = policy_notes(ledger)  # once for the policy, not per debtor
    path = ledger.creditor.source.path
    assert note.startswith(f"{path}:{where(creditor, 'policy.dunning_after_days')}: policy.dunning_after_days is 3: ")
    assert "a reminder asks payment by the eve of the dunning letter, 2 days after the day it is written" in note
    assert note.endswith(
        "it may ask payment by a day gone before the debtor reads it; write dunning_after_days: 8 or more"
    )
    # The day the note names is so: the reminder written on it asks payment by a day before the day it is read.
    written, received = (date.fromisoformat(d) for d in SAID.search(note).groups())
    debtor = ledger.debtors[0]
    assert letter_received(ledger.creditor, debtor, written, Channel.LETTER) == received
    claim = assess(ledger, debtor, written)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.REMINDER
    asked_by = payment_deadline(claim_after(ledger, claim, due, Channel.LETTER), ledger.creditor)
    assert asked_by is not None and written < asked_by < received
    # The schedule keeps the days set: the dunning letter follows 3 days after the reminder.
    assert (claim_after(ledger, claim, due, Channel.LETTER).next_action.due - written).days == 3


def test_the_days_it_names_are_enough(tmp_path):
    _, ledger = ledger_of(tmp_path, {"dunning_after_days": 8})
    assert policy_notes(ledger) == []


def test_a_reminder_that_asks_payment_by_its_own_day_is_said_also_when_the_post_is_instant(tmp_path):
    creditor, ledger = ledger_of(tmp_path, {"dunning_after_days": 1, "delivery_days": 0})
    (note,) = policy_notes(ledger)
    assert (
        "policy.dunning_after_days is 1: a reminder asks payment by the eve of the dunning letter, the day it is "
        in note
    )
    assert "delivery_days 0)" in note


@pytest.mark.parametrize(
    ("policy", "said"),
    [
        # Reminded on the last day of grace: the box's day is the letter's own.
        (
            {"reminder_after_days": 14},
            "policy.reminder_after_days is 14 and final_notice_term_days 14 (the default): the reminder of a "
            "settlement's missed instalment asks payment by the settlement's last day of grace, the day it is written",
        ),
        (
            {"reminder_after_days": 10, "final_notice_term_days": 15},
            "policy.reminder_after_days is 10 and final_notice_term_days 15: the reminder of a settlement's missed "
            "instalment asks payment by the settlement's last day of grace, 5 days after the day it is written",
        ),
    ],
)
def test_a_settlement_s_reminder_late_in_its_grace_is_said_at_reminder_after_days(tmp_path, policy, said):
    creditor, ledger = ledger_of(tmp_path, policy)
    (note,) = policy_notes(ledger)
    at = f"{ledger.creditor.source.path}:{where(creditor, 'policy.reminder_after_days')}: "
    assert note.startswith(at + said)
    grace = policy.get("final_notice_term_days", 14)
    assert note.endswith(f"write reminder_after_days: {grace - 7} or less")  # read up to 7 days after (May 2027)


def test_a_reminder_after_the_grace_is_never_written_and_said_so(tmp_path):
    """Reminded of after the settlement's last day of grace, a missed instalment gets no reminder at all (the core
    writes none: claims.accord.Accord.reminder_day), and the settlement lapses without one: said, with the days."""
    creditor, ledger = ledger_of(tmp_path, {"reminder_after_days": 15})
    (note,) = policy_notes(ledger)
    assert note == (
        f"{ledger.creditor.source.path}:{where(creditor, 'policy.reminder_after_days')}: policy.reminder_after_days is "
        "15 and final_notice_term_days 14 (the default): a settlement's missed instalment would be reminded of 15 days "
        "after its day, after the settlement's last day of grace (14 days after it): no reminder is written, and the "
        "settlement lapses without one; write reminder_after_days: 7 or less"
    )
    # So it is: from the missed instalment's day to the lapse, no night writes its reminder.
    missed = date(2026, 12, 15)
    agreed = event(
        date(2026, 11, 28),
        "settlement",
        amount=Decimal("600.00"),
        installments=[{"due": missed, "amount": "300.00"}, {"due": date(2027, 1, 15), "amount": "300.00"}],
    )
    settled = one_debtor_ledger(
        tmp_path / "settled", policy={"reminder_after_days": 15}, events=[event(date(2026, 2, 10), "reminder"), agreed]
    )
    nights = [assess(settled, settled.debtors[0], missed + timedelta(days=n)) for n in range(16)]
    assert [c.status for c in nights[:15]] == [Status.SETTLEMENT] * 15 and nights[15].status != Status.SETTLEMENT
    assert not any(d.kind == LetterKind.SETTLEMENT_REMINDER for c in nights for d in letters_due(c, NO_RECORD))


def test_a_reminder_on_the_last_day_of_grace_is_written_and_not_said_as_never_written(tmp_path):
    _, ledger = ledger_of(tmp_path, {"reminder_after_days": 14})
    assert not any("no reminder is written" in n for n in policy_notes(ledger))


def dunned_on(tmp_path, policy: dict):
    """The ledger, the claim on the day its dunning letter is due (a reminder sent in April 2027, read a week later at
    most: claims.timing.slowest_post), and that letter as written by post."""
    reminded = date(2027, 4, 1)
    ledger = one_debtor_ledger(tmp_path, policy=policy, events=[event(reminded, "reminder")])
    written = reminded + timedelta(days=ledger.creditor.policy.dunning_after_days)
    claim = assess(ledger, ledger.debtors[0], written)
    (due,) = letters_due(claim, NO_RECORD)
    assert due.kind == LetterKind.DUNNING
    return ledger, claim, claim_after(ledger, claim, due, Channel.LETTER)


@pytest.mark.parametrize(
    ("policy", "said", "gap"),
    [
        (
            {"final_notice_after_days": 3, "calls": False},
            "policy.final_notice_after_days is 3: a dunning letter asks payment by the eve of the final notice, 2 days "
            "after the day it is written",
            2,
        ),
        # While staff call, a call set after the final notice's day has no day of its own (s53): the letter asks
        # payment by the eve of the final notice, the step that comes, not of a call that never does.
        (
            {"final_notice_after_days": 3, "call_after_days": 5},
            "policy.final_notice_after_days is 3: a dunning letter asks payment by the eve of the final notice, 2 days "
            "after the day it is written",
            2,
        ),
        (
            {"final_notice_after_days": 1, "calls": False},
            "policy.final_notice_after_days is 1: a dunning letter asks payment by the eve of the final notice, the "
            "day it is written",
            0,
        ),
    ],
)
def test_a_dunning_letter_s_short_day_to_pay_is_said_once_at_final_notice_after_days(tmp_path, policy, said, gap):
    creditor = valid_creditor(interest="none", policy=policy)
    docs = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in (1, 2, 3)]
    ledger = load_ledger(write_ledger(tmp_path / "books", creditor=creditor, debtors=docs))
    (note,) = policy_notes(ledger)  # once for the policy, not per debtor
    assert note.startswith(f"{ledger.creditor.source.path}:{where(creditor, 'policy.final_notice_after_days')}: {said}")
    assert ", but a posted dunning letter is assumed read up to 7 days after it is written (" in note
    assert note.endswith(
        "it may ask payment by a day gone before the debtor reads it; write final_notice_after_days: 8 or more"
    )
    # The day it names is the one the letter gives: a dunning letter written then asks payment by that day.
    _, claim, sent = dunned_on(tmp_path / "one", policy)
    asked_by = payment_deadline(sent, ledger.creditor)
    assert asked_by is not None and (asked_by - claim.as_of).days == gap
    assert letter_deadline(ledger.creditor, sent, Channel.LETTER) == asked_by


def test_a_dunning_letter_given_the_days_it_names_is_not_said(tmp_path):
    _, ledger = ledger_of(tmp_path, {"final_notice_after_days": 8, "calls": False})
    assert policy_notes(ledger) == []
    _, claim, sent = dunned_on(tmp_path / "one", {"final_notice_after_days": 8, "calls": False})
    assert payment_deadline(sent, ledger.creditor) == claim.as_of + timedelta(days=7)


def test_slow_post_set_by_hand_points_at_delivery_days_and_names_the_defaults(tmp_path):
    creditor, ledger = ledger_of(tmp_path, {"delivery_days": 12})
    at = f"{ledger.creditor.source.path}:{where(creditor, 'policy.delivery_days')}: "
    reminder, dunning, settlement = policy_notes(ledger)
    assert reminder.startswith(at + "policy.dunning_after_days is 14 (the default): ")
    assert dunning.startswith(
        at + "policy.final_notice_after_days is 14 (the default): a dunning letter asks payment by the eve of the "
        "final notice, 13 days after the day it is written, but a posted dunning letter is assumed read up to "
    )
    assert settlement.startswith(
        at + "policy.reminder_after_days is 1 (the default) and final_notice_term_days 14 (the default): "
    )
    # reminder_after_days cannot be fewer than 1: the grace must be longer.
    lag = int(re.search(r"read up to (\d+) days", settlement).group(1))
    assert settlement.endswith(f"write final_notice_term_days: {1 + lag} or more")
