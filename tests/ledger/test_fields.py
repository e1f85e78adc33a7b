"""Field rules on values pasted from a web page, Word or a PDF: a non-breaking space (U+00A0, U+202F) is
a space wherever a space is allowed, and a value still refused shows it as its escape."""

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import Raw, debtor_file_problems, to_yaml, valid_debtor, where, write_ledger

NBSP, NARROW = "\u00a0", "\u202f"


@pytest.mark.parametrize("space", [NBSP, NARROW])
def test_a_phone_number_with_non_breaking_spaces_is_one_with_spaces(tmp_path, space):
    phone = space.join(["+31", "30", "298", "40", "00"])
    root = write_ledger(tmp_path, debtors=[valid_debtor(**{"contact.phone": phone})])
    assert load_ledger(root).debtors[0].contact.phone == "+31 30 298 40 00"


def test_a_choice_or_a_key_followed_by_a_non_breaking_space_is_trimmed_as_a_space(tmp_path):
    text = to_yaml(valid_debtor(type=Raw(f"business{NBSP}"))).replace("\nlanguage:", f"\nlanguage{NBSP}:")
    root = write_ledger(tmp_path, debtors={"x.yaml": text})
    (debtor,) = load_ledger(root).debtors
    assert (debtor.type, debtor.language) == ("business", "nl")


def test_an_amount_with_a_non_breaking_space_gets_the_thousands_hint_and_shows_it(tmp_path):
    doc = valid_debtor(**{"invoices[0].amount": Raw(f"2{NBSP}150.00")})
    path, problems = debtor_file_problems(tmp_path, doc)
    assert problems == [
        f"{path}:{where(doc, 'invoices[0].amount')}: invoices[0].amount: must be an amount in euros like 1250 or "
        "1250.50; write 2150.00 (thousands take no separator) (got 2\\xa0150.00)"
    ]


@pytest.mark.parametrize(
    "field, written, rule",
    [
        # a space is refused there either way: the rule says which character, `got` shows it
        ("contact.email", f"jan{NARROW}devries@example.nl", "must be an email address like naam@voorbeeld.nl"),
        # read as spaces already: the digits are what is wrong
        ("contact.phone", NBSP.join(["+31", "6", "99999999"]), "is not a phone number in use in the Netherlands"),
        # too long with ordinary spaces too
        ("name", "Bakkerij" + NBSP + "x" * 80, "must be at most 70 characters"),
    ],
)
def test_a_value_refused_whatever_its_spaces_is_not_told_to_type_them_again(tmp_path, field, written, rule):
    doc = valid_debtor(**{field: Raw(written)})
    path, (problem,) = debtor_file_problems(tmp_path, doc)
    assert problem.startswith(f"{path}:{where(doc, field)}: {field}: {rule}")
    assert "non-breaking" not in problem and "type the spaces again" not in problem


def test_a_value_refused_with_a_non_breaking_space_in_it_shows_it_as_its_escape(tmp_path):
    doc = valid_debtor(**{"contact.email": Raw(f"jan{NARROW}devries@example.nl")})
    path, (problem,) = debtor_file_problems(tmp_path, doc)
    assert problem.endswith(": SPACE (got jan\\u202fdevries@example.nl)")


def test_a_choice_with_a_non_breaking_space_inside_never_shows_as_the_choice_it_means(tmp_path):
    doc = valid_debtor(type=Raw(f"con{NBSP}sumer"))
    path, (problem,) = debtor_file_problems(tmp_path, doc)
    assert "(got con\\xa0sumer)" in problem


def test_a_key_that_is_only_a_non_breaking_space_is_shown_as_its_escape(tmp_path):
    text = to_yaml(valid_debtor()).replace("\nlanguage:", f"\n{NBSP}:")
    path, (problem,) = debtor_file_problems(tmp_path, text)
    assert problem.startswith(f"{path}:4:1: \\xa0: unknown field; known fields: id, name")
