"""The overview's lists: which rows of a long list the overview itself shows."""

from __future__ import annotations

from incasso.staff.lists import Listing, shares
from incasso.staff.words import MORE

LABELS = {"reminder": "Herinnering sturen", "call": "Bellen", "review_dispute": "Controle: geschil beantwoorden"}


def test_every_kind_gets_an_equal_share_and_a_small_kind_leaves_its_rest_to_the_others():
    assert shares([100, 100, 100], 50) == [17, 17, 16]  # the odd rows to the kinds listed first
    assert shares([3, 100, 100], 50) == [3, 24, 23]
    assert shares([3, 4], 50) == [3, 4]  # all fit
    assert shares([], 50) == []


def test_a_backlog_of_one_kind_does_not_push_the_day_s_steps_off_the_overview():
    # 60 disputes waiting for weeks sort first (the longest waiting first); today's 5 calls and 2 reminders
    # come after them, and used to be hidden behind the first 50 rows.
    rows = [("review_dispute", n) for n in range(60)] + [("call", n) for n in range(5)] + [("reminder", 0)] * 2
    listing = Listing(
        "vandaag", "Werk voor vandaag", rows, lambda row: row[0], LABELS, 50, share_note=MORE["shares_today"]
    )
    shown = listing.shown
    assert len(shown) == 50
    assert [row for row in shown if row[0] != "review_dispute"] == rows[60:]  # every call and reminder
    assert shown == [row for row in rows if row in shown]  # in the list's order, the oldest first
    more = listing.more()
    assert more is not None and more.note.startswith("Hier staan er 50 van 67: van elke soort de eerste")


def test_a_list_without_a_share_note_shows_its_first_rows():
    rows = [("review_dispute", n) for n in range(60)] + [("call", 0)]
    listing = Listing("brieven", "Brieven van vandaag", rows, lambda row: row[0], LABELS, 50)
    assert listing.shown == rows[:50]
