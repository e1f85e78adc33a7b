"""A text's words as the audit compares them: folded the same however the text was written."""

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from incasso.audit.text import INVISIBLE, SPACES, fold, words


def _fold_by_definition(text: str) -> str:
    """fold() as its docstring says it, without the spaces replaced first."""
    plain = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return unicodedata.normalize("NFKC", plain.casefold())


@pytest.mark.parametrize("space", SPACES)
def test_the_spaces_replaced_first_are_what_nfkc_makes_of_them(space):
    assert unicodedata.normalize("NFKC", space) == " "


# Pieces of what pages hold: amounts with no-break spaces, accents written apart, compatibility forms.
_PIECES = st.sampled_from(
    ["EUR", "\u00a0", "\u202f", "246,32", "e", "\u0301", "\u0308", "\u0338", "é", "ß", "ﬁ", "Ｚ", "\u200b", " ", "_"]
)


@given(st.lists(_PIECES | st.text(max_size=3), max_size=12).map("".join))
@example("\u00a0\u0301")  # a no-break space then a combining accent: no letter to join
@example("a\u202f\u0308b")
def test_fold_is_nfkc_casefolded_without_invisibles(text):
    assert fold(text) == _fold_by_definition(text)


def test_amounts_and_hidden_forms_read_as_plain_words():
    assert words("EUR\u00a0246,32") == ("eur", "246", "32")
    assert words("ＺＷＡＮＥＮ\u200bburg") == ("zwanenburg",)
