"""The values a site's texts may name in braces, as the docs list them: docs/settings.md (`PATH`) and the README's
"Your texts" name every value the code fills in, and no more (a site writing a value the list lacks learns of it
from the build's error only; one the list names that the code lacks stops the build). docs/settings.md lacked the
settlement's four ({agreed_with}, {agreed_amount}, {agreed_terms}, {remitted}) and the letters' {asked_to_wait}."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from incasso.claims.assess import assess
from incasso.ledger.model import Channel
from incasso.letters.due import NO_RECORD, letters_due
from incasso.letters.view import TEXT_VALUES, letter_view
from incasso.statement.view import MESSAGE_VALUES, statement_view
from tests.support.ledgers import event, one_debtor_ledger
from tests.support.site import REPO

PLACEHOLDER = r"`\{([a-z_]+)\}`"


def _settings_row() -> str:
    (row,) = [
        line
        for line in (REPO / "docs" / "settings.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `PATH` |")
    ]
    return row


def _listed(after: str, until: str) -> set[str]:
    """The values docs/settings.md's `PATH` row names between `after` and `until`."""
    row = _settings_row()
    found = re.search(re.escape(after) + "(.*?)" + re.escape(until), row)
    assert found, f"docs/settings.md, PATH: the list from {after!r} to {until!r} is not where this test reads it"
    return set(re.findall(PLACEHOLDER, found[1]))


def _your_texts() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme.split("### 4. Your texts", 1)[1].split("\n### ", 1)[0]


def test_settings_lists_every_message_value_and_no_more() -> None:
    assert _listed("messages/{nl,en}/<key>.md", "are filled in per page") == set(MESSAGE_VALUES)


def test_settings_lists_every_letter_value_and_no_more() -> None:
    assert _listed("letters/{nl,en}/<kind>.md", "are filled in per letter") == set(TEXT_VALUES)


def test_the_readme_says_what_each_message_value_fills_in() -> None:
    said = set(re.findall(PLACEHOLDER, _your_texts()))
    assert not set(MESSAGE_VALUES) - said, f"README.md, 4. Your texts: say {set(MESSAGE_VALUES) - said}"


def test_docs_letters_says_what_each_letter_value_fills_in() -> None:
    said = set(re.findall(PLACEHOLDER, (REPO / "docs" / "letters.md").read_text(encoding="utf-8")))
    assert not set(TEXT_VALUES) - said, f"docs/letters.md: say {set(TEXT_VALUES) - said}"


def test_the_lists_are_what_a_page_and_a_letter_fill_in(tmp_path: Path) -> None:
    """MESSAGE_VALUES and TEXT_VALUES are what the build accepts; the docs' lists are held to them above."""
    ledger = one_debtor_ledger(tmp_path, events=[event(date(2026, 2, 10), "reminder")])
    claim = assess(ledger, ledger.debtors[0], date(2026, 2, 25))
    assert set(statement_view(claim, ledger).message_values) == set(MESSAGE_VALUES)
    (due, *_) = letters_due(claim, NO_RECORD)
    view = letter_view(ledger, claim, due, Channel.LETTER)
    assert {name for name, _ in view.text_values} == set(TEXT_VALUES)
