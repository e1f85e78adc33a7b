"""The search index: every dossier's search text and claims-table row, in one script the overview loads.

The overview's pages show a part of the dossiers; the search looks through
all of them. Its index is a script (SEARCH_INDEX, at the internal root,
named by the pages with its content's digest) that staff.js adds to a page
as the search box is about to be used (its focus, a pointer on it): a script, not
JSON to fetch, because the staff pages are opened from the file system,
where a browser refuses fetch(), and the pages' Content-Security-Policy
allows scripts from their own folder only ('self').

The script is one JSON text handed to JSON.parse. Written as an object
literal instead, chromium reads the script in two thirds of the time, but
the first search then takes more than twice as long: measured at 100,000
dossiers, BENCHMARKS.md, session 60. A character beyond Latin-1 (an em
dash, a Polish name's ł) is written as JSON's \\u escape: one such
character anywhere makes chromium hold the whole string two bytes a
character and take half as long again to read it. Its search text stays one
string a row: as a list of fields, the fields many dossiers share written
once, the index was 14 % smaller but the first search no faster (both
session 61). A Dutch phone number's two dialled forms stay written out too:
left for staff.js to make, the index was 9 % smaller, but making them took
longer than the shorter read saved (session 62). Its fields are not one a
line there but apart by a capital (FIELD_BREAK): a line break is written
`\\\\n`, three bytes, 9 % of the index at 100,000 dossiers (session 63).
`read_index` reads it back:

    {"dossier": [before, after], "never": ..., "between": FIELD_BREAK, "groups": [[key, name, closed], ...],
     "collecting": [[account, dossiers, account as written], ...], "fields": {letter: field's name, ...},
     "name": the name's letter, "rows": [row, ...], "parts": [part, ...]}

`collecting` are the accounts that paid for many dossiers (staff.candidates.COLLECTING_ACCOUNT), normalised
without spaces, with how many: no row holds them (a debt counsellor's account would list every client), and a
search by one says what it is.

A row is [id, name, group (index into groups), css, status, amount,
amount as a number, days overdue, next step (a part: what the row shows,
and last the day it sorts by), last contact (a part: the day as shown and
as sorted; -1: none), [flags], search text, what of its invoices a dispute
holds apart is open, in words ("" when none), the kind of each field of the
search text (a part: a letter each, `fields` names them), a closed
dossier's days as its row shows them (a part: the text and the word under
it, "bij betaling"; -1: the plain days overdue)], in the overview's order
(stage by stage).
The strings many dossiers share (classes, badges, next steps, dates,
flags) are written once in `parts`, each a list of strings, and a
row holds its index there (-1: none). A dossier's page is
dossier[0] + id + dossier[1]. The search text is incasso.staff.search's:
fields normalised, FIELD_BREAK between two. Internal only, like every staff page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence

from incasso.staff.bank_section import account_text
from incasso.staff.entries import Entry
from incasso.staff.formats import BLANK
from incasso.staff.language import words
from incasso.staff.overview import dossier_path
from incasso.staff.rows import ClaimRow
from incasso.staff.search import FIELD_KINDS, FIELD_SEPARATOR, NAME, normalise

SEARCH_INDEX = "search-index.js"
_ID = "{id}"
_CHUNK = 500  # rows per piece of text handed to the writer
_START, _END = "window.incassoSearch = JSON.parse('", "');\n"
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
# Between two fields of a row's search text, instead of search.FIELD_SEPARATOR's line break: a character that
# needs no escape in the script, and that neither a field nor a query holds (normalise lower-cases both).
FIELD_BREAK = "Z"


class _Parts:
    """Shared strings, each list written once, by the index of its first use."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], int] = {}

    def of(self, *strings: str) -> int:
        return self.index.setdefault(strings, len(self.index))


def _next_step(row: ClaimRow, parts: _Parts) -> int:
    """The next step's part: what the row shows, and last the day it sorts by (rows.NO_STEP for none)."""
    if row.next is None:
        return parts.of(row.next_none, row.next_value)
    action, when = row.next.action, row.next.when
    return parts.of(action.css, action.text, when.css, when.text, row.next_value)


def _row(row: ClaimRow, group: int, search: tuple[str, str], parts: _Parts) -> list:
    # A day sorts by its ISO date, written in its part beside the day as shown: as many dossiers share a
    # step's day as share how it is shown, so the date costs the index nothing a row (as its own column, 2.5 MB
    # at 100,000 dossiers: BENCHMARKS.md, session 62).
    return [
        row.id,
        row.debtor.name,
        group,
        parts.of(row.css),
        parts.of(row.status.css, row.status.text, row.status_value),
        row.amount,
        float(row.amount_value),  # for sorting only: the amount shown is the string before it
        int(row.days_value),
        _next_step(row, parts),
        parts.of(row.last_contact, row.last_contact_value) if row.last_contact else -1,
        [parts.of(flag.css, flag.label) for flag in row.flags],
        search[0].replace(FIELD_SEPARATOR, FIELD_BREAK),
        row.disputed or "",
        parts.of(search[1]),  # the kind of each field of the search text: many dossiers share theirs
        parts.of(row.days_overdue, row.late_when or "") if row.late_when or row.days_overdue == BLANK else -1,
    ]


def squeezed(account: str) -> str:
    """An account as staff.js squeezes what is typed: normalised, without spaces ("nl22ingb0000000002")."""
    return normalise(account).replace(" ", "")


def _js_string(text: str) -> str:
    """JSON text inside a JavaScript string in single quotes, in Latin-1 (a character beyond it as JSON's escape)."""
    text = _BEYOND_LATIN1.sub(lambda beyond: json.dumps(beyond[0])[1:-1], text)
    return text.replace("\\", "\\\\").replace("'", "\\'")


def read_index(script: str) -> dict:
    """The data of a search index's script, as the browser makes it."""
    text = script.removeprefix(_START).removesuffix(_END)
    return json.loads(re.sub(r"\\(.)", r"\1", text))  # the string in single quotes, unescaped


def search_index(
    groups: Mapping[str, Sequence[Entry]], names: Mapping[str, str], collecting: Mapping[str, int] | None = None
) -> Iterator[str]:
    """The index script of every dossier in `groups` (key -> dossiers in order; `names` their names), in pieces;
    `collecting`: the accounts that paid for many dossiers, with how many."""
    parts = _Parts()
    before, after = dossier_path(_ID).split(_ID)
    closed = {key: bool(members) and members[0].closed for key, members in groups.items()}
    head = {
        "dossier": [before, after],
        "never": words().UI["never"],
        "between": FIELD_BREAK,
        "groups": [[k, names[k], closed[k]] for k in groups],
        "collecting": [[squeezed(a), n, account_text(a)] for a, n in sorted((collecting or {}).items())],
        "fields": {letter: words().SEARCH_FIELD[kind] for letter, kind in FIELD_KINDS.items()},
        "name": NAME,
    }
    yield _START + _js_string(json.dumps(head, ensure_ascii=False)[:-1]) + ',"rows":['
    keys = list(groups)
    rows = [(keys.index(key), entry) for key in keys for entry in groups[key]]
    for start in range(0, len(rows), _CHUNK):
        chunk = [
            _row(entry.row, group, (entry.search, entry.search_kinds), parts)
            for group, entry in rows[start : start + _CHUNK]
        ]
        text = ",".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in chunk)
        yield ("," if start else "") + _js_string(text)
    yield '],"parts":' + _js_string(json.dumps([list(p) for p in parts.index], ensure_ascii=False)) + "}" + _END
