"""The `postpone` event: staff wait until a date before the next step, with a reason."""

from datetime import date

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

POSTPONED = valid_debtor(
    events=[
        {"date": date(2026, 2, 5), "type": "reminder", "channel": "email"},
        {
            "date": date(2026, 2, 10),
            "type": "postpone",
            "until": date(2026, 3, 1),
            "reason": "Klant betaalt na de subsidie, eind februari.",
            "by": "Sanne",
        },
    ]
)


def test_a_postponement_loads_with_its_date_and_reason(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[POSTPONED])).debtors
    event = debtor.events[1]
    assert (event.type, event.until, event.reason, event.by) == (
        "postpone",
        date(2026, 3, 1),
        "Klant betaalt na de subsidie, eind februari.",
        "Sanne",
    )


@pytest.mark.parametrize(
    "change, field, message, at",
    [
        (
            {"events[1].until": MISSING},
            "events[1].until",
            "is required but missing: write the day the next step may be taken (until: YYYY-MM-DD)",
            ("events[1]", False),
        ),
        (
            {"events[1].reason": MISSING},
            "events[1].reason",
            "is required but missing: write why you wait (staff only, never on the page)",
            ("events[1]", False),
        ),
        (
            {"events[1].until": date(2026, 2, 10)},
            "events[1].until",
            "must be after the postponement itself (2026-02-10) (got 2026-02-10)",
            ("events[1].until", False),
        ),
        (
            {"events[1].until": date(2026, 2, 1)},
            "events[1].until",
            "must be after the postponement itself (2026-02-10) (got 2026-02-01)",
            ("events[1].until", False),
        ),
        (
            {"events[1].until": "eind november"},
            "events[1].until",
            "must be a date written YYYY-MM-DD (got eind november)",
            ("events[1].until", False),
        ),
        (
            {"events[0].until": date(2026, 3, 1)},
            "events[0].until",
            "unknown field; known fields: date, type, channel, by, note",
            ("events[0].until", True),
        ),
    ],
)
def test_a_postponement_needs_a_later_date_and_a_reason(tmp_path, change, field, message, at):
    doc = changed(POSTPONED, change)
    file, problems = debtor_file_problems(tmp_path, doc)
    path, key = at
    assert problems == [f"{file}:{where(doc, path, key=key)}: {field}: {message}"]
