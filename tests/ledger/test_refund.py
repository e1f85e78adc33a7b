"""The `refund` event: staff record that money paid too much was paid back (see tests/claims/test_refund.py
for what it does to the credit)."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    MISSING,
    changed,
    debtor_file_problems,
    valid_debtor,
    where,
    write_ledger,
)

REFUNDED = valid_debtor(
    payments=[{"date": date(2026, 3, 2), "amount": Decimal("1300.00")}],
    events=[
        {
            "date": date(2026, 3, 9),
            "type": "refund",
            "amount": Decimal("50.00"),
            "channel": "email",
            "by": "Sanne",
            "note": "Teruggestort op NL91 ABNA 0417 1643 00.",
        }
    ],
)


def test_a_refund_loads_with_its_amount(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[REFUNDED])).debtors
    (event,) = debtor.events
    assert (event.type, event.amount, event.channel, event.by) == ("refund", Decimal("50.00"), "email", "Sanne")


@pytest.mark.parametrize(
    "change, field, message, at",
    [
        (
            {"events[0].amount": MISSING},
            "events[0].amount",
            "is required but missing: write what was paid back to the debtor (amount: 12.50)",
            ("events[0]", False),
        ),
        ({"events[0].amount": Decimal("0")}, "events[0].amount", "must be greater than 0 (got 0)", None),
        ({"events[0].amount": Decimal("-50")}, "events[0].amount", "must be greater than 0 (got -50)", None),
        (
            {"events[0].amount": Decimal("1.005")},
            "events[0].amount",
            "must have at most 2 decimals; for 1005 euros write 1005 (a dot is the decimal point; thousands take none) (got 1.005)",
            None,
        ),
        (
            {"events[0].until": date(2026, 4, 1)},
            "events[0].until",
            "unknown field; known fields: date, type, amount, channel, by, note",
            ("events[0].until", True),
        ),
    ],
)
def test_a_refund_needs_an_amount_above_zero(tmp_path, change, field, message, at):
    doc = changed(REFUNDED, change)
    file, problems = debtor_file_problems(tmp_path, doc)
    path, key = at or (field, False)
    assert problems == [f"{file}:{where(doc, path, key=key)}: {field}: {message}"]
