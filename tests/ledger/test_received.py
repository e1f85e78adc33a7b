"""A final notice's `received`: the day the debtor said the letter arrived, later than assumed."""

from datetime import date

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import changed, debtor_file_problems, valid_debtor, where, write_ledger

NOTICE = valid_debtor(
    events=[
        {"date": date(2026, 2, 5), "type": "reminder", "channel": "email"},
        {"date": date(2026, 3, 3), "type": "final_notice", "channel": "letter", "received": date(2026, 3, 9)},
    ]
)


def test_a_final_notice_loads_with_the_day_it_arrived(tmp_path):
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[NOTICE])).debtors
    assert (debtor.events[1].type, debtor.events[1].received) == ("final_notice", date(2026, 3, 9))
    assert debtor.events[0].received is None


@pytest.mark.parametrize(
    "change, field, message, at",
    [
        (
            {"events[1].received": date(2026, 3, 2)},
            "events[1].received",
            "must not be before the letter was sent (2026-03-03) (got 2026-03-02)",
            ("events[1].received", False),
        ),
        (
            {"events[1].received": "maandag"},
            "events[1].received",
            "must be a date written YYYY-MM-DD (got maandag)",
            ("events[1].received", False),
        ),
        (
            {"events[0].received": date(2026, 2, 7)},
            "events[0].received",
            "unknown field; known fields: date, type, channel, by, note",
            ("events[0].received", True),
        ),
    ],
)
def test_received_is_a_date_on_a_final_notice_not_before_it_was_sent(tmp_path, change, field, message, at):
    doc = changed(NOTICE, change)
    file, problems = debtor_file_problems(tmp_path, doc)
    path, key = at
    assert problems == [f"{file}:{where(doc, path, key=key)}: {field}: {message}"]


def test_a_final_notice_posted_later_loads_with_the_day_its_letter_is_dated(tmp_path):
    doc = changed(NOTICE, {"events[1].written": date(2026, 3, 2)})
    (debtor,) = load_ledger(write_ledger(tmp_path, debtors=[doc])).debtors
    notice = debtor.events[1]
    assert (notice.written, notice.letter_day, notice.date) == (date(2026, 3, 2), date(2026, 3, 2), date(2026, 3, 3))
    assert debtor.events[0].letter_day == date(2026, 2, 5)  # without `written`: the day it went


@pytest.mark.parametrize(
    "change, field, message, at",
    [
        (
            {"events[1].written": date(2026, 3, 4)},
            "events[1].written",
            "must not be after the letter was sent (2026-03-03) (got 2026-03-04)",
            ("events[1].written", False),
        ),
        (
            {"events[0].written": date(2026, 2, 4)},
            "events[0].written",
            "unknown field; known fields: date, type, channel, by, note",
            ("events[0].written", True),
        ),
    ],
)
def test_written_is_a_date_on_a_final_notice_not_after_it_was_sent(tmp_path, change, field, message, at):
    doc = changed(NOTICE, change)
    file, problems = debtor_file_problems(tmp_path, doc)
    path, key = at
    assert problems == [f"{file}:{where(doc, path, key=key)}: {field}: {message}"]
