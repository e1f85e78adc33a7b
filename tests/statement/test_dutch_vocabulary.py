"""The checker of Dutch outputs (tests.support.dutch; the build itself: tests/site/test_dutch_outputs.py) catches the
English words, amounts and dates it names, however short, and flags no right Dutch, nor the words Dutch writes as
English does."""

from __future__ import annotations

import pytest

from tests.support.dutch import COMMON, DUTCH_TOO, english_left, english_only


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Wilt u het bedrag van EUR 1.234,56 uiterlijk 1 december 2026 betalen? Dank u wel.", []),
        # Words Dutch writes as English does, and English a Dutch text names on purpose.
        ("Is het bedrag in orde? Dan is er niets meer open. Let op: de rest betaalt u per post of per e-mail.", []),
        ("We willen even kijken of het plan past. Het is een moment voor hulp: bel ons, we helpen u graag.", []),
        ("Kijk op uw computer of tablet, of scan de QR-code met de app van uw bank.", []),
        ("Betaal de factuur, please. Your payment is due.", ["'please'", "'your'", "'payment'", "'due'"]),
        ("Het amount van de invoice staat in de reminder.", ["'amount'", "'invoice'", "'reminder'"]),
        ("Betaal het aan the bank, to ons en on time.", ["'the'", "'to'", "'on'", "'time'"]),  # however short
        ("Nog open: EUR 1,234.56.", ["English amount 'EUR 1,234.56'"]),
        ("Nog open: € 1,234.56 en €12.50.", ["English amount '€ 1,234.56'", "English amount '€12.50'"]),
        ("Nog open: € 1.234,56 en €12,50.", []),
        ("Betaal uiterlijk 1 December 2026.", ["English date '1 December'"]),
        ("Betaal het vóór 1 mei; de rest volgt in november.", []),
    ],
)
def test_the_checker_finds_what_a_dutch_reader_should_not_meet(text: str, said: list[str]):
    found = english_left(text, english_only())
    assert len(found) == len(said) and all(any(part in line for line in found) for part in said), found


def test_no_common_english_word_is_one_dutch_writes_too():
    # COMMON flags its words wherever they are, and DUTCH_TOO lets words of the English texts pass: none is both.
    assert not COMMON & DUTCH_TOO, sorted(COMMON & DUTCH_TOO)
