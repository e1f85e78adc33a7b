"""s66: the Signalen card counts a signal that is the same matter as a task of its dossier today once
(entries.same_matter), so that a clerk judging the day's work does not count it twice: "waarvan 3 ook als taak" was
said on a day 7 of the demo's 11 signals were the same matter as a task.

One invoice of 1250.00 due 4 February 2026, a reminder sent; the bank statements read end on 1 December 2026 (one
unrelated entry), the build is of 20 December 2026.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from incasso.bank.books import read_books
from incasso.claims.assess import assess
from incasso.staff.entries import overview_entry
from incasso.staff.lists import overview_lists
from incasso.staff.overview import Flag, FlagKind, SentBack
from incasso.staff.view import DayLetter, staff_book
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import event, valid_creditor, valid_debtor, write_ledger

REMINDER = event(date(2026, 2, 10), "reminder")
SEEN, TODAY = date(2026, 12, 1), date(2026, 12, 20)
PLAN = event(
    date(2026, 11, 20),
    "arrangement",
    installments=[{"due": date(2026, 12, 10), "amount": "600.00"}, {"due": date(2027, 1, 10), "amount": "650.00"}],
)
# Its fourteen days end after the last day read: the handover waits for the statements, no check is due.
NOTICE = event(date(2026, 11, 25), "final_notice", costs="187.50")
CREDITED = {"amount": Decimal("1250.00"), "day": date(2026, 2, 18)}
POSSIBLE = Flag(FlagKind.POSSIBLE_PAYMENT, FlagKind.POSSIBLE_PAYMENT, ref="B1", **CREDITED)
RETURNED = Flag(
    FlagKind.PAYMENT_RETURNED, FlagKind.PAYMENT_RETURNED, returned=SentBack(date(2026, 2, 19), None), **CREDITED
)


def _row(tmp_path: Path, events: list, as_of: date = TODAY):
    """The dossier's row in the staff book, as a build reads the ledger (its bank/ ending on SEEN)."""
    debtor = valid_debtor(events=events)
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [Booking("0.01", SEEN, ref="E1")])})
    ledger = read_books(root, as_of).ledger
    claim = assess(ledger, ledger.debtors[0], as_of)
    return staff_book([claim], ledger.creditor, as_of, "", lambda c: "s/").rows[0]


def _counted(row, as_of: date = TODAY, letters: tuple[DayLetter, ...] = ()) -> tuple[set[str], set[str], int]:
    """The dossier's tasks and signals (their kinds), and how many signals the card says are a task too."""
    entry = overview_entry(row, as_of, letters)
    lists = overview_lists([entry], 50)
    return {r.kind for r in lists.tasks.rows}, {r.flag.kind for r in lists.signals.rows}, lists.also_tasks


def test_a_wait_for_the_statements_beside_the_check_that_waits_for_them_is_one_matter(tmp_path: Path) -> None:
    """The demo's D-1010, D-1011 and D-1019: "Wacht op bankafschriften" beside "Controle: ... betaald?", marked
    "wacht op afschriften": both ask the statements read in, one piece of work."""
    tasks, signals, also = _counted(_row(tmp_path, [REMINDER, PLAN]))
    assert (tasks, signals) == ({"check_installment"}, {"awaits_bank"})
    assert also == 1


def test_a_wait_for_a_final_notice_s_term_is_a_matter_of_its_own(tmp_path: Path) -> None:
    """No task waits for that term's statements (the handover is not due till they are read): nothing is doubled."""
    row = _row(tmp_path, [REMINDER, NOTICE])
    assert [f.wording for f in row.flags if f.kind == FlagKind.AWAITS_BANK] == ["awaits_bank_notice_page"]
    tasks, signals, also = _counted(row)
    assert "awaits_bank" in signals and not tasks
    assert also == 0


def _reminder_due(tmp_path: Path, flag: Flag):
    """A dossier whose reminder is due on 20 February 2026 (no reminder yet), with `flag` among its signals."""
    row = _row(tmp_path, [], as_of=date(2026, 2, 20))
    return replace(row, flags=(*row.flags, flag))


@pytest.mark.parametrize(
    ("flag", "held"),
    [(POSSIBLE, {"look_first": True}), (RETURNED, {"contact_first": True})],
    ids=["possible payment", "payment returned"],
)
def test_a_signal_that_holds_the_step_s_letter_is_that_step_s_matter(tmp_path: Path, flag: Flag, held: dict) -> None:
    """The demo's D-1001: "Mogelijke betaling in de bank" beside "Herinnering sturen", whose letter says "mogelijk al
    betaald: eerst nakijken" and is out of the print file: looking at the credit is the step's work today."""
    letter = DayLetter("reminder", "letters/D-1.pdf", "letters/D-1.eml", **held)
    tasks, signals, also = _counted(_reminder_due(tmp_path, flag), date(2026, 2, 20), (letter,))
    assert tasks == {"reminder"} and str(flag.kind) in signals
    assert also == 1


@pytest.mark.parametrize("flag", [POSSIBLE, RETURNED], ids=["possible payment", "payment returned"])
def test_a_signal_that_holds_no_letter_of_the_task_is_counted_apart(tmp_path: Path, flag: Flag) -> None:
    """The same signal beside a step whose letter it does not hold (another letter's): a matter of its own."""
    letter = DayLetter("promise", "letters/D-1.pdf", "letters/D-1.eml", look_first=True, contact_first=True)
    tasks, _, also = _counted(_reminder_due(tmp_path, flag), date(2026, 2, 20), (letter,))
    assert tasks == {"reminder"}
    assert also == 0
