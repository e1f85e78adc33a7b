"""Text that would do more than it says: e-mail fields that add headers, control characters
written as YAML escapes. Each is refused at load with file:line:column and the field."""

import pytest

from incasso.ledger.load import load_ledger
from tests.support.ledgers import (
    VALID_CREDITOR,
    changed,
    debtor_path,
    ledger_problems,
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
        ("jan@example.nl\r\nBcc: all@example.org", "the part after the @-sign contains invalid characters: "),
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
    "address", ["jan@example.nl", "jan+facturen@example.nl", "o'brien@example.ie", "müller@bäckerei.example.de"]
)
def test_ordinary_addresses_are_kept_as_written(tmp_path, address):
    root = write_ledger(tmp_path, debtors=[valid_debtor(**{"contact.email": address})])
    assert load_ledger(root).debtors[0].contact.email == address
