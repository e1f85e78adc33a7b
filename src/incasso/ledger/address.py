"""Postal addresses as a letter's envelope writes them: where one is."""

from __future__ import annotations

import re
from functools import lru_cache

# A Dutch address ends with its postcode and place ("3511 AB Utrecht"), or with the country after them.
_DUTCH_PLACE = re.compile(r"^\d{4}\s?[A-Za-z]{2}\s+\S")
_NETHERLANDS = {"nederland", "netherlands", "the netherlands", "nl"}
_DUTCH_PLACE_AT_END = re.compile(r"\s\d{4}\s?[A-Za-z]{2}\s+[^\d,]+(?:,?\s*(?:Nederland|Netherlands|NL))?$", re.I)


@lru_cache(maxsize=65536)  # asked by the page, the letters and the notes of one debtor: its regexes once
def outside_netherlands(address: tuple[str, ...]) -> bool:
    """Whether a postal address is outside the Netherlands: its last line (before "Nederland") is not a Dutch
    postcode and place. A house number like "1234 NW Glisan St" higher up does not make it Dutch."""
    lines = [line.strip() for line in address if line.strip()]
    if len(lines) == 1:  # one text (the brackets of a list forgotten): its parts are its lines
        if _DUTCH_PLACE_AT_END.search(lines[0]):  # "Dorpsstraat 1 1234 AB Ergens", no comma
            return False
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    if lines and lines[-1].lower() in _NETHERLANDS:
        lines = lines[:-1]
    return bool(lines) and not _DUTCH_PLACE.match(lines[-1])
