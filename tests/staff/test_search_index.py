"""The search index's script: one byte a character, read back as written.

The demo's dossiers, their overview made without a site (as tests/staff/test_overview_pages.py does, which
checks every row's fields against its dossier); the browser tests read the same script in chromium.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date

from incasso.staff.overview_page import overview_of, overview_search_index
from incasso.staff.search import FIELD_SEPARATOR, normalise
from incasso.staff.search_index import FIELD_BREAK, read_index
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


def test_the_fields_are_apart_by_a_letter_no_field_holds_and_none_needs_an_escape(tmp_path):
    # Between two fields a capital, not a line break (written `\\n` in the script): a debtor named in capitals
    # ("ZZP ZUID", read from a real debtor file) is normalised to lower case, so its field stays whole and the
    # script holds no `\n`.
    ledger = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, ledger)
    file = ledger / "debtors" / "D-1007.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("name: Hotel Oudegracht B.V.", "name: ZZP ZUID", 1))
    overview = overview_of(book_of(ledger, date(2026, 11, 22)))
    script = "".join(overview_search_index(overview))
    data = read_index(script)
    assert "\\n" not in script
    texts = {row[0]: row[11] for row in data["rows"]}
    assert "zzp zuid" in texts["D-1007"].split(data["between"])
    entries = {e.id: e for members in overview.lists.groups.values() for e in members}
    assert all(text.split(data["between"]) == entries[i].search.split(FIELD_SEPARATOR) for i, text in texts.items())


def test_no_character_normalises_to_the_field_break():
    # Every field and every query is normalised before it is searched: were any character to come out of it as the
    # break, a field holding it would split in two. staff.js normalises what is typed the same way (NFD, marks
    # dropped, lower case), tested in the browser.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert FIELD_BREAK not in normalise(every)
    assert [c for c in every if FIELD_BREAK in normalise(c)] == []
