"""s55, real builds: what staff read of a payment the bank took back, beside the debtor's side (test_returned_build).

The change list: two builds, of 9 and of 16 November. D-3101 (nl) and D-3102 each owe one invoice of 1250.00 due
10 November. D-3101 paid it whole on 5 November, by its reference; the bank took it back on 12 November (the account
was closed). D-3102 paid nothing. By the second build both reminders fell due (from 11 November): D-3101's waits out
of the print file until staff have been in touch (DayLetter.contact_first), and *Nieuw aan de beurt* says so beside
it; D-3102's goes as any.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incasso.payments.reference import rf_reference
from incasso.staff import words, words_en
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.ledgers import invoice, valid_creditor, valid_debtor, write_ledger
from tests.support.site import build_site

pytestmark = pytest.mark.slow

PAID, RETURNED = date(2026, 11, 5), date(2026, 11, 12)
FIRST, SECOND = date(2026, 11, 9), date(2026, 11, 16)
WORDS = {"nl": words, "en": words_en}


def _debtor(debtor_id: str) -> dict:
    return valid_debtor(id=debtor_id, invoices=[invoice(number=f"F2026-{debtor_id[2:]}", due=date(2026, 11, 10))])


def _ledger(tmp_path: Path, day: date, name: str) -> Path:
    """The ledger as of `day`, its bank statement booked up to that day (the bank's fee on it, so it runs there)."""
    root = write_ledger(tmp_path, valid_creditor(interest="none"), [_debtor("D-3101"), _debtor("D-3102")], name=name)
    bookings = [
        Booking("1250.00", PAID, ref="C1", scor=rf_reference("D-3101"), end_to_end="E2E-3101"),
        Booking("1250.00", RETURNED, credit=False, ref="B1", return_reason="AC04", end_to_end="E2E-3101"),
        Booking("2.50", day, credit=False, ref=f"K{day.day}", name="Bank", iban=None),
    ]
    write_bank(root, {"a.xml": camt053(CREDITOR_IBAN, [b for b in bookings if b.booked <= day])})
    return root


def _newly_due(listed: str, module) -> list[str]:
    """The lines of *Nieuw aan de beurt*."""
    section = listed.split(f"## {module.CHANGES['due']} (", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_reminder_newly_due_that_waits_for_contact_says_so_in_the_change_list(tmp_path, language):
    extra = ["--staff-language", language]
    first = build_site(tmp_path, _ledger(tmp_path, FIRST, "first"), FIRST, extra)
    assert first.exit_code == 0
    second = build_site(tmp_path, _ledger(tmp_path, SECOND, "second"), SECOND, extra)
    assert second.exit_code == 0
    module = WORDS[language]
    lines = _newly_due((second.internal / "changes.md").read_text(encoding="utf-8"), module)
    held = [line for line in lines if "D-3101" in line]
    other = [line for line in lines if "D-3102" in line]
    assert len(held) == 1 and len(other) == 1, lines
    step = module.ACTION["reminder"]
    assert step in held[0] and step in other[0], lines
    # What the letter waits for, and that it is not in the print file: briefly, as Brieven van vandaag says it.
    assert held[0].endswith(f"; {module.CHANGES['due_held_contact']}"), held[0]
    assert module.CHANGES["due_held_contact"] not in other[0], other[0]
    # The day's letters agree: D-3101's reminder is written and held, D-3102's goes.
    today = (second.internal / "index.html").read_text(encoding="utf-8")
    assert module.PHRASE["letter_contact_first"].split(":")[0] in today.split("D-3101-reminder.pdf", 1)[1][:900]
