"""The search index's script: one byte a character, read back as written.

The demo's dossiers, their overview made without a site (as tests/staff/test_overview_pages.py does, which
checks every row's fields against its dossier); the browser tests read the same script in chromium.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from incasso.staff.overview_page import overview_of, overview_search_index
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
