"""Editable texts copied before a value existed: the words shipped then, read with the value instead.

A creditor's copy of a message or letter text that still holds a sentence word for word as an earlier version
shipped it gets the placeholder that sentence now has ("deze factuur" becomes {this_invoice}); their own words
stay as written. Each table (statements.py, letters/texts.py) lists its texts' sentences, each ending where the
shipped sentence went on, so that a creditor's "factuurdatum" is not taken for "factuur".
"""

from __future__ import annotations

from collections.abc import Iterable


def as_shipped_now(source: str, replacements: Iterable[tuple[str, str]]) -> str:
    """`source` with each sentence as shipped before (the first of a pair) given its value (the second)."""
    for shipped, now in replacements:
        source = source.replace(shipped, now)
    return source
