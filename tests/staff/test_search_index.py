"""The search index's script: one byte a character, read back as written.

The demo's dossiers, their overview made without a site (as tests/staff/test_overview_pages.py does, which
checks every row's fields against its dossier); the browser tests read the same script in chromium.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from incasso.staff.overview_page import overview_of, overview_search_index
from incasso.staff.search import FIELD_SEPARATOR, normalise
from incasso.staff.search_index import read_index
from tests.staff.test_overview_pages import book_of
from tests.support.site import DEMO_LEDGER


def test_the_script_is_one_byte_a_character_and_reads_back_what_was_written():
    # A character beyond Latin-1 anywhere (an em dash, a name's ł) would make chromium hold the whole string two
    # bytes a character: written as JSON's escape, it is read back as itself.
    overview = overview_of(book_of(DEMO_LEDGER, date(2026, 11, 22)))
    entry = overview.lists.groups["final_notice"][0]
    name = "Łukasz Wiśniewski — “Bouw” 🏗"
    debtor = dataclasses.replace(entry.row.debtor, name=name)
    overview.lists.groups["final_notice"][0] = dataclasses.replace(
        entry, row=dataclasses.replace(entry.row, debtor=debtor)
    )
    script = "".join(overview_search_index(overview))
    assert max(map(ord, script)) <= 0xFF
    assert "\xa0" in script  # the amounts' no-break spaces are Latin-1: written as they are
    rows = {row[0]: row for row in read_index(script)["rows"]}
    assert rows[entry.id][1] == name


def test_the_fields_are_apart_by_a_letter_no_field_holds_and_none_needs_an_escape():
    # Between two fields a capital, not a line break (written `\\n` in the script): a name of capitals
    # ("ZZP Zuid") is normalised to lower case, so its field stays whole and the script holds no `\n`.
    overview = overview_of(book_of(DEMO_LEDGER, date(2026, 11, 22)))
    entry = overview.lists.groups["final_notice"][0]
    debtor = dataclasses.replace(entry.row.debtor, name="ZZP Zuid")
    search = entry.search.replace(normalise(entry.row.debtor.name), "zzp zuid", 1)
    overview.lists.groups["final_notice"][0] = dataclasses.replace(
        entry, row=dataclasses.replace(entry.row, debtor=debtor), search=search
    )
    script = "".join(overview_search_index(overview))
    data = read_index(script)
    assert "\\n" not in script
    texts = {row[0]: row[11] for row in data["rows"]}
    assert "zzp zuid" in texts[entry.id].split(data["between"])
    entries = {e.id: e for members in overview.lists.groups.values() for e in members}
    assert all(text.split(data["between"]) == entries[i].search.split(FIELD_SEPARATOR) for i, text in texts.items())
