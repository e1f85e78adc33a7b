"""Text that would do more than it says: e-mail fields that add headers, control characters
written as YAML escapes. Each is refused at load with file:line:column and the field."""

from datetime import date

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    VALID_CREDITOR,
    Raw,
    changed,
    debtor_path,
    ledger_problems,
    to_yaml,
    valid_debtor,
    where,
    write_ledger,
)

EMAIL_RULE = "must be an email address like naam@voorbeeld.nl"


@pytest.mark.parametrize(
    "address, reason",
    [
        ("jan@example.nl?bcc=all@example.org", "the part after the @-sign contains invalid characters: '=', '?', '@'"),
        ("jan@example.nl?subject=Hallo", "the part after the @-sign contains invalid characters: '=', '?'"),
        ("jan@example.nl%0D%0ABcc:x", "the part after the @-sign contains invalid characters: '%', ':'"),
        ("Jan <jan@example.nl>", "a display name and angle brackets around the email address are not permitted here"),
        ("jan@example.nl, piet@example.nl", "the part after the @-sign contains invalid characters: "),
        ('"jan de vries"@example.nl', "quoting the part before the @-sign is not allowed here"),
        ("jan@localhost", "the part after the @-sign is not valid. It should have a period"),
    ],
)
def test_an_email_field_holds_one_address_and_nothing_more(tmp_path, address, reason):
    doc = valid_debtor(**{"contact.email": address})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    (problem,) = ledger_problems(root)
    assert problem.startswith(
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'contact.email')}: contact.email: {EMAIL_RULE}: "
    )
    assert reason in problem


def test_the_creditors_email_is_checked_the_same_way(tmp_path):
    doc = changed(VALID_CREDITOR, {"contact.email": "desk@example.nl?bcc=x@example.org"})
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor()])
    (problem,) = ledger_problems(root)
    assert problem.startswith(f"{root / 'creditor.yaml'}:{where(doc, 'contact.email')}: contact.email: {EMAIL_RULE}: ")


@pytest.mark.parametrize(
    "address", ["jan@example.nl", "jan+facturen@example.nl", "o'brien@example.ie", "info@xn--bckerei-cxa.example.de"]
)
def test_ordinary_addresses_are_kept_as_written(tmp_path, address):
    root = write_ledger(tmp_path, debtors=[valid_debtor(**{"contact.email": address})])
    assert load_ledger(root).debtors[0].contact.email == address


# -- control and invisible characters, however YAML wrote them -----------------------------------


def written(text: str) -> Raw:
    """`text` as a double-quoted YAML scalar with escapes, the way a hostile file writes it."""
    return Raw('"' + text + '"')


@pytest.mark.parametrize(
    "escape, shown, name",
    [
        ("\\e[31m", "\\x1b[31m", "U+001B, escape"),
        ("\\0", "\\x00", "U+0000, null character: is this a text file?"),
        ("\\x07", "\\x07", "U+0007, a control character"),
        ("\\t", "\\t", "U+0009, tab"),
        ("\\r", "\\r", "U+000D, carriage return"),
        ("\\x85", "\\x85", "U+0085, next line"),
        ("\\u202e", "\\u202e", "U+202E, right-to-left override"),
        ("\\u2066", "\\u2066", "U+2066, left-to-right isolate"),
        ("\\u200b", "\\u200b", "U+200B, zero width space"),
        ("\\ufeff", "\\ufeff", "U+FEFF, zero width no-break space"),
        ("\\u2028", "\\u2028", "U+2028, line separator"),
    ],
)
def test_control_and_invisible_characters_are_refused(tmp_path, escape, shown, name):
    doc = valid_debtor(name=written(f"Jan{escape}de Vries"))
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'name')}: name: must not hold control or invisible characters "
        f"({name}) (got Jan{shown}de Vries)"
    ]


@pytest.mark.parametrize(
    "field",
    [
        "contact.person",
        "contact.address[0]",
        "invoices[0].number",
        "invoices[0].description",
        "events[0].by",
        "events[0].note",
    ],
)
def test_every_text_field_refuses_them(tmp_path, field):
    doc = valid_debtor(events=[{"date": date(2026, 2, 5), "type": "reminder", "by": "Sanne", "note": "x"}])
    doc = changed(doc, {field: written("a\\e]8;;https://evil.example\\e\\\\b")})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    (problem,) = ledger_problems(root)
    assert f": {field}: must not hold control or invisible characters (U+001B, escape)" in problem
    assert "\x1b" not in problem


def test_a_line_break_only_where_text_runs_over_lines(tmp_path):
    note = "Gebeld.\nBetaling toegezegd."
    event = {"date": date(2026, 2, 5), "type": "dispute", "reason": note, "note": note}
    root = write_ledger(tmp_path, debtors=[valid_debtor(events=[event])])
    (loaded,) = load_ledger(root).debtors[0].events
    assert loaded.note == loaded.reason == note
    doc = valid_debtor(name="Jan\nde Vries")
    root = write_ledger(tmp_path, debtors={"x.yaml": doc}, name="one-line")
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'name')}: name: must be on one line (got Jan\\nde Vries)"
    ]


def test_creditor_text_is_checked_the_same_way(tmp_path):
    doc = changed(VALID_CREDITOR, {"name": written("Voorbeeld\\tB.V.")})
    root = write_ledger(tmp_path, creditor=doc, debtors=[valid_debtor()])
    assert ledger_problems(root) == [
        f"{root / 'creditor.yaml'}:{where(doc, 'name')}: name: must not hold control or invisible characters "
        "(U+0009, tab) (got Voorbeeld\\tB.V.)"
    ]


def test_an_error_line_never_carries_a_raw_escape_sequence(tmp_path):
    doc = valid_debtor()
    text = to_yaml(doc) + '"\\e[2J\\e[31mtypo": x\n'
    root = write_ledger(tmp_path, debtors={"x\x1b[0m.yaml": text})
    (problem,) = ledger_problems(root)
    assert "\x1b" not in problem
    assert "x\\x1b[0m.yaml" in problem and "\\x1b[2J\\x1b[31mtypo: unknown field" in problem


@pytest.mark.parametrize("address", ["müller@example.de", "info@bäckerei.example.de"])
def test_an_address_outside_ascii_is_refused_as_the_letters_e_mail_cannot_carry_it(tmp_path, address):
    doc = valid_debtor(**{"contact.email": address})
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    assert ledger_problems(root) == [
        f"{debtor_path(root, 'x.yaml')}:{where(doc, 'contact.email')}: contact.email: must be an email address in "
        f"ASCII letters like naam@voorbeeld.nl (write an internationalised domain as xn--...) (got {address})"
    ]
