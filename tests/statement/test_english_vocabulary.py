"""No Dutch word in the English texts a build writes from, and the checker of English outputs catches what it names
(tests.support.english; the builds themselves: tests/site/test_english_outputs.py)."""

from __future__ import annotations

import pytest

from tests.support.english import SHARED, dutch_only, leftovers, vocabulary


def test_the_two_languages_share_only_the_words_they_share_on_purpose():
    # A Dutch word left in an English text (labels.EN, words.EN, words_en, content/*/en) is in both vocabularies.
    both = vocabulary("nl") & vocabulary("en")
    assert both <= SHARED, (
        f"in both languages' texts, untranslated? (else add to SHARED, or to shared_words.STAFF if both staff "
        f"vocabularies hold it): {sorted(both - SHARED)}"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Please pay the amount by 1 December 2026. Thank you.", []),
        ("Please pay the invoice, thank you. Wij hebben het bedrag ontvangen.", ["bedrag", "hebben", "ontvangen"]),
        ("Please pay de invoice op time, en thank u.", ["'de'", "'op'", "'en'", "'u'"]),  # however short
        ("In total, EUR 1.234,56 is still outstanding.", ["Dutch amount 'EUR 1.234,56'"]),
        ("Interest: EUR 12,50.", ["Dutch amount 'EUR 12,50'"]),
        ("Costs: € 40,00, and €1.234,56 in all.", ["Dutch amount '€ 40,00'", "Dutch amount '€1.234,56'"]),
        ("Costs: € 40.00, and €1,234.56 in all.", []),
        ("Please pay by 1 oktober 2026.", ["Dutch date '1 oktober'"]),
        ("Do you pay the EUR 900.00 left by 15 February 2027? Then we remit the rest.", ["question-then", "remit"]),
        ("Do you not pay in time? Then the agreement ends.", ["question-then"]),
        ("Viewing this page on a computer or tablet? Then scan the QR code.", ["question-then"]),
        ("If you are viewing this page on a computer, scan the QR code. Then we know it is yours.", []),
        ("In this letter we put our agreement in a row.", ["in a row"]),
        ("If you pay the agreed amount on time, we will waive the rest: EUR 650.00.", []),
    ],
)
def test_the_checker_finds_what_an_english_reader_should_not_meet(text: str, said: list[str]):
    found = leftovers(text, dutch_only())
    assert len(found) >= len(said) and all(any(part in line for line in found) for part in said), found
    assert said or not found, found
