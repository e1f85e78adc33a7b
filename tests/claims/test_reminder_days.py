"""Policy days that let a posted reminder ask payment by a day gone before it is read, or by its own day: said once,
in a note at the policy's line, with the values and the days to write (s52). The schedule keeps the days set.

A reminder asks payment by the eve of the dunning letter (`dunning_after_days` after it); a settlement's missed
instalment's reminder, written `reminder_after_days` after the instalment's day, by the settlement's last day of grace
(`final_notice_term_days` after it). A posted letter is read days later (claims.timing.letter_received).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from incasso.claims.assess import assess
from incasso.claims.notices import ledger_notes, reminders_asking_a_day_gone
from incasso.claims.timing import letter_received
from incasso.ledger.load import load_ledger
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, LetterKind, letters_due
from incasso.letters.outlook import claim_after
from incasso.statement.steps import payment_deadline
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, where, write_ledger
from tests.support.site import DEMO_LEDGER

AS_OF = date(2026, 12, 6)
SAID = re.compile(r"one written on \w+ (\S+) is received on \w+ (\S+),")


def ledger_of(tmp_path, policy: dict | None, debtors: int = 1):
    creditor = valid_creditor(interest="none", **({"policy": policy} if policy else {}))
    docs = [valid_debtor(id=f"D-{n}", invoices=[invoice(number=f"F2026-000{n}")]) for n in range(1, debtors + 1)]
    return creditor, load_ledger(write_ledger(tmp_path, creditor=creditor, debtors=docs))


def policy_notes(ledger, as_of: date = AS_OF) -> list[str]:
    return [n for n in ledger_notes(ledger, as_of) if "a posted reminder is assumed read" in n]


@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 12, 24), date(2027, 6, 30), date(2027, 12, 20)])
def test_the_shipped_defaults_and_the_demo_s_policy_say_nothing(tmp_path, as_of):
    """Over a Christmas week and the postal norm's change to 3 days (1 July 2027) alike."""
    _, ledger = ledger_of(tmp_path, None)
    assert policy_notes(ledger, as_of) == []
    assert reminders_asking_a_day_gone(load_ledger(DEMO_LEDGER).creditor, as_of) == ()


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


def test_a_reminder_after_the_grace_is_never_written_and_not_said(tmp_path):
    _, ledger = ledger_of(tmp_path, {"reminder_after_days": 15})
    assert policy_notes(ledger) == []


def test_slow_post_set_by_hand_points_at_delivery_days_and_names_the_defaults(tmp_path):
    creditor, ledger = ledger_of(tmp_path, {"delivery_days": 12})
    at = f"{ledger.creditor.source.path}:{where(creditor, 'policy.delivery_days')}: "
    reminder, settlement = policy_notes(ledger)
    assert reminder.startswith(at + "policy.dunning_after_days is 14 (the default): ")
    assert settlement.startswith(
        at + "policy.reminder_after_days is 1 (the default) and final_notice_term_days 14 (the default): "
    )
    # reminder_after_days cannot be fewer than 1: the grace must be longer.
    lag = int(re.search(r"read up to (\d+) days", settlement).group(1))
    assert settlement.endswith(f"write final_notice_term_days: {1 + lag} or more")
