"""README's "Your texts" names every optional page message (OPTIONAL_MESSAGES) and counts them in words: what a
site whose texts were copied earlier may lack. Hand-kept, it fell behind the code (twenty-seven for thirty-one)."""

from __future__ import annotations

import re

from incasso.statement.view import OPTIONAL_MESSAGES
from tests.support.numbers import counted, in_words
from tests.support.site import REPO


def documented() -> tuple[str, set[str]]:
    """The count in words and the messages named in the README's list of optional messages."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    found = re.search(
        r"Every message must exist in both languages, except ([a-z-]+) added later (.*?) A message may", readme
    )
    assert found, "README.md: the list of optional messages (### 4. Your texts) is not where this test reads it"
    return found[1], set(re.findall(r"`([a-z_]+)`", found[2]))


def test_the_readme_names_every_optional_message():
    _, named = documented()
    unnamed = [key for key in OPTIONAL_MESSAGES if key not in named]
    assert not unnamed, f"README.md, 4. Your texts: name {', '.join(unnamed)} with what it says and its fallback"


def test_the_readme_counts_the_optional_messages():
    count, _ = documented()
    assert counted(count) == len(OPTIONAL_MESSAGES), (
        f'README.md, 4. Your texts: "except {count} added later", the code has {in_words(len(OPTIONAL_MESSAGES))}'
    )
