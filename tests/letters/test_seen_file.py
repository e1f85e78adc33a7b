"""The record of confirmations seen (confirmations.json): read back as written, anything else is no record."""

from datetime import date

import pytest

from incasso.letters.due import NO_RECORD, FirstSeen
from incasso.letters.seen_file import read_seen, seen_json


def test_the_record_reads_back_as_written():
    record = {
        "D-1003": {"promise:2026-11-22": date(2026, 11, 23)},
        "D-1007": {"handover:2026-11-20": date(2026, 11, 20), "step:dunning:2026-11-19": date(2026, 11, 21)},
    }
    assert read_seen(seen_json(record, date(2026, 11, 23))) == FirstSeen(record, complete=True)


def test_a_record_of_before_the_steps_were_kept_says_so():
    """Without the steps, no step's absence means a build did not write it (the letters fall back)."""
    text = '{"format": "incasso-confirmations-seen", "version": 1, "seen": {"D-1": {}}}'
    assert read_seen(text) == FirstSeen({"D-1": {}}, complete=False)


def test_an_empty_record_is_a_record():
    """A build that saw no confirmation: what the next build finds is new to it (not: no record)."""
    assert read_seen(seen_json({}, date(2026, 11, 23))) == FirstSeen({}, complete=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"format": "incasso-claims", "version": 1, "seen": {}}',
        '{"format": "incasso-confirmations-seen", "version": 2, "seen": {}}',
        '{"format": "incasso-confirmations-seen", "version": 1}',
        '{"format": "incasso-confirmations-seen", "version": 1, "seen": {"D-1": {"promise:x": "yesterday"}}}',
        '{"format": "incasso-confirmations-seen", "version": 1, "seen": {"D-1": ["promise"]}}',
    ],
)
def test_anything_else_is_no_record(text):
    assert read_seen(text) is NO_RECORD
