"""A final notice's `costs`: the collection costs its letter stated, as the event to paste records them."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import changed, debtor_file_problems, valid_debtor, where, write_ledger

NOTICE = valid_debtor(
    events=[
        {"date": date(2026, 2, 5), "type": "reminder", "channel": "email"},
        {"date": date(2026, 3, 3), "type": "final_notice", "channel": "letter", "costs": Decimal("187.50")},
    ]
)


def test_a_final_notice_loads_with_the_costs_its_letter_stated(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[NOTICE])).debtors
    assert (debtor.events[1].type, debtor.events[1].costs) == ("final_notice", Decimal("187.50"))
    assert debtor.events[0].costs is None


@pytest.mark.parametrize(
    "change, field, message, key",
    [
        ({"events[1].costs": Decimal("0")}, "events[1].costs", "must be greater than 0 (got 0)", False),
        (
            {"events[1].costs": Decimal("187.505")},
            "events[1].costs",
            "must have at most 2 decimals; for 187505 euros write 187505 (a dot is the decimal point; thousands take none) (got 187.505)",
            False,
        ),
        (
            {"events[1].costs": "veel"},
            "events[1].costs",
            "must be an amount in euros like 1250 or 1250.50 (got veel)",
            False,
        ),
        (
            {"events[0].costs": Decimal("40.00")},
            "events[0].costs",
            "unknown field; known fields: date, type, channel, by, note",
            True,
        ),
    ],
)
def test_costs_are_an_amount_on_a_final_notice_only(tmp_path, change, field, message, key):
    doc = changed(NOTICE, change)
    file, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [f"{file}:{where(doc, field, key=key)}: {field}: {message}"]
