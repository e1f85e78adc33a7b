"""A required field left out says what to write (session 49: a newcomer's first ledger met a bare "is required
but missing" at a call without `spoke_with`, a settlement without its sum), and a problem is said once: a
`representative:` block with a misspelt field is one problem, not a second at the wait it asked for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.support.ledgers import COUNSELLOR, debtor_file_problems, event, valid_debtor, where

AGREED = event(date(2026, 2, 20), "settlement", amount=Decimal("800.00"), pay_by=date(2026, 3, 20))
HANDED = event(date(2026, 3, 1), "handover", agency="Incasso B.V.")


@pytest.mark.parametrize(
    ("events", "at", "field", "said"),
    [
        (
            [event(date(2026, 2, 20), "settlement", pay_by=date(2026, 3, 20))],
            0,
            "amount",
            "write the agreed sum (amount: 600.00), below what is owed on its date",
        ),
        (
            [AGREED, event(date(2026, 3, 1), "settlement_ended")],
            1,
            "reason",
            "write why it was called off (staff only, never on the page)",
        ),
        (
            [HANDED, event(date(2026, 3, 5), "passed_on")],
            1,
            "amount",
            "write what was passed on to the agency (amount: 150.00)",
        ),
        (
            [event(date(2026, 2, 10), "dispute")],
            0,
            "reason",
            "write what the debtor disputes and why (staff only, never on the page)",
        ),
    ],
    ids=["settlement", "settlement_ended", "passed_on", "dispute"],
)
def test_an_events_missing_field_says_what_to_write(tmp_path, events, at, field, said):
    doc = valid_debtor(events=events)
    path, problems = debtor_file_problems(tmp_path, doc)
    assert f"{path}:{where(doc, f'events[{at}]')}: events[{at}].{field}: is required but missing: {said}" in problems
    assert len([p for p in problems if "is required but missing" in p]) == 1, problems


def test_a_representative_block_misspelt_is_one_problem_not_a_second_at_its_wait(tmp_path):
    wait = event(date(2026, 2, 10), "postpone", until=date(2026, 3, 1), reason="overzicht", asked_by="representative")
    written = {"rol" if key == "role" else key: value for key, value in COUNSELLOR.items()}
    doc = valid_debtor(representative=written, events=[wait])
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'representative.rol', key=True)}: representative.rol: unknown field (did you mean 'role'?)"
    ]


def test_without_the_block_the_wait_asked_by_the_representative_is_still_refused(tmp_path):
    wait = event(date(2026, 2, 10), "postpone", until=date(2026, 3, 1), reason="overzicht", asked_by="representative")
    path, problems = debtor_file_problems(tmp_path, valid_debtor(events=[wait]))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "events[0].asked_by: is representative, but no representative: acts for the debtor: write them in the file, "
        "or debtor (got representative)"
    ]
