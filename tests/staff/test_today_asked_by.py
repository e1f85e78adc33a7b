"""Today's work and an amount asked that is not due yet (claims.demand.asked_by: a plan's next instalment while
none is due, a part promised for a day ahead), which the dossier names with its day ("Gevraagd op de pagina,
uiterlijk 1 maart 2026 (nog niet vervallen)").

Today's work needs no such day, because it never lists a step or a check for the dossier while that amount is
not due: a promise or a plan on schedule pauses the steps, and its check falls due the day after the day asked,
when the amount is due (review s35 asked for the day there; this test says why there is none, and fails if a
step or check ever comes due before that day: then its row must give the day, as the dossier does).

A consumer, no interest, 2,000.00 due 2026-02-04, reminded 2026-02-05; a plan or a promise agreed 2026-02-10.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from incasso.claims.assess import assess
from incasso.claims.demand import asked_by
from incasso.staff.entries import book_entries
from incasso.staff.view import staff_book
from tests.support.ledgers import event, invoice, one_debtor_ledger

D = Decimal
REMINDED = event(date(2026, 2, 5), "reminder")
PLAN = event(
    date(2026, 2, 10),
    "arrangement",
    installments=[{"due": date(2026, 3, 1), "amount": 600}, {"due": date(2026, 3, 10), "amount": 1400}],
)
LAST_INSTALMENT = event(date(2026, 2, 10), "arrangement", installments=[{"due": date(2026, 3, 1), "amount": 2000}])
PROMISE = event(date(2026, 2, 10), "promise", promised_date=date(2026, 2, 28), amount="500.00")


def todays_work_by_day(tmp_path, agreement, last):
    """Per day from the agreement to `last`: the day asked by (None when due now) and the kinds in today's work."""
    ledger = one_debtor_ledger(tmp_path, events=[REMINDED, agreement], invoices=[invoice(amount=D("2000.00"))])
    day, seen = agreement["date"], []
    while day <= last:
        claim = assess(ledger, ledger.debtors[0], day)
        (entry,) = book_entries(staff_book([claim], ledger.creditor, day, "", lambda c: "s/"))
        seen.append((day, asked_by(claim), [task.kind for _, task in entry.tasks]))
        day += timedelta(days=1)
    return seen


@pytest.mark.parametrize(
    "agreement, last, first_work",
    [
        (PLAN, date(2026, 3, 12), (date(2026, 3, 2), "remind_installment")),
        (LAST_INSTALMENT, date(2026, 3, 3), (date(2026, 3, 2), "remind_installment")),
        (PROMISE, date(2026, 3, 3), (date(2026, 3, 1), "dunning")),  # the promise broken: the next step
    ],
    ids=["instalment ahead", "last instalment ahead", "part promised ahead"],
)
def test_today_lists_no_work_while_the_amount_asked_is_not_due_yet(tmp_path, agreement, last, first_work):
    seen = todays_work_by_day(tmp_path, agreement, last)
    ahead = [(day, kinds) for day, by, kinds in seen if by is not None and by > day]
    assert ahead, "the walk holds days on which the amount asked is not due yet"
    assert [(day, kinds) for day, kinds in ahead if kinds] == []
    # The work comes once the day asked by has passed, and its row's amount is due then (no day to give).
    day, by, kinds = next((day, by, kinds) for day, by, kinds in seen if kinds)
    assert ((day, kinds[0]), by) == (first_work, None)
