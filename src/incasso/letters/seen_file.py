"""The record of confirmations seen, kept in the staff output for the next build (confirmations.json).

Each build writes every debtor it saw, with the confirmations it knows (a pending promise, a
running plan, a handover) and the day a build first saw each, and the step letters it wrote and
the day a build first wrote each (`"complete": true`; a record of before has neither), and the day
the bank booked each payment it took back, as a statement read said it (`booked:` keys, since s65; a
record of before has none, and the next build knows only what its statements say); the next
build reads it back as its `FirstSeen`. A file that is missing, unreadable or of another format counts as no record: a
confirmation is then due only on its event's own date, as on a first build.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from incasso.letters.due import NO_RECORD, FirstSeen

SEEN_FORMAT = "incasso-confirmations-seen"
SEEN_VERSION = 1


def seen_json(record: Mapping[str, Mapping[str, date]], as_of: date) -> str:
    days = {debtor: {key: day.isoformat() for key, day in sorted(keys.items())} for debtor, keys in record.items()}
    document = {"format": SEEN_FORMAT, "version": SEEN_VERSION, "as_of": as_of.isoformat(), "seen": days}
    document["complete"] = True  # every debtor seen, and the step letters written (FirstSeen.complete)
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_seen(text: str) -> FirstSeen:
    """The record in `text`, or NO_RECORD when it is not one this version wrote."""
    try:
        document = json.loads(text)
        if document.get("format") != SEEN_FORMAT or document.get("version") != SEEN_VERSION:
            return NO_RECORD
        return FirstSeen(
            {
                str(debtor): {str(key): date.fromisoformat(day) for key, day in keys.items()}
                for debtor, keys in document["seen"].items()
            },
            complete=document.get("complete") is True,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return NO_RECORD
