"""A control character written into a file as it is (Word's line break, a form feed, a NUL) is said at its
own line, once, by the field its value is; the file is read on with a stand-in for it, and what the stand-in
would make of the line (`239.00_`, `lang_uage`, a line indented by it) is never said as the file's problem."""

import pytest

from tests.support.ledgers import debtor_file_problems, to_yaml, valid_debtor

HIDDEN = "must not hold control or invisible characters"
VT = "U+000B, vertical tab: as Word writes a line break"
FF = "U+000C, form feed: as Word writes a page break"
BREAK = "a new line in a note is an ordinary line break (Enter)"


def _file(old: str, new: str) -> str:
    text = to_yaml(valid_debtor())
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, part: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if part in line)


@pytest.mark.parametrize(
    "old, new, field, column, got",
    [
        # after a value: read on as `1250.00_`, no amount
        ("amount: 1250.00", "amount: 1250.00\x0b", "invoices[0].amount: ", 20, "amount: 1250.00"),
        # between a key and its value: `amount:_1250.00`, a YAML error whose mend would have the '_' typed
        ("amount: 1250.00", "amount:\x0b1250.00", "amount: ", 12, "amount:\\x0b1250.00"),
        # inside a key: `lang_uage`, an unknown field; credited to no field (not `type`, the value before it)
        ('language: "nl"', 'lang\x0buage: "nl"', "", 5, 'lang\\x0buage: "nl"'),
        # at a line's start or in its indent: a line one column further in, a false indentation error
        ("invoices:", "\x0cinvoices:", "", 1, "invoices:"),
        ("    amount: 1250.00", "  \x0b  amount: 1250.00", "", 3, "amount: 1250.00"),
    ],
)
def test_only_the_character_is_said_never_what_its_stand_in_makes_of_the_line(tmp_path, old, new, field, column, got):
    text = _file(old, new)
    char = VT if "\x0b" in new else FF
    path, problems = debtor_file_problems(tmp_path, text)
    line = _line_of(text, new.strip(" \x0b\x0c")[:6])
    assert problems == [f"{path}:{line}:{column}: {field}{HIDDEN} ({char}): delete it; {BREAK} (got {got})"]


def test_a_character_in_a_comment_is_credited_to_no_field(tmp_path):
    # Not to the value written last before it (the invoice's description, on the line above).
    text = _file('    description: "Onderhoud ovens januari"\n', '    description: "Onderhoud"\n    # van\x0bMarieke\n')
    path, problems = debtor_file_problems(tmp_path, text)
    line = _line_of(text, "# van")
    assert problems == [f"{path}:{line}:10: {HIDDEN} ({VT}): delete it; {BREAK} (got # van\\x0bMarieke)"]


def test_many_on_one_line_are_one_problem_with_their_count(tmp_path):
    text = _file('name: "Bakkerij De Vries"', 'name: "Bakkerij' + "\x00" * 12 + ' De Vries"')
    path, problems = debtor_file_problems(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(
        f"{path}:2:16: name: {HIDDEN} (U+0000, null character: is this a text file?; 12 such characters on this "
        "line, the first here): delete them (got name:"
    )
