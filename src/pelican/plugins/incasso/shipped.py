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


def left_out(*sentences: str) -> tuple[tuple[str, str], ...]:
    """Each sentence as shipped, left out: after the sentence before it (its space with it), or opening a paragraph."""
    return tuple(pair for sentence in sentences for pair in ((" " + sentence, ""), (sentence, "")))


# "Misschien is het u ontschoten", as shipped: untrue where the debtor did not forget. Left out of the first
# instalment reminder since a dispute's answer (letters.texts), and of the page's message and the letter's opening
# while a payment the bank took back is told (statement.returned): they paid (`RETURNED_TOLD`).
SLIPPED = left_out(
    "Misschien is het u ontschoten; dat kan gebeuren.",
    "Perhaps it slipped your mind – it happens.",
    "Perhaps they slipped your mind – it happens.",
)
# While a payment the bank took back is told: no "ontschoten", and the dunning letter's message states the letter
# before what counts, not "Daarom" (the return is no reason for a letter that may be older than it).
RETURNED_TOLD = (
    *SLIPPED,
    (
        "Wij hebben {not_received}. Daarom hebben wij u een aanmaning gestuurd.",
        "Wij hebben u een aanmaning gestuurd. Wij hebben {not_received}.",
    ),
    (
        'We have {not_received}, so we have sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>).',
        'We have sent you a formal reminder (in Dutch: <i lang="nl">aanmaning</i>). We have {not_received}.',
    ),
)
