"""The staff's words in English (incasso.staff.words_en) stand in for the Dutch ones (incasso.staff.words).

The code looks the words up by name and key and fills the templates in by placeholder name, so the
English module must have every name, every key (in the same order: some dicts are iterated, and their
order is the order staff read) and, in every template, the same placeholders. And nothing may be left in
Dutch: a value equal to the Dutch one is allowed only where it is the same in both languages (listed
below), and common Dutch words must not show up in the English.
"""

from __future__ import annotations

import copy
import re
import string
from collections import Counter
from collections.abc import Iterator
from types import ModuleType

import pytest

from incasso.staff import words, words_en

# Values the same in Dutch and English: words both languages use, and machine names staff copy as they are.
SAME_IN_BOTH = {
    ("STAGE", "open"),  # Open
    ("EVENT", "call"),  # Contact
    ("UI", "letter_pdf"),  # PDF
    ("UI", "contact"),  # Contact
    ("UI", "status"),  # Status
    ("UI", "open"),  # Open
    ("UI", "bank_ref"),  # the ledger's field name
    ("UI", "claim_one"),  # dossier: the word the docs use in English too
    ("UI", "claim_many"),  # dossiers
    ("PHRASE", "dossier_title"),  # {name} ({id}) · Dossier
    ("CHANGES", "new_line"),  # {who}: {stage}, {amount} open
}

# Dutch words that have no business in an English sentence (padded with spaces where they are short).
DUTCH = (" de ", " het ", " een ", " niet ", " van ", "wordt", "betaald", " en ", " op ", " voor ", " geen ", " zijn ")
DUTCH += ("factuur", "dossierbestand", "termijn", "bedrag", "tegoed", " u ", " wij ")
# Dutch terms an English text may name on purpose, to match a letter or the law.
DUTCH_ON_PURPOSE = ("nl and en ",)  # the YAML keys nl: and en:


def public_names(module: ModuleType) -> list[str]:
    return [name for name in vars(module) if name.isupper()]


def entries(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], object]]:
    """Every leaf (a string, or another value) under `value`, with the keys and indexes that lead to it."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from entries(item, (*path, key))
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from entries(item, (*path, index))
    else:
        yield path, value


def shape(value: object) -> object:
    """The structure without the words: dict keys in order, sequence lengths and types, leaf types."""
    if isinstance(value, dict):
        return ("dict", [(key, shape(item)) for key, item in value.items()])
    if isinstance(value, tuple | list):
        return (type(value).__name__, [shape(item) for item in value])
    return type(value).__name__


def placeholders(template: str) -> Counter[str]:
    return Counter(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)


def pairs(dutch: ModuleType, english: ModuleType) -> Iterator[tuple[tuple[object, ...], object, object]]:
    """(path, Dutch leaf, English leaf) for every leaf of every name the Dutch module has."""
    for name in public_names(dutch):
        english_leaves = dict(entries(getattr(english, name, None), (name,)))
        for path, leaf in entries(getattr(dutch, name), (name,)):
            yield path, leaf, english_leaves.get(path)


def mismatches(dutch: ModuleType, english: ModuleType) -> list[str]:
    """Whatever would break the code or leave Dutch on an English page, one line each."""
    problems = [f"{name}: only in one of the two" for name in set(public_names(dutch)) ^ set(public_names(english))]
    for name in sorted(set(public_names(dutch)) & set(public_names(english))):
        if shape(getattr(dutch, name)) != shape(getattr(english, name)):
            problems.append(f"{name}: other keys, key order or structure")
    for path, nl, en in pairs(dutch, english):
        if not isinstance(nl, str) or not isinstance(en, str):
            if nl != en:
                problems.append(f"{path}: {en!r} is not the same value as {nl!r}")
            continue
        if placeholders(nl) != placeholders(en):
            problems.append(f"{path}: placeholders {sorted(placeholders(en))} instead of {sorted(placeholders(nl))}")
        if en == nl and path[:2] not in SAME_IN_BOTH and not is_symbol(nl):
            problems.append(f"{path}: not translated ({en!r})")
        problems += [f"{path}: Dutch {word.strip()!r} in {en!r}" for word in dutch_words(en)]
    return problems


def is_symbol(template: str) -> bool:
    """A template of placeholders, punctuation and figures only ('{who}: {old} → {new}'): the same in any language."""
    return not re.search(r"[^\W\d_]", re.sub(r"\{[^}]*\}", "", template))


def dutch_words(text: str) -> list[str]:
    plain = " " + re.sub(r"[^\w]+", " ", text.lower()) + " "
    for term in DUTCH_ON_PURPOSE:
        plain = plain.replace(term, "")
    return [word for word in DUTCH if word in plain]


def test_the_english_words_have_every_name_key_and_placeholder_of_the_dutch_and_no_dutch_left():
    assert mismatches(words, words_en) == []


def test_the_module_says_what_it_is():
    assert (words_en.__doc__ or "").startswith("Everything the collection staff read, in English,")


def test_only_the_listed_values_are_the_same_in_both_languages():
    # The allow-list names real entries, each still the same in both: an entry translated since comes off it.
    for path in SAME_IN_BOTH:
        name, key = path
        assert getattr(words, name)[key] == getattr(words_en, name)[key], path


def copy_of(module: ModuleType) -> ModuleType:
    """A module with the same names and deep copies of their values, to break on purpose."""
    twin = ModuleType(module.__name__ + "_copy", module.__doc__)
    for name in public_names(module):
        setattr(twin, name, copy.deepcopy(getattr(module, name)))
    return twin


@pytest.mark.parametrize(
    ("breakage", "said"),
    [
        (lambda m: m.UI.pop("title"), "UI: other keys"),
        (lambda m: delattr(m, "BUCKET"), "BUCKET: only in one"),
        (lambda m: m.WHY.update(overdue="The payment term ended on {day}."), "placeholders"),
        (lambda m: m.WHY.update(overdue="The payment term ended on {date} and {date}."), "placeholders"),
        (lambda m: m.STAGE.update(dunning=words.STAGE["dunning"]), "not translated"),
        (lambda m: m.ACTION.update(call="Bel de debiteur niet"), "Dutch 'niet'"),
        (lambda m: m.NOTE.update(costs_unstated=m.NOTE["costs_unstated"] + " Zie het dossierbestand."), "Dutch"),
        (lambda m: m.SKIPPED.update(debit=("{count} debit",)), "SKIPPED: other keys"),
        (lambda m: m.BUCKET.update({"1-30": m.BUCKET.pop("1-30")}), "BUCKET: other keys, key order"),
    ],
)
def test_a_broken_copy_is_caught(breakage, said):
    broken = copy_of(words_en)
    assert mismatches(words, broken) == []
    breakage(broken)
    assert any(said in problem for problem in mismatches(words, broken)), mismatches(words, broken)
