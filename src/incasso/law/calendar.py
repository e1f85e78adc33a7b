"""The business's calendar: "today" is a day in Amsterdam, not on the build machine."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Amsterdam"


def today() -> date:
    return datetime.now(ZoneInfo(TIMEZONE)).date()
