"""Strict YAML: scalars stay text, positions are kept, surprises are refused."""

import pytest
import yaml

from incasso.ledger.yamlsafe import MAX_BYTES, MAX_DEPTH, Invalid, Mapping, Scalar, Sequence, parse

PATH = "ledger/debtors/x.yaml"


def parsed(text: str):
    root, problems = parse(text.encode("utf-8"), PATH)
    assert problems == []
    return root


def problems(data: str | bytes) -> list[str]:
    root, found = parse(data.encode("utf-8") if isinstance(data, str) else data, PATH)
    return [str(p) for p in found]


def value(text: str) -> Scalar:
    """The value of the one key in `text`."""
    root = parsed(text)
    assert isinstance(root, Mapping)
    ((key, node),) = root.items.values()
    return node


# -- scalars stay text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "no",
        "yes",
        "on",
        "off",
        "y",
        "n",
        "true",
        "False",  # YAML 1.1 booleans
        "01067",
        "0777",
        "0x1F",
        "1_000",
        "1e3",
        ".inf",
        ".NaN",
        "-0",  # numbers
        "12:30",
        "1:20:30",  # sexagesimal
        "2026-01-01",
        "2026-01-01 12:00:00",  # timestamps
        "1250.50",
        "1,250.00",
    ],
)
def test_plain_scalars_stay_the_text_written(written):
    node = value(f"v: {written}\n")
    assert isinstance(node, Scalar)
    assert node.text == written
    assert node.quoted is False


@pytest.mark.parametrize(
    "written, text",
    [
        ('"no"', "no"),
        ("'01067'", "01067"),
        ('"a\\tb"', "a\tb"),
        ("|\n  line\n", "line\n"),
        (">\n  folded\n", "folded\n"),
    ],
)
def test_quoted_and_block_scalars_are_marked_quoted(written, text):
    node = value(f"v: {written}\n")
    assert (node.text, node.quoted) == (text, True)


@pytest.mark.parametrize(
    "written, is_null",
    [
        ("", True),
        ("~", True),
        ("null", True),
        ("Null", True),
        ("NULL", True),
        ('""', False),
        ('"null"', False),
        ("nil", False),
        ("none", False),
    ],
)
def test_null_is_only_an_unquoted_empty_tilde_or_null(written, is_null):
    assert value(f"v: {written}\n").is_null is is_null


def test_nodes_carry_their_line_and_column():
    root = parsed("# comment\nname: Jan\ninvoices:\n  - number: F1\n    amount: 12\n")
    assert (root.source.line, root.source.column) == (2, 1)
    key, name = root.items["name"]
    assert (key.source.line, key.source.column, name.source.line, name.source.column) == (2, 1, 2, 7)
    invoices = root.items["invoices"][1]
    assert isinstance(invoices, Sequence)
    first = invoices.items[0]
    assert isinstance(first, Mapping)
    assert (first.source.line, first.source.column) == (4, 5)
    amount = first.items["amount"][1]
    assert (amount.text, amount.source.line, amount.source.column) == ("12", 5, 13)
    assert str(amount.source) == f"{PATH}:5:13"


def test_a_byte_order_mark_is_ignored():
    assert value("\ufeffv: 1\n").text == "1"


def test_one_explicit_document_is_fine():
    assert value("---\nv: 1\n...\n").text == "1"


def test_the_non_specific_tag_is_refused_not_dropped_from_the_text():
    # YAML would read "! belangrijk" as "belangrijk": what is read must be what is written.
    assert problems("v: ! belangrijk\n") == [
        f"{PATH}:1:4: v: tags are not allowed; a text starting with ! goes in quotes (got !)"
    ]
    assert value("v: '! belangrijk'\n").text == "! belangrijk"


# -- refused -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, tag",
    [
        ("!!python/object:os.system x", "!!python/object:os.system"),
        ("!!python/object/apply:os.system [ls]", "!!python/object/apply:os.system"),
        ("!!str 12", "!!str"),
        ("!!float 12", "!!float"),
        ("!!binary aGk=", "!!binary"),
        ("!!set {a}", "!!set"),
        ("!euro 12", "!euro"),
    ],
)
def test_tags_are_refused(written, tag):
    # YAML's own (!!) are written on purpose; any other is a text starting with '!'.
    hint = (
        ""
        if tag.startswith("!!")
        else "; a text starting with ! must be put in quotes: put the whole text in double quotes"
    )
    assert problems(f"v: {written}\n")[0] == f"{PATH}:1:4: v: tags are not allowed{hint} (got {tag})"


@pytest.mark.parametrize(
    ("written", "sign", "quotes"),
    [
        ("@home", "@", "double"),
        ("%x", "%", "double"),
        ("`x`", "`", "double"),
        ("[Spoed] lekkage", "[", "double"),
        ("{x} y", "{", "double"),
        ("'t Hoekje' B.V.", "'", "double"),
        ('"Jan" Jansen', '"', "single"),
        ("*spoed* levering", "*", "double"),
        ("- 10% korting", "-", "double"),
    ],
)
def test_a_text_starting_with_one_of_yaml_s_signs_is_told_to_go_in_quotes_at_its_field(written, sign, quotes):
    (problem,) = problems(f"description: {written}\nother: 1\n")
    assert problem == (
        f"{PATH}:1:14: description: is not valid YAML: a text starting with {sign} must be put in quotes: put the "
        f"whole text in {quotes} quotes (got description: {written})"
    )


def test_anchors_and_aliases_are_refused():
    found = problems("a: &first 12\nb: *first\n")
    assert found == [
        f"{PATH}:1:4: a: anchors (&name) are not allowed; a text starting with & must be put in quotes: put the whole text in double quotes (got &first)",
        f"{PATH}:2:4: b: aliases (*name) are not allowed (got *first)",
    ]


REPEATED = (
    ": write each entry out in full (a program writing YAML, such as PyYAML's dump, writes an entry it wrote "
    "before as &id001 and *id001: give it a Dumper whose ignore_aliases returns True)"
)


def test_an_entry_a_program_wrote_twice_as_an_anchor_and_an_alias_names_the_cause_not_quotes():
    event = {"date": "2026-10-02", "type": "reminder"}
    text = yaml.safe_dump({"events": [event, event]})  # as an import script writes two identical events
    assert "&id001" in text
    assert problems(text) == [
        f"{PATH}:2:3: events[0]: anchors (&name) are not allowed{REPEATED} (got &id001)",
        f"{PATH}:5:3: events[1]: aliases (*name) are not allowed{REPEATED} (got *id001)",
    ]


def test_markup_in_a_list_or_on_a_key_names_its_field():
    found = problems("invoices:\n  - number: !!str F1\n  - &x {number: F2}\n!!str id: D-1\n")
    assert found == [
        f"{PATH}:2:13: invoices[0].number: tags are not allowed (got !!str)",
        f"{PATH}:3:5: invoices[1]: anchors (&name) are not allowed{REPEATED} (got &x)",
        f"{PATH}:4:1: id: tags are not allowed (got !!str)",
    ]


def test_an_alias_bomb_is_refused_without_following_an_alias():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    text = "\n".join(lines) + "\n"
    root, _ = parse(text.encode(), PATH)
    # Followed, the last list would hold 9 ** 9 scalars; as written: the root, and nine keys, each
    # with its list of nine (scalars, or the aliases left unfollowed).
    assert _nodes(root) == 1 + 9 * (1 + 1 + 9)
    found = problems(text)
    assert found[0] == f"{PATH}:1:4: a: anchors (&name) are not allowed{REPEATED} (got &a)"
    assert any(f"aliases (*name) are not allowed{REPEATED} (got *a)" in line for line in found)


def test_duplicate_keys_are_errors_naming_the_first():
    assert problems("name: A\nid: 1\nname: B\n") == [f"{PATH}:3:1: name: is written twice (also on line 1): keep one"]


def test_duplicate_keys_in_a_nested_mapping_name_the_whole_field_path():
    text = "invoices:\n  - number: F1\n    amount: 1\n    amount: 2\n"
    assert problems(text) == [f"{PATH}:4:5: invoices[0].amount: is written twice (also on line 3): keep one"]
    text = (
        "events:\n  - {date: 2026-01-05, type: reminder}\n  - date: 2026-02-01\n    type: arrangement\n"
        "    installments:\n      - {due: 2026-03-01, amount: 5}\n      - {due: 2026-04-01, due: 2026-05-01}\n"
    )
    assert problems(text) == [
        f"{PATH}:7:27: events[1].installments[1].due: is written twice (also on line 7): keep one"
    ]


def test_duplicate_keys_keep_the_first_value():
    root, _ = parse(b"v: 1\nv: 2\n", PATH)
    assert root.items["v"][1].text == "1"


@pytest.mark.parametrize(
    "text, where",
    [
        ("[a, b]: 1\n", "1:1"),
        ("{a: 1}: 2\n", "1:1"),
        ("? - a\n: b\n", "1:3"),
        ("ok: 1\n? {x: [y]}\n: z\n", "2:3"),
    ],
)
def test_keys_must_be_plain_text(text, where):
    assert problems(text) == [f"{PATH}:{where}: a key must be plain text"]


def test_a_non_text_key_is_dropped_but_the_rest_is_kept():
    root, _ = parse(b"[a]: 1\nb: 2\n", PATH)
    assert list(root.items) == ["b"]


def test_more_than_one_document_is_refused_at_its_dashes():
    # A `---` line pasted from an example or a second debtor: say which line to remove.
    assert problems("a: 1\n---\nb: 2\n") == [
        f"{PATH}:2:1: has a `---` line, which starts a second document: remove it (one debtor per file)"
    ]
    assert problems("---\na: 1\n") == []  # one document, its start marked
    creditor = "ledger/creditor.yaml"
    assert [str(p) for p in parse(b"a: 1\n---\n", creditor)[1]] == [
        f"{creditor}:2:1: has a `---` line, which starts a second document: remove it (creditor.yaml holds one creditor)"
    ]


def test_nesting_up_to_the_limit_is_fine():
    root = parsed("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    depth = 0
    while isinstance(root, Sequence) and root.items:
        root, depth = root.items[0], depth + 1
    assert depth == MAX_DEPTH - 1


def test_deeper_nesting_is_refused():
    text = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    assert problems(text) == [f"{PATH}:1:{MAX_DEPTH + 1}: nests deeper than {MAX_DEPTH} levels"]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"   \n\t\n", b"\xef\xbb\xbf"])
def test_empty_files(data):
    assert problems(data) == [f"{PATH}:1:1: is empty: write the debtor's fields in it, or delete the file"]


@pytest.mark.parametrize("data", [b"# nog invullen\n", b"# a\n\n  # b\n"])
def test_a_file_of_only_comments_is_not_called_empty(data):
    assert problems(data) == [
        f"{PATH}:1:1: holds only comments (lines starting with #): write the debtor's fields in it, or delete the file"
    ]


def test_an_empty_creditor_file_is_to_be_filled_in_not_deleted():
    (problem,) = parse(b"", "ledger/creditor.yaml")[1]
    assert str(problem) == (
        "ledger/creditor.yaml:1:1: is empty: write the creditor's fields in it (see docs/ledger-format.md)"
    )


def test_invalid_utf8_names_its_line():
    assert problems(b"a: 1\nb: 2\nc: \xff\xfe\n") == [
        f"{PATH}:3:4: is not UTF-8 text (saved as 'ANSI' or Windows-1252?): save it as UTF-8"
    ]
    assert problems("name: Café\n".encode("cp1252")) == [
        f"{PATH}:1:10: is not UTF-8 text (saved as 'ANSI' or Windows-1252?): save it as UTF-8"
    ]
    assert problems("name: Jan\n".encode("utf-16")) == [
        f"{PATH}:1:1: is UTF-16 text (saved as 'Unicode'): save it as UTF-8"
    ]


HIDDEN = "must not hold control or invisible characters"


@pytest.mark.parametrize(
    "data, where, name",
    [
        (b"a: 1\nb: x\x00y\n", "2:5: b", "U+0000, null character: is this a text file?"),
        (b"a: \x07\n", "1:4: a", "U+0007, a control character"),
        (b"a: 1\nb: 2\nc: \x1b[31m\n", "3:4: c", "U+001B, escape"),
    ],
)
def test_control_characters_are_named_at_their_line_and_column(data, where, name):
    assert problems(data) == [
        f"{PATH}:{where}: {HIDDEN} ({name}): delete it (got {data.decode().splitlines()[-1]})".replace("\x00", "\\x00")
        .replace("\x07", "\\x07")
        .replace("\x1b", "\\x1b")
    ]


@pytest.mark.parametrize(
    "char, name",
    [
        ("\u2028", "U+2028, line separator"),
        ("\u2029", "U+2029, paragraph separator"),
        ("\x85", "U+0085, next line"),
        ("\x0b", "U+000B, vertical tab: as Word writes a line break"),
        ("\x0c", "U+000C, form feed: as Word writes a page break"),
    ],
)
def test_a_character_yaml_takes_for_a_line_break_is_named_where_it_is_and_moves_no_line(char, name):
    # YAML counts each as a new line: without the scan the error below would be a line off, or a raw one.
    text = f"events:\n  - date: 2026-01-05\n    note: Gebeld{char}geen gehoor\n    by: Sanne\n"
    escaped = char.encode("unicode_escape").decode()
    assert problems(text) == [
        f"{PATH}:3:17: events[0].note: {HIDDEN} ({name}): delete it; a new line in a note is an ordinary line "
        f"break (Enter) (got note: Gebeld{escaped}geen gehoor)"
    ]
    hidden, syntax = problems(text + "  - date: [x\n")
    assert hidden.startswith(f"{PATH}:3:17: note: {HIDDEN} ({name})")  # no tree to name its path: its line's key
    assert syntax.startswith(f"{PATH}:5:11: events[1].date: is not valid YAML: the '[' on this line is never closed")


def test_a_file_full_of_control_characters_is_said_once_per_line_for_the_first_lines_then_in_all():
    found = problems("".join(f"a{n}: " + "x\x01" * 5 + "\n" for n in range(12)))
    assert len(found) == 11
    assert found[0].startswith(f"{PATH}:1:6: a0: {HIDDEN} (U+0001, a control character; 5 such characters on this line")
    assert found[-1] == f"{PATH}:1:1: holds 60 such characters on 12 lines in all: is it a ledger file?"


def test_a_character_in_a_literal_block_is_credited_to_its_text_and_one_below_it_to_none():
    text = "events:\n  - date: 2026-01-05\n    note: |\n      Gebeld\n      geen\x07gehoor\n    # door\x07Sanne\n"
    assert [p.split(f" {HIDDEN}")[0] for p in problems(text)] == [f"{PATH}:5:11: events[0].note:", f"{PATH}:6:11:"]


def test_a_file_larger_than_the_limit_is_refused_unread():
    assert problems(b"#" * (MAX_BYTES + 1)) == [f"{PATH}:1:1: file is larger than {MAX_BYTES} bytes"]


# The wording is the YAML parser's: libyaml's where it is built in, else PyYAML's own.
def test_a_syntax_error_of_no_known_cause_names_line_column_and_the_parser_s_words():
    wordings = ("did not find expected key", "expected <block end>, but found '<scalar>'")
    assert problems('a: 1\n"b" c: 2\n') in [[f"{PATH}:2:5: is not valid YAML: {what}"] for what in wordings]


# The usual causes: what to mend, at the place to mend it.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "id: X\nname: 't Hoekje B.V.\ntype: business\n",
            "2:7: name: is not valid YAML: the quote that starts this text is never closed; to start a text with an "
            "apostrophe ('t Hoekje), put the whole text in double quotes (got name: 't Hoekje B.V.)",
        ),
        (
            'a: 1\nb: "open\n',
            "2:4: b: is not valid YAML: the quote that starts this text is never closed; to start a text with an "
            "apostrophe ('t Hoekje), put the whole text in double quotes (got b: \"open)",
        ),
        (
            "a: 1\ndescription: Reparatie: lekkage\n",
            "2:23: description: is not valid YAML: a text with ': ' in it must be put in quotes "
            "(got description: Reparatie: lekkage)",
        ),
        ("a:\n\t- 1\n", "2:1: is not valid YAML: a tab cannot indent YAML; indent with spaces (got \\t- 1)"),
        (
            "events:\n  - date: 2026-01-01\n     type: reminder\n",  # indented one column too far
            "3:10: events[0].type: is not valid YAML: this line is indented differently from the line before it: the fields "
            "of one entry start in one column (got type: reminder)",
        ),
        (
            "invoices:\n  - number: F1\n    date: 2026-01-01\n   due: 2026-01-31\n",  # one column too few
            "4:4: invoices[0].due: is not valid YAML: this line is indented differently from the line before it: the fields "
            "of one entry start in one column (got due: 2026-01-31)",
        ),
        (
            "invoices:\n  - number: F1\n    amount:1250.00\n    description: Onderhoud\n",  # no space after ':'
            "3:5: invoices[0].amount: is not valid YAML: a field needs a space after its colon: write amount: 1250.00 "
            "(got amount:1250.00)",
        ),
        (
            "invoices:\n  -number: F1\n    amount: 1250.00\n",  # no space after '-'
            "2:3: is not valid YAML: a list entry needs a space after its '-': write - number: F1 (got -number: F1)",
        ),
        (
            "invoices:\n  - number: F1\n    amount: 1250.00\n  -number: F2\n    amount: 10.00\n",  # a later entry
            "4:3: is not valid YAML: a list entry needs a space after its '-': write - number: F2 (got -number: F2)",
        ),
        (
            "name: Jan\naddress: [Dorpsstraat 1, 1234 AB Ergens\ntype: consumer\n",  # no closing ']'
            "2:10: address: is not valid YAML: the '[' on this line is never closed: end the list with ']' "
            "(got address: [Dorpsstraat 1, 1234 AB Ergens)",
        ),
        (
            "name: Jan\nrole: {nl: Debiteurenbeheer, en: Accounts receivable\ntype: consumer\n",  # no closing '}'
            "2:7: role: is not valid YAML: the '{' on this line is never closed: end the fields with '}' "
            "(got role: {nl: Debiteurenbeheer, en: Accounts receivable)",
        ),
    ],
)
def test_a_syntax_error_of_a_known_cause_says_how_to_mend_it(text, expected):
    assert problems(text) == [f"{PATH}:{expected}"]


def test_a_list_written_over_lines_is_read():
    # A '[' closed on a later line is YAML too: only a list the parser cannot end gets the hint.
    root = parsed("address: [Dorpsstraat 1,\n  1234 AB Ergens]\n")
    assert [line.text for line in root.items["address"][1].items] == ["Dorpsstraat 1", "1234 AB Ergens"]


def test_a_text_cut_short_by_a_hash_is_refused_with_the_whole_text():
    text = "invoices:\n  - description: Meerwerk #2 badkamer\n    number: F1\n"
    assert problems(text) == [
        f"{PATH}:2:18: invoices[0].description: the text after ' #' is read as a YAML comment and left out; "
        "put the whole text in quotes to keep it, or write '# ' (with a space) to mark a comment (got Meerwerk #2 badkamer)"
    ]


def test_a_text_that_starts_with_a_hash_is_refused_not_read_as_empty():
    assert problems("invoices:\n  - description: #2 badkamer\n    number: F1\n") == [
        f"{PATH}:2:17: invoices[0].description: the text after ' #' is read as a YAML comment and left out; "
        "put the whole text in quotes to keep it, or write '# ' (with a space) to mark a comment (got #2 badkamer)"
    ]


@pytest.mark.parametrize(
    ("text", "where", "got"),
    [
        ("events:\n  - note: Klant belt terug over factuur\n      #2 en #3 nog open\n", "3:7", "#2 en #3 nog open"),
        ("address:\n  - Dorpsstraat 1\n    #3\n  - 1234 AB Ergens\n", "3:5", "#3"),
        ("note: eerste regel\n  tweede regel\n  # a comment\n  #4 nog open\n", "4:3", "#4 nog open"),
    ],
)
def test_a_wrapped_text_whose_next_line_starts_with_a_hash_is_refused(text, where, got):
    # YAML ends the text above the line and drops the line as a comment.
    field = text.split(":", 1)[0]
    found = problems(text)
    assert len(found) == 1 and found[0].startswith(f"{PATH}:{where}: ")
    assert found[0].endswith(
        "this line is read as a YAML comment and left out of the text above it; put the whole text in quotes "
        f"to keep it (got {got})"
    )
    assert field in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "note: eerste regel\n  tweede regel\n",
        "note: een regel\n#2 a comment at the keys' depth\nb: 1\n",
        "events:\n  - note: iets\n    #2 a comment at the key's depth\n    by: jan\n",
        "note: een regel\n  # a comment written as one\n",
        "amount: 10  # incl. btw\n",  # a comment, written as one
        "note: # to do\n",
        "note: belt terug ## later\n",
        "note: 'Meerwerk' #2\n",  # a quoted text ends at its quote
        'note: "Meerwerk #2 badkamer"\n',
        "note: Meerwerk#2\n",  # no space before it: YAML keeps it in the text
        "# a: 1 #2\nb: 2\n",
    ],
)
def test_comments_written_as_comments_and_quoted_texts_pass(text):
    assert problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "note: Meerwerk #2\n",
        "note: Meerwerk\t#2\n",  # a tab before the '#'
        "note: Meerwerk\u00a0#2\n",  # a non-breaking space is a space to YAML's comment too
        "note: Meerwerk #\t2\n",  # a tab after it is no space
        "note: Meerwerk #\n",
        "note: Meerwerk ## later\n",
        "# Synthetic: open\nnote: Meerwerk #2\n",
        "# Synthetic: open\nnote: een regel\n  #2 nog open\n",
        "note: a\n#\nb: 1\n",
        "amount: 10  # incl. btw\n",
    ],
)
def test_a_file_skipped_for_comments_hides_no_cut_text(text):
    # parse looks at each value's line only in a file that can hold a cut text (a space, '#' and no space after it):
    # what it finds is what looking at every value finds.
    every_line = _build_with_lines(text)
    assert [str(p) for p in parse(text.encode("utf-8"), PATH)[1]] == every_line


def _build_with_lines(text: str) -> list[str]:
    from incasso.ledger.yamlsafe import _parsed

    return [str(p) for p in _parsed(text, PATH, text.splitlines(), True)[1]]


def test_refused_values_become_invalid_nodes():
    root, _ = parse(b"a: &x 1\nb: *x\n", PATH)
    assert isinstance(root.items["b"][1], Invalid)
    assert root.items["a"][1].text == "1"


def _nodes(node) -> int:
    """How many nodes the tree under `node` holds, itself included."""
    items = getattr(node, "items", None)
    if isinstance(items, dict):
        return 1 + sum(_nodes(key) + _nodes(value) for key, value in items.values())
    if isinstance(items, list):
        return 1 + sum(_nodes(item) for item in items)
    return 1


@pytest.mark.parametrize(
    ("text", "field", "column"),
    [
        ("address: [Dorpsstraat 1 #3, 1234 AB Ergens]\nname: x\n", "address", 10),
        ("contact: {person: Jan #2, phone: '030 1234567'}\nname: x\n", "contact", 10),
    ],
)
def test_a_hash_inside_brackets_is_said_at_the_list_s_own_line(text, field, column):
    assert problems(text) == [
        f"{PATH}:1:{column}: {field}: is not valid YAML: a ' #' inside [...] or {{...}} starts a comment and cuts "
        f"the rest off: put that text in quotes (got {text.splitlines()[0]})"
    ]


def test_the_slips_a_line_shows_by_itself_are_named_below_the_first_error_too():
    # The parser stops at line 3; the ': ' on line 6 and the '@' on line 8 would each take another run.
    text = (
        "invoices:\n"
        "  - number: F1\n"
        "    description: Werk: keuken\n"
        "    note: |\n"
        "      Let op: werk: keuken\n"  # a block's text: whatever it holds
        "    other: Werk: badkamer\n"
        '    fine: "quoted: ok"\n'
        "    last: @home\n"
    )
    assert problems(text) == [
        f"{PATH}:3:22: invoices[0].description: is not valid YAML: a text with ': ' in it must be put in quotes "
        "(got description: Werk: keuken)",
        f"{PATH}:6:16: invoices[0].other: is not valid YAML: a text with ': ' in it must be put in quotes (got other: Werk: badkamer)",
        f"{PATH}:8:11: invoices[0].last: is not valid YAML: a text starting with @ must be put in quotes: put the whole text in "
        "double quotes (got last: @home)",
    ]


@pytest.mark.parametrize(
    "later",
    [
        "note: belt z'n boekhouder\n",  # the parser then stops on this line, with another message
        "# the dispute's answer is due in 14 days\nlast: x\n",  # an apostrophe in a comment, lines further on
        "address: [Markt 1, 5211 AB 's-Hertogenbosch]\n",  # got the advice to quote a text starting with [
    ],
)
def test_a_text_opened_with_an_apostrophe_is_named_at_its_own_line_whatever_apostrophe_follows(later):
    # The apostrophe closes the text on line 4, and the parser stops just after it.
    text = "id: D-1\nname: 't Hoekje V.O.F.\ntype: business\n" + later
    assert problems(text) == [
        f"{PATH}:2:7: name: is not valid YAML: a quote opened on line 2 is not closed there, so the text runs on to "
        "line 4: to start a text with an apostrophe ('t Hoekje), put the whole text in double quotes; else end it "
        "with ' on line 2 (got name: 't Hoekje V.O.F.)"
    ]


def test_a_text_over_lines_in_single_quotes_is_no_apostrophe_slip():
    text = "id: D-1\nnote: 'twee\n  regels'\nname: x: y\n"
    assert problems(text) == [
        f"{PATH}:4:8: name: is not valid YAML: a text with ': ' in it must be put in quotes (got name: x: y)"
    ]


@pytest.mark.parametrize(
    ("text", "line", "column", "got"),
    [
        ("id: D-1\ninvoices:\n  - number: F1\n    description: Motor\n    keuken vervangen\n    amount: 5\n", 5, 5,
         "keuken vervangen"),  # Enter pressed in a long description
        ("id: D-1\nname: Restaurant De Gulden\nWaag V.O.F.\ntype: business\n", 3, 1, "Waag V.O.F."),
        ("id: D-1\nzakelijk\ntype: business\n", 2, 1, "zakelijk"),  # a stray word
    ],
)  # fmt: skip
def test_a_line_without_a_field_name_is_named_not_the_line_after_it(text, line, column, got):
    # The parser said "could not find expected ':'" at the next line, which is innocent.
    assert problems(text) == [
        f"{PATH}:{line}:{column}: is not valid YAML: this line has no field name (name: value): a text continued "
        f"on a new line must be indented further than its field's name, or written on one line (got {got})"
    ]


@pytest.mark.parametrize(
    "entries, named",
    [
        ("  - number: F1\n    amount: 10\n", "the line `invoices:`"),
        ("  - date: 2026-01-05\n    type: reminder\n", "the line `events:`"),
        ("  - date: 2026-01-05\n    amount: 10\n", "the line `payments:`"),
        ("  - a\n", "the line with the list's name (`invoices:`, `payments:`, `events:`)"),
    ],
)
def test_a_list_entry_whose_line_with_the_list_name_was_deleted_asks_for_that_line(entries, named):
    (problem,) = problems(f"id: D-1\ncontact:\n  person: Jan\n{entries}")
    said = f"is not valid YAML: a list entry where a field was expected: is {named} missing above it?"
    assert problem.startswith(f"{PATH}:4:3: ") and said in problem


def test_a_syntax_error_names_the_field_s_path_as_other_problems_do():
    """`description: is not valid YAML` in a file of three invoices said which to mend only by the line's number
    (newcomer review s35): the path is read from the indentation above."""
    text = (
        "id: D-1\n"
        "contact:\n"
        "  email: a@b.nl: privé\n"
        "invoices:\n"
        "  - number: F1\n"
        "    credit_notes:\n"
        "      - number: C1\n"
        "        description: Retour: dozen\n"
        "  - number: F2\n"
        "    description: Levering: papier\n"
        "events:\n"
        "- date: 2026-01-05\n"
        "  note: Gebeld: geen gehoor\n"
    )
    assert [problem.split(": is not valid YAML")[0] for problem in problems(text)] == [
        f"{PATH}:3:16: contact.email",
        f"{PATH}:8:28: invoices[0].credit_notes[0].description",
        f"{PATH}:10:26: invoices[1].description",
        f"{PATH}:13:15: events[0].note",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "events:\n  - date: 2026-01-05\n    note: |\n      Opmerking: iets\n   type: reminder\n",
        "events:\n  - date: 2026-01-05\n    note: >\n      - contact: Jan\n   type: reminder\n",
    ],
    ids=["a text's line like a field", "a text's line like an entry"],
)
def test_a_block_text_s_lines_are_no_fields_to_name_a_path_by(text):
    """A misindented `type` after `note: |` whose last line reads as a field came out as events[0].note.type
    (review s35)."""
    (problem,) = problems(text)
    assert problem.startswith(f"{PATH}:5:4: events[0].type: is not valid YAML"), problem


# A quote (or a '[') left open runs the text on over the lines below it, and the parser stops lines further
# on, where that text happens to end, with a message about that line: the place to mend is where it opened.
RUN_ON = (
    "# Synthetic: reminder\n"
    "id: S-000021\n"
    'name: "Kapsalon de Boer V.O.F.\n'
    "type: business\n"
    "language: nl\n"
    "contact:\n"
    '  person: "Vera Bakker"\n'
    "  email: debiteur21@example.nl\n"
)


def test_a_double_quote_left_open_is_named_where_it_opened_not_where_the_parser_stopped():
    assert problems(RUN_ON) == [
        f"{PATH}:3:7: name: is not valid YAML: a quote opened on line 3 is not closed there, so the text runs on "
        'to line 7: end it with " on line 3 (got name: "Kapsalon de Boer V.O.F.)'
    ]


def test_a_single_quote_left_open_is_named_where_it_opened_with_the_apostrophe_advice():
    text = RUN_ON.replace('"Kapsalon de Boer V.O.F.', "'Kapsalon de Boer V.O.F.").replace(
        '"Vera Bakker"', "'Vera Bakker'"
    )
    assert problems(text) == [
        f"{PATH}:3:7: name: is not valid YAML: a quote opened on line 3 is not closed there, so the text runs on "
        "to line 7: to start a text with an apostrophe ('t Hoekje), put the whole text in double quotes; else end "
        "it with ' on line 3 (got name: 'Kapsalon de Boer V.O.F.)"
    ]


def test_a_quote_left_open_in_a_list_entry_is_named_at_its_field_path():
    text = (
        "invoices:\n"
        "  - number: F1\n"
        '    description: "Radiatorkranen vervangen\n'
        '    amount: "877.21"\n'
        "  - number: F2\n"
        '    amount: "1890.22"\n'
    )
    assert problems(text) == [
        f"{PATH}:3:18: invoices[0].description: is not valid YAML: a quote opened on line 3 is not closed there, "
        'so the text runs on to line 4: end it with " on line 3 (got description: "Radiatorkranen vervangen)'
    ]


def test_a_quote_left_open_still_lets_the_slips_below_it_be_named_in_the_same_run():
    text = RUN_ON + "invoices:\n  - number: F1\n    description: Reparatie: lekkage\n"
    found = problems(text)
    assert [p.split(": is not valid YAML")[0] for p in found] == [
        f"{PATH}:3:7: name",
        f"{PATH}:11:27: invoices[0].description",
    ]


def test_a_text_over_lines_in_double_quotes_is_no_run_on():
    # Indented under its field, a quoted text may go over lines: an error below it is its own.
    text = 'id: D-1\nnote: "twee\n  regels"\nname: x: y\n'
    assert problems(text) == [
        f"{PATH}:4:8: name: is not valid YAML: a text with ': ' in it must be put in quotes (got name: x: y)"
    ]


@pytest.mark.parametrize(
    "text, line, column, got",
    [
        (RUN_ON.replace('"Vera Bakker"', "[Oudegracht 22, 3500 AA Utrecht").replace("  email", "  phone: x\n  email"),
         7, 11, "person: [Oudegracht 22, 3500 AA Utrecht"),
        ("invoices:\n  - number: F1\n    lines: [a, b\n    amount: 10.00\n  - number: F2\n    lines: [c]\n", 3, 12,
         "lines: [a, b"),
    ],
)  # fmt: skip
def test_a_list_left_open_is_named_where_its_bracket_opened(text, line, column, got):
    (found,) = problems(text.replace('name: "Kapsalon de Boer V.O.F.\n', 'name: "Kapsalon de Boer V.O.F."\n'))
    assert found.startswith(f"{PATH}:{line}:{column}: ")
    assert "is not valid YAML: the '[' on this line is never closed: end the list with ']'" in found
    assert found.endswith(f"(got {got})")
