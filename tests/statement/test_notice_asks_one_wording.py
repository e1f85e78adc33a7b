"""s60: what a final notice over a payment plan asks, in one wording. The page said "die vraagt het hele bedrag dat
te laat is" where the letters ("Onze sommatie geldt nog: die vraagt alles wat te laat is, ...") and the Dutch sample
terms ("vragen wij dan alles wat te laat is") say "alles wat te laat is"; in English the page said "the whole amount
that is overdue" where the letters and terms say "the whole overdue amount". A debtor reads the page, the letter and
the terms side by side: two wordings read as two amounts.

The wording is taken from the letter's reminder under a notice (letters.words `installment_pay_notice`), not typed
here: the terms and every page label that says what the notice asks (`plan_notice_lead*`) must hold it."""

from __future__ import annotations

import re

import pytest

from incasso.ledger.model import Language
from incasso.letters.words import WORDS
from incasso.statement.labels import LABELS
from tests.support.site import REPO

# The clause of the letter that says what the notice asks: "die vraagt <it>, ook ..." / "it asks for <it>, ...".
ASKS = {Language.NL: r"die vraagt (.+?),", Language.EN: r"it asks for (.+?),"}
TERMS = {Language.NL: "voorwaarden.md", Language.EN: "voorwaarden.en.md"}


def letter_wording(lang: Language) -> str:
    found = re.search(ASKS[lang], WORDS[str(lang)]["installment_pay_notice"])
    assert found, WORDS[str(lang)]["installment_pay_notice"]
    return found.group(1)


@pytest.mark.parametrize("lang", list(Language))
def test_the_sample_terms_say_what_a_notice_asks_as_the_letter_does(lang):
    terms = (REPO / "content" / "pages" / TERMS[lang]).read_text(encoding="utf-8")
    assert letter_wording(lang) in terms


@pytest.mark.parametrize("lang", list(Language))
def test_every_page_label_of_what_a_notice_asks_says_it_as_the_letter_does(lang):
    asking = {key: said for key, said in LABELS[lang].items() if key.startswith("plan_notice_lead")}
    assert len(asking) >= 9, sorted(asking)
    worded_apart = {key: said for key, said in asking.items() if letter_wording(lang) not in said}
    assert not worded_apart, worded_apart


@pytest.mark.parametrize("lang", list(Language))
def test_the_line_by_the_qr_code_says_what_the_notice_asks_as_the_letter_does(lang):
    """s61: the line by the QR code of a plan under a final notice said "alles wat nu te laat is" and "the whole amount
    overdue now" beside the top's and the letters' "alles wat te laat is" and "the whole overdue amount"."""
    said = LABELS[lang]["plan_qr_notice"]
    assert letter_wording(lang) in said, said
    assert not re.search(r"\bnu te laat\b|\boverdue now\b", said), said
