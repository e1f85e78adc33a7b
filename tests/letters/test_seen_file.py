"""The record of confirmations seen (confirmations.json): read back as written, anything else is no record."""

from datetime import date
from decimal import Decimal

import pytest

from incasso.ledger.model import ReturnedPayment
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


# A payment of 625.00 credited on 15 December 2026 and taken back on the 18th, as staff wrote it (no bank entry).
TAKEN_BACK = ReturnedPayment(None, Decimal("625"), date(2026, 12, 15), date(2026, 12, 18), None, None)


def test_the_day_the_bank_booked_a_payment_it_took_back_reads_back_as_written():
    """s65: kept for the builds after its statement is archived (letters.due.booked_as_recorded); the same payment
    however its amount is written."""
    record = {"D-1": {"booked:2026-12-18:2026-12-15:625.00": date(2026, 12, 15)}}
    seen = read_seen(seen_json(record, date(2026, 12, 18)))
    assert seen == FirstSeen(record, complete=True)
    assert seen.booked("D-1", TAKEN_BACK) == date(2026, 12, 15)
    assert seen.booked("D-2", TAKEN_BACK) is None


def test_a_record_of_before_the_booking_days_were_kept_knows_none_and_reads_as_before():
    """A record s64 wrote: its confirmations and steps as they were, no booking day (the statements say it, or none)."""
    text = (
        '{"as_of": "2026-12-18", "complete": true, "format": "incasso-confirmations-seen", "seen": {"D-1": '
        '{"arrangement:2026-11-28:2026-12-15=625.00,2027-01-15=625.00": "2026-11-28", '
        '"step:installment_reminder:2026-12-18": "2026-12-18"}}, "version": 1}'
    )
    seen = read_seen(text)
    assert seen.complete and seen.days is not None
    assert seen.days["D-1"]["step:installment_reminder:2026-12-18"] == date(2026, 12, 18)
    assert seen.booked("D-1", TAKEN_BACK) is None


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
