"""Strict YAML: every scalar as text, with its position; no surprises.

PyYAML's safe loader still resolves `no` to False, `01067` to 1067 and
`12:30` to 750, keeps the last of two duplicate keys and follows aliases.
Here the event stream is turned into plain nodes instead: scalars stay text
(converted explicitly later, field by field), and tags, anchors, aliases,
duplicate keys and non-text keys are refused.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import ClassVar, Protocol

import yaml

from incasso.ledger.problems import NO_BREAK_SPACES, Problem, Source, named, shown

# How a file the parser stopped in is said: below that line only the slips a line shows by itself are
# looked for, the rest once it is mended (cli.report says so).
NOT_YAML = "is not valid YAML"

MAX_DEPTH = 20  # the ledger format nests 4 levels; deeper is junk, not data
MAX_BYTES = 5_000_000  # a debtor file is a few KB; refuse runaway files early
# libyaml's parser where it is built in (about 10x faster); the same events either way.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Mark(Protocol):
    """A place in the text, as PyYAML's pure and libyaml parsers both give it (0-based)."""

    line: int
    column: int


@dataclass
class Node:
    """A value as written: the file it is in, and the parser's mark of where (its `source`).

    The mark is kept, not made a Source: a file holds about a hundred values, and only the few
    that a record keeps or a problem names are ever asked where they are (BENCHMARKS.md)."""

    path: str
    mark: _Mark | None

    @property
    def source(self) -> Source:
        return _source(self.path, self.mark)


@dataclass
class Scalar(Node):
    text: str
    quoted: bool = False
    # Its text was cut at a ` #`, already reported with its hint: an empty value it left is not reported again.
    # A class attribute, set by CutScalar: every value of every file is a Scalar, and few are cut.
    commented: ClassVar[bool] = False

    @property
    def is_null(self) -> bool:
        """An empty plain value, `~` or `null`: the field is written but empty."""
        return not self.quoted and self.text in ("", "~", "null", "Null", "NULL")


@dataclass
class CutScalar(Scalar):
    """A value whose text a ` #` cut (reported with its hint where it was read)."""

    commented: ClassVar[bool] = True


@dataclass
class BlockScalar(Scalar):
    """A text written as a block (`note: |` or `note: >-`) with lines that read like fields (`costs: 300.00`):
    indented as the text is, they are part of it, and the field is lost. The mapping that holds the text
    knows its fields, and so whether one of them was meant (`Reader.mapping`)."""

    field_lines: tuple[tuple[str, Source], ...] = ()


@dataclass
class Invalid(Node):
    """A value already reported as a problem (an alias, a non-text key)."""


@dataclass
class Mapping(Node):
    items: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)


@dataclass
class Sequence(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class _Place:
    """A place the parser did not mark, found in the text: a `_Mark`."""

    line: int
    column: int


def _source(path: str, mark: _Mark | None) -> Source:
    """Where a mark points, 1-based; the start of the file when the parser gave none."""
    if mark is None:
        return Source(path, 1, 1)
    return Source(path, mark.line + 1, mark.column + 1)


def parse(data: bytes, path: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML document into nodes; return (root, problems)."""
    start = Source(path, 1, 1)
    if len(data) > MAX_BYTES:
        return None, [Problem(start, "", f"file is larger than {MAX_BYTES} bytes")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, [_not_utf8(data, err, path)]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, [Problem(start, "", f"is empty: {_fill_in(path)}")]
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [Problem(start, "", f"holds only comments (lines starting with #): {_fill_in(path)}")]
    # One search over the file, nearly always finding nothing: only then is each such character looked at.
    hidden, marked = _hidden_characters(text, path) if _BREAKS_OR_CONTROLS.search(text) else ([], set())
    if hidden:
        text = _BREAKS_OR_CONTROLS.sub(_stand_in, text)  # each said where it is: read the rest as if it were not
    try:
        # Most files hold no '#' that could cut a text: then no scalar needs looking at for a comment behind it.
        below = "#" in text and _TEXT_COMMENT.search(text) is not None
        lines = text.splitlines() if below or _SPACE_HASH.search(text) else None
        root, problems = _parsed(text, path, lines, below)
        if hidden and root is not None:  # the value each is in names it, as the text rule does
            hidden = [_named_by_value(root, found) for found in hidden]
        return root, hidden + _off_lines(problems, marked)
    except yaml.MarkedYAMLError as err:
        lines = text.splitlines()
        first = _syntax_problem(err, path, lines, text)
        # An error on a line read with a stand-in is the stand-in's (` events:` for a form feed before
        # `events:`): the character's own problem says all there is to mend on that line.
        said = _off_lines([first, *_later_slips(lines, first.source.line, path)], marked)
        return None, [*hidden, *said]
    except yaml.YAMLError as err:  # reader errors: what is left of binary data (U+FFFE, U+FFFF)
        position = getattr(err, "position", 0) or 0
        line = text.count("\n", 0, position) + 1
        return None, [Problem(Source(path, line, 1), "", f"{NOT_YAML}: it holds control characters or binary data")]


# The characters YAML takes for a line break (U+0085, U+2028, U+2029: each moves every later line number
# away from what an editor shows) and the controls it refuses without saying which (all but tab and the
# line ends: Word's manual line break is a vertical tab, its page break a form feed).
_BREAKS_OR_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_NEW_LINE = re.compile("\r\n?|\n")
_AT_MOST_SAID = 10  # lines: a binary file holds thousands of such characters, and the first few say enough
HIDDEN_RULE = "must not hold control or invisible characters"


def _hidden_characters(text: str, path: str) -> tuple[list[Problem], set[int]]:
    """Each line holding such characters, at the first one's line and column as an editor counts them, with its
    name (and how many the line holds); and the numbers of all those lines."""
    starts = [0] + [found.end() for found in _NEW_LINE.finditer(text)]  # where each line starts
    per_line: dict[int, list[re.Match[str]]] = {}
    for match in _BREAKS_OR_CONTROLS.finditer(text):
        per_line.setdefault(bisect_right(starts, match.start()), []).append(match)
    problems = []
    for line, found in list(per_line.items())[:_AT_MOST_SAID]:
        start, first = starts[line - 1], found[0]
        key = _KEY.match(text, start)
        field = key.group(1) if key and key.end() <= first.start() else ""
        char = first.group()
        them = "it" if len(found) == 1 else "them"
        todo = f"delete {them}" + (f"; {_ENTER}" if char in _BREAKS else "")
        more = f"; {len(found)} such characters on this line, the first here" if len(found) > 1 else ""
        problems.append(
            Problem(
                Source(path, line, first.start() - start + 1),
                field,
                f"{HIDDEN_RULE} ({named(char)}{more}): {todo}",
                shown(text[start:].partition("\n")[0].strip()),
            )
        )
    if len(per_line) > _AT_MOST_SAID:
        total = sum(len(found) for found in per_line.values())
        said = f"holds {total} such characters on {len(per_line)} lines in all: is it a ledger file?"
        problems.append(Problem(Source(path, 1, 1), "", said))
    return problems, set(per_line)


def off_stand_in_lines(problems: list[Problem], found: list[Problem]) -> list[Problem]:
    """`problems` but those on a line `parse` read with a stand-in for a hidden character (its problems `found`
    say which, at most the first few): what another rule finds there is the stand-in's doing (`239.00_`), not
    the file's, and is left unsaid."""
    lines = {problem.source.line for problem in found if problem.message.startswith(HIDDEN_RULE)} if found else set()
    return _off_lines(problems, lines)


def _off_lines(problems: list[Problem], lines: set[int]) -> list[Problem]:
    return [problem for problem in problems if problem.source.line not in lines] if lines else problems


_ENTER = "a new line in a note is an ordinary line break (Enter)"
_BREAKS = "\x0b\x0c\x85\u2028\u2029"


def _stand_in(found: re.Match[str]) -> str:
    """What reads the file on as if the character were not there: a space before a line's text, else a
    letter (a space would let `c: \x1b[31m` start a list)."""
    before = found.string[found.string.rfind("\n", 0, found.start()) + 1 : found.start()]
    return " " if not before.strip() else "_"


def _named_by_value(root: Node, found: Problem) -> Problem:
    """A hidden character's problem, named by the value it stands in (as the text rule names it) when there is
    one; else by its line's own key, or by none (a comment, a key)."""
    field = _field_at(root, found.source)
    return replace(found, field=field) if field else found


def _field_at(node: Node, where: Source, path: str = "") -> str | None:
    """The field path of the value `where` is in: the last value that starts before it on its line, or a
    literal block (`note: |`) whose lines reach down to it."""
    if isinstance(node, Scalar):
        line, column = node.source.line, node.source.column
        on_line = line == where.line and column <= where.column
        return path if on_line or line < where.line <= line + node.text.count("\n") else None
    if isinstance(node, Mapping):
        inside = ((_field(path, key), value) for key, (_, value) in node.items.items())
    elif isinstance(node, Sequence):
        inside = ((f"{path}[{i}]", value) for i, value in enumerate(node.items))
    else:
        return None
    found = None
    for field_path, value in inside:
        found = _field_at(value, where, field_path) or found
    return found


def above_error(data: bytes, found: list[Problem]) -> tuple[Node | None, list[Problem], int]:
    """The part of a file above its YAML error, parsed: (its root, its own problems, the error's line), so that
    the values written there are checked in the same run. (None, [], 0) for a file without a YAML error, or
    whose part above it is no YAML either."""
    error = next((problem for problem in found if problem.message.startswith(NOT_YAML)), None)
    if error is None or error.source.line <= 1:
        return None, [], 0
    text = data.decode("utf-8").removeprefix("\ufeff")  # it decoded before, or there would be no YAML error
    text = _BREAKS_OR_CONTROLS.sub(_stand_in, text)  # as parse read it: each line break where its lines are
    above = "".join(text.splitlines(keepends=True)[: error.source.line - 1])
    try:
        lines = above.splitlines()
        root, problems = _parsed(above, error.source.path, lines, True)
    except yaml.YAMLError:
        return None, [], 0
    return root, problems, error.source.line


def _fill_in(path: str) -> str:
    """What to do with a file that holds nothing to read: the creditor's file must be there."""
    if os.path.basename(path) == "creditor.yaml":
        return "write the creditor's fields in it (see docs/ledger-format.md)"
    return "write the debtor's fields in it, or delete the file"


def _second_document(path: str) -> str:
    """A `---` line ends one YAML document and starts the next (YAML asks for it before a second one,
    so it is there to point at); a ledger file holds one."""
    one = "creditor.yaml holds one creditor" if os.path.basename(path) == "creditor.yaml" else "one debtor per file"
    return f"has a `---` line, which starts a second document: remove it ({one})"


def _not_utf8(data: bytes, err: UnicodeDecodeError, path: str) -> Problem:
    """Where a file stops being UTF-8, and how it was most likely saved: an editor's "Unicode" (UTF-16,
    which starts with its byte order mark) or "ANSI" (Windows-1252, a Dutch é or ë as one byte)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(Source(path, 1, 1), "", "is UTF-16 text (saved as 'Unicode'): save it as UTF-8")
    line = data[: err.start].count(b"\n") + 1
    before = data[data.rfind(b"\n", 0, err.start) + 1 : err.start]
    column = len(before.decode("utf-8", errors="replace")) + 1  # in characters, as every other problem
    return Problem(
        Source(path, line, column), "", "is not UTF-8 text (saved as 'ANSI' or Windows-1252?): save it as UTF-8"
    )


# What the parser's words mean for someone writing a ledger, and what to do about it.
_UNCLOSED_QUOTE = (
    "the quote that starts this text is never closed; to start a text with an apostrophe ('t Hoekje), "
    "put the whole text in double quotes"
)
_COLON = "a text with ': ' in it must be put in quotes"
_INDENT = "this line is indented differently from the line before it: the fields of one entry start in one column"
_TAB = "a tab cannot indent YAML; indent with spaces"
_HASH_IN_FLOW = "a ' #' inside [...] or {...} starts a comment and cuts the rest off: put that text in quotes"
_KEY = re.compile(r"\s*(?:-\s+)?([A-Za-z_][\w]*):")
# `amount:1250.00`: a key and its value with no space between, which YAML reads as one text.
_NO_SPACE = re.compile(r"\s*(?:-\s+)?([A-Za-z_]\w*):(\S.*)")
_CLOSING = {"[": ("]", "the list"), "{": ("}", "the fields")}
_TEXT_COMMENT = re.compile(r"^ *#[^ #\r\n]", re.M)  # a line that starts with '#' and text: "#2 en #3 nog open"
# What a comment that cuts a text needs (`_comment_problem`): a space, a '#' and no space after it. Not in the file
# (a ledger's comments are `# ...` at a line's start, a space after the '#'): no value needs looking at
# (BENCHMARKS.md, session 45).
_SPACE_HASH = re.compile(r"\s#[^ #]")


def _syntax_problem(err: yaml.MarkedYAMLError, path: str, lines: list[str], text: str) -> Problem:
    """The parser's error at the place to mend; where the usual cause is known, that cause and its mend instead."""
    problem = err.problem or err.context or ""
    where: _Mark | None = err.problem_mark or err.context_mark
    hint = mend = None  # mend: how to write the line, quoting it (left out of a redacted problem)
    run_on = _quote_run_on(text, where.line) if where is not None else None
    if run_on is not None:
        # `name: "Kapsalon` with no closing quote, or `name: 't Hoekje` with an apostrophe on a later line
        # (`z'n`): the text ran on to that quote, and the parser stopped just after it, with a message about
        # that innocent line.
        where, hint = run_on
    elif err.context == "while scanning a quoted scalar" and err.context_mark is not None:
        where, hint = err.context_mark, _UNCLOSED_QUOTE  # the quote that opened it, not the end of the file
    elif problem.startswith("mapping values are not allowed") and where is not None:
        # `key: text: more` has the key's own ': ' before the colon the parser stops at; a field
        # indented too far (`   type: reminder` under `- date: ...`) has none; under `-number: F1`
        # (no space after the dash: one text, not an entry) the next field is the first the parser refuses.
        before = lines[where.line][: where.column] if where.line < len(lines) else ""
        hint = _COLON if ": " in before else _INDENT
        dash = _dash_slip(lines, where.line)
        if hint == _INDENT and dash is not None:
            where = _Place(dash[0], len(lines[dash[0]]) - len(lines[dash[0]].lstrip(" ")))
            hint, mend = _DASH_HINT, _dash_mend(dash[1], dash[2])
    elif (header := _missing_header(problem, lines, where)) is not None:
        hint = header  # `- number: F1` under `address:`: the line `invoices:` above it deleted
    elif where is not None and _char_at(lines, where) == "\t":
        hint = _TAB
    elif (err.context or "").startswith("while parsing a flow") and (opened := err.context_mark) is not None:
        text = lines[opened.line] if opened.line < len(lines) else ""
        if " #" in text[opened.column :]:  # the list's own line: the error is reported at the next one
            where, hint = opened, _HASH_IN_FLOW
        elif (closing := _CLOSING.get(_char_at(lines, opened))) and closing[0] not in text[opened.column :]:
            # `address: [Dorpsstraat 1, 1234 AB Ergens` with no `]`: the parser stops on the next line.
            closed, what = closing
            opening = _char_at(lines, opened)
            where, hint = opened, f"the '{opening}' on this line is never closed: end {what} with '{closed}'"
    elif err.context == "while scanning a simple key" and (opened := err.context_mark) is not None:
        # `amount:1250.00` is one text, not a field: the parser stops on a later line, finding no ':'.
        slip = _NO_SPACE.fullmatch(lines[opened.line]) if opened.line < len(lines) else None
        if slip:
            where, hint, mend = opened, "a field needs a space after its colon", f": write {slip[1]}: {slip[2]}"
        elif opened.line < len(lines) and ":" not in lines[opened.line]:
            # A text wrapped onto a line of its own at its field's indent, or a stray word: the parser says
            # so at the line after it.
            where, hint = opened, _NO_FIELD
    elif where is not None and where.line < len(lines) and (later := _DASH_SLIP.fullmatch(lines[where.line])):
        # A later entry's `-number: F2`: the parser stops on its own line.
        hint, mend = _DASH_HINT, _dash_mend(later[1], later[2])
    elif where is not None and _indented_otherwise(lines, where.line):
        hint = _INDENT  # `   due:` under `    date:`: the parser expected a '-' or a key there
    elif where is not None and (start := _indicator_start(lines, where.line)) is not None:
        # `description: [Spoed] lekkage`, `name: @home`: a text starting with one of YAML's own signs
        where, hint = _Place(where.line, start[1]), _indicator_hint(start[0])
    if hint is None:
        return Problem(_source(path, where), "", f"{NOT_YAML}: {problem}")
    line = lines[where.line] if where is not None and where.line < len(lines) else ""
    key = _KEY.match(line) if hint != _TAB else None
    field = _field_named(lines, where.line, hint == _INDENT) if key and where is not None else ""
    return Problem(_source(path, where), field, f"{NOT_YAML}: {hint}", shown(line.strip(" ")), mend)


def _field_named(lines: list[str], index: int, misindented: bool) -> str:
    """The field path of the key on line `index`; of one indented otherwise than the line above, the path that
    line's field has, with this key's name: its own indentation would put it inside that field."""
    lines = _texts_blanked(lines, index)
    above = next((i for i in range(index - 1, -1, -1) if _meaningful(lines[i])), None)
    key = _KEY.match(lines[index])
    if not misindented or above is None or key is None or _KEY.match(lines[above]) is None:
        return _key_path(lines, index)
    holder, _, _ = _key_path(lines, above).rpartition(".")
    return f"{holder}.{key.group(1)}" if holder else key.group(1)


def _texts_blanked(lines: list[str], index: int) -> list[str]:
    """The lines up to `index` with those of block texts (`note: |` and the lines under it) left empty: a text's
    line that reads as a field (`Opmerking: iets`) or an entry (`- contact: Jan`) is no field to find a path by."""
    kept: list[str] = []
    block: int | None = None  # the column a block text's lines must be indented beyond
    for line in lines[:index]:
        if block is not None and (_indent(line) > block or not line.strip()):
            kept.append("")
            continue
        key = _KEY.match(line)
        block = key.start(1) if key and _BLOCK_START.search(line) else None
        kept.append(line)
    return kept + lines[index:]


def _key_path(lines: list[str], index: int) -> str:
    """The field path of the key on line `index`, read from the indentation above it ("invoices[0].description"),
    as a file that parsed names its fields: the key alone said which of three invoices' descriptions to mend
    only by the line's number. Block style only: where a line above does not read as a field or an entry, the
    path found so far."""
    key = _KEY.match(lines[index])
    if key is None:
        return ""
    names, column = [key.group(1)], key.start(1)
    holder = index if _ENTRY.match(lines[index]) else _holder(lines, index, column)
    while column > 0 and holder is not None:
        step = _level_up(lines, holder, column)
        if step is None:
            break
        said, column, holder = step
        names += said
    return ".".join(reversed(names))


def _level_up(lines: list[str], holder: int, column: int) -> tuple[list[str], int, int | None] | None:
    """From a key at `column` held by line `holder` one level up: the names that adds (innermost first), the
    column of the field that holds them, and the line that holds that one. None: no list's name above an entry."""
    own = _KEY.match(lines[holder])
    if not _ENTRY.match(lines[holder]) and own is not None:  # a mapping's own field (`contact:`) holds it
        return [own.group(1)], own.start(1), _holder(lines, holder, own.start(1))
    said = [own.group(1)] if own is not None and own.start(1) < column else []  # `- details:` over the key
    header, number = _entry_number(lines, holder)
    named = _KEY.match(lines[header]) if header is not None else None
    if header is None or named is None:
        return None
    at = named.start(1)
    above = header if _ENTRY.match(lines[header]) else _holder(lines, header, at)  # `- installments:` is an entry
    return [*said, f"{named.group(1)}[{number}]"], at, above


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _meaningful(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _holder(lines: list[str], index: int, column: int) -> int | None:
    """The line above `index` that holds a key at `column`: the nearest less indented (an entry's dash counts as
    its indentation), if it is a field or an entry."""
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if _meaningful(line) and _indent(line) < column:
            return above if _ENTRY.match(line) or _KEY.match(line) else None
    return None


def _entry_number(lines: list[str], entry: int) -> tuple[int | None, int]:
    """The line of the list's name above the entry on line `entry` (None: none found), and the entry's number
    in that list, counted from 0."""
    dash, number = _indent(lines[entry]), 0
    for above in range(entry - 1, -1, -1):
        line = lines[above]
        if not _meaningful(line) or _indent(line) > dash:
            continue
        if _indent(line) == dash and _ENTRY.match(line):
            number += 1
            continue
        return above, number
    return None, number


# Where a list entry stands where the parser expected a field (its message in libyaml, and in PyYAML's own).
_ENTRY_NOT_KEY = ("did not find expected key", "expected <block end>, but found '-'")
_ENTRY = re.compile(r"( *)- ")
# The list an entry of the ledger belongs in, by a field only its entries have: (field, list), first found wins.
_LIST_OF = (("number", "invoices"), ("type", "events"), ("amount", "payments"))


def _missing_header(problem: str, lines: list[str], where: _Mark | None) -> str | None:
    """What to say of a list entry (`- number: F1`) where a field was expected: the line with the list's
    name above it is missing. Which list, when its fields tell: only an invoice has a `number`, only an event
    a `type`."""
    if where is None or problem not in _ENTRY_NOT_KEY or where.line >= len(lines):
        return None
    entry = _ENTRY.match(lines[where.line])
    if entry is None or len(entry[1]) != where.column:
        return None
    keys = set()
    for number in range(where.line, len(lines)):
        line = lines[number]
        if number > where.line and line.strip() and len(line) - len(line.lstrip(" ")) <= where.column:
            break  # the next entry, or a line less indented: this entry's fields end
        if key := _KEY.match(line):
            keys.add(key[1])
    name = next((name for field, name in _LIST_OF if field in keys), None)
    said = f"the line `{name}:`" if name else "the line with the list's name (`invoices:`, `payments:`, `events:`)"
    return f"a list entry where a field was expected: is {said} missing above it?"


_NO_FIELD = (
    "this line has no field name (name: value): a text continued on a new line must be indented further than "
    "its field's name, or written on one line"
)


def _quote_run_on(text: str, stop: int) -> tuple[_Place, str] | None:
    """Where a quoted text opened on a line above line `stop` (0-based, where the parser stopped) and ends on
    that line, and what to say of it: a quote left open on its line. The scanner's tokens tell (a quote in a
    comment or inside a word is none), read only for a file with an error."""
    loader = _LOADER(text)
    try:
        while (token := loader.get_token()) is not None and token.start_mark.line <= stop:
            start, end = token.start_mark, token.end_mark
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"') and start.line < end.line == stop:
                return _Place(start.line, start.column), _run_on_hint(token.style, start.line + 1, stop + 1)
    except yaml.YAMLError:
        pass  # the scanner's own error, at `stop`: no quoted text ended there
    finally:
        loader.dispose()
    return None


def _run_on_hint(quote: str, opened: int, stopped: int) -> str:
    said = f"a quote opened on line {opened} is not closed there, so the text runs on to line {stopped}"
    mend = f"end it with {quote} on line {opened}"
    if quote == "'":  # closing `'t Hoekje` with a quote would drop its apostrophe: that advice first
        mend = f"to start a text with an apostrophe ('t Hoekje), put the whole text in double quotes; else {mend}"
    return f"{said}: {mend}"


_DASH_SLIP = re.compile(r"\s*-([A-Za-z_]\w*):\s*(.*)")
_BLOCK_START = re.compile(r":[ \t]+[|>][-+0-9]*[ \t]*(#.*)?$")
# A line holding one field and its value, as the slips below are found on: `  - description: text`.
_FIELD_LINE = re.compile(r"(\s*(?:-\s+)?)([A-Za-z_]\w*):[ \t]+(\S.*)")


def _later_slips(lines: list[str], after: int, path: str) -> list[Problem]:
    """The parser stops at the first error; the slips a line shows by itself (a ': ' in a text, a text
    starting with one of YAML's signs) are found on the lines after it too, so that one run names them all.
    Each line is parsed on its own: one that reads as YAML there is left alone."""
    found = []
    block: int | None = None  # the indent of a `key: |` whose lines are text, whatever they hold
    for number in range(after, len(lines)):  # `after` is 1-based: the lines below the first error
        line = lines[number]
        indent = len(line) - len(line.lstrip(" "))
        if block is not None and (indent > block or not line.strip()):
            continue
        block = indent if _BLOCK_START.search(line) else None
        match = _FIELD_LINE.fullmatch(line)
        if match is None or match.group(3).startswith("#"):
            continue
        try:
            yaml.safe_load(f"{match.group(2)}: {match.group(3)}")
            continue
        except yaml.YAMLError:
            pass
        value_at = match.start(3)
        sign = _indicator_start(lines, number)
        if sign is not None and sign[0] not in "[{'\"":  # a list or a quote may go on below: not by itself
            hint = _indicator_hint(sign[0])
        elif ": " in match.group(3) and sign is None:
            hint, value_at = _COLON, value_at + match.group(3).index(": ")  # at the colon, as the parser says
        else:
            continue
        found.append(
            Problem(
                Source(path, number + 1, value_at + 1),
                _key_path(_texts_blanked(lines, number), number),
                f"{NOT_YAML}: {hint}",
                shown(lines[number].strip(" ")),
            )
        )
    return found


# A field whose text starts with one of YAML's own signs (a list, a mapping, a quote, an alias, a reserved one).
_INDICATOR_VALUE = re.compile(r"\s*(?:-\s+)?[A-Za-z_]\w*:\s+([\[{'\"*&!@%`|>]|-(?=\s))")


def _indicator_start(lines: list[str], number: int) -> tuple[str, int] | None:
    """The sign a field's text on line `number` starts with, when it is one YAML reads as its own, and its
    column."""
    found = _INDICATOR_VALUE.match(lines[number]) if number < len(lines) else None
    return (found.group(1), found.start(1)) if found else None


def _indicator_hint(sign: str) -> str:
    quotes = "single quotes" if sign == '"' else "double quotes"
    return f"a text starting with {sign} must be put in quotes: put the whole text in {quotes}"


_DASH_HINT = "a list entry needs a space after its '-'"


def _dash_mend(key: str, value: str) -> str:
    return f": write - {key}: {value}"


def _dash_slip(lines: list[str], number: int) -> tuple[int, str, str] | None:
    """The line with text above line `number` when it is `-key: value` (no space after the dash): its
    index, key and value."""
    above = next((n for n in range(min(number, len(lines)) - 1, -1, -1) if lines[n].strip()), None)
    slip = _DASH_SLIP.fullmatch(lines[above]) if above is not None else None
    return (above, slip[1], slip[2]) if above is not None and slip else None


def _indented_otherwise(lines: list[str], number: int) -> bool:
    """Line `number` starts in another column than the line with text before it."""
    if number >= len(lines) or not lines[number].strip():
        return False
    above = next(
        (line for line in reversed(lines[:number]) if line.strip() and not line.lstrip().startswith("#")), None
    )
    if above is None:
        return False
    indent = len(lines[number]) - len(lines[number].lstrip(" "))
    return indent != len(above) - len(above.lstrip(" -"))


def _char_at(lines: list[str], mark: _Mark) -> str:
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _comment_problem(
    event: yaml.ScalarEvent, path: str, tree: _Tree, lines: list[str] | None, below: bool
) -> Problem | None:
    """A plain text followed by ` #2`: YAML reads the rest as a comment and drops it, which a writer rarely means.

    A comment written as comments are (`# ...`, a space after the #) is left alone. `tree`: the nodes
    before this value's, which name its field when there is a problem to report.
    """
    end = event.end_mark
    if lines is None or event.style or end is None or end.line >= len(lines):
        return None  # an empty value too: `description: #2 badkamer` reads as no description at all
    rest = lines[end.line][end.column :]
    if below and event.value and not rest.strip():
        return _comment_below(event, path, tree, lines)
    if not rest[:1].isspace() or not (after := rest.lstrip()).startswith("#") or after[1:2] in ("", " ", "#"):
        return None
    return Problem(
        _source(path, event.start_mark),
        tree.field_of(event),
        "the text after ' #' is read as a YAML comment and left out; put the whole text in quotes to keep it, "
        "or write '# ' (with a space) to mark a comment",
        shown(f"{event.value} {after}".strip()),
    )


def _comment_below(event: yaml.ScalarEvent, path: str, tree: _Tree, lines: list[str]) -> Problem | None:
    """A text wrapped over lines whose next line starts with `#2`: YAML ends the text above it and drops
    that line as a comment. Only a line indented under the text's own line: one at its key's depth or
    less is a comment among the keys."""
    start, end = event.start_mark, event.end_mark
    if start is None or end is None:
        return None
    before = lines[start.line][: start.column].rstrip()
    if before.endswith(":"):  # a mapping's value: its key's column
        indent = len(before) - len(before.lstrip(" -"))
    elif before.endswith("-"):  # a list's entry: its dash's column
        indent = len(before) - 1
    else:  # the text begins a line of its own
        indent = start.column - 1
    for number in range(end.line + 1, len(lines)):
        line = lines[number]
        text = line.lstrip(" ")
        if not text.strip():
            continue
        column = len(line) - len(text)
        if not text.startswith("#") or column <= indent:
            return None
        if text[1:2] not in (" ", "#") and text.strip() != "#":
            return Problem(
                Source(path, number + 1, column + 1),
                tree.field_of(event),
                "this line is read as a YAML comment and left out of the text above it; put the whole text in "
                "quotes to keep it",
                shown(text.strip()),
            )
    return None


def _parsed(text: str, path: str, lines: list[str] | None, below: bool) -> tuple[Node | None, list[Problem]]:
    """`_build` over the parser's events, each taken as the parser hands it over: one call in C per event
    with libyaml, where `yaml.parse` adds a generator's step and a second call (a file holds about a hundred)."""
    loader = _LOADER(text)
    try:
        return _build(iter(loader.get_event, None), path, lines, below, text)
    finally:
        loader.dispose()


_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)  # where a mapping or a list ends


def _build(
    events: Iterable[yaml.Event], path: str, lines: list[str] | None, below: bool = False, text: str = ""
) -> tuple[Node | None, list[Problem]]:
    """The tree of nodes and the problems. `below`: the file has a line starting with '#' and text
    (`#2 en #3`), as a line cut off a wrapped text does; only then are the lines under values looked at."""
    tree = _Tree()
    repeated: set[str | None] = set()  # the anchors of entries and lists: a program wrote them once, for all
    documents = 0
    text_lines = lines
    for event in events:
        if isinstance(event, yaml.ScalarEvent):  # most events: a value, or a key
            if event.anchor or event.tag:
                _markup(tree, event, path, repeated)
            comment = _comment_problem(event, path, tree, lines, below)
            if comment is not None:
                tree.problems.append(comment)
            if event.style in ("|", ">") and ":" in event.value:  # a field written into a block text?
                text_lines = text_lines if text_lines is not None else text.splitlines()
                tree.attach(_block_scalar(event, path, text_lines))
                continue
            quoted = event.style in ("'", '"', "|", ">")
            tree.attach((Scalar if comment is None else CutScalar)(path, event.start_mark, event.value, quoted))
        elif type(event) in _ENDS:  # the parsers make these classes themselves, never a subclass
            tree.close()
        elif isinstance(event, yaml.CollectionStartEvent):  # a mapping or a list starts
            if event.anchor or event.tag:
                _markup(tree, event, path, repeated)
            kind = Mapping if isinstance(event, yaml.MappingStartEvent) else Sequence
            if not tree.open(kind(path, event.start_mark)):
                return None, tree.problems
        elif isinstance(event, yaml.AliasEvent):
            said = "aliases (*name) are not allowed" + (_REPEATED if event.anchor in repeated else "")
            tree.problems.append(
                Problem(_source(path, event.start_mark), tree.field_of(event), said, f"*{event.anchor}")
            )
            tree.attach(Invalid(path, event.start_mark))
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                tree.problems.append(Problem(_source(path, event.start_mark), "", _second_document(path)))
                break
    return tree.root, tree.problems


def _markup(
    tree: _Tree, event: yaml.ScalarEvent | yaml.CollectionStartEvent, path: str, repeated: set[str | None]
) -> None:
    """An anchor or a tag, said where it is written (its field found only then); an entry's or a list's anchor
    noted, for what its aliases say."""
    tree.problems.extend(_markup_problems(event, _source(path, event.start_mark), tree.field_of(event)))
    if isinstance(event, yaml.CollectionStartEvent) and event.anchor:
        repeated.add(event.anchor)


_FIELD_IN_TEXT = re.compile(r"( *)(?:- +)?([a-z_]+):(?: |$)")  # `costs: 300.00`, `- date: 2026-07-01`, `installments:`


def _block_scalar(event: yaml.ScalarEvent, path: str, lines: list[str]) -> Scalar:
    """A block text, with the lines in it that read like a field (`BlockScalar`)."""
    start, end = event.start_mark, event.end_mark
    if start is None or end is None:  # pragma: no cover - both parsers mark every event
        return Scalar(path, start, event.value, quoted=True)
    last = end.line if end.column else end.line - 1  # a block ends at the start of the line after it
    found = []
    for number in range(start.line + 1, min(last + 1, len(lines))):
        if match := _FIELD_IN_TEXT.match(lines[number]):
            found.append((match[2], Source(path, number + 1, len(match[1]) + 1)))
    if not found:
        return Scalar(path, start, event.value, quoted=True)
    return BlockScalar(path, start, event.value, quoted=True, field_lines=tuple(found))


# An anchor on an entry or a list, and its alias: a program (PyYAML's dump, say) wrote an entry it had
# written before as a reference to it.
_REPEATED = (
    ": write each entry out in full (a program writing YAML, such as PyYAML's dump, writes an entry it wrote "
    "before as &id001 and *id001: give it a Dumper whose ignore_aliases returns True)"
)


def _markup_problems(event: yaml.Event, where: Source, field: str) -> list[Problem]:
    """Anchors and tags, which plain data has no use for."""
    problems = []
    anchor, tag = getattr(event, "anchor", None), getattr(event, "tag", None)
    if anchor and isinstance(event, yaml.CollectionStartEvent):  # no text: an entry a program wrote once for all
        problems.append(Problem(where, field, f"anchors (&name) are not allowed{_REPEATED}", f"&{anchor}"))
    elif anchor:
        problems.append(Problem(where, field, f"anchors (&name) are not allowed; {_indicator_hint('&')}", f"&{anchor}"))
    if tag == "!":  # YAML drops it: "! belangrijk" would be read as "belangrijk"
        problems.append(Problem(where, field, "tags are not allowed; a text starting with ! goes in quotes", "!"))
    elif tag and tag.startswith("tag:yaml.org,2002:"):  # `!!float 12`: YAML's own, written on purpose
        problems.append(Problem(where, field, "tags are not allowed", shown(tag.replace("tag:yaml.org,2002:", "!!"))))
    elif tag:  # `!belangrijk`: a text that starts with '!'
        problems.append(Problem(where, field, f"tags are not allowed; {_indicator_hint('!')}", shown(tag)))
    return problems


class _Tree:
    """The nodes built so far: the open mappings and lists, and per open mapping the key awaiting its value."""

    def __init__(self) -> None:
        self.root: Node | None = None
        self.problems: list[Problem] = []
        self.stack: list[Mapping | Sequence] = []
        self.paths: list[str] = []  # per open mapping or list, its field path ("invoices[0]"), as errors name it
        self.pending_key: list[Scalar | Invalid | None] = []

    def open(self, node: Mapping | Sequence) -> bool:
        """Attach a mapping or list and fill it next; False when it nests too deep to be data."""
        if len(self.stack) >= MAX_DEPTH:
            self.problems.append(Problem(node.source, "", f"nests deeper than {MAX_DEPTH} levels"))
            return False
        path = self._next_path()
        self.attach(node)
        self.stack.append(node)
        self.paths.append(path)
        self.pending_key.append(None)
        return True

    def close(self) -> None:
        self.stack.pop()
        self.paths.pop()
        self.pending_key.pop()

    def field_of(self, event: yaml.Event) -> str:
        """The field path an event is written at, for its problems: a key names itself."""
        if self.stack and isinstance(self.stack[-1], Mapping) and self.pending_key[-1] is None:
            value = getattr(event, "value", None)
            return _field(self.paths[-1], value) if isinstance(value, str) else self.paths[-1]
        return self._next_path()

    def _next_path(self) -> str:
        """The field path of the node attached next."""
        if not self.stack:
            return ""
        parent, path = self.stack[-1], self.paths[-1]
        if isinstance(parent, Sequence):
            return f"{path}[{len(parent.items)}]"
        key = self.pending_key[-1]
        return _field(path, key.text) if isinstance(key, Scalar) else path

    def attach(self, node: Node) -> None:
        """Place a node: as the root, in the open list, or as the open mapping's next key or value."""
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        key = self.pending_key[-1]
        if key is None:
            if isinstance(node, Scalar):
                # `type\u00a0: consumer`: a non-breaking space after a key is a space, which YAML trims.
                self.pending_key[-1] = node if node.text.isascii() else _trimmed(node)
            else:
                self.problems.append(Problem(node.source, "", "a key must be plain text"))
                self.pending_key[-1] = Invalid(node.path, node.mark)
            return
        self.pending_key[-1] = None
        if isinstance(key, Invalid):
            return
        if key.text in parent.items:
            first = parent.items[key.text][0].source
            self.problems.append(
                Problem(
                    key.source,
                    _field(self.paths[-1], key.text),
                    f"is written twice (also on line {first.line}): keep one",
                )
            )
            return
        parent.items[key.text] = (key, node)


def _trimmed(key: Scalar) -> Scalar:
    """A key without the non-breaking spaces around it; one that is nothing else keeps them, so that its problem
    shows it (`\\xa0: unknown field`), not an empty name."""
    trimmed = key.text.strip(" " + NO_BREAK_SPACES)
    return replace(key, text=trimmed) if trimmed else key


def _field(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
